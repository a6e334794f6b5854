package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session cookie {@link TestLogins} hands a test's HTTP client is the one the container wrote, not
 * the session's id: on Open Liberty the two differ (a cache id before the id, a clone id after it), and
 * a cookie of the bare id found no session there.
 */
class TestLoginsTest {

    @Test
    void theCookieIsTheValueTheContainerWroteNotTheSessionId() {
        HttpServletResponse liberty = responseWith("JSESSIONID=0000AbCdEf:-1; Path=/; HttpOnly");
        assertEquals("0000AbCdEf:-1", TestLogins.setCookieValue(liberty, "JSESSIONID"));
    }

    @Test
    void aSessionIdChangedByTheLoginIsTheLastCookieWritten() {
        HttpServletResponse changed = responseWith("JSESSIONID=before; Path=/", "remember=x; Path=/",
                "JSESSIONID=after; Path=/; HttpOnly");
        assertEquals("after", TestLogins.setCookieValue(changed, "JSESSIONID"));
    }

    @Test
    void aCookieOfAnotherNameOrAnEmptyValueIsNotTheSessionCookie() {
        assertNull(TestLogins.setCookieValue(responseWith("JSESSIONIDX=1; Path=/", "JSESSIONID=; Max-Age=0"),
                "JSESSIONID"));
        assertEquals("s1", TestLogins.setCookieValue(responseWith("session=s1"), "session"));
    }

    @Test
    void withoutAResponseOrItsHeaderTheCallerFallsBackToTheSessionId() {
        assertNull(TestLogins.setCookieValue(null, "JSESSIONID"));
        assertNull(TestLogins.setCookieValue(responseWith(), "JSESSIONID"));
    }

    private static HttpServletResponse responseWith(String... setCookies) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaders") && "Set-Cookie".equals(args[0])) {
                        return List.of(setCookies);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
