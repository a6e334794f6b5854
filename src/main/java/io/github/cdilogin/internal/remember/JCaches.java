package io.github.cdilogin.internal.remember;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;

/**
 * The library's JCache caches: on the server's cache manager when it offers one as a CDI bean
 * (Payara does, on its Hazelcast data grid), else the default caching provider's. Only JCache classes
 * call this (the {@code jcache} store, the session side's logout record), each past a check that
 * {@code javax.cache} is there.
 */
public final class JCaches {

    private static final Logger LOG = Logger.getLogger(JCaches.class.getName());

    private JCaches() {
    }

    /**
     * @param name the cache's name, the same on every member
     * @return the cache, created by the first member that asks
     */
    public static Cache<String, String> shared(String name) {
        return shared(name, new MutableConfiguration<String, String>().setTypes(String.class, String.class));
    }

    /**
     * @param name the cache's name, the same on every member
     * @param configuration how the first member creates it (the others take it as it is)
     * @return the cache, created by the first member that asks
     */
    public static Cache<String, String> shared(String name, MutableConfiguration<String, String> configuration) {
        CacheManager manager = serverCacheManager();
        if (manager == null) {
            manager = Caching.getCachingProvider().getCacheManager();
        }
        Cache<String, String> cache = manager.getCache(name, String.class, String.class);
        if (cache == null) {
            try {
                cache = manager.createCache(name, configuration);
            } catch (CacheException createdByAnotherMember) {
                cache = manager.getCache(name, String.class, String.class);
                if (cache == null) {
                    throw createdByAnotherMember;
                }
            }
        }
        String where = String.valueOf(manager.getURI());
        LOG.fine(() -> "cdi-login: JCache cache " + name + " of " + where);
        return cache;
    }

    private static CacheManager serverCacheManager() {
        try {
            Instance<CacheManager> managers = CDI.current().select(CacheManager.class);
            return managers.isResolvable() ? managers.get() : null;
        } catch (RuntimeException noBean) {
            return null;
        }
    }
}
