"""F1 before and after site-template learning, on generated sites and on the dev corpus grouped by site.

    python benchmarks/bench_templates.py                              # generated sites + ../shared/corpus
    python benchmarks/bench_templates.py --corpus ''                  # generated sites only
    python benchmarks/bench_templates.py --sites 0 --mode text        # dev corpus only, text mode

Generated sites (tests/sitegen.py): sites of 2 to 40 pages sharing a header, footer and side boxes,
each page with its own article; some sites reuse a quote, a standard intro or a closing paragraph
inside several of their articles (the failure mode: recurring prose inside the article). Gold is
the article; the score is the corpus shingle metric on ``Document.body``.

Dev corpus: pages are grouped by site, from meta.json's url or, when it is empty (dragnet,
readability), the page's own ``<link rel=canonical>`` / ``og:url``. Dragnet has ~10 pages of each of
~20 sites: the "many pages of a few sites" case. Only sites with at least ``--min-group`` pages count.

Two ways to learn: "all" learns each site on all its pages and cleans the same pages (how
`cleantext learn` is meant to be used on a crawl); "loo" (leave one out) cleans each page with a
model learned on the site's other pages. Each row also counts the blocks drop_site_template removed
that are article text: for gold-text sets, a removed block of 4+ tokens found in the gold; for
segment sets, one that is or holds a wanted segment. "lost" are those the run without templates
keeps in its output (real losses, the target is 0); the rest other filters drop anyway.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from metrics import Scores, normalize_space, segment_scores, shingle_scores, tokens
from sitegen import GeneratedPage, generate_sites

from cleantext import Label, Pipeline
from cleantext.document import Block
from cleantext.templates import TemplateModel, site_key

STEP = "drop_site_template"
# <link rel="canonical" href="..."> and <meta property="og:url" content="...">, either attribute order.
URL_HINTS = [re.compile(p, re.IGNORECASE) for p in (
    r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"'](https?://[^\"']+)",
    r"<link[^>]+href=[\"'](https?://[^\"']+)[\"'][^>]*rel=[\"']canonical",
    r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"'](https?://[^\"']+)",
    r"<meta[^>]+content=[\"'](https?://[^\"']+)[\"'][^>]*property=[\"']og:url")]


@dataclass
class Item:
    """One page to clean: its id, url, source (text or HTML) and truth (gold text or segments)."""

    id: str
    url: str
    source: str
    truth: str | Mapping[str, Sequence[str]]


@dataclass
class Run:
    body: str
    removed: list[tuple[int, str]]  # (block index, text) of the blocks drop_site_template removed
    kept: set[int]  # indices of the blocks the output keeps


def clean_all(items: Sequence[Item], models: Mapping[str, TemplateModel | None], mode: str) -> dict[str, Run]:
    """Each item cleaned with its own model (None: no templates)."""
    base = Pipeline.default()
    out = {}
    for it in items:
        model = models.get(it.id)
        pipe = base.with_options(templates=model) if model is not None else base
        doc = pipe.run(it.source, format=mode, url=it.url)
        kept = {i for i, (_, v) in enumerate(doc.trace) if v is None or v.label is Label.KEEP}
        out[it.id] = Run(doc.body, [(r.index, r.text) for r in doc.removed if r.filter == STEP], kept)
    return out


def learn_models(items: Sequence[Item], mode: str, how: str, *, min_pages: int | None = None
                 ) -> dict[str, TemplateModel | None]:
    """A model per item: its site learned on all the site's pages ("all") or on the others ("loo")."""
    base = Pipeline.default()
    blocks: dict[str, list[Block]] = {it.id: list(base.page(it.source, format=mode, url=it.url).blocks)
                                      for it in items}
    by_site: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_site[site_key(it.url)].append(it)
    kw = {} if min_pages is None else {"min_pages": min_pages}
    models: dict[str, TemplateModel | None] = {}
    for site, group in by_site.items():
        if how == "all":
            model = TemplateModel(**kw)
            for it in group:
                model.add_page(site, blocks[it.id])
            for it in group:
                models[it.id] = model
        else:
            for it in group:
                model = TemplateModel(**kw)
                for other in group:
                    if other.id != it.id:
                        model.add_page(site, blocks[other.id])
                models[it.id] = model
    return models


def score(items: Sequence[Item], runs: Mapping[str, Run]) -> Scores:
    if items and isinstance(items[0].truth, str):
        return shingle_scores({it.id: str(it.truth) for it in items}, {i: r.body for i, r in runs.items()})
    return segment_scores({it.id: it.truth for it in items if not isinstance(it.truth, str)},  # type: ignore[misc]
                          {i: r.body for i, r in runs.items()})


def article_drops(items: Sequence[Item], before: Mapping[str, Run], after: Mapping[str, Run]
                  ) -> tuple[int, int, list[str]]:
    """(template drops that are article text, those the no-template run keeps, examples of the latter)."""
    hits = lost = 0
    examples = []
    for it in items:
        for index, text in after[it.id].removed:
            if not _is_article(text, it.truth):
                continue
            hits += 1
            if index in before[it.id].kept:
                lost += 1
                examples.append(f"{it.id}: {text[:90]!r}")
    return hits, lost, examples


def _is_article(text: str, truth: str | Mapping[str, Sequence[str]]) -> bool:
    if isinstance(truth, str):
        toks = tokens(text)
        return len(toks) >= 4 and f" {' '.join(toks)} " in f" {' '.join(tokens(truth))} "
    norm = normalize_space(text)
    return any(norm and (normalize_space(s) in norm or (len(norm) > 20 and norm in normalize_space(s)))
               for s in truth["with"])


def compare(label: str, items: Sequence[Item], mode: str, hows: Sequence[str], *,
            min_pages: int | None = None) -> None:
    before = clean_all(items, {}, mode)
    _row(f"{label} before", score(items, before))
    for how in hows:
        after = clean_all(items, learn_models(items, mode, how, min_pages=min_pages), mode)
        hits, lost, examples = article_drops(items, before, after)
        _row(f"{label} after, {how}", score(items, after), f"article blocks dropped {hits}, lost {lost}")
        for e in examples[:5]:
            print(f"      lost {e}")


# -- generated sites --------------------------------------------------------------------------
def generated(mode: str, hows: Sequence[str], n_sites: int) -> None:
    sites = generate_sites(2000, n_sites)
    pages: list[GeneratedPage] = [p for site in sites for p in site]
    print(f"generated, {mode}: {n_sites} sites of {min(map(len, sites))}-{max(map(len, sites))} pages, "
          f"{len(pages)} pages, {sum(p.recurring for p in pages)} recurring article paragraphs")
    items = [Item(str(i), p.url, p.html if mode == "html" else p.text, "\n\n".join(p.article))
             for i, p in enumerate(pages)]
    compare("  generated", items, mode, hows)
    for how in hows:
        runs = clean_all(items, learn_models(items, mode, how), mode)
        lost = sum(1 for it, p in zip(items, pages) for par in p.article
                   if normalize_space(par) not in normalize_space(runs[it.id].body))
        print(f"    {how}: article paragraphs missing from the output with templates: {lost} of "
              f"{sum(len(p.article) for p in pages)}")


# -- dev corpus ------------------------------------------------------------------------------
def corpus_site(url: str) -> str:
    # trafilatura's eval set names some pages "hard::nationnews.com-schools.html": the site is before "-".
    if url.startswith("hard::"):
        url = url[6:].split("-", 1)[0].removesuffix(".html")
    return site_key(url.lstrip("x"), by="domain")  # "xhttps://..." is a typo in one url


def page_url(meta_url: str, html: str) -> str:
    if meta_url:
        return meta_url
    head = html[:200_000]
    for pattern in URL_HINTS:
        found = pattern.search(head)
        if found:
            return found.group(1)
    return ""


def corpus_items(dataset: Path, mode: str, min_group: int) -> list[Item]:
    meta = json.loads((dataset / "meta.json").read_text(encoding="utf-8"))
    segs = (json.loads((dataset / "segments.json").read_text(encoding="utf-8"))
            if (dataset / "segments.json").exists() else None)
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc_id, m in sorted(meta.items()):
        url = page_url(m.get("url") or "", (dataset / "html" / f"{doc_id}.html").read_text(encoding="utf-8"))
        site = corpus_site(url)
        if site:
            groups[site].append((doc_id, f"http://{site}/{doc_id}"))
    items = []
    for site in sorted(groups):
        if len(groups[site]) < min_group:
            continue
        for doc_id, url in groups[site]:
            sub, ext = ("html", "html") if mode == "html" else ("text", "txt")
            source = (dataset / sub / f"{doc_id}.{ext}").read_text(encoding="utf-8")
            truth = segs[doc_id] if segs is not None else (dataset / "gold" / f"{doc_id}.txt").read_text(encoding="utf-8")
            items.append(Item(doc_id, url, source, truth))
    return items


def dev_corpus(corpus: Path, mode: str, hows: Sequence[str], min_group: int, datasets: Sequence[str]) -> None:
    for dataset in sorted(p for p in corpus.iterdir() if (p / "meta.json").exists()):
        if datasets and dataset.name not in datasets:
            continue
        items = corpus_items(dataset, mode, min_group)
        sites = sorted({site_key(it.url) for it in items})
        print(f"{dataset.name}, {mode}: {len(items)} pages of {len(sites)} sites with >= {min_group} pages")
        if items:
            compare(f"  {dataset.name}", items, mode, hows)


def _row(label: str, s: Scores, extra: str = "") -> None:
    print(f"  {label:36} F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  ({s.docs} docs)  {extra}")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--sites", type=int, default=16, help="generated sites (default 16; 0 to skip)")
    p.add_argument("--mode", choices=["text", "html", "both"], default="both")
    p.add_argument("--how", choices=["all", "loo", "both"], default="both", help="learn on all pages or leave one out")
    p.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"),
                   help="the dev corpus folder ('' to skip)")
    p.add_argument("--dataset", action="append", default=[], help="only this dataset (repeatable)")
    p.add_argument("--min-group", type=int, default=3, help="dev corpus: sites with at least this many pages")
    args = p.parse_args(argv)
    modes = ["text", "html"] if args.mode == "both" else [args.mode]
    hows = ["all", "loo"] if args.how == "both" else [args.how]
    for mode in modes:
        if args.sites:
            generated(mode, hows, args.sites)
        if args.corpus and Path(args.corpus).is_dir():
            dev_corpus(Path(args.corpus), mode, hows, args.min_group, args.dataset)
        elif args.corpus:
            print(f"(dev corpus {args.corpus} not found: skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
