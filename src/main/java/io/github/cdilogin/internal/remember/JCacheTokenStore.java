package io.github.cdilogin.internal.remember;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>The device list ({@link #findAllFor}) reads a second cache, {@value #USERS}: per user, the ids of
 * their series, newest last, at most {@value #INDEXED} of them. So listing a user's devices costs two
 * reads, whatever the size of the cache. Ids whose series are gone are dropped from it when the user
 * gets a new series, when the list is read, and at the hourly purge. Beyond {@value #INDEXED} series, the
 * oldest are no longer listed, but they still log in until they expire, and revoking every series of the
 * user ({@link #deleteAllFor}, a password change, "log out every other device") still ends them: that scans
 * the series cache itself, which also finds series written before the index existed.
 */
public final class JCacheTokenStore implements RememberTokenStore {

    /** The cache's name, shared by every member that runs the application. */
    public static final String CACHE = "cdi-login-remember";

    /** Expired series are dropped when a series is created, at most this often (a scan of the cache). */
    private static final long PURGE_EVERY_MILLIS = 3_600_000;

    /** The index of each user's series, for the device list: user id to series ids, space-separated. */
    public static final String USERS = "cdi-login-remember-users";

    /** Series ids kept per user in the index, at most: a user who logs in with "remember me" in a loop cannot grow it. */
    static final int INDEXED = 64;

    /** What starts an encoded series that carries an auth stamp's hash. */
    private static final String STAMP = "~";

    /** What starts the device part of an encoded series: creation millis and the browser's summary. */
    private static final String DEVICE = "@";

    private final Cache<String, String> cache;
    private final Cache<String, String> users;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    /**
     * @param cache where series live, series id to {@link #encode(RememberToken) encoded} series
     * @param users the index of each user's series, user id to series ids
     * @param clock what decides expiry when expired series are purged
     */
    public JCacheTokenStore(Cache<String, String> cache, Cache<String, String> users, Clock clock) {
        this.cache = cache;
        this.users = users;
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
        return new JCacheTokenStore(JCaches.shared(CACHE), JCaches.shared(USERS), clock);
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
        index(token.userId(), token.series());
    }

    /** Adds a series to its user's index, dropping the ids of series that are gone, atomically. */
    private void index(String userId, String series) {
        for (int attempt = 0; attempt < 8; attempt++) {
            String ids = users.get(userId);
            List<String> kept = ids == null ? new ArrayList<>() : present(ids);
            kept.remove(series);
            kept.add(series);
            while (kept.size() > INDEXED) {
                kept.remove(0);
            }
            String next = String.join(" ", kept);
            if (ids == null ? users.putIfAbsent(userId, next) : users.replace(userId, ids, next)) {
                return;
            }
        }
        // Eight members raced for this user's index: the series still logs in, and deleteAllFor still finds it.
    }

    /** The ids of {@code ids} whose series are still in the cache, oldest first: one read of them all. */
    private List<String> present(String ids) {
        List<String> listed = List.of(ids.split(" "));
        Set<String> there = cache.getAll(new HashSet<>(listed)).keySet();
        List<String> kept = new ArrayList<>(listed.size());
        for (String id : listed) {
            if (there.contains(id)) {
                kept.add(id);
            }
        }
        return kept;
    }

    @Override
    public List<RememberToken> findAllFor(String userId) {
        String ids = users.get(userId);
        if (ids == null) {
            return List.of();
        }
        Map<String, String> found = cache.getAll(new HashSet<>(List.of(ids.split(" "))));
        List<RememberToken> tokens = new ArrayList<>(found.size());
        for (Map.Entry<String, String> entry : found.entrySet()) {
            RememberToken token = decode(entry.getKey(), entry.getValue());
            if (token.userId().equals(userId)) {
                tokens.add(token);
            }
        }
        return tokens;
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
        users.remove(userId);
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
        for (Cache.Entry<String, String> entry : users) {
            List<String> kept = present(entry.getValue());
            if (kept.isEmpty()) {
                users.remove(entry.getKey(), entry.getValue());
            } else {
                users.replace(entry.getKey(), entry.getValue(), String.join(" ", kept));
            }
        }
    }

    /**
     * validator hash, previous hash (or empty), rotated-at millis, expires-at millis, user id: tab-separated;
     * before them, with a creation time, {@code @created-millis}, a tab, the browser's summary (or nothing)
     * and a tab; before all, with an auth stamp, {@code ~stamp-hash} and a tab. A series without these keeps
     * the older form exactly, so that entries written before stamps or devices existed still decode and
     * rotate ({@code replace} compares the whole value).
     */
    static String encode(RememberToken token) {
        String plain = token.validatorHash() + '\t' + (token.previousValidatorHash() == null ? "" : token.previousValidatorHash())
                + '\t' + token.rotatedAt().toEpochMilli() + '\t' + token.expiresAt().toEpochMilli() + '\t' + token.userId();
        if (token.createdAt() != null) {
            String agent = token.agent() == null || token.agent().indexOf('\t') >= 0 ? "" : token.agent();
            plain = DEVICE + token.createdAt().toEpochMilli() + '\t' + agent + '\t' + plain;
        }
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
        Instant createdAt = null;
        String agent = null;
        if (plain.startsWith(DEVICE)) {
            String[] device = plain.split("\t", 3);
            createdAt = Instant.ofEpochMilli(Long.parseLong(device[0].substring(DEVICE.length())));
            agent = device[1].isEmpty() ? null : device[1];
            plain = device[2];
        }
        String[] parts = plain.split("\t", 5); // the user id, last, may hold anything
        return new RememberToken(series, parts[4], parts[0], parts[1].isEmpty() ? null : parts[1],
                Instant.ofEpochMilli(Long.parseLong(parts[2])), Instant.ofEpochMilli(Long.parseLong(parts[3])), stampHash,
                createdAt, agent);
    }
}
