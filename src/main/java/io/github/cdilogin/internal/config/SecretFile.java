package io.github.cdilogin.internal.config;

import static io.github.cdilogin.internal.config.Setting.SECRET_FILE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code cdi-login.secret-file}: a key kept in a file that the library makes on the first start
 * (readable by its owner only) and reads on every later one, so that remember cookies survive
 * restarts without anyone handling the secret. Servers that start together share it safely: the
 * first to create the file wins, the others read it.
 */
final class SecretFile {

    private SecretFile() {
    }

    static Secret readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (key.length < Secret.MIN_BYTES) {
                throw new InvalidSettingException(SECRET_FILE, file.toString(), "the file holds " + key.length
                        + " bytes; it must hold base64 of " + Secret.MIN_BYTES + " bytes or more (delete it to have one made)");
            }
            return new Secret(key, false);
        } catch (IOException | IllegalArgumentException unusable) {
            throw new InvalidSettingException(SECRET_FILE, file.toString(), "the file cannot be read or written ("
                    + unusable.getMessage() + "); name a file the server may create, or delete a damaged one");
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[Secret.MIN_BYTES];
        new SecureRandom().nextBytes(key);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's permissions apply.
            }
        } catch (FileAlreadyExistsException raced) {
            // Another server made it first: read theirs.
        }
    }
}
