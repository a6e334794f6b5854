package io.github.cdilogin;

/**
 * A {@link FreshLoginRequired} CDI bean was called by a user whose login is not fresh: Flask-Login's
 * {@code needs_refresh()}.
 *
 * <p>The web layer turns it into the needs-refresh answer (a redirect to the refresh view, or
 * {@code 401} {@code {"error":"fresh login required"}}). It is a {@link LoginRequiredException}, so
 * one {@code catch} handles both.
 * <pre>{@code
 * try { account.changePassword(p); } catch (FreshLoginRequiredException e) { askForPasswordAgain(); }
 * }</pre>
 */
public class FreshLoginRequiredException extends LoginRequiredException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused, without any user data
     */
    public FreshLoginRequiredException(String message) {
        super(message);
    }
}
