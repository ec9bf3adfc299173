"""benchmarks/peer_table.py: the three systems' F1 table from score.py's own scoring, and a clean
skip where the shared tools are absent."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
_spec = importlib.util.spec_from_file_location("peer_table", REPO / "benchmarks" / "peer_table.py")
assert _spec is not None and _spec.loader is not None
peer_table = importlib.util.module_from_spec(_spec)
sys.modules["peer_table"] = peer_table
_spec.loader.exec_module(peer_table)

ARTICLE = ("The ferry to the islands will run every hour from May, the harbour office said on Monday, after a "
           "season of complaints about queues at the pier and missed connections to the evening trains.")


def test_peer_table_skips_cleanly_without_the_shared_tools(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert peer_table.main(["--shared", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="needs ../shared/tools/score.py")
def test_peer_table_scores_a_corpus_of_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "mini"
    (data / "html").mkdir(parents=True)
    (data / "gold").mkdir()
    (data / "meta.json").write_text(json.dumps({"p1": {}}), encoding="utf-8")
    (data / "html" / "p1.html").write_text(
        f"<html><body><nav><a href='/'>Home</a></nav><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>",
        encoding="utf-8")
    (data / "gold" / "p1.txt").write_text(f"{ARTICLE}\n{ARTICLE}\n", encoding="utf-8")
    assert peer_table.main(["--corpus", str(tmp_path), "--systems", "cleantext"]) == 0
    out = capsys.readouterr().out
    assert "| mini (1, shingles) | **1.0000** |" in out
