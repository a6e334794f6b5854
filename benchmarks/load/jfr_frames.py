#!/usr/bin/env python3
"""Compares where two scenarios of profile.sh spend their HTTP threads' time, per 10,000 requests.

    python3 jfr_frames.py A-1.jfr A-2.jfr vs B-1.jfr B-2.jfr [--top 40] [--under FRAME]

For every method, the JFR execution samples of Payara's HTTP threads whose stack contains it (inclusive), divided by
the requests wrk counted in the recording's .wrk file beside it, times 10,000: A's, B's and A minus B, largest
differences first. A sample stands for about 10 ms of one thread's CPU (settings=profile), so the figures compare
scenarios of different throughput. --under FRAME counts only what runs inside FRAME (its callees), in A and B.
Python 3's standard library and the JDK's jfr tool only.
"""
import argparse
import collections
import os
import re
import subprocess

FRAME = re.compile(r'^\s+([\w$.<>/]+)\(.*\)\s+line:')
HTTP_THREADS = ('http-thread-pool', 'http-listener')


def stacks(path):
    """The HTTP threads' sampled stacks of one recording, leaf first; the text form is kept beside it."""
    text_path = path + '.stacks'
    if not os.path.exists(text_path):
        text = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '512', path],
                              capture_output=True, text=True, check=True).stdout
        with open(text_path, 'w') as out:
            out.write(text)
    with open(text_path) as text:
        events = text.read().split('jdk.ExecutionSample {')[1:]
    return [[m.group(1) for m in map(FRAME.match, event.splitlines()) if m]
            for event in events if any(name in event for name in HTTP_THREADS)]


def requests(path):
    with open(path[:-len('.jfr')] + '.wrk') as wrk:
        return int(re.search(r'(\d+) requests in', wrk.read()).group(1))


def per_10k(paths, under):
    samples, served = [], 0
    for path in paths:
        samples += stacks(path)
        served += requests(path)
    counts = collections.Counter()
    for stack in samples:
        if under is None:
            counts.update(set(stack))
        elif under in stack:
            counts.update(set(stack[:stack.index(under)]))
    return {frame: n * 1e4 / served for frame, n in counts.items()}, len(samples) * 1e4 / served


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('recordings', nargs='+', help='A\'s recordings, then vs, then B\'s')
    parser.add_argument('--top', type=int, default=40)
    parser.add_argument('--under')
    args = parser.parse_args()
    if 'vs' not in args.recordings:
        parser.error('separate A\'s recordings from B\'s with vs')
    split = args.recordings.index('vs')
    a, a_total = per_10k(args.recordings[:split], args.under)
    b, b_total = per_10k(args.recordings[split + 1:], args.under)
    print(f'HTTP-thread samples per 10,000 requests: A {a_total:.2f}, B {b_total:.2f} (A/B {a_total / b_total:.3f})')
    rows = sorted(((a.get(f, 0) - b.get(f, 0), a.get(f, 0), b.get(f, 0), f) for f in set(a) | set(b)), reverse=True)
    print(f'{"A-B":>7} {"A":>7} {"B":>7}  method (A more)')
    for diff, in_a, in_b, frame in rows[:args.top]:
        print(f'{diff:7.2f} {in_a:7.2f} {in_b:7.2f}  {frame}')
    print(f'{"A-B":>7} {"A":>7} {"B":>7}  method (B more)')
    for diff, in_a, in_b, frame in rows[max(args.top, len(rows) - args.top // 2):]:
        print(f'{diff:7.2f} {in_a:7.2f} {in_b:7.2f}  {frame}')


if __name__ == '__main__':
    main()
