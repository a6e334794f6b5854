package io.github.cdilogin.it.guards.ejb;

import io.github.cdilogin.LoginRequired;
import jakarta.ejb.Local;

/**
 * An EJB's local business interface that alone carries the guard: CDI does not inherit an interceptor binding
 * from an interface, so the library must give the implementing bean's method the binding itself.
 */
@Local
public interface MemberArchive {

    /** @return the members' answer; guarded here, not on the bean */
    @LoginRequired
    String forMembers();

    /** @return an answer for anybody */
    String forAll();
}
