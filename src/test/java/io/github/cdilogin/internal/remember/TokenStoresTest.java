package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.config.RememberSettings.Store;
import java.time.Clock;
import java.time.Duration;
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

    private static RememberSettings settings(Store store) {
        return new RememberSettings("remember_token", Duration.ofDays(365), null, null, RememberSettings.Secure.AUTO,
                true, "Lax", false, Duration.ofSeconds(10), store, RememberSettings.Jdbc.defaults());
    }
}
