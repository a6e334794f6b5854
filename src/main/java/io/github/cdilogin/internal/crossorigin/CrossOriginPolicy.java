package io.github.cdilogin.internal.crossorigin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The rule that tells a browser's request from another site apart from the application's own, read
 * from the headers browsers send (Go's {@code net/http.CrossOriginProtection}, Filippo Valsorda's
 * "CSRF" essay): no token, no session, no state.
 * <ol>
 *   <li>GET, HEAD and OPTIONS pass: they change nothing.</li>
 *   <li>{@code Sec-Fetch-Site: same-origin} or {@code none} (typed in the address bar, a bookmark)
 *       passes; any other value ({@code cross-site}, {@code same-site}: a sibling subdomain is
 *       another origin) is refused unless the {@code Origin} is trusted.</li>
 *   <li>Without {@code Sec-Fetch-Site} (browsers before 2023), an {@code Origin} equal to the
 *       request's own origin or a trusted one passes; any other {@code Origin}, also {@code null}
 *       (a sandboxed frame, a redirect from another site), is refused.</li>
 *   <li>Neither header: passes. No browser sent it (curl, another server); such a client could
 *       send any header it likes, so there is nothing to protect it from.</li>
 * </ol>
 * The request's own origin is its scheme and {@code Host}; {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} replace them only when the request came from a trusted proxy.
 */
public final class CrossOriginPolicy {

    /** Why a request was refused. */
    public enum Refusal {
        /** {@code Sec-Fetch-Site} named another site, or a sibling of this one. */
        OTHER_SITE_FETCH("Sec-Fetch-Site named another site"),
        /** No {@code Sec-Fetch-Site}, and the {@code Origin} was not this application's. */
        FOREIGN_ORIGIN("the Origin header named another origin");

        private final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }

        /** @return why, in words for a log line */
        public String reason() {
            return reason;
        }
    }

    private final Set<String> trustedOrigins;
    private final Set<String> trustedProxies;

    /**
     * @param trustedOrigins origins allowed besides the request's own, as {@link Origins#normalise(String)} spells them
     * @param trustedProxies addresses whose {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are believed
     */
    public CrossOriginPolicy(Set<String> trustedOrigins, Set<String> trustedProxies) {
        this.trustedOrigins = Set.copyOf(trustedOrigins);
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /**
     * @param method an HTTP method, as the request spells it
     * @return whether it is one that changes nothing (GET, HEAD, OPTIONS), so that no check is needed
     */
    public static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /**
     * @param request the request
     * @return {@code null} when the request may change state; else why it may not
     */
    public Refusal judge(HttpServletRequest request) {
        if (isSafe(request.getMethod())) {
            return null;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            if (fetchSite.equals("same-origin") || fetchSite.equals("none")) {
                return null;
            }
            return isTrusted(Origins.normalise(request.getHeader("Origin"))) ? null : Refusal.OTHER_SITE_FETCH;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isEmpty()) {
            return null;
        }
        String normalised = Origins.normalise(origin);
        if (normalised != null && (normalised.equals(ownOrigin(request)) || isTrusted(normalised))) {
            return null;
        }
        return Refusal.FOREIGN_ORIGIN;
    }

    private boolean isTrusted(String normalisedOrigin) {
        return normalisedOrigin != null && trustedOrigins.contains(normalisedOrigin);
    }

    /** @return the origin the client addressed, in {@link Origins}' spelling, or {@code null} when it is malformed */
    String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        String host = request.getHeader("Host");
        if (!trustedProxies.isEmpty() && trustedProxies.contains(request.getRemoteAddr())) {
            String forwardedProto = nearest(request.getHeader("X-Forwarded-Proto"));
            String forwardedHost = nearest(request.getHeader("X-Forwarded-Host"));
            scheme = forwardedProto != null ? forwardedProto : scheme;
            host = forwardedHost != null ? forwardedHost : host;
        }
        if (host == null) {
            // HTTP/1.0 without Host: the address the connection reached.
            String server = request.getServerName();
            host = (server != null && server.indexOf(':') >= 0 && server.charAt(0) != '[' ? "[" + server + "]" : server) + ":" + request.getServerPort();
        }
        return Origins.normalise(scheme, host);
    }

    /** The last of a comma-separated list: what the nearest proxy, the trusted one, wrote or appended. */
    private static String nearest(String header) {
        if (header == null) {
            return null;
        }
        String last = header.substring(header.lastIndexOf(',') + 1).trim();
        return last.isEmpty() ? null : last;
    }
}
