package io.github.cdilogin.internal.remember;

import io.github.cdilogin.RememberCookieReplayedEvent;
import io.github.cdilogin.internal.ApplicationBeans;
import io.github.cdilogin.internal.LoginEvents;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.spi.RememberTokenStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * "Remember me" over HTTP: issues, restores, refreshes and revokes the remember cookie and its
 * series. Chooses the token store once at start: the application's {@link RememberTokenStore} bean,
 * else the setting ({@code auto}: the DataSource when there is one, else memory; {@code jcache}: the
 * server's data grid, for clusters).
 */
@ApplicationScoped
public class RememberMe {

    private static final Logger LOG = Logger.getLogger(RememberMe.class.getName());

    @Inject
    LoginConfiguration configuration;

    @Inject
    ApplicationBeans applicationBeans;

    @Inject
    LoginEvents events;

    private final Clock clock = Clock.systemUTC();
    private RememberTokens tokens;
    private RememberCookie cookie;
    private LoginSettings settings;
    private String storeName;
    private Logouts logouts = Logouts.LOCAL;

    @PostConstruct
    void init() {
        settings = configuration.settings();
        cookie = new RememberCookie(settings.remember());
        RememberTokenStore store = store();
        if (settings.remember().store().equals("jcache") && applicationBeans.rememberTokenStore() == null) {
            logouts = JCacheLogouts.open(clock);
        }
        storeName = store.getClass().getSimpleName();
        tokens = new RememberTokens(store, settings.secret().key(), clock, settings.remember().rotationGrace());
        LOG.fine(() -> "cdi-login: remember me ready, tokens in " + storeName);
        if (settings.secret().isGenerated()) {
            LOG.warning(Messages.randomSecret());
        }
    }

    private RememberTokenStore store() {
        RememberTokenStore application = applicationBeans.rememberTokenStore();
        if (application != null) {
            return application;
        }
        String choice = settings.remember().store();
        if (choice.equals("memory")) {
            return new MemoryTokenStore(clock);
        }
        if (choice.equals("jcache")) {
            // Only the JCache classes name javax.cache: they are loaded past this check alone
            if (!JCacheTokenStore.available()) {
                throw new IllegalStateException(Messages.jcacheMissing());
            }
            return JCacheTokenStore.open(clock);
        }
        String name = settings.remember().dataSource();
        try {
            DataSource dataSource = (DataSource) new InitialContext().lookup(name);
            JdbcTokenStore store = new JdbcTokenStore(dataSource, clock);
            store.createTableIfMissing();
            return store;
        } catch (NamingException | java.sql.SQLException | RuntimeException unusable) {
            if (choice.equals("jdbc")) {
                throw new IllegalStateException(Messages.dataSourceUnusable(name, unusable.getMessage()), unusable);
            }
            LOG.log(Level.WARNING, Messages.noDataSource(name));
            LOG.log(Level.FINE, "cdi-login: DataSource look-up failed", unusable);
            return new MemoryTokenStore(clock);
        }
    }

    /**
     * @param request a request
     * @return whether it carries a remember cookie at all
     */
    public boolean isPresent(HttpServletRequest request) {
        return cookie.isPresent(request);
    }

    /**
     * Logs the request's remember cookie in again, rotating it; deletes a cookie that logs nobody in.
     *
     * @param request the request
     * @param response its response, not committed
     * @return who the cookie logs in, or {@code null}
     */
    public RememberTokens.Accepted restore(HttpServletRequest request, HttpServletResponse response) {
        String value = cookie.read(request);
        RememberTokens.Outcome outcome;
        try {
            outcome = value == null ? new RememberTokens.Rejected() : tokens.use(value);
        } catch (RuntimeException storeFailure) {
            LOG.log(Level.WARNING, Messages.storeFailed("restoring a login"), storeFailure);
            return null;
        }
        if (outcome instanceof RememberTokens.Accepted accepted) {
            if (accepted.nextValue() != null) {
                cookie.write(request, response, accepted.nextValue(), accepted.expiresAt(), clock.instant());
            }
            return accepted;
        }
        cookie.delete(request, response);
        if (outcome instanceof RememberTokens.Replayed replayed) {
            LOG.fine("cdi-login: a rotated-away remember cookie came back; its series is revoked");
            events.fire(new RememberCookieReplayedEvent(replayed.userId()));
        }
        return null;
    }

    /**
     * Starts a new series for {@code userId} and sets its cookie.
     *
     * @param request the request
     * @param response its response
     * @param userId who
     * @param duration for how long; {@code null}: the setting
     * @return the new series
     */
    public String remember(HttpServletRequest request, HttpServletResponse response, String userId, Duration duration) {
        RememberTokens.Issued issued = tokens.issue(userId, duration != null ? duration : settings.remember().duration());
        cookie.write(request, response, issued.value(), issued.expiresAt(), clock.instant());
        return issued.series();
    }

    /**
     * Revokes the series of the request's cookie and of the session, and deletes the cookie.
     *
     * @param request the request
     * @param response its response, or {@code null} when it cannot be written to any more
     * @param sessionSeries the series the session knows of, or {@code null}
     */
    public void forget(HttpServletRequest request, HttpServletResponse response, String sessionSeries) {
        String value = request == null ? null : cookie.read(request);
        try {
            if (value != null) {
                tokens.seriesOf(value).ifPresent(tokens::revoke);
            }
            if (sessionSeries != null) {
                tokens.revoke(sessionSeries);
            }
        } catch (RuntimeException storeFailure) {
            LOG.log(Level.WARNING, Messages.storeFailed("revoking a series"), storeFailure);
        }
        if (response != null && request != null && (value != null || sessionSeries != null || cookie.isPresent(request))) {
            cookie.delete(request, response);
        }
    }

    /**
     * Sets the request's own remember cookie again with a fresh {@code Max-Age}
     * ({@code REMEMBER_COOKIE_REFRESH_EACH_REQUEST}): never a cookie the request did not carry.
     *
     * @param request the request
     * @param response its response
     */
    public void refresh(HttpServletRequest request, HttpServletResponse response) {
        String value = cookie.read(request);
        if (value == null) {
            return;
        }
        try {
            java.time.Instant expiresAt = tokens.extend(value, settings.remember().duration());
            if (expiresAt != null) {
                cookie.write(request, response, value, expiresAt, clock.instant());
            }
        } catch (RuntimeException storeFailure) {
            LOG.log(Level.WARNING, Messages.storeFailed("refreshing a cookie"), storeFailure);
        }
    }

    /**
     * @return where logouts are recorded for the other members of a cluster: on the data grid with the
     *         {@code jcache} store, nowhere on a single server
     */
    public Logouts logouts() {
        return logouts;
    }

    /** @param userId a user whose every remember series is revoked */
    public void revokeAll(String userId) {
        tokens.revokeAll(userId);
    }
}
