package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.config.ProtectionSettings;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who the client is, for session protection: a hash of its address and {@code User-Agent}. The
 * address is the one the container saw; {@code X-Forwarded-For} counts only when that address is a
 * trusted proxy, and then the nearest hop that is not one (Flask-Login believes the first hop,
 * which any client can write).
 */
public final class ClientIdentifier {

    private ClientIdentifier() {
    }

    /**
     * @param request the request
     * @param settings the trusted proxies
     * @return a short, stable hash of the client's address and user agent
     */
    public static String of(HttpServletRequest request, ProtectionSettings settings) {
        String remote = request.getRemoteAddr();
        // X-Forwarded-For counts only from a trusted proxy: from anyone else it is not even read.
        String forwardedFor = remote != null && settings.trustedProxies().contains(remote) ? forwardedFor(request) : null;
        String address = clientAddress(remote, forwardedFor, settings);
        String agent = request.getHeader("User-Agent");
        return Sha256.shortHash(address + "\n" + (agent == null ? "" : agent));
    }

    /**
     * Every {@code X-Forwarded-For} line, in order: some proxies add a line of their own instead of
     * appending to the client's, and then the first line alone is the client's word.
     */
    private static String forwardedFor(HttpServletRequest request) {
        java.util.Enumeration<String> lines = request.getHeaders("X-Forwarded-For");
        if (lines == null || !lines.hasMoreElements()) {
            return null;
        }
        StringBuilder joined = new StringBuilder(lines.nextElement());
        while (lines.hasMoreElements()) {
            joined.append(',').append(lines.nextElement());
        }
        return joined.toString();
    }

    static String clientAddress(String remote, String forwardedFor, ProtectionSettings settings) {
        if (remote == null || forwardedFor == null || !settings.trustedProxies().contains(remote)) {
            return String.valueOf(remote);
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !settings.trustedProxies().contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
