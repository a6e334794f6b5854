package io.github.cdilogin.it.frozen.follows;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/** A listener, created once for the application, that records the user of each {@code /who} request it sees. */
@WebListener
public class WhoListener implements ServletRequestListener {

    static final String SAW = WhoListener.class.getName();

    @Inject
    @CurrentUser
    LoginUser user;

    @Inject
    @CurrentUser
    Instance<ItUser> appUser;

    @Inject
    LoginManager loginManager;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request && request.getRequestURI().endsWith("/who")) {
            request.setAttribute(SAW, Seen.by(user, appUser, loginManager));
        }
    }
}
