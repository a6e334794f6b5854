package io.github.cdilogin;

/**
 * A guarded CDI bean was called without a logged-in user: Flask-Login's {@code unauthorized()}.
 *
 * <p>Thrown by the {@link LoginRequired} interceptor. The web layer turns it into the unauthorized
 * answer (a redirect to the login view, or {@code 401} JSON), never a {@code 500}. Code outside an
 * HTTP request catches it like any other exception:
 * <pre>{@code
 * try { reports.monthly(); } catch (LoginRequiredException e) { ... }
 * }</pre>
 */
public class LoginRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused, without any user data
     */
    public LoginRequiredException(String message) {
        super(message, null, false, false);
    }
}
