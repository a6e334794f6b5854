package io.github.cdilogin.test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reading Payara Micro's console log (the adapter's or a hand-started process's). */
public final class PayaraLogs {

    /** The ready line, "Payara Micro 6.2025.10 (build 42) ready in 4,305 (ms)" - printed even when the deployment failed. */
    public static final Pattern READY = Pattern.compile("Payara Micro .* ready in ");

    /** Payara's summary lists no application: "Deployed": [ ] (JSON instance configuration). */
    private static final Pattern NOTHING_DEPLOYED = Pattern.compile("\"Deployed\": \\[\\s*\\]");

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private PayaraLogs() {
    }

    /**
     * @param text console output
     * @return the text without ANSI colour codes
     */
    public static String stripAnsi(String text) {
        return ANSI.matcher(text).replaceAll("");
    }

    /**
     * @param log Payara's console log
     * @return whether it logged a failed deployment ("Exception while loading the app") or deployed nothing
     */
    public static boolean deploymentFailed(String log) {
        return log.contains("Exception while loading the app") || NOTHING_DEPLOYED.matcher(log).find();
    }

    /**
     * The SEVERE/WELD/exception message lines without stack frames (at most maxLines),
     * for assertion messages.
     *
     * @param log Payara's console log
     * @param maxLines the most lines to give
     * @return the lines, joined
     */
    public static String problems(String log, int maxLines) {
        List<String> out = new ArrayList<>();
        boolean inSevere = false;
        for (String raw : stripAnsi(log).split("\\R")) {
            String line = raw.strip();
            if (raw.startsWith("[") && raw.contains("] [")) { // a new log record
                inSevere = raw.contains("SEVERE");
            }
            boolean frame = line.startsWith("at ") || line.startsWith("...");
            boolean interesting = line.contains("WELD-") || line.contains("Exception") || line.contains("SEVERE")
                    || line.contains("Error");
            if (!frame && (inSevere || interesting) && !line.isEmpty() && !"]]".equals(line)) {
                out.add(line.length() > 400 ? line.substring(0, 400) + "..." : line);
                if (out.size() >= maxLines) {
                    out.add("... (more in the log)");
                    break;
                }
            }
        }
        return String.join("\n", out);
    }

    /**
     * @param log Payara's console log
     * @return at most 40 problem lines, as {@link #problems(String, int)}
     */
    public static String problems(String log) {
        return problems(log, 40);
    }
}
