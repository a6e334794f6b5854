package io.github.cdilogin.it.frozen.follows;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.enterprise.inject.Instance;

/**
 * What one component saw of the current user, through each of the three forms that follow the request:
 * {@code @CurrentUser LoginUser}, {@code @CurrentUser Instance<ItUser>} and
 * {@code loginManager.currentUser(ItUser.class)}. {@code -} stands for nobody.
 */
final class Seen {

    private Seen() {
    }

    static String by(LoginUser proxy, Instance<ItUser> instance, LoginManager loginManager) {
        return name(proxy.getId()) + "/" + name(instance.get() == null ? null : instance.get().username()) + "/"
                + name(loginManager.currentUser(ItUser.class).map(ItUser::username).orElse(null));
    }

    private static String name(String username) {
        return username == null ? "-" : username;
    }
}
