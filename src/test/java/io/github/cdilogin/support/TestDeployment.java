package io.github.cdilogin.support;

import io.github.cdilogin.internal.cdi.LoginExtension;
import io.github.cdilogin.test.TestLoginSession;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.WeldInitiator;

/**
 * The deployments of the Weld SE tests: the library's extension (which registers the library's own
 * beans), {@link TestLoginSession} (the in-memory request and session under which the library's real
 * session handling runs) and the counting user loader, plus each test's own beans. Bean classes are
 * always listed, never scanned.
 */
public final class TestDeployment {

    /** Held so that the level sticks: Weld's start and stop lines, and the library's, at every test are noise. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.jboss.weld"),
            Logger.getLogger("io.github.cdilogin.internal.cdi.LoginExtension"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private TestDeployment() {
    }

    /**
     * @return a Weld without discovery holding the extension, {@link TestLoginSession}, the user loader and
     *         {@code beans}
     */
    public static Weld weld(Class<?>... beans) {
        return bare(beans).addBeanClasses(TestLoginSession.class, CountingUserLoader.class);
    }

    /** @return a Weld without discovery holding only the extension and {@code beans} */
    public static Weld bare(Class<?>... beans) {
        return WeldInitiator.createWeld().addExtension(new LoginExtension()).addBeanClasses(beans);
    }

    /** @return a weld-junit initiator for {@link #weld(Class[])} */
    public static WeldInitiator with(Class<?>... beans) {
        return WeldInitiator.from(weld(beans)).build();
    }
}
