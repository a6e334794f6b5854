package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.config.RememberSettings.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The one place that chooses the remember store, from the setting's enum (no JNDI here: no DataSource). */
class TokenStoresTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void theApplicationsStoreWinsOverEverySetting() {
        RecordingStore application = new RecordingStore(new MemoryTokenStore(clock));
        for (Store store : Store.values()) {
            assertSame(application, TokenStores.choose(settings(store), application, clock), store.name());
        }
    }

    @Test
    void memoryIsMemory() {
        assertInstanceOf(MemoryTokenStore.class, TokenStores.choose(settings(Store.MEMORY), null, clock));
    }

    @Test
    void autoWithoutAUsableDataSourceFallsBackToMemory() {
        assertInstanceOf(MemoryTokenStore.class, TokenStores.choose(settings(Store.AUTO), null, clock));
    }

    @Test
    void jdbcWithoutAUsableDataSourceFailsNamingTheSettingAndTheDataSource() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> TokenStores.choose(settings(Store.JDBC), null, clock));
        assertTrue(failure.getMessage().contains("cdi-login.remember-store is jdbc"), failure.getMessage());
        assertTrue(failure.getMessage().contains("java:comp/DefaultDataSource"), failure.getMessage());
    }

    @Test
    void jcacheIsTheDataGridsStore() {
        assertInstanceOf(JCacheTokenStore.class, TokenStores.choose(settings(Store.JCACHE), null, clock));
    }

    @Test
    void aTableTheApplicationOwnsThatIsMissingFailsTheStartEvenUnderAuto() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        for (Store store : new Store[] {Store.AUTO, Store.JDBC}) {
            RememberSettings owned = settings(store, new RememberSettings.Jdbc("java:app/jdbc/app", "AUTH.REMEMBER", false));
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> TokenStores.onDataSource(owned, () -> h2, clock), store + " fell back to memory");
            assertTrue(failure.getMessage().startsWith("CDILOGIN-035") && failure.getMessage().contains("AUTH.REMEMBER"),
                    failure.getMessage());
        }
    }

    @Test
    void theJdbcStoreUsesTheTableOfTheSettings() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        RememberSettings named = settings(Store.JDBC, new RememberSettings.Jdbc("java:app/jdbc/app", "MY_SERIES", true));
        assertInstanceOf(JdbcTokenStore.class, TokenStores.onDataSource(named, () -> h2, clock));
        try (var connection = h2.getConnection(); var tables = connection.getMetaData().getTables(null, null, "MY_SERIES", null)) {
            assertTrue(tables.next(), "the table of cdi-login.remember-store.table");
        }
    }

    private static RememberSettings settings(Store store) {
        return settings(store, RememberSettings.Jdbc.defaults());
    }

    private static RememberSettings settings(Store store, RememberSettings.Jdbc jdbc) {
        return new RememberSettings("remember_token", Duration.ofDays(365), null, null, RememberSettings.Secure.AUTO,
                true, "Lax", false, Duration.ofSeconds(10), store, jdbc);
    }
}
