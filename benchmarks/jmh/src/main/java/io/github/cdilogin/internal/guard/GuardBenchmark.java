package io.github.cdilogin.internal.guard;

import io.github.cdilogin.LoginSource;
import io.github.cdilogin.internal.Wiring;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.login.CurrentLogin;
import io.github.cdilogin.internal.remember.MemoryTokenStore;
import io.github.cdilogin.test.FakeHttp;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
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
 * The interceptors' second check, where a door (the servlet or JAX-RS filter) already let the request
 * in: the request's login is resolved and kept in its {@code CurrentLogin}, so the check is that
 * login's answer and nothing else (no loader, no session, no allocation). Compared with the bare call
 * ({@link #call}). Not included: the container's interceptor chain and the CDI client proxy in front of
 * the request-scoped login (one context look-up), which the load benchmark has.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GuardBenchmark {

    private static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

    private final LoginRequiredInterceptor loginRequired = new LoginRequiredInterceptor();
    private final FreshLoginRequiredInterceptor freshLoginRequired = new FreshLoginRequiredInterceptor();
    private final Invocation invocation = new Invocation();

    @Setup(Level.Trial)
    public void setUp() {
        Wiring wiring = new Wiring(Map.of(), new MemoryTokenStore(Clock.systemUTC()));
        FakeHttp.Response response = new FakeHttp.Response();
        FakeHttp.Request atLogin = new FakeHttp.Request("127.0.0.1", AGENT);
        wiring.newRequest(atLogin, response).login(wiring.users.loadUser("alice").orElseThrow());
        // A later request of that session, whose door already resolved the user.
        CurrentLogin login = wiring.newRequest(new FakeHttp.Request("127.0.0.1", AGENT).session(atLogin.currentSession()),
                response);
        if (login.source() != LoginSource.SESSION || !login.isFresh()) {
            throw new IllegalStateException("expected a fresh login from the session, got " + login.source());
        }
        Guard guard = new Guard();
        guard.login = login;
        guard.events = wiring.events;
        loginRequired.guard = new LazyBean<>(Guard.class, guard);
        freshLoginRequired.guard = new LazyBean<>(Guard.class, guard);
    }

    /** The guarded method alone. */
    @Benchmark
    public Object call() throws Exception {
        return invocation.proceed();
    }

    /** {@code @LoginRequired}: the interceptor, then the method. */
    @Benchmark
    public Object loginRequired() throws Exception {
        return loginRequired.guard(invocation);
    }

    /** {@code @FreshLoginRequired}: the interceptor, then the method. */
    @Benchmark
    public Object freshLoginRequired() throws Exception {
        return freshLoginRequired.guard(invocation);
    }

    /** A call of a bean method, as the container hands it to an interceptor. */
    private static final class Invocation implements InvocationContext {
        private static final Method METHOD;

        static {
            try {
                METHOD = Object.class.getMethod("toString");
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Object target = new Object();
        private final Object[] parameters = new Object[0];

        @Override public Object getTarget() { return target; }
        @Override public Object getTimer() { return null; }
        @Override public Method getMethod() { return METHOD; }
        @Override public Constructor<?> getConstructor() { return null; }
        @Override public Object[] getParameters() { return parameters; }
        @Override public void setParameters(Object[] params) { throw new UnsupportedOperationException(); }
        @Override public Map<String, Object> getContextData() { throw new UnsupportedOperationException(); }
        @Override public Object proceed() { return "ok"; }
    }
}
