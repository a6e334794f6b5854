package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.config.SettingsReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a deployment records logouts: the session side decides, from whether the application is
 * distributable and what the server has, whatever the remember store.
 */
class LogoutsTest {

    private final Clock clock = Clock.systemUTC();
    private final Duration timeout = Duration.ofMinutes(30);
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger logger = Logger.getLogger(Logouts.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    private static RememberSettings store(String store) {
        return SettingsReader.read(Map.of("cdi-login.remember-store", store)::get).remember();
    }

    @Test
    void anApplicationThatIsNotDistributableRecordsNothingAndWarnsOfNothing() {
        for (String store : List.of("auto", "memory", "jdbc", "jcache")) {
            assertSame(Logouts.LOCAL, Logouts.choose(false, timeout, store(store), false, clock), store);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDistributableApplicationOnAServerWithJcacheSharesLogoutsWhateverTheRememberStore() {
        for (String store : List.of("auto", "memory", "jdbc", "jcache")) {
            for (boolean applicationStore : new boolean[] {false, true}) {
                Logouts logouts = Logouts.choose(true, timeout, store(store), applicationStore, clock);
                assertInstanceOf(SharedLogouts.class, logouts, store + ", own store " + applicationStore);
                assertTrue(logouts.toString().contains(JCacheLogouts.CACHE), logouts::toString);
            }
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDistributableApplicationWithNoSharedPlaceWarnsOnceWithItsIdAndTheFix() throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        // a class loader that has no javax.cache, as GlassFish, WildFly and Open Liberty's web profile have none
        try (URLClassLoader withoutJcache = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(withoutJcache);
            // jdbc: no JNDI here, so no DataSource; memory: nowhere shared at all
            assertSame(Logouts.LOCAL, Logouts.choose(true, timeout, store("jdbc"), false, clock));
            assertSame(Logouts.LOCAL, Logouts.choose(true, timeout, store("memory"), false, clock));
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        assertEquals(2, warnings.size(), () -> warnings.toString());
        String jdbc = warnings.get(0).getMessage();
        assertTrue(jdbc.startsWith("CDILOGIN-029: ") && jdbc.contains("the DataSource java:comp/DefaultDataSource cannot"
                + " hold the table CDI_LOGIN_LOGOUTS") && jdbc.contains("<distributable/>"), jdbc);
        String memory = warnings.get(1).getMessage();
        assertTrue(memory.startsWith("CDILOGIN-029: ") && memory.contains("cdi-login.remember-store is not jdbc")
                && memory.contains("set cdi-login.remember-store=jdbc"), memory);
    }
}
