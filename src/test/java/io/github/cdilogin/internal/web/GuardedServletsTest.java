package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link GuardedServlets#matches}: a prefix covers itself and everything below it, segment by segment. */
class GuardedServletsTest {

    private static final List<String> ADMIN = List.of("/admin");

    @Test
    void prefixMatchesItself() {
        assertTrue(GuardedServlets.matches(ADMIN, "/admin"));
    }

    @Test
    void prefixMatchesEverythingBelowIt() {
        assertTrue(GuardedServlets.matches(ADMIN, "/admin/"), "/admin/");
        assertTrue(GuardedServlets.matches(ADMIN, "/admin/x"), "/admin/x");
        assertTrue(GuardedServlets.matches(ADMIN, "/admin/users/42/edit"), "/admin/users/42/edit");
    }

    @Test
    void prefixDoesNotMatchALongerSegment() {
        assertFalse(GuardedServlets.matches(ADMIN, "/administrator"), "/administrator");
        assertFalse(GuardedServlets.matches(ADMIN, "/adminx"), "/adminx");
    }

    @Test
    void prefixDoesNotMatchAShorterOrOtherPath() {
        assertFalse(GuardedServlets.matches(ADMIN, "/adm"), "/adm");
        assertFalse(GuardedServlets.matches(ADMIN, "/"), "/");
        assertFalse(GuardedServlets.matches(ADMIN, "/public/admin"), "/public/admin");
    }

    @Test
    void rootMatchesEverything() {
        List<String> root = List.of("/");

        assertTrue(GuardedServlets.matches(root, "/"), "/");
        assertTrue(GuardedServlets.matches(root, "/anything"), "/anything");
        assertTrue(GuardedServlets.matches(root, "/a/b/c"), "/a/b/c");
    }

    @Test
    void anyOfSeveralPrefixesMatches() {
        List<String> prefixes = List.of("/admin", "/account");

        assertTrue(GuardedServlets.matches(prefixes, "/account/password"));
    }

    @Test
    void noPrefixesMatchNothing() {
        assertFalse(GuardedServlets.matches(List.of(), "/admin"));
    }
}
