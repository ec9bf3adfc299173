"""split_comments: the comment thread under an article becomes Document.comments, each with its
author line, its time line and its text."""
from __future__ import annotations

from articles import PARAGRAPHS

import cleantext

ARTICLE = "Caldwick switches on a tidal energy plant\n\n" + "\n\n".join(PARAGRAPHS["en"])


def test_a_name_over_a_date_starts_a_comment() -> None:
    text = (ARTICLE + "\n\n2 Comments\n\nEdna Polglase\n10 March 2025 at 8:03\n"
            "Good news for the harbour, and about time too.\nReply\n\n"
            "Jago Trethewey\n11 March 2025 at 9:41\nThe turbines are quieter than I feared.\nReply\n")
    doc = cleantext.extract(text, format="text")
    assert [(c.author, c.time, c.text) for c in doc.comments] == [
        ("Edna Polglase", "10 March 2025 at 8:03", "Good news for the harbour, and about time too."),
        ("Jago Trethewey", "11 March 2025 at 9:41", "The turbines are quieter than I feared.")]


def test_a_star_rating_over_a_date_is_no_author() -> None:
    text = (ARTICLE + "\n\n2 Comments\n\nEdna Polglase\n10 March 2025 at 8:03\n"
            "Good news for the harbour, and about time too.\nReply\n\n"
            "★★★★☆\n11 March 2025 at 9:41\nThe turbines are quieter than I feared.\nReply\n")
    doc = cleantext.extract(text, format="text")
    assert "★★★★☆" not in [c.author for c in doc.comments]
