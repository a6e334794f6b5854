-- cdi-login's JDBC remember store: its table for Oracle, as the store itself creates it.
-- Run it once from your migrations, then set cdi-login.remember-store.create-table=false.
-- Another table name (cdi-login.remember-store.table): change it in all three statements.
-- The store finds the indexes by their column, whatever their names.
-- NUMBER(19) for the times (Oracle has no BIGINT); CHAR lengths, since a VARCHAR2's length counts
-- bytes by default. Index names fit in 30 characters (Oracle before 12.2).
CREATE TABLE CDI_LOGIN_REMEMBER (
    SERIES         VARCHAR2(64 CHAR) NOT NULL PRIMARY KEY, -- the random id in the cookie
    USER_ID        VARCHAR2(512 CHAR) NOT NULL,            -- LoginUser.getId()
    VALIDATOR_HASH VARCHAR2(64 CHAR) NOT NULL,             -- HMAC-SHA256 of the current validator (base64url)
    PREVIOUS_HASH  VARCHAR2(64 CHAR),                      -- the hash the last rotation replaced
    ROTATED_AT     NUMBER(19) NOT NULL,                    -- milliseconds since 1970, UTC
    EXPIRES_AT     NUMBER(19) NOT NULL,                    -- milliseconds since 1970, UTC
    STAMP_HASH     VARCHAR2(64 CHAR),                      -- hash of the user's auth stamp at issue
    CREATED_AT     NUMBER(19),                             -- when the series was issued, milliseconds since 1970
    AGENT          VARCHAR2(128 CHAR)                      -- a short summary of the browser, such as "Firefox on Linux"
);
-- log out everywhere, the list of a user's devices
CREATE INDEX CDI_LOGIN_REMEMBER_USER_IDX ON CDI_LOGIN_REMEMBER (USER_ID);
-- the purge of expired series
CREATE INDEX CDI_LOGIN_REMEMBER_EXPIRES_IDX ON CDI_LOGIN_REMEMBER (EXPIRES_AT);
