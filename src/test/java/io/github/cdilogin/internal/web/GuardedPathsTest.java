package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.cdilogin.internal.config.GuardSettings;
import io.github.cdilogin.internal.guard.Requirement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link GuardedPaths}: a prefix covers itself and everything below it, segment by segment, in any
 * ASCII case, on the path the container serves and on every other reading of the raw URI.
 */
class GuardedPathsTest {

    private static GuardedPaths paths(List<String> login, List<String> fresh) {
        return new GuardedPaths(new GuardSettings(login, fresh, Set.of("OPTIONS"), "Session"), "/app");
    }

    private static final GuardedPaths ADMIN = paths(List.of("/admin"), List.of());

    /** The container's path is the raw one: an ordinary request. */
    private static Requirement served(GuardedPaths paths, String path) {
        return paths.requirementFor(path, null, "/app" + path);
    }

    /** The container served {@code servedPath} for the raw URI {@code raw}. */
    private static Requirement raw(String servedPath, String raw) {
        return ADMIN.requirementFor(servedPath, null, "/app" + raw);
    }

    @Test
    void prefixCoversItselfAndEverythingBelowIt() {
        for (String path : List.of("/admin", "/admin/", "/admin/x", "/admin/users/42/edit")) {
            assertEquals(Requirement.LOGIN, served(ADMIN, path), path);
        }
    }

    @Test
    void prefixStopsAtTheSegmentBoundary() {
        for (String path : List.of("/administrator", "/adminx", "/adm", "/", "/public/admin", "")) {
            assertNull(served(ADMIN, path), path);
        }
    }

    @Test
    void prefixCoversEveryAsciiCaseOfItself() {
        for (String path : List.of("/ADMIN/x", "/Admin", "/aDmIn/x")) {
            assertEquals(Requirement.LOGIN, served(ADMIN, path), path);
        }
        assertNull(served(ADMIN, "/ADMINISTRATORS"), "/ADMINISTRATORS");
    }

    @Test
    void nonAsciiLettersAreNotFoldedOntoThePrefix() {
        // U+0130 and U+212A fold to 'i' and 'k' in Java's case-insensitive compare; the servers do not serve them as such.
        assertNull(served(ADMIN, "/adm\u0130n/x"));
        assertNull(served(paths(List.of("/kb"), List.of()), "/\u212Ab/x"));
    }

    @Test
    void servletPathAndPathInfoAreMatchedAsOnePath() {
        assertEquals(Requirement.LOGIN, ADMIN.requirementFor("/admin", "/x", "/app/admin/x"));
        assertEquals(Requirement.LOGIN, ADMIN.requirementFor("", "/admin/x", "/app/admin/x"));
        assertEquals(Requirement.LOGIN, ADMIN.requirementFor("/ad", "min", "/app/admin"));
        assertNull(ADMIN.requirementFor("/admin", "istrators", "/app/administrators"));
        assertNull(ADMIN.requirementFor("/public", "/admin", "/app/public/admin"));
    }

    @Test
    void rootCoversEverything() {
        GuardedPaths root = paths(List.of("/"), List.of());
        for (String path : List.of("/", "/anything", "/a/b/c", "")) {
            assertEquals(Requirement.LOGIN, served(root, path), path);
        }
    }

    @Test
    void anyOfSeveralPrefixesCovers() {
        assertEquals(Requirement.LOGIN, served(paths(List.of("/admin", "/account"), List.of()), "/account/password"));
    }

    @Test
    void noPrefixesCoverNothing() {
        GuardedPaths none = paths(List.of(), List.of());
        assertEquals(true, none.isEmpty());
        assertNull(served(none, "/admin"));
    }

    @Test
    void theStrictestCoveringPrefixWins() {
        GuardedPaths both = paths(List.of("/account"), List.of("/account/password"));
        assertEquals(Requirement.LOGIN, served(both, "/account/x"));
        assertEquals(Requirement.FRESH_LOGIN, served(both, "/account/password"));
        assertEquals(Requirement.FRESH_LOGIN, both.requirementFor("/public", "/x", "/app/public/..;/account/password"));
    }

    @Test
    void aRawUriThatCouldMeanAGuardedPathIsGuardedWhateverTheContainerServes() {
        // What a server might serve for each raw form: the public servlet, or a path it did not normalise.
        assertEquals(Requirement.LOGIN, raw("/public", "/public/..;/admin/x"));
        assertEquals(Requirement.LOGIN, raw("/public/..;/admin/x", "/public/..;/admin/x"));
        assertEquals(Requirement.LOGIN, raw("/admin;x/data", "/admin;x/data"));
        assertEquals(Requirement.LOGIN, raw("/admin%2Fdata", "/admin%2Fdata"));
        assertEquals(Requirement.LOGIN, raw("/admin%2fdata", "/admin%2fdata"));
        assertEquals(Requirement.LOGIN, raw("/public/%2e%2e/admin", "/public/%2e%2e/admin"));
        assertEquals(Requirement.LOGIN, raw("/public/..%5Cadmin", "/public/..%5Cadmin"));
        assertEquals(Requirement.LOGIN, raw("/public/..\\admin", "/public/..\\admin"));
        assertEquals(Requirement.LOGIN, raw("/public/x", "/public/x/..//../admin"));
        assertEquals(Requirement.LOGIN, raw("/admin%3Bx", "/admin%3Bx/data"));
        assertEquals(Requirement.LOGIN, raw("/public", "/public/.%2e/ADMIN"));
        assertEquals(Requirement.LOGIN, raw("/x", "/x/../admin"));
    }

    @Test
    void aContextPathInAnOddFormIsStillTakenOff() {
        assertEquals(Requirement.LOGIN, ADMIN.requirementFor("/x", null, "/app;v=1/x/../admin"));
        assertEquals(Requirement.LOGIN, ADMIN.requirementFor("/x", null, "//app/x/../admin"));
        assertEquals(Requirement.LOGIN, new GuardedPaths(new GuardSettings(List.of("/admin"), List.of(), Set.of(), "S"), "")
                .requirementFor("/x", null, "/x/../admin"));
    }

    @Test
    void oddFormsOfPublicPathsStayPublic() {
        assertNull(raw("/public/x", "/public/x;jsessionid=1"));
        assertNull(raw("/public/caf\u00e9", "/public/caf%C3%A9"));
        assertNull(raw("/public/admin", "/public/./admin"));
        assertNull(raw("/public/admin%2Fx", "/public/admin%252Fx"));
        assertNull(raw("/public", "/public/%zz"));
    }
}
