package io.github.cdilogin.internal.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A servlet response that keeps what is set on it, for the tests of the library's answers. Once its writer is
 * taken, its output stream is barred, as the Servlet specification says ({@code IllegalStateException}); its
 * character encoding is the one it is made with, as a container's is once the writer was taken.
 */
final class RecordedResponse {

    int status;
    boolean writerTaken;
    final StringWriter written = new StringWriter();
    String contentType;
    /** The length set on it, or {@code null} when none was. */
    Integer contentLength;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final HttpServletResponse servlet;

    /** A response whose encoding is ISO-8859-1, the Servlet specification's default. */
    RecordedResponse() {
        this("ISO-8859-1");
    }

    /** @param encoding what {@code getCharacterEncoding()} answers, whatever the name */
    RecordedResponse(String encoding) {
        servlet = (HttpServletResponse) Proxy.newProxyInstance(RecordedResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> contentType = (String) args[0];
                        case "setContentLength" -> contentLength = (Integer) args[0];
                        case "getWriter" -> {
                            writerTaken = true;
                            return new PrintWriter(written, true);
                        }
                        case "getCharacterEncoding" -> {
                            return encoding;
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
                        case "resetBuffer", "setCharacterEncoding" -> { }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    /** @return what was written, through the output stream or the writer */
    String body() {
        return body.toString(StandardCharsets.UTF_8) + written;
    }
}
