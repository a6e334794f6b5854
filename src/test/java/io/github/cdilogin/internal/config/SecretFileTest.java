package io.github.cdilogin.internal.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdi-login.secret-file}: a key made once and kept, so remember cookies survive restarts. */
class SecretFileTest {

    @TempDir
    Path folder;

    private static LoginSettings read(Map<String, String> values) {
        return SettingsReader.read(values::get);
    }

    @Test
    void firstStartMakesAnOwnerOnlyKeyFileAndLaterStartsReadTheSameKey() throws Exception {
        Path file = folder.resolve("state/cdi-login.secret");
        Secret first = read(Map.of(Setting.SECRET_FILE.key(), file.toString())).secret();
        Secret second = read(Map.of(Setting.SECRET_FILE.key(), file.toString())).secret();

        assertTrue(Files.exists(file), "the key file was not made");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(first.key(), second.key(), "a restart must find the same key");
        assertFalse(first.isGenerated(), "a kept key is not one that dies with the server");
        assertEquals(32, first.key().length);
    }

    @Test
    void explicitSecretWinsOverTheFile() {
        String secret = java.util.Base64.getEncoder().encodeToString(new byte[40]);
        Secret chosen = read(Map.of(Setting.SECRET.key(), secret, Setting.SECRET_FILE.key(), folder.resolve("unused").toString())).secret();

        assertEquals(40, chosen.key().length);
        assertFalse(Files.exists(folder.resolve("unused")), "the file should not be made when a secret is set");
    }

    @Test
    void fileWithATooShortKeyFailsTheDeploymentNamingTheFile() throws Exception {
        Path file = folder.resolve("short.secret");
        Files.writeString(file, java.util.Base64.getEncoder().encodeToString(new byte[8]));

        InvalidSettingException refused = assertThrows(InvalidSettingException.class,
                () -> read(Map.of(Setting.SECRET_FILE.key(), file.toString())));
        assertTrue(refused.getMessage().contains("cdi-login.secret-file") && refused.getMessage().contains(file.toString())
                && refused.getMessage().contains("8 bytes"), refused.getMessage());
    }
}
