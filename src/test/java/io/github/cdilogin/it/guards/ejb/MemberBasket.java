package io.github.cdilogin.it.guards.ejb;

import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A guarded bean of a passivating scope: the container checks at deployment that its interceptors can be
 * passivated with it.
 */
@SessionScoped
@LoginRequired
public class MemberBasket implements Serializable {
    private static final long serialVersionUID = 1L;

    static final AtomicInteger RUNS = new AtomicInteger();

    /** @return a fixed answer, counted */
    public String contents() {
        RUNS.incrementAndGet();
        return "basket";
    }
}
