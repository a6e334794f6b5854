package io.github.cdilogin.internal.remember;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A real store that notes every call made to it, so a test can say the store was not touched. */
class RecordingStore implements RememberTokenStore {

    final RememberTokenStore delegate;
    final List<String> calls = new ArrayList<>();

    RecordingStore(RememberTokenStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<RememberToken> find(String series) {
        calls.add("find " + series);
        return delegate.find(series);
    }

    @Override
    public void create(RememberToken token) {
        calls.add("create " + token.series());
        delegate.create(token);
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        calls.add("replace " + current.series());
        return delegate.replace(current, next);
    }

    @Override
    public void delete(String series) {
        calls.add("delete " + series);
        delegate.delete(series);
    }

    @Override
    public void deleteAllFor(String userId) {
        calls.add("deleteAllFor " + userId);
        delegate.deleteAllFor(userId);
    }

    @Override
    public List<RememberToken> findAllFor(String userId) {
        calls.add("findAllFor " + userId);
        return delegate.findAllFor(userId);
    }
}
