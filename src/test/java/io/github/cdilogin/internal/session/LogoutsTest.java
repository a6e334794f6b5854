package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.config.InvalidSettingException;
import io.github.cdilogin.internal.config.LogoutSharing;
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
    private final List<LogRecord> infos = new ArrayList<>();
    private final Logger logger = Logger.getLogger(Logouts.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            } else if (record.getLevel() == Level.INFO) {
                infos.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
        logger.setLevel(levelBefore);
    }

    private static RememberSettings store(String store) {
        return SettingsReader.read(Map.of("cdi-login.remember-store", store)::get).remember();
    }

    @Test
    void anApplicationThatIsNotDistributableRecordsNothingAndWarnsOfNothing() {
        for (String store : List.of("auto", "memory", "jdbc", "jcache")) {
            assertSame(Logouts.LOCAL, Logouts.choose(false, LogoutSharing.AUTO, timeout, store(store), false, clock), store);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDistributableApplicationOnAServerWithJcacheSharesLogoutsWhateverTheRememberStore() {
        for (String store : List.of("auto", "memory", "jdbc", "jcache")) {
            for (boolean applicationStore : new boolean[] {false, true}) {
                Logouts logouts = Logouts.choose(true, LogoutSharing.AUTO, timeout, store(store), applicationStore, clock);
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
            assertSame(Logouts.LOCAL, Logouts.choose(true, LogoutSharing.AUTO, timeout, store("jdbc"), false, clock));
            assertSame(Logouts.LOCAL, Logouts.choose(true, LogoutSharing.AUTO, timeout, store("memory"), false, clock));
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

    @Test
    void sharedLogoutsOffMakesADistributableApplicationOnAServerWithJcacheRecordAndReadNothingAndSaySoOnce() {
        // the same server as the JCache test above, where auto shares: off must win over it
        for (String store : List.of("auto", "memory", "jdbc", "jcache")) {
            assertSame(Logouts.LOCAL, Logouts.choose(true, sharing("off"), timeout, store(store), false, clock), store);
        }
        assertEquals(List.of(), warnings);
        assertEquals(4, infos.size(), () -> infos.toString());
        assertTrue(infos.get(0).getMessage().contains("cdi-login.shared-logouts=off")
                && infos.get(0).getMessage().contains("must not be copied"), infos.get(0).getMessage());
    }

    @Test
    void sharedLogoutsIsAutoUnlessSetAndRefusesAnythingButAutoOrOffNamingTheKey() {
        assertEquals(LogoutSharing.AUTO, SettingsReader.read(key -> null).logoutSharing());
        assertEquals(LogoutSharing.AUTO, sharing("auto"));
        assertEquals(LogoutSharing.OFF, sharing(" OFF "));
        for (String wrong : List.of("false", "no", "none", "of")) {
            InvalidSettingException refused = assertThrows(InvalidSettingException.class, () -> sharing(wrong), wrong);
            assertTrue(refused.getMessage().contains("cdi-login.shared-logouts") && refused.getMessage().contains("auto or off"),
                    refused.getMessage());
        }
    }

    private static LogoutSharing sharing(String value) {
        return SettingsReader.read(Map.of("cdi-login.shared-logouts", value)::get).logoutSharing();
    }
}
