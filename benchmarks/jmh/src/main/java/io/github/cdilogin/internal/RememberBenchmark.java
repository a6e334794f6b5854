package io.github.cdilogin.internal;

import io.github.cdilogin.LoginSource;
import io.github.cdilogin.internal.login.CurrentLogin;
import io.github.cdilogin.internal.remember.MemoryTokenStore;
import io.github.cdilogin.internal.remember.RememberTokens;
import io.github.cdilogin.test.FakeHttp;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Restoring a login from the remember cookie. Every invocation is a genuine restore: the value used
 * is the one the previous invocation rotated to, so the series is found, its HMAC verified and its
 * validator rotated (new random validator, new HMAC, atomic replace) each time. The store is the
 * library's {@link MemoryTokenStore}: no I/O.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RememberBenchmark {

    private static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

    private RememberTokens tokens;
    private String value;

    private Wiring wiring;
    private String cookieValue;

    @Setup(Level.Trial)
    public void setUp() {
        Clock clock = Clock.systemUTC();
        tokens = new RememberTokens(new MemoryTokenStore(clock), new byte[32], clock, Duration.ofSeconds(10));
        value = tokens.issue("alice", Duration.ofDays(365)).value();

        wiring = new Wiring(Map.of(), new MemoryTokenStore(clock));
        FakeHttp.Request login = new FakeHttp.Request("127.0.0.1", AGENT);
        FakeHttp.Response response = new FakeHttp.Response();
        wiring.rememberMe.remember(login, response, "alice", null);
        cookieValue = valueOf(response.lastSetCookie());
    }

    /** {@code RememberTokens.use}: parse, look up, HMAC-verify, rotate. */
    @Benchmark
    public Object tokensUse() {
        RememberTokens.Accepted accepted = (RememberTokens.Accepted) tokens.use(value);
        value = accepted.nextValue();
        return accepted;
    }

    /**
     * A whole request that has only the remember cookie, through the real {@code CurrentLogin}: no
     * session login, cookie read, {@code RememberTokens.use}, user loader, client identifier, a new
     * session holding the login, the rotated cookie's {@code Set-Cookie} header.
     */
    @Benchmark
    public Object requestRestoredFromCookie() {
        FakeHttp.Request request = new FakeHttp.Request("127.0.0.1", AGENT)
                .cookies(new Cookie("remember_token", cookieValue));
        FakeHttp.Response response = new FakeHttp.Response();
        CurrentLogin login = wiring.newRequest(request, response);
        Object user = login.currentUser();
        if (login.source() != LoginSource.COOKIE) {
            throw new IllegalStateException("not restored from the cookie: " + login.source());
        }
        cookieValue = valueOf(response.lastSetCookie());
        return user;
    }

    private static String valueOf(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
}
