package io.github.cdilogin.internal.remember;

import io.github.cdilogin.RememberCookieReplayedEvent;
import io.github.cdilogin.RememberedDevice;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.cdi.LoginEvents;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * "Remember me" over HTTP: issues, restores, refreshes and revokes the remember cookie and its
 * series, in the token store {@link TokenStores} chooses once at start. The store is used through a
 * {@link FailClosedStore}, so that its outages fail closed and lose no revocation.
 */
@ApplicationScoped
public class RememberMe {

    private static final Logger LOG = Logger.getLogger(RememberMe.class.getName());

    /** Key ids warned about at most: any client can make up more. */
    private static final int WARNED_KEYS = 16;

    @Inject
    LoginConfiguration configuration;

    @Inject
    ApplicationBeans applicationBeans;

    @Inject
    LoginEvents events;

    private final Clock clock = Clock.systemUTC();
    private RememberTokens tokens;
    private RememberedDevices devices;
    private RememberCookie cookie;
    private LoginSettings settings;
    private String storeName;
    private final Set<String> warnedKeys = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        settings = configuration.settings();
        cookie = new RememberCookie(settings.remember());
        RememberTokenStore store = TokenStores.choose(settings.remember(), applicationBeans.rememberTokenStore(), clock);
        storeName = store.getClass().getSimpleName();
        RememberTokenStore failClosed = new FailClosedStore(store, clock, later(), new PendingRevocations());
        tokens = new RememberTokens(failClosed, settings.secret().key(), clock, settings.remember().rotationGrace());
        devices = new RememberedDevices(failClosed, settings.secret().key(), clock);
        LOG.fine(() -> "cdi-login: remember me ready, tokens in " + storeName);
        if (settings.secret().isGenerated()) {
            LOG.warning(Messages.randomSecret());
        }
    }

    /** Runs the retry of kept revocations on the server's scheduler, when it has the default one (EE 10 has). */
    private static Consumer<Runnable> later() {
        ScheduledExecutorService scheduler;
        try {
            scheduler = (ScheduledExecutorService) new InitialContext().lookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException | RuntimeException none) {
            LOG.log(Level.FINE, "cdi-login: no default managed scheduler: kept revocations are retried when the store is used", none);
            return task -> { };
        }
        long delay = FailClosedStore.RETRY_EVERY.toMillis();
        return task -> {
            try {
                scheduler.schedule(task, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                LOG.log(Level.FINE, "cdi-login: the retry of kept revocations was not scheduled", stopping);
            }
        };
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
            // FailClosedStore logged the outage once; the cookie stays, for when the store is back.
            LOG.log(Level.FINE, "cdi-login: the remember-token store failed; the request stays anonymous", storeFailure);
            return null;
        }
        if (outcome instanceof RememberTokens.Accepted accepted) {
            if (accepted.nextValue() != null) {
                cookie.write(request, response, accepted.nextValue(), accepted.expiresAt(), clock.instant());
            }
            return accepted;
        }
        if (outcome instanceof RememberTokens.OtherKey other) {
            // Another member's cookie, or one from before a change of secret: no sign of theft, and the
            // cookie may still be good on the member that made it, so it is left alone.
            warnOnce(other.keyId());
            return null;
        }
        cookie.delete(request, response);
        if (outcome instanceof RememberTokens.Replayed replayed) {
            LOG.fine("cdi-login: a rotated-away remember cookie came back; its series is revoked");
            events.fire(new RememberCookieReplayedEvent(replayed.userId()));
        }
        return null;
    }

    private void warnOnce(String keyId) {
        String id = keyId == null ? "(none)" : keyId;
        if (warnedKeys.size() < WARNED_KEYS && warnedKeys.add(id)) {
            LOG.warning(Messages.otherSecret(keyId, tokens.keyId()));
        } else {
            LOG.fine(() -> "cdi-login: a remember cookie of key id " + id + " was refused");
        }
    }

    /**
     * Starts a new series for {@code userId} and sets its cookie. When the store fails, the login goes
     * on without one: {@code null}, no cookie, and the outage logged once.
     *
     * @param request the request
     * @param response its response
     * @param userId who
     * @param duration for how long; {@code null}: the setting
     * @return the new series, or {@code null} when the store could not keep it
     */
    public String remember(HttpServletRequest request, HttpServletResponse response, String userId, Duration duration) {
        return remember(request, response, userId, duration, null);
    }

    /**
     * Starts a new series for {@code userId}, stamped, and sets its cookie; as
     * {@link #remember(HttpServletRequest, HttpServletResponse, String, Duration)} when the store fails.
     *
     * @param request the request
     * @param response its response
     * @param userId who
     * @param duration for how long; {@code null}: the setting
     * @param stampHash the hash of the user's auth stamp, or {@code null}
     * @return the new series, or {@code null} when the store could not keep it
     */
    public String remember(HttpServletRequest request, HttpServletResponse response, String userId, Duration duration,
                           String stampHash) {
        RememberTokens.Issued issued;
        try {
            issued = tokens.issue(userId, duration != null ? duration : settings.remember().duration(), stampHash,
                    UserAgents.summarize(request.getHeader("User-Agent")));
        } catch (RuntimeException storeFailure) {
            LOG.log(Level.FINE, "cdi-login: the remember-token store failed; logged in without a remember cookie", storeFailure);
            return null;
        }
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
        } catch (RuntimeException unexpected) {
            // FailClosedStore keeps what the store refuses; this is only a last guard for the response.
            LOG.log(Level.WARNING, Messages.storeFailed("revoking a series") + " (" + unexpected.getClass().getName() + ")");
            LOG.log(Level.FINE, "cdi-login: revoking a series failed", unexpected);
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
            LOG.log(Level.FINE, "cdi-login: the remember-token store failed while refreshing a cookie", storeFailure);
        }
    }

    /**
     * Whether the series a session came from still logs anyone in: one store read. A store that fails
     * keeps the session (the session is the login; the series only ends it early); {@link FailClosedStore}
     * has logged the outage once, so each such request adds a FINE record only (at WARNING, every request
     * of every remembered session would log the store's message, which may hold SQL and a series id).
     *
     * @param series the session's series
     * @return {@code false} when it was revoked, replayed or has expired
     */
    public boolean isLive(String series) {
        try {
            return tokens.liveUntil(series) != null;
        } catch (RuntimeException storeFailure) {
            LOG.log(Level.FINE, Messages.storeFailed("checking the series of a session"), storeFailure);
            return true;
        }
    }

    /**
     * Revokes every series of {@code userId} and, when this browser's login had a live one, issues it a
     * new series, stamped, that ends when the old one would have (and keeps its creation time and browser
     * for the device list): after a password change, or "log out every other device", this browser stays
     * remembered and no other does. A store failure propagates: a revocation must not be lost quietly.
     *
     * @param request the request
     * @param response its response, or {@code null}
     * @param userId whose series end
     * @param sessionSeries the series of this request's login, or {@code null}
     * @param stampHash the hash of the user's new auth stamp, or {@code null}
     * @return the new series of this browser, or {@code null} when it had none
     */
    public String restamp(HttpServletRequest request, HttpServletResponse response, String userId,
                          String sessionSeries, String stampHash) {
        // Only the session's own series: a cookie the session does not know of is not this login's.
        boolean canWrite = request != null && response != null;
        RememberTokens.Issued issued;
        try {
            issued = tokens.revokeAllBut(userId, canWrite ? sessionSeries : null, stampHash);
        } catch (RuntimeException storeFailure) {
            // The store is down: every series still ends (kept and retried by FailClosedStore), and this
            // browser goes on with its session alone, as a remember login during an outage does.
            tokens.revokeAll(userId);
            LOG.log(Level.FINE, "cdi-login: the remember-token store failed; this browser's series was not re-issued", storeFailure);
            issued = null;
        }
        if (issued == null) {
            if (canWrite && cookie.isPresent(request)) {
                cookie.delete(request, response);
            }
            return null;
        }
        cookie.write(request, response, issued.value(), issued.expiresAt(), clock.instant());
        return issued.series();
    }

    /**
     * @param userId whose devices
     * @param currentSeries the series of this request's login, or {@code null}
     * @return the user's live series as devices, newest first; none while the store fails (FailClosedStore
     *         logs the outage once), since a page that lists devices must not fail with it
     */
    public List<RememberedDevice> devices(String userId, String currentSeries) {
        try {
            return devices.of(userId, currentSeries);
        } catch (RuntimeException storeFailure) {
            LOG.log(Level.FINE, "cdi-login: the remember-token store failed; no devices listed", storeFailure);
            return List.of();
        }
    }

    /**
     * Revokes one of the user's devices: its series ends, so its cookie and every session made from it log
     * nobody in from their next request on. When it is this request's own, this browser's cookie is deleted too.
     *
     * @param request the request
     * @param response its response, or {@code null}
     * @param userId whose device
     * @param deviceId the device's public id, as the client sent it
     * @param currentSeries the series of this request's login, or {@code null}
     * @return {@code false} when the id is not one of the user's live devices, or the store cannot say
     */
    public boolean revokeDevice(HttpServletRequest request, HttpServletResponse response, String userId,
                                String deviceId, String currentSeries) {
        String series;
        try {
            series = devices.seriesOf(userId, deviceId).orElse(null);
        } catch (RuntimeException storeFailure) {
            LOG.log(Level.FINE, "cdi-login: the remember-token store failed; the device could not be looked up", storeFailure);
            return false;
        }
        if (series == null) {
            return false;
        }
        if (series.equals(currentSeries)) {
            forget(request, response, series);
        } else {
            tokens.revoke(series);
        }
        return true;
    }

    /**
     * @param userId a user whose every remember series is revoked (kept and retried when the store
     *        fails, and refused on this member meanwhile)
     */
    public void revokeAll(String userId) {
        tokens.revokeAll(userId);
    }
}
