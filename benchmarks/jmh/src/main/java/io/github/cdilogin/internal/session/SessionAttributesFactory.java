package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.login.CurrentHttpRequest;

/** Builds the library's real {@link SessionAttributes} bean outside a container, with the field CDI would inject. */
public final class SessionAttributesFactory {

    private SessionAttributesFactory() {
    }

    public static SessionAttributes over(CurrentHttpRequest http) {
        SessionAttributes session = new SessionAttributes();
        session.http = http;
        return session;
    }
}
