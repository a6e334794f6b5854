package io.github.cdilogin.internal.guard;

import java.util.Map;

/**
 * The library's refusals as a client reads them, whichever door answers (the servlet filters, the JAX-RS
 * filters and exception mappers): the status, the JSON body and the headers. They are written down here
 * only; the servlet side ({@code internal.web.ServletRefusals}) and the JAX-RS side
 * ({@code internal.jaxrs.JsonRefusals}) copy them onto their responses.
 */
public enum Refusal {
    /** Nobody is logged in: Flask-Login's {@code unauthorized()}. */
    UNAUTHORIZED(401, "{\"error\":\"unauthorized\"}"),
    /** Logged in, but not freshly enough: Flask-Login's {@code needs_refresh()}. */
    NEEDS_REFRESH(401, "{\"error\":\"fresh login required\"}"),
    /** Logged in, but refused: no role the resource allows, or an EJB the container would not call. */
    FORBIDDEN(403, "{\"error\":\"forbidden\"}"),
    /** A state change a page on another site asked for. */
    CROSS_SITE(403, "{\"error\":\"cross-site request\"}");

    /** The type of {@link #json()}. */
    public static final String JSON = "application/json";
    /** {@link #CROSS_SITE} for a client that does not ask for JSON (a browser's form post): never a redirect. */
    public static final String CROSS_SITE_TEXT = "This request came from another site, and was refused.\n";

    private final int status;
    private final String json;

    Refusal(int status, String json) {
        this.status = status;
        this.json = json;
    }

    /**
     * @param verdict a guard's refusal
     * @return how it is told
     */
    public static Refusal of(Verdict verdict) {
        return switch (verdict) {
            case UNAUTHORIZED -> UNAUTHORIZED;
            case NEEDS_REFRESH -> NEEDS_REFRESH;
            case ALLOWED -> throw new IllegalArgumentException("an allowed request is not refused");
        };
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the body, of type {@link #JSON} */
    public String json() {
        return json;
    }

    /**
     * @param challenge the {@code WWW-Authenticate} value ({@code cdi-login.www-authenticate}); read only for a
     *        {@code 401}; {@code null} or blank: none is sent (a refusal without its challenge is still a
     *        refusal, never a {@code 500})
     * @return the headers besides the type: never kept by a cache, and a {@code 401} carries the challenge
     */
    public Map<String, String> headers(String challenge) {
        return status == 401 && challenge != null && !challenge.isBlank()
                ? Map.of("Cache-Control", "no-store", "WWW-Authenticate", challenge)
                : Map.of("Cache-Control", "no-store");
    }
}
