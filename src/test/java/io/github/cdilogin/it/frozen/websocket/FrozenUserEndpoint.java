package io.github.cdilogin.it.frozen.websocket;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.inject.Inject;
import jakarta.websocket.OnMessage;
import jakarta.websocket.server.ServerEndpoint;

/** A WebSocket endpoint: it lives as long as its connection, across logins and logouts. */
@ServerEndpoint("/who-socket")
public class FrozenUserEndpoint {

    @Inject
    @CurrentUser
    ItUser user;

    @OnMessage
    public String who(String message) {
        return String.valueOf(user);
    }
}
