package io.github.cdilogin;

/**
 * The messages a login page and a reauthentication page show to a user the guards sent there:
 * Flask-Login's {@code login_message} and {@code needs_refresh_message}, flashed there, here asked for.
 *
 * <p>Settings {@code cdi-login.login-message} (default "Please log in to access this page.") and
 * {@code cdi-login.refresh-message} (default "Please reauthenticate to access this page."); an empty
 * value turns one off. With {@code cdi-login.message-bundle} set to a ResourceBundle base name, the keys
 * {@code cdi-login.login-message} and {@code cdi-login.refresh-message} of that bundle, in the request's
 * locale, win (Flask-Login's {@code localize_callback}).
 * <pre>{@code
 * @Inject LoginMessages messages;
 * if (request.getParameter("next") != null) { html.append("<p>").append(escape(messages.getLoginMessage())).append("</p>"); }
 * }</pre>
 * Pages reach it as {@code #{loginMessages.loginMessage}}.
 */
public interface LoginMessages {

    /** @return the login message in the current request's locale; empty when turned off */
    String getLoginMessage();

    /** @return the reauthentication message in the current request's locale; empty when turned off */
    String getRefreshMessage();
}
