package io.github.cdilogin.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * TomEE's log, which its Arquillian adapter does not hand back: a refused deployment reaches the test as
 * "Unable to deploy" with a {@code ClassNotFoundException} for TomEE's own {@code LifecycleException}, and
 * the reason is only in the server's log. The profile makes the server write its log to a file too
 * ({@code src/test/tomee/logging.properties}, the system property {@code tomee.log}); elsewhere there is none.
 */
public final class TomEELog {

    private TomEELog() {
    }

    private static Path file() {
        String log = System.getProperty("tomee.log");
        return log == null ? null : Path.of(log);
    }

    /** @return where the log ends now, for {@link #since(long)}; 0 when there is no log */
    public static long mark() {
        Path log = file();
        try {
            return log != null && Files.isRegularFile(log) ? Files.size(log) : 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** @return what the server logged after {@code mark}: empty when it is not TomEE or the log cannot be read */
    public static String since(long mark) {
        Path log = file();
        if (log == null || !Files.isRegularFile(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.min(mark, file.length());
            byte[] text = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(text);
            return new String(text, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
