package io.github.cdilogin.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark's own threads (JMH's workers) used per operation, beside JMH's wall-clock
 * figure: on a machine whose cores are shared with other work, a thread that waits for a core adds
 * wall-clock time but no CPU time, so this figure moves far less with the machine's load. It still
 * moves with what the neighbours do to the caches, and it leaves out the GC's threads (the bytes per
 * operation of {@code -prof gc} show that cost). Use it as any JMH profiler:
 *
 * <pre>{@code
 * java -jar benchmarks.jar RequestPathBenchmark -prof gc -prof io.github.cdilogin.internal.CpuTimeProfiler
 * }</pre>
 *
 * It reports {@code cpu.time.norm} in ns/op, from the workers' CPU time over the iteration's
 * operations (all of them, as {@code gc.alloc.rate.norm} counts).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "CPU time of JMH's worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = workersCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        long used = workersCpuTime() - before;
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0 || used <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.time.norm", (double) used / ops, "ns/op", AggregationPolicy.AVG));
    }

    private long workersCpuTime() {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    sum += cpu;
                }
            }
        }
        return sum;
    }
}
