package io.github.cdilogin.internal.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import org.junit.jupiter.api.Test;

/** {@link Requirement}: what an annotated element asks, and the stricter of two asks. */
class RequirementTest {

    @LoginRequired
    static class LoginClass {
        @FreshLoginRequired
        public void fresh() {
        }

        public void plain() {
        }
    }

    @FreshLoginRequired
    static class FreshClass {
    }

    @LoginRequired
    @FreshLoginRequired
    static class BothClass {
    }

    static class PublicClass {
    }

    static class InheritsLogin extends LoginClass {
    }

    @Test
    void loginRequiredClassRequiresLogin() {
        assertEquals(Requirement.LOGIN, Requirement.of(LoginClass.class));
    }

    @Test
    void freshLoginRequiredClassRequiresFreshLogin() {
        assertEquals(Requirement.FRESH_LOGIN, Requirement.of(FreshClass.class));
    }

    @Test
    void bothAnnotationsRequireFreshLogin() {
        assertEquals(Requirement.FRESH_LOGIN, Requirement.of(BothClass.class));
    }

    @Test
    void unannotatedClassRequiresNothing() {
        assertNull(Requirement.of(PublicClass.class));
    }

    @Test
    void subclassInheritsTheClassRequirement() {
        assertEquals(Requirement.LOGIN, Requirement.of(InheritsLogin.class));
    }

    @Test
    void methodRequirementIsReadFromTheMethodOnly() throws NoSuchMethodException {
        assertEquals(Requirement.FRESH_LOGIN, Requirement.of(LoginClass.class.getMethod("fresh")), "fresh()");
        assertNull(Requirement.of(LoginClass.class.getMethod("plain")), "plain() of a guarded class");
    }

    @Test
    void stricterOfNothingIsNothing() {
        assertNull(Requirement.stricter(null, null));
    }

    @Test
    void stricterOfOneIsThatOne() {
        assertEquals(Requirement.LOGIN, Requirement.stricter(Requirement.LOGIN, null), "(LOGIN, null)");
        assertEquals(Requirement.FRESH_LOGIN, Requirement.stricter(null, Requirement.FRESH_LOGIN), "(null, FRESH)");
    }

    @Test
    void freshLoginIsStricterThanLoginInEitherOrder() {
        assertEquals(Requirement.FRESH_LOGIN, Requirement.stricter(Requirement.LOGIN, Requirement.FRESH_LOGIN));
        assertEquals(Requirement.FRESH_LOGIN, Requirement.stricter(Requirement.FRESH_LOGIN, Requirement.LOGIN));
    }

    @Test
    void stricterOfTwoEqualIsThatOne() {
        assertEquals(Requirement.LOGIN, Requirement.stricter(Requirement.LOGIN, Requirement.LOGIN));
    }
}
