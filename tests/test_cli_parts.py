"""The parts under the CLI: record fields, config files, JSONL chunks, the ordered pool, stats, progress."""
from __future__ import annotations

import io
import os
import time
from collections import Counter
from collections.abc import Iterator

import pytest

import cleantext
from cleantext.cli.config import parse_config
from cleantext.cli.jsonl import RecordError, dump_record, parse_record, read_chunks
from cleantext.cli.parallel import OrderedPool, WorkerDied, WorkerFailed
from cleantext.cli.progress import Progress
from cleantext.errors import ConfigError
from cleantext.records import FIELDS, document_fields, parse_fields
from cleantext.stats import count_verdicts, format_stats

PAGE = ("Home | Sport | Weather\nThe ferry timetable changes on Sunday for the winter months, the "
        "harbour office said in a short note.\n\u00a9 2025 Ferry News\n")


def test_document_fields_match_the_document():
    doc = cleantext.extract(PAGE)
    fields = document_fields(doc, FIELDS)
    assert fields["title"] == doc.title
    assert fields["removed"] == [r.to_dict() for r in doc.removed]
    assert fields["related"] == [r.to_dict() for r in doc.related]
    assert fields["metadata"] == doc.metadata


def test_parse_fields_rejects_unknown_names_listing_valid_ones():
    with pytest.raises(ConfigError, match="valid fields: title"):
        parse_fields("title,colour")
    assert parse_fields(" title , title,removed,") == ("title", "removed")


def test_config_options_are_kept_with_their_types():
    config = parse_config('only = ["drop_footer"]\n[options]\nratio = 0.5\nwords = ["a", "b"]\n')
    assert config.only == ("drop_footer",)
    assert dict(config.options) == {"ratio": 0.5, "words": ["a", "b"]}


def test_config_options_must_be_a_table():
    with pytest.raises(ConfigError, match=r"\[options\]"):
        parse_config("options = 3\n")


def test_chunks_are_bounded_and_number_their_lines():
    data = b"".join(b'{"n": %d}\n' % n for n in range(1000))
    chunks = list(read_chunks(io.BytesIO(data), "x", chunk_bytes=100, chunk_records=50))
    assert all(len(c.lines) <= 50 and sum(map(len, c.lines)) < 100 + 20 for c in chunks)
    assert [c.first_line for c in chunks[:3]] == [1, len(chunks[0].lines) + 1,
                                                  len(chunks[0].lines) + len(chunks[1].lines) + 1]
    assert b"".join(line for c in chunks for line in c.lines) == data


def test_last_line_without_newline_is_still_a_record():
    chunks = list(read_chunks(io.BytesIO(b'{"a": 1}\n{"a": 2}'), "x"))
    assert chunks[0].lines == [b'{"a": 1}\n', b'{"a": 2}']


@pytest.mark.parametrize("line", [b"{", b"[]", b'"text"', b'{"other": "x"}', b'{"text": ["x"]}'])
def test_parse_record_raises_record_error(line):
    with pytest.raises(RecordError):
        parse_record(line, "text")


def test_record_error_is_an_input_error_and_a_value_error():
    assert issubclass(RecordError, cleantext.InputError) and issubclass(RecordError, ValueError)


def test_a_byte_order_mark_before_the_first_record_is_ignored():
    assert parse_record('\ufeff{"text": "x"}\n'.encode("utf-8"), "text").page == "x"


def test_dump_record_gives_back_the_bytes_of_a_non_utf8_line():
    line = b'{"k": "\xe9t\xe9", "text": "x"}'
    record = parse_record(line, "text")
    assert record.bad_utf8 and record.page == b"x"
    assert dump_record(record.obj, bad_utf8=True) == b'{"k": "\xe9t\xe9", "text": "x"}\n'


def _square(n: int) -> int:
    return n * n


def _worker_of(work):
    """A picklable factory for OrderedPool that builds the worker ``work``."""
    import functools

    return functools.partial(_identity, work)


def _identity(work):
    return work


@pytest.mark.parametrize("jobs", [1, 2])
def test_ordered_pool_keeps_input_order(jobs):
    with OrderedPool(_worker_of(_square), jobs=jobs, queued=3) as pool:
        assert list(pool.map(range(50))) == [n * n for n in range(50)]


# At most 2 * jobs tasks handed out past the one consumed, the queue, one item waiting to be queued,
# and the one consumed.
READ_AHEAD_BOUND = 2 * 2 + 3 + 1 + 1


def _counted(n: int, taken: list[int]) -> Iterator[int]:
    for i in range(n):
        taken.append(i)
        yield i


def test_ordered_pool_reads_input_lazily():
    """Only a bounded number of items is taken from the input ahead of the results consumed."""
    taken: list[int] = []
    with OrderedPool(_worker_of(_square), jobs=2, queued=3) as pool:
        results = pool.map(_counted(1000, taken))
        next(results)
        time.sleep(0.3)
        assert len(taken) <= READ_AHEAD_BOUND


def test_ordered_pool_bounds_results_held_for_a_slow_task():
    """One slow task holds up the output, but the other workers stop 2 * jobs tasks past it."""
    taken: list[int] = []
    with OrderedPool(_worker_of(_slow_first), jobs=2, queued=3) as pool:
        results = pool.map(_counted(200, taken))
        assert next(results) == 0
        assert len(taken) <= READ_AHEAD_BOUND
        assert list(results) == list(range(1, 200))


def _slow_first(n: int) -> int:
    if n == 0:
        time.sleep(0.5)
    return n


def test_ordered_pool_passes_on_an_error_from_the_input():
    def items():
        yield 1
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"), OrderedPool(_worker_of(_square), jobs=2) as pool:
        list(pool.map(items()))


def _die_on_7(n: int) -> int:
    if n == 7:
        os._exit(3)  # what a segfault in a C extension or the OOM killer looks like from outside
    return n


def test_a_task_that_kills_two_workers_raises_worker_died_not_a_hang():
    seen: list[int] = []
    with pytest.raises(WorkerDied) as err, OrderedPool(_worker_of(_die_on_7), jobs=2, queued=2) as pool:
        seen.extend(pool.map(range(20)))
    assert seen == list(range(len(seen))) and len(seen) <= 7
    assert err.value.item == 7


_DIED_ONCE = "cleantext-test-died-once"


def _die_once_on_3(n: int) -> int:
    """Dies the first time it meets 3 (a marker file remembers), like a worker the OOM killer picked."""
    import tempfile
    from pathlib import Path

    marker = Path(tempfile.gettempdir()) / f"{_DIED_ONCE}-{os.getppid()}"
    if n == 3 and not marker.exists():
        marker.write_text("x")
        os._exit(9)
    return n


def test_a_task_whose_worker_died_once_is_run_again(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the marker file lands here and goes with it
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    with OrderedPool(_worker_of(_die_once_on_3), jobs=2, on_crash=_negate) as pool:
        assert list(pool.map(range(10))) == list(range(10))
    assert list(tmp_path.iterdir())  # it did die once


def _fails(n: int) -> int:
    raise ZeroDivisionError("a bug in a filter")


def test_an_exception_in_a_worker_is_raised_with_its_traceback():
    with pytest.raises(WorkerFailed, match="ZeroDivisionError: a bug in a filter"), \
            OrderedPool(_worker_of(_fails), jobs=2) as pool:
        list(pool.map(range(3)))


def _negate(n: int) -> int:
    return -n


def test_a_dead_worker_costs_only_its_task_with_on_crash():
    with OrderedPool(_worker_of(_die_on_7), jobs=2, queued=3, on_crash=_negate) as pool:
        assert list(pool.map(range(20))) == [-n if n == 7 else n for n in range(20)]


def test_stats_count_every_labelled_block():
    doc = cleantext.extract(PAGE)
    counts: Counter[str] = Counter()
    count_verdicts(doc, counts)
    count_verdicts(doc, counts)
    assert counts["documents"] == 2 and counts["blocks"] == 2 * len(doc.trace)
    assert sum(n for key, n in counts.items() if key.startswith("removed ")) == 2 * len(doc.removed)
    report = format_stats(counts)
    assert report.splitlines()[0] == f"2 documents, {2 * len(doc.trace)} blocks"


def test_progress_is_silent_off_a_terminal():
    stream = io.StringIO()
    progress = Progress.for_stream(stream, quiet=False)
    progress.update(10, 100, 0)
    progress.clear()
    assert stream.getvalue() == ""


def test_progress_draws_and_clears_its_line():
    stream = io.StringIO()
    progress = Progress(stream, enabled=True)
    progress.update(10, 2_000_000, 1)
    assert "10 records" in stream.getvalue() and "1 errors" in stream.getvalue()
    progress.clear()
    assert stream.getvalue().endswith("\r")


def test_unwrap_flag_adds_the_opt_in_repair():
    from cleantext.cli.app import build_parser, settings_from
    from cleantext.cli.jobs import build_pipeline

    for argv in (["--unwrap"], ["--enable", "unwrap_lines"], ["--unwrap", "--enable", "unwrap_lines"]):
        names = build_pipeline(settings_from(build_parser().parse_args(argv))).names
        assert names.index("unwrap_lines") == names.index("normalize_whitespace") + 1
