"""The CLI on inputs that are no page: binary data is an error (exit 1, nothing written for it),
empty input writes nothing; undeclared legacy bytes are read in their charset."""
from __future__ import annotations

import json
import random

from test_cli import call  # the CLI run in-process with byte streams

ARTICLE = ("The council of a small harbour town voted on Tuesday to rebuild the sea wall that has kept "
           "the winter storms out of the old quarter since 1890, after two years of debate.\n")
BINARY = b"\x7fELF\x02\x01\x01\x00\x00\x00" + random.Random(1).randbytes(4000)


def test_binary_stdin_is_an_error_with_exit_code_1_and_no_output():
    code, out, err = call([], BINARY)
    assert (code, out) == (1, b"")
    assert err.startswith("cleantext: error: cannot read <stdin>: binary data, not a page:")


def test_binary_input_is_not_passed_through_even_with_on_error_keep():
    code, out, _ = call(["--on-error", "keep", "--json"], BINARY)
    assert (code, out) == (1, b"")


def test_a_binary_file_among_pages_costs_only_itself(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.bin"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_bytes(BINARY)
    code, out, err = call([str(bad), str(good)])
    assert code == 1
    assert b"sea wall" in out and b"\x7fELF" not in out
    assert f"cleantext: error: cannot read {bad}: binary data" in err


def test_empty_input_writes_nothing_and_exits_0():
    assert call([], b"") == (0, b"", "")


def test_a_page_with_nothing_left_writes_nothing():
    assert call([], b"Home | News | Sport | Contact\n") == (0, b"", "")


def test_undeclared_cp1251_stdin_is_read_as_cp1251():
    text = "Городской совет в четверг утвердил план ремонта старой набережной у реки."
    code, out, err = call(["--format", "text"], text.encode("cp1251"))
    assert (code, err) == (0, "")
    assert out.decode("utf-8") == text + "\n"



def test_jsonl_record_in_an_undeclared_legacy_charset_is_read_in_it():
    """A record whose page is windows-1251 bytes (not UTF-8): the page is guessed, the line warned about."""
    text = "Городской совет в четверг утвердил план ремонта старой набережной у реки."
    line = b'{"id": 1, "text": "' + text.encode("cp1251") + b'"}\n'
    code, out, err = call(["--jsonl"], line)
    assert code == 0
    assert json.loads(out)["text"] == text
    assert "not valid UTF-8" in err
