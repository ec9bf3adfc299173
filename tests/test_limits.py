"""The size guard (limits.py): pages over max_bytes or max_blocks are refused with a message that
says how to raise the limit; pages under them are cleaned as before."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import InputError, PageTooLargeError, Pipeline, extract
from cleantext.cli.app import run
from cleantext.cli.options import size_limit
from cleantext.limits import DEFAULT_MAX_BLOCKS, DEFAULT_MAX_BYTES, check_bytes, count_text_blocks

SENTENCE = "The ferry to the island runs again on Sunday, the harbour office said on Friday morning."


def test_defaults_are_documented_round_numbers() -> None:
    assert DEFAULT_MAX_BYTES == 100_000_000 and DEFAULT_MAX_BLOCKS == 1_000_000


def test_a_page_over_max_bytes_is_refused_with_how_to_raise_the_limit() -> None:
    with pytest.raises(PageTooLargeError) as e:
        extract(SENTENCE * 10, max_bytes=100)
    message = str(e.value)
    assert f"{len(SENTENCE) * 10} bytes, over the limit of 100 bytes" in message
    assert "max_bytes=N" in message and "--max-bytes N" in message
    assert isinstance(e.value, InputError) and isinstance(e.value, ValueError)


def test_max_bytes_counts_utf8_bytes_of_a_str() -> None:
    """'é' is one character and two bytes: a str is measured as UTF-8, like the bytes it came from."""
    page = "é" * 60
    with pytest.raises(PageTooLargeError):
        extract(page, max_bytes=100)
    extract(page, max_bytes=120)
    with pytest.raises(PageTooLargeError):
        extract(page.encode(), max_bytes=119)


@given(st.text(max_size=40), st.integers(min_value=0, max_value=200))
def test_check_bytes_agrees_with_the_utf8_length(text: str, max_bytes: int) -> None:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        with pytest.raises(PageTooLargeError):
            check_bytes(text, max_bytes)
    else:
        check_bytes(text, max_bytes)


def test_a_page_over_max_blocks_is_refused_before_blocks_are_made() -> None:
    with pytest.raises(PageTooLargeError, match="3 non-blank lines, over the limit of 2"):
        extract("x\n\n  \nx\nx\n", format="text", max_blocks=2)
    # Blank lines are no blocks: five lines, two of them blank, fit a limit of three.
    assert extract("x\n\n  \nx\nx\n", format="text", max_blocks=3).format == "text"


def test_html_blocks_count_against_max_blocks() -> None:
    html = "<html><body>" + "".join(f"<p>{SENTENCE} {i}</p>" for i in range(5)) + "</body></html>"
    with pytest.raises(PageTooLargeError, match="5 blocks, over the limit of 4"):
        extract(html, format="html", max_blocks=4)
    assert extract(html, format="html", max_blocks=5).body


def test_none_lifts_a_limit() -> None:
    page = SENTENCE * 10
    assert extract(page, max_bytes=None, max_blocks=None) == extract(page)
    assert cleantext.clean(page, max_bytes=None) == cleantext.clean(page)


@pytest.mark.parametrize("limits", [{"max_bytes": -1}, {"max_blocks": -5}, {"max_blocks": "5"},
                                    {"max_bytes": 1.5}, {"max_bytes": True}])
def test_a_limit_that_is_not_a_count_is_an_input_error(limits: dict[str, object]) -> None:
    with pytest.raises(InputError, match=next(iter(limits))):
        extract("A line of text.", **limits)  # type: ignore[arg-type]


def test_the_limits_change_no_output_under_them() -> None:
    page = "\n\n".join([SENTENCE] * 20)
    doc = Pipeline.default().run(page, max_bytes=len(page), max_blocks=20)
    assert doc == extract(page)


@given(st.lists(st.sampled_from(["x", "", " ", "\t", " a b ", "\u3000", "Home"]), max_size=30))
def test_count_text_blocks_counts_the_blocks_text_mode_makes(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert count_text_blocks(text) == sum(1 for line in lines if line.strip())


def test_count_text_blocks_over_several_pieces() -> None:
    text = ("x\n" * 700_000) + "\n \n" * 10 + "last"
    assert count_text_blocks(text) == 700_001


@pytest.mark.parametrize(("text", "value"), [("1000", 1000), ("500k", 500_000), ("100M", 100_000_000),
                                             ("100MB", 100_000_000), ("2G", 2_000_000_000), ("1.5M", 1_500_000),
                                             ("0", None)])
def test_cli_limits_read_sizes_with_units(text: str, value: int | None) -> None:
    assert size_limit(text) == value


def test_cli_refuses_a_page_over_the_limit_as_a_bad_record() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"x\nx\nx\n"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run(["--max-blocks", "2", "--on-error", "skip"], stdin=stdin, stdout=out, stderr=err)
    assert code == 3 and out.getvalue() == ""  # done, but a record could not be cleaned
    assert "3 non-blank lines, over the limit of 2" in err.getvalue() and "--max-blocks N" in err.getvalue()


def test_cli_rejects_a_size_it_cannot_read() -> None:
    err = io.StringIO()
    assert run(["--max-bytes", "lots"], stdin=io.StringIO(""), stdout=io.StringIO(), stderr=err) == 2
    assert "not a size" in err.getvalue()


class CountingReader(io.RawIOBase):
    """An endless input that counts the bytes handed out: does the CLI read a huge page whole?"""

    def __init__(self) -> None:
        self.handed_out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        n = len(buffer)
        buffer[:n] = b"x" * n
        self.handed_out += n
        return n


@pytest.mark.parametrize("policy", ["keep", "skip"])
def test_cli_reads_no_more_of_a_huge_stdin_than_the_limit(policy: str) -> None:
    reader = CountingReader()
    stdin = io.TextIOWrapper(io.BufferedReader(reader), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run(["--max-bytes", "100k", "--on-error", policy], stdin=stdin, stdout=out, stderr=err)
    assert code == 3 and out.getvalue() == ""  # never passed through: it was never read whole
    assert reader.handed_out < 200_000
    assert "the page is over the limit of 100,000 bytes" in err.getvalue()
    assert "skipped" in err.getvalue()
    # The summary names what happened: with keep, the input could not be passed through either.
    summary = err.getvalue().strip().splitlines()[-1]
    assert summary.endswith("(1 left out: over --max-bytes, not read whole): 1 page too large error") == (
        policy == "keep"), summary
    assert ("passed through unchanged" in summary) is False


def test_cli_names_the_size_of_a_file_over_the_limit(tmp_path) -> None:
    page = tmp_path / "big.txt"
    page.write_bytes(b"A line of text.\n" * 1000)
    small = tmp_path / "small.txt"
    small.write_text("A short page of one sentence, written by hand for this test.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run(["--max-bytes", "1000", "--on-error", "skip", str(page), str(small)], stdin=io.StringIO(""),
               stdout=out, stderr=err)
    assert code == 3
    assert "16,000 bytes, over the limit of 1,000 bytes" in err.getvalue()
    assert "A short page of one sentence" in out.getvalue()  # the next input is cleaned as usual


@pytest.mark.parametrize("policy", ["keep", "skip"])
def test_cli_jsonl_skips_a_record_line_too_long_to_read_and_cleans_the_next(policy: str) -> None:
    good = json.dumps({"id": 2, "text": SENTENCE}).encode()
    huge = b'{"id": 1, "text": "' + b"x" * 3_000_000 + b'"}'
    stdin = io.TextIOWrapper(io.BytesIO(huge + b"\n" + good + b"\n"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run(["--jsonl", "--max-bytes", "100k", "--on-error", policy], stdin=stdin, stdout=out, stderr=err)
    assert code == 3
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == [2]
    assert "<stdin>:1: the record's line is over 1,648,576 bytes" in err.getvalue()


def test_read_chunks_never_holds_a_line_over_the_limit() -> None:
    from cleantext.cli.jsonl import read_chunks
    data = b"short\n" + b"y" * 50 + b"\n" + b"z" * 10 + b"\n" + b"w" * 11
    chunks = list(read_chunks(io.BytesIO(data), "t", max_line=10))
    lines = [line for chunk in chunks for line in chunk.lines]
    assert lines == [b"short\n", b"", b"z" * 10 + b"\n", b""]
    assert [sorted(chunk.too_long) for chunk in chunks] == [[1, 3]]
