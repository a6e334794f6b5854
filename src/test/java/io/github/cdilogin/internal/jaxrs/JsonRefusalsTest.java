package io.github.cdilogin.internal.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.internal.config.GuardSettings;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.Setting;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.internal.guard.Refusal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonRefusals}: the headers of a JAX-RS refusal, with the challenge the settings give, or without one.
 * (Building the {@code Response} itself needs a JAX-RS runtime: the container tests show it.)
 */
class JsonRefusalsTest {

    private static LoginSettings withChallenge(String challenge) {
        LoginSettings read = LoginSettings.defaults();
        GuardSettings guards = read.guards();
        return new LoginSettings(new GuardSettings(guards.loginRequiredPaths(), guards.freshLoginRequiredPaths(),
                guards.exemptMethods(), challenge), read.views(), read.remember(), read.protection(), read.secret(),
                read.crossOrigin(), read.identity(), read.logoutSharing());
    }

    @Test
    void a401CarriesTheConfiguredChallenge() {
        LoginSettings settings = SettingsReader.read(Map.of(Setting.WWW_AUTHENTICATE.key(), "Bearer")::get);
        assertEquals(Map.of("Cache-Control", "no-store", "WWW-Authenticate", "Bearer"),
                JsonRefusals.headers(Refusal.UNAUTHORIZED, settings));
    }

    @Test
    void settingsWithoutAChallengeGiveA401WithoutItNeverAnError() {
        for (String challenge : new String[] {null, "", " "}) {
            assertEquals(Map.of("Cache-Control", "no-store"), JsonRefusals.headers(Refusal.UNAUTHORIZED, withChallenge(challenge)));
            assertEquals(Map.of("Cache-Control", "no-store"), JsonRefusals.headers(Refusal.NEEDS_REFRESH, withChallenge(challenge)));
            assertEquals(Map.of("Cache-Control", "no-store"), JsonRefusals.headers(Refusal.FORBIDDEN, withChallenge(challenge)));
        }
    }
}
