package io.github.cdilogin.internal.remember;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.cache.Cache;

/**
 * Keeps series in a JCache (JSR 107) cache, so that every member of a cluster sees them at once: on
 * Payara, the Hazelcast data grid that also replicates the sessions. A revocation on one member is
 * refused on the others, and the series outlive a member.
 *
 * <p>Loaded only when {@code cdi-login.remember-store=jcache} and {@code javax.cache} is there: the
 * library has no dependency on it otherwise. The cache manager is the server's when it offers one as
 * a CDI bean (Payara does), else the default caching provider's. Values are plain strings, so that
 * no member needs the library's classes to hold them. A rotation is the cache's atomic
 * {@code replace(key, old, new)}.
 */
public final class JCacheTokenStore implements RememberTokenStore {

    /** The cache's name, shared by every member that runs the application. */
    public static final String CACHE = "cdi-login-remember";

    /** Expired series are dropped when a series is created, at most this often (a scan of the cache). */
    private static final long PURGE_EVERY_MILLIS = 3_600_000;

    /** What starts an encoded series that carries an auth stamp's hash. */
    private static final String STAMP = "~";

    private final Cache<String, String> cache;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    /**
     * @param cache where series live, series id to {@link #encode(RememberToken) encoded} series
     * @param clock what decides expiry when expired series are purged
     */
    public JCacheTokenStore(Cache<String, String> cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
        this.lastPurge.set(clock.millis());
    }

    /** @return whether {@code javax.cache} can be used from this application */
    public static boolean available() {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class.forName("javax.cache.Caching", false, loader != null ? loader : JCacheTokenStore.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * @param clock what decides expiry
     * @return a store on the server's cache manager (a CDI bean), else the default provider's
     */
    public static JCacheTokenStore open(Clock clock) {
        return new JCacheTokenStore(JCaches.shared(CACHE), clock);
    }

    @Override
    public Optional<RememberToken> find(String series) {
        String value = cache.get(series);
        return value == null ? Optional.empty() : Optional.of(decode(series, value));
    }

    @Override
    public void create(RememberToken token) {
        purgeNowAndThen();
        cache.put(token.series(), encode(token));
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        return cache.replace(current.series(), encode(current), encode(next));
    }

    @Override
    public void delete(String series) {
        cache.remove(series);
    }

    @Override
    public void deleteAllFor(String userId) {
        List<Cache.Entry<String, String>> theirs = new ArrayList<>();
        for (Cache.Entry<String, String> entry : cache) {
            if (decode(entry.getKey(), entry.getValue()).userId().equals(userId)) {
                theirs.add(entry);
            }
        }
        theirs.forEach(entry -> cache.remove(entry.getKey()));
    }

    private void purgeNowAndThen() {
        long now = clock.millis();
        long last = lastPurge.get();
        if (now - last < PURGE_EVERY_MILLIS || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        Instant instant = Instant.ofEpochMilli(now);
        for (Cache.Entry<String, String> entry : cache) {
            if (decode(entry.getKey(), entry.getValue()).expiresAt().isBefore(instant)) {
                cache.remove(entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * validator hash, previous hash (or empty), rotated-at millis, expires-at millis, user id: tab-separated;
     * with an auth stamp, {@code ~stamp-hash} and a tab before them. A series without a stamp keeps the
     * older form exactly, so that entries written before stamps existed still rotate ({@code replace}
     * compares the whole value).
     */
    static String encode(RememberToken token) {
        String plain = token.validatorHash() + '\t' + (token.previousValidatorHash() == null ? "" : token.previousValidatorHash())
                + '\t' + token.rotatedAt().toEpochMilli() + '\t' + token.expiresAt().toEpochMilli() + '\t' + token.userId();
        return token.stampHash() == null ? plain : STAMP + token.stampHash() + '\t' + plain;
    }

    static RememberToken decode(String series, String value) {
        String stampHash = null;
        String plain = value;
        // A validator hash is base64url, so it never starts with the stamp's mark.
        if (value.startsWith(STAMP)) {
            int tab = value.indexOf('\t');
            stampHash = value.substring(STAMP.length(), tab);
            plain = value.substring(tab + 1);
        }
        String[] parts = plain.split("\t", 5); // the user id, last, may hold anything
        return new RememberToken(series, parts[4], parts[0], parts[1].isEmpty() ? null : parts[1],
                Instant.ofEpochMilli(Long.parseLong(parts[2])), Instant.ofEpochMilli(Long.parseLong(parts[3])), stampHash);
    }
}
