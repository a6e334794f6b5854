package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.guard.Refusal;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes the library's answers onto a servlet response: a {@link Refusal} as it is told, and the bodies of
 * the other answers (a Faces redirect). The application may have taken the response's writer before the
 * refusal came (a page that prints as it goes, then calls {@code LoginManager.login} or a guarded bean, or
 * an EJB the container refuses to call): the output stream is then barred, and asking for it would throw an
 * {@code IllegalStateException} that becomes a {@code 500}. The body goes through the writer instead.
 */
final class ServletRefusals {

    private ServletRefusals() {
    }

    /**
     * The refusal's status, headers and JSON body, in place of whatever the response's buffer held.
     *
     * @param challenge the {@code WWW-Authenticate} value, for a {@code 401}
     */
    static void write(Refusal refusal, String challenge, HttpServletResponse response) throws IOException {
        write(refusal, challenge, response, Refusal.JSON, refusal.json());
    }

    /** The refusal's status and headers with a plain text body, for a client that does not ask for JSON. */
    static void writeText(Refusal refusal, String text, HttpServletResponse response) throws IOException {
        write(refusal, null, response, "text/plain", text);
    }

    private static void write(Refusal refusal, String challenge, HttpServletResponse response, String type, String body)
            throws IOException {
        response.resetBuffer();
        response.setStatus(refusal.status());
        refusal.headers(challenge).forEach(response::setHeader);
        body(response, type, body);
    }

    /**
     * Writes the whole body, with its type and length, through the output stream, or through the writer where
     * the application took it. The response's buffer is the caller's to reset.
     */
    static void body(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        ServletOutputStream stream;
        try {
            stream = response.getOutputStream();
        } catch (IllegalStateException writerTaken) {
            // The writer keeps the encoding it was taken with: the setCharacterEncoding above did nothing.
            response.setContentLength(body.getBytes(Charset.forName(response.getCharacterEncoding())).length);
            response.getWriter().write(body);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        stream.write(bytes);
    }
}
