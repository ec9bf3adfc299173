"""drop_site_template: drops learned template blocks at the page's edges, keeps article text, needs a model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sitegen import generate_site

from cleantext import ConfigError, Label, Pipeline, extract
from cleantext.filters import DEFAULT_FILTERS
from cleantext.filters.site_template import REASON, drop_site_template
from cleantext.learn import learn
from cleantext.page import Page
from cleantext.templates import TemplateModel
from cleantext.text.blocks import text_blocks

ONLY = Pipeline([("drop_site_template", drop_site_template, "filter")])


def _model(lines_per_page: list[list[str]], **kw: object) -> TemplateModel:
    model = TemplateModel(**kw)  # type: ignore[arg-type]
    for lines in lines_per_page:
        model.add_page("example.org", text_blocks("\n".join(lines)))
    return model


def _run(model: TemplateModel | None, text: str, url: str | None = None, **options: object) -> Page:
    """The page of ``text`` (from ``url``) after drop_site_template ran with ``model`` and ``options``."""
    page = ONLY.with_options(templates=model, **options).page(text, format="text", url=url)
    page.step = "drop_site_template"
    drop_site_template(page)
    return page


ARTICLE = ("The council voted on Tuesday to close the old bridge for two months of repairs, "
           "citing cracks found during the spring inspection.")


def test_it_runs_after_split_related_and_before_the_select_steps() -> None:
    names = [f.__name__ for f in DEFAULT_FILTERS]
    assert names.index("drop_site_template") == names.index("split_related") + 1


def test_does_nothing_without_a_template_model() -> None:
    page = _run(None, "Home | News\n" + ARTICLE, url="example.org")
    assert page.verdicts == [None, None]


def test_does_nothing_for_a_site_the_model_does_not_know() -> None:
    model = _model([["Home | News", f"Story {n}"] for n in "abcd"])
    assert _run(model, "Home | News\n" + ARTICLE, url="other.org").verdicts == [None, None]
    page = _run(model, "Home | News\n" + ARTICLE)  # no url: nothing to pick the site by, and it says so
    assert page.verdicts == [None, None]
    assert page.warnings and "URL" in page.warnings[0]


def test_drops_template_lines_and_names_template_and_support() -> None:
    model = _model([["Home | News", f"Story {n} is here", "© 2023 Example"] for n in "abcd"])
    page = _run(model, f"Home | News\n{ARTICLE}\n© 2025 Example", url="example.org")
    labels = [page.label_of(i) for i in range(3)]
    assert labels == [Label.DROP, Label.KEEP, Label.DROP]
    verdict = page.verdicts[0]
    assert verdict is not None and verdict.reason == REASON
    assert "example.org" in verdict.detail and "4 of 4 pages" in verdict.detail


def test_site_comes_from_the_pages_url() -> None:
    model = _model([["Home | News", f"Story {n}"] for n in "abcd"])
    page = _run(model, "Home | News\n" + ARTICLE, url="https://www.example.org/2024/x")
    assert page.label_of(0) is Label.DROP


def test_block_on_too_few_pages_is_kept() -> None:
    # On 2 of 10 pages: below min_share 0.5, and min_pages 3 would refuse it on any site.
    model = _model([(["Rare box"] if i < 2 else []) + ["Home", f"Story {n}"] for i, n in enumerate("abcdefghij")])
    page = _run(model, "Rare box\nHome\n" + ARTICLE, url="example.org")
    assert [page.label_of(i) for i in range(3)] == [Label.KEEP, Label.DROP, Label.KEEP]


def test_thresholds_can_be_overridden_per_run() -> None:
    model = _model([(["Rare box"] if i < 2 else []) + ["Home", f"Story {n}"] for i, n in enumerate("abcdefghij")])
    page = _run(model, "Rare box\nHome\n" + ARTICLE, url="example.org",
                template_min_pages=2, template_min_share=0.2)
    assert page.label_of(0) is Label.DROP


def test_quote_reused_inside_articles_survives_by_position() -> None:
    """The quote is on 6 of 10 pages (support passes) but always inside the article, so it stays."""
    pages = generate_site(3, 10, shared_quote_on=6)
    model = learn([(p.url, p.text) for p in pages], format="text")
    site = model.site_of(pages[0].url)
    quoted = [e for k, e in model.template_blocks(site) if "minister" in k]
    assert [e.pages for e in quoted] == [6]
    pipe = ONLY.with_options(templates=model)
    for p in pages[:6]:
        doc = pipe.run(p.text, format="text", url=p.url)
        assert all(par in doc.body for par in p.article)
        assert not any("minister" in r.text for r in doc.removed)


def test_quote_reused_on_two_pages_of_a_small_site_survives_by_support() -> None:
    pages = generate_site(4, 3, shared_quote_on=2)
    model = learn([(p.url, p.text) for p in pages], format="text")
    for p in pages:
        doc = ONLY.with_options(templates=model).run(p.text, format="text", url=p.url)
        assert all(par in doc.body for par in p.article)


def test_generated_sites_lose_template_and_keep_every_article_paragraph() -> None:
    pages = [p for seed in (5, 6, 7) for p in generate_site(seed, 15, shared_quote_on=4)]
    model = learn([(p.url, p.text) for p in pages], format="text")
    for p in pages:
        doc = extract(p.text, format="text", pipeline=Pipeline.default().with_options(templates=model), url=p.url)
        assert all(par in doc.body for par in p.article)
        assert "All rights reserved" not in doc.body and "Sign in" not in doc.body


def test_edge_walk_stops_at_article_text() -> None:
    # "Advert" repeats on every page but sits between two article paragraphs: not reached.
    model = _model([["Menu", f"Para {n} " + ARTICLE, "Advert", "Another paragraph " + ARTICLE, "Footer"]
                    for n in "abcd"])
    page = _run(model, f"Menu\n{ARTICLE}\nAdvert\n{ARTICLE}\nFooter", url="example.org")
    assert [page.label_of(i) for i in range(5)] == [Label.DROP, Label.KEEP, Label.KEEP, Label.KEEP, Label.DROP]


def test_edge_walk_steps_over_a_short_per_page_line() -> None:
    model = _model([["Menu", f"Monday {n}", "Sign in", ARTICLE + n] for n in "abcd"])
    page = _run(model, f"Menu\nTuesday 5 May\nSign in\n{ARTICLE}", url="example.org")
    assert [page.label_of(i) for i in range(4)] == [Label.DROP, Label.KEEP, Label.DROP, Label.KEEP]


@pytest.mark.parametrize("bad", ["not a model", {"sites": {}}])
def test_an_options_value_that_is_not_a_model_is_a_config_error(bad: object) -> None:
    with pytest.raises(ConfigError, match="option 'templates' must be TemplateModel"):
        ONLY.with_options(templates=bad)


# -- through the command line: --templates with JSONL urls or --url -----------------------------------

def _cli(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    import io

    from cleantext.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_jsonl_uses_each_records_url_to_pick_the_template(tmp_path: Path) -> None:
    pages = [p for seed in (8, 9) for p in generate_site(seed, 8)]
    model_path = tmp_path / "t.json"
    learn([(p.url, p.text) for p in pages], format="text").save(model_path)
    jsonl = "".join(json.dumps({"id": n, "url": p.url, "text": p.text}) + "\n" for n, p in enumerate(pages))
    code, out, err = _cli(["--jsonl", "--format", "text", "--templates", str(model_path), "--add", "removed"],
                          stdin=jsonl)
    assert code == 0, err
    for page, line in zip(pages, out.splitlines()):
        record = json.loads(line)
        assert all(par in record["text"] for par in page.article)
        assert any(r["reason"] == REASON for r in record["removed"])
    _, plain, _ = _cli(["--jsonl", "--format", "text", "--add", "removed"], stdin=jsonl)
    assert not any(r["reason"] == REASON for line in plain.splitlines() for r in json.loads(line)["removed"])


def test_cli_plain_page_takes_its_site_from_the_url_flag(tmp_path: Path) -> None:
    pages = generate_site(10, 6)
    model = learn([(p.url, p.text) for p in pages], format="text")
    model_path = tmp_path / "t.json"
    model.save(model_path)
    site = model.site_of(pages[0].url)
    code, out, _ = _cli(["--format", "text", "--explain", "--templates", str(model_path), "--url", site],
                        stdin=pages[0].text)
    assert code == 0 and REASON in out


@pytest.mark.parametrize("argv", [["--templates", "/nonexistent/t.json"], ["--config", "/nonexistent/c.toml"]])
def test_cli_template_usage_errors(argv: list[str]) -> None:
    code, _, err = _cli(argv)
    assert code == 2 and "error" in err


def test_html_pages_learn_and_drop_the_same_way() -> None:
    import html

    def to_html(text: str) -> str:
        paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
        return f"<html><body><div>{paras}</div></body></html>"

    pages = generate_site(11, 8)
    model = learn([(p.url, to_html(p.text)) for p in pages], format="html")
    for p in pages[:3]:
        doc = Pipeline.default().with_options(templates=model).run(to_html(p.text), format="html", url=p.url)
        assert all(par in doc.body for par in p.article)
        assert any(r.filter == "drop_site_template" for r in doc.removed)


def test_edge_walk_does_not_step_over_a_paragraph_written_without_spaces() -> None:
    paragraph = "市议会周二投票决定关闭旧桥两个月进行维修理由是春季检查中发现了裂缝居民需要绕行新桥" * 2
    model = _model([["菜单", paragraph + n, "引用的一句话", "页脚"] for n in "abcd"])
    page = _run(model, f"菜单\n{paragraph}\n引用的一句话\n{paragraph}\n页脚", url="example.org")
    assert [page.label_of(i) for i in range(5)] == [Label.DROP, Label.KEEP, Label.KEEP, Label.KEEP, Label.DROP]


@pytest.mark.parametrize("site", ["example.org", "www.example.org", "https://news.example.org/x"])
def test_a_bare_host_or_a_url_picks_the_site(site: str) -> None:
    model = _model([["Home | News", f"Story {n}"] for n in "abcd"])
    assert _run(model, "Home | News\n" + ARTICLE, url=site).label_of(0) is Label.DROP


def test_block_on_nearly_every_page_of_a_big_site_goes_even_inside_the_article() -> None:
    pages = [["Menu", f"Story {n}: " + ARTICLE, "Advertisement", "More of story " + n + ". " + ARTICLE, "Footer"]
             for n in "abcdefghijkl"]
    model = _model(pages)
    page = _run(model, f"Menu\n{ARTICLE}\nAdvertisement\n{ARTICLE}\nFooter", url="example.org")
    assert [page.label_of(i) for i in range(5)] == [Label.DROP, Label.KEEP, Label.DROP, Label.KEEP, Label.DROP]
    verdict = page.verdicts[2]
    assert verdict is not None and "12 of 12 pages (100%), here inside the page" in verdict.detail


def test_quote_on_every_page_of_a_small_site_stays() -> None:
    pages = generate_site(12, 3, shared_quote_on=3)
    model = learn([(p.url, p.text) for p in pages], format="text")
    for p in pages:
        doc = ONLY.with_options(templates=model).run(p.text, format="text", url=p.url)
        assert all(par in doc.body for par in p.article)


def test_template_heading_over_a_per_page_list_is_left_for_split_related() -> None:
    model = _model([[f"Story {n}. " + ARTICLE, "Related stories", f"Headline {n} one", f"Headline {n} two",
                     "Footer"] for n in "abcd"])
    text = f"{ARTICLE}\nRelated stories\nBridge reopens after repairs\nCouncil elects a new mayor\nFooter"
    page = _run(model, text, url="example.org")
    assert [page.label_of(i) for i in range(5)] == [Label.KEEP] * 4 + [Label.DROP]
    # One item is no list: the heading goes with the template.
    page = _run(model, f"{ARTICLE}\nRelated stories\nBridge reopens after repairs\nFooter", url="example.org")
    assert page.label_of(1) is Label.DROP


def test_cli_says_on_stderr_when_templates_have_no_url_to_pick_a_site(tmp_path: Path) -> None:
    model = _model([["Home | News", f"Story {n}"] for n in "abcd"])
    model.save(tmp_path / "t.json")
    code, out, err = _cli(["--format", "text", "--templates", str(tmp_path / "t.json")], "Home | News\n" + ARTICLE)
    assert code == 0 and ARTICLE in out
    assert "no site template applied" in err and "--url" in err
    code, _, err = _cli(["-q", "--format", "text", "--templates", str(tmp_path / "t.json")], "Home | News\n" + ARTICLE)
    assert code == 0 and err == ""
