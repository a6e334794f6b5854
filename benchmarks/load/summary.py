"""The load benchmark's verdicts (issue 15): paired runs, median of the per-pair ratios, 95% bootstrap intervals.

    python3 summary.py report    ROWS COMPARISONS SCENARIOS   # the tables
    python3 summary.py converged ROWS COMPARISONS HALF_WIDTH  # exit 0 when every interval is within +-HALF_WIDTH

ROWS (written by measure.sh, one wrk run a line): round, comparison id, scenario, req/s, p50 ms, p99 ms,
non-2xx answers, requests, server CPU microseconds per request. COMPARISONS: id, label, scenario A, scenario B,
target (empty for information only). SCENARIOS: name, the server that answers it. Standard library only.

Each comparison's two scenarios run back to back in every round (A B, then B A in the next round), so a
pair shares the machine's state of the moment; the verdict is the median of the per-pair ratios A/B with a
percentile bootstrap interval (10,000 resamples, fixed seed). A target is met only when the whole interval
clears it, not met when the whole interval misses it, and undecided otherwise. The CPU ratio is the server's
CPU time per request of B over that of A, from /proc/<pid>/stat: like the throughput ratio, above 1 when A
costs less, and less disturbed by what else the machine runs.
"""
import random
import statistics
import sys
from collections import defaultdict

RESAMPLES = 10_000
SEED = 15


def read_rows(path):
    rows = []
    for line in open(path):
        if line.strip():
            rnd, comp, name, rps, p50, p99, bad, requests, cpu = line.rstrip("\n").split("\t")
            rows.append(dict(round=int(rnd), comp=comp, name=name, rps=float(rps), p50=float(p50), p99=float(p99),
                             bad=int(bad), requests=int(requests), cpu=float(cpu)))
    return rows


def read_table(path, width):
    table = []
    for line in open(path):
        if line.strip() and not line.startswith("#"):
            cells = line.rstrip("\n").split("\t")
            table.append(cells + [""] * (width - len(cells)))
    return table


def interval(values):
    """Median and its 95% percentile-bootstrap interval."""
    if len(values) < 2:
        m = values[0] if values else float("nan")
        return m, float("nan"), float("nan")
    rng = random.Random(SEED)
    n = len(values)
    medians = sorted(statistics.median(rng.choices(values, k=n)) for _ in range(RESAMPLES))
    return statistics.median(values), medians[int(0.025 * RESAMPLES)], medians[int(0.975 * RESAMPLES) - 1]


def pairs(rows, comp, a, b):
    """Per round: (req/s ratio A/B, CPU ratio B/A), from the two runs of that round."""
    by_round = defaultdict(dict)
    for r in rows:
        if r["comp"] == comp:
            by_round[r["round"]][r["name"]] = r
    out = []
    for rnd in sorted(by_round):
        runs = by_round[rnd]
        if a in runs and b in runs and runs[b]["rps"] > 0 and runs[a]["cpu"] > 0:
            out.append((runs[a]["rps"] / runs[b]["rps"], runs[b]["cpu"] / runs[a]["cpu"]))
    return out


def half_width(m, lo, hi):
    return max(hi / m - 1, 1 - lo / m) if m == m and lo == lo else float("inf")


def verdict(target, lo, hi):
    if not target:
        return ""
    t = float(target)
    return "met" if lo >= t else "NOT MET" if hi < t else "undecided"


def converged(rows_path, comps_path, half):
    rows = read_rows(rows_path)
    ok = True
    for comp, label, a, b, target in read_table(comps_path, 5):
        p = pairs(rows, comp, a, b)
        m, lo, hi = interval([x[0] for x in p])
        w = half_width(m, lo, hi)
        ok &= w <= half
        print(f"  {comp:4} {len(p):3} pairs  {m:6.3f} [{lo:6.3f}, {hi:6.3f}]  +-{w * 100:4.1f}%")
    return ok


def report(rows_path, comps_path, scenarios_path):
    rows = read_rows(rows_path)
    servers = {name: server for name, server in read_table(scenarios_path, 2)}
    by_name = defaultdict(list)
    for r in rows:
        by_name[r["name"]].append(r)
    print(f"{'scenario':36} {'server':28} {'runs':>4} {'req/s':>7} {'min':>7} {'max':>7} {'CPU us/req':>10} "
          f"{'p50 ms':>6} {'p99 ms':>6} {'non-2xx':>7}")
    for name, runs in by_name.items():
        rps = [r["rps"] for r in runs]
        print(f"{name:36} {servers.get(name, '')[:28]:28} {len(runs):4} {statistics.median(rps):7.0f} {min(rps):7.0f} "
              f"{max(rps):7.0f} {statistics.median(r['cpu'] for r in runs):10.1f} "
              f"{statistics.median(r['p50'] for r in runs):6.2f} {statistics.median(r['p99'] for r in runs):6.2f} "
              f"{sum(r['bad'] for r in runs):7d}")
    print()
    print("ratio A / B: median of the per-pair ratios [95% bootstrap interval]; CPU: B's CPU per request / A's")
    print(f"{'':4} {'ratio':64} {'pairs':>5} {'req/s ratio':>24} {'target':>7} {'verdict':>9}  {'CPU ratio':>24}  "
          f"{'CPU us/req A, B':>15}")
    for comp, label, a, b, target in read_table(comps_path, 5):
        p = pairs(rows, comp, a, b)
        m, lo, hi = interval([x[0] for x in p])
        cm, clo, chi = interval([x[1] for x in p])
        ca = statistics.median(r["cpu"] for r in rows if r["comp"] == comp and r["name"] == a) if p else float("nan")
        cb = statistics.median(r["cpu"] for r in rows if r["comp"] == comp and r["name"] == b) if p else float("nan")
        print(f"{comp:4} {label[:64]:64} {len(p):5} {m:6.3f} [{lo:6.3f}, {hi:6.3f}] {('>= ' + target) if target else '':>7} "
              f"{verdict(target, lo, hi):>9}  {cm:6.3f} [{clo:6.3f}, {chi:6.3f}]  {ca:7.1f}, {cb:6.1f}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "converged":
        sys.exit(0 if converged(sys.argv[2], sys.argv[3], float(sys.argv[4])) else 1)
    report(sys.argv[2], sys.argv[3], sys.argv[4])
