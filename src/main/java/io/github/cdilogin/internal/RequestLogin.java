package io.github.cdilogin.internal;

import io.github.cdilogin.LoginConfirmedEvent;
import io.github.cdilogin.LoginEvent;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import io.github.cdilogin.LoginSource;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.LogoutEvent;
import io.github.cdilogin.UserAccessedEvent;
import io.github.cdilogin.UserLoadedFromRequestEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The login of the current request: Flask-Login's {@code _load_user} and the functions that change
 * it. The user is resolved at the first question and kept for the rest of the request, so the user
 * loader runs at most once.
 */
@RequestScoped
public class RequestLogin implements LoginManager {

    @Inject
    LoginSession session;

    @Inject
    Loaders loaders;

    @Inject
    CurrentHttpRequest http;

    @Inject
    LoginEvents events;

    @Inject
    CurrentUserProducer currentUsers;

    private LoginUser user;
    private LoginSource source = LoginSource.NONE;
    private SessionLogin stored;
    private boolean resolving;

    @Override
    public LoginUser currentUser() {
        if (user == null) {
            if (resolving) {
                throw new IllegalStateException("cdi-login: the current user was asked for while it is being loaded,"
                        + " by the UserLoader, the RequestLoader or an observer of the event they fire. Loaders must not"
                        + " use @CurrentUser or LoginManager: they receive what they need as arguments.");
            }
            resolving = true;
            try {
                resolve();
            } finally {
                resolving = false;
            }
            // Fired once the user is known, so that an observer may read it.
            events.fire(new UserAccessedEvent());
        }
        return user;
    }

    // Flask-Login's order: the session, (the remember cookie), the request loader, anonymous.
    private void resolve() {
        SessionLogin login = session.read();
        if (login != null) {
            LoginUser loaded = loaders.loadUser(login.userId());
            if (loaded != null && (loaded.isActive() || login.forced())) {
                become(loaded, LoginSource.SESSION, login);
                return;
            }
            // Deleted or deactivated since the login: logged out from now on.
            session.drop();
        }
        LoginUser fromRequest = loaders.loadUser(http.orNull());
        if (fromRequest != null && fromRequest.isActive()) {
            become(fromRequest, LoginSource.REQUEST, null);
            events.fire(new UserLoadedFromRequestEvent(fromRequest));
            return;
        }
        become(loaders.anonymous(), LoginSource.NONE, null);
    }

    private void become(LoginUser user, LoginSource source, SessionLogin stored) {
        this.user = user;
        this.source = source;
        this.stored = stored;
    }

    @Override
    public boolean login(LoginUser user) {
        return login(user, LoginOptions.DEFAULT);
    }

    @Override
    public boolean login(LoginUser user, LoginOptions options) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(options, "options");
        if (user.isAnonymous() || user.getId() == null) {
            throw new IllegalArgumentException("cdi-login: only a user with an id can log in; "
                    + user.getClass().getName() + " is anonymous or its getId() returned null");
        }
        if (!user.isActive() && !options.isForce()) {
            return false;
        }
        SessionLogin login = new SessionLogin(user.getId(), options.isFresh(), false, !user.isActive());
        session.start(login);
        become(user, LoginSource.SESSION, login);
        currentUsers.forget();
        events.fire(new LoginEvent(user, options.isRemember(), options.isFresh()));
        return true;
    }

    @Override
    public void logout() {
        LoginUser leaving = currentUser();
        session.end();
        become(loaders.anonymous(), LoginSource.NONE, null);
        currentUsers.forget();
        events.fire(new LogoutEvent(leaving));
    }

    @Override
    public void confirm() {
        currentUser();
        if (stored == null) {
            return;
        }
        stored = stored.confirmed();
        session.renew(stored);
        events.fire(new LoginConfirmedEvent(user));
    }

    @Override
    public boolean isFresh() {
        currentUser();
        return stored != null && stored.fresh();
    }

    @Override
    public boolean isRemembered() {
        currentUser();
        return stored != null && stored.remembered();
    }

    @Override
    public LoginSource source() {
        currentUser();
        return source;
    }
}
