"""WET input: Common Crawl's text conversion records, cleaned in text mode, from the API, the CLI and Dask.

The tests write their own WET file with warcio: a warcinfo record, then conversion records whose
text carries the boilerplate a crawler keeps (menus, cookie notices, footers).
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cleantext import extract
from cleantext.cli import run as cli_run
from cleantext.warc import WarcCounts, clean_warc, iter_warc, read_warc

warcio = pytest.importorskip("warcio")
from warcio.warcwriter import WARCWriter

BODY = ("The harbour authority approved the new tidal plant on Tuesday after a two-year review of its "
        "effect on fish and birds.\n\nConstruction starts in spring and should take three years, the "
        "authority said in a statement.")
PAGES = [
    ("https://news.example.org/tidal", "eng",
     "Home\nNews\nSport\nWeather\n\nTidal plant approved\n\n" + BODY
     + "\n\n© 2025 Example News. All rights reserved.\nPrivacy policy | Terms of use"),
    ("https://zeitung.example.de/netz", "deu",
     ("Startseite\nPolitik\nWirtschaft\n\nWärmenetz für Ellernau\n\nDer Gemeinderat hat am Montag den Bau "
      "eines Wärmenetzes beschlossen, das ab 2027 rund 800 Haushalte versorgen soll.\n\n"
      "Impressum | Datenschutz | Kontakt")),
]


def _conversion(writer: WARCWriter, url: str, lang: str, text: str, n: int) -> None:
    record = writer.create_warc_record(
        url, "conversion", payload=io.BytesIO(text.encode("utf-8")), warc_content_type="text/plain",
        warc_headers_dict={"WARC-Date": f"2025-05-1{n}T08:00:00Z",
                           "WARC-Refers-To": f"<urn:uuid:0000000{n}-0000-0000-0000-000000000000>",
                           "WARC-Identified-Content-Language": lang})
    writer.write_record(record)


def write_wet(path: Path, *, gz: bool = True, pages: list[tuple[str, str, str]] = PAGES) -> Path:
    """A small WET file as Common Crawl writes one: a warcinfo record, then one conversion per page."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test", "format": "WET"}))
        for n, (url, lang, text) in enumerate(pages):
            _conversion(writer, url, lang, text, n)
    return path


@pytest.fixture()
def wet_file(tmp_path: Path) -> Path:
    return write_wet(tmp_path / "crawl.warc.wet.gz")


@pytest.mark.parametrize("gz", [True, False])
def test_read_warc_yields_wet_conversions_as_text_pages(tmp_path: Path, gz: bool) -> None:
    counts = WarcCounts()
    pages = list(read_warc(write_wet(tmp_path / ("c.wet.gz" if gz else "c.wet"), gz=gz), counts=counts))
    assert [p.url for p in pages] == [url for url, _, _ in PAGES]
    assert all(p.format == "text" and p.status == 0 and p.charset is None for p in pages)
    assert pages[1].content == PAGES[1][2]  # decoded as UTF-8, byte for byte
    assert pages[0].date == "2025-05-10T08:00:00Z" and pages[0].languages == "eng"
    assert pages[0].record_id.startswith("<urn:uuid:") and pages[0].refers_to.endswith("00000000>")
    assert counts.summary() == "3 records: 2 text conversions; skipped 1 warcinfo"


def test_clean_warc_cleans_wet_records_like_extract_in_text_mode(wet_file: Path) -> None:
    records = list(clean_warc(wet_file, add="removed"))
    assert [r["url"] for r in records] == [url for url, _, _ in PAGES]
    for record, (_, _, text) in zip(records, PAGES):
        assert record["text"] == extract(text, format="text").text
        assert record["id"].startswith("<urn:uuid:") and record["date"].startswith("2025-05-1")
    assert BODY.split("\n")[0] in records[0]["text"]
    assert "All rights reserved" not in records[0]["text"]
    assert any("Impressum" in r["text"] for r in records[1]["removed"])


def test_clean_warc_reads_a_stream_and_takes_one_format_for_all(wet_file: Path) -> None:
    with open(wet_file, "rb") as fh:
        (first, _) = clean_warc(fh, format="text", add=["format"])
    assert first["format"] == "text"


def test_wet_is_streamed_record_by_record(tmp_path: Path) -> None:
    """The reader yields the first page before it has read the rest of the file."""
    path = write_wet(tmp_path / "big.wet", gz=False, pages=PAGES * 200)
    with open(path, "rb") as fh:
        pages = iter_warc(fh)
        next(pages)
        assert fh.tell() < path.stat().st_size / 4  # warcio reads 16 KiB at a time


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_run(argv, stdin=io.StringIO(), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_warc_command_reads_wet_files_in_text_mode(wet_file: Path) -> None:
    code, out, err = _cli(["warc", "--add", "format,metadata", str(wet_file)])
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["url"] for r in records] == [url for url, _, _ in PAGES]
    assert {r["format"] for r in records} == {"text"}
    assert set(records[0]) == {"id", "url", "date", "text", "format", "metadata"}
    assert records[0]["text"] == extract(PAGES[0][2], format="text").text
    assert "2 text conversions" in err and "1 warcinfo" in err


def test_warc_command_api_and_cli_agree_on_wet(wet_file: Path) -> None:
    code, out, _ = _cli(["warc", "-q", "-j", "2", "--add", "removed,metadata", str(wet_file)])
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == list(clean_warc(wet_file, add="removed,metadata"))


def test_learn_reads_wet_files(wet_file: Path, tmp_path: Path) -> None:
    model = tmp_path / "t.json"
    code, _, err = _cli(["learn", "-q", str(wet_file), "-o", str(model)])
    assert code == 0, err and model.exists()


def test_dask_warc_bag_gives_one_partition_per_file_and_the_records_of_clean_warc(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    from cleantext.dask import warc_bag

    files = [write_wet(tmp_path / "a.wet.gz"), write_wet(tmp_path / "b.wet", gz=False)]
    bag = warc_bag(files, add="removed")
    assert bag.npartitions == 2
    got = bag.compute(scheduler="synchronous")
    assert got == [r for f in files for r in clean_warc(f, add="removed")]


def test_dask_warc_bag_checks_its_arguments_before_running(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    from cleantext.dask import warc_bag
    from cleantext.errors import ConfigError

    with pytest.raises(ConfigError):
        warc_bag([tmp_path / "a.wet"], add="nonsense")
    with pytest.raises(ConfigError):
        warc_bag([])
