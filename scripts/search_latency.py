#!/usr/bin/env python3
"""Median and 90th-percentile latency of search requests against a running `sitrep serve`.

Usage:
  ./sitrep serve --store /tmp/gvcstore --port 7071 &
  python3 scripts/search_latency.py http://127.0.0.1:7071 [--runs 30] [--warmup 3]

Each request is sent with curl --warmup times unmeasured, then --runs times one after another;
the time is curl's time_total (connection included), on the same host, as in docs/SERVER.md.
"""
import json
import statistics
import subprocess
import sys
import urllib.parse

REQUESTS = [
    "/api/search?q=" + urllib.parse.quote("shooting"),
    "/api/search?q=" + urllib.parse.quote("shooting police"),
    "/api/search?q=" + urllib.parse.quote('"police officer" wounded') + "&kind=documents",
    "/api/search?q=" + urllib.parse.quote("chicago") + "&kind=incidents&limit=100",
    "/api/search?q=" + urllib.parse.quote("shoot*") + "&limit=100",
    "/api/incidents?q=" + urllib.parse.quote("shooting police"),
    "/api/incidents?q=" + urllib.parse.quote("chicago") + "&sort=-fatalities",
]


def option(name, default):
    if name in sys.argv:
        return int(sys.argv[sys.argv.index(name) + 1])
    return default


def timed(url):
    done = subprocess.run(
        ["curl", "-s", "-w", "\n%{time_total}", url], capture_output=True, text=True, check=True)
    body, _, seconds = done.stdout.rpartition("\n")
    return float(seconds) * 1000, json.loads(body)


def main():
    base = sys.argv[1].rstrip("/")
    runs = option("--runs", 30)
    warmup = option("--warmup", 3)
    print("| request | hits (total) | median | p90 |")
    print("| --- | --- | --- | --- |")
    for path in REQUESTS:
        for _ in range(warmup):
            timed(base + path)
        times = []
        answer = None
        for _ in range(runs):
            elapsed, answer = timed(base + path)
            times.append(elapsed)
        times.sort()
        p90 = times[min(len(times) - 1, int(round(0.9 * len(times))) - 1)]
        total = answer.get("total")
        shown = len(answer.get("hits", answer.get("incidents", [])))
        print(f"| `GET {urllib.parse.unquote(path)}` | {shown} ({total}) "
              f"| {statistics.median(times):.0f} ms | {p90:.0f} ms |")


if __name__ == "__main__":
    main()
