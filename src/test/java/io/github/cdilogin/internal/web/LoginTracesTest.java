package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.spi.RequestLoader;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link LoginTraces} and {@code RequestLoader.carriesCredentials}: a request that carries nothing a login
 * can come from is anonymous without the login being looked up, and one whose credentials the application's
 * loader reads is not.
 */
class LoginTracesTest {

    /** The quickstart's kind of loader: a bearer token, counted when asked for a user. */
    static class BearerLoader implements RequestLoader {
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public Optional<? extends LoginUser> loadUser(HttpServletRequest request) {
            loads.incrementAndGet();
            return Optional.empty();
        }

        @Override
        public boolean carriesCredentials(HttpServletRequest request) {
            return request.getHeader("Authorization") != null;
        }
    }

    /** A loader that does not say what it reads: the interface's default. */
    static final class ReadsAnything implements RequestLoader {
        @Override
        public Optional<? extends LoginUser> loadUser(HttpServletRequest request) {
            return Optional.empty();
        }
    }

    private static HttpServletRequest request(Map<String, String> headers, String sessionId, Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getRequestedSessionId" -> sessionId;
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    case "getSession" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static LoginTraces traces(RequestLoader loader) {
        ApplicationBeans beans = ApplicationBeans.of(null, loader, null, null, null, null);
        return new LoginTraces(LoginSettings.defaults().remember(), beans::mayLoadFrom);
    }

    @Test
    void aVisitorWithoutSessionCookieOrCredentialsCarriesNoLogin() {
        assertFalse(traces(new BearerLoader()).mayCarryLogin(request(Map.of(), null)));
        assertFalse(traces(null).mayCarryLogin(request(Map.of(), null)), "no RequestLoader at all");
    }

    @Test
    void credentialsTheLoaderReadsMayCarryALogin() {
        assertTrue(traces(new BearerLoader()).mayCarryLogin(request(Map.of("Authorization", "Bearer t"), null)));
    }

    @Test
    void aLoaderThatDoesNotSayWhatItReadsIsAskedForEveryRequest() {
        assertTrue(traces(new ReadsAnything()).mayCarryLogin(request(Map.of(), null)));
    }

    @Test
    void aSessionIdOrARememberCookieMayCarryALoginWhateverTheLoaderSays() {
        LoginTraces traces = traces(new BearerLoader());
        assertTrue(traces.mayCarryLogin(request(Map.of(), "session-1")));
        String cookie = LoginSettings.defaults().remember().cookieName();
        assertTrue(traces.mayCarryLogin(request(Map.of(), null, new Cookie(cookie, "anything"))));
    }

    @Test
    void aLoaderThatFailsToSayIsTakenAsUnsure() {
        RequestLoader failing = new BearerLoader() {
            @Override
            public boolean carriesCredentials(HttpServletRequest request) {
                throw new IllegalStateException("the loader's own bug");
            }
        };
        assertTrue(traces(failing).mayCarryLogin(request(Map.of(), null)), "the login is looked up, which answers a failing loader");
    }

    @Test
    void theLoaderIsNotAskedForAUserInARequestWithoutItsCredentials() {
        BearerLoader loader = new BearerLoader();
        ApplicationBeans beans = ApplicationBeans.of(null, loader, null, null, null, null);
        assertNull(beans.loadUser(request(Map.of(), null)));
        assertEquals(0, loader.loads.get(), "@CurrentUser and the platform must agree: neither asks the loader");
        assertNull(beans.loadUser(request(Map.of("Authorization", "Bearer t"), null)));
        assertEquals(1, loader.loads.get());
    }

    @Test
    void aLoaderThatFailsToSayIsAskedForTheUserNeverAnError() {
        BearerLoader failing = new BearerLoader() {
            @Override
            public boolean carriesCredentials(HttpServletRequest request) {
                throw new IllegalStateException("the loader's own bug");
            }
        };
        ApplicationBeans beans = ApplicationBeans.of(null, failing, null, null, null, null);
        assertTrue(beans.mayLoadFrom(request(Map.of(), null)));
        assertNull(beans.loadUser(request(Map.of(), null)));
        assertEquals(1, failing.loads.get(), "as before the loader could say what it reads");
    }
}
