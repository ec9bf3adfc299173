"""uncurl_quotes: the opt-in repair that makes typographic quotes ASCII."""
import cleantext
from cleantext import Pipeline
from cleantext.repairs import DEFAULT_REPAIRS, uncurl_quotes


def test_uncurl_quotes_makes_quotes_ascii_and_keeps_guillemets():
    assert uncurl_quotes("“It’s ‘fine’,” „she“ said; «oui» ‹non›") == "\"It's 'fine',\" \"she\" said; «oui» ‹non›"


def test_uncurl_quotes_is_opt_in():
    assert uncurl_quotes not in DEFAULT_REPAIRS
    text = "“Quoted” words stay curly in the default pipeline, as the author wrote them here."
    assert "“Quoted”" in cleantext.clean(text)


def test_uncurl_quotes_can_be_added_to_a_pipeline():
    p = Pipeline.default().insert(uncurl_quotes, kind="repair")
    assert p.repair("“Quoted” ‘words’") == "\"Quoted\" 'words'"
