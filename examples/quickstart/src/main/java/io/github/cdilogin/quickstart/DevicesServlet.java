package io.github.cdilogin.quickstart;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginManager;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The settings page's device buttons: {@code device=<id>} logs that device out, {@code others} logs out
 * every device but this one. Both answer {@code 303} to the settings page; an id that is not one of the
 * user's devices gets {@code 404}.
 */
@WebServlet("/settings/devices")
@FreshLoginRequired
public class DevicesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("others") != null) {
            loginManager.revokeOtherDevices();
        } else if (!loginManager.revokeDevice(request.getParameter("device"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Pages.seeOther(request, response, request.getContextPath() + "/settings");
    }
}
