package io.github.cdilogin.it.support;

import io.github.cdilogin.test.TestLogins;
import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the container tests' WARs the way an application is built: the packaged library jar in
 * {@code WEB-INF/lib} (so its {@code META-INF/services} entries are exercised for real), the test
 * application's classes, and the settings as servlet context parameters.
 */
public final class Deployments {

    private Deployments() {
    }

    /** @return the library jar Maven packaged before the integration tests */
    public static JavaArchive library() {
        String path = System.getProperty("cdilogin.jar");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("The packaged library jar is missing (system property cdilogin.jar="
                    + path + "): run the container tests with 'mvn verify', which packages it first");
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, new File(path));
    }

    /**
     * @param name the WAR's name (its context root)
     * @param settings {@code cdi-login.*} settings, as context parameters
     * @param packages the application's packages
     * @return the WAR
     */
    public static WebArchive war(String name, Map<String, String> settings, Package... packages) {
        return war(name, settings, packages, new Class<?>[0]);
    }

    /**
     * @param name the WAR's name (its context root)
     * @param settings {@code cdi-login.*} settings, as context parameters
     * @param packages the application's packages
     * @param classes further classes of the application
     * @return the WAR
     */
    public static WebArchive war(String name, Map<String, String> settings, Package[] packages, Class<?>... classes) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(library())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .setWebXML(new StringAsset(webXml(settings, "")));
        if ("glassfish-embedded".equals(System.getProperty("arquillian.launch"))) {
            // GlassFish embedded runs in the test JVM, whose classpath holds the library's classes too,
            // and GlassFish's web class loader asks its parent first: without this the WAR would run
            // target/classes next to, not instead of, its WEB-INF/lib jar. A real server has no such
            // copy; other servers ignore this file (Payara reads it, and is never given it).
            war.addAsWebInfResource(new StringAsset("""
                    <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN"
                      "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
                    <glassfish-web-app><class-loader delegate="false"/></glassfish-web-app>
                    """), "glassfish-web.xml");
        }
        // cdi-login-test's in-server helper, as an application's test WAR carries it (AccountServlets calls it)
        war.addClass(TestLogins.class);
        for (Package p : packages) {
            war.addPackage(p);
        }
        war.addClasses(classes);
        return war;
    }

    /**
     * @param settings {@code cdi-login.*} settings, as context parameters
     * @param elements further elements of {@code <web-app>} (servlets, error pages, an ordering), or empty
     * @return a web.xml
     */
    public static String webXml(Map<String, String> settings, String elements) {
        String params = settings.entrySet().stream()
                .map(e -> "  <context-param><param-name>" + e.getKey() + "</param-name><param-value>" + e.getValue()
                        + "</param-value></context-param>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                %s
                %s
                </web-app>
                """.formatted(params, elements);
    }
}
