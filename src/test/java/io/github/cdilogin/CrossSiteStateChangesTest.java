package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.login.CurrentHttpRequest;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.EventRecorder;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link LoginManager}'s state changes asked for by a page on another site: refused before anything
 * changes, announced by {@link CrossSiteRequestRefusedEvent}. The request is handed to the library as
 * its filter hands it ({@link CurrentHttpRequest#serving}); the session is the test session's.
 */
@EnableWeld
class CrossSiteStateChangesTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(EventRecorder.class);

    @Inject
    LoginManager loginManager;

    @Inject
    TestLoginSession browser;

    @Inject
    SessionAttributes session;

    @Inject
    CountingUserLoader users;

    @Inject
    EventRecorder recorder;

    private Requests requests;
    private final AppUser alice = AppUser.active("alice");
    private final AppUser mallory = AppUser.active("mallory");

    @BeforeEach
    void aliceIsLoggedIn() {
        requests = new Requests(weld);
        requests.begin();
        users.save(alice);
        users.save(mallory);
        loginManager.login(alice);
        requests.next();
        recorder.clear();
    }

    @AfterEach
    void endRequest() {
        requests.end();
    }

    /** A POST with these headers (name, value, ...); any other request method the library calls fails the test. */
    private static HttpServletRequest post(String... headers) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            values.put(headers[i].toLowerCase(java.util.Locale.ROOT), headers[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(CrossSiteStateChangesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getRequestURI" -> "/app/account";
                    case "getScheme" -> "http";
                    case "getRemoteAddr" -> "192.0.2.7";
                    case "getServerName" -> "app.example";
                    case "getServerPort" -> 80;
                    case "getHeader" -> values.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
                    case "getHeaders" -> java.util.Collections.enumeration(java.util.Optional.ofNullable(
                            values.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT))).stream().toList());
                    default -> throw new AssertionError("the library read the refused request further: " + method.getName());
                });
    }

    private static final HttpServletResponse NO_RESPONSE = (HttpServletResponse) Proxy.newProxyInstance(
            CrossSiteStateChangesTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
                throw new AssertionError("the library wrote to the response of a refused request: " + method.getName());
            });

    private void assertRefusedAndNothingChanged(HttpServletRequest request, Executable change) {
        String sessionId = browser.sessionId();
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(request, NO_RESPONSE);
        try {
            assertThrows(CrossSiteRequestException.class, change);
        } finally {
            CurrentHttpRequest.restore(outer);
        }
        assertEquals(sessionId, browser.sessionId(), "the session id changed");
        assertEquals("alice", session.read().userId(), "the session's login changed");
        assertEquals(List.of("CrossSiteRequestRefusedEvent"), recorder.names(), "events");
        recorder.clear();
    }

    @Test
    void crossSiteLoginLogsNobodyInAndLeavesTheSessionAsItWas() {
        assertRefusedAndNothingChanged(post("Sec-Fetch-Site", "cross-site"), () -> loginManager.login(mallory));
        assertRefusedAndNothingChanged(post("Sec-Fetch-Site", "same-site"), () -> loginManager.login(mallory, LoginOptions.DEFAULT.remember()));
        assertRefusedAndNothingChanged(post("Origin", "https://evil.example"), () -> loginManager.login(mallory));
        requests.next();
        assertEquals("alice", loginManager.currentUser().getId());
    }

    @Test
    void crossSiteLogoutLeavesTheUserLoggedIn() {
        assertRefusedAndNothingChanged(post("Sec-Fetch-Site", "cross-site"), loginManager::logout);
        requests.next();
        assertEquals("alice", loginManager.currentUser().getId());
    }

    @Test
    void crossSiteConfirmAndRevocationChangeNothing() {
        assertRefusedAndNothingChanged(post("Sec-Fetch-Site", "cross-site"), loginManager::confirm);
        assertRefusedAndNothingChanged(post("Origin", "null"), () -> loginManager.revokeRememberedLogins(alice));
    }

    @Test
    void theEventTellsWhatWasRefused() {
        assertRefusedAndNothingChanged(post("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"), loginManager::logout);
        // assertRefusedAndNothingChanged cleared the recorder; run once more to read the event
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(post("Sec-Fetch-Site", "cross-site",
                "Origin", "https://evil.example"), NO_RESPONSE);
        try {
            assertThrows(CrossSiteRequestException.class, loginManager::logout);
        } finally {
            CurrentHttpRequest.restore(outer);
        }
        assertEquals(List.of(new CrossSiteRequestRefusedEvent("POST", "/app/account", "cross-site", "https://evil.example")),
                recorder.events(CrossSiteRequestRefusedEvent.class));
    }

    @Test
    void theExceptionCarriesNoHeaderValue() {
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(post("Origin", "https://evil.example/<script>"), NO_RESPONSE);
        try {
            CrossSiteRequestException refused = assertThrows(CrossSiteRequestException.class, () -> loginManager.login(mallory));
            assertTrue(!refused.getMessage().contains("evil") && refused.getStackTrace().length == 0, refused.getMessage());
        } finally {
            CurrentHttpRequest.restore(outer);
        }
    }

    @Test
    void aStateChangeInAGetRequestIsNotChecked() {
        // The test session's own request is a GET: safe methods are never refused, whatever their headers.
        loginManager.logout();
        assertEquals(List.of("UserAccessedEvent", "LogoutEvent"), recorder.names());
    }
}
