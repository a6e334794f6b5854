package io.github.cdilogin.internal.remember;

/**
 * The JDBC store may not create its table ({@code cdi-login.remember-store.create-table=false}) and a part it
 * needs is missing. Unlike an unreachable database, this fails the start even for {@code remember-store=auto}:
 * the application said it owns the table, so falling back to memory would hide its mistake.
 */
final class MissingTableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    MissingTableException(String message) {
        super(message);
    }
}
