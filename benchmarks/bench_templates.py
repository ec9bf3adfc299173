"""Text-mode F1 before and after site-template learning, on generated sites and on the dev corpus by site.

    python benchmarks/bench_templates.py                 # generated sites + ../shared/corpus
    python benchmarks/bench_templates.py --sites 6 --pages 20 --corpus ''   # generated only, quicker

Generated sites (tests/sitegen.py): many pages sharing a header and footer, each with its own article
(some sites reuse a quote inside several articles). Gold is the article; the score is the corpus
shingle metric on ``extract(text, format="text").body``. "in-sample" learns on every page of the site
and cleans the same pages (how `cleantext learn` is meant to be used on a crawl); "held-out" learns on
the first half and cleans the second. It also counts article paragraphs that drop_site_template removed:
the target is none. The dev corpus is grouped by site (url domain; trafilatura's "hard::<site>-..."
ids by their site part); only sites with enough pages can have a template.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from metrics import Scores, segment_scores, shingle_scores
from sitegen import GeneratedPage, generate_site

from cleantext import Pipeline
from cleantext.learn import learn
from cleantext.templates import TemplateModel, site_key

STEP = "drop_site_template"


def clean_all(pages: Sequence[tuple[str, str]], model: TemplateModel | None) -> list[tuple[str, list[str]]]:
    """(body, texts removed by drop_site_template) for each (url, text) page."""
    base = Pipeline.default()
    out = []
    for url, text in pages:
        pipe = base.with_options(templates=model, url=url) if model else base
        doc = pipe.run(text, format="text")
        out.append((doc.body, [r.text for r in doc.removed if r.filter == STEP]))
    return out


def generated(n_sites: int, n_pages: int) -> None:
    sites = [generate_site(1000 + s, n_pages, shared_quote_on=n_pages // 3 if s % 2 else 0)
             for s in range(n_sites)]
    pages = [p for site in sites for p in site]
    golds = {str(i): "\n\n".join(p.article) for i, p in enumerate(pages)}
    print(f"generated: {n_sites} sites x {n_pages} pages = {len(pages)} pages "
          f"(half the sites quote one line inside a third of their articles)")
    before = clean_all([(p.url, p.text) for p in pages], None)
    in_sample = learn([(p.url, p.text) for p in pages], format="text")
    after = clean_all([(p.url, p.text) for p in pages], in_sample)
    _row("before (no templates)", shingle_scores(golds, {str(i): b for i, (b, _) in enumerate(before)}))
    _row("after, in-sample", shingle_scores(golds, {str(i): b for i, (b, _) in enumerate(after)}))
    _lost("in-sample", pages, after)

    half = n_pages // 2
    train = [p for site in sites for p in site[:half]]
    test = [p for site in sites for p in site[half:]]
    test_golds = {str(i): "\n\n".join(p.article) for i, p in enumerate(test)}
    held_before = clean_all([(p.url, p.text) for p in test], None)
    held_after = clean_all([(p.url, p.text) for p in test], learn([(p.url, p.text) for p in train], format="text"))
    _row("before, held-out half", shingle_scores(test_golds, {str(i): b for i, (b, _) in enumerate(held_before)}))
    _row("after, held-out half", shingle_scores(test_golds, {str(i): b for i, (b, _) in enumerate(held_after)}))
    _lost("held-out", test, held_after)


def _lost(label: str, pages: Sequence[GeneratedPage], results: Sequence[tuple[str, list[str]]]) -> None:
    lost = sum(1 for p, (_, removed) in zip(pages, results) for par in p.article if par in removed)
    total = sum(len(p.article) for p in pages)
    print(f"  {label}: article paragraphs removed by {STEP}: {lost} of {total}")


def corpus_site(url: str) -> str:
    # trafilatura's eval set names some pages "hard::nationnews.com-schools.html": the site is before "-".
    if url.startswith("hard::"):
        url = url[6:].split("-", 1)[0].removesuffix(".html")
    return site_key(url.lstrip("x"), by="domain")  # "xhttps://..." is a typo in one url


def dev_corpus(corpus: Path, min_group: int) -> None:
    for dataset in sorted(p for p in corpus.iterdir() if (p / "meta.json").exists()):
        meta = json.loads((dataset / "meta.json").read_text(encoding="utf-8"))
        groups: dict[str, list[str]] = defaultdict(list)
        for doc_id, item in sorted(meta.items()):
            site = corpus_site(item.get("url") or "")
            if site:
                groups[site].append(doc_id)
        big = {s: ids for s, ids in groups.items() if len(ids) >= min_group}
        n_pages = sum(map(len, big.values()))
        print(f"{dataset.name}: {len(meta)} pages, {sum(map(len, groups.values()))} with a url, "
              f"{len(groups)} sites; {len(big)} sites with >= {min_group} pages ({n_pages} pages)"
              + (f": {', '.join(f'{s} ({len(i)})' for s, i in sorted(big.items()))}" if big else ""))
        if not big:
            continue
        ids = [i for s in sorted(big) for i in big[s]]
        texts = {i: (dataset / "text" / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
        urls = {i: f"http://{corpus_site(meta[i]['url'])}/" for i in ids}
        model = learn([(urls[i], texts[i]) for i in ids], format="text", min_pages=min(min_group, 3))
        before = dict(zip(ids, (b for b, _ in clean_all([(urls[i], texts[i]) for i in ids], None))))
        after = dict(zip(ids, (b for b, _ in clean_all([(urls[i], texts[i]) for i in ids], model))))
        if (dataset / "segments.json").exists():
            segs = json.loads((dataset / "segments.json").read_text(encoding="utf-8"))
            truth = {i: segs[i] for i in ids}
            _row("  before", segment_scores(truth, before))
            _row(f"  after (min_pages={model.min_pages})", segment_scores(truth, after))
        else:
            golds = {i: (dataset / "gold" / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
            _row("  before", shingle_scores(golds, before))
            _row(f"  after (min_pages={model.min_pages})", shingle_scores(golds, after))


def _row(label: str, s: Scores) -> None:
    print(f"  {label:28} F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  ({s.docs} docs)")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--sites", type=int, default=12, help="generated sites (default 12)")
    p.add_argument("--pages", type=int, default=30, help="pages per generated site (default 30)")
    p.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"),
                   help="the dev corpus folder ('' to skip)")
    p.add_argument("--min-group", type=int, action="append",
                   help="dev corpus: sites with at least this many pages (repeatable; default 3 and 2)")
    args = p.parse_args(argv)
    if args.sites:
        generated(args.sites, args.pages)
    if args.corpus and Path(args.corpus).is_dir():
        for n in args.min_group or [3, 2]:
            print(f"-- dev corpus, sites with >= {n} pages")
            dev_corpus(Path(args.corpus), n)
    elif args.corpus:
        print(f"(dev corpus {args.corpus} not found: skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
