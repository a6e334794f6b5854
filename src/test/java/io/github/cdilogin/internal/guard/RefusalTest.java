package io.github.cdilogin.internal.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Refusal}: what a client is told, the same from every door. */
class RefusalTest {

    @Test
    void a401CarriesTheChallengeAndNoRefusalIsCached() {
        assertEquals(Map.of("Cache-Control", "no-store", "WWW-Authenticate", "Bearer"), Refusal.UNAUTHORIZED.headers("Bearer"));
        assertEquals(Map.of("Cache-Control", "no-store", "WWW-Authenticate", "Bearer"), Refusal.NEEDS_REFRESH.headers("Bearer"));
        assertEquals(Map.of("Cache-Control", "no-store"), Refusal.FORBIDDEN.headers(null));
        assertEquals(Map.of("Cache-Control", "no-store"), Refusal.CROSS_SITE.headers(null));
    }

    @Test
    void a401WithoutAChallengeKeepsItsOtherHeadersNeverAnError() {
        assertEquals(Map.of("Cache-Control", "no-store"), Refusal.UNAUTHORIZED.headers(null));
        assertEquals(Map.of("Cache-Control", "no-store"), Refusal.NEEDS_REFRESH.headers(""));
        assertEquals(Map.of("Cache-Control", "no-store"), Refusal.UNAUTHORIZED.headers(" \t"));
    }

    @Test
    void theBodiesAreTheContractsJson() {
        assertEquals("{\"error\":\"unauthorized\"}", Refusal.of(Verdict.UNAUTHORIZED).json());
        assertEquals("{\"error\":\"fresh login required\"}", Refusal.of(Verdict.NEEDS_REFRESH).json());
        assertEquals("{\"error\":\"forbidden\"}", Refusal.FORBIDDEN.json());
        assertEquals("{\"error\":\"cross-site request\"}", Refusal.CROSS_SITE.json());
        assertEquals(401, Refusal.UNAUTHORIZED.status());
        assertEquals(403, Refusal.FORBIDDEN.status());
    }

    @Test
    void anAllowedRequestIsNoRefusal() {
        assertThrows(IllegalArgumentException.class, () -> Refusal.of(Verdict.ALLOWED));
    }
}
