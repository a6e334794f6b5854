package io.github.cdilogin.internal;

import io.github.cdilogin.LoginOptions;
import io.github.cdilogin.LoginSource;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.login.CurrentLogin;
import io.github.cdilogin.internal.remember.MemoryTokenStore;
import io.github.cdilogin.internal.session.StoredLogin;
import io.github.cdilogin.test.FakeHttp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolving the current user of a request whose session holds a login: what {@code @CurrentUser} and
 * {@code @LoginRequired} cost per request. {@link #currentUserFromSession} drives the real
 * {@code CurrentLogin.currentUser()} (a new instance per invocation, as the request scope makes one):
 * {@code SessionAttributes.read} ({@code getSession(false)} and one attribute), session protection's
 * client identifier (mode {@code basic}, the default, or {@code none}), the user loader, and the
 * {@code UserAccessedEvent} check. Not included: the container's CDI proxies and request context, its
 * session look-up by id and its cookie parsing (the load benchmark has those).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResolveBenchmark {

    private static final String AGENT =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    @Param({"basic", "none"})
    public String protection;

    private Wiring wiring;
    private FakeHttp.Session session;
    private FakeHttp.Session rememberedSession;
    private FakeHttp.Session stampedSession;
    private final FakeHttp.Response response = new FakeHttp.Response();

    @Setup(Level.Trial)
    public void setUp() {
        wiring = new Wiring(Map.of("cdi-login.session-protection", protection), new MemoryTokenStore(Clock.systemUTC()));
        FakeHttp.Request login = new FakeHttp.Request("127.0.0.1", AGENT);
        CurrentLogin atLogin = wiring.newRequest(login, response);
        atLogin.login(wiring.users.loadUser("alice").orElseThrow());
        session = login.currentSession();
        rememberedSession = loggedIn("bob", LoginOptions.DEFAULT.remember());
        stampedSession = loggedIn("carol", LoginOptions.DEFAULT);
        // The session of a later request holds only the login.
        int before = wiring.users.calls;
        CurrentLogin check = wiring.newRequest(new FakeHttp.Request("127.0.0.1", AGENT).session(session), response);
        check.currentUser();
        check.currentUser();
        if (check.source() != LoginSource.SESSION || wiring.users.calls != before + 1) {
            throw new IllegalStateException("expected one loader call from the session, got "
                    + (wiring.users.calls - before) + " and " + check.source());
        }
    }

    private FakeHttp.Session loggedIn(String username, LoginOptions options) {
        FakeHttp.Request login = new FakeHttp.Request("127.0.0.1", AGENT);
        wiring.newRequest(login, new FakeHttp.Response()).login(wiring.users.loadUser(username).orElseThrow(), options);
        FakeHttp.Session made = login.currentSession();
        CurrentLogin check = wiring.newRequest(new FakeHttp.Request("127.0.0.1", AGENT).session(made), response);
        if (check.source() != LoginSource.SESSION || !username.equals(check.currentUser().getId())) {
            throw new IllegalStateException("expected " + username + " from the session, got " + check.source());
        }
        return made;
    }

    /**
     * A session made with remember me (or restored from the cookie): the same, plus the check that its
     * series is still live, one read of the store (here {@code MemoryTokenStore}; with {@code jdbc}, one
     * primary-key {@code SELECT}).
     */
    @Benchmark
    public LoginUser currentUserFromRememberedSession() {
        FakeHttp.Request request = new FakeHttp.Request("127.0.0.1", AGENT).session(rememberedSession);
        return wiring.newRequest(request, response).currentUser();
    }

    /** A session of a user with an auth stamp: the same, plus the stamp's SHA-256 and its comparison. */
    @Benchmark
    public LoginUser currentUserWithAuthStamp() {
        FakeHttp.Request request = new FakeHttp.Request("127.0.0.1", AGENT).session(stampedSession);
        return wiring.newRequest(request, response).currentUser();
    }

    /** The whole resolution through the real {@code CurrentLogin}. */
    @Benchmark
    public LoginUser currentUserFromSession() {
        FakeHttp.Request request = new FakeHttp.Request("127.0.0.1", AGENT).session(session);
        return wiring.newRequest(request, response).currentUser();
    }

    /** Its two unavoidable pieces alone: {@code SessionAttributes.read()} and {@code ApplicationBeans.loadUser(id)}. */
    @Benchmark
    public LoginUser sessionReadAndLoad() {
        FakeHttp.Request request = new FakeHttp.Request("127.0.0.1", AGENT).session(session);
        wiring.http.request = request;
        StoredLogin login = wiring.session.read();
        return wiring.application.loadUser(login.userId());
    }

    /** The cost of the fake request itself, to subtract from the two above. */
    @Benchmark
    public Object fakeRequestOnly() {
        return new FakeHttp.Request("127.0.0.1", AGENT).session(session);
    }
}
