package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/** {@link StoredLogin}: what the session keeps, small and serializable for replicated sessions. */
class StoredLoginTest {

    private static final StoredLogin ALICE = StoredLogin.loggedIn("alice", null, null);

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    @Test
    void storedLoginIsSerializable() {
        assertInstanceOf(Serializable.class, ALICE);
    }

    @Test
    void storedLoginSurvivesSerialization() throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(ALICE)))) {
            assertEquals(ALICE, in.readObject());
        }
    }

    @Test
    void serializedTypicalLoginIsUnder512Bytes() throws IOException {
        int size = serialize(ALICE).length;
        System.out.println("StoredLogin for userId \"alice\" serializes to " + size + " bytes");

        assertTrue(size < 512, "serialized StoredLogin is " + size + " bytes");
    }

    @Test
    void aLoginIsFreshAndARestoredOneIsRememberedButNeverFresh() {
        assertEquals(new StoredLogin("alice", true, false, false, "c", "s"), StoredLogin.loggedIn("alice", "c", "s"));
        assertEquals(new StoredLogin("alice", false, true, false, "c", "s"),
                StoredLogin.restoredFromCookie("alice", "c", "s"));
        assertEquals(new StoredLogin("alice", true, false, true, null, null),
                StoredLogin.loggedIn("alice", null, null).forcedWhileInactive());
    }

    @Test
    void confirmedLoginIsFreshAndKeepsTheRest() {
        StoredLogin stale = new StoredLogin("alice", false, true, true, null, null);

        assertEquals(new StoredLogin("alice", true, true, true, null, null), stale.confirmed(null));
    }

    @Test
    void rememberedLoginWithALongUserIdSerializesWithin256BytesAndBack() throws IOException, ClassNotFoundException {
        StoredLogin login = new StoredLogin("0123456789abcdef0123456789abcdef0123", false, true, false,
                "c".repeat(22), "s".repeat(22));
        byte[] bytes = serialize(login);

        assertTrue(bytes.length <= 256, "serialized StoredLogin is " + bytes.length + " bytes");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            assertEquals(login, in.readObject());
        }
    }

    @Test
    void stampHashSurvivesEveryChangeAndSerialization() throws IOException, ClassNotFoundException {
        StoredLogin login = StoredLogin.loggedIn("alice", "c", "s").stamped("h".repeat(22));
        assertEquals("h".repeat(22), login.stale().confirmed("d").forcedWhileInactive().withSeries("t").stampHash());
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(login)))) {
            assertEquals(login, in.readObject());
        }
    }

    @Test
    void loginWithoutAStampSerializesAsBeforeStampsExisted() throws IOException, ClassNotFoundException {
        StoredLogin login = StoredLogin.loggedIn("alice", "c", "s");
        assertEquals(serialize(login).length + 24, serialize(login.stamped("h".repeat(22))).length,
                "the stamp costs its 22 characters and a length, nothing when absent");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(login)))) {
            assertNull(((StoredLogin) in.readObject()).stampHash());
        }
    }
}
