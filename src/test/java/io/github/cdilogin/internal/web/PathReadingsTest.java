package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PathReadings}: which raw URIs mean one path, and what the others could mean. */
class PathReadingsTest {

    @Test
    void ordinaryUrisArePlain() {
        for (String uri : List.of("/", "", "/app/admin/x", "/app/a-b_c~d.e/f", "/app/x.html", "/app/x/")) {
            assertTrue(PathReadings.isPlain(uri), uri);
        }
    }

    @Test
    void everyFormThatCanMeanAnotherPathIsNotPlain() {
        for (String uri : List.of("/app/admin;x", "/app/%61dmin", "/app\\admin", "//app/admin", "/app//admin",
                "/app/./admin", "/app/../admin", "/app/..;/admin", "/app/.hidden")) {
            assertFalse(PathReadings.isPlain(uri), uri);
        }
    }

    @Test
    void readingsDropParametersDecodeOnceAndNormalise() {
        assertEquals(List.of("/admin/x"), PathReadings.of("/app/admin;a=1/x", 1));
        assertEquals(List.of("/admin/x"), PathReadings.of("/app/public/..;/admin/x", 1));
        assertEquals(List.of("/admin/data/x"), PathReadings.of("/app/admin%2Fdata/x", 1));
        assertEquals(List.of("/admin"), PathReadings.of("/app/public/%2e%2E/admin", 1));
        assertEquals(List.of("/admin"), PathReadings.of("/app/public/..%5cadmin", 1));
        assertEquals(List.of("/admin/x"), PathReadings.of("/app//admin/./x/", 1));
        assertEquals(List.of("/admin"), PathReadings.of("/app/../../../admin", 0));
    }

    @Test
    void anEncodedSemicolonHasTwoReadings() {
        assertEquals(List.of("/admin;x/data", "/admin/data"), PathReadings.of("/app/admin%3Bx/data", 1));
    }

    @Test
    void decodingHappensOnceOnly() {
        assertEquals(List.of("/admin%2Fx"), PathReadings.of("/app/admin%252Fx", 1));
    }

    @Test
    void malformedEscapesStayAsTheyAre() {
        assertEquals("/a%zz/%4/%", PathReadings.decode("/a%zz/%4/%"));
        assertEquals("/a\u00c3\u00a9", PathReadings.decode("/a%C3%A9"));
    }

    @Test
    void aContextPathOfSeveralSegmentsIsTakenOff() {
        assertEquals(List.of("/admin"), PathReadings.of("/a/b/admin", 2));
        assertEquals(List.of("/"), PathReadings.of("/a", 2));
    }
}
