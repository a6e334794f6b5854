package io.github.cdilogin.internal.config;

/** A setting's value is not allowed; the message names the key, the value and what is allowed. */
public final class InvalidSettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param setting the setting
     * @param value its value, or {@code null} for one that must not be repeated (the secret)
     * @param allowed what is allowed, and how to get it
     */
    InvalidSettingException(Setting setting, String value, String allowed) {
        super("cdi-login: the setting " + setting.key() + (value == null ? " is" : " has the value '" + value + "', which is")
                + " not allowed: " + allowed + ". Fix it where it is set (MicroProfile Config, a servlet context"
                + " parameter, a system property or the environment variable " + SettingSource.environmentName(setting.key())
                + ").", null, false, false);
    }
}
