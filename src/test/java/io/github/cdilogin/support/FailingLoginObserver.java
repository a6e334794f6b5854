package io.github.cdilogin.support;

import io.github.cdilogin.LoginEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A synchronous {@link LoginEvent} observer that throws once armed, as a failing audit log would. */
@ApplicationScoped
public class FailingLoginObserver {

    /** What the observer throws. */
    public static final class AuditFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AuditFailure() {
            super("audit log unavailable");
        }
    }

    private volatile boolean armed;

    public void arm() {
        armed = true;
    }

    void login(@Observes LoginEvent event) {
        if (armed) {
            throw new AuditFailure();
        }
    }
}
