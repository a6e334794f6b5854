package io.github.cdilogin.it.guards.ejb;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import jakarta.ejb.Stateless;
import java.util.concurrent.atomic.AtomicInteger;

/** A stateless EJB with guarded methods, each counting its runs: a refused call must not move a count. */
@Stateless
public class MemberReports {

    static final AtomicInteger MEMBER_RUNS = new AtomicInteger();
    static final AtomicInteger FRESH_RUNS = new AtomicInteger();

    /** @return a fixed answer, counted */
    @LoginRequired
    public String forMembers() {
        MEMBER_RUNS.incrementAndGet();
        return "members' report";
    }

    /** @return a fixed answer, counted */
    @FreshLoginRequired
    public String forFreshLogins() {
        FRESH_RUNS.incrementAndGet();
        return "fresh report";
    }

    /** @return a fixed answer: the bean's unguarded method */
    public String forAll() {
        return "public report";
    }
}
