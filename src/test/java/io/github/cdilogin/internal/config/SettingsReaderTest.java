package io.github.cdilogin.internal.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.SessionProtection;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SettingsReader}: the defaults, what it accepts, and a message naming key, value and fix for what it refuses. */
class SettingsReaderTest {

    private static LoginSettings read(String... keysAndValues) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return SettingsReader.read(values::get);
    }

    private static String refusal(String key, String value) {
        InvalidSettingException refused = assertThrows(InvalidSettingException.class, () -> read(key, value),
                key + "=" + value + " was accepted");
        return refused.getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        assertAll(Arrays.stream(parts).map(part -> (Executable) () -> assertTrue(message.contains(part),
                "expected '" + part + "' in: " + message)));
    }

    // Defaults.

    @Test
    void noLoginViewByDefault() {
        assertNull(LoginSettings.defaults().loginView());
    }

    @Test
    void noRefreshViewByDefault() {
        assertNull(LoginSettings.defaults().refreshView());
    }

    @Test
    void noGuardedPathsByDefault() {
        LoginSettings settings = LoginSettings.defaults();

        assertEquals(List.of(), settings.loginRequiredPaths(), "login-required paths");
        assertEquals(List.of(), settings.freshLoginRequiredPaths(), "fresh-login-required paths");
    }

    @Test
    void onlyOptionsIsExemptByDefault() {
        assertEquals(Set.of("OPTIONS"), LoginSettings.defaults().exemptMethods());
    }

    @Test
    void sessionProtectionIsBasicByDefault() {
        assertEquals(SessionProtection.BASIC, LoginSettings.defaults().sessionProtection());
    }

    @Test
    void rememberDurationIs365DaysByDefault() {
        assertEquals(Duration.ofDays(365), LoginSettings.defaults().rememberDuration());
    }

    @Test
    void wwwAuthenticateNamesTheLibraryRealmByDefault() {
        assertEquals("Session realm=\"cdi-login\"", LoginSettings.defaults().wwwAuthenticate());
    }

    @Test
    void blankValuesMeanTheDefault() {
        LoginSettings settings = read(LoginSettings.LOGIN_VIEW, "  ", LoginSettings.SESSION_PROTECTION, " ",
                LoginSettings.REMEMBER_DURATION, "");

        assertNull(settings.loginView(), "login view");
        assertEquals(SessionProtection.BASIC, settings.sessionProtection(), "session protection");
        assertEquals(Duration.ofDays(365), settings.rememberDuration(), "remember duration");
    }

    // Valid values.

    @Test
    void loginViewIsTrimmed() {
        assertEquals("/login", read(LoginSettings.LOGIN_VIEW, " /login ").loginView());
    }

    @Test
    void loginViewMayCarryAQuery() {
        assertEquals("/account/login?lang=en", read(LoginSettings.LOGIN_VIEW, "/account/login?lang=en").loginView());
    }

    @Test
    void sessionProtectionIgnoresCase() {
        assertEquals(SessionProtection.STRONG, read(LoginSettings.SESSION_PROTECTION, "Strong").sessionProtection());
        assertEquals(SessionProtection.NONE, read(LoginSettings.SESSION_PROTECTION, " none ").sessionProtection());
    }

    @Test
    void rememberDurationIsAnIsoDuration() {
        assertEquals(Duration.ofHours(12), read(LoginSettings.REMEMBER_DURATION, "PT12H").rememberDuration());
    }

    @Test
    void pathPrefixesAreTrimmedAndLoseTheirTrailingSlash() {
        LoginSettings settings = read(LoginSettings.LOGIN_REQUIRED_PATHS, " /admin/ , /account,,/reports/x/ ");

        assertEquals(List.of("/admin", "/account", "/reports/x"), settings.loginRequiredPaths());
    }

    @Test
    void pathPrefixLosesAllItsTrailingSlashes() {
        assertEquals(List.of("/admin"), read(LoginSettings.LOGIN_REQUIRED_PATHS, "/admin//").loginRequiredPaths());
    }

    @Test
    void rootPathPrefixStaysRoot() {
        assertEquals(List.of("/"), read(LoginSettings.FRESH_LOGIN_REQUIRED_PATHS, "/").freshLoginRequiredPaths());
    }

    @Test
    void exemptMethodsAreTrimmedAndUpperCased() {
        assertEquals(Set.of("OPTIONS", "GET", "HEAD"),
                read(LoginSettings.EXEMPT_METHODS, "options, Get ,HEAD").exemptMethods());
    }

    @Test
    void emptyExemptMethodsExemptNothing() {
        LoginSettings settings = read(LoginSettings.EXEMPT_METHODS, "");

        assertEquals(Set.of(), settings.exemptMethods(), "exempt methods");
        assertFalse(settings.isExempt("OPTIONS"), "OPTIONS exempt");
    }

    @Test
    void isExemptIgnoresTheCaseOfTheRequestMethod() {
        LoginSettings settings = LoginSettings.defaults();

        assertTrue(settings.isExempt("options"), "options");
        assertFalse(settings.isExempt("GET"), "GET");
        assertFalse(settings.isExempt(null), "null");
    }

    @Test
    void settingsListsCannotBeChangedAfterReading() {
        LoginSettings settings = read(LoginSettings.LOGIN_REQUIRED_PATHS, "/admin");

        assertThrows(UnsupportedOperationException.class, () -> settings.loginRequiredPaths().add("/x"));
        assertThrows(UnsupportedOperationException.class, () -> settings.exemptMethods().add("GET"));
    }

    // Invalid values: key, value, what is allowed, where to fix.

    @Test
    void unknownSessionProtectionIsRefusedNamingTheThreeValues() {
        String message = refusal(LoginSettings.SESSION_PROTECTION, "paranoid");

        assertMentions(message, "cdi-login.session-protection", "'paranoid'", "use none, basic or strong",
                "CDI_LOGIN_SESSION_PROTECTION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"365 days", "365", "P1Y"})
    void nonIsoRememberDurationIsRefused(String value) {
        String message = refusal(LoginSettings.REMEMBER_DURATION, value);

        assertMentions(message, "cdi-login.remember-cookie.duration", "'" + value + "'",
                "a positive ISO-8601 duration such as P365D", "CDI_LOGIN_REMEMBER_COOKIE_DURATION");
    }

    @Test
    void zeroRememberDurationIsRefused() {
        assertMentions(refusal(LoginSettings.REMEMBER_DURATION, "PT0S"), "'PT0S'", "positive ISO-8601 duration");
    }

    @Test
    void negativeRememberDurationIsRefused() {
        assertMentions(refusal(LoginSettings.REMEMBER_DURATION, "-P1D"), "'-P1D'", "positive ISO-8601 duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.com", "http://x", "login", "/a\\b", "\\\\evil.com", "/log in"})
    void loginViewOutsideTheApplicationIsRefused(String value) {
        String message = refusal(LoginSettings.LOGIN_VIEW, value);

        assertMentions(message, "cdi-login.login-view", "'" + value + "'", "starts with one '/', such as /login",
                "CDI_LOGIN_LOGIN_VIEW");
    }

    @Test
    void refreshViewOutsideTheApplicationIsRefused() {
        assertMentions(refusal(LoginSettings.REFRESH_VIEW, "//evil.com/refresh"), "cdi-login.refresh-view",
                "'//evil.com/refresh'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPTIONS, GET HEAD", "OPT1ONS", "GET;HEAD", "*"})
    void exemptMethodsWithABadTokenAreRefused(String value) {
        String message = refusal(LoginSettings.EXEMPT_METHODS, value);

        assertMentions(message, "cdi-login.exempt-methods", "'" + value + "'",
                "comma-separated list of HTTP methods such as OPTIONS", "an empty value for none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/*", "/admin*", "*"})
    void pathPrefixWithAWildcardIsRefused(String value) {
        String message = refusal(LoginSettings.LOGIN_REQUIRED_PATHS, "/account, " + value);

        assertMentions(message, "cdi-login.login-required-paths", "'/account, " + value + "'", "no wildcards",
                "a prefix covers everything below it");
    }

    @Test
    void pathPrefixWithoutLeadingSlashIsRefused() {
        assertMentions(refusal(LoginSettings.FRESH_LOGIN_REQUIRED_PATHS, "admin"),
                "cdi-login.fresh-login-required-paths", "'admin'", "each start with one '/'");
    }

    @Test
    void wwwAuthenticateWithALineBreakIsRefused() {
        assertMentions(refusal(LoginSettings.WWW_AUTHENTICATE, "Session\r\nSet-Cookie: x=1"),
                "cdi-login.www-authenticate", "printable ASCII only");
    }
}
