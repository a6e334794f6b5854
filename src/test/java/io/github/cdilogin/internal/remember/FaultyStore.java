package io.github.cdilogin.internal.remember;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.util.Optional;

/** A real store that fails on demand: every call, or only deletions (a store that reads but cannot write). */
class FaultyStore extends RecordingStore {

    /** What SQL drivers put in their messages; it must reach no log above FINE and no response. */
    static final String SQL_TEXT = "DELETE FROM CDI_LOGIN_REMEMBER WHERE SERIES = ? -- connection refused";

    boolean down;
    boolean deletesFail;

    FaultyStore(RememberTokenStore delegate) {
        super(delegate);
    }

    private void maybeFail(boolean deletion) {
        if (down || (deletion && deletesFail)) {
            throw new IllegalStateException("cdi-login: the remember-token table cannot be used: " + SQL_TEXT);
        }
    }

    @Override
    public Optional<RememberToken> find(String series) {
        maybeFail(false);
        return super.find(series);
    }

    @Override
    public void create(RememberToken token) {
        maybeFail(false);
        super.create(token);
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        maybeFail(false);
        return super.replace(current, next);
    }

    @Override
    public void delete(String series) {
        maybeFail(true);
        super.delete(series);
    }

    @Override
    public void deleteAllFor(String userId) {
        maybeFail(true);
        super.deleteAllFor(userId);
    }
}
