package io.github.cdilogin.it.guards.web;

import io.github.cdilogin.test.Loopback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client on a plain socket that sends the request target and the method byte for byte as
 * given: {@code java.net.http} and {@code java.net.URI} normalise {@code /./}, refuse backslashes
 * and spell methods their own way, and those are exactly the forms the path tests send. One request
 * per connection ({@code Connection: close}); chunked bodies are decoded.
 */
final class RawHttp {

    private final URI base;

    /** @param base the application's root on 127.0.0.1 */
    RawHttp(URI base) {
        this.base = Loopback.requireLoopback(base);
    }

    /** The application's context path, such as {@code /guards-web}, for building raw targets. */
    String contextPath() {
        String path = base.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * @param method the method, sent as it is
     * @param target the request target, sent as it is (starting with the context path)
     * @param body a form body, or {@code null}
     * @param headers name, value, name, value...
     * @return the answer
     */
    Reply send(String method, String target, String body, String... headers) {
        StringBuilder request = new StringBuilder(256)
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        String described = method + " " + target;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Reply.parse(described, method.equals("HEAD"), readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(described + " failed: " + e, e);
        }
    }

    Reply get(String target, String... headers) {
        return send("GET", target, null, headers);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // a server that refuses a request may reset the connection after its answer: keep what came
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    /** One answer; {@link #toString()} shows all of it, for assertion messages. */
    record Reply(String request, int status, Map<String, String> headers, String body) {

        static Reply parse(String request, boolean head, byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/") || end < 0) {
                return new Reply(request, -1, Map.of(), text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
            }
            byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            if (head) {
                rest = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                rest = dechunk(rest);
            }
            return new Reply(request, status, headers, new String(rest, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOfCrLf(chunked, at);
                if (lineEnd < 0) {
                    break;
                }
                String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    break;
                }
                out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
                at = lineEnd + 2 + length + 2;
            }
            return out.toByteArray();
        }

        private static int indexOfCrLf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** @return the header's value (several joined by ", "), or {@code null} */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + headers + "\n" + body;
        }
    }
}
