package io.github.cdilogin.internal.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * {@link GuardAnnotations}: a guard holds wherever a reader of the code sees it, also where Java and
 * CDI do not inherit it (interfaces, overridden methods, generic interfaces).
 */
class GuardAnnotationsTest {

    interface GuardedMethodApi {
        @LoginRequired
        String users();

        String open();
    }

    @LoginRequired
    interface GuardedApi {
        String users();
    }

    interface Repository<T> {
        @FreshLoginRequired
        void save(T item);
    }

    static class Implementation implements GuardedMethodApi {
        @Override
        public String users() {
            return "users";
        }

        @Override
        public String open() {
            return "open";
        }

        public String extra() {
            return "extra";
        }
    }

    static class ImplementsGuardedType implements GuardedApi {
        @Override
        public String users() {
            return "users";
        }

        public String other() {
            return "other";
        }
    }

    static class Base {
        @FreshLoginRequired
        public String report() {
            return "base";
        }

        @LoginRequired
        public String inherited() {
            return "inherited";
        }

        public String plain() {
            return "plain";
        }
    }

    static class Overrides extends Base {
        @Override
        public String report() {
            return "overridden";
        }
    }

    static class Orders implements Repository<String> {
        @Override
        public void save(String item) {
        }

        public void save(Integer unrelatedOverload) {
        }
    }

    static class Middle extends Base {
        @Override
        @LoginRequired
        public String plain() {
            return "middle";
        }
    }

    static class BelowMiddle extends Middle {
    }

    static class Public {
        public String hello() {
            return "hello";
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        return type.getMethod(name, parameters);
    }

    @Test
    void annotationOnAnInterfaceMethodGuardsItsImplementation() throws Exception {
        assertEquals(Requirement.LOGIN, GuardAnnotations.onMethod(Implementation.class, method(Implementation.class, "users")));
    }

    @Test
    void otherMethodsOfTheImplementationStayPublic() throws Exception {
        assertNull(GuardAnnotations.onMethod(Implementation.class, method(Implementation.class, "open")));
        assertNull(GuardAnnotations.onMethod(Implementation.class, method(Implementation.class, "extra")));
    }

    @Test
    void annotationOnAnInterfaceTypeGuardsEveryMethodOfItsImplementations() throws Exception {
        assertEquals(Requirement.LOGIN, GuardAnnotations.onType(ImplementsGuardedType.class));
        assertEquals(Requirement.LOGIN,
                GuardAnnotations.onMethod(ImplementsGuardedType.class, method(ImplementsGuardedType.class, "other")));
    }

    @Test
    void annotationOnAnOverriddenSuperclassMethodGuardsTheOverride() throws Exception {
        assertEquals(Requirement.FRESH_LOGIN, GuardAnnotations.onMethod(Overrides.class, method(Overrides.class, "report")));
    }

    @Test
    void inheritedAnnotatedMethodStaysGuarded() throws Exception {
        assertEquals(Requirement.LOGIN, GuardAnnotations.onMethod(Overrides.class, method(Overrides.class, "inherited")));
    }

    @Test
    void annotationOnAGenericInterfaceMethodGuardsTheImplementationThroughItsBridge() throws Exception {
        assertEquals(Requirement.FRESH_LOGIN,
                GuardAnnotations.onMethod(Orders.class, Orders.class.getDeclaredMethod("save", String.class)));
    }

    @Test
    void anOverloadThatImplementsNothingStaysPublic() throws Exception {
        assertNull(GuardAnnotations.onMethod(Orders.class, Orders.class.getDeclaredMethod("save", Integer.class)));
    }

    @Test
    void theMethodACallReallyRunsDecidesEvenWhenTheCallerNamesTheSuperclassOne() throws Exception {
        assertEquals(Requirement.LOGIN, GuardAnnotations.onMethod(BelowMiddle.class, Base.class.getMethod("plain")));
    }

    @Test
    void anUnannotatedHierarchyIsPublic() throws Exception {
        assertNull(GuardAnnotations.onMethod(Public.class, method(Public.class, "hello")));
        assertFalse(GuardAnnotations.isGuardedAnywhere(Public.class));
    }

    @Test
    void aGuardAnywhereAboveAClassIsSeen() {
        assertTrue(GuardAnnotations.isGuardedAnywhere(Implementation.class), "interface method");
        assertTrue(GuardAnnotations.isGuardedAnywhere(ImplementsGuardedType.class), "interface type");
        assertTrue(GuardAnnotations.isGuardedAnywhere(Orders.class), "generic interface method");
        assertTrue(GuardAnnotations.isGuardedAnywhere(Overrides.class), "superclass method");
    }

    @Test
    void declarationsOfAnImplementationNameTheInterfaceMethodItImplements() throws Exception {
        Method users = method(Implementation.class, "users");

        assertEquals(java.util.List.of(users, GuardedMethodApi.class.getMethod("users")),
                GuardAnnotations.declarations(Implementation.class, users));
    }

    @Test
    void declarationsOfAGenericImplementationNameTheGenericMethodButNotTheOverload() throws Exception {
        Method save = Orders.class.getDeclaredMethod("save", String.class);

        assertEquals(java.util.List.of(save, Repository.class.getMethod("save", Object.class)),
                GuardAnnotations.declarations(Orders.class, save));
        Method overload = Orders.class.getDeclaredMethod("save", Integer.class);
        assertEquals(java.util.List.of(overload), GuardAnnotations.declarations(Orders.class, overload));
    }

    @Test
    void declarationsOfAnInheritedMethodStartWithWhatTheCallerGaveThenTheLowestDeclaration() throws Exception {
        Method basePlain = Base.class.getMethod("plain");

        assertEquals(java.util.List.of(basePlain, Middle.class.getDeclaredMethod("plain")),
                GuardAnnotations.declarations(BelowMiddle.class, basePlain));
        assertEquals(Requirement.LOGIN, GuardAnnotations.onMethod(BelowMiddle.class, basePlain));
    }
}
