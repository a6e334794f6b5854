package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.support.TestDeployment;
import java.util.Locale;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The login and refresh messages (Flask-Login's login_message and needs_refresh_message), with
 * Flask-Login's defaults, or localised through a ResourceBundle (its localize_callback). Outside an
 * HTTP request the JVM's default locale stands for the request's.
 */
class LoginMessagesTest {

    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restore() {
        System.clearProperty("cdi-login.message-bundle");
        System.clearProperty("cdi-login.login-message");
        Locale.setDefault(defaultLocale);
    }

    private static String[] messages() {
        try (WeldContainer container = TestDeployment.weld().initialize()) {
            LoginMessages messages = container.select(LoginMessages.class).get();
            return new String[] {messages.getLoginMessage(), messages.getRefreshMessage()};
        }
    }

    @Test
    void defaultsAreFlaskLogins() {
        String[] messages = messages();
        assertEquals("Please log in to access this page.", messages[0]);
        assertEquals("Please reauthenticate to access this page.", messages[1]);
    }

    @Test
    void bundleLocalisesBothMessages() {
        System.setProperty("cdi-login.message-bundle", "io.github.cdilogin.support.Messages");
        Locale.setDefault(Locale.FRENCH);
        String[] messages = messages();
        assertEquals("Veuillez vous connecter pour accéder à cette page.", messages[0]);
        assertEquals("Veuillez vous réauthentifier.", messages[1]);
    }

    @Test
    void keyMissingFromTheBundleFallsBackToTheSetting() {
        System.setProperty("cdi-login.message-bundle", "io.github.cdilogin.support.Messages");
        Locale.setDefault(Locale.GERMAN);
        String[] messages = messages();
        assertEquals("Sign in first, please.", messages[0]);
        assertEquals("Please reauthenticate to access this page.", messages[1]);
    }

    @Test
    void emptyMessageTurnsItOff() {
        System.setProperty("cdi-login.login-message", "");
        assertEquals("", messages()[0]);
    }
}
