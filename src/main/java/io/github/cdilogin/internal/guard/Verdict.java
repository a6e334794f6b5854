package io.github.cdilogin.internal.guard;

/** A guard's answer, and the JSON body that tells an API client about a refusal. */
public enum Verdict {
    /** Go on. */
    ALLOWED(null),
    /** Nobody is logged in: Flask-Login's {@code unauthorized()}. */
    UNAUTHORIZED("{\"error\":\"unauthorized\"}"),
    /** Logged in, but not freshly enough: Flask-Login's {@code needs_refresh()}. */
    NEEDS_REFRESH("{\"error\":\"fresh login required\"}");

    private final String json;

    Verdict(String json) {
        this.json = json;
    }

    /** @return the body of the 401 answer */
    public String json() {
        return json;
    }
}
