-- cdi-login's JDBC remember store: its table for SQL Server, as the store itself creates it.
-- Run it once from your migrations, then set cdi-login.remember-store.create-table=false.
-- Another table name (cdi-login.remember-store.table): change it in all three statements.
-- The store finds the indexes by their column, whatever their names.
-- NVARCHAR: the JDBC driver sends strings as NVARCHAR, and a VARCHAR key compared with one is
-- converted row by row, which can turn the store's index seeks into scans.
CREATE TABLE CDI_LOGIN_REMEMBER (
    SERIES         NVARCHAR(64) NOT NULL PRIMARY KEY, -- the random id in the cookie
    USER_ID        NVARCHAR(512) NOT NULL,            -- LoginUser.getId()
    VALIDATOR_HASH NVARCHAR(64) NOT NULL,             -- HMAC-SHA256 of the current validator (base64url)
    PREVIOUS_HASH  NVARCHAR(64),                      -- the hash the last rotation replaced
    ROTATED_AT     BIGINT NOT NULL,                   -- milliseconds since 1970, UTC
    EXPIRES_AT     BIGINT NOT NULL,                   -- milliseconds since 1970, UTC
    STAMP_HASH     NVARCHAR(64),                      -- hash of the user's auth stamp at issue
    CREATED_AT     BIGINT,                            -- when the series was issued, milliseconds since 1970
    AGENT          NVARCHAR(128)                      -- a short summary of the browser, such as "Firefox on Linux"
);
-- log out everywhere, the list of a user's devices
CREATE INDEX CDI_LOGIN_REMEMBER_USER_IDX ON CDI_LOGIN_REMEMBER (USER_ID);
-- the purge of expired series
CREATE INDEX CDI_LOGIN_REMEMBER_EXPIRES_IDX ON CDI_LOGIN_REMEMBER (EXPIRES_AT);
