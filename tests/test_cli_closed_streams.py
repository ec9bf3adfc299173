"""The real ``python -m cleantext`` with streams it cannot use: a full disk, a closed stdin,
stdout or stderr, a reader that leaves early, a file name that is not UTF-8. Each ends with one clear
message (or quietly, for ``| head``) and the documented exit code, never a traceback."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext

# The subprocesses run in tmp_path: the checkout's src/ is found whatever the cwd.
ENV = {**os.environ, "PYTHONPATH": str(Path(cleantext.__file__).resolve().parents[1])}
CMD = f"'{sys.executable}' -m cleantext"
TIMEOUT = 120
PAGE = ("Home | News | Sport\n"
        "The ferry to the island runs again on Sunday, the harbour office said on Friday morning.\n"
        "Repairs to the pier took four months longer than planned, and cost twice as much.\n")
linux_only = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


def shell(script: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["bash", "-c", f"set +o pipefail; {script}"], cwd=cwd, check=False,
                          capture_output=True, env=ENV, timeout=TIMEOUT)


@pytest.fixture()
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@linux_only
@pytest.mark.parametrize("mode", ["", "--jsonl"])
def test_a_full_disk_is_one_error_and_exit_code_1(tmp_path: Path, mode: str) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text("\n".join(json.dumps({"text": PAGE}) for _ in range(2000)) + "\n", encoding="utf-8")
    done = shell(f"{CMD} -q {mode} '{data}' > /dev/full", tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == ["cleantext: error: cannot write stdout: No space left on device"]


def test_a_closed_stdout_is_one_error_and_exit_code_1(tmp_path: Path, page: Path) -> None:
    done = shell(f"{CMD} '{page}' >&-", tmp_path)
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    assert done.stderr.decode().startswith("cleantext: error: cannot write stdout:")


def test_a_closed_stderr_keeps_messages_off_stdout(tmp_path: Path, page: Path) -> None:
    done = shell(f"{CMD} '{page}' missing.txt 2>&-", tmp_path)
    assert done.returncode == 1
    assert b"cleantext:" not in done.stdout and b"==> " in done.stdout


@pytest.mark.parametrize("mode", ["", "--jsonl"])
def test_a_closed_stdin_is_an_input_that_cannot_be_read(tmp_path: Path, mode: str) -> None:
    done = shell(f"{CMD} {mode} <&-", tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == ["cleantext: error: cannot read <stdin>: Bad file descriptor"]


def test_json_source_of_a_file_name_that_is_not_utf8_is_valid_json(tmp_path: Path) -> None:
    name = b"caf\xe9.txt"
    (tmp_path / os.fsdecode(name)).write_text(PAGE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cleantext", "--json", os.fsdecode(name)], cwd=tmp_path,
                          check=False, capture_output=True, timeout=TIMEOUT, env=ENV)
    assert done.returncode == 0
    record = json.loads(done.stdout.decode("utf-8"))  # strict UTF-8: the raw byte 0xE9 would fail here
    assert os.fsencode(record["source"]) == name


def _warc(path: Path, responses: int) -> Path:
    warcwriter = pytest.importorskip("warcio.warcwriter")
    from warcio.statusandheaders import StatusAndHeaders

    with open(path, "wb") as fh:
        writer = warcwriter.WARCWriter(fh, gzip=True)
        for n in range(responses):
            body = f"<html><body><h1>Pier {n}</h1><p>{PAGE}</p></body></html>".encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://x.example/{n}", "response",
                                                          payload=io.BytesIO(body), http_headers=http))
    return path


def test_warc_into_head_ends_quietly(tmp_path: Path) -> None:
    warc = _warc(tmp_path / "crawl.warc.gz", 1500)  # far more output than a pipe buffer holds
    done = shell(f"{CMD} warc -q '{warc}' | head -1", tmp_path)
    assert done.returncode == 0 and json.loads(done.stdout)["url"] == "https://x.example/0"
    out = shell(f"{CMD} warc -q '{warc}' | head -1 > /dev/null; echo ${{PIPESTATUS[0]}}", tmp_path)
    assert out.stdout.strip() == b"0" and out.stderr == b""


@linux_only
def test_warc_to_a_full_disk_says_it_cannot_write(tmp_path: Path) -> None:
    warc = _warc(tmp_path / "crawl.warc.gz", 300)
    done = shell(f"{CMD} warc -q '{warc}' > /dev/full", tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == ["cleantext warc: error: cannot write stdout: No space left on device"]


def test_output_file_whose_last_write_fails_is_not_put_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """-o FILE on a disk that fills up at the end: the old FILE stays, no .part file is left."""
    from cleantext.cli.streams import FileOutput, OutputError

    target = tmp_path / "clean.txt"
    target.write_text("the old output\n", encoding="utf-8")
    out = FileOutput(str(target))
    out.write(b"new output\n")

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(out.raw, "close", full)
    monkeypatch.setattr(out.file, "close", full)
    with pytest.raises(OutputError, match="No space left"):
        out.close(keep=True)
    assert target.read_text(encoding="utf-8") == "the old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.txt"]


def test_output_file_that_is_a_directory_is_refused_before_any_work(tmp_path: Path, page: Path) -> None:
    (tmp_path / "out").mkdir()
    done = shell(f"{CMD} -o out '{page}'", tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == ["cleantext: error: cannot write out: Is a directory"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "page.txt"]  # no .part file left


def test_output_file_that_cannot_replace_its_target_leaves_no_part_file(tmp_path: Path) -> None:
    from cleantext.cli.streams import FileOutput, OutputError

    out = FileOutput(str(tmp_path / "out"))
    out.write(b"text\n")
    (tmp_path / "out").mkdir()  # made while the run was going on
    with pytest.raises(OutputError, match="out"):
        out.close(keep=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
