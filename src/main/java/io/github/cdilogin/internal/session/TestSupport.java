package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.cdi.LoginExtension;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.servlet.http.HttpSession;

/**
 * The one door from the test artifact ({@code io.github.cdilogin:cdi-login-test}, package
 * {@code io.github.cdilogin.test}) into the library's internals, so that the test helpers name no
 * internal class but this one. Not an API: applications use {@code TestLoginSession} and
 * {@code TestLogins}. It sits with the session's owner, whose attribute it fills.
 */
public final class TestSupport {

    private TestSupport() {
    }

    /** @return a new instance of the library's CDI extension, for Weld SE deployments listed by hand */
    public static Extension extension() {
        return new LoginExtension();
    }

    /**
     * Puts a login into a session, as an earlier request's login would have (no remember cookie, no
     * client identifier yet: the next request's session protection records it).
     *
     * @param session the session
     * @param userId the id the application's {@code UserLoader} knows the user by
     * @param fresh whether the login is fresh
     */
    public static void seedLogin(HttpSession session, String userId, boolean fresh) {
        SessionAttributes.seed(session, new StoredLogin(userId, fresh, false, false, null, null));
    }
}
