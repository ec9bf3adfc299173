"""The CLI run in-process through `cli.run`: outputs, JSONL records, error policies, pipeline control."""
from __future__ import annotations

import gzip
import io
import json
import sys
import types

import pytest

import cleantext
import cleantext.cli.app as cli
from cleantext.records import document_fields
from cleantext.trace import explain

PAGE = (
    "Home | World | Business | Sport | Contact\n"
    "Harbour town votes to rebuild its old sea wall\n"
    "By Maria Jensen\n\n"
    "The council of a small harbour town voted on Tuesday to rebuild the sea wall that has kept "
    "the winter storms out of the old quarter since 1890, after two years of debate.\n\n"
    "Work starts in spring and should take three years, the mayor said after the vote.\n\n"
    "Related: Fishing fleet returns early as prices fall\n"
    "\u00a9 2025 Harbour Gazette. All rights reserved.\n"
)


def page(n: int) -> str:
    return PAGE.replace("Tuesday", f"day {n}")


def call(argv: list[str], stdin: bytes = b"") -> tuple[int, bytes, str]:
    """Run the CLI in this process with byte streams, like a real pipe."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    code = cli.run(argv, stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"), stdout=out, stderr=err)
    out.flush()
    return code, out.buffer.getvalue(), err.getvalue()  # type: ignore[attr-defined]


def jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


def lines(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.splitlines()]


# -- plain mode ------------------------------------------------------------------------------
def test_plain_text_prints_the_clean_text_of_the_api():
    code, out, err = call([], PAGE.encode("utf-8"))
    assert (code, err) == (0, "")
    assert out.decode("utf-8") == cleantext.extract(PAGE).text + "\n"


def test_json_prints_the_whole_document():
    code, out, _ = call(["--json"], PAGE.encode("utf-8"))
    assert code == 0
    assert json.loads(out) == {"source": "-", **json.loads(json.dumps(cleantext.extract(PAGE).to_dict()))}


def test_explain_prints_the_trace_report():
    code, out, _ = call(["--explain"], PAGE.encode("utf-8"))
    assert code == 0
    assert out.decode("utf-8") == explain(cleantext.extract(PAGE)) + "\n"


def test_stdin_that_is_not_utf8_is_decoded_sanely():
    text = "Caf\u00e9 cr\u00e8me is served all day in this small place by the harbour, every day of the week."
    code, out, _ = call(["--format", "text"], text.encode("cp1252"))
    assert code == 0
    assert "Café crème" in out.decode("utf-8")


def page_files(folder, count: int) -> list[str]:
    """Paths of ``count`` page files p0.txt ... holding page(0) ..."""
    paths = []
    for n in range(count):
        path = folder / f"p{n}.txt"
        path.write_text(page(n), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_several_files_are_cleaned_in_order_and_an_unreadable_one_gives_exit_1(tmp_path):
    paths = page_files(tmp_path, 3)
    code, out, err = call(["--json", paths[0], str(tmp_path / "missing.txt"), paths[1], paths[2]])
    assert code == 1
    assert "cannot read" in err and "missing.txt" in err
    assert [d["text"] for d in lines(out)] == [cleantext.extract(page(n)).text for n in range(3)]


def test_gzip_input_is_decompressed(tmp_path):
    p = tmp_path / "pages.jsonl.gz"
    p.write_bytes(gzip.compress(jsonl({"text": page(1)})))
    code, out, _ = call(["--jsonl", str(p)])
    assert code == 0
    assert lines(out) == [{"text": cleantext.extract(page(1)).text}]


def test_truncated_gzip_is_reported_after_the_records_it_held(tmp_path):
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(gzip.compress(jsonl(*({"text": page(n)} for n in range(400))))[:-30])
    code, out, err = call(["--jsonl", str(p)])
    assert code == 1
    assert "cannot read" in err and "cut.jsonl.gz" in err
    assert len(out.splitlines()) >= 256  # the complete chunks before the cut were written


# -- JSONL records ---------------------------------------------------------------------------
def test_jsonl_keeps_every_other_key_and_the_order():
    records = [{"id": n, "url": f"https://example.org/{n}", "text": page(n), "meta": {"a": [1, 2]}}
               for n in range(5)]
    code, out, err = call(["--jsonl"], jsonl(*records))
    assert (code, err) == (0, "")
    expected = [{**r, "text": cleantext.extract(r["text"]).text} for r in records]
    assert lines(out) == expected
    assert list(lines(out)[0]) == ["id", "url", "text", "meta"]  # key order kept too


def test_output_field_keeps_the_original_text():
    code, out, _ = call(["--jsonl", "--field", "raw", "--output-field", "clean"], jsonl({"raw": PAGE}))
    assert code == 0
    assert lines(out) == [{"raw": PAGE, "clean": cleantext.extract(PAGE).text}]


def test_add_writes_the_document_fields_with_a_prefix():
    code, out, _ = call(["--jsonl", "--add", "title,related,removed,metadata", "--add-prefix", "ct_"],
                        jsonl({"text": PAGE}))
    assert code == 0
    doc = cleantext.extract(PAGE)
    fields = json.loads(json.dumps(document_fields(doc, ["title", "related", "removed", "metadata"],
                                                   prefix="ct_")))
    assert lines(out) == [{"text": doc.text, **fields}]


def test_non_ascii_is_written_as_utf8_not_escaped():
    code, out, _ = call(["--jsonl"], jsonl({"text": "Smörgåsbord and crème brûlée for everyone at the fête."}))
    assert code == 0
    assert "Smörgåsbord".encode() in out and b"\\u" not in out


def test_blank_lines_pass_through_and_are_not_records():
    code, out, err = call(["--jsonl"], jsonl({"text": "a"}) + b"\n" + jsonl({"text": "b"}))
    assert (code, err) == (0, "")
    assert out.split(b"\n")[1] == b""
    assert len(out.splitlines()) == 3


BAD = [
    (b"{not json", "invalid JSON"),
    (b'["a", "list"]', "not a JSON object but an array"),
    (b'{"id": 7}', "no field 'text'"),
    (b'{"id": 8, "text": 42}', "field 'text' is a number, not a string"),
    (b'{"id": 9, "text": null}', "field 'text' is null, not a string"),
]


@pytest.mark.parametrize("line, message", BAD)
def test_bad_record_is_reported_with_its_line_number_and_kept(line, message):
    data = jsonl({"text": page(1)}) + line + b"\n" + jsonl({"text": page(3)})
    code, out, err = call(["--jsonl"], data)
    assert code == 3  # done, but a record failed
    assert f"<stdin>:2: {message}" in err
    assert "1 of 3 records could not be cleaned (passed through unchanged): 1 " in err
    assert out.splitlines()[1] == line
    assert len(out.splitlines()) == 3


def test_on_error_skip_drops_bad_records_only():
    data = jsonl({"text": page(1)}) + b"{oops\n" + jsonl({"text": page(3)})
    code, out, err = call(["--jsonl", "--on-error", "skip"], data)
    assert code == 3
    assert "<stdin>:2: invalid JSON" in err and "skipped" in err
    assert [r["text"] for r in lines(out)] == [cleantext.extract(page(n)).text for n in (1, 3)]


def test_on_error_fail_stops_at_the_first_bad_record_with_exit_1():
    data = jsonl({"text": page(1)}) + b"{oops\n" + jsonl({"text": page(3)})
    code, out, err = call(["--jsonl", "--on-error", "fail"], data)
    assert code == 1
    assert "<stdin>:2: invalid JSON" in err and "stopping" in err
    assert [r["text"] for r in lines(out)] == [cleantext.extract(page(1)).text]


def test_invalid_utf8_line_keeps_other_keys_byte_for_byte():
    line = b'{"url": "http://x.org/\xff\xfe", "text": "Caf\xe9 cr\xe8me is served all day long here."}\n'
    code, out, err = call(["--jsonl"], line)
    assert code == 0
    assert "<stdin>:1: not valid UTF-8" in err
    assert b'"url": "http://x.org/\xff\xfe"' in out
    text = json.loads(out.decode("utf-8", "surrogateescape"))["text"]
    assert "Café crème" in text


def test_lone_surrogate_escape_in_another_key_still_gives_valid_utf8():
    code, out, _ = call(["--jsonl"], b'{"id": "x\\ud800y", "text": "A line of text in the record."}\n')
    assert code == 0
    record = json.loads(out.decode("utf-8"))  # strict UTF-8: the surrogate is written as an escape
    assert record["id"] == "x\ud800y"


def test_explain_with_jsonl_heads_each_report_with_its_line():
    code, out, _ = call(["--jsonl", "--explain"], jsonl({"text": page(1)}, {"text": page(2)}))
    assert code == 0
    text = out.decode("utf-8")
    assert text.startswith("==> <stdin>:1 <==\n") and "\n==> <stdin>:2 <==\n" in text


def test_stats_go_to_stderr_and_leave_stdout_alone():
    data = jsonl({"text": page(1)}, {"text": page(2)})
    _, plain, _ = call(["--jsonl"], data)
    code, out, err = call(["--jsonl", "--stats"], data)
    assert code == 0 and out == plain
    assert err.startswith("2 documents, ")
    doc = cleantext.extract(page(1))
    for r in doc.removed:
        assert f"removed   {r.filter}.{r.reason}" in err


# -- usage errors (exit 2) -------------------------------------------------------------------
@pytest.mark.parametrize("argv, words", [
    (["--disable", "no_such_step"], "valid names"),
    (["--only", "no_such_step"], "valid names"),
    (["--jsonl", "--add", "title,colour"], "valid fields"),
    (["--jsonl", "--json"], "--add"),
    (["--add", "title"], "--jsonl"),
    (["-j", "-1"], "-j"),
    (["--on-error", "ignore"], "invalid choice"),
])
def test_usage_errors_exit_2_and_say_what_is_valid(argv, words):
    code, out, err = call(argv, b"x")
    assert code == 2 and out == b""
    assert words in err


def test_list_filters_names_every_default_step_then_the_opt_in_ones():
    code, out, _ = call(["--list-filters"])
    assert code == 0
    lines = out.decode().splitlines()
    listed = [line.split()[0] for line in lines]
    names = list(cleantext.Pipeline.default().names)
    assert listed[: len(names)] == names
    assert listed[len(names):] == ["unwrap_lines", "uncurl_quotes", "identify_language"]
    assert all(" off " in line and "--enable" in line for line in lines[len(names):])
    kinds = {line.split()[0]: line.split()[1:3] for line in lines}
    assert kinds["select_html_region"] == ["structure", "html"]
    assert kinds["select_main_region"] == ["select", "text"]


def test_enable_adds_an_opt_in_step_in_its_place():
    code, out, _ = call(["--enable", "unwrap_lines", "--list-filters"])
    listed = [line.split()[0] for line in out.decode().splitlines()]
    assert code == 0 and listed.index("unwrap_lines") == listed.index("normalize_whitespace") + 1
    wrapped = ("The harbour town opened its first tidal power station on Monday after ten\n"
               "years of planning and two public inquiries, and the mayor said the turbines\n"
               "would cover half of the town's needs by the spring of next year at the latest.\n")
    page = ("Home | News | Sport\n\n" + wrapped * 4).encode()
    code, out, _ = call(["--enable", "unwrap_lines", "--format", "text"], page)
    assert code == 0 and "ten years of planning" in out.decode()


@pytest.mark.parametrize("argv, words", [
    (["--enable", "drop_footer"], "not an opt-in step"),
    (["--disable", "unwrap_lines"], "enable it with"),
])
def test_enable_and_disable_say_what_is_wrong(argv, words):
    code, _, err = call(argv)
    assert code == 2 and words in err


def test_disable_switches_a_step_off():
    names = cleantext.Pipeline.default().names
    if not names:
        pytest.skip("no steps in the default pipeline yet")
    code, out, _ = call(["--list-filters", "--disable", names[0]])
    assert code == 0 and names[0] not in out.decode().split()


def test_config_file_disables_steps_and_passes_options(tmp_path):
    names = cleantext.Pipeline.default().names
    conf = tmp_path / "c.toml"
    disable = f'disable = ["{names[-1]}"]\n' if names else ""
    conf.write_text(f'{disable}enable = ["unwrap_lines"]\n[options]\nkeep_captions = true\n'
                    f'template_min_pages = 4\n', encoding="utf-8")
    args = cli.build_parser().parse_args(["--config", str(conf)])
    settings = cli.settings_from(args)
    assert dict(settings.options) == {"keep_captions": True, "template_min_pages": 4}
    assert settings.disable == ((names[-1],) if names else ())
    assert settings.enable == ("unwrap_lines",)


@pytest.mark.parametrize("options, words", [
    ("include_coments = true", "unknown option(s) 'include_coments'; valid options: include_comments"),
    ("min_words = 4", "unknown option(s) 'min_words'"),
    ('keep_captions = "yes"', "option 'keep_captions' must be bool, not str"),
    ("template_min_pages = 2.5", "option 'template_min_pages' must be int"),
])
def test_config_file_options_are_checked_against_what_the_steps_declare(tmp_path, options, words):
    conf = tmp_path / "c.toml"
    conf.write_text(f"[options]\n{options}\n", encoding="utf-8")
    code, _, err = call(["--config", str(conf)], b"x")
    assert code == 2 and words in err


@pytest.mark.parametrize("text, words", [
    ("disable = 3\n", "list of step names"),
    ("colour = 1\n", "unknown key"),
    ("disable = [\n", "not valid TOML"),
    ('disable = ["no_such_step"]\n', "valid names"),
])
def test_bad_config_is_a_usage_error(tmp_path, text, words):
    conf = tmp_path / "c.toml"
    conf.write_text(text, encoding="utf-8")
    code, _, err = call(["--config", str(conf)], b"x")
    assert code == 2 and words in err


def test_missing_config_file_is_a_usage_error(tmp_path):
    code, _, err = call(["--config", str(tmp_path / "nope.toml")], b"x")
    assert code == 2 and "cannot read config" in err


def test_markdown_output_uses_to_markdown_or_says_it_is_missing():
    code, out, err = call(["--output", "markdown"], PAGE.encode("utf-8"))
    try:
        from cleantext.markdown import to_markdown
    except ImportError:
        assert code == 2 and "--output markdown is not available" in err
        return
    assert code == 0
    assert out.decode("utf-8") == to_markdown(cleantext.extract(PAGE)) + "\n"



@pytest.mark.parametrize("other", ["--json", "--explain"])
def test_markdown_output_with_json_or_explain_is_a_usage_error(other):
    """Either would print no Markdown (it was silently ignored)."""
    code, out, err = call(["--output", "markdown", other], PAGE.encode("utf-8"))
    assert code == 2 and out == b"" and f"--output markdown is a form of the clean text; {other}" in err


# -- help, version, subcommands --------------------------------------------------------------
def test_help_shows_examples_and_exit_codes():
    code, out, _ = call(["--help"])
    text = out.decode("utf-8")
    assert code == 0
    assert "examples:" in text and "--jsonl -j 8" in text and "exit codes:" in text


def test_version():
    code, out, _ = call(["--version"])
    assert code == 0 and out.decode().strip() == f"cleantext {cleantext.__version__}"


def test_subcommand_gets_the_rest_of_argv(monkeypatch):
    seen: list[list[str]] = []
    module = types.ModuleType("cleantext_test_command")
    module.run = lambda argv, **streams: seen.append(argv) or 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cleantext_test_command", module)
    monkeypatch.setitem(cli.COMMANDS, "frobnicate", "cleantext_test_command")
    code, _, _ = call(["frobnicate", "--x", "file"])
    assert code == 3 and seen == [["--x", "file"]]


def test_subcommand_that_is_not_installed_is_a_usage_error(monkeypatch):
    monkeypatch.setitem(cli.COMMANDS, "nothing", "cleantext.cli.commands.no_such_module")
    code, _, err = call(["nothing"])
    assert code == 2 and "'nothing' command is not available" in err


def test_quiet_hides_per_record_messages_but_not_the_final_count():
    data = b'{"text": "Caf\xe9 au lait, served all day long."}\n{oops\n'
    code, _, err = call(["--jsonl", "--quiet"], data)
    assert code == 3
    assert err == "cleantext: 1 of 2 records could not be cleaned (passed through unchanged): 1 invalid JSON\n"


def test_explain_of_several_files_heads_each_report_with_its_name(tmp_path):
    a, b = page_files(tmp_path, 2)
    code, out, _ = call(["--explain", a, b])
    assert code == 0
    text = out.decode("utf-8")
    assert text.startswith(f"==> {a} <==\n") and f"\n\n==> {b} <==\n" in text
    assert explain(cleantext.extract(page(1))) in text


def _record_lines():
    from hypothesis import strategies as st

    junk = st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" "))
    values = st.one_of(st.text(max_size=80), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=2))
    objects = st.dictionaries(st.sampled_from(["text", "id", "url", "x"]), values, max_size=4).map(
        lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8"))
    return st.lists(st.one_of(junk, objects), max_size=12)


def test_keep_policy_gives_one_output_line_per_input_line_on_any_input():
    """Under --on-error keep, any sequence of lines (junk bytes, objects with or without a string
    "text") gives exit 0 and exactly one output line per input line, bad ones byte for byte."""
    from hypothesis import given

    @given(_record_lines())
    def check(lines_in: list[bytes]) -> None:
        code, out, err = call(["--jsonl"], b"".join(line + b"\n" for line in lines_in))
        failed = "could not be cleaned" in err
        never_found = "no record has the key 'text'" in err
        assert code == (2 if never_found else 3 if failed else 0), err
        lines_out = out.split(b"\n")[:-1]
        assert len(lines_out) == len(lines_in)
        for n, (before, after) in enumerate(zip(lines_in, lines_out), start=1):
            if f"<stdin>:{n}: " in err and "passed through unchanged" in err.split(f"<stdin>:{n}: ")[1].split("\n")[0]:
                assert after == before

    check()


class _CleanerThatDiesOnCrash(cli.Cleaner):
    """Like jobs.Cleaner, but the worker process dies on a record holding CRASH (as on a segfault)."""

    def __call__(self, task):
        if any(b"CRASH" in line for line in getattr(task, "lines", [])):
            import os

            os._exit(11)
        return super().__call__(task)


def test_a_record_that_kills_its_worker_costs_only_its_chunk(monkeypatch):
    monkeypatch.setattr(cli, "Cleaner", _CleanerThatDiesOnCrash)
    records = [{"id": n, "text": "CRASH" if n == 299 else page(n)} for n in range(600)]
    code, out, err = call(["--jsonl", "-j", "2"], jsonl(*records))
    assert code == 3
    assert "256 of 600 records could not be cleaned (passed through unchanged): 256 worker died" in err
    assert "<stdin>:257-512: a worker process died (crashed or was killed) while cleaning these 256 records; " \
           "passed through unchanged" in err
    out_lines = out.splitlines()
    in_lines = jsonl(*records).splitlines()
    assert len(out_lines) == 600
    assert out_lines[256:512] == in_lines[256:512]
    assert json.loads(out_lines[600 - 1])["text"] == cleantext.extract(page(599)).text
    assert json.loads(out_lines[0])["text"] == cleantext.extract(page(0)).text


def test_several_files_with_two_workers_equal_one_worker(tmp_path):
    paths = page_files(tmp_path, 5)
    one = call(["--json", "-j", "1", *paths])
    two = call(["--json", "-j", "2", *paths])
    assert one == two and one[0] == 0
    assert len(one[1].splitlines()) == 5


def test_more_workers_than_four_per_core_are_cut_down_with_a_note(tmp_path, monkeypatch):
    from cleantext.cli import app
    monkeypatch.setattr(app, "cpu_count", lambda: 1)
    paths = page_files(tmp_path, 3)
    code, out, err = call(["--json", "-j", "1000", *paths])
    assert code == 0 and len(out.splitlines()) == 3
    assert "-j 1000 is more than 4 workers per core; using 4" in err
