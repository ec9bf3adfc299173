"""Time and peak memory of one `extract()` call on pages of 1 to 50 MB: is cost linear in size?

Each kind of page is built at each size and cleaned in a fresh child process, which reports the
CPU and wall seconds of the call, its peak RSS and the RSS it started the call with (the
interpreter, cleantext and the page itself; on Linux the peak is reset after the page is read,
so "added" is what the call itself took). Kinds:

- ``prose``: generated scraped pages (article text and boilerplate, tests/pagegen) one after another
- ``short_lines``: ``"x\\n"`` repeated (a million lines per 2 MB)
- ``one_line``: a sentence repeated with no line break
- ``html``: one HTML page of many paragraphs (the generated prose, one ``<p>`` per line)

A page over the size guard's limits (`cleantext.limits`: 100 MB, a million blocks) is refused, and
the row says so; ``--max-bytes``/``--max-blocks`` change the limits (0: none) to measure past them.

Run: ``python benchmarks/bench_sizes.py [--mb 1,4,16,50] [--kind prose --kind html] [--max-blocks 0]``.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

KINDS = ("prose", "short_lines", "one_line", "html")
SENTENCE = "The council approved the budget for the new bridge after a long debate on Tuesday. "

WORKER = """
import gc, inspect, json, resource, sys, time
import cleantext


def status_kb(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))


spec = json.loads(sys.argv[1])
if "max_bytes" not in inspect.signature(cleantext.extract).parameters:
    spec["options"] = {}  # an older checkout, without the size guard
cleantext.extract("warm up " * 20, format=spec["format"])  # lazy imports and compiled patterns
with open(spec["path"], encoding="utf-8", newline="") as f:
    page = f.read()
gc.collect()
try:
    # Linux: reset the peak RSS, so reading the page does not count as the call's peak.
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    before, peak_of = status_kb("VmRSS"), lambda: status_kb("VmHWM")
except OSError:
    before, peak_of = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
cpu = time.process_time()
doc = cleantext.extract(page, format=spec["format"], **spec["options"])
cpu = time.process_time() - cpu
seconds = time.perf_counter() - start
peak = peak_of()
print(json.dumps({"seconds": seconds, "cpu": cpu, "before_kb": before, "peak_kb": peak,
                  "out_chars": len(doc.text)}))
"""


def prose_pool(html: bool) -> list[str]:
    """A few hundred generated pages, as text or as the lines of their article and boilerplate."""
    from pagegen import generate_page

    pages = [generate_page(random.Random(seed)).text() for seed in range(300)]
    if not html:
        return pages
    return ["".join(f"<p>{escape(line)}</p>\n" for line in page.split("\n") if line.strip()) for page in pages]


def build(kind: str, size: int, pool: dict[str, list[str]]) -> tuple[str, str]:
    """The page of ``kind`` of about ``size`` characters, and the format to clean it in."""
    if kind == "short_lines":
        return "x\n" * (size // 2), "text"
    if kind == "one_line":
        return SENTENCE * (size // len(SENTENCE)), "text"
    fmt = "html" if kind == "html" else "text"
    if fmt not in pool:
        pool[fmt] = prose_pool(fmt == "html")
    parts: list[str] = []
    total = 0
    rng = random.Random(size)
    while total < size:
        part = rng.choice(pool[fmt])
        parts.append(part)
        total += len(part.encode("utf-8"))
    body = "\n".join(parts)
    if fmt == "html":
        body = "<html><head><title>A long page</title></head><body>\n" + body + "</body></html>\n"
    return body, fmt


def measure(page: str, fmt: str, options: dict[str, int], timeout: float) -> dict[str, float]:
    """Clean ``page`` in a fresh child process and return what it measured."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", suffix=".page", delete=False) as f:
        f.write(page)
        path = f.name
    try:
        spec = json.dumps({"path": path, "format": fmt, "options": options})
        done = subprocess.run([sys.executable, "-c", WORKER, spec], capture_output=True, text=True,
                              timeout=timeout, check=False)
    finally:
        Path(path).unlink()
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        if "PageTooLargeError" in last:
            return {"error": "refused: " + last.split(": ", 1)[-1].split(";")[0]}  # type: ignore[dict-item]
        return {"error": "error: " + last}  # type: ignore[dict-item]
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", default="1,4,16,50", help="comma-separated sizes in MB (default 1,4,16,50)")
    parser.add_argument("--kind", action="append", choices=KINDS, help="only these kinds (repeatable)")
    parser.add_argument("--max-bytes", type=int, help="max_bytes= for extract (default: its default; 0: none)")
    parser.add_argument("--max-blocks", type=int, help="max_blocks= for extract (default: its default; 0: none)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per run (default 600)")
    args = parser.parse_args(argv)
    sizes = [int(float(mb) * 1_000_000) for mb in args.mb.split(",")]
    pool: dict[str, list[str]] = {}
    print("| kind | MB | CPU s | wall s | MB per CPU-s | CPU s per MB, vs the first size | peak RSS MB "
          "| RSS added by the call, MB | added / page size |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in args.kind or KINDS:
        first: float | None = None
        for size in sizes:
            page, fmt = build(kind, size, pool)
            mb = len(page.encode("utf-8")) / 1e6
            options = {name: value or None for name, value in (("max_bytes", args.max_bytes),
                                                                ("max_blocks", args.max_blocks)) if value is not None}
            try:
                r = measure(page, fmt, options, args.timeout)
            except subprocess.TimeoutExpired:
                print(f"| {kind} | {mb:.1f} | TIMEOUT after {args.timeout:.0f} s | | | | | | |", flush=True)
                continue
            del page
            if "error" in r:
                print(f"| {kind} | {mb:.1f} | {r['error']} | | | | | | |", flush=True)
                continue
            per_mb = r["cpu"] / mb
            first = first or per_mb
            added = (r["peak_kb"] - r["before_kb"]) / 1024
            print(f"| {kind} | {mb:.1f} | {r['cpu']:.2f} | {r['seconds']:.2f} | {mb / r['cpu']:.2f} "
                  f"| {per_mb / first:.2f}x | {r['peak_kb'] / 1024:.0f} | {added:.0f} | {added / mb:.1f}x |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
