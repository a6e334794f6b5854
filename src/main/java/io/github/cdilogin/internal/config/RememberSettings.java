package io.github.cdilogin.internal.config;

import java.time.Duration;

/**
 * The remember-me cookie and where its tokens are kept.
 *
 * @param cookieName {@code REMEMBER_COOKIE_NAME}
 * @param duration {@code REMEMBER_COOKIE_DURATION}
 * @param domain {@code REMEMBER_COOKIE_DOMAIN}; {@code null}: the host only
 * @param path {@code REMEMBER_COOKIE_PATH}; {@code null}: the application's context path
 * @param secure {@code REMEMBER_COOKIE_SECURE}: {@code AUTO} follows the request
 * @param httpOnly {@code REMEMBER_COOKIE_HTTPONLY}
 * @param sameSite {@code REMEMBER_COOKIE_SAMESITE}: {@code Strict}, {@code Lax} or {@code None}
 * @param refreshEachRequest {@code REMEMBER_COOKIE_REFRESH_EACH_REQUEST}
 * @param rotationGrace how long a rotated-away validator is still accepted (parallel requests)
 * @param store {@code REMEMBER_STORE}: where the series are kept
 * @param jdbc where and how the JDBC store keeps them
 */
public record RememberSettings(String cookieName, Duration duration, String domain, String path, Secure secure,
                               boolean httpOnly, String sameSite, boolean refreshEachRequest,
                               Duration rotationGrace, Store store, Jdbc jdbc) {

    /**
     * The JDBC store's settings.
     *
     * @param dataSource the JNDI name of its DataSource
     * @param table its table, a plain SQL name (checked: it is part of every statement), optionally schema-qualified
     * @param createTable whether it creates the table, its columns and indexes when they are missing
     */
    public record Jdbc(String dataSource, String table, boolean createTable) {

        /** @return the default DataSource, the default table, created when missing */
        public static Jdbc defaults() {
            return new Jdbc(Setting.REMEMBER_DATASOURCE.defaultValue(), Setting.REMEMBER_TABLE.defaultValue(), true);
        }
    }

    /** Where the remember series are kept when the application provides no {@code RememberTokenStore}. */
    public enum Store {
        /** The DataSource when there is one, else memory (with a warning). */
        AUTO,
        /** The DataSource, or the deployment fails. */
        JDBC,
        /** This server's memory: lost at a restart. */
        MEMORY,
        /** The server's data grid (JSR 107), shared by a cluster. */
        JCACHE
    }

    /** When the cookie carries {@code Secure}. */
    public enum Secure {
        /** When the request came over HTTPS. */
        AUTO,
        /** Always. */
        ALWAYS,
        /** Never. */
        NEVER
    }
}
