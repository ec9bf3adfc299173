"""Hash every document's output, to check that a change leaves output identical (or to list what moved).

    python benchmarks/output_hashes.py write OUT.json [--checkout DIR] [--corpus ../shared/corpus]
    /tmp/venv-mypyc/bin/python benchmarks/output_hashes.py write OUT.json --installed
    python benchmarks/output_hashes.py diff OLD.json NEW.json [--show 10]

``write`` runs the cleantext found in ``--checkout`` (default: this repository) on every corpus
text (text mode), every corpus HTML page (html mode), the corpus-free pages in ``examples/`` and
``tests/fixtures/`` (both modes where they apply), and records per document a hash of each part a user
gets: the body, the title, the related items, the metadata, the removals and the steps that made them.
``diff`` compares two such files and prints which documents changed, and in which part.

Run ``write`` on two checkouts (``git worktree add /tmp/old main``) and ``diff`` the results; each
``write`` runs in its own process, so the two versions never share an import. ``--installed`` runs
the cleantext the interpreter has installed instead of a checkout's source: with the interpreter of a
venv holding the compiled build (``CLEANTEXT_MYPYC=1 pip install .``), ``diff`` against a ``write``
of the same source shows whether compiling changed any output (it must not).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# "removed" is what was removed and why (text, reason id, detail); "steps" is which step removed it,
# apart, so a change that only renames steps shows as such.
PARTS = ("body", "title", "related", "metadata", "removed", "steps")


def parts_of(doc: Any) -> dict[str, str]:
    """One short hash per part of a Document a user sees."""
    values = {
        "body": doc.body,
        "title": doc.title or "",
        "related": json.dumps([[r.title, r.text, getattr(r, "url", None), getattr(r, "source", None)]
                               for r in doc.related], ensure_ascii=False),
        "metadata": json.dumps(doc.metadata, ensure_ascii=False, sort_keys=True, default=str),
        "removed": json.dumps([[r.text, r.reason, r.detail] for r in doc.removed], ensure_ascii=False),
        "steps": json.dumps([r.filter for r in doc.removed]),
    }
    return {k: hashlib.blake2b(v.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
            for k, v in values.items()}


def inputs(corpus: Path, examples: Path, repo: Path) -> list[tuple[str, Path, str]]:
    """(key, path, format) of every document to run."""
    found: list[tuple[str, Path, str]] = []
    for p in sorted(examples.glob("*.txt")) if examples.is_dir() else []:
        found.append((f"text:examples/{p.stem}", p, "text"))
    if corpus.is_dir():
        for dataset in sorted(p for p in corpus.iterdir() if p.is_dir()):
            for p in sorted((dataset / "text").glob("*.txt")):
                found.append((f"text:{dataset.name}/{p.stem}", p, "text"))
            for p in sorted((dataset / "html").glob("*.html")):
                found.append((f"html:{dataset.name}/{p.stem}", p, "html"))
    for folder in (repo / "examples", repo / "tests" / "fixtures"):
        for p in sorted(folder.rglob("*")):
            if p.suffix in (".txt", ".html", ".htm"):
                fmt = "text" if p.suffix == ".txt" else "html"
                found.append((f"{fmt}:{p.relative_to(repo)}", p, fmt))
    return found


def write(args: argparse.Namespace) -> int:
    checkout = Path(args.checkout).resolve()
    if not args.installed:
        sys.path.insert(0, str(checkout / "src"))
    import cleantext
    import cleantext.page

    if not args.installed and not Path(cleantext.__file__).resolve().is_relative_to(checkout):
        sys.exit(f"imported {cleantext.__file__}, not the checkout {checkout}: uninstall the editable copy "
                 f"or run with PYTHONPATH={checkout / 'src'}")
    build = "pure" if (cleantext.page.__file__ or "").endswith(".py") else "compiled"
    docs = inputs(Path(args.corpus), Path(args.examples), HERE.parent)
    result: dict[str, dict[str, str]] = {}
    start = time.perf_counter()
    for key, path, fmt in docs:
        try:
            doc = cleantext.extract(path.read_bytes(), format=fmt)
        except cleantext.CleantextError as e:
            result[key] = {"error": f"{type(e).__name__}: {e}"}
            continue
        result[key] = parts_of(doc)
    Path(args.out).write_text(json.dumps(result, indent=0, sort_keys=True))
    print(f"{len(result)} documents from {cleantext.__file__} ({build} build) in {time.perf_counter() - start:.0f} s -> {args.out}")
    return 0


def diff(args: argparse.Namespace) -> int:
    old, new = (json.loads(Path(p).read_text()) for p in (args.old, args.new))
    changed = {k: [p for p in PARTS + ("error",) if old.get(k, {}).get(p) != new.get(k, {}).get(p)]
               for k in sorted(set(old) | set(new))}
    changed = {k: v for k, v in changed.items() if v}
    by_kind: dict[str, int] = {}
    for key in changed:
        kind = key.split(":", 1)[0] + ":" + key.split(":", 1)[1].split("/", 1)[0]
        by_kind[kind] = by_kind.get(kind, 0) + 1
    print(f"{len(changed)} of {len(set(old) | set(new))} documents differ")
    for kind, n in sorted(by_kind.items()):
        print(f"  {kind}: {n}")
    for key, parts in list(changed.items())[: args.show]:
        print(f"  {key}: {', '.join(parts)}")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="hash every document's output")
    w.add_argument("out")
    w.add_argument("--checkout", default=str(HERE.parent), help="checkout whose src/cleantext runs")
    w.add_argument("--installed", action="store_true",
                   help="run the installed cleantext (e.g. the compiled build), not a checkout's src/")
    w.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    w.add_argument("--examples", default=str(HERE.parent.parent / "shared" / "examples"),
                   help="folder of example pages (*.txt, text mode)")
    d = sub.add_parser("diff", help="which documents changed between two hash files (exit 1 if any)")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--show", type=int, default=20, help="list this many changed documents")
    args = ap.parse_args()
    return write(args) if args.command == "write" else diff(args)


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # "... diff A B | head": the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
