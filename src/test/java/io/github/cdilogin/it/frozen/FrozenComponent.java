package io.github.cdilogin.it.frozen;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.app.ItUsers;
import io.github.cdilogin.it.frozen.ejb.FrozenUserReports;
import io.github.cdilogin.it.frozen.filter.FrozenUserFilter;
import io.github.cdilogin.it.frozen.listener.FrozenUserListener;
import io.github.cdilogin.it.frozen.servlet.FrozenUserServlet;
import io.github.cdilogin.it.frozen.websocket.FrozenUserEndpoint;
import io.github.cdilogin.it.support.Deployments;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The components that outlive a request, each injecting {@code @CurrentUser ItUser} (the application's own
 * user type, a record), each in a WAR of its own with the user loader: every such WAR must fail to deploy.
 */
public enum FrozenComponent {
    SERVLET(FrozenUserServlet.class),
    FILTER(FrozenUserFilter.class),
    LISTENER(FrozenUserListener.class),
    STATELESS_SESSION_BEAN(FrozenUserReports.class),
    WEBSOCKET_ENDPOINT(FrozenUserEndpoint.class);

    private final Class<?> component;

    FrozenComponent(Class<?> component) {
        this.component = component;
    }

    /** @return the WAR's name, also its context root */
    public String warName() {
        return "frozen-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the component, the user type and its loader, and the library */
    public WebArchive war() {
        return Deployments.war(warName(), Map.of(), new Package[] {component.getPackage()}, ItUser.class, ItUsers.class);
    }

    /** @return what the refusal must say: the id, the component, the field, and the three fixes */
    public List<String> expectedInMessage() {
        return List.of("CDILOGIN-005", component.getName(), "field 'user'", "'@CurrentUser LoginUser'",
                "'@CurrentUser Instance<ItUser>'", "loginManager.currentUser(ItUser.class)");
    }
}
