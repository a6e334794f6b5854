"""Summarises the load benchmark's rows (round, scenario, req/s, p50 ms, p99 ms, non-2xx) against issue 6's targets."""
import statistics
import sys
from collections import defaultdict

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
by = defaultdict(list)
for rnd, name, rps, p50, p99, bad in rows:
    by[name].append((int(rnd), float(rps), float(p50), float(p99), int(bad)))

print(f"{'scenario':38} {'req/s (mean)':>12} {'min':>9} {'max':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
for name, runs in by.items():
    rps = [r[1] for r in runs]
    print(f"{name:38} {statistics.mean(rps):12.0f} {min(rps):9.0f} {max(rps):9.0f} "
          f"{statistics.median(r[2] for r in runs):8.2f} {statistics.median(r[3] for r in runs):8.2f} "
          f"{sum(r[4] for r in runs):8d}")


def ratio(a, b):
    """Mean of the per-round ratios a/b (each round's runs are neighbours in time), and their range."""
    per_round = {r[0]: r[1] for r in by[a]}
    ratios = [per_round[r[0]] / r[1] for r in by[b] if r[0] in per_round and r[1] > 0]
    return statistics.mean(ratios), min(ratios), max(ratios)


FLASK_SESSION = 3700.0
print()
print(f"{'ratio':62} {'value':>6} {'range':>13} {'target':>8}  met")
checks = [
    ("public with cdi-login / public without", "public", "public-without-cdi-login", 0.98),
    ("me (session) / hand-made session baseline", "me-session", "baseline-session", 0.97),
    ("me (session) / Jakarta Security guarded", "me-session", "jakarta-security-guarded", 1.3),
    ("public with cdi-login / public behind an empty filter", "public", "public-behind-an-empty-filter", None),
    ("public behind an empty filter / public without", "public-behind-an-empty-filter", "public-without-cdi-login", None),
    ("hand-made baseline / public (same WAR)", "baseline-session", "public", None),
    ("baseline with cdi-login / baseline without", "baseline-session", "baseline-session-without-cdi-login", None),
    ("Jakarta Security public / public without cdi-login", "public-jakarta-security", "public-without-cdi-login", None),
    ("Jakarta Security guarded / baseline without cdi-login", "jakarta-security-guarded", "baseline-session-without-cdi-login", None),
    ("me (bearer) / public", "me-bearer", "public", None),
    ("me (remember cookie, a restore each request) / public", "me-remember-cookie", "public", None),
]
for label, a, b, target in checks:
    if a in by and b in by:
        value, low, high = ratio(a, b)
        verdict = "" if target is None else ("yes" if value >= target else "NO")
        print(f"{label:62} {value:6.3f} {low:6.3f}-{high:6.3f} {('>= %.2f' % target) if target else '':>8}  {verdict}")
if "me-session" in by:
    me = statistics.mean(r[1] for r in by["me-session"])
    print(f"{'me (session) / Flask-Login session endpoint (3.7k req/s, issue 6)':62} {me / FLASK_SESSION:6.2f} "
          f"{'':13} {'>= 3.00':>8}  {'yes' if me / FLASK_SESSION >= 3 else 'NO'}")
