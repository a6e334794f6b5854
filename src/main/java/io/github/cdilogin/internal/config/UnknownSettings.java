package io.github.cdilogin.internal.config;

import io.github.cdilogin.internal.Messages;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Reports, once at start, each key under {@code cdi-login.} that no setting has (CDILOGIN-009), with the
 * known key closest to it: a typo such as {@code cdi-login.loginview} would otherwise be ignored without a
 * word. Every source is asked for its names (MicroProfile Config, context parameters, system properties,
 * the environment, where {@code CDI_LOGIN_LOGINVIEW} is compared with the settings' variable names).
 */
public final class UnknownSettings {

    private static final Logger LOG = Logger.getLogger(UnknownSettings.class.getName());
    private static final String ENVIRONMENT_PREFIX = SettingSource.environmentName(Setting.PREFIX);

    private UnknownSettings() {
    }

    /**
     * Logs one WARNING for each unknown key of the standard sources.
     *
     * @param context the application's servlet context, or {@code null} outside a web application
     */
    public static void warnAbout(ServletContext context) {
        for (String warning : warnings(standardNames(context))) {
            LOG.warning(warning);
        }
    }

    /**
     * @param names the names the sources hold, the library's and any other
     * @return a CDILOGIN-009 message for each unknown key under the library's prefix, each key once
     */
    static List<String> warnings(Collection<String> names) {
        List<String> keys = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            keys.add(setting.key());
            variables.add(SettingSource.environmentName(setting.key()));
        }
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            if (name.startsWith(Setting.PREFIX) && !keys.contains(name)) {
                warnings.add(Messages.unknownSetting(name, closest(name, keys)));
            } else if (name.startsWith(ENVIRONMENT_PREFIX) && !variables.contains(name)) {
                warnings.add(Messages.unknownSetting(name, closest(name, variables)));
            }
        }
        return warnings;
    }

    /** The candidate fewest single-character edits away (the first of a tie). */
    static String closest(String name, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Set<String> standardNames(ServletContext context) {
        Set<String> names = new TreeSet<>(MicroProfileConfigSource.namesIfPresent());
        if (context != null) {
            names.addAll(Collections.list(context.getInitParameterNames()));
        }
        names.addAll(System.getProperties().stringPropertyNames());
        names.addAll(System.getenv().keySet());
        return names;
    }
}
