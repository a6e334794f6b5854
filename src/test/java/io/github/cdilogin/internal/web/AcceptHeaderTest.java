package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link AcceptHeader#prefersJson}: JSON wins only when the client ranks it above HTML, or asks by XHR. */
class AcceptHeaderTest {

    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    private static void assertJson(String accept) {
        assertTrue(AcceptHeader.prefersJson(accept, null), "expected JSON for Accept: " + accept);
    }

    private static void assertPage(String accept) {
        assertFalse(AcceptHeader.prefersJson(accept, null), "expected a page for Accept: " + accept);
    }

    @Test
    void browsersGetAPage() {
        assertPage(FIREFOX);
        assertPage(CHROME);
    }

    @Test
    void applicationJsonGetsJson() {
        assertJson("application/json");
    }

    @Test
    void mediaTypeIsCaseInsensitive() {
        assertJson("Application/JSON");
    }

    @Test
    void jsonSuffixTypesGetJson() {
        assertJson("application/problem+json");
        assertJson("application/vnd.api+json");
    }

    @Test
    void jsonAndHtmlRankedEquallyGetAPage() {
        assertPage("application/json, text/html");
    }

    @Test
    void jsonRankedAboveHtmlGetsJson() {
        assertJson("text/html;q=0.9, application/json");
    }

    @Test
    void htmlRankedAboveJsonGetsAPage() {
        assertPage("application/json;q=0.5, text/html");
    }

    @Test
    void xhtmlCountsAsHtml() {
        assertPage("application/json;q=0.8, application/xhtml+xml");
    }

    @Test
    void qualityAfterOtherParametersIsRead() {
        assertJson("application/json; charset=utf-8; q=0.5, text/html; q=0.4");
    }

    @Test
    void jsonWithQualityZeroIsRefusedJson() {
        assertPage("application/json;q=0");
    }

    @Test
    void jsonWithUpperCaseQualityZeroIsRefusedJson() {
        assertPage("application/json;Q=0");
    }

    @Test
    void malformedQualityCountsAsZero() {
        assertPage("application/json;q=high");
    }

    @Test
    void outOfRangeQualityCountsAsZero() {
        assertPage("application/json;q=2");
    }

    @Test
    void wildcardAloneGetsAPage() {
        assertPage("*/*");
    }

    @Test
    void xRequestedWithGetsJsonWhateverTheAcceptHeader() {
        assertTrue(AcceptHeader.prefersJson(FIREFOX, "XMLHttpRequest"));
        assertTrue(AcceptHeader.prefersJson(null, "XMLHttpRequest"));
    }

    @Test
    void blankXRequestedWithIsIgnored() {
        assertFalse(AcceptHeader.prefersJson(FIREFOX, "  "));
    }

    @Test
    void noHeadersGetAPage() {
        assertFalse(AcceptHeader.prefersJson(null, null));
        assertPage("");
    }

    @Test
    void oversizedAcceptHeaderGetsAPageWithoutBeingParsed() {
        String oversized = "application/json," + "x/y;q=0.1,".repeat(500);
        assertTrue(oversized.length() > 4096, "test header too short: " + oversized.length());

        assertPage(oversized);
    }
}
