package io.github.cdilogin.it.guards.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.guards.web.RawHttp.Reply;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.it.support.Servers;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faces pages: {@code /admin/orders.xhtml} under the guarded prefix {@code /admin}, and
 * {@code /account.xhtml} under no guarded path but backed by a {@code @LoginRequired} bean. No
 * anonymous request renders either, whatever its method, and a Faces Ajax request is sent to the
 * login view with a {@code <partial-response><redirect>} that Faces' JavaScript follows.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class FacesGuardsIT {

    private static final String ORDERS = "admin/orders.xhtml";
    private static final String ACCOUNT = "account.xhtml";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WebGuardsWar.war("faces-guards");
    }

    @ArquillianResource
    URL deployed;

    private Visitor anonymous;

    @BeforeEach
    void deployedAndAnswering() {
        anonymous = Visitor.anonymous(deployed);
    }

    private Reply orders(String method, String body, String... headers) {
        return anonymous.assertDidNotRun("orders-page", "ORDERS-SECRET", () -> anonymous.send(method, ORDERS, body, headers));
    }

    private Reply account(String method, String body, String... headers) {
        return anonymous.assertDidNotRun("account-bean", "BALANCE-SECRET", () -> anonymous.send(method, ACCOUNT, body, headers));
    }

    private static String ajaxPostback(String viewState) {
        return "f=f&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
                + "&jakarta.faces.source=f%3Arefresh&jakarta.faces.partial.event=click"
                + "&jakarta.faces.partial.execute=f%3Arefresh&jakarta.faces.partial.render=f%3Avalue"
                + "&jakarta.faces.behavior.event=action&jakarta.faces.partial.ajax=true";
    }

    private static void assertNotSuccessful(Reply reply) {
        assertFalse(reply.isSuccess(), "a 2xx answer: " + reply);
    }

    // The page under the guarded prefix.

    @Test
    void anonymousGetNeverRendersAFacesPageUnderAGuardedPath() {
        assertEquals(302, orders("GET", null).status());
    }

    @Test
    void anonymousPostNeverRendersAFacesPageUnderAGuardedPath() {
        assertEquals(302, orders("POST", "f=f&jakarta.faces.ViewState=stateless").status());
    }

    @Test
    void anonymousOptionsNeverRendersAFacesPageUnderAGuardedPath() {
        Reply options = orders("OPTIONS", null);
        assertEquals(200, options.status(), options.toString());
        assertNotNull(options.header("Allow"), options.toString());
    }

    @Test
    void anonymousHeadNeverRendersAFacesPageUnderAGuardedPath() {
        assertEquals(302, orders("HEAD", null).status());
    }

    @Test
    void anonymousLowercaseAndUnknownMethodsNeverRenderAFacesPageUnderAGuardedPath() {
        assertNotSuccessful(orders("get", null));
        Reply options = orders("options", null); // the page did not render: assertDidNotRun
        if (Servers.readsMethodsCaseInsensitively()) {
            // Open Liberty hands "options" to the application as OPTIONS: FacesServlet's own OPTIONS answer
            assertEquals(200, options.status(), options.toString());
            assertNotNull(options.header("Allow"), options.toString());
        } else {
            assertNotSuccessful(options);
        }
        assertNotSuccessful(orders("FROBNICATE", null));
    }

    @Test
    void anonymousFacesAjaxRequestGetsAPartialResponseRedirectToTheLoginView() {
        Reply ajax = orders("POST", ajaxPostback("stateless"), "Faces-Request", "partial/ajax");
        assertEquals(200, ajax.status(), ajax.toString());
        assertTrue(ajax.header("Content-Type").startsWith("text/xml"), ajax.toString());
        String next = URLEncoder.encode(anonymous.contextPath() + "/" + ORDERS, StandardCharsets.UTF_8);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + anonymous.contextPath() + "/login?next=" + next + "\"/></partial-response>", ajax.body(), ajax.toString());
    }

    // The page backed by a guarded bean.

    @Test
    void anonymousGetNeverRunsTheGuardedBeanBehindAFacesPage() {
        assertEquals(302, account("GET", null).status());
    }

    @Test
    void anonymousPostNeverRunsTheGuardedBeanBehindAFacesPage() {
        assertNotSuccessful(account("POST", "f=f&jakarta.faces.ViewState=stateless"));
    }

    @Test
    void anonymousHeadNeverRunsTheGuardedBeanBehindAFacesPage() {
        assertNotSuccessful(account("HEAD", null));
    }

    @Test
    void anonymousOptionsNeverRunsTheGuardedBeanBehindAFacesPage() {
        account("OPTIONS", null);
    }

    @Test
    void anonymousLowercaseOptionsNeverRunsTheGuardedBeanBehindAFacesPage() {
        account("options", null);
    }

    @Test
    void anonymousUnknownMethodNeverRunsTheGuardedBeanBehindAFacesPage() {
        account("FROBNICATE", null);
    }

    @Test
    void anonymousFacesAjaxRequestNeverRunsTheGuardedBeanBehindAFacesPage() {
        // What Faces answers here is its own (its Ajax exception handling), shown for the README.
        System.out.println("faces ajax to a guarded bean: " + account("POST", ajaxPostback("stateless"), "Faces-Request", "partial/ajax"));
        System.out.println("faces ajax to a guarded bean: " + account("GET", null, "Faces-Request", "partial/ajax"));
    }

    // Positive controls.

    @Test
    void loggedInUserSeesBothPagesAndTheirAjaxUpdates() {
        Visitor alice = anonymous.loggedIn();
        Reply orders = alice.assertRanOnce("orders-page", () -> alice.get(ORDERS));
        assertEquals(200, orders.status(), orders.toString());
        assertTrue(orders.body().contains("ORDERS-SECRET"), orders.toString());
        Reply account = alice.assertRanOnce("account-bean", () -> alice.get(ACCOUNT));
        assertEquals(200, account.status(), account.toString());
        assertTrue(account.body().contains("BALANCE-SECRET"), account.toString());

        Matcher viewState = VIEW_STATE.matcher(orders.body());
        assertTrue(viewState.find(), "no view state in " + orders);
        Reply ajax = alice.assertRanOnce("orders-page",
                () -> alice.send("POST", ORDERS, ajaxPostback(viewState.group(1)), "Faces-Request", "partial/ajax"));
        assertEquals(200, ajax.status(), ajax.toString());
        assertTrue(ajax.body().contains("<partial-response") && ajax.body().contains("ORDERS-SECRET"), ajax.toString());
    }
}
