package io.github.cdilogin.it.guards.web;

import io.github.cdilogin.it.guards.web.app.Hits;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.Servers;
import java.util.Map;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR of the servlet-side guard tests: the packaged library, the application of {@code app}
 * (guarded servlets, a guarded path prefix {@code /admin}, dispatching servlets, Faces pages), and a
 * web.xml that declares the Faces servlet and two guarded error pages. A login view is set, so
 * refusals of page requests are redirects.
 */
final class WebGuardsWar {

    static final Map<String, String> SETTINGS = Map.of(
            "cdi-login.login-view", "/login",
            "cdi-login.login-required-paths", "/admin");

    private WebGuardsWar() {
    }

    /** @return the application under {@code /name} */
    static WebArchive war(String name) {
        return war(name, "");
    }

    /**
     * @param name the WAR's name and context root
     * @param ordering an {@code <absolute-ordering>} element for web.xml, or empty
     * @return the WAR
     */
    static WebArchive war(String name, String ordering) {
        WebArchive war = Deployments.war(name, Map.of(), Hits.class.getPackage())
                .setWebXML(new StringAsset(webXml(ordering)))
                .addAsWebResource(new StringAsset(page("orders", "#{ordersPage.orders}")), "admin/orders.xhtml")
                .addAsWebResource(new StringAsset(page("account", "#{accountBean.balance}")), "account.xhtml");
        return war;
    }

    private static String page(String title, String value) {
        String html = Servers.facesKnowsOnlyTheJcpNamespaces() ? "http://xmlns.jcp.org/jsf/html" : "jakarta.faces.html";
        String core = Servers.facesKnowsOnlyTheJcpNamespaces() ? "http://xmlns.jcp.org/jsf/core" : "jakarta.faces.core";
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="%s" xmlns:f="%s">
                <h:head><title>%s</title></h:head>
                <h:body>
                  <h:form id="f">
                    <h:outputText id="value" value="%s"/>
                    <h:commandButton id="refresh" value="refresh"><f:ajax render="value"/></h:commandButton>
                  </h:form>
                </h:body>
                </html>
                """.formatted(html, core, title, value);
    }

    private static String webXml(String ordering) {
        return Deployments.webXml(SETTINGS, ordering + """

                  <servlet>
                    <servlet-name>Faces</servlet-name>
                    <servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class>
                    <load-on-startup>1</load-on-startup>
                  </servlet>
                  <servlet-mapping>
                    <servlet-name>Faces</servlet-name>
                    <url-pattern>*.xhtml</url-pattern>
                  </servlet-mapping>
                  <error-page>
                    <exception-type>io.github.cdilogin.it.guards.web.app.DispatchServlets$Boom</exception-type>
                    <location>/admin/error-page</location>
                  </error-page>
                  <error-page>
                    <error-code>418</error-code>
                    <location>/guarded-error-page</location>
                  </error-page>
                """);
    }
}
