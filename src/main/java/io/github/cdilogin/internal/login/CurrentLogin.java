package io.github.cdilogin.internal.login;

import io.github.cdilogin.LoginConfirmedEvent;
import io.github.cdilogin.LoginEvent;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import io.github.cdilogin.LoginSource;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.LogoutEvent;
import io.github.cdilogin.RememberedDevice;
import io.github.cdilogin.SafeNext;
import io.github.cdilogin.SessionProtectedEvent;
import io.github.cdilogin.SessionProtection;
import io.github.cdilogin.UserAccessedEvent;
import io.github.cdilogin.UserLoadedFromCookieEvent;
import io.github.cdilogin.UserLoadedFromRequestEvent;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.cdi.LoginEvents;
import io.github.cdilogin.internal.config.ContainerIdentity;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.crossorigin.CrossOriginProtection;
import io.github.cdilogin.internal.remember.RememberMe;
import io.github.cdilogin.internal.remember.RememberTokens;
import io.github.cdilogin.internal.session.AuthStamps;
import io.github.cdilogin.internal.session.ClientIdentifier;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.internal.session.StoredLogin;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The login of the current request: Flask-Login's {@code _load_user} and the functions that change
 * it. The user is resolved at the first question and kept for the rest of the request, so the user
 * loader runs at most once. A request-scoped bean that {@link CurrentLoginFactory} creates.
 */
public class CurrentLogin implements LoginManager {

    private static final Logger LOG = Logger.getLogger(CurrentLogin.class.getName());

    /**
     * The application-scoped collaborators every request's login shares, resolved once per deployment
     * ({@link CurrentLoginFactory}), so that a new request costs one allocation and no look-up.
     *
     * @param session the owner of the session's attributes
     * @param application the application's loaders and anonymous user
     * @param http the request the filter handed on
     * @param events the library's events
     * @param currentUsers the request's {@code @CurrentUser} bean, forgotten at login and logout
     * @param rememberMe the remember cookie and its series
     * @param configuration the settings
     * @param crossOrigin refuses a state change another site's page asked for
     */
    public record Collaborators(SessionAttributes session, ApplicationBeans application, CurrentHttpRequest http,
                                LoginEvents events, CurrentUserBeans currentUsers, RememberMe rememberMe,
                                LoginConfiguration configuration, CrossOriginProtection crossOrigin) {

        /** A missing collaborator fails where they are resolved, not at a request's first question. */
        public Collaborators {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(http, "http");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(currentUsers, "currentUsers");
            Objects.requireNonNull(rememberMe, "rememberMe");
            Objects.requireNonNull(configuration, "configuration");
            Objects.requireNonNull(crossOrigin, "crossOrigin");
        }
    }

    private final SessionAttributes session;
    private final ApplicationBeans application;
    private final CurrentHttpRequest http;
    private final LoginEvents events;
    private final CurrentUserBeans currentUsers;
    private final RememberMe rememberMe;
    private final LoginConfiguration configuration;
    private final CrossOriginProtection crossOrigin;

    private LoginUser user;
    private LoginSource source = LoginSource.NONE;
    private StoredLogin stored;
    private boolean resolving;
    /** The container's caller was ended in this request ({@code jakarta-security}): a login tells it the new one. */
    private boolean containerCallerEnded;
    /** Set while {@link #passwordChanged} resolves: the new stamp is the change being made, not a reason to end. */
    private boolean changingStamp;

    /** @param shared the collaborators, resolved once and shared by every request */
    public CurrentLogin(Collaborators shared) {
        this.session = shared.session();
        this.application = shared.application();
        this.http = shared.http();
        this.events = shared.events();
        this.currentUsers = shared.currentUsers();
        this.rememberMe = shared.rememberMe();
        this.configuration = shared.configuration();
        this.crossOrigin = shared.crossOrigin();
    }

    @Override
    public LoginUser currentUser() {
        if (user == null) {
            if (resolving) {
                throw new IllegalStateException(Messages.userAskedForWhileLoading());
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
        StoredLogin login = session.read();
        if (login != null && request != null && !isSameClient(login, request, settings)) {
            login = protect(login, request, settings);
            if (login == null) {
                become(application.anonymous(), LoginSource.NONE, null);
                return;
            }
        }
        boolean ended = false;
        if (login != null) {
            LoginUser loaded = application.loadUser(login.userId());
            if (loaded != null && (loaded.isActive() || login.forced())) {
                if (stillHolds(login, loaded)) {
                    become(loaded, LoginSource.SESSION, login);
                    if (settings.remember().refreshEachRequest() && http.responseOrNull() != null) {
                        rememberMe.refresh(request, http.responseOrNull());
                    }
                    return;
                }
                // Ended elsewhere (a new password, a revoked or replayed series): the session and this
                // browser's remember cookie end with it, and the cookie is not tried again.
                rememberMe.forget(request, http.responseOrNull(), login.rememberSeries());
                session.end();
                ended = true;
            } else {
                // Deleted or deactivated since the login: logged out from now on.
                session.drop();
            }
        }
        if (request != null && !ended && restoreFromCookie(request, settings)) {
            return;
        }
        LoginUser fromRequest = application.loadUser(request);
        if (fromRequest != null && fromRequest.isActive()) {
            become(fromRequest, LoginSource.REQUEST, null);
            events.fire(new UserLoadedFromRequestEvent(fromRequest));
            return;
        }
        become(application.anonymous(), LoginSource.NONE, null);
    }

    /**
     * Whether the session's login still stands: the user's auth stamp is the one it was made with, and
     * the remember series it came from (or was made with) is still live. The series costs one store read,
     * only for logins that have one.
     */
    private boolean stillHolds(StoredLogin login, LoginUser loaded) {
        return (changingStamp || AuthStamps.stillValid(login.stampHash(), loaded))
                && (login.rememberSeries() == null || rememberMe.isLive(login.rememberSeries()));
    }

    private static boolean isSameClient(StoredLogin login, HttpServletRequest request, LoginSettings settings) {
        return settings.protection().mode() == SessionProtection.NONE || login.clientId() == null
                || login.clientId().equals(ClientIdentifier.of(request, settings.protection()));
    }

    /** @return the login to go on with, or {@code null} when strong protection dropped it */
    private StoredLogin protect(StoredLogin login, HttpServletRequest request, LoginSettings settings) {
        SessionProtection mode = settings.protection().mode();
        if (mode == SessionProtection.STRONG) {
            rememberMe.forget(request, http.responseOrNull(), login.rememberSeries());
            session.end();
            events.fire(new SessionProtectedEvent(login.userId(), mode));
            return null;
        }
        StoredLogin stale = login.stale();
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
        LoginUser loaded = application.loadUser(remembered.userId());
        if (loaded == null || !loaded.isActive() || !AuthStamps.stillValid(remembered.stampHash(), loaded)) {
            rememberMe.forget(request, response, remembered.series());
            return false;
        }
        StoredLogin login = StoredLogin.restoredFromCookie(loaded.getId(), clientId(request, settings),
                remembered.series()).stamped(AuthStamps.of(loaded));
        session.start(login);
        become(loaded, LoginSource.COOKIE, login);
        events.fire(new UserLoadedFromCookieEvent(loaded));
        return true;
    }

    private static String clientId(HttpServletRequest request, LoginSettings settings) {
        return settings.protection().mode() == SessionProtection.NONE || request == null ? null
                : ClientIdentifier.of(request, settings.protection());
    }

    private void become(LoginUser user, LoginSource source, StoredLogin stored) {
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
            throw new IllegalArgumentException(Messages.loginWithoutId(user.getClass()));
        }
        crossOrigin.verify(http.orNull());
        if (!user.isActive() && !options.isForce()) {
            return false;
        }
        HttpServletRequest request = http.orNull();
        HttpServletResponse response = http.responseOrNull();
        StoredLogin previous = session.read();
        // No older remember cookie may outlive this login: losing the session would bring its user back.
        if (request != null) {
            rememberMe.forget(request, response, previous == null ? null : previous.rememberSeries());
        }
        String series = null;
        String stampHash = AuthStamps.of(user);
        if (options.isRemember()) {
            if (request == null || response == null) {
                throw new IllegalStateException(Messages.rememberWithoutResponse());
            }
            series = rememberMe.remember(request, response, user.getId(), options.duration().orElse(null), stampHash);
        }
        LoginSettings settings = configuration.settings();
        StoredLogin login = StoredLogin.loggedIn(user.getId(), clientId(request, settings), series).stamped(stampHash);
        if (!options.isFresh()) {
            login = login.stale();
        }
        if (!user.isActive()) {
            login = login.forcedWhileInactive();
        }
        leaveOtherContainerCaller(request, user);
        session.start(login);
        become(user, LoginSource.SESSION, login);
        currentUsers.forget();
        if (containerCallerEnded) {
            // Another user's caller, ended just now or by a logout earlier in this request.
            containerCallerEnded = false;
            tellContainerTheCaller(request, response);
        }
        events.fire(new LoginEvent(user, options.isRemember(), options.isFresh()));
        return true;
    }

    /**
     * In {@code container-identity=jakarta-security} the container was told this request's caller when it came
     * in. A login of another user in the same request (user A's session, {@code login(B)}) would leave the
     * container on A for the rest of the request, EJBs included: its caller is ended first, before the session
     * changes hands (a container's {@code logout()} may invalidate the session it finds, which must not be the
     * new login's). Nobody is this request's login meanwhile, so that the library's module, which the
     * container's logout asks, has no login to end.
     */
    private void leaveOtherContainerCaller(HttpServletRequest request, LoginUser user) {
        if (request == null || configuration.settings().identity() != ContainerIdentity.JAKARTA_SECURITY) {
            return;
        }
        Principal caller = request.getUserPrincipal();
        if (caller == null || user.getId().equals(caller.getName())) {
            return;
        }
        become(application.anonymous(), LoginSource.NONE, null);
        endContainerIdentity(request);
    }

    /**
     * After the container's caller was ended in this request ({@link #leaveOtherContainerCaller}, or a
     * {@link #logout()} before this login): the container asks the library's module again
     * ({@code request.authenticate}), which tells it the new user, so that the rest of the request (EJBs,
     * {@code getUserPrincipal}) sees the user who just logged in. Where the container cannot be asked (a
     * committed response, a refusal), it stays on nobody until the next request: never on the other caller.
     */
    private static void tellContainerTheCaller(HttpServletRequest request, HttpServletResponse response) {
        if (response == null || response.isCommitted()) {
            return;
        }
        try {
            request.authenticate(response);
        } catch (ServletException | IOException | RuntimeException refused) {
            LOG.log(Level.FINE, "cdi-login: the container sees nobody until the next request", refused);
        }
    }

    @Override
    public void logout() {
        crossOrigin.verify(http.orNull());
        LoginUser leaving = currentUser();
        HttpServletRequest request = http.orNull();
        if (request != null) {
            rememberMe.forget(request, http.responseOrNull(), stored == null ? null : stored.rememberSeries());
        }
        // Nobody before the container's logout: the library's module then has no login left to end.
        become(application.anonymous(), LoginSource.NONE, null);
        currentUsers.forget();
        session.end(() -> endContainerIdentity(request));
        events.fire(new LogoutEvent(leaving));
    }

    /**
     * In {@code container-identity=jakarta-security} the container was told the caller when the request
     * came in: its {@code logout()} ends that for the rest of the request too (the next one comes in
     * without a login, and is anonymous to it anyway). At a logout it runs once the session is invalidated, so
     * that a parallel request on the session sees nobody from the earliest moment.
     */
    private void endContainerIdentity(HttpServletRequest request) {
        if (request == null || configuration.settings().identity() != ContainerIdentity.JAKARTA_SECURITY
                || request.getUserPrincipal() == null) {
            return;
        }
        try {
            request.logout();
            containerCallerEnded = true;
        } catch (ServletException | RuntimeException refused) {
            LOG.log(Level.FINE, "cdi-login: the container kept its identity until the end of the request", refused);
        }
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
    public void passwordChanged(LoginUser user) {
        Objects.requireNonNull(user, "user");
        crossOrigin.verify(http.orNull());
        if (user.getId() == null) {
            return;
        }
        if (this.user == null) {
            // Not resolved yet in this request: the stamp in the store is already the new one.
            changingStamp = true;
            try {
                currentUser();
            } finally {
                changingStamp = false;
            }
        }
        if (stored == null || !user.getId().equals(stored.userId())) {
            // Another user's password (an administrator's reset): all of that user's logins end.
            rememberMe.revokeAll(user.getId());
            return;
        }
        String stampHash = AuthStamps.of(user);
        String series = rememberMe.restamp(http.orNull(), http.responseOrNull(), user.getId(), stored.rememberSeries(),
                stampHash);
        stored = stored.stamped(stampHash).withSeries(series);
        session.renew(stored);
        become(user, source, stored);
        currentUsers.forget();
    }

    @Override
    public List<RememberedDevice> devices() {
        String userId = loggedInId();
        return userId == null ? List.of() : rememberMe.devices(userId, currentSeries());
    }

    @Override
    public boolean revokeDevice(String id) {
        crossOrigin.verify(http.orNull());
        String userId = loggedInId();
        return userId != null
                && rememberMe.revokeDevice(http.orNull(), http.responseOrNull(), userId, id, currentSeries());
    }

    @Override
    public void revokeOtherDevices() {
        crossOrigin.verify(http.orNull());
        String userId = loggedInId();
        if (userId == null) {
            return;
        }
        String series = rememberMe.restamp(http.orNull(), http.responseOrNull(), userId, currentSeries(),
                AuthStamps.of(user));
        if (stored != null) {
            stored = stored.withSeries(series);
            session.update(stored);
        }
    }

    /** @return the id of this request's user, or {@code null} when nobody is logged in */
    private String loggedInId() {
        currentUser();
        return source == LoginSource.NONE ? null : user.getId();
    }

    /** The series this request's login came with: its cookie's restore and its session both keep it there. */
    private String currentSeries() {
        return stored == null ? null : stored.rememberSeries();
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
