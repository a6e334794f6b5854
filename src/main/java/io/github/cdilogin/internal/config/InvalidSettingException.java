package io.github.cdilogin.internal.config;

import io.github.cdilogin.internal.Messages;

/** A setting's value is not allowed; the message (CDILOGIN-008, or 017) names the key, the value and what is allowed. */
public final class InvalidSettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param setting the setting
     * @param value its value, or {@code null} for one that must not be repeated (the secret)
     * @param allowed what is allowed, and how to get it
     */
    InvalidSettingException(Setting setting, String value, String allowed) {
        super(Messages.invalidSetting(setting.key(), value, allowed, SettingSource.environmentName(setting.key())),
                null, false, false);
    }

    /** @param message a whole CDILOGIN message, for a value that is allowed in form but cannot be served */
    InvalidSettingException(String message) {
        super(message, null, false, false);
    }
}
