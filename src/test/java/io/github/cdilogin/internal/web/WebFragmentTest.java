package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The library's {@code META-INF/web-fragment.xml}, which a servlet container merges into every
 * application that has the jar in {@code WEB-INF/lib}.
 */
class WebFragmentTest {

    private static Document fragment() throws Exception {
        // the library's own: LoginFilter's jar (target/classes here), not another fragment on the classpath
        URL classes = LoginFilter.class.getProtectionDomain().getCodeSource().getLocation();
        URL url = new URL(classes, "META-INF/web-fragment.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = url.openStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void theFragmentLeavesADistributableApplicationDistributable() throws Exception {
        // Servlet 6.0, 8.2.3: an application is distributable only when its web.xml and every fragment say so
        assertNotNull(fragment().getElementsByTagNameNS("*", "distributable").item(0),
                "without <distributable/> the library turns off session replication of every clustered application");
    }

    @Test
    void theFragmentIsNamedForAbsoluteOrderings() throws Exception {
        assertEquals("cdi_login", fragment().getElementsByTagNameNS("*", "name").item(0).getTextContent());
    }
}
