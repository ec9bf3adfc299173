"""The page README.md runs cleantext on: what a new user sees first must be right."""
from pathlib import Path

import cleantext

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample_page.txt"


def test_sample_page_gives_headline_and_article_only():
    doc = cleantext.extract(SAMPLE.read_text(encoding="utf-8"))
    assert doc.title == "Harbour town opens its first tidal power station"
    lines = doc.body.splitlines()
    assert lines[0].startswith("The small harbour town of Port Elin")
    assert lines[-1].startswith("Engineers will spend the summer")
    assert len([line for line in lines if line]) == 4


def test_sample_page_accounts_for_every_removed_line_with_a_reason():
    doc = cleantext.extract(SAMPLE.read_text(encoding="utf-8"))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Share on Facebook Share on X Email"] == "navigation.share"
    assert reasons["Subscribe to our Newsletter"] == "footer.newsletter"
    assert reasons["© Copyright 2026 Riverside Herald. All rights reserved."] == "footer.copyright"
    assert doc.metadata["byline"].startswith("Riverside Herald Staff")
    assert [r.title for r in doc.related] == [
        "Coastal towns bet on small-scale renewables",
        "Rail strike called off after late-night talks",
        "Museum returns stolen painting to its owners",
    ]
    assert doc.related[1].section == "TRENDING"
