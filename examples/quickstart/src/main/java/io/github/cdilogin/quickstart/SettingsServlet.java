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

/**
 * The kind of page that changes a password or an e-mail address: only a fresh login may see it. A
 * login restored from "remember me" is sent to {@code /reauth} first. It lists the user's remembered
 * devices, each with a "log out" button ({@link DevicesServlet}), and has the "change password" form
 * ({@link PasswordServlet}).
 */
@WebServlet("/settings")
@FreshLoginRequired
public class SettingsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        render(loginManager, request, response, HttpServletResponse.SC_OK);
    }

    /** Renders the page with the user's devices; the password form answers with it too. */
    static void render(LoginManager loginManager, HttpServletRequest request, HttpServletResponse response, int status)
            throws ServletException, IOException {
        request.setAttribute("devices", loginManager.devices());
        Pages.render(request, response, status, "settings");
    }
}
