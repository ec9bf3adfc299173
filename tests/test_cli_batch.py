"""The one batch policy of every command (cleantext, warc, learn), run in-process through `cli.run`:
every exit code --help documents, the cap on per-record messages, -q, counts per kind, the header
between several inputs, the "source" key of --json, the hint for a URL, and -o FILE."""
from __future__ import annotations

import doctest
import gzip
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import cleantext
import cleantext.cli.app as cli
from cleantext.cli import batch, jobs, jsonl, progress
from cleantext.cli.batch import MESSAGE_CAP, RecordError, Report, Tally

ARTICLE = ("The council of a small harbour town voted on Tuesday to rebuild the sea wall that has kept "
           "the winter storms out of the old quarter since 1890, after two years of debate.\n")


def page(n: int) -> str:
    return f"Home | News | Sport\nStory {n}: {ARTICLE}\u00a9 2025 Harbour Gazette\n"


class _Interrupting(io.RawIOBase):
    """A stdin whose first read is Ctrl-C."""

    def readable(self) -> bool:
        return True

    def readinto(self, b):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt


def call(argv: list[str], stdin: bytes | None = b"") -> tuple[int, bytes, str]:
    """Run the CLI in this process with byte streams; ``stdin=None`` is a Ctrl-C on the first read."""
    raw = _Interrupting() if stdin is None else io.BytesIO(stdin)
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    code = cli.run(argv, stdin=io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8"), stdout=out, stderr=err)
    out.flush()
    return code, out.buffer.getvalue(), err.getvalue()  # type: ignore[attr-defined]


def records(*objs: object) -> bytes:
    return b"".join(json.dumps(o).encode() + b"\n" for o in objs)


def documented_exit_codes(command: list[str]) -> set[int]:
    """The codes listed under "exit codes:" in ``cleantext [COMMAND] --help``."""
    code, out, _ = call([*command, "--help"])
    assert code == 0
    table = out.decode().split("exit codes:\n", 1)[1]
    return {int(m) for m in re.findall(r"^  (\d+) ", table, re.MULTILINE)}


# -- every documented exit code, per command ------------------------------------------------------

def _unreadable(tmp_path: Path) -> list[str]:
    return [str(tmp_path / "missing.txt")]


def _failing_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cleaning a page holding "BUG" raises, as a bug in a filter would."""
    clean = jobs.Cleaner.clean

    def buggy(self, page, result, url=None, **kw):  # type: ignore[no-untyped-def]
        if "BUG" in (page if isinstance(page, str) else page.decode("utf-8", "replace")):
            raise ZeroDivisionError("a bug in a filter")
        return clean(self, page, result, url, **kw)

    monkeypatch.setattr(jobs.Cleaner, "clean", buggy)


MAIN_CASES: dict[int, list[Callable[[Path, pytest.MonkeyPatch], tuple[list[str], bytes | None]]]] = {
    0: [lambda t, m: (["--jsonl"], records({"text": page(1)})),
        lambda t, m: ([], page(1).encode())],
    1: [lambda t, m: (_unreadable(t), b""),
        lambda t, m: (["--jsonl", "--on-error", "fail"], records({"text": page(1)}) + b"{oops\n"),
        lambda t, m: (["-o", str(t / "no" / "such" / "dir.txt")], page(1).encode())],
    2: [lambda t, m: (["--no-such-option"], b""),
        lambda t, m: (["--disable", "no_such_step"], b""),
        lambda t, m: (["-j", "-1"], b""),
        lambda t, m: (["--jsonl", "--field", "nosuch"], records({"text": page(1)}, {"text": page(2)}))],
    3: [lambda t, m: (["--jsonl"], records({"text": page(1)}) + b"{oops\n"),
        lambda t, m: (["--jsonl", "--on-error", "skip"], records({"text": 3}, {"text": page(2)})),
        lambda t, m: (_failing_clean(m) or [], b"BUG " + page(1).encode())],
    130: [lambda t, m: (["--jsonl"], None)],
}


def test_field_that_no_record_has_is_a_usage_error_that_names_the_keys_there_are():
    code, out, err = call(["--jsonl", "--field", "html"], records({"id": 1, "text": page(1)}))
    assert code == 2
    assert "no field 'html' (this record has: id, text; use --field" in err
    assert err.endswith("cleantext: error: no record has the key 'html' that --field names: is it the right key?\n")
    assert out == records({"id": 1, "text": page(1)})  # records were still passed through unchanged


def test_field_that_some_records_have_is_not_a_usage_error():
    code, _, err = call(["--jsonl", "--field", "html"], records({"text": "x"}, {"html": page(1)}))
    assert code == 3 and "no record has" not in err


def test_a_bug_on_one_page_is_counted_and_the_other_pages_are_cleaned(tmp_path, monkeypatch):
    _failing_clean(monkeypatch)
    paths = []
    for n, text in enumerate([page(1), "BUG " + page(2), page(3)]):
        paths.append(tmp_path / f"p{n}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    code, out, err = call(["--json", *map(str, paths)])
    assert code == 3
    assert f"{paths[1]}: internal error, please report it: ZeroDivisionError: a bug in a filter" in err
    assert "1 of 3 pages could not be cleaned (passed through unchanged): 1 internal error" in err
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(paths[0]), str(paths[2])]


def test_workers_that_cannot_start_stop_the_run_with_exit_1(monkeypatch):
    from cleantext.cli.parallel import WorkerDied

    class DeadPool:
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            pass

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            return None

        def map(self, tasks):  # type: ignore[no-untyped-def]
            raise WorkerDied("worker processes keep dying before they get a task", next(iter(tasks)))

    monkeypatch.setattr(cli, "OrderedPool", DeadPool)
    code, _, err = call(["--jsonl", "-j", "2"], records({"text": page(1)}))
    assert code == 1
    assert "cleantext: error: worker processes keep dying before they get a task at <stdin>:1-1" in err


# -- the cap on per-record messages, -q, counts per kind ------------------------------------------

def test_after_the_cap_messages_are_counted_and_summed_up():
    data = b"{oops\n" * 30 + records({"text": 5}) * 5
    code, _, err = call(["--jsonl"], data)
    lines = err.splitlines()
    assert code == 3
    assert len(lines) == MESSAGE_CAP + 2
    assert all(": invalid JSON" in line for line in lines[:MESSAGE_CAP])
    assert lines[MESSAGE_CAP] == "cleantext: ... and 15 more"
    assert lines[-1] == ("cleantext: 35 of 35 records could not be cleaned (passed through unchanged): "
                         "30 invalid JSON, 5 field 'text' not a string")


def test_no_summary_line_when_the_messages_fit_under_the_cap():
    _, _, err = call(["--jsonl"], b"{oops\n" * MESSAGE_CAP)
    # The messages, the count, and the hint that no line was JSON.
    assert "... and" not in err and len(err.splitlines()) == MESSAGE_CAP + 2


def test_plain_pages_given_as_jsonl_get_a_hint():
    code, out, err = call(["--jsonl"], b"Headline of a page\n\nA paragraph of the page.\n")
    assert code == 3 and out == b"Headline of a page\n\nA paragraph of the page.\n"
    assert err.splitlines()[-1] == ("cleantext: no line was a JSON object: is the input JSONL? "
                                    "Without --jsonl each file is one page")
    # One good record among bad lines: no hint, the input is JSONL with damage.
    _, _, err = call(["--jsonl"], b"{oops\n" + records({"text": "A page."}))
    assert "is the input JSONL" not in err


def test_warnings_share_the_cap_with_errors():
    latin1 = b'{"text": "Caf\xe9 au lait, served all day long in the small harbour town."}\n'
    code, _, err = call(["--jsonl"], latin1 * 25 + b"{oops\n")
    assert code == 3
    assert "... and 6 more" in err
    assert "25 of 26 records: not valid UTF-8 (decoded as best possible)" in err


def test_quiet_shows_only_the_final_count():
    code, _, err = call(["--jsonl", "-q"], b"{oops\n" * 50)
    assert code == 3
    assert err == "cleantext: 50 of 50 records could not be cleaned (passed through unchanged): 50 invalid JSON\n"


def test_quiet_still_says_why_the_run_stopped():
    code, _, err = call(["--jsonl", "-q", "--on-error", "fail"], records({"text": page(1)}) + b"{oops\n")
    assert code == 1
    assert err.startswith("cleantext: error: <stdin>:2: invalid JSON") and err.endswith("stopping (--on-error fail)\n")


def test_quiet_and_clean_input_is_silent():
    assert call(["--jsonl", "-q"], records({"text": page(1)}))[::2] == (0, "")


def test_report_counts_every_tally_and_caps_messages():
    err = io.StringIO()
    report = Report("prog", err, policy="skip", cap=2)
    for n in range(3):
        tally = Tally()
        tally.records = 2
        tally.fail(f"f:{n}", RecordError("bad", kind="bad thing"), "skip")
        report.add(tally)
    assert report.finish() == 3
    assert err.getvalue().splitlines() == ["prog: f:0: bad; skipped", "prog: f:1: bad; skipped", "prog: ... and 1 more",
                                           "prog: 3 of 6 records could not be cleaned (skipped): 3 bad thing"]


def test_a_key_missing_everywhere_is_a_usage_error_only_for_a_key_option():
    for keys, code in (({"k": "--field"}, 2), ({}, 3)):
        report = Report("prog", io.StringIO(), policy="keep", keys=keys)
        tally = Tally(records=1)
        tally.fail("x:1", RecordError("no field 'k'", kind="no field", missing_key="k"), "keep")
        report.add(tally)
        assert report.finish() == code


@pytest.mark.parametrize("module", [batch, jsonl, jobs, progress], ids=lambda m: m.__name__)
def test_doctests(module):
    assert doctest.testmod(module).failed == 0


# -- several inputs: a header per page, "source" in JSON ------------------------------------------

def _files(tmp_path: Path, *texts: str) -> list[str]:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"p{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_several_files_are_headed_like_head_does(tmp_path):
    a, b = _files(tmp_path, page(1), page(2))
    code, out, _ = call([a, b])
    assert code == 0
    text = [cleantext.extract(page(n)).text for n in (1, 2)]
    assert out.decode() == f"==> {a} <==\n{text[0]}\n\n==> {b} <==\n{text[1]}\n"


def test_one_input_has_no_header(tmp_path):
    (a,) = _files(tmp_path, page(1))
    assert call([a])[1].decode() == cleantext.extract(page(1)).text + "\n"


def test_headers_skip_inputs_that_gave_no_output(tmp_path):
    a, b = _files(tmp_path, page(1), page(2))
    code, out, _ = call([str(tmp_path / "missing.txt"), a, b])
    assert code == 1
    assert out.decode().startswith(f"==> {a} <==\n")  # no blank line before the first header
    assert out.decode().count("==> ") == 2


def test_stdin_among_files_is_headed_stdin(tmp_path):
    (a,) = _files(tmp_path, page(1))
    out = call([a, "-"], page(2).encode())[1].decode()
    assert "\n\n==> <stdin> <==\n" in out


def test_headers_are_the_same_with_two_workers(tmp_path):
    paths = _files(tmp_path, *(page(n) for n in range(5)))
    one, two = call(["-j", "1", *paths]), call(["-j", "2", *paths])
    assert one == two and one[1].decode().count("==> ") == 5


def test_json_lines_carry_the_input_name_in_source(tmp_path):
    a, b = _files(tmp_path, page(1), page(2))
    _, out, _ = call(["--json", a, "-", b], page(3).encode())
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["source"] for d in docs] == [a, "-", b]
    assert next(iter(docs[0])) == "source" and b"==> " not in out
    assert docs[1]["text"] == cleantext.extract(page(3)).text


# -- a URL where a file is expected ---------------------------------------------------------------

def test_a_url_is_not_fetched_and_the_message_shows_how():
    code, out, err = call(["https://example.org/a?b=1"])
    assert code == 1 and out == b""
    assert "cannot read https://example.org/a?b=1: No such file or directory; cleantext reads files and stdin, " \
           "it does not fetch URLs: curl -s 'https://example.org/a?b=1' | cleantext" in err


def test_a_directory_is_no_input_and_the_message_shows_what_to_give(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("A page.\n", encoding="utf-8")
    code, out, err = call([str(folder) + "/", str(folder / "a.txt")])
    assert code == 1 and out.endswith(b"A page.\n")  # the other input is still done
    assert f"cannot read {folder}/: Is a directory; name the files in it, e.g. {folder}/*" in err


# -- -o FILE --------------------------------------------------------------------------------------

def test_output_file_gets_what_stdout_would(tmp_path):
    data = records({"text": page(1)}, {"text": page(2)})
    _, expected, _ = call(["--jsonl"], data)
    target = tmp_path / "out.jsonl"
    code, out, _ = call(["--jsonl", "-o", str(target)], data)
    assert code == 0 and out == b""
    assert target.read_bytes() == expected
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left


def test_output_file_ending_in_gz_is_gzipped(tmp_path):
    data = records({"text": page(1)})
    target = tmp_path / "out.jsonl.gz"
    assert call(["--jsonl", "--output-file", str(target)], data)[0] == 0
    assert gzip.decompress(target.read_bytes()) == call(["--jsonl"], data)[1]


def test_output_file_is_untouched_by_an_interrupted_run(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"the old output\n")
    assert call(["--jsonl", "-o", str(target)], None)[0] == 130
    assert target.read_bytes() == b"the old output\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_output_file_may_be_an_input(tmp_path):
    (a,) = _files(tmp_path, page(1))
    assert call([a, "-o", a])[0] == 0
    assert Path(a).read_text(encoding="utf-8") == cleantext.extract(page(1)).text + "\n"


# -- learn and warc follow the same policy --------------------------------------------------------

def _learn_input(tmp_path: Path) -> Path:
    path = tmp_path / "pages.jsonl"
    path.write_bytes(records(*({"url": f"https://a.example/{n}", "text": page(n)} for n in range(4))))
    return path


LEARN_CASES: dict[int, list[Callable[[Path, pytest.MonkeyPatch], tuple[list[str], bytes | None]]]] = {
    0: [lambda t, m: (["learn", str(_learn_input(t))], b"")],
    1: [lambda t, m: (["learn", str(t / "missing.jsonl")], b""),
        lambda t, m: (["learn", "--on-error", "fail"], records({"url": "https://a.example/", "text": page(1)}) + b"{\n")],
    2: [lambda t, m: (["learn", "--min-share", "0"], b""),
        lambda t, m: (["learn", "--on-error", "keep"], b""),
        lambda t, m: (["learn", "--url-field", "link"], records({"url": "https://a.example/", "text": page(1)}))],
    3: [lambda t, m: (["learn"], records({"url": "https://a.example/1", "text": page(1)}, {"text": page(2)}))],
    130: [lambda t, m: (["learn"], None)],
}


def test_learn_counts_a_bug_on_one_page_and_goes_on(monkeypatch):
    from cleantext.cli.commands import learn

    real = learn.page_blocks

    def buggy(page, **kwargs):  # type: ignore[no-untyped-def]
        if "Story 2" in page:
            raise ZeroDivisionError("a bug")
        return real(page, **kwargs)

    monkeypatch.setattr(learn, "page_blocks", buggy)
    code, out, err = call(["learn"], records(*({"url": f"https://a.example/{n}", "text": page(n)} for n in range(4))))
    assert code == 3
    assert "<stdin>:3: internal error, please report it: ZeroDivisionError: a bug; skipped" in err
    assert json.loads(out)["sites"]["a.example"]["pages"] == 3


def test_learn_stopped_by_on_error_fail_writes_no_model(tmp_path):
    model = tmp_path / "t.json"
    code, _, err = call(["learn", "--on-error", "fail", "-o", str(model)], b"{oops\n")
    assert code == 1 and "stopping" in err and not model.exists()


def test_learn_url_hint_says_pipe_it_in():
    _, _, err = call(["learn", "https://example.org/pages.jsonl"])
    assert "curl -s https://example.org/pages.jsonl | cleantext learn" in err


def _warc(tmp_path: Path, *bodies: str) -> Path:
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, body in enumerate(bodies):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.org/{n}", "response", payload=io.BytesIO(body.encode()), http_headers=http))
    return path


def _html(text: str) -> str:
    return f"<html><body><p>{text}</p></body></html>"


def _interrupt(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise KeyboardInterrupt


def _warc_interrupted(t: Path, m: pytest.MonkeyPatch) -> tuple[list[str], bytes | None]:
    from cleantext.cli.commands import warc

    m.setattr(warc, "read_warc", _interrupt)
    return ["warc", str(_warc(t, _html(ARTICLE)))], b""


WARC_CASES: dict[int, list[Callable[[Path, pytest.MonkeyPatch], tuple[list[str], bytes | None]]]] = {
    0: [lambda t, m: (["warc", str(_warc(t, _html(ARTICLE)))], b"")],
    1: [lambda t, m: (["warc", str(t / "missing.warc.gz")], b""),
        lambda t, m: (_failing_clean(m) or ["warc", "--on-error", "fail", str(_warc(t, _html("BUG"), _html(ARTICLE)))],
                      b"")],
    2: [lambda t, m: (["warc"], b""), lambda t, m: (["warc", "--add", "colour", "x.warc"], b"")],
    3: [lambda t, m: (_failing_clean(m) or ["warc", str(_warc(t, _html("BUG " + ARTICLE), _html(ARTICLE)))], b"")],
    130: [_warc_interrupted],
}


# Each command's cases by the exit code they must give; every code its --help lists has a case.
CASES = {"cleantext": ([], MAIN_CASES), "learn": (["learn"], LEARN_CASES), "warc": (["warc"], WARC_CASES)}


@pytest.mark.parametrize("command", CASES)
def test_cases_cover_every_exit_code_the_help_documents(command):
    argv, cases = CASES[command]
    if command == "warc":
        pytest.importorskip("warcio")
    assert set(cases) == documented_exit_codes(argv)


@pytest.mark.parametrize("command, code, case", [
    pytest.param(command, code, case, id=f"{command}-{code}-{n}")
    for command, (_, cases) in CASES.items() for code, group in cases.items() for n, case in enumerate(group)])
def test_exit_code(command, code, case, tmp_path, monkeypatch):
    argv, stdin = case(tmp_path, monkeypatch)
    got, _, err = call(argv, stdin)
    assert got == code, err
    assert "Traceback" not in err


def test_warc_counts_a_bug_on_one_page_and_cleans_the_rest(tmp_path, monkeypatch):
    _failing_clean(monkeypatch)
    path = _warc(tmp_path, _html(ARTICLE), _html("BUG " + ARTICLE), _html(ARTICLE))
    code, out, err = call(["warc", "-o", str(tmp_path / "out.jsonl"), str(path)])
    assert code == 3 and out == b""
    assert "https://example.org/1: internal error, please report it: ZeroDivisionError" in err
    assert "1 of 3 responses could not be cleaned (skipped): 1 internal error" in err
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["url"] for line in lines] == ["https://example.org/0", "https://example.org/2"]


def test_warc_url_hint_says_download_first():
    pytest.importorskip("warcio")
    _, _, err = call(["warc", "https://data.commoncrawl.org/x.warc.gz"])
    assert "it does not fetch URLs: curl -sO https://data.commoncrawl.org/x.warc.gz and name the file" in err


def test_learn_model_that_cannot_be_written_is_exit_1(tmp_path):
    code, _, err = call(["learn", str(_learn_input(tmp_path)), "-o", str(tmp_path / "no" / "t.json")])
    assert code == 1 and "cannot write" in err
