package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.remember.JCaches;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * The logout record's buckets in a JCache (JSR 107) cache, {@value #CACHE}: on Payara the Hazelcast data
 * grid that also holds the sessions. Loaded only when {@code javax.cache} is there. The cache drops a
 * bucket that no logout changed for the record's horizon ({@link ModifiedExpiryPolicy}), and every
 * reader also checks each entry's own instant, so an entry is never trusted past its session's lifetime.
 */
final class JCacheLogouts implements SharedLogouts.Place {

    static final String CACHE = "cdi-login-logout-buckets";

    private static final Logger LOG = Logger.getLogger(JCacheLogouts.class.getName());

    private final Cache<String, String> cache;

    JCacheLogouts(Cache<String, String> cache) {
        this.cache = cache;
    }

    /**
     * @param horizon how long a bucket no logout changed is kept
     * @return the place on the server's cache manager (else the default provider's), or {@code null} when
     *         no cache manager answers
     */
    static JCacheLogouts open(Duration horizon) {
        try {
            return new JCacheLogouts(JCaches.shared(CACHE, configuration(horizon)));
        } catch (RuntimeException | LinkageError noCacheManager) {
            LOG.log(Level.FINE, "cdi-login: javax.cache is there but no cache manager answers", noCacheManager);
            return null;
        }
    }

    static MutableConfiguration<String, String> configuration(Duration horizon) {
        return new MutableConfiguration<String, String>().setTypes(String.class, String.class)
                .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.SECONDS, horizon.toSeconds())));
    }

    @Override
    public String get(String bucket) {
        return cache.get(bucket);
    }

    @Override
    public boolean putIfAbsent(String bucket, String text, long until) {
        return cache.putIfAbsent(bucket, text);
    }

    @Override
    public boolean replace(String bucket, String old, String text, long until) {
        return cache.replace(bucket, old, text);
    }

    @Override
    public String describe() {
        return "the JCache cache " + CACHE;
    }
}
