"""The order a pipeline lists its steps is the order they run, or a clear error that says where a
misplaced step may go.

Kinds run repairs -> structure steps (HTML only) -> filters -> select steps: bylines near the
region, the headline and the main region are decided from the filters' verdicts, so a filter listed
after a select step would run where it cannot (see cleantext.steps.KINDS).
"""
import pytest

from cleantext import Pipeline, Step
from cleantext.errors import PipelineError
from cleantext.page import Page
from cleantext.steps import KINDS

PAGE = """Home | World | Sport | Contact
The harbour office said on Monday that the ferry to the northern islands will run again from Sunday, after a month of repairs to the landing stage and its old crane.
Passengers are asked to book ahead, since the first week is expected to be busy with families returning from the mainland for the holidays.
© 2025 Harbour News
"""


def _by_name() -> dict[str, Step]:
    return {s.name: s for s in Pipeline.default().steps}


def test_default_pipeline_lists_kinds_in_run_order_with_region_selection_last():
    p = Pipeline.default()
    assert p.steps[-1].name == "select_main_region"
    assert p.steps[-1].kind == "select"
    kinds = [s.kind for s in p.steps]
    assert kinds == sorted(kinds, key=KINDS.index)


def test_the_order_given_is_the_order_that_runs():
    ran: list[str] = []

    def spy(name: str):
        def step(page: Page) -> None:
            ran.append(name)
        return step

    p = Pipeline([("b", spy("b"), "filter"), ("a", spy("a"), "filter"), ("c", spy("c"), "select")])
    assert p.names == ("b", "a", "c")
    p.run(PAGE, format="text")
    assert ran == ["b", "a", "c"]


def test_selection_listed_before_a_filter_is_an_error_that_says_where_the_filter_may_go():
    by_name = _by_name()
    with pytest.raises(PipelineError, match=r"'drop_footer' \(a filter\) is listed after 'select_main_region'.*"
                                            r"put it at the start and before 'select_main_region'"):
        Pipeline([by_name["select_main_region"], by_name["drop_footer"]])


def test_repair_listed_after_a_filter_is_an_error():
    by_name = _by_name()
    with pytest.raises(PipelineError, match=r"'strip_invisible' \(a repair\) is listed after 'drop_footer'"):
        Pipeline([by_name["drop_footer"], by_name["strip_invisible"]])


def test_filter_inserted_after_the_selection_is_an_error():
    with pytest.raises(PipelineError, match="put it after 'drop_orphan_headings' and before 'extract_byline'"):
        Pipeline.default().insert(lambda page: None, name="spy", after="select_main_region")


def test_insert_by_default_puts_a_filter_after_the_filters_and_before_the_selection():
    p = Pipeline.default().insert(lambda page: None, name="noop")
    assert p.names[-6:] == ("noop", "extract_byline", "mark_title", "drop_repeated_title", "split_comments",
                            "select_main_region")


def test_insert_a_structure_step_runs_on_html_pages_only():
    seen: list[str] = []

    def spy(page: Page) -> None:
        seen.append(page.format)

    p = Pipeline.default().insert(spy, kind="structure")
    p.run(PAGE, format="text")
    p.run("<html><body><p>Some text of the page.</p></body></html>", format="html")
    assert seen == ["html"]


def test_a_custom_select_step_can_replace_the_region_selection():
    def keep_everything(page: Page) -> None:
        """Keep every line."""

    p = Pipeline.default().replace("select_main_region", keep_everything)
    assert p.steps[-1].kind == "select"
    assert not [r for r in p.run(PAGE, format="text").removed if r.filter == "select_main_region"]


def test_without_and_only_keep_the_order():
    p = Pipeline.default().only("select_main_region", "drop_footer")
    assert p.names == ("drop_footer", "select_main_region")
    assert "select_main_region" not in Pipeline.default().without("select_main_region").names


def test_unknown_step_kind_fails_with_the_valid_kinds():
    with pytest.raises(PipelineError, match="repair, structure, filter, select"):
        Pipeline([("x", lambda page: None, "finish")])  # type: ignore[list-item]


def test_a_structure_step_must_be_declared_for_html_only():
    with pytest.raises(PipelineError, match="structure steps read the HTML tree"):
        Step("s", lambda page: None, "structure")


def test_built_in_select_steps_out_of_their_dependency_order_are_an_error():
    """Each select step reads what the ones before it labelled (the headline is looked for past the
    bylines, the region past both); listed out of that order is an error, not a silent reorder."""
    by_name = _by_name()
    with pytest.raises(PipelineError, match="'extract_byline' must come before 'mark_title'|"
                                            "'mark_title' must come after 'extract_byline'"):
        Pipeline([by_name["drop_footer"], by_name["mark_title"], by_name["extract_byline"]])


def test_a_custom_select_step_may_stand_between_built_in_ones():
    by_name = _by_name()

    def keep_all(page: Page) -> None:
        """A custom selection."""

    given = [by_name["drop_footer"], by_name["extract_byline"], ("custom", keep_all, "select"),
             by_name["mark_title"], by_name["select_main_region"]]
    assert Pipeline(given).names == ("drop_footer", "extract_byline", "custom", "mark_title", "select_main_region")


@pytest.mark.parametrize("step", [("only_a_name",), ("name", lambda page: None), "drop_footer", 5])
def test_a_step_that_is_not_a_name_function_kind_triple_is_a_pipeline_error(step):
    with pytest.raises(PipelineError, match=r"\(name, function, kind\)"):
        Pipeline([step])


def test_a_repair_that_returns_no_str_is_a_pipeline_error_naming_it():
    pipeline = Pipeline([("forgot_to_return", lambda text: None, "repair")])
    with pytest.raises(PipelineError, match="forgot_to_return.*NoneType"):
        pipeline.run("A line of text.")


def test_a_repair_that_returns_no_str_before_the_built_in_ones_is_named_too():
    pipeline = Pipeline.default().insert(lambda text: None, before="repair_encoding", name="forgot_to_return",
                                         kind="repair")
    with pytest.raises(PipelineError, match="forgot_to_return"):
        pipeline.run("A line of text.")
