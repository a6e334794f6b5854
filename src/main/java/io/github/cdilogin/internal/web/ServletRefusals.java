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
            Charset charset = charset(response.getCharacterEncoding());
            if (charset != null) {
                response.setContentLength(body.getBytes(charset).length);
            }
            response.getWriter().write(body);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        stream.write(bytes);
    }

    /**
     * @param name the response's encoding, as the container answers it
     * @return its charset where the body's length in it is sure: UTF-8 or a charset of one byte a character.
     *         Otherwise {@code null}: a name this JVM does not know (or none), a charset it cannot encode, or one
     *         whose writer may or may not start with a byte order mark (UTF-16, UTF-32: the application's writer
     *         may have written it already). The length is then the container's, which counts what its writer
     *         wrote, rather than a refusal turned into a {@code 500} or a length the body does not have.
     */
    static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(name.strip());
        } catch (IllegalArgumentException unknown) {
            // IllegalCharsetNameException and UnsupportedCharsetException are both IllegalArgumentExceptions.
            return null;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return charset;
        }
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f ? charset : null;
    }
}
