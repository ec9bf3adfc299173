"""The public API: input types, formats and the pipeline's name handling."""
import pytest

import cleantext
from cleantext import InputError, Pipeline, PipelineError


def test_extract_accepts_str_and_bytes_alike():
    text = "A sentence of the article, long enough to be read as prose by anyone at all.\n"
    assert cleantext.extract(text).body == cleantext.extract(text.encode("utf-8")).body


def test_extract_rejects_non_text_input_with_input_error():
    with pytest.raises(InputError):
        cleantext.extract(12345)  # type: ignore[arg-type]


def test_extract_rejects_unknown_format():
    with pytest.raises(InputError):
        cleantext.extract("x", format="pdf")


def test_bytes_in_cp1252_are_decoded_without_loss():
    doc = cleantext.extract("Caf\u00e9 cr\u00e8me is served all day in this small place.".encode("cp1252"))
    assert "Café crème" in doc.text


def test_unknown_step_name_fails_with_the_valid_names():
    with pytest.raises(PipelineError) as err:
        Pipeline.default().without("no_such_filter")
    assert "valid names" in str(err.value)


def test_auto_format_tells_html_from_text():
    from cleantext.detect import detect_format

    assert detect_format("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert detect_format("Just some text.\nAnother line with a <b> in it.") == "text"


def test_custom_filter_can_be_inserted_and_its_reason_reported():
    def drop_shouting(page):
        """Drop lines written in capitals."""
        for i in page.open_indices():
            if page.blocks[i].text.isupper():
                page.drop(i, "custom.shouting", "all caps")

    p = Pipeline.default().insert(drop_shouting, before="drop_footer")
    doc = cleantext.extract("HELLO THERE\nThis line is an ordinary sentence of the article, kept.", pipeline=p)
    assert [r.reason for r in doc.removed] == ["custom.shouting"]
    assert [r.filter for r in doc.removed] == ["drop_shouting"]


def test_a_pipeline_that_is_no_pipeline_is_an_input_error():
    for wrong in ("drop_footer", ["drop_footer"], Pipeline):
        with pytest.raises(InputError, match="pipeline must be a Pipeline"):
            cleantext.extract("Some text.", pipeline=wrong)  # type: ignore[arg-type]


def test_a_removal_names_its_step_as_filter_and_as_step():
    page = "Home | News | Sport | Weather | Contact\n\n" + "A sentence of the article that runs on for a while, long enough to be prose.\n" * 3
    removal = cleantext.extract(page).removed[0]
    assert removal.step == removal.filter == "drop_navigation" and removal.reason.startswith("navigation.")


@pytest.mark.parametrize("steps", [None, 5, "drop_footer", b"x"])
def test_a_pipeline_of_no_list_of_steps_is_a_pipeline_error(steps):
    with pytest.raises(PipelineError, match="list of Steps"):
        Pipeline(steps)


@pytest.mark.parametrize("options", [5, "include_comments", [("include_comments", True)]])
def test_options_that_are_no_mapping_are_a_config_error(options):
    with pytest.raises(cleantext.ConfigError, match="mapping"):
        Pipeline.default(options=options)


@pytest.mark.parametrize("thing", [None, "some text", {"text": "x"}])
def test_markdown_and_explain_of_no_document_are_input_errors(thing):
    from cleantext.markdown import to_markdown
    from cleantext.trace import explain

    for render in (to_markdown, explain):
        with pytest.raises(InputError, match="takes a Document"):
            render(thing)
