package io.github.cdilogin.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The jar's {@code META-INF/web-fragment.xml} is merged into every application's web.xml. The Servlet spec
 * makes an application distributable only when all its fragments say so: a fragment without
 * {@code <distributable/>} silently turned off session replication in the quickstart's cluster.
 */
class WebFragmentTest {

    @Test
    void theLibrarysFragmentKeepsAClusteredApplicationDistributableAndNamesTheJar() throws Exception {
        Document fragment;
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/web-fragment.xml")) {
            assertNotNull(xml, "the jar has no META-INF/web-fragment.xml");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            fragment = factory.newDocumentBuilder().parse(xml);
        }
        assertEquals(1, fragment.getElementsByTagNameNS("*", "distributable").getLength(),
                "without <distributable/> no application using the library can replicate its sessions");
        assertEquals("cdi_login", fragment.getElementsByTagNameNS("*", "name").item(0).getTextContent().strip());
    }
}
