package io.github.cdilogin.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * One client's HTTP session, in memory, for Weld SE where there is no HTTP request: keeps the
 * {@link SessionLogin} in a field and counts what a servlet session would see (session id changes,
 * invalidations, writes).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class InMemoryLoginSession extends LoginSession {

    private SessionLogin login;
    private boolean exists;
    private int idChanges;
    private int invalidations;
    private int writes;
    private int drops;

    @Override
    public synchronized SessionLogin read() {
        return login;
    }

    @Override
    public synchronized void start(SessionLogin login) {
        if (exists) {
            idChanges++;
        }
        exists = true;
        writes++;
        this.login = login;
    }

    @Override
    public synchronized void renew(SessionLogin login) {
        start(login);
    }

    @Override
    public synchronized void drop() {
        if (login != null) {
            drops++;
        }
        login = null;
    }

    @Override
    public synchronized void end() {
        if (exists) {
            invalidations++;
        }
        exists = false;
        login = null;
    }

    /** Puts a login in the session as an earlier request would have, without counting it. */
    public synchronized void restore(SessionLogin login) {
        this.login = login;
        this.exists = true;
    }

    /** @return the login the session holds now, or {@code null} */
    public synchronized SessionLogin login() {
        return login;
    }

    public synchronized boolean exists() {
        return exists;
    }

    public synchronized int idChanges() {
        return idChanges;
    }

    public synchronized int invalidations() {
        return invalidations;
    }

    public synchronized int writes() {
        return writes;
    }

    public synchronized int drops() {
        return drops;
    }
}
