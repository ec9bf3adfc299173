"""The real ``python -m cleantext`` in subprocesses with real pipes: JSONL round trips, error
policies, ``| head -1``, Ctrl-C, -j 2 equal to -j 1, UTF-8 output under any locale."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

import cleantext

CMD = [sys.executable, "-m", "cleantext"]
TIMEOUT = 120

ARTICLE = (
    "Home | Markets | Opinion | Sign in\n"
    "Rail line to the valley reopens after {n} months of repairs\n\n"
    "Trains ran again on Monday on the line through the valley, closed since a landslide "
    "buried the tracks near the old mill in record {n}.\n\n"
    "Passengers said the trip took less time than the replacement bus, and the café at the "
    "station was full by nine.\n"
    "Share this article\n"
)


def records(count: int) -> list[dict]:
    return [{"id": n, "source": "valley-news", "text": ARTICLE.format(n=n), "tags": ["rail", n % 3]}
            for n in range(count)]


def jsonl(items: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in items)


def mixed_input() -> bytes:
    """Good records with bad ones in the middle: invalid JSON, missing and non-string fields,
    a line that is not UTF-8."""
    good = jsonl(records(40))
    lines = good.splitlines(keepends=True)
    lines.insert(10, b'{"id": "broken", "text": \n')
    lines.insert(20, b'{"id": "no text"}\n')
    lines.insert(25, b'{"id": "number", "text": 12}\n')
    lines.insert(30, b'{"id": "latin1", "text": "Caf\xe9 on the platform, open again from today."}\n')
    return b"".join(lines)


def cleantext_run(args: list[str], data: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CMD, *args], check=False, input=data, capture_output=True, timeout=TIMEOUT,
                          env={**os.environ, **env})


def test_jsonl_round_trip_through_a_pipe_keeps_extra_keys():
    items = records(30)
    done = cleantext_run(["--jsonl"], jsonl(items))
    assert done.returncode == 0 and done.stderr == b""
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert out == [{**r, "text": cleantext.extract(r["text"]).text} for r in items]


@pytest.mark.parametrize("policy", ["keep", "skip", "fail"])
def test_every_error_policy_on_bad_lines_in_the_middle(policy):
    data = mixed_input()
    done = cleantext_run(["--jsonl", "--on-error", policy], data)
    err = done.stderr.decode("utf-8")
    out_lines = done.stdout.splitlines()
    assert "Traceback" not in err
    assert "<stdin>:11: invalid JSON" in err
    if policy == "fail":
        assert done.returncode == 1
        assert len(out_lines) == 10  # the records before the bad one, then a stop
        return
    assert done.returncode == 3  # done, but records failed
    assert "<stdin>:21: no field 'text'" in err
    assert "<stdin>:26: field 'text' is a number, not a string" in err
    assert "<stdin>:31: not valid UTF-8" in err  # decoded as best possible, not an error
    assert "3 of 44 records could not be cleaned" in err
    in_lines = data.splitlines()
    if policy == "keep":
        assert len(out_lines) == len(in_lines)  # records in == records out
        assert [out_lines[i] for i in (10, 20, 25)] == [in_lines[i] for i in (10, 20, 25)]
    else:
        assert len(out_lines) == len(in_lines) - 3
    latin1 = [line for line in out_lines if b'"latin1"' in line]
    assert "Café" in json.loads(latin1[0].decode("utf-8"))["text"]


def test_two_workers_give_the_same_bytes_as_one():
    data = mixed_input() * 30  # ~1300 lines: many chunks, errors spread over them
    one = cleantext_run(["--jsonl", "-j", "1", "--add", "title,removed", "--stats"], data)
    two = cleantext_run(["--jsonl", "-j", "2", "--add", "title,removed", "--stats"], data)
    assert one.returncode == two.returncode == 3
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr  # same messages in the same order, same --stats counts
    assert b"1,230 documents" in one.stderr  # 41 of every 44 lines clean (one of them from Latin-1)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_head_1_ends_quietly(tmp_path, jobs):
    path = tmp_path / "in.jsonl"
    path.write_bytes(jsonl(records(3000)))  # far more output than a pipe buffer holds
    script = f"set +o pipefail; '{sys.executable}' -m cleantext --jsonl -j {jobs} '{path}' | head -1"
    done = subprocess.run(["bash", "-c", script], check=False, capture_output=True, timeout=TIMEOUT)
    assert done.returncode == 0
    assert done.stderr == b""
    assert json.loads(done.stdout)["id"] == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_without_a_traceback(jobs):
    proc = subprocess.Popen([*CMD, "--jsonl", "-j", jobs], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(jsonl(records(300)))  # more than one chunk; then stdin stays open and silent
    proc.stdin.flush()
    assert proc.stdout.readline()  # a result is out: the run is under way, now blocked on stdin
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


def test_output_is_utf8_under_an_ascii_locale():
    text = "Caf\u00e9 cr\u00e8me at the station, \u20ac2 a cup, served all morning long."
    done = cleantext_run(["--format", "text"], text.encode("utf-8"), LC_ALL="C", LANG="C",
                         PYTHONIOENCODING="ascii")
    assert done.returncode == 0
    assert "Café crème".encode() in done.stdout and "€2".encode() in done.stdout


def test_stdin_in_windows_1252_is_decoded():
    text = "Caf\u00e9 cr\u00e8me at the station, served all morning long to the passengers."
    done = cleantext_run(["--format", "text"], text.encode("cp1252"))
    assert done.returncode == 0
    assert "Café crème".encode() in done.stdout


def test_help_and_version():
    help_ = subprocess.run([*CMD, "--help"], check=False, capture_output=True, timeout=TIMEOUT)
    assert help_.returncode == 0 and b"examples:" in help_.stdout and b"--jsonl" in help_.stdout
    version = subprocess.run([*CMD, "--version"], check=False, capture_output=True, timeout=TIMEOUT)
    assert version.returncode == 0 and version.stdout.strip() == f"cleantext {cleantext.__version__}".encode()


def test_usage_error_exits_2_with_a_message_and_no_traceback():
    done = cleantext_run(["--disable", "no_such_step"], b"x")
    assert done.returncode == 2
    assert done.stderr.startswith(b"cleantext: error: ") and b"Traceback" not in done.stderr


def _stderr_on_a_terminal(args: list[str], data: bytes) -> bytes:
    """Run the CLI with stderr on a pseudo-terminal; returns what the terminal received."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    try:
        done = subprocess.run([*CMD, *args], input=data, stdout=subprocess.PIPE, stderr=slave,
                              check=False, timeout=TIMEOUT)
        os.close(slave)
        slave = -1
        assert done.returncode == 0
        received = b""
        while True:
            try:
                block = os.read(master, 65536)
            except OSError:  # EIO: the terminal's other side is closed and drained
                break
            if not block:
                break
            received += block
        return received
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)


def test_progress_is_drawn_on_a_terminal_and_wiped_at_the_end():
    received = _stderr_on_a_terminal(["--jsonl"], jsonl(records(20)))
    assert b"20 records" in received and b"errors" in received
    assert received.endswith(b"\r")  # the line is cleared, nothing left behind


def test_quiet_draws_no_progress_on_a_terminal():
    assert _stderr_on_a_terminal(["--jsonl", "--quiet"], jsonl(records(20))) == b""


# -- the batch policy through a real process: exit codes, the cap, -q, headers, URL hint, -o --------

def test_exit_codes_through_a_pipe():
    good = jsonl(records(3))
    assert cleantext_run(["--jsonl"], good).returncode == 0
    assert cleantext_run(["--jsonl"], good + b"{oops\n").returncode == 3
    assert cleantext_run(["--jsonl", "--on-error", "fail"], b"{oops\n" + good).returncode == 1
    never = cleantext_run(["--jsonl", "--field", "nosuch"], good)
    assert never.returncode == 2 and never.stdout == good  # passed through, and the key named wrong
    assert b"no record has the key 'nosuch' that --field names" in never.stderr


def test_a_bad_batch_prints_20_messages_then_a_count():
    done = cleantext_run(["--jsonl"], b"{oops\n" * 4999 + b'{"text": 5}\n')
    lines = done.stderr.decode("utf-8").splitlines()
    assert done.returncode == 3
    assert len(lines) == 22 and lines[20] == "cleantext: ... and 4,980 more"
    assert lines[21].startswith("cleantext: 5,000 of 5,000 records could not be cleaned")


def test_quiet_prints_only_the_count_of_a_bad_batch():
    done = cleantext_run(["--jsonl", "-q", "-j", "2"], b"{oops\n" * 600 + jsonl(records(3)))
    assert done.returncode == 3
    assert done.stderr == b"cleantext: 600 of 603 records could not be cleaned (passed through unchanged): " \
                          b"600 invalid JSON\n"


def test_several_files_get_headers_and_json_gets_source(tmp_path):
    paths = []
    for n in range(2):
        paths.append(str(tmp_path / f"p{n}.txt"))
        with open(paths[-1], "w", encoding="utf-8") as fh:
            fh.write(ARTICLE.format(n=n))
    plain = cleantext_run(paths, b"")
    assert plain.returncode == 0
    assert plain.stdout.decode().startswith(f"==> {paths[0]} <==\n") and f"\n\n==> {paths[1]} <==\n" in plain.stdout.decode()
    docs = cleantext_run(["--json", *paths, "-"], ARTICLE.format(n=9).encode())
    assert [json.loads(line)["source"] for line in docs.stdout.splitlines()] == [*paths, "-"]


def test_a_url_argument_gets_a_hint():
    done = cleantext_run(["https://example.org/story"], b"")
    assert done.returncode == 1
    assert done.stderr.decode().endswith("curl -s https://example.org/story | cleantext\n")


def test_output_file_through_a_real_process(tmp_path):
    target = tmp_path / "clean.jsonl.gz"
    done = cleantext_run(["--jsonl", "-j", "2", "-o", str(target)], jsonl(records(300)))
    assert done.returncode == 0 and done.stdout == b""
    import gzip

    assert gzip.decompress(target.read_bytes()) == cleantext_run(["--jsonl"], jsonl(records(300))).stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_no_output_file_behind(tmp_path, jobs):
    target = tmp_path / "clean.jsonl"
    proc = subprocess.Popen([*CMD, "--jsonl", "-j", jobs, "-o", str(target)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(jsonl(records(300)))  # then stdin stays open and silent
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while not any(tmp_path.iterdir()) and time.monotonic() < deadline:  # the run is under way
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130 and b"Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # neither FILE nor its temporary file
