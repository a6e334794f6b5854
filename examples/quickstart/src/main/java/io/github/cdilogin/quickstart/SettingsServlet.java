package io.github.cdilogin.quickstart;

import io.github.cdilogin.FreshLoginRequired;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The kind of page that changes a password or an e-mail address: only a fresh login may see it. A
 * login restored from "remember me" is sent to {@code /reauth} first.
 */
@WebServlet("/settings")
@FreshLoginRequired
public class SettingsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.render(request, response, HttpServletResponse.SC_OK, "settings");
    }
}
