package io.github.cdilogin.it.guards.ejb;

import jakarta.ejb.Stateless;
import java.util.concurrent.atomic.AtomicInteger;

/** The stateless EJB behind {@link MemberArchive}, with no guard of its own; it counts the guarded method's runs. */
@Stateless
public class MemberArchiveBean implements MemberArchive {

    static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public String forMembers() {
        RUNS.incrementAndGet();
        return "members' archive";
    }

    @Override
    public String forAll() {
        return "public archive";
    }
}
