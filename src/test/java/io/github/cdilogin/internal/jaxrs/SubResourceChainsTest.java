package io.github.cdilogin.internal.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.cdilogin.internal.guard.Requirement;
import io.github.cdilogin.internal.jaxrs.SubResourceLocatorsTest.Admin;
import io.github.cdilogin.internal.jaxrs.SubResourceLocatorsTest.Open;
import io.github.cdilogin.internal.jaxrs.SubResourceLocatorsTest.Users;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SubResourceChains}: the same decision whether the runtime lists the matched resources as objects
 * (Jersey, RESTEasy) or as their classes (Apache CXF, in TomEE), so that a guarded parent guards its
 * sub-resources on every runtime.
 */
class SubResourceChainsTest {

    private static SubResourceChains usersList() throws NoSuchMethodException {
        return new SubResourceChains(Users.class, Users.class.getMethod("list"));
    }

    @Test
    void aGuardedParentGuardsItsSubResourceWhenTheRuntimeListsObjects() throws Exception {
        assertEquals(Requirement.LOGIN, usersList().requirement(List.of(new Users(), new Admin())));
    }

    @Test
    void aGuardedParentGuardsItsSubResourceWhenTheRuntimeListsClasses() throws Exception {
        assertEquals(Requirement.LOGIN, usersList().requirement(List.of(Users.class, Admin.class)));
    }

    @Test
    void aPublicParentLeavesItsSubResourcePublicInEitherForm() throws Exception {
        SubResourceChains chains = usersList();
        assertNull(chains.requirement(List.of(new Users(), new Open())));
        assertNull(chains.requirement(List.of(Users.class, Open.class)));
    }

    @Test
    void bothFormsOfOneChainShareTheirDecision() throws Exception {
        SubResourceChains chains = usersList();
        assertEquals(Requirement.LOGIN, chains.requirement(List.of(Users.class, Admin.class)));
        assertEquals(Requirement.LOGIN, chains.requirement(List.of(new Users(), new Admin())));
        assertNull(chains.requirement(List.of(Users.class, Open.class)));
    }
}
