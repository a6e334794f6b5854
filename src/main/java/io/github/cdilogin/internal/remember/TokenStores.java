package io.github.cdilogin.internal.remember;

import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.spi.RememberTokenStore;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Chooses where the remember series are kept, once at start: the application's
 * {@link RememberTokenStore} bean, else {@code cdi-login.remember-store} ({@code auto}: the DataSource
 * when there is one, else memory with a warning; {@code jcache}: the server's data grid, for clusters). A table
 * the application owns ({@code create-table=false}) that lacks a part fails the start whatever the store setting.
 */
final class TokenStores {

    private static final Logger LOG = Logger.getLogger(TokenStores.class.getName());

    private TokenStores() {
    }

    /**
     * @param remember the remember settings
     * @param application the application's store, or {@code null}
     * @param clock what decides expiry
     * @return the store to use
     * @throws IllegalStateException the chosen store cannot be used
     */
    static RememberTokenStore choose(RememberSettings remember, RememberTokenStore application, Clock clock) {
        if (application != null) {
            return application;
        }
        return switch (remember.store()) {
            case MEMORY -> new MemoryTokenStore(clock);
            case JCACHE -> jcache(clock);
            case JDBC, AUTO -> dataSource(remember, clock);
        };
    }

    private static RememberTokenStore jcache(Clock clock) {
        // Only the JCache classes name javax.cache: they are loaded past this check alone
        if (!JCacheTokenStore.available()) {
            throw new IllegalStateException(Messages.jcacheMissing());
        }
        return JCacheTokenStore.open(clock);
    }

    private static RememberTokenStore dataSource(RememberSettings remember, Clock clock) {
        return onDataSource(remember, () -> (DataSource) new InitialContext().lookup(remember.jdbc().dataSource()), clock);
    }

    /** How the DataSource is found: JNDI on a server, a test's own database in a unit test. */
    interface DataSourceLookup {
        DataSource find() throws NamingException;
    }

    static RememberTokenStore onDataSource(RememberSettings remember, DataSourceLookup lookup, Clock clock) {
        RememberSettings.Jdbc jdbc = remember.jdbc();
        String name = jdbc.dataSource();
        try {
            return JdbcTokenStore.open(lookup.find(), jdbc.table(), jdbc.createTable(), clock);
        } catch (MissingTableException ownedByTheApplication) {
            throw ownedByTheApplication; // even under auto: the application said the table is its own
        } catch (NamingException | SQLException | RuntimeException unusable) {
            if (remember.store() == RememberSettings.Store.JDBC) {
                throw new IllegalStateException(Messages.dataSourceUnusable(name, unusable.getMessage()), unusable);
            }
            LOG.log(Level.WARNING, Messages.noDataSource(name));
            LOG.log(Level.FINE, "cdi-login: DataSource look-up failed", unusable);
            return new MemoryTokenStore(clock);
        }
    }
}
