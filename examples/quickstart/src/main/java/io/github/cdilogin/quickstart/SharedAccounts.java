package io.github.cdilogin.quickstart;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;

/**
 * The accounts of a cluster member, in the JCache (JSR 107) cache {@value #CACHE}: on Payara the Hazelcast
 * data grid that also holds the sessions. So every member reads the same password hash and auth stamp, as
 * every server of a real application reads one user table: a password changed on one member works on all,
 * and the stamp it made ends the user's other logins on all. The first member to start adds the seed
 * accounts; the others, and a member that restarts, keep what the grid holds.
 *
 * <p>Values are plain text ({@code stamp}, tab, base64 salt, tab, base64 hash), so that no member needs the
 * example's classes to hold them; names and the active flag never change and stay with each member. A
 * change is the cache's atomic {@code replace(key, old, new)}.
 */
final class SharedAccounts implements Accounts {

    static final String CACHE = "quickstart-accounts";

    private static final Base64.Encoder ENCODER = Base64.getEncoder();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final Cache<String, String> cache;
    /** The seed users, by name: what of them is not in the cache. */
    private final Map<String, User> seeds;

    private SharedAccounts(Cache<String, String> cache, Map<String, User> seeds) {
        this.cache = cache;
        this.seeds = seeds;
    }

    /**
     * @param seeds the example's users
     * @return the accounts on the server's cache manager (a CDI bean on Payara), else the default provider's
     */
    static SharedAccounts open(List<User> seeds) {
        Instance<CacheManager> server = CDI.current().select(CacheManager.class);
        CacheManager manager = server.isResolvable() ? server.get() : Caching.getCachingProvider().getCacheManager();
        Cache<String, String> cache = manager.getCache(CACHE, String.class, String.class);
        if (cache == null) {
            try {
                cache = manager.createCache(CACHE, new MutableConfiguration<String, String>().setTypes(String.class, String.class));
            } catch (CacheException createdByAnotherMember) {
                cache = manager.getCache(CACHE, String.class, String.class);
            }
        }
        return new SharedAccounts(cache, seeds.stream().collect(Collectors.toUnmodifiableMap(User::username, Function.identity())));
    }

    @Override
    public Account get(String username) {
        User seed = seeds.get(username);
        String text = seed == null ? null : cache.get(username);
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\t", 3);
        return new Account(seed.withAuthStamp(parts[0]), new Passwords.Hash(DECODER.decode(parts[1]), DECODER.decode(parts[2])));
    }

    @Override
    public void addIfAbsent(Account account) {
        cache.putIfAbsent(account.user().username(), encode(account));
    }

    @Override
    public boolean replace(Account current, Account changed) {
        return cache.replace(current.user().username(), encode(current), encode(changed));
    }

    private static String encode(Account account) {
        return account.user().authStamp() + '\t' + ENCODER.encodeToString(account.password().salt()) + '\t'
                + ENCODER.encodeToString(account.password().key());
    }
}
