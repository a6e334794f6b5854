package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.cdilogin.internal.guard.Refusal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ServletRefusals}: a refusal is written whole whatever the response's state: no challenge to send,
 * or a writer the application took under an encoding this JVM cannot count in.
 */
class ServletRefusalsTest {

    private static final String UNAUTHORIZED = "{\"error\":\"unauthorized\"}";

    private static RecordedResponse withTheWriterTaken(String encoding) throws Exception {
        RecordedResponse response = new RecordedResponse(encoding);
        response.servlet.getWriter();
        return response;
    }

    @Test
    void a401WithoutAChallengeIsStillThe401WithoutTheHeaderNotA500() throws Exception {
        for (String challenge : Arrays.asList(null, "", "  ")) {
            RecordedResponse response = new RecordedResponse();
            ServletRefusals.write(Refusal.UNAUTHORIZED, challenge, response.servlet);

            assertEquals(401, response.status);
            assertEquals(UNAUTHORIZED, response.body());
            assertFalse(response.headers.containsKey("WWW-Authenticate"), response.headers.toString());
            assertEquals("no-store", response.headers.get("Cache-Control"));
        }
    }

    @Test
    void aWriterTakenUnderAnEncodingThisJvmDoesNotKnowStillCarriesTheRefusalItsLengthLeftToTheContainer()
            throws Exception {
        List<String> odd = Arrays.asList("x-no-such-charset", "not a charset name!", "", null);
        for (String encoding : odd) {
            RecordedResponse response = withTheWriterTaken(encoding);
            ServletRefusals.write(Refusal.UNAUTHORIZED, "Session realm=\"cdi-login\"", response.servlet);

            assertEquals(401, response.status, "encoding " + encoding);
            assertEquals(UNAUTHORIZED, response.body(), "encoding " + encoding);
            assertNull(response.contentLength, "encoding " + encoding);
        }
    }

    @Test
    void aWriterTakenUnderAnEncodingWithAByteOrderMarkOrOneItCannotEncodeLeavesTheLengthToTheContainer()
            throws Exception {
        // UTF-16's writer may already have written its mark; ISO-2022-CN decodes only.
        for (String encoding : List.of("UTF-16", "UTF-32", "ISO-2022-CN")) {
            RecordedResponse response = withTheWriterTaken(encoding);
            ServletRefusals.writeText(Refusal.CROSS_SITE, Refusal.CROSS_SITE_TEXT, response.servlet);

            assertEquals(403, response.status, "encoding " + encoding);
            assertEquals(Refusal.CROSS_SITE_TEXT, response.body(), "encoding " + encoding);
            assertNull(response.contentLength, "encoding " + encoding);
        }
    }

    @Test
    void aWriterTakenUnderAnEncodingItCanCountInGetsTheLengthInThatEncoding() throws Exception {
        for (String encoding : List.of("ISO-8859-1", "utf-8", " UTF-8 ", "windows-1252")) {
            RecordedResponse response = withTheWriterTaken(encoding);
            ServletRefusals.write(Refusal.FORBIDDEN, null, response.servlet);

            assertEquals(403, response.status, "encoding " + encoding);
            assertEquals(Refusal.FORBIDDEN.json(), response.body(), "encoding " + encoding);
            assertEquals(Refusal.FORBIDDEN.json().length(), response.contentLength, "encoding " + encoding);
        }
    }

    @Test
    void withTheOutputStreamFreeTheBodyIsUtf8WithItsLength() throws Exception {
        RecordedResponse response = new RecordedResponse("x-no-such-charset");
        ServletRefusals.write(Refusal.NEEDS_REFRESH, null, response.servlet);

        assertEquals(401, response.status);
        assertEquals(Refusal.NEEDS_REFRESH.json(), response.body());
        assertEquals(Refusal.NEEDS_REFRESH.json().length(), response.contentLength);
        assertEquals(Refusal.JSON, response.contentType);
    }
}
