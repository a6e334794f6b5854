package io.github.cdilogin.it.frozen.listener;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** A request listener, created once for the application, taking the application's user type. */
@WebListener
public class FrozenUserListener implements ServletRequestListener {

    @Inject
    @CurrentUser
    ItUser user;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        event.getServletRequest().setAttribute("who", user);
    }
}
