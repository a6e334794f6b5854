package io.github.cdilogin.quickstart;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The settings page's "change password" form: with the current password right, the password and the
 * user's auth stamp change, and {@link LoginManager#passwordChanged} keeps this login (and this browser's
 * remember cookie) while every other session and remember cookie of the user logs nobody in any more.
 * Fresh logins only, as the page; a form another site's page sent is refused before this runs
 * ({@code cdi-login.cross-origin-protection=all} in web.xml).
 */
@WebServlet("/settings/password")
@FreshLoginRequired
public class PasswordServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Inject
    Users users;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String newPassword = request.getParameter("new_password");
        if (newPassword == null || newPassword.isEmpty()) {
            request.setAttribute("passwordError", "Choose a new password");
            SettingsServlet.render(loginManager, request, response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<User> changed = users.changePassword(loginManager.currentUser().getId(), request.getParameter("password"),
                newPassword);
        if (changed.isEmpty()) {
            request.setAttribute("passwordError", "Invalid password");
            SettingsServlet.render(loginManager, request, response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        loginManager.passwordChanged(changed.get());
        Pages.seeOther(request, response, request.getContextPath() + "/settings");
    }
}
