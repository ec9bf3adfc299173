"""Site-template learning: normalisation, site keys, counting, merging, order independence, JSON."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sitegen import generate_site

from cleantext.errors import ConfigError
from cleantext.learn import learn
from cleantext.templates import TemplateModel, normalize_block, site_key
from cleantext.text.blocks import text_blocks


@pytest.mark.parametrize(("text", "key"), [
    ("© 2024 Example Ltd", "© 0 example ltd"),
    ("© 2025  Example LTD", "© 0 example ltd"),
    ("  Home |  News ", "home | news"),
    ("ﬁnance", "finance"),  # NFKC folds the ligature
])
def test_normalize_block_maps_variants_to_one_key(text: str, key: str) -> None:
    assert normalize_block(text) == key


@pytest.mark.parametrize(("url", "by", "site"), [
    ("https://www.example.org/a", "domain", "example.org"),
    ("https://news.example.org/a", "domain", "example.org"),
    ("https://news.example.org/a", "host", "news.example.org"),
    ("http://www.bbc.co.uk/news/1", "domain", "bbc.co.uk"),
    ("example.com/path", "domain", "example.com"),
    ("https://web.archive.org/web/20160526181643/http://blog.example.de/x/", "domain", "example.de"),
    ("https://127.0.0.1:8080/x", "domain", "127.0.0.1"),
    ("http://alice.wordpress.com/2024/x", "domain", "alice.wordpress.com"),
    ("http://bob.blogspot.co.uk/x", "domain", "bob.blogspot.co.uk"),
    ("http://wordpress.com/about", "domain", "wordpress.com"),
    ("", "domain", ""),
    # A host of one label, or one that is no name at all, is its own site (it was an IndexError).
    ("http://localhost:8000/a", "domain", "localhost"),
    ("ftp://x", "domain", "x"),
    ("http://[::1]:80/a", "domain", "::1"),
    ("not-a-url", "domain", "not-a-url"),
    ("javascript:alert(1)", "domain", "javascript"),
    ("http://co.uk/", "domain", "co.uk"),
    ("http://blogspot.co.uk/", "domain", "blogspot.co.uk"),
])
def test_site_key(url: str, by: str, site: str) -> None:
    assert site_key(url, by=by) == site


def test_site_key_rejects_unknown_grouping() -> None:
    with pytest.raises(ConfigError):
        site_key("https://example.org", by="path")


def test_add_page_counts_a_block_once_per_page_with_its_half() -> None:
    model = TemplateModel()
    model.add_page("s", text_blocks("Menu\nMenu\nArticle one\nFooter"))
    model.add_page("s", text_blocks("Menu\nArticle two\nMore text\nFooter"))
    entries = model.sites["s"].entries
    assert model.sites["s"].pages == 2
    assert (entries["menu"].pages, entries["menu"].top, entries["menu"].bottom) == (2, 2, 0)
    assert (entries["footer"].pages, entries["footer"].bottom) == (2, 2)


def _pages() -> list[tuple[str, str]]:
    return [(p.url, p.text) for seed in (1, 2) for p in generate_site(seed, 12)]


def test_learned_model_does_not_depend_on_page_order() -> None:
    pages = _pages()
    shuffled = pages[:]
    random.Random(7).shuffle(shuffled)
    assert learn(pages, format="text") == learn(shuffled, format="text")


def test_models_learned_per_shard_merge_to_the_whole_model_in_any_order() -> None:
    pages = _pages()
    whole = learn(pages, format="text")
    shards = [learn(pages[i::3], format="text") for i in range(3)]
    assert TemplateModel().merge(shards[0]).merge(shards[1]).merge(shards[2]) == whole
    assert TemplateModel().merge(shards[2]).merge(shards[0]).merge(shards[1]) == whole


def test_merge_refuses_models_keyed_differently() -> None:
    with pytest.raises(ConfigError):
        TemplateModel(by="host").merge(TemplateModel(by="domain"))


def test_template_blocks_need_min_pages_and_min_share() -> None:
    model = TemplateModel(min_pages=3, min_share=0.5)
    for n in range(10):
        lines = ["Every page"] + (["Most pages"] if n < 6 else []) + (["Few pages"] if n < 3 else [])
        model.add_page("s", text_blocks("\n".join([*lines, f"Article {chr(97 + n)}"])))
    assert [k for k, _ in model.template_blocks("s")] == ["every page", "most pages"]
    assert list(model.template_blocks("unknown.site")) == []


def test_json_round_trip_is_byte_stable(tmp_path: Path) -> None:
    model = learn(_pages(), format="text")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    model.save(a)
    TemplateModel.load(a).save(b)
    assert a.read_bytes() == b.read_bytes()
    # Pruned on save: the round trip keeps every entry seen on two pages or more.
    loaded = TemplateModel.load(a)
    for site in model.sites:
        assert list(loaded.template_blocks(site)) == list(model.template_blocks(site))


def test_save_leaves_out_blocks_seen_once(tmp_path: Path) -> None:
    model = TemplateModel()
    model.add_page("s", text_blocks("Menu\nOnly here"))
    model.add_page("s", text_blocks("Menu\nOnly there"))
    assert list(model.to_dict()["sites"]["s"]["blocks"]) == ["menu"]
    assert len(model.to_dict(keep_min=1)["sites"]["s"]["blocks"]) == 3


@pytest.mark.parametrize("content", ['{"sites": {}}', '{"cleantext_templates": 1, "by": "domain"}', "[1, 2]"])
def test_load_rejects_files_that_are_not_models(tmp_path: Path, content: str) -> None:
    path = tmp_path / "t.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        TemplateModel.load(path)


def test_load_rejects_non_json(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="not JSON"):
        TemplateModel.load(path)


def test_learn_skips_pages_without_url_and_reads_html() -> None:
    html = "<html><body><nav><p>Home News</p></nav><p>An article about things.</p></body></html>"
    try:
        learn([("https://a.example/1", html)], format="html")
    except NotImplementedError:
        pytest.skip("HTML blocks are not built yet")
    model = learn([("", "text"), ("https://a.example/1", html), ("https://a.example/2", html)], format="html")
    assert list(model.sites) == ["a.example"]
    assert model.sites["a.example"].pages == 2


def test_invalid_thresholds_are_config_errors() -> None:
    with pytest.raises(ConfigError):
        TemplateModel(min_share=0)
    assert json.loads(json.dumps(TemplateModel().to_dict()))["by"] == "domain"


# -- the `cleantext learn` command -------------------------------------------------------------------

def _cli(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    import io

    from cleantext.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _jsonl(tmp_path: Path, name: str = "pages.jsonl") -> Path:
    path = tmp_path / name
    lines = [json.dumps({"url": url, "text": text}) for url, text in _pages()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_learn_command_writes_the_same_model_as_the_api(tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    code, _, err = _cli(["learn", str(_jsonl(tmp_path)), "--by", "domain", "-o", str(out)])
    assert code == 0
    assert "24 pages of 2 sites; 2 sites with a template" in err
    assert TemplateModel.load(out) == TemplateModel.from_dict(learn(_pages(), format="auto").to_dict())


def test_learn_command_reads_stdin_and_writes_stdout(tmp_path: Path) -> None:
    code, out, _ = _cli(["learn", "-q"], stdin=_jsonl(tmp_path).read_text(encoding="utf-8"))
    assert code == 0
    assert TemplateModel.from_dict(json.loads(out)).sites.keys() == learn(_pages()).sites.keys()


def test_learn_command_skips_records_without_url(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"text": "no url"}\nnot json\n{"url": "https://a.example/1", "text": "Menu"}\n',
                    encoding="utf-8")
    code, out, err = _cli(["learn", str(path)])
    assert code == 3  # the model is written, but records could not be used
    assert ":1: no field 'url'" in err and ":2: invalid JSON" in err
    assert "2 of 3 records could not be used (skipped): 1 invalid JSON, 1 no field 'url'" in err
    assert json.loads(out)["sites"]["a.example"]["pages"] == 1


def test_learn_command_merges_shard_models(tmp_path: Path) -> None:
    pages = _pages()
    shards = []
    for i in range(2):
        path = tmp_path / f"s{i}.jsonl"
        path.write_text("".join(json.dumps({"url": u, "text": t}) + "\n" for u, t in pages[i::2]), encoding="utf-8")
        shards.append(tmp_path / f"s{i}.json")
        assert _cli(["learn", "--keep-all", "-q", str(path), "-o", str(shards[-1])])[0] == 0
    merged = tmp_path / "m.json"
    assert _cli(["learn", "--merge", "--keep-all", "-q", *map(str, shards), "-o", str(merged)])[0] == 0
    assert TemplateModel.load(merged) == learn(pages)


def test_learn_command_errors(tmp_path: Path) -> None:
    assert _cli(["learn", "--min-share", "0"])[0] == 2
    code, _, err = _cli(["learn", "-q", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "t.json")])
    assert code == 1 and "cannot read" in err
    assert (tmp_path / "t.json").exists()  # what could be read is still written


def test_learn_command_with_two_workers_writes_the_same_model(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    pages = [(p.url, p.text) for seed in (3, 4) for p in generate_site(seed, 150, paragraphs=(1, 2))]
    path.write_text("".join(json.dumps({"url": u, "text": t}) + "\n" for u, t in pages), encoding="utf-8")
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert _cli(["learn", "-q", "--format", "text", str(path), "-o", str(one)])[0] == 0
    assert _cli(["learn", "-q", "--format", "text", "-j", "2", str(path), "-o", str(two)])[0] == 0
    assert one.read_bytes() == two.read_bytes()
    assert _cli(["learn", "-j", "-1", str(path)])[0] == 2


# -- properties ---------------------------------------------------------------------------------------

LINES = st.sampled_from(["Home | News", "Sign in", "© 2024 Example", "© 2025 Example", "Share", "A story.",
                         "Another story here.", "Menu", "menu", "  Menu  ", "Ünïcödé line", "ﬁne print"])
PAGES = st.lists(st.tuples(st.sampled_from(["https://a.example/", "https://www.a.example/x", "http://b.example/"]),
                           st.lists(LINES, max_size=8).map("\n".join)), max_size=12)


@given(PAGES, st.randoms(use_true_random=False))
def test_property_learning_is_independent_of_page_order(pages: list[tuple[str, str]], rnd: random.Random) -> None:
    """Any shuffle of the pages learns the same model."""
    shuffled = pages[:]
    rnd.shuffle(shuffled)
    assert learn(shuffled, format="text") == learn(pages, format="text")


@given(PAGES, st.integers(min_value=1, max_value=4))
def test_property_sharded_learning_merges_to_the_whole(pages: list[tuple[str, str]], shards: int) -> None:
    """Learning per shard and merging the shard models equals learning everything at once."""
    merged = TemplateModel()
    for i in range(shards):
        merged.merge(learn(pages[i::shards], format="text"))
    assert merged == learn(pages, format="text")


@given(PAGES)
def test_property_json_round_trip_keeps_every_count(pages: list[tuple[str, str]]) -> None:
    """to_dict(keep_min=1) and from_dict give back an equal model."""
    model = learn(pages, format="text")
    assert TemplateModel.from_dict(json.loads(json.dumps(model.to_dict(keep_min=1)))) == model
