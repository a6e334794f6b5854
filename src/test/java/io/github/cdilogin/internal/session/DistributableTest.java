package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** What says "this application may run on several members": {@code <distributable/>} in its web.xml. */
class DistributableTest {

    private static boolean declares(String webXml) throws XMLStreamException {
        return Distributable.declares(new ByteArrayInputStream(webXml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWebXmlWithDistributableUnderWebAppIsDistributable() throws XMLStreamException {
        assertTrue(declares("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                + "<display-name>x</display-name><distributable/></web-app>"));
    }

    @Test
    void aWebXmlWithoutItOrWithItDeeperDownIsNot() throws XMLStreamException {
        assertFalse(declares("<web-app version=\"6.0\"><display-name>x</display-name></web-app>"));
        assertFalse(declares("<web-app><servlet><distributable/></servlet></web-app>"));
        assertFalse(declares("<web-app><!-- <distributable/> --></web-app>"));
    }

    @Test
    void noWebApplicationIsNotDistributable() {
        assertFalse(Distributable.of(null));
    }

    @Test
    void aDoctypeThatNamesAnExternalFileFetchesNothing() throws XMLStreamException {
        assertTrue(declares("<!DOCTYPE web-app SYSTEM \"http://127.0.0.1:1/never-fetched.dtd\">"
                + "<web-app><distributable/></web-app>"));
    }
}
