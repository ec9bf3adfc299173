"""Speed of the pure and the compiled build side by side, next to ftfy, lxml's parse and the peers.

    python benchmarks/bench_builds.py --compiled /tmp/venv-mypyc/bin/python [--corpus ../shared/corpus]
    python benchmarks/bench_builds.py --compiled PY --mode text --rounds 5 --peers none

The pure build is this checkout's src/ run by this interpreter; the compiled build is whatever
``cleantext`` the ``--compiled`` interpreter imports (a venv where ``CLEANTEXT_MYPYC=1 pip install .``
ran; the worker checks that it is compiled). Every system lives in its own process; each chunk of
documents (``--chunk``, default 20) goes to every system in turn (the order rotates per chunk) and
each worker times only its own calls, in CPU time, so load on a shared machine falls on all systems
alike. A round covers every document; the best round per system is kept. Chunks rather than single
documents: switching processes after every page leaves each system's caches cold (its patterns,
tables and code), which a real run over many pages in one process does not pay; at one document
per turn (``--chunk 1``) cleantext read 11-15% slower on the corpus texts than at 20 per turn
(pure 2.90 against 3.27 MB/s, compiled 3.54 against 4.17, one run under load), ftfy the same.

Text mode (``extract(format="text")``): MB/s of UTF-8 input on the corpus texts and on the example
pages, next to ``ftfy.fix_text`` and the strip/join floor (split the text into lines, strip each,
join them: the least per-line Python work can cost). HTML mode: pages/s on the corpus pages and
each system's time over lxml's parse alone, next to the peers that are installed.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TEXT_PEERS = ["ftfy", "strip-join"]
HTML_PEERS = ["lxml-parse", "trafilatura", "readability", "resiliparse"]


# -- worker side ------------------------------------------------------------------------------------
def strip_join(text: str) -> str:
    return "\n".join([line.strip() for line in text.splitlines()])


def build_of(name: str) -> str:
    """"compiled" when cleantext's hot modules are extension modules, else "pure"."""
    if not name.startswith("cleantext"):
        return "-"
    import cleantext.page

    return "pure" if (cleantext.page.__file__ or "").endswith(".py") else "compiled"


def serve(name: str, mode: str) -> None:
    """Answer one line per line of tab-separated paths read from stdin: the CPU seconds ``name``
    took on those files (each read before its clock starts)."""
    sys.path.insert(0, str(HERE))
    from systems import make_system
    from worker import WARM_UP_HTML, WARM_UP_TEXT

    run: Callable[[str], object] = strip_join if name == "strip-join" else make_system(name, mode)
    run(WARM_UP_HTML if mode == "html" else WARM_UP_TEXT)  # lazy imports and caches are not page one's
    print(json.dumps({"build": build_of(name)}), flush=True)
    for line in sys.stdin:
        seconds, errors = 0.0, []
        for path in line.rstrip("\n").split("\t"):
            page = Path(path).read_text(encoding="utf-8", errors="surrogateescape")
            start = time.process_time()
            try:
                run(page)
            except Exception as e:  # noqa: BLE001 - a peer failing on one page is counted, not fatal
                errors.append(f"{type(e).__name__}: {e}"[:200])
            seconds += time.process_time() - start
        print(json.dumps({"seconds": seconds, "errors": errors}), flush=True)


# -- runner side ------------------------------------------------------------------------------------
@dataclass
class Worker:
    label: str
    python: str
    name: str
    mode: str
    pythonpath: str | None
    proc: subprocess.Popen[str] = field(init=False)
    build: str = field(init=False)
    errors: int = 0

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        if self.pythonpath:
            env["PYTHONPATH"] = self.pythonpath
        self.proc = subprocess.Popen([self.python, __file__, "--serve", self.name, "--mode", self.mode],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout is not None
        self.build = json.loads(self.proc.stdout.readline())["build"]

    def time(self, paths: list[Path]) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\t".join(map(str, paths)) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        self.errors += len(answer["errors"])
        return float(answer["seconds"])

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def available(python: str, module: str) -> bool:
    return subprocess.run([python, "-c", f"import {module}"], check=False, capture_output=True).returncode == 0


def make_workers(mode: str, args: argparse.Namespace) -> list[Worker]:
    pure_path = str(REPO / "src")
    workers = [Worker("cleantext pure", sys.executable, "cleantext", mode, pure_path)]
    if args.compiled:
        workers.append(Worker("cleantext compiled", args.compiled, "cleantext", mode, args.compiled_path))
    peers = TEXT_PEERS if mode == "text" else HTML_PEERS
    if args.peers != "all":
        peers = [p for p in peers if p in args.peers.split(",")]
    modules = {"ftfy": "ftfy", "lxml-parse": "lxml", "trafilatura": "trafilatura",
               "readability": "readability", "resiliparse": "resiliparse"}
    for peer in peers:
        if peer in modules and not available(sys.executable, modules[peer]):
            print(f"skipped {peer}: not installed", file=sys.stderr)
            continue
        workers.append(Worker(peer, sys.executable, peer, mode, pure_path))
    for w in workers:
        w.start()
    expected = {"cleantext pure": "pure", "cleantext compiled": "compiled"}
    for w in workers:
        if w.label in expected and w.build != expected[w.label]:
            sys.exit(f"{w.label}: {w.python} imports a {w.build} cleantext")
    return workers


def run_set(workers: list[Worker], paths: list[Path], rounds: int, chunk: int) -> dict[str, float]:
    """Best round's total CPU seconds per worker, chunks of ``chunk`` documents interleaved across workers."""
    best = {w.label: float("inf") for w in workers}
    chunks = [paths[i:i + chunk] for i in range(0, len(paths), chunk)]
    for _ in range(rounds):
        totals = dict.fromkeys(best, 0.0)
        for i, part in enumerate(chunks):
            k = i % len(workers)
            for w in workers[k:] + workers[:k]:
                totals[w.label] += w.time(part)
        best = {label: min(best[label], totals[label]) for label in best}
    return best


def report_text(workers: list[Worker], sets: dict[str, list[Path]], rounds: dict[str, int], chunk: int) -> list[str]:
    lines = ["| system | " + " | ".join(f"{name} MB/s" for name in sets) + " |",
             "|---|" + "---:|" * len(sets)]
    results = {name: run_set(workers, paths, rounds[name], chunk) for name, paths in sets.items()}
    for w in workers:
        cells = []
        for name, paths in sets.items():
            mb = sum(p.stat().st_size for p in paths) / 1e6
            cells.append(f"{mb / results[name][w.label]:.2f}")
        lines.append(f"| {w.label} | " + " | ".join(cells) + " |")
    return lines


def report_html(workers: list[Worker], paths: list[Path], rounds: int, chunk: int) -> list[str]:
    seconds = run_set(workers, paths, rounds, chunk)
    parse = seconds.get("lxml-parse")
    lines = ["| system | pages/s | x lxml parse |", "|---|---:|---:|"]
    for w in workers:
        ratio = f"{seconds[w.label] / parse:.1f}" if parse else "-"
        lines.append(f"| {w.label} | {len(paths) / seconds[w.label]:.1f} | {ratio} |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--serve", help=argparse.SUPPRESS)
    ap.add_argument("--compiled", help="python of a venv with the compiled build installed")
    ap.add_argument("--compiled-path", help="PYTHONPATH for it: a src/ compiled in place with the mypyc "
                    "command (to try another choice of modules without installing)")
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--examples", type=Path, default=REPO.parent / "shared" / "examples")
    ap.add_argument("--mode", choices=["text", "html", "both"], default="both")
    ap.add_argument("--rounds", type=int, default=3, help="rounds over the corpus texts (HTML: 1)")
    ap.add_argument("--peers", default="all", help="comma-separated peers to include, 'none' or 'all'")
    ap.add_argument("--limit", type=int, default=0, help="first N documents of each dataset (0: all)")
    ap.add_argument("--chunk", type=int, default=20, help="documents per turn of a system (1: per document)")
    args = ap.parse_args()
    if args.serve:
        serve(args.serve, args.mode)
        return 0

    def corpus(kind: str, suffix: str) -> list[Path]:
        out: list[Path] = []
        for dataset in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
            found = sorted((dataset / kind).glob(f"*{suffix}"))
            out += found[:args.limit] if args.limit else found
        return out

    if args.mode in ("text", "both"):
        sets = {"corpus texts": corpus("text", ".txt"), "examples": sorted(args.examples.glob("*.txt"))}
        workers = make_workers("text", args)
        # The examples are three pages: many more rounds for a stable best round.
        print("\n".join(report_text(workers, sets, {"corpus texts": args.rounds, "examples": 20 * args.rounds},
                                     args.chunk)))
        for w in workers:
            w.stop()
        print()
    if args.mode in ("html", "both"):
        workers = make_workers("html", args)
        print("\n".join(report_html(workers, corpus("html", ".html"), 1, args.chunk)))
        for w in workers:
            w.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
