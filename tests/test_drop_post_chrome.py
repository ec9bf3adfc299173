"""drop_post_chrome: member titles, stats, post numbers, reactions, and each post's name and date are
dropped on thread pages; rows of controls on any page; the posts' text and ordinary pages stay."""
from __future__ import annotations

import cleantext

POSTS = [
    ("Le bateau du port de Saint-Malo part maintenant à sept heures, ce qui arrange les pêcheurs qui vendent "
     "leur poisson au marché avant midi, disent-ils."),
    ("Chez nous à Cancale c'est pareil depuis le printemps, et la mairie a promis un deuxième départ l'été "
     "prochain si les chiffres de fréquentation restent bons."),
    ("Merci pour les nouvelles, je prendrai le bateau de sept heures samedi avec les enfants et je vous "
     "dirai si le café à bord est toujours aussi mauvais."),
]


def thread(lines_per_post: list[list[str]]) -> str:
    parts = ["Forum des Côtes", "", "Horaires du bateau pour les îles cet été ?", ""]
    for chrome, post in zip(lines_per_post, POSTS):
        parts += [*chrome, post, "Répondre Citer Signaler", ""]
    return "\n".join(parts)


def reasons(text: str) -> dict[str, str]:
    doc = cleantext.extract(text, format="text")
    return {r.text: r.reason for r in doc.removed}


def test_french_thread_chrome_is_dropped_and_the_posts_stay() -> None:
    text = thread([["marin_35", "Membre actif", "Inscrit: mars 2021", "12/05/2026", "#1"],
                   ["goeland", "Nouveau membre", "Messages: 4", "13/05/2026", "#2"],
                   ["marin_35", "Membre actif", "Inscrit: mars 2021", "13/05/2026", "#3"]])
    doc = cleantext.extract(text, format="text")
    got = reasons(text)
    assert got["Membre actif"] == "post.member_role"
    assert got["Messages: 4"] == "post.member_stats"
    assert got["#2"] == "post.number"
    assert got["goeland"] == "post.author"
    assert got["13/05/2026"] == "post.date"
    assert got["Répondre Citer Signaler"] == "post.controls"
    assert all(post in doc.text for post in POSTS)
    assert doc.title == "Horaires du bateau pour les îles cet été ?"


def test_reactions_under_a_post_are_dropped() -> None:
    text = thread([["anna_k", "Member", "Joined: May 2020"], ["lukas", "Member", "Joined: Jan 2022",
                                                              "anna_k and 2 others liked this"], ["anna_k", "Member"]])
    assert reasons(text)["anna_k and 2 others liked this"] == "post.reactions"


def test_a_page_that_is_no_thread_keeps_a_lone_member_word() -> None:
    text = "\n\n".join(["Harbour News", "Ferry crews vote on new rota", "Member", POSTS[0], POSTS[1]])
    assert "Member" not in reasons(text) or reasons(text)["Member"] != "post.member_role"


def test_a_row_of_recipe_controls_is_dropped_anywhere() -> None:
    text = "\n\n".join(["Jump to Recipe  Print Recipe", "Plum traybake", POSTS[0], POSTS[1]])
    assert reasons(text)["Jump to Recipe  Print Recipe"] == "post.controls"


def test_a_line_with_the_threads_starter_and_date_is_no_title() -> None:
    # Between the thread's title and its first post, a line with who started it and when.
    parts = ["Forum des Côtes", "", "Horaires du bateau pour les îles cet été ?", "",
             "Discussion lancée par marin_35, le 12/05/2026", ""]
    for name, post in zip(["marin_35", "goeland", "marin_35"], POSTS):
        parts += [name, "Membre actif", "Inscrit: mars 2021", post, "Répondre Citer Signaler", ""]
    doc = cleantext.extract("\n".join(parts), format="text")
    assert doc.title == "Horaires du bateau pour les îles cet été ?"
    assert "Discussion lancée par" not in doc.text


def test_a_row_of_recipe_controls_is_dropped_in_html_too() -> None:
    html = ("<html><body><article><h1>Plum traybake</h1>"
            "<div class='jump'><a href='#recipe'>Jump to Recipe</a> <a href='/print/7'>Print Recipe</a></div>"
            f"<p>{POSTS[0]}</p><p>{POSTS[1]}</p><p>{POSTS[2]}</p></article></body></html>")
    doc = cleantext.extract(html, format="html")
    assert {r.text: r.reason for r in doc.removed}["Jump to Recipe Print Recipe"] == "post.controls"
    assert all(post in doc.text for post in POSTS)


def test_a_line_that_shows_what_something_looks_like_is_no_reaction() -> None:
    from cleantext.patterns.posts import REACTIONS
    for line in ["Your config file might then look like this:", "And the result looks like this.",
                 "Nobody asked for a week like this"]:
        assert not REACTIONS.search(line), line
    for line in ["tench_tamsin and river_mo liked this", "Jan and 3 others like this", "anna_k likes this"]:
        assert REACTIONS.search(line), line


# A Q&A page in German: question, its chrome and tags, then two answers, each with votes, a meta line,
# the poster's name and reputation, and an "Add a comment" control.
QUESTION = ("Ich möchte zwei sortierte Listen zusammenführen, ohne eine dritte Liste anzulegen. Mein Ansatz kopiert "
            "alles nach vorne und sortiert danach, was viel zu langsam ist. Gibt es einen linearen Weg?")
ANSWERS = [
    ("Fülle die erste Liste von hinten. Vergleiche jeweils die letzten Elemente beider Listen, schreibe das "
     "größere an das Ende und rücke die Zeiger nach links, bis die zweite Liste leer ist."),
    ("Mit der Standardbibliothek geht es auch über heapq.merge, aber das legt einen Iterator an und arbeitet "
     "nicht an Ort und Stelle, es erfüllt also die Bedingung der Frage nicht."),
]


def qa_page() -> str:
    title = "Zwei sortierte Listen ohne zusätzlichen Speicher zusammenführen?"
    lines = [f"{title} - Fragen und Antworten", "Anmelden", "Registrieren", title, "Gefragt vor 3 Jahren",
             "Geändert vor 1 Jahr", "Angesehen 2k-mal", "12", QUESTION, "python", "sortierung", "Teilen",
             "Frage verbessern", "Folgen", "gefragt 14. Sep. 2021 um 17:40", "hafenkind", "1.204", "3",
             "Kommentar hinzufügen", "2 Antworten", "Sortiert nach:"]
    for n, (answer, name) in enumerate(zip(ANSWERS, ["pierfischer", "tangwald"])):
        lines += [str(9 - n), answer, "Teilen", "Antwort verbessern", "Folgen", f"beantwortet 15. Sep. 2021 um {n + 8}:03",
                  name, f"{n + 2},931", "Kommentar hinzufügen"]
    lines += ["Deine Antwort", "Antwort abschicken", "Impressum", "Datenschutz"]
    return "\n".join(lines)


def test_a_question_and_its_answers_are_one_text_without_their_chrome() -> None:
    doc = cleantext.extract(qa_page(), format="text")
    assert doc.title == "Zwei sortierte Listen ohne zusätzlichen Speicher zusammenführen?"
    assert [line for line in doc.body.split("\n") if line] == [QUESTION, *ANSWERS]
    got = {r.text: r.reason for r in doc.removed}
    assert got["Angesehen 2k-mal"] == got["gefragt 14. Sep. 2021 um 17:40"] == "post.meta"
    assert "2 Antworten" in got  # a count of answers (German "Antworten" is also a comment prompt)
    assert got["1.204"] == got["12"] == got["9"] == "post.score"
    assert got["python"] == got["sortierung"] == "post.tags"
    assert got["hafenkind"] == got["pierfischer"] == "post.author"
    assert got["Deine Antwort"] == "notice.comments"


def test_a_lone_meta_like_line_in_an_article_is_no_thread() -> None:
    text = "\n\n".join(["Viewed 1,000 times", "42", *ANSWERS, QUESTION])
    doc = cleantext.extract(text, format="text")
    assert not any(r.reason.startswith("post.") for r in doc.removed)


# A phpBB board: a header line over each post ("Beitrag von X » date"), the poster's profile under it.
PHPBB = """Kanalforum Süd - Schleusenzeiten im Winter
Foren-Übersicht ‹ Binnenschifffahrt
Schleusenzeiten im Winter
Suche Erweiterte Suche
Beitrag von kahn_olli » Di 13. Jan 2026, 08:12
Hallo zusammen,
weiß jemand, ob die Schleusen am Südkanal im Januar noch nach Sommerfahrplan bedient werden? Wir wollen das Boot zum Winterlager nach Ellern bringen und brauchen dafür drei Schleusungen an einem Tag.
kahn_olli
Beiträge: 87
Registriert: Do 2. Mai 2024, 17:40
Wohnort: Ellern
Beitrag von Pegelwart » Di 13. Jan 2026, 10:55
Nein, seit Dezember gilt der Winterfahrplan, die letzte Schleusung ist um halb vier. Am besten vorher beim Revier anrufen, die Schleusenwärter helfen gern.
Pegelwart
Beiträge: 2310
Registriert: Mo 9. Feb 2015, 12:03
"""


def test_phpbb_post_headers_and_profiles_are_chrome_and_the_posts_stay() -> None:
    doc = cleantext.extract(PHPBB, format="text")
    got = reasons(PHPBB)
    assert got["Beitrag von Pegelwart » Di 13. Jan 2026, 10:55"] == "post.header"
    assert got["Wohnort: Ellern"] == "post.member_stats"
    assert got["Pegelwart"] == "post.author"
    # The first post's header is the thread's byline; its title the line the first line names.
    assert doc.metadata["byline"] == "Beitrag von kahn_olli » Di 13. Jan 2026, 08:12"
    assert doc.title == "Schleusenzeiten im Winter"
    # The salutation the first post opens with stays with it.
    assert doc.body.split("\n\n")[0].split("\n")[0] == "Hallo zusammen,"
    assert "Nein, seit Dezember gilt der Winterfahrplan" in doc.body


def test_a_line_with_a_guillemet_and_a_date_in_an_article_is_no_post_header() -> None:
    text = thread([["marin_35", "Membre actif", "Inscrit: mars 2021", "12/05/2026", "#1"],
                   ["goeland", "Nouveau membre", "Messages: 4", "13/05/2026", "#2"],
                   ["marin_35", "Membre actif", "Inscrit: mars 2021", "13/05/2026", "#3"]])
    text = text.replace("Forum des Côtes", "Forum des Côtes\nLe guide » Horaires 2026, mis à jour le 12/05/2026 avec les nouveaux départs du matin")
    assert "post.header" not in reasons(text).values()
