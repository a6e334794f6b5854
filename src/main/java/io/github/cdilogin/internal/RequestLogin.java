package io.github.cdilogin.internal;

import io.github.cdilogin.LoginConfirmedEvent;
import io.github.cdilogin.LoginEvent;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import io.github.cdilogin.LoginSource;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.LogoutEvent;
import io.github.cdilogin.SafeNext;
import io.github.cdilogin.SessionProtectedEvent;
import io.github.cdilogin.SessionProtection;
import io.github.cdilogin.UserAccessedEvent;
import io.github.cdilogin.UserLoadedFromCookieEvent;
import io.github.cdilogin.UserLoadedFromRequestEvent;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.crossorigin.CrossOriginProtection;
import io.github.cdilogin.internal.remember.Logouts;
import io.github.cdilogin.internal.remember.RememberMe;
import io.github.cdilogin.internal.remember.RememberTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * The login of the current request: Flask-Login's {@code _load_user} and the functions that change
 * it. The user is resolved at the first question and kept for the rest of the request, so the user
 * loader runs at most once. A request-scoped bean that {@link RequestLogins} creates and wires.
 */
public class RequestLogin implements LoginManager {

    LoginSession session;
    Loaders loaders;
    CurrentHttpRequest http;
    LoginEvents events;
    CurrentUserProducer currentUsers;
    RememberMe rememberMe;
    LoginConfiguration configuration;
    CrossOriginProtection crossOrigin;

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

    // Flask-Login's order: session protection, the session, the remember cookie, the request loader.
    private void resolve() {
        HttpServletRequest request = http.orNull();
        LoginSettings settings = configuration.settings();
        SessionLogin login = session.read();
        if (login != null && rememberMe.logouts() != Logouts.LOCAL && rememberMe.logouts().isLoggedOut(session.id())) {
            // Another member of the cluster logged this session out; this member's copy is stale.
            session.end();
            login = null;
        }
        if (login != null && request != null && !isSameClient(login, request, settings)) {
            login = protect(login, request, settings);
            if (login == null) {
                become(loaders.anonymous(), LoginSource.NONE, null);
                return;
            }
        }
        if (login != null) {
            LoginUser loaded = loaders.loadUser(login.userId());
            if (loaded != null && (loaded.isActive() || login.forced())) {
                become(loaded, LoginSource.SESSION, login);
                if (settings.remember().refreshEachRequest() && http.responseOrNull() != null) {
                    rememberMe.refresh(request, http.responseOrNull());
                }
                return;
            }
            // Deleted or deactivated since the login: logged out from now on.
            session.drop();
        }
        if (request != null && restoreFromCookie(request, settings)) {
            return;
        }
        LoginUser fromRequest = loaders.loadUser(request);
        if (fromRequest != null && fromRequest.isActive()) {
            become(fromRequest, LoginSource.REQUEST, null);
            events.fire(new UserLoadedFromRequestEvent(fromRequest));
            return;
        }
        become(loaders.anonymous(), LoginSource.NONE, null);
    }

    private static boolean isSameClient(SessionLogin login, HttpServletRequest request, LoginSettings settings) {
        return settings.protection().mode() == SessionProtection.NONE || login.clientId() == null
                || login.clientId().equals(ClientIdentifier.of(request, settings.protection()));
    }

    /** @return the login to go on with, or {@code null} when strong protection dropped it */
    private SessionLogin protect(SessionLogin login, HttpServletRequest request, LoginSettings settings) {
        SessionProtection mode = settings.protection().mode();
        if (mode == SessionProtection.STRONG) {
            rememberMe.forget(request, http.responseOrNull(), login.rememberSeries());
            endSession();
            events.fire(new SessionProtectedEvent(login.userId(), mode));
            return null;
        }
        SessionLogin stale = login.stale();
        if (login.fresh()) {
            session.update(stale);
        }
        events.fire(new SessionProtectedEvent(login.userId(), mode));
        return stale;
    }

    private boolean restoreFromCookie(HttpServletRequest request, LoginSettings settings) {
        HttpServletResponse response = http.responseOrNull();
        // Rotating a cookie that cannot be sent back would turn the client's next request into a theft.
        if (response == null || !rememberMe.isPresent(request)) {
            return false;
        }
        RememberTokens.Accepted remembered = rememberMe.restore(request, response);
        if (remembered == null) {
            return false;
        }
        LoginUser loaded = loaders.loadUser(remembered.userId());
        if (loaded == null || !loaded.isActive()) {
            rememberMe.forget(request, response, remembered.series());
            return false;
        }
        SessionLogin login = new SessionLogin(loaded.getId(), false, true, false, clientId(request, settings),
                remembered.series());
        session.start(login);
        become(loaded, LoginSource.COOKIE, login);
        events.fire(new UserLoadedFromCookieEvent(loaded));
        return true;
    }

    private static String clientId(HttpServletRequest request, LoginSettings settings) {
        return settings.protection().mode() == SessionProtection.NONE || request == null ? null
                : ClientIdentifier.of(request, settings.protection());
    }

    /** Invalidates the session here, and tells the other members of a cluster. */
    private void endSession() {
        Logouts logouts = rememberMe.logouts();
        String id = logouts == Logouts.LOCAL ? null : session.id();
        if (id != null) {
            logouts.loggedOut(id, session.lifetime());
        }
        session.end();
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
        crossOrigin.verify(http.orNull());
        if (!user.isActive() && !options.isForce()) {
            return false;
        }
        HttpServletRequest request = http.orNull();
        HttpServletResponse response = http.responseOrNull();
        SessionLogin previous = session.read();
        // No older remember cookie may outlive this login: losing the session would bring its user back.
        if (request != null) {
            rememberMe.forget(request, response, previous == null ? null : previous.rememberSeries());
        }
        String series = null;
        if (options.isRemember()) {
            if (request == null || response == null) {
                throw new IllegalStateException("cdi-login: remember me needs the response, and the cdi-login filter"
                        + " did not see this request (or the response is already committed)");
            }
            series = rememberMe.remember(request, response, user.getId(), options.duration().orElse(null));
        }
        LoginSettings settings = configuration.settings();
        SessionLogin login = new SessionLogin(user.getId(), options.isFresh(), false, !user.isActive(),
                clientId(request, settings), series);
        session.start(login);
        become(user, LoginSource.SESSION, login);
        currentUsers.forget();
        events.fire(new LoginEvent(user, options.isRemember(), options.isFresh()));
        return true;
    }

    @Override
    public void logout() {
        crossOrigin.verify(http.orNull());
        LoginUser leaving = currentUser();
        HttpServletRequest request = http.orNull();
        if (request != null) {
            rememberMe.forget(request, http.responseOrNull(), stored == null ? null : stored.rememberSeries());
        }
        endSession();
        become(loaders.anonymous(), LoginSource.NONE, null);
        currentUsers.forget();
        events.fire(new LogoutEvent(leaving));
    }

    @Override
    public void confirm() {
        crossOrigin.verify(http.orNull());
        currentUser();
        if (stored == null) {
            return;
        }
        stored = stored.confirmed(clientId(http.orNull(), configuration.settings()));
        session.renew(stored);
        events.fire(new LoginConfirmedEvent(user));
    }

    @Override
    public void revokeRememberedLogins(LoginUser user) {
        Objects.requireNonNull(user, "user");
        crossOrigin.verify(http.orNull());
        if (user.getId() != null) {
            rememberMe.revokeAll(user.getId());
        }
    }

    @Override
    public Optional<String> next() {
        HttpServletRequest request = http.orNull();
        String[] values = request == null ? null : request.getParameterValues("next");
        if (values != null && values.length > 1) {
            // Ambiguous: a proxy or firewall in front may have checked another value than the one followed.
            return Optional.empty();
        }
        String next = values == null ? session.savedNext() : values[0];
        return SafeNext.isSafe(next) ? Optional.of(next) : Optional.empty();
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
