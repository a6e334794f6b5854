package io.github.cdilogin.internal.cdi;

import io.github.cdilogin.internal.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires the library's events to synchronous and asynchronous observers, and skips the work for an
 * event type nobody observes (the deployment told the extension which are observed).
 */
@ApplicationScoped
public class LoginEvents {

    private static final Logger LOG = Logger.getLogger(LoginEvents.class.getName());

    @Inject
    Event<Object> event;

    @Inject
    LoginExtension extension;

    /** Fixed once the deployment is validated; kept so that no event pays for the extension's proxy. */
    private volatile ObservedEvents observed;

    /**
     * Notifies synchronous observers (their exceptions propagate to the caller), then schedules
     * asynchronous ones (their exceptions are logged).
     *
     * @param payload one of the library's event records
     */
    public void fire(Object payload) {
        ObservedEvents observed = this.observed;
        if (observed == null) {
            observed = extension.observedEvents();
            this.observed = observed;
        }
        Class<?> type = payload.getClass();
        if (observed.hasSyncObserver(type)) {
            event.fire(payload);
        }
        if (observed.hasAsyncObserver(type)) {
            event.fireAsync(payload).exceptionally(failure -> {
                LOG.log(Level.WARNING, Messages.asyncObserverFailed(type.getSimpleName()), failure);
                return null;
            });
        }
    }
}
