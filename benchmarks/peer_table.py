"""cleantext, trafilatura and readability-lxml scored in one run on the developer corpus: the F1 table.

    python benchmarks/peer_table.py                       # html mode, every dataset of ../shared/corpus
    python benchmarks/peer_table.py --dataset readability --limit 20
    python benchmarks/peer_table.py --corpus DIR --mode text

The scoring is the project's own: ../shared/tools/score.py (its `load`, its systems and its
metrics), imported by path, so the figures are the ones score.py prints. The three systems take
turns page by page (the order rotates), so they share the machine's conditions. Without
../shared (a checkout on its own) the script says so and exits with 0; the peers it cannot import
are left out with a note. Prints a Markdown table (F1 to four decimals: the leads can be thin),
best figure per dataset in bold.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SYSTEMS = ("cleantext", "trafilatura", "readability")
LABELS = {"cleantext": "cleantext", "trafilatura": "trafilatura", "readability": "readability-lxml"}


def load_score(shared: Path) -> ModuleType | None:
    """score.py of the shared tools, loaded under its own name (benchmarks/ has a metrics.py too)."""
    path = shared / "tools" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules["shared_score"] = module
    spec.loader.exec_module(module)
    return module


def make_runners(score: ModuleType, mode: str, names: Sequence[str]) -> dict[str, Callable[[str], str]]:
    runners: dict[str, Callable[[str], str]] = {}
    for name in names:
        try:
            runners[name] = score.cleantext_system(mode) if name == "cleantext" else score.peer_system(name, mode)
        except ImportError as e:
            print(f"note: {name} left out, not installed ({e})", file=sys.stderr)
    return runners


def score_dataset(score: ModuleType, folder: Path, mode: str, limit: int,
                  runners: dict[str, Callable[[str], str]]) -> tuple[int, str, dict[str, float], dict[str, float]]:
    """(docs, metric, F1 per system, seconds per system) of one dataset."""
    docs, (kind, truth) = score.load(folder, mode, limit)
    preds: dict[str, dict[str, str]] = {name: {} for name in runners}
    seconds = dict.fromkeys(runners, 0.0)
    order = list(runners)
    for k, (doc_id, source) in enumerate(docs.items()):
        for name in order[k % len(order):] + order[:k % len(order)]:
            t0 = time.perf_counter()
            try:
                preds[name][doc_id] = runners[name](source) or ""
            except Exception as e:  # noqa: BLE001 - a crash scores as empty output, as in score.py
                preds[name][doc_id] = ""
                print(f"  {name} crashed on {folder.name}/{doc_id}: {e.__class__.__name__}: {e}", file=sys.stderr)
            seconds[name] += time.perf_counter() - t0
    f1 = {}
    for name, out in preds.items():
        m = (score.metrics.segment_scores(truth, out) if kind == "segments"
             else score.metrics.shingle_scores(truth, out, n_bootstrap=0))
        f1[name] = m["f1"]
    return len(docs), kind, f1, seconds


def table(rows: list[tuple[str, int, str, dict[str, float]]], names: Sequence[str]) -> str:
    head = "| dataset (docs, metric) | " + " | ".join(LABELS[n] for n in names) + " |"
    lines = [head, "|---|" + "---:|" * len(names)]
    for dataset, docs, kind, f1 in rows:
        best = max(f1.values())
        cells = [f"**{f1[n]:.4f}**" if f1[n] == best else f"{f1[n]:.4f}" for n in names]
        lines.append(f"| {dataset} ({docs}, {kind}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder with tools/score.py")
    ap.add_argument("--corpus", type=Path, help="corpus folder (default: SHARED/corpus)")
    ap.add_argument("--mode", choices=("html", "text"), default="html")
    ap.add_argument("--dataset", action="append", help="dataset name (repeatable; default: all)")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each dataset")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset of: " + ", ".join(SYSTEMS))
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    score = load_score(args.shared)
    if score is None:
        print(f"skipped: no {args.shared / 'tools' / 'score.py'} (the shared corpus tools are not here)")
        return 0
    corpus = args.corpus or args.shared / "corpus"
    names = args.dataset or sorted(p.parent.name for p in corpus.glob("*/meta.json"))
    runners = make_runners(score, args.mode, [s for s in args.systems.split(",") if s])
    rows = []
    totals = dict.fromkeys(runners, 0.0)
    for name in names:
        docs, kind, f1, seconds = score_dataset(score, corpus / name, args.mode, args.limit, runners)
        rows.append((name, docs, kind, f1))
        for system, s in seconds.items():
            totals[system] += s
        print(f"  {name}: " + ", ".join(f"{s} {v:.3f}" for s, v in f1.items()), file=sys.stderr)
    print(f"F1, {args.mode} mode, one run (systems take turns page by page):\n")
    print(table(rows, list(runners)))
    print("\nseconds per system: " + ", ".join(f"{LABELS[s]} {t:.0f}" for s, t in totals.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
