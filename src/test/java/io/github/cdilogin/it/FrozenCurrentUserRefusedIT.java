package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.frozen.FrozenComponent;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On GlassFish and WildFly, whose adapters report a failed deployment: a component that outlives a
 * request and injects {@code @CurrentUser} of the application's own type fails the deployment, with a
 * message naming the component, its field and the fix. Payara runs {@link FrozenCurrentUserRefusedOnPayaraIT}.
 */
@ExtendWith(ArquillianExtension.class)
class FrozenCurrentUserRefusedIT {

    @Deployment(name = "SERVLET", managed = false, testable = false)
    static WebArchive servlet() {
        return FrozenComponent.SERVLET.war();
    }

    @Deployment(name = "FILTER", managed = false, testable = false)
    static WebArchive filter() {
        return FrozenComponent.FILTER.war();
    }

    @Deployment(name = "LISTENER", managed = false, testable = false)
    static WebArchive listener() {
        return FrozenComponent.LISTENER.war();
    }

    @Deployment(name = "STATELESS_SESSION_BEAN", managed = false, testable = false)
    static WebArchive statelessSessionBean() {
        return FrozenComponent.STATELESS_SESSION_BEAN.war();
    }

    @Deployment(name = "WEBSOCKET_ENDPOINT", managed = false, testable = false)
    static WebArchive websocketEndpoint() {
        return FrozenComponent.WEBSOCKET_ENDPOINT.war();
    }

    @ArquillianResource
    Deployer deployer;

    @ParameterizedTest
    @EnumSource(FrozenComponent.class)
    void componentThatOutlivesTheRequestCannotTakeTheApplicationsUserType(FrozenComponent component) {
        Exception refused = assertThrows(Exception.class, () -> deployer.deploy(component.name()),
                () -> component + " deployed");
        String failure = everything(refused);
        assertAll(component.expectedInMessage().stream().map(part -> (Executable) () -> assertTrue(failure.contains(part),
                () -> "'" + part + "' is not in the deployment failure:\n" + failure)));
    }

    /** The failure with its causes and suppressed exceptions, as the server reported it. */
    private static String everything(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
