"""Compare cleantext with its peers on a corpus folder: quality (the corpus metrics) and speed, in one run.

    python benchmarks/compare.py ../shared/corpus                     # everything installed, both modes
    python benchmarks/compare.py ../shared/corpus --limit 20 --mode html --systems cleantext,trafilatura

Every system runs in its own process (see worker.py) and all of them take turns on each page, so they
share machine conditions. Writes results.md, results.json and PNG charts to --out (default docs/bench).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import metrics
from systems import BY_NAME, SYSTEMS, YARDSTICK
from worker import Worker

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "docs" / "bench"
MODES = ("html", "text")
# Distribution names, for the versions line under the tables.
DISTRIBUTIONS = {"cleantext": "cleantext-pages", "trafilatura": "trafilatura", "readability": "readability-lxml",
                 "justext": "jusText", "resiliparse": "Resiliparse", "html-text": "html-text", "ftfy": "ftfy",
                 "lxml-parse": "lxml", "cleantext-repairs": "cleantext-pages"}


@dataclass
class Dataset:
    """One corpus folder: its page ids (sorted, as score.py does) and the truth to score against."""

    name: str
    path: Path
    metric: str
    ids: list[str]
    truth: dict[str, Any]

    def page(self, doc_id: str, mode: str) -> str:
        sub, ext = ("html", "html") if mode == "html" else ("text", "txt")
        return (self.path / sub / f"{doc_id}.{ext}").read_text(encoding="utf-8")


def load_dataset(path: Path, limit: int) -> Dataset:
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    ids = sorted(meta)[:limit] if limit else sorted(meta)
    segments = path / "segments.json"
    if segments.exists():
        all_segments = json.loads(segments.read_text(encoding="utf-8"))
        return Dataset(path.name, path, "segments", ids, {i: all_segments[i] for i in ids})
    golds = {i: (path / "gold" / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
    return Dataset(path.name, path, "shingles", ids, golds)


@dataclass
class Tally:
    """What one system produced in one mode on one dataset, and what it cost."""

    outputs: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    bytes: int = 0
    crashes: int = 0
    first_error: str = ""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="folder of datasets in the corpus format (e.g. ../shared/corpus)")
    ap.add_argument("--mode", choices=["html", "text", "both"], default="both")
    ap.add_argument("--dataset", action="append", help="dataset name under the corpus (repeatable; default all)")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each dataset (default all)")
    ap.add_argument("--systems", default="", help=f"comma-separated subset of: {', '.join(BY_NAME)}")
    ap.add_argument("--skip", default="", help="comma-separated systems to leave out")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where results.md/.json and charts go")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds one page may take (default 120)")
    ap.add_argument("--bootstrap", type=int, default=200, help="bootstrap rounds for the F1 noise band")
    ap.add_argument("--no-charts", action="store_true", help="skip the PNG charts (no matplotlib needed)")
    ap.add_argument("--show", type=int, default=0, help="print the N worst pages of cleantext per dataset")
    return ap.parse_args(argv)


def choose_jobs(args: argparse.Namespace) -> list[tuple[str, str]]:
    wanted = [s for s in args.systems.split(",") if s] or [s.name for s in SYSTEMS]
    unknown = [s for s in wanted + args.skip.split(",") if s and s not in BY_NAME]
    if unknown:
        raise SystemExit(f"unknown system(s) {', '.join(unknown)}; known: {', '.join(BY_NAME)}")
    skip = set(args.skip.split(","))
    modes = MODES if args.mode == "both" else (args.mode,)
    jobs = [(name, mode) for mode in modes for name in wanted
            if name not in skip and mode in BY_NAME[name].modes]
    # The yardstick always runs (on the HTML of each page), unless asked not to.
    if YARDSTICK not in skip and (YARDSTICK, "html") not in jobs:
        jobs.append((YARDSTICK, "html"))
    return jobs


def version_of(system: str) -> str:
    try:
        return metadata.version(DISTRIBUTIONS.get(system, system))
    except metadata.PackageNotFoundError:
        return ""


def cleantext_source() -> str:
    """Where the measured cleantext comes from: its folder and git commit (with "+changes" if dirty)."""
    spec = importlib.util.find_spec("cleantext")
    if spec is None or spec.origin is None:
        return "not installed"
    folder = Path(spec.origin).parent
    try:
        commit = subprocess.run(["git", "-C", str(folder), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(folder), "status", "--porcelain", "--", "."], capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return str(folder)
    return f"commit {commit}{' +uncommitted changes' if dirty else ''}"


def run_all(datasets: list[Dataset], jobs: list[tuple[str, str]], timeout: float
            ) -> tuple[dict[tuple[str, str, str], Tally], dict[tuple[str, str], dict[str, Any]], dict[str, str]]:
    """Run every job on every page, interleaved; returns tallies, per-job process figures, skip notes."""
    workers: dict[tuple[str, str], Worker] = {}
    skipped: dict[str, str] = {}
    for job in jobs:
        worker = Worker(*job)
        if worker.missing is not None:
            skipped[job[0]] = f"not installed ({worker.missing})"
            print(f"skipping {job[0]} ({job[1]}): {worker.missing}", file=sys.stderr)
            continue
        workers[job] = worker
    live = list(workers)
    tallies = {(s, m, d.name): Tally() for (s, m) in live for d in datasets}
    pages = [(d, i) for d in datasets for i in d.ids]
    started = time.perf_counter()
    try:
        for k, (dataset, doc_id) in enumerate(pages):
            sources = {mode: dataset.page(doc_id, mode) for mode in {m for _, m in live}}
            # Rotate who goes first, so no system always meets a cold cache after the file read.
            for job in live[k % len(live):] + live[:k % len(live)]:
                source = sources[job[1]]
                answer = workers[job].run(source, timeout)
                tally = tallies[(job[0], job[1], dataset.name)]
                tally.outputs[doc_id] = answer.output or ""
                tally.seconds += answer.seconds
                tally.bytes += len(source.encode("utf-8"))
                if answer.error is not None:
                    tally.crashes += 1
                    tally.first_error = tally.first_error or f"{doc_id}: {answer.error}"
            if (k + 1) % 25 == 0 or k + 1 == len(pages):
                elapsed = time.perf_counter() - started
                print(f"  {k + 1}/{len(pages)} pages, {elapsed:.0f} s, "
                      f"about {elapsed / (k + 1) * (len(pages) - k - 1):.0f} s to go", file=sys.stderr)
        process = {}
        for job, worker in workers.items():
            process[job] = {"start_rss_mb": worker.start_rss_mb, "peak_rss_mb": worker.stop(),
                            "notes": worker.notes}
    finally:
        for worker in workers.values():
            worker.kill()
    return tallies, process, skipped


def summarize(datasets: list[Dataset], tallies: dict[tuple[str, str, str], Tally],
              process: dict[tuple[str, str], dict[str, Any]], bootstrap: int) -> tuple[list[dict[str, Any]],
                                                                                       list[dict[str, Any]]]:
    """Quality rows (system x mode x dataset) and speed rows (system x mode)."""
    by_name = {d.name: d for d in datasets}
    quality = []
    for (system, mode, name), tally in tallies.items():
        if not BY_NAME[system].scored:
            continue
        ds = by_name[name]
        if ds.metric == "segments":
            scores = metrics.segment_scores(ds.truth, tally.outputs)
        else:
            scores = metrics.shingle_scores(ds.truth, tally.outputs, bootstrap=bootstrap)
        quality.append({"system": system, "mode": mode, "dataset": name, **asdict(scores),
                        "crashes": tally.crashes, "first_error": tally.first_error})
    yard = sum(t.seconds for (s, m, _), t in tallies.items() if (s, m) == (YARDSTICK, "html"))
    speed = []
    for job, figures in process.items():
        parts = [t for (s, m, _), t in tallies.items() if (s, m) == job]
        seconds = sum(t.seconds for t in parts)
        pages = sum(len(t.outputs) for t in parts)
        data = sum(t.bytes for t in parts)
        speed.append({"system": job[0], "mode": job[1], "pages": pages, "seconds": seconds, "bytes": data,
                      "pages_per_s": pages / seconds if seconds else 0.0,
                      "mb_per_s": data / 1e6 / seconds if seconds else 0.0,
                      "vs_lxml_parse": seconds / yard if yard else None,
                      "crashes": sum(t.crashes for t in parts), **figures})
    return quality, speed


def print_worst(datasets: list[Dataset], tallies: dict[tuple[str, str, str], Tally], n: int) -> None:
    for (system, mode, name), tally in tallies.items():
        if system != "cleantext":
            continue
        ds = next(d for d in datasets if d.name == name)
        worst = sorted(ds.ids, key=lambda i: metrics.document_f1(ds.truth[i], tally.outputs[i]))[:n]
        for i in worst:
            print(f"worst {mode} {name}/{i}: F1={metrics.document_f1(ds.truth[i], tally.outputs[i]):.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = args.dataset or sorted(p.parent.name for p in args.corpus.glob("*/meta.json"))
    if not names:
        raise SystemExit(f"no datasets (folders with meta.json) under {args.corpus}")
    datasets = [load_dataset(args.corpus / n, args.limit) for n in names]
    jobs = choose_jobs(args)
    print(f"{sum(len(d.ids) for d in datasets)} pages x {len(jobs)} system/mode pairs", file=sys.stderr)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    source = cleantext_source()  # before the run: the tree may move on while it goes
    tallies, process, skipped = run_all(datasets, jobs, args.timeout)
    quality, speed = summarize(datasets, tallies, process, args.bootstrap)
    results = {
        "started": started,
        "corpus": {d.name: {"pages": len(d.ids), "metric": d.metric} for d in datasets},
        "limit": args.limit,
        "machine": f"{platform.machine()}, {platform.system()}, Python {platform.python_version()}",
        "cleantext": source,
        "systems": {s.name: {"about": s.about, "role": s.role, "version": version_of(s.name)} for s in SYSTEMS
                    if any(j[0] == s.name for j in process)},
        "skipped": skipped, "quality": quality, "speed": speed,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    import report

    (args.out / "results.md").write_text(report.markdown(results), encoding="utf-8")
    if not args.no_charts:
        report.charts(results, args.out)
    print(report.markdown(results))
    if args.show:
        print_worst(datasets, tallies, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
