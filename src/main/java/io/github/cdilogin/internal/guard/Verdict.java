package io.github.cdilogin.internal.guard;

/** A guard's answer; a refusal is told as its {@link Refusal}. */
public enum Verdict {
    /** Go on. */
    ALLOWED,
    /** Nobody is logged in: Flask-Login's {@code unauthorized()}. */
    UNAUTHORIZED,
    /** Logged in, but not freshly enough: Flask-Login's {@code needs_refresh()}. */
    NEEDS_REFRESH
}
