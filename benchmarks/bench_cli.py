"""Throughput and memory of ``cleantext --jsonl`` with -j 1 and -j 2 on a synthetic JSONL file.

    python benchmarks/bench_cli.py                  # ~200 MB file, -j 1 and -j 2
    python benchmarks/bench_cli.py --mb 1100        # the >= 1 GB run of issue 4
    python benchmarks/bench_cli.py --records 1000000 --jobs 1,2,0
    python benchmarks/bench_cli.py --file pages.jsonl   # your own file, records in "text"
    python benchmarks/bench_cli.py --mb 1100 --cli "--only strip_invisible"   # the I/O and IPC path alone

Each run is a real ``python -m cleantext --jsonl -j N FILE`` subprocess whose stdout is hashed
as it streams (so -j 2 is checked byte-identical to -j 1). Peak RSS is the largest sum of VmRSS
over the process and its workers, polled from /proc every 50 ms (Linux only). CPU seconds of
the whole process tree are reported too: on a loaded machine the wall-clock speed-up of -j 2 says
little, but -j 2 spending about the same CPU as -j 1 shows the parallel path adds no real overhead.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

WORDS = ["the", "council", "harbour", "rail", "valley", "ferry", "market", "weather", "storm", "school", "budget", "vote", "mayor", "station", "river", "bridge", "winter", "spring", "plan", "year", "month", "week", "report", "office", "town", "city", "said", "after", "before", "during", "against", "their", "would", "could", "about", "people", "water", "road", "price", "work"]
NAV = ["Home | News | Sport | Weather | Contact", "Menu", "Sign in | Subscribe", "Skip to content"]
FOOTERS = ["\u00a9 2025 Valley Gazette. All rights reserved.", "Share this article",
           "Cookie settings | Privacy policy | Terms of use"]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def page(rng: random.Random) -> str:
    """A scraped page of about 3 KB: navigation, headline, byline, paragraphs, related, footer."""
    parts = [rng.choice(NAV), sentence(rng, rng.randint(6, 12)), "By Ann Smith and Jo\u00eblle Brun", ""]
    for _ in range(rng.randint(5, 10)):
        parts += ["\n".join(sentence(rng, rng.randint(8, 30)) for _ in range(rng.randint(1, 3))), ""]
    parts += ["Related: " + sentence(rng, 8), "Read more: " + sentence(rng, 7), rng.choice(FOOTERS)]
    return "\n".join(parts)


def make_file(path: Path, *, mb: float, records: int | None, seed: int = 0) -> tuple[int, int]:
    """Write the synthetic JSONL file; returns (records, bytes)."""
    rng = random.Random(seed)
    pages = [page(rng) for _ in range(500)]  # reused in rotation: generation must not take longer than cleaning
    limit = mb * 1e6
    count = size = 0
    with path.open("wb", buffering=1 << 20) as fh:
        while (records is not None and count < records) or (records is None and size < limit):
            line = json.dumps({"id": count, "url": f"https://news.example/{count}", "lang": "en",
                               "text": pages[count % len(pages)]}, ensure_ascii=False).encode("utf-8") + b"\n"
            fh.write(line)
            count += 1
            size += len(line)
    return count, size


def tree_rss(root: int) -> int:
    """Bytes of resident memory of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/status", "rb") as fh:
                for line in fh:
                    if line.startswith(b"VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run(path: Path, jobs: int, extra: list[str]) -> dict[str, float | str]:
    cmd = [sys.executable, "-m", "cleantext", "--jsonl", "-j", str(jobs), "--quiet", *extra, str(path)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    peak = 0
    done = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.05)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    digest, out_bytes, out_lines = hashlib.sha256(), 0, 0
    for block in iter(lambda: proc.stdout.read(1 << 20), b""):  # type: ignore[union-attr]
        digest.update(block)
        out_bytes += len(block)
        out_lines += block.count(b"\n")
    err = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # includes the workers the CLI waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    done.set()
    poller.join()
    if code != 0:
        raise SystemExit(f"-j {jobs} failed with exit code {code}:\n{err[-2000:]}")
    return {"jobs": jobs, "seconds": seconds, "cpu": cpu, "lines": out_lines, "out_mb": out_bytes / 1e6,
            "peak_rss_mb": peak / 1e6, "sha256": digest.hexdigest()[:16]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=200, help="size of the synthetic file (default 200)")
    ap.add_argument("--records", type=int, help="number of records instead of --mb")
    ap.add_argument("--jobs", default="1,2", help="comma-separated -j values to run (default 1,2)")
    ap.add_argument("--file", type=Path, help="benchmark this JSONL file instead of a synthetic one")
    ap.add_argument("--keep", action="store_true", help="keep the synthetic file (its path is printed)")
    ap.add_argument("--cli", default="", metavar="ARGS",
                    help="more cleantext options, e.g. '--only strip_invisible' to measure the streaming "
                         "and worker machinery alone, or '--add title,removed'")
    args = ap.parse_args()

    tmpdir = tempfile.mkdtemp(prefix="bench_cli_")
    path = args.file or Path(tmpdir) / "pages.jsonl"
    if args.file is None:
        t0 = time.perf_counter()
        count, size = make_file(path, mb=args.mb, records=args.records)
        print(f"wrote {count:,} records, {size / 1e6:,.0f} MB to {path} in {time.perf_counter() - t0:.0f} s")
    else:
        size = path.stat().st_size
        with path.open("rb") as fh:
            count = sum(1 for _ in fh)
    print(f"cpu cores available: {len(os.sched_getaffinity(0))}, load average: {os.getloadavg()[0]:.1f}")
    results = []
    try:
        for jobs in (int(j) for j in args.jobs.split(",")):
            r = run(path, jobs, args.cli.split())
            results.append(r)
            print(f"-j {jobs}: {count / float(r['seconds']):8,.0f} records/s  "
                  f"{size / 1e6 / float(r['seconds']):6.1f} MB/s  {float(r['seconds']):7.1f} s  "
                  f"cpu {float(r['cpu']):7.1f} s ({count / float(r['cpu']):,.0f} records/cpu-s)  "
                  f"peak RSS {float(r['peak_rss_mb']):6.0f} MB  output sha256 {r['sha256']}", flush=True)
    finally:
        if args.file is None and not args.keep:
            path.unlink()
            os.rmdir(tmpdir)
    base = results[0]
    for r in results[1:]:
        same = "identical" if r["sha256"] == base["sha256"] else "DIFFERENT"
        print(f"-j {r['jobs']} vs -j {base['jobs']}: {float(base['seconds']) / float(r['seconds']):.2f}x, "
              f"output {same}")


if __name__ == "__main__":
    main()
