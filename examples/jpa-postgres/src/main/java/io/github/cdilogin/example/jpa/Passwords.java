package io.github.cdilogin.example.jpa;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes with Jakarta Security's {@link Pbkdf2PasswordHash}, which every EE server has: no
 * library of our own for the one part a login form must get right. cdi-login never sees a password;
 * checking one is the application's job, as in Flask-Login.
 *
 * <p>A stored hash names its algorithm, iterations and salt ({@code PBKDF2WithHmacSHA256:600000:...}),
 * so raising the parameters below leaves older rows valid.
 */
@ApplicationScoped
public class Passwords {

    /** PBKDF2-HMAC-SHA256 with OWASP's iteration count (2023); Jakarta Security's default is far lower. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Checked against when the user is unknown, so that the answer's timing does not tell which names exist. */
    private String nobody;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        nobody = pbkdf2.generate("not a password".toCharArray());
    }

    /** @return a new salted hash of the password, as the {@code password_hash} column keeps it */
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /**
     * Compares in constant time.
     *
     * @param password what the form sent, may be {@code null}
     * @param storedHash the account's hash, or {@code null} for an unknown user (then a dummy hash is
     *        checked, as long as a real one, and the answer is {@code false})
     * @return whether the password matches the stored hash
     */
    public boolean matches(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        boolean matches = pbkdf2.verify(password.toCharArray(), storedHash == null ? nobody : storedHash);
        return matches && storedHash != null;
    }
}
