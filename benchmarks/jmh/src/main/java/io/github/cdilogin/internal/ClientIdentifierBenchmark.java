package io.github.cdilogin.internal;

import io.github.cdilogin.SessionProtection;
import io.github.cdilogin.internal.config.ProtectionSettings;
import io.github.cdilogin.internal.session.ClientIdentifier;
import io.github.cdilogin.test.FakeHttp;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@code ClientIdentifier.of}: what session protection computes on every request that uses the user. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClientIdentifierBenchmark {

    private static final String AGENT =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    private final ProtectionSettings direct = new ProtectionSettings(SessionProtection.BASIC, Set.of());
    private final ProtectionSettings behindProxy = new ProtectionSettings(SessionProtection.BASIC, Set.of("10.0.0.2"));
    private final FakeHttp.Request directRequest = new FakeHttp.Request("203.0.113.7", AGENT);
    private final FakeHttp.Request proxiedRequest = new FakeHttp.Request("10.0.0.2", AGENT)
            .header("X-Forwarded-For", "198.51.100.1, 203.0.113.7");

    /** A client connecting directly: address and User-Agent, hashed. */
    @Benchmark
    public String direct() {
        return ClientIdentifier.of(directRequest, direct);
    }

    /** Behind a trusted proxy: X-Forwarded-For is read and walked from the right. */
    @Benchmark
    public String behindTrustedProxy() {
        return ClientIdentifier.of(proxiedRequest, behindProxy);
    }
}
