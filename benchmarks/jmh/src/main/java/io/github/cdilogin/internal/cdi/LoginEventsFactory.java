package io.github.cdilogin.internal.cdi;

/**
 * Builds the library's real {@link LoginEvents} bean outside a container, as CDI would inject it: with an
 * extension that saw no observer, so an event costs only the check.
 */
public final class LoginEventsFactory {

    private LoginEventsFactory() {
    }

    public static LoginEvents unobserved() {
        LoginEvents events = new LoginEvents();
        events.extension = new LoginExtension();
        return events;
    }
}
