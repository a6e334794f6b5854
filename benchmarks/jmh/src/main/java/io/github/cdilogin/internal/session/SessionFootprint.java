package io.github.cdilogin.internal.session;

import io.github.cdilogin.SessionProtection;
import io.github.cdilogin.internal.config.ProtectionSettings;
import io.github.cdilogin.test.FakeHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Set;

/**
 * Prints the serialized size of what the library keeps in the session per login: the one attribute
 * {@code io.github.cdilogin.login} holding a {@link StoredLogin}. A replicated or persisted session
 * serializes its attributes with Java serialization, as measured here. Run:
 * {@code java -cp benchmarks/jmh/target/benchmarks.jar io.github.cdilogin.internal.SessionFootprint}
 */
public final class SessionFootprint {

    public static void main(String[] args) throws IOException {
        FakeHttp.Request request = new FakeHttp.Request("203.0.113.7",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36");
        String clientId = ClientIdentifier.of(request, new ProtectionSettings(SessionProtection.BASIC, Set.of()));
        String series = "AAAAAAAAAAAAAAAAAAAAAA"; // 22 characters, as every series id
        report("typical login (session protection basic, no remember)",
                StoredLogin.loggedIn("alice", clientId, null));
        report("login with remember me", StoredLogin.loggedIn("alice", clientId, series));
        report("restored from the remember cookie", StoredLogin.restoredFromCookie("alice", clientId, series));
        report("36-character user id (a UUID), remember me",
                StoredLogin.loggedIn("123e4567-e89b-12d3-a456-426614174000", clientId, series));
    }

    private static void report(String what, StoredLogin login) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(login);
        }
        int name = SessionAttributes.LOGIN.length();
        System.out.printf("session footprint: %-58s value %3d bytes serialized, + %d-character attribute name = %3d bytes (target <= 256)%n",
                what, bytes.size(), name, bytes.size() + name);
    }
}
