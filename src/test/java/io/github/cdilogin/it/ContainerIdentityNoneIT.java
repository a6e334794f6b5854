package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.it.identity.IdentityApi;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code cdi-login.container-identity=none}: the platform sees nobody, as before the setting existed. */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class ContainerIdentityNoneIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("identity-none", Map.of("cdi-login.container-identity", "none"),
                IdentityApi.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    @Test
    void noneModeLeavesTheContainersNullForALoggedInUser() {
        HttpBrowser alice = new HttpBrowser(Loopback.base(deployed));
        Response login = alice.post("login", Map.of("username", "alice"));
        assertEquals("remoteUser=null principal=null admin=false authType=null", login.body(), login.toString());
        Response who = alice.get("who");
        assertEquals("remoteUser=null principal=null admin=false authType=null", who.body(), who.toString());
        Response whoami = alice.get("api/whoami");
        assertEquals("principal=null remoteUser=null admin=false scheme=null", whoami.body(), whoami.toString());
    }
}
