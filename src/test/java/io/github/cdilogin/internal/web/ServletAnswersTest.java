package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.Setting;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.internal.guard.Verdict;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ServletAnswers}: a Faces Ajax request is sent to the login view in a way Faces' JavaScript follows; an
 * answer is written whether the application took the response's writer or not.
 */
class ServletAnswersTest {

    /** The few request methods the answers read; any other call fails. */
    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(ServletAnswersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getContextPath" -> "/app";
                    case "getRequestURI" -> "/app/admin/orders.xhtml";
                    case "getQueryString" -> null;
                    case "getServletPath" -> "/admin/orders.xhtml";
                    case "getPathInfo" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * A response that keeps what is set on it. Once its writer is taken, its output stream is barred, as the
     * Servlet specification says ({@code IllegalStateException}).
     */
    private static final class Recorded {
        int status;
        boolean writerTaken;
        final StringWriter written = new StringWriter();
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final HttpServletResponse servlet = (HttpServletResponse) Proxy.newProxyInstance(ServletAnswersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> contentType = (String) args[0];
                        case "getWriter" -> {
                            writerTaken = true;
                            return new PrintWriter(written, true);
                        }
                        case "getCharacterEncoding" -> {
                            return "ISO-8859-1";
                        }
                        case "getOutputStream" -> {
                            if (writerTaken) {
                                throw new IllegalStateException("getWriter() has been called");
                            }
                            return new ServletOutputStream() {
                                @Override
                                public void write(int b) {
                                    body.write(b);
                                }

                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setWriteListener(WriteListener listener) {
                                }
                            };
                        }
                        case "resetBuffer", "setCharacterEncoding", "setContentLength" -> { }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });

        String body() {
            return body.toString(StandardCharsets.UTF_8) + written;
        }
    }

    private static Recorded answer(Map<String, String> settings, Map<String, String> headers) throws Exception {
        return answer(settings, headers, new Recorded());
    }

    private static Recorded answer(Map<String, String> settings, Map<String, String> headers, Recorded response)
            throws Exception {
        LoginSettings read = SettingsReader.read(settings::get);
        new ServletAnswers(read).answer(Verdict.UNAUTHORIZED, request(headers), response.servlet, new ApplicationBeans());
        return response;
    }

    @Test
    void aFacesAjaxRequestGetsAPartialResponseRedirectToTheLoginView() throws Exception {
        Recorded response = answer(Map.of(Setting.LOGIN_VIEW.key(), "/login?lang=en"), Map.of("Faces-Request", "partial/ajax"));

        assertEquals(200, response.status);
        assertTrue(response.contentType.startsWith("text/xml"), response.contentType);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + "/app/login?lang=en&amp;next=%2Fapp%2Fadmin%2Forders.xhtml\"/></partial-response>", response.body());
        assertNull(response.headers.get("Location"));
    }

    @Test
    void aFacesAjaxRequestWithoutALoginViewGetsThe401() throws Exception {
        Recorded response = answer(Map.of(), Map.of("Faces-Request", "partial/ajax"));

        assertEquals(401, response.status);
        assertEquals("{\"error\":\"unauthorized\"}", response.body());
    }

    @Test
    void aRefusalAfterTheApplicationTookTheWriterIsWrittenWithTheWriterNotA500() throws Exception {
        Recorded response = new Recorded();
        response.servlet.getWriter();

        answer(Map.of(), Map.of("Accept", "application/json"), response);

        assertEquals(401, response.status);
        assertEquals("{\"error\":\"unauthorized\"}", response.body());
        assertEquals("Session realm=\"cdi-login\"", response.headers.get("WWW-Authenticate"));
        assertEquals("no-store", response.headers.get("Cache-Control"));
    }

    @Test
    void aFacesAjaxRedirectAfterTheApplicationTookTheWriterIsWrittenWithTheWriter() throws Exception {
        Recorded response = new Recorded();
        response.servlet.getWriter();

        answer(Map.of(Setting.LOGIN_VIEW.key(), "/login"), Map.of("Faces-Request", "partial/ajax"), response);

        assertEquals(200, response.status);
        assertTrue(response.body().contains("<redirect url=\"/app/login?next="), response.body());
    }

    @Test
    void anOrdinaryPageRequestIsRedirected() throws Exception {
        Recorded response = answer(Map.of(Setting.LOGIN_VIEW.key(), "/login"), Map.of());

        assertEquals(302, response.status);
        assertEquals("/app/login?next=%2Fapp%2Fadmin%2Forders.xhtml", response.headers.get("Location"));
    }
}
