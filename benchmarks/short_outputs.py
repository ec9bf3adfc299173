"""Pages where cleantext gives almost nothing while a peer gets the article: the near-empty outputs.

    python benchmarks/short_outputs.py ../shared/corpus                 # html mode, every dataset
    python benchmarks/short_outputs.py ../shared/corpus --dataset dragnet --json /tmp/docs.json

A page is listed when cleantext's coverage is under ``--low`` (0.2) while a peer's is over
``--high`` (0.8). Coverage is the output's length over the gold's, in tokens, on datasets with a
gold text (shingle metric); on segment datasets, which have no gold text, it is the share of the
page's ``with`` segments found in the output. Each listed page shows cleantext's and the peers'
F1 and the start of cleantext's output, so the cause can be read off.

The peers' outputs do not change between runs of cleantext, so they are cached per peer, version,
mode and dataset in ``--cache`` (default: a folder under the system's temporary directory).
``--json`` writes every page's coverage and F1 per system, for finding the pages to work on.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from compare import DISTRIBUTIONS, Dataset, load_dataset
from metrics import document_f1, normalize_space, tokens
from systems import make_system

DEFAULT_PEERS = ("trafilatura", "readability")


def coverage(truth: str | dict[str, Sequence[str]], output: str) -> float:
    """Output length over gold length (tokens), or on segment datasets the share of wanted segments found."""
    if isinstance(truth, str):
        gold = len(tokens(truth))
        return len(tokens(output)) / gold if gold else 1.0
    wanted = truth["with"]
    if not wanted:
        return 1.0
    out = normalize_space(output)
    return sum(1 for s in wanted if normalize_space(s) in out) / len(wanted)


def run_system(name: str, mode: str, ds: Dataset) -> dict[str, str]:
    extract = make_system(name, mode)
    outputs: dict[str, str] = {}
    for doc_id in ds.ids:
        try:
            outputs[doc_id] = extract(ds.page(doc_id, mode)) or ""
        except Exception as e:  # noqa: BLE001 - a peer's crash scores as empty output, as in score.py
            print(f"  {name} crashed on {ds.name}/{doc_id}: {e.__class__.__name__}: {e}", file=sys.stderr)
            outputs[doc_id] = ""
    return outputs


def peer_outputs(name: str, mode: str, ds: Dataset, cache: Path) -> dict[str, str]:
    """A peer's outputs on ``ds``, from the cache when this version of the peer already ran them."""
    version = metadata.version(DISTRIBUTIONS.get(name, name))
    path = cache / f"{name}-{version}-{mode}-{ds.name}.json"
    cached: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    missing = [i for i in ds.ids if i not in cached]
    if missing:
        sub = Dataset(ds.name, ds.path, ds.metric, missing, ds.truth)
        cached.update(run_system(name, mode, sub))
        cache.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cached), encoding="utf-8")
    return {i: cached[i] for i in ds.ids}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="corpus folder (one sub-folder per dataset)")
    ap.add_argument("--dataset", action="append", help="dataset name (repeatable; default: all)")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each dataset")
    ap.add_argument("--mode", choices=("html", "text"), default="html")
    ap.add_argument("--peers", default=",".join(DEFAULT_PEERS), help="comma-separated peer systems")
    ap.add_argument("--low", type=float, default=0.2, help="cleantext coverage below this is near-empty")
    ap.add_argument("--high", type=float, default=0.8, help="a peer's coverage above this got the article")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "cleantext-peer-outputs")
    ap.add_argument("--json", type=Path, help="write every page's coverage and F1 per system here")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = args.dataset or sorted(p.parent.name for p in args.corpus.glob("*/meta.json"))
    peers = [p for p in args.peers.split(",") if p]
    rows: list[dict[str, Any]] = []
    listed = 0
    for name in names:
        ds = load_dataset(args.corpus / name, args.limit)
        outputs = {"cleantext": run_system("cleantext", args.mode, ds)}
        for peer in peers:
            outputs[peer] = peer_outputs(peer, args.mode, ds, args.cache)
        for doc_id in ds.ids:
            truth = ds.truth[doc_id]
            row: dict[str, Any] = {"dataset": name, "id": doc_id}
            for system, out in outputs.items():
                row[system] = {"coverage": round(coverage(truth, out[doc_id]), 3),
                               "f1": round(document_f1(truth, out[doc_id]), 3)}
            rows.append(row)
            ours = row["cleantext"]["coverage"]
            best = max((row[p]["coverage"] for p in peers), default=0.0)
            if ours < args.low and best > args.high:
                listed += 1
                scores = "  ".join(f"{s} cov {row[s]['coverage']:.2f} F1 {row[s]['f1']:.2f}" for s in outputs)
                start = " ".join(outputs["cleantext"][doc_id].split())[:100]
                print(f"{name}/{doc_id}: {scores}\n    cleantext gave: {start!r}")
    print(f"{listed} page(s) under {args.low:.0%} coverage where a peer is over {args.high:.0%}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
