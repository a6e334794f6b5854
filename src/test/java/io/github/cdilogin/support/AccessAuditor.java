package io.github.cdilogin.support;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.UserAccessedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit observer of {@link UserAccessedEvent} that logs who is there, as an application would write it. */
@ApplicationScoped
public class AccessAuditor {

    private final List<String> audited = new CopyOnWriteArrayList<>();

    @Inject
    LoginManager loginManager;

    void audit(@Observes UserAccessedEvent event) {
        audited.add(String.valueOf(loginManager.currentUser().getId()));
    }

    public List<String> audited() {
        return List.copyOf(audited);
    }
}
