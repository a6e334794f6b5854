package io.github.cdilogin.quickstart;

import io.github.cdilogin.LoginEvent;
import io.github.cdilogin.LogoutEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/**
 * One audit line per login and logout: Flask-Login's {@code user_logged_in} and
 * {@code user_logged_out} signals, observed as CDI events. It logs who and how, never a password,
 * a token or a cookie value.
 */
@ApplicationScoped
public class LoginAudit {

    private static final Logger AUDIT = Logger.getLogger("io.github.cdilogin.quickstart.audit");

    void recordLogin(@Observes LoginEvent event) {
        AUDIT.info(() -> "login user=" + event.user().getId() + " remember=" + event.remember()
                + " fresh=" + event.fresh());
    }

    void recordLogout(@Observes LogoutEvent event) {
        AUDIT.info(() -> "logout user=" + (event.user().isAnonymous() ? "(nobody)" : event.user().getId()));
    }
}
