package io.github.cdilogin.it.guards.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.it.guards.web.RawHttp.Reply;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application whose web.xml lists its fragments ({@code <absolute-ordering>}) can name the library's,
 * {@code cdi_login}, and keep every servlet guard.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class NamedOrderingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WebGuardsWar.war("named-ordering", "<absolute-ordering><name>cdi_login</name></absolute-ordering>");
    }

    @ArquillianResource
    URL deployed;

    private Visitor anonymous;

    @BeforeEach
    void deployedAndAnswering() {
        anonymous = Visitor.anonymous(deployed);
    }

    @Test
    void anAbsoluteOrderingThatNamesTheLibraryKeepsTheServletGuards() {
        Reply servlet = anonymous.assertDidNotRun("class-guarded", "guarded content", () -> anonymous.get("class-guarded"));
        assertEquals(302, servlet.status(), servlet.toString());
        Reply path = anonymous.assertDidNotRun("admin", "guarded content", () -> anonymous.get("admin/data/x"));
        assertEquals(302, path.status(), path.toString());
        Visitor alice = anonymous.loggedIn();
        assertEquals(200, alice.assertRanOnce("class-guarded", () -> alice.get("class-guarded")).status());
    }
}
