package io.github.cdilogin.support;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;

/**
 * Simulated requests: each one is a fresh activation of the container's own request context.
 *
 * <p>Not weld-junit's {@code activate(RequestScoped.class)}: its context is not an
 * {@code AlterableContext}, so the library could not forget the produced {@code @CurrentUser}
 * after a login, as it does in a server.
 */
public final class Requests {

    private final Instance<Object> container;
    private RequestContextController current;

    public Requests(Instance<Object> container) {
        this.container = container;
    }

    /** Starts a request; fails when one is already active. */
    public void begin() {
        RequestContextController controller = container.select(RequestContextController.class).get();
        if (!controller.activate()) {
            throw new IllegalStateException("a request context was already active");
        }
        current = controller;
    }

    /** Ends the request in progress, destroying its request-scoped beans; nothing when none is. */
    public void end() {
        if (current != null) {
            current.deactivate();
            current = null;
        }
    }

    /** Ends this request and starts the next one (same session: {@code TestLoginSession} is application-scoped). */
    public void next() {
        end();
        begin();
    }
}
