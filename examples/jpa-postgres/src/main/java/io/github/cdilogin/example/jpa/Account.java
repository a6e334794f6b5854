package io.github.cdilogin.example.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the {@code app_user} table ({@code META-INF/sql/create.sql}): what the application stores of
 * a user, password hash included. It never leaves {@link Users}: pages and JSON get the {@link User}
 * made from it, which has no hash.
 */
@Entity
@Table(name = "app_user")
public class Account {

    /** The {@code username} column's length. */
    static final int MAX_USERNAME_LENGTH = 64;

    @Id
    @Column(name = "username", length = MAX_USERNAME_LENGTH)
    private String username;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    /** Pbkdf2PasswordHash's own text: {@code algorithm:iterations:salt:hash}, so each row says how it was made. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** For JPA. */
    protected Account() {
    }

    Account(String username, String name, String passwordHash, boolean active) {
        this.username = username;
        this.name = name;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** @return what the rest of the application sees of this account */
    User toUser() {
        return new User(username, name, active);
    }
}
