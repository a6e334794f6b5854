package io.github.cdilogin.internal;

import io.github.cdilogin.SafeNext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@code SafeNext.isSafe} on the values a login form sees: ordinary paths, and what attackers send. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SafeNextBenchmark {

    @Param({
        "/profile",                                   // typical
        "/orders/42?tab=items&page=2",                // typical, with a query
        "/search?q=blue%20shoes&next=%2Fcart",        // typical, percent-encoded
        "//evil.example",                             // hostile: protocol-relative
        "/%252F%252Fevil.example",                    // hostile: encoded twice
        "http://localhost@evil.example/",             // hostile: userinfo
        "javascript:alert(document.cookie)",          // hostile: scheme
        "/\\evil.example",                            // hostile: backslash
    })
    public String next;

    @Benchmark
    public boolean isSafe() {
        return SafeNext.isSafe(next);
    }
}
