package io.github.cdilogin.internal.session;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;

/**
 * What the session keeps of a login: small, immutable and serializable, so that a replicated
 * session carries it and every change is a new value set on the session. Never the user object.
 *
 * @param userId what {@code LoginUser.getId()} returned at login
 * @param fresh whether the login was made (or confirmed) in this session
 * @param remembered whether the login was restored from the remember cookie
 * @param forced whether an inactive user was logged in on purpose ({@code force})
 * @param clientId the client identifier at login, confirm or restore; {@code null} without session protection
 * @param rememberSeries the remember series that belongs to this login, or {@code null}
 * @param stampHash the hash of the user's auth stamp at login ({@link AuthStamps}), or {@code null}
 */
public record StoredLogin(String userId, boolean fresh, boolean remembered, boolean forced, String clientId,
                           String rememberSeries, String stampHash) implements Serializable {

    private static final long serialVersionUID = 2L;

    /**
     * A login without an auth stamp.
     *
     * @param userId what {@code LoginUser.getId()} returned at login
     * @param fresh whether the login was made (or confirmed) in this session
     * @param remembered whether the login was restored from the remember cookie
     * @param forced whether an inactive user was logged in on purpose
     * @param clientId the client identifier, or {@code null}
     * @param rememberSeries the remember series, or {@code null}
     */
    public StoredLogin(String userId, boolean fresh, boolean remembered, boolean forced, String clientId,
                       String rememberSeries) {
        this(userId, fresh, remembered, forced, clientId, rememberSeries, null);
    }

    /**
     * A login the application just made: fresh, not from the cookie, not forced.
     *
     * @param userId the user's id
     * @param clientId the client identifier now, or {@code null} without session protection
     * @param rememberSeries the remember series issued with it, or {@code null}
     * @return the login to store
     */
    public static StoredLogin loggedIn(String userId, String clientId, String rememberSeries) {
        return new StoredLogin(userId, true, false, false, clientId, rememberSeries);
    }

    /**
     * A login restored from the remember cookie: remembered, never fresh (Flask-Login's rule).
     *
     * @param userId the user the series belongs to
     * @param clientId the client identifier now, or {@code null} without session protection
     * @param rememberSeries the series the cookie carried
     * @return the login to store
     */
    public static StoredLogin restoredFromCookie(String userId, String clientId, String rememberSeries) {
        return new StoredLogin(userId, false, true, false, clientId, rememberSeries);
    }

    /** @return this login, of an inactive user logged in on purpose ({@code LoginOptions.force()}) */
    public StoredLogin forcedWhileInactive() {
        return new StoredLogin(userId, fresh, remembered, true, clientId, rememberSeries, stampHash);
    }

    /**
     * @param stampHash the hash of the user's auth stamp now, or {@code null}
     * @return this login, stamped with it
     */
    public StoredLogin stamped(String stampHash) {
        return new StoredLogin(userId, fresh, remembered, forced, clientId, rememberSeries, stampHash);
    }

    /**
     * @param rememberSeries the series that belongs to this login from now on, or {@code null}
     * @return this login, with that series
     */
    public StoredLogin withSeries(String rememberSeries) {
        return new StoredLogin(userId, fresh, remembered, forced, clientId, rememberSeries, stampHash);
    }

    /**
     * @param clientId the client identifier now
     * @return this login, fresh again, for this client
     */
    public StoredLogin confirmed(String clientId) {
        return new StoredLogin(userId, true, remembered, forced, clientId, rememberSeries, stampHash);
    }

    /** @return this login, no longer fresh */
    public StoredLogin stale() {
        return new StoredLogin(userId, false, remembered, forced, clientId, rememberSeries, stampHash);
    }

    /** Serialized as its compact {@link Form}: a replicated session carries it on every change. */
    private Object writeReplace() {
        return new Form(this);
    }

    /**
     * The serialized form: one byte of flags and the strings, without the field descriptions of a
     * record's default form (about 120 bytes instead of 220).
     */
    static final class Form implements Externalizable {
        private static final long serialVersionUID = 1L;
        private static final int FRESH = 1;
        private static final int REMEMBERED = 2;
        private static final int FORCED = 4;
        private static final int CLIENT = 8;
        private static final int SERIES = 16;
        private static final int STAMP = 32;

        private StoredLogin login;

        /** For deserialization. */
        public Form() {
        }

        Form(StoredLogin login) {
            this.login = login;
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeByte((login.fresh ? FRESH : 0) | (login.remembered ? REMEMBERED : 0) | (login.forced ? FORCED : 0)
                    | (login.clientId != null ? CLIENT : 0) | (login.rememberSeries != null ? SERIES : 0)
                    | (login.stampHash != null ? STAMP : 0));
            out.writeUTF(login.userId);
            if (login.clientId != null) {
                out.writeUTF(login.clientId);
            }
            if (login.rememberSeries != null) {
                out.writeUTF(login.rememberSeries);
            }
            if (login.stampHash != null) {
                out.writeUTF(login.stampHash);
            }
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            int flags = in.readByte();
            String userId = in.readUTF();
            String clientId = (flags & CLIENT) != 0 ? in.readUTF() : null;
            String series = (flags & SERIES) != 0 ? in.readUTF() : null;
            // Absent from the forms written before stamps existed: such a login is not checked.
            String stamp = (flags & STAMP) != 0 ? in.readUTF() : null;
            login = new StoredLogin(userId, (flags & FRESH) != 0, (flags & REMEMBERED) != 0, (flags & FORCED) != 0,
                    clientId, series, stamp);
        }

        private Object readResolve() {
            return login;
        }
    }
}
