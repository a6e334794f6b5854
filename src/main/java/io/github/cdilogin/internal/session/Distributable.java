package io.github.cdilogin.internal.session;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Whether a web application says it may run on several members: {@code <distributable/>} in its
 * {@code WEB-INF/web.xml}. The Servlet API has no method for it, and the Servlet spec makes an
 * application distributable only when its {@code web.xml} says so (the library's web fragment says so
 * too, so that it never stands in the way). Read once at start.
 */
final class Distributable {

    private static final Logger LOG = Logger.getLogger(Distributable.class.getName());

    private Distributable() {
    }

    /**
     * @param context the web application, or {@code null} outside one
     * @return whether its {@code web.xml} has {@code <distributable/>} right under {@code <web-app>}
     */
    static boolean of(ServletContext context) {
        if (context == null) {
            return false;
        }
        try (InputStream webXml = context.getResourceAsStream("/WEB-INF/web.xml")) {
            return webXml != null && declares(webXml);
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            LOG.log(Level.FINE, "cdi-login: WEB-INF/web.xml could not be read; taken as not distributable", unreadable);
            return false;
        }
    }

    static boolean declares(InputStream webXml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // the application's own file, but read without fetching anything it names
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(webXml);
        try {
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                    if (depth == 2 && "distributable".equals(reader.getLocalName())) {
                        return true;
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                }
            }
            return false;
        } finally {
            reader.close();
        }
    }
}
