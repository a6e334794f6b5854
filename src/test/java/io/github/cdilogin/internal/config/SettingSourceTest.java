package io.github.cdilogin.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SettingSource}: environment names and the order of sources. */
class SettingSourceTest {

    @Test
    void environmentNameUpperCasesAndReplacesEveryNonAlphanumeric() {
        assertEquals("CDI_LOGIN_SESSION_PROTECTION", SettingSource.environmentName("cdi-login.session-protection"));
        assertEquals("CDI_LOGIN_REMEMBER_COOKIE_DURATION",
                SettingSource.environmentName("cdi-login.remember-cookie.duration"));
    }

    @Test
    void orElseAsksTheFirstSourceFirst() {
        SettingSource first = Map.of("k", "first")::get;
        SettingSource second = Map.of("k", "second")::get;

        assertEquals("first", first.orElse(second).get("k"));
    }

    @Test
    void orElseFallsBackWhenTheFirstSourceHasNoValue() {
        SettingSource first = Map.<String, String>of()::get;
        SettingSource second = Map.of("k", "second")::get;

        assertEquals("second", first.orElse(second).get("k"));
    }

    @Test
    void orElseChainsAcrossThreeSources() {
        SettingSource chain = Map.<String, String>of()::get;
        chain = chain.orElse(Map.of("a", "2")::get).orElse(Map.of("a", "3", "b", "3")::get);

        assertEquals("2", chain.get("a"), "a");
        assertEquals("3", chain.get("b"), "b");
        assertNull(chain.get("c"), "c");
    }

    @Test
    void standardSourcesReadSystemProperties() {
        String key = "cdi-login.test-only." + System.nanoTime();
        System.setProperty(key, "from-property");
        try {
            assertEquals("from-property", SettingSource.standard(null).get(key));
        } finally {
            System.clearProperty(key);
        }
    }
}
