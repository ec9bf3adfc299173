"""WARC input: HTML responses streamed out of WARC files the tests write with warcio; the warc command."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from cleantext.cli import run as cli_run
from cleantext.errors import InputError
from cleantext.warc import WarcCounts, header_charset, iter_warc, read_warc

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE = "Приют для бездомных собак открылся в пятницу на окраине города, сообщили волонтёры."


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str | None, status: str = "200 OK") -> None:
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": "2024-03-01T10:00:00Z"})
    writer.write_record(record)


def write_warc(path: Path, *, gz: bool = True) -> Path:
    """A small WARC: two HTML responses (cp1251 by header, UTF-8), a request, an image, a redirect."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        html_1251 = f"<html><body><p>{ARTICLE}</p></body></html>".encode("cp1251")
        _response(writer, "https://news.example.ru/a", html_1251, "text/html; charset=windows-1251")
        writer.write_record(writer.create_warc_record(
            "https://news.example.ru/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
        _response(writer, "https://news.example.ru/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        _response(writer, "https://news.example.ru/old", b"", "text/html", status="301 Moved Permanently")
        _response(writer, "https://blog.example.org/b",
                  b"<!DOCTYPE html><html><body><p>A caf\xc3\xa9 opened on the corner.</p></body></html>", None)
    return path


@pytest.fixture()
def warc_file(tmp_path: Path) -> Path:
    return write_warc(tmp_path / "crawl.warc.gz")


def test_header_charset_names_a_known_codec_or_none() -> None:
    assert header_charset("text/html; charset=windows-1251") == "cp1251"
    assert header_charset("text/html") is None


@pytest.mark.parametrize("gz", [True, False])
def test_read_warc_yields_html_responses_decoded_by_header_charset(tmp_path: Path, gz: bool) -> None:
    path = write_warc(tmp_path / ("c.warc.gz" if gz else "c.warc"), gz=gz)
    counts = WarcCounts()
    pages = list(read_warc(path, counts=counts))
    assert [p.url for p in pages] == ["https://news.example.ru/a", "https://blog.example.org/b"]
    assert ARTICLE in pages[0].html and pages[0].charset == "cp1251"
    assert "café" in pages[1].html  # no Content-Type: sniffed as HTML, decoded as UTF-8
    assert pages[0].date == "2024-03-01T10:00:00Z" and pages[0].status == 200
    assert (counts.records, counts.html) == (5, 2)
    assert counts.skipped == {"request": 1, "not HTML": 1, "status 3xx": 1}
    assert counts.summary() == "5 records: 2 HTML responses; skipped 1 not HTML, 1 request, 1 status 3xx"


def test_iter_warc_refuses_a_file_that_is_not_warc() -> None:
    with pytest.raises(InputError, match="not a readable WARC"):
        list(iter_warc(io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_run(argv, stdin=io.StringIO(), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _html_ready() -> bool:
    from cleantext import extract
    try:
        extract("<html><body><p>x</p></body></html>", format="html")
    except NotImplementedError:
        return False
    return True


def test_warc_command_writes_one_jsonl_record_per_html_response(warc_file: Path) -> None:
    if not _html_ready():
        pytest.skip("HTML blocks are not built yet")
    code, out, err = _cli(["warc", "--add", "title,removed", str(warc_file)])
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["url"] for r in records] == ["https://news.example.ru/a", "https://blog.example.org/b"]
    assert ARTICLE in records[0]["text"]
    assert set(records[0]) == {"id", "url", "date", "text", "title", "removed"}
    assert records[0]["id"].startswith("<urn:uuid:")  # the WARC-Record-ID, to join with other CC files
    assert "2 HTML responses" in err and "1 not HTML" in err


def test_warc_command_text_format_and_quiet(warc_file: Path) -> None:
    code, out, err = _cli(["warc", "--format", "text", "-q", str(warc_file)])
    assert code == 0 and err == ""
    assert ARTICLE in json.loads(out.splitlines()[0])["text"]


def test_warc_command_reports_unreadable_files_and_goes_on(warc_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"GET / HTTP/1.1\r\n\r\n")
    code, out, err = _cli(["warc", "--format", "text", str(tmp_path / "missing.warc"), str(bad), str(warc_file)])
    assert code == 1
    assert "missing.warc" in err and "not a readable WARC" in err
    assert len(out.splitlines()) == 2


def test_a_text_file_is_not_read_as_a_warc(capfd: pytest.CaptureFixture[str]) -> None:
    """Lines of prose are not WARC records: warcio's ARC reader took each for a record without
    HTTP headers and printed a warning per line; the file is refused at its first line instead."""
    prose = b"".join(b"The harbour office said the ferry runs again on Sunday, line %d.\n" % n for n in range(50))
    with pytest.raises(InputError, match="not a readable WARC"):
        list(iter_warc(io.BytesIO(prose)))
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("argv", [["warc"], ["warc", "--add", "nonsense", "x.warc"],
                                  ["warc", "--templates", "/nonexistent/t.json", "x.warc"]])
def test_warc_command_usage_errors(argv: list[str]) -> None:
    code, _, err = _cli(argv)
    assert code == 2 and err


def test_warc_command_applies_templates_by_each_responses_url(tmp_path: Path) -> None:
    path = tmp_path / "site.warc.gz"
    footer = "<p>Newsletter: the best of Example News in your inbox every morning, free of charge.</p>"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(4):
            body = (f"<html><body><p>Home | World | Sport</p><p>Story {chr(97 + n)}: {ARTICLE}</p>"
                    f"{footer}</body></html>").encode()
            _response(writer, f"https://example.org/{n}", body, "text/html; charset=utf-8")
    model = tmp_path / "t.json"
    assert cli_run(["learn", "-q", str(path), "-o", str(model)], stdin=io.StringIO(), stdout=io.StringIO(),
                   stderr=io.StringIO()) == 0
    code, out, _ = _cli(["warc", "-q", "--templates", str(model), "--add", "removed", str(path)])
    assert code == 0
    for line in out.splitlines():
        record = json.loads(line)
        assert any(r["filter"] == "drop_site_template" for r in record["removed"])


def test_warc_command_with_two_workers_writes_what_one_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "many.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(70):  # three chunks of responses
            body = f"<html><body><p>Page {n}. {ARTICLE}</p></body></html>".encode()
            _response(writer, f"https://example.org/{n}", body, "text/html; charset=utf-8")
    one = _cli(["warc", "-q", "--add", "removed", str(path)])
    two = _cli(["warc", "-q", "-j", "2", "--add", "removed", str(path)])
    assert one[0] == two[0] == 0
    assert one[1] == two[1] and len(one[1].splitlines()) == 70
    assert _cli(["warc", "-j", "-1", str(path)])[0] == 2


def test_chunked_gzip_body_is_decoded_with_the_header_charset() -> None:
    import gzip

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    body = gzip.compress("<html><body><p>Grüße aus Köln.</p></body></html>".encode("iso-8859-1"))
    chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=iso-8859-1"),
                                       ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
                            protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://x.example/", "response", payload=io.BytesIO(chunked),
                                                  http_headers=http))
    buf.seek(0)
    (page,) = iter_warc(buf)
    assert "Grüße aus Köln." in page.html and page.charset == "iso8859-1"


def test_a_warc_cut_short_anywhere_is_an_input_error_or_its_whole_records(tmp_path: Path) -> None:
    """A truncated download: every cut gives the records before it or a clear InputError, never
    warcio's AttributeError (a record header cut before its WARC-Target-URI line)."""
    data = write_warc(tmp_path / "crawl.warc.gz").read_bytes()
    raw = gzip.decompress(data)
    for blob in (data, raw):
        for cut in range(0, len(blob), 7):
            try:
                pages = list(iter_warc(io.BytesIO(blob[:cut])))
            except InputError:
                continue
            assert len(pages) <= 2


def test_the_warc_command_reports_a_cut_file_and_reads_the_next(warc_file: Path, tmp_path: Path) -> None:
    data = warc_file.read_bytes()
    cut = next(n for n in range(len(data)) if _cut_fails(data[:n]))
    (tmp_path / "cut.warc.gz").write_bytes(data[:cut])
    code, out, err = _cli(["warc", "-q", str(tmp_path / "cut.warc.gz"), str(warc_file)])
    assert code == 1 and "cut.warc.gz" in err and "not a readable WARC" in err
    assert len(out.splitlines()) == 2


def _cut_fails(blob: bytes) -> bool:
    try:
        list(iter_warc(io.BytesIO(blob)))
    except InputError:
        return True
    return False
