package io.github.cdilogin.internal.guard;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import java.lang.reflect.AnnotatedElement;

/** What a guard asks of the current login. */
public enum Requirement {
    /** {@link LoginRequired}. */
    LOGIN,
    /** {@link FreshLoginRequired}. */
    FRESH_LOGIN;

    /**
     * @param element a class or method
     * @return what its own annotations require, or {@code null}
     */
    public static Requirement of(AnnotatedElement element) {
        if (element.isAnnotationPresent(FreshLoginRequired.class)) {
            return FRESH_LOGIN;
        }
        return element.isAnnotationPresent(LoginRequired.class) ? LOGIN : null;
    }

    /**
     * @param a a requirement or {@code null}
     * @param b a requirement or {@code null}
     * @return the stricter of the two, {@code null} when both are
     */
    public static Requirement stricter(Requirement a, Requirement b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
