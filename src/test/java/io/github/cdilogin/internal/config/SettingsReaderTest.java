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
        assertNull(LoginSettings.defaults().views().loginView());
    }

    @Test
    void noRefreshViewByDefault() {
        assertNull(LoginSettings.defaults().views().refreshView());
    }

    @Test
    void noGuardedPathsByDefault() {
        LoginSettings settings = LoginSettings.defaults();

        assertEquals(List.of(), settings.guards().loginRequiredPaths(), "login-required paths");
        assertEquals(List.of(), settings.guards().freshLoginRequiredPaths(), "fresh-login-required paths");
    }

    @Test
    void onlyOptionsIsExemptByDefault() {
        assertEquals(Set.of("OPTIONS"), LoginSettings.defaults().guards().exemptMethods());
    }

    @Test
    void sessionProtectionIsBasicByDefault() {
        assertEquals(SessionProtection.BASIC, LoginSettings.defaults().protection().mode());
    }

    @Test
    void rememberDurationIs365DaysByDefault() {
        assertEquals(Duration.ofDays(365), LoginSettings.defaults().remember().duration());
    }

    @Test
    void wwwAuthenticateNamesTheLibraryRealmByDefault() {
        assertEquals("Session realm=\"cdi-login\"", LoginSettings.defaults().guards().wwwAuthenticate());
    }

    @Test
    void blankValuesMeanTheDefault() {
        LoginSettings settings = read(Setting.LOGIN_VIEW.key(), "  ", Setting.SESSION_PROTECTION.key(), " ",
                Setting.REMEMBER_DURATION.key(), "");

        assertNull(settings.views().loginView(), "login view");
        assertEquals(SessionProtection.BASIC, settings.protection().mode(), "session protection");
        assertEquals(Duration.ofDays(365), settings.remember().duration(), "remember duration");
    }

    // Valid values.

    @Test
    void loginViewIsTrimmed() {
        assertEquals("/login", read(Setting.LOGIN_VIEW.key(), " /login ").views().loginView());
    }

    @Test
    void loginViewMayCarryAQuery() {
        assertEquals("/account/login?lang=en", read(Setting.LOGIN_VIEW.key(), "/account/login?lang=en").views().loginView());
    }

    @Test
    void sessionProtectionIgnoresCase() {
        assertEquals(SessionProtection.STRONG, read(Setting.SESSION_PROTECTION.key(), "Strong").protection().mode());
        assertEquals(SessionProtection.NONE, read(Setting.SESSION_PROTECTION.key(), " none ").protection().mode());
    }

    @Test
    void rememberDurationIsAnIsoDuration() {
        assertEquals(Duration.ofHours(12), read(Setting.REMEMBER_DURATION.key(), "PT12H").remember().duration());
    }

    @Test
    void pathPrefixesAreTrimmedAndLoseTheirTrailingSlash() {
        LoginSettings settings = read(Setting.LOGIN_REQUIRED_PATHS.key(), " /admin/ , /account,,/reports/x/ ");

        assertEquals(List.of("/admin", "/account", "/reports/x"), settings.guards().loginRequiredPaths());
    }

    @Test
    void pathPrefixLosesAllItsTrailingSlashes() {
        assertEquals(List.of("/admin"), read(Setting.LOGIN_REQUIRED_PATHS.key(), "/admin//").guards().loginRequiredPaths());
    }

    @Test
    void rootPathPrefixStaysRoot() {
        assertEquals(List.of("/"), read(Setting.FRESH_LOGIN_REQUIRED_PATHS.key(), "/").guards().freshLoginRequiredPaths());
    }

    @Test
    void exemptMethodsAreTrimmedAndUpperCased() {
        assertEquals(Set.of("OPTIONS", "GET", "HEAD"),
                read(Setting.EXEMPT_METHODS.key(), "options, Get ,HEAD").guards().exemptMethods());
    }

    @Test
    void emptyExemptMethodsExemptNothing() {
        LoginSettings settings = read(Setting.EXEMPT_METHODS.key(), "");

        assertEquals(Set.of(), settings.guards().exemptMethods(), "exempt methods");
        assertFalse(settings.isExempt("OPTIONS"), "OPTIONS exempt");
    }

    @Test
    void isExemptMatchesTheRequestMethodCaseSensitively() {
        LoginSettings settings = LoginSettings.defaults();

        assertTrue(settings.isExempt("OPTIONS"), "OPTIONS");
        assertFalse(settings.isExempt("options"), "options: HTTP methods are case-sensitive");
        assertFalse(settings.isExempt("Options"), "Options");
        assertFalse(settings.isExempt("GET"), "GET");
        assertFalse(settings.isExempt(null), "null");
    }

    @Test
    void settingsListsCannotBeChangedAfterReading() {
        LoginSettings settings = read(Setting.LOGIN_REQUIRED_PATHS.key(), "/admin");

        assertThrows(UnsupportedOperationException.class, () -> settings.guards().loginRequiredPaths().add("/x"));
        assertThrows(UnsupportedOperationException.class, () -> settings.guards().exemptMethods().add("GET"));
    }

    // Invalid values: key, value, what is allowed, where to fix.

    @Test
    void unknownSessionProtectionIsRefusedNamingTheThreeValues() {
        String message = refusal(Setting.SESSION_PROTECTION.key(), "paranoid");

        assertMentions(message, "cdi-login.session-protection", "'paranoid'", "use none, basic or strong",
                "CDI_LOGIN_SESSION_PROTECTION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"365 days", "365", "P1Y"})
    void nonIsoRememberDurationIsRefused(String value) {
        String message = refusal(Setting.REMEMBER_DURATION.key(), value);

        assertMentions(message, "cdi-login.remember-cookie.duration", "'" + value + "'",
                "a positive ISO-8601 duration such as P365D", "CDI_LOGIN_REMEMBER_COOKIE_DURATION");
    }

    @Test
    void zeroRememberDurationIsRefused() {
        assertMentions(refusal(Setting.REMEMBER_DURATION.key(), "PT0S"), "'PT0S'", "positive ISO-8601 duration");
    }

    @Test
    void negativeRememberDurationIsRefused() {
        assertMentions(refusal(Setting.REMEMBER_DURATION.key(), "-P1D"), "'-P1D'", "positive ISO-8601 duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.com", "http://x", "login", "/a\\b", "\\\\evil.com", "/log in"})
    void loginViewOutsideTheApplicationIsRefused(String value) {
        String message = refusal(Setting.LOGIN_VIEW.key(), value);

        assertMentions(message, "cdi-login.login-view", "'" + value + "'", "starts with one '/', such as /login",
                "CDI_LOGIN_LOGIN_VIEW");
    }

    @Test
    void refreshViewOutsideTheApplicationIsRefused() {
        assertMentions(refusal(Setting.REFRESH_VIEW.key(), "//evil.com/refresh"), "cdi-login.refresh-view",
                "'//evil.com/refresh'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPTIONS, GET HEAD", "OPT1ONS", "GET;HEAD", "*"})
    void exemptMethodsWithABadTokenAreRefused(String value) {
        String message = refusal(Setting.EXEMPT_METHODS.key(), value);

        assertMentions(message, "cdi-login.exempt-methods", "'" + value + "'",
                "comma-separated list of HTTP methods such as OPTIONS", "an empty value for none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/*", "/admin*", "*"})
    void pathPrefixWithAWildcardIsRefused(String value) {
        String message = refusal(Setting.LOGIN_REQUIRED_PATHS.key(), "/account, " + value);

        assertMentions(message, "cdi-login.login-required-paths", "'/account, " + value + "'", "no wildcards",
                "a prefix covers everything below it");
    }

    @Test
    void pathPrefixWithoutLeadingSlashIsRefused() {
        assertMentions(refusal(Setting.FRESH_LOGIN_REQUIRED_PATHS.key(), "admin"),
                "cdi-login.fresh-login-required-paths", "'admin'", "each start with one '/'");
    }

    @Test
    void wwwAuthenticateWithALineBreakIsRefused() {
        assertMentions(refusal(Setting.WWW_AUTHENTICATE.key(), "Session\r\nSet-Cookie: x=1"),
                "cdi-login.www-authenticate", "printable ASCII only");
    }

    // Cross-origin protection.

    @Test
    void crossOriginProtectionCoversTheLibrarysStateChangesByDefaultWithNoTrustedOrigin() {
        CrossOriginSettings crossOrigin = LoginSettings.defaults().crossOrigin();

        assertEquals(CrossOriginSettings.Protection.LOGIN, crossOrigin.protection());
        assertEquals(Set.of(), crossOrigin.trustedOrigins());
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "ALL", " All "})
    void crossOriginProtectionReadsItsModeInAnyCase(String value) {
        assertEquals(CrossOriginSettings.Protection.ALL, read(Setting.CROSS_ORIGIN_PROTECTION.key(), value).crossOrigin().protection());
    }

    @Test
    void crossOriginProtectionCanBeTurnedOff() {
        assertEquals(CrossOriginSettings.Protection.OFF, read(Setting.CROSS_ORIGIN_PROTECTION.key(), "off").crossOrigin().protection());
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "true", "strict", "none"})
    void crossOriginProtectionWithAnUnknownModeIsRefused(String value) {
        assertMentions(refusal(Setting.CROSS_ORIGIN_PROTECTION.key(), value), "cdi-login.cross-origin-protection", "'" + value + "'",
                "login", "all", "off", "CDI_LOGIN_CROSS_ORIGIN_PROTECTION");
    }

    @Test
    void trustedOriginsAreKeptInOneSpelling() {
        assertEquals(Set.of("https://login.example.com:443", "http://intranet.example:8080"),
                read(Setting.TRUSTED_ORIGINS.key(), "HTTPS://Login.Example.com, ,http://intranet.example:8080").crossOrigin().trustedOrigins());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*.example.com", "login.example.com", "https://login.example.com/",
            "https://login.example.com/login", "null", "ftp://files.example.com", "https://login.example.com:0x1"})
    void trustedOriginsThatAreNoOriginAreRefused(String value) {
        assertMentions(refusal(Setting.TRUSTED_ORIGINS.key(), "https://ok.example.com," + value), "cdi-login.trusted-origins",
                "scheme, host and port only", "no wildcards");
    }

    // The JDBC store's table: its name is part of the store's SQL.

    @Test
    void theJdbcStoreUsesTheDefaultTableAndCreatesItByDefault() {
        RememberSettings.Jdbc jdbc = LoginSettings.defaults().remember().jdbc();

        assertEquals(new RememberSettings.Jdbc("java:comp/DefaultDataSource", "CDI_LOGIN_REMEMBER", true), jdbc);
    }

    @Test
    void aPlainOrSchemaQualifiedTableNameIsTakenAsItIs() {
        assertEquals("auth.Remember_2", read(Setting.REMEMBER_TABLE.key(), " auth.Remember_2 ").remember().jdbc().table());
        assertEquals("_T", read(Setting.REMEMBER_TABLE.key(), "_T").remember().jdbc().table());
        assertEquals("T".repeat(128), read(Setting.REMEMBER_TABLE.key(), "T".repeat(128)).remember().jdbc().table());
        assertFalse(read(Setting.REMEMBER_CREATE_TABLE.key(), "false").remember().jdbc().createTable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CDI_LOGIN_REMEMBER; DROP TABLE USERS", "REMEMBER WHERE 1=1", "\"REMEMBER\"", "`REMEMBER`",
            "[REMEMBER]", "a.b.c", ".REMEMBER", "REMEMBER.", "1REMEMBER", "REMEMBER--", "REMEMBER/*", "RÉMEMBER",
            "REM\u0000EMBER", "REM\nEMBER"})
    void aTableNameThatIsNotPlainSqlIsRefusedNamingTheSetting(String value) {
        assertMentions(refusal(Setting.REMEMBER_TABLE.key(), value), "cdi-login.remember-store.table",
                "a plain SQL table name", "CDI_LOGIN_REMEMBER_STORE_TABLE");
    }

    @Test
    void aTableNameLongerThan128CharactersIsRefused() {
        assertMentions(refusal(Setting.REMEMBER_TABLE.key(), "T".repeat(129)), "at most 128 characters");
        assertMentions(refusal(Setting.REMEMBER_TABLE.key(), "S".repeat(64) + "." + "T".repeat(64)), "at most 128");
    }

    @Test
    void createTableIsTrueOrFalse() {
        assertMentions(refusal(Setting.REMEMBER_CREATE_TABLE.key(), "no"), "cdi-login.remember-store.create-table",
                "use true or false");
    }

    // The platform's view of the user.

    @Test
    void thePlatformSeesNobodyByDefaultSoThatNoServerLoadsTheUserOfARequestThatDoesNotAsk() {
        assertEquals(ContainerIdentity.NONE, LoginSettings.defaults().identity());
    }

    @Test
    void containerIdentityRequestIsReadInAnyCase() {
        assertEquals(ContainerIdentity.REQUEST, read("cdi-login.container-identity", " Request ").identity());
    }

    @Test
    void containerIdentityNoneIsReadInAnyCase() {
        assertEquals(ContainerIdentity.NONE, read("cdi-login.container-identity", " None ").identity());
    }

    @Test
    void containerIdentityJakartaSecurityIsReadInAnyCase() {
        assertEquals(ContainerIdentity.JAKARTA_SECURITY, read("cdi-login.container-identity", " Jakarta-Security ").identity());
    }

    @Test
    void unknownContainerIdentityIsRefusedNamingTheChoices() {
        assertMentions(refusal("cdi-login.container-identity", "session"),
                "CDILOGIN-008", "cdi-login.container-identity", "session", "use none, request or jakarta-security");
    }
}
