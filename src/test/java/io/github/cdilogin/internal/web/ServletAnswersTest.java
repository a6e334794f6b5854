package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.Setting;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.internal.guard.Verdict;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ServletAnswers}: a Faces Ajax request is sent to the login view in a way Faces' JavaScript follows; an
 * answer is written whether the application took the response's writer or not.
 */
class ServletAnswersTest {

    /** The few request methods the answers read; any other call fails. */
    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(ServletAnswersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getContextPath" -> "/app";
                    case "getRequestURI" -> "/app/admin/orders.xhtml";
                    case "getQueryString" -> null;
                    case "getServletPath" -> "/admin/orders.xhtml";
                    case "getPathInfo" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RecordedResponse answer(Map<String, String> settings, Map<String, String> headers) throws Exception {
        return answer(settings, headers, new RecordedResponse());
    }

    private static RecordedResponse answer(Map<String, String> settings, Map<String, String> headers, RecordedResponse response)
            throws Exception {
        LoginSettings read = SettingsReader.read(settings::get);
        new ServletAnswers(read).answer(Verdict.UNAUTHORIZED, request(headers), response.servlet, new ApplicationBeans());
        return response;
    }

    @Test
    void aFacesAjaxRequestGetsAPartialResponseRedirectToTheLoginView() throws Exception {
        RecordedResponse response = answer(Map.of(Setting.LOGIN_VIEW.key(), "/login?lang=en"), Map.of("Faces-Request", "partial/ajax"));

        assertEquals(200, response.status);
        assertTrue(response.contentType.startsWith("text/xml"), response.contentType);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + "/app/login?lang=en&amp;next=%2Fapp%2Fadmin%2Forders.xhtml\"/></partial-response>", response.body());
        assertNull(response.headers.get("Location"));
    }

    @Test
    void aFacesAjaxRequestWithoutALoginViewGetsThe401() throws Exception {
        RecordedResponse response = answer(Map.of(), Map.of("Faces-Request", "partial/ajax"));

        assertEquals(401, response.status);
        assertEquals("{\"error\":\"unauthorized\"}", response.body());
    }

    @Test
    void aRefusalAfterTheApplicationTookTheWriterIsWrittenWithTheWriterNotA500() throws Exception {
        RecordedResponse response = new RecordedResponse();
        response.servlet.getWriter();

        answer(Map.of(), Map.of("Accept", "application/json"), response);

        assertEquals(401, response.status);
        assertEquals("{\"error\":\"unauthorized\"}", response.body());
        assertEquals("Session realm=\"cdi-login\"", response.headers.get("WWW-Authenticate"));
        assertEquals("no-store", response.headers.get("Cache-Control"));
    }

    @Test
    void aFacesAjaxRedirectAfterTheApplicationTookTheWriterIsWrittenWithTheWriter() throws Exception {
        RecordedResponse response = new RecordedResponse();
        response.servlet.getWriter();

        answer(Map.of(Setting.LOGIN_VIEW.key(), "/login"), Map.of("Faces-Request", "partial/ajax"), response);

        assertEquals(200, response.status);
        assertTrue(response.body().contains("<redirect url=\"/app/login?next="), response.body());
    }

    @Test
    void anOrdinaryPageRequestIsRedirected() throws Exception {
        RecordedResponse response = answer(Map.of(Setting.LOGIN_VIEW.key(), "/login"), Map.of());

        assertEquals(302, response.status);
        assertEquals("/app/login?next=%2Fapp%2Fadmin%2Forders.xhtml", response.headers.get("Location"));
    }
}
