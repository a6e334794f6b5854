package io.github.cdilogin.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A misspelled key is not ignored without a word (issue 17): CDILOGIN-009 names it and the key meant. */
class UnknownSettingsTest {

    @Test
    void aMisspelledKeyIsReportedWithTheClosestKnownKey() {
        List<String> warnings = UnknownSettings.warnings(List.of("cdi-login.remember-cookie-name"));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("CDILOGIN-009: the setting cdi-login.remember-cookie-name is not one of"
                + " cdi-login's, so it is ignored. Did you mean cdi-login.remember-cookie.name?"), warnings.get(0));
    }

    @Test
    void aKeyWithoutItsHyphenNamesTheKeyMeant() {
        assertTrue(UnknownSettings.warnings(List.of("cdi-login.loginview")).get(0)
                .contains("Did you mean cdi-login.login-view?"));
    }

    @Test
    void aMisspelledEnvironmentVariableNamesTheVariableMeant() {
        List<String> warnings = UnknownSettings.warnings(List.of("CDI_LOGIN_LOGINVIEW", "CDI_LOGIN_SECRET"));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("CDI_LOGIN_LOGINVIEW is not one of cdi-login's")
                && warnings.get(0).contains("Did you mean CDI_LOGIN_LOGIN_VIEW?"), warnings.get(0));
    }

    @Test
    void knownKeysAndOtherNamesAreNotReported() {
        List<String> names = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            names.add(setting.key());
            names.add(SettingSource.environmentName(setting.key()));
        }
        names.addAll(List.of("java.home", "cdi-loginx", "CDI_LOGINX", "mp.config.profile", "cdi-login-logouts"));

        assertEquals(List.of(), UnknownSettings.warnings(names));
    }

    @Test
    void aKeyThatTwoSourcesHoldIsReportedOnce() {
        assertEquals(1, UnknownSettings.warnings(List.of("cdi-login.sesion-protection", "cdi-login.sesion-protection"))
                .size());
    }

    @Test
    void aTypoInASystemPropertyOrAContextParameterIsAWarningAtStart() {
        String property = "cdi-login.remember-cookie-name";
        String parameter = "cdi-login.loginview";
        ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> method.getName().equals("getInitParameterNames")
                        ? Collections.enumeration(List.of(parameter, "cdi-login.login-view")) : null);
        List<LogRecord> records = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(UnknownSettings.class.getName());
        logger.addHandler(recorder);
        System.setProperty(property, "remember");
        try {
            UnknownSettings.warnAbout(context);
        } finally {
            System.clearProperty(property);
            logger.removeHandler(recorder);
        }

        List<String> ours = records.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage)
                .filter(m -> m.contains(property + " ") || m.contains(parameter + " ")).toList();
        assertEquals(2, ours.size(), ours.toString());
        assertTrue(ours.stream().anyMatch(m -> m.contains("Did you mean cdi-login.remember-cookie.name?")), ours.toString());
        assertTrue(ours.stream().anyMatch(m -> m.contains("Did you mean cdi-login.login-view?")), ours.toString());
    }
}
