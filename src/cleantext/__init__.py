"""cleantext: turn scraped web pages into clean article text, and say what was removed and why."""
from .api import clean, clean_html, extract
from .document import Block, Comment, Document, Kind, Label, Related, Removal, Span, Trace, Verdict
from .errors import (
    BinaryInputError,
    CleantextError,
    ConfigError,
    InputError,
    PageTooLargeError,
    PipelineError,
)
from .page import Page
from .pipeline import Pipeline
from .settings import Option, Settings
from .steps import Step

__version__ = "0.1.0"

__all__ = [
    "BinaryInputError", "Block", "CleantextError", "Comment", "ConfigError", "Document", "InputError", "Kind",
    "Label", "Option", "Page", "PageTooLargeError", "Pipeline", "PipelineError", "Related", "Removal", "Settings",
    "Span", "Step", "Trace", "Verdict", "__version__", "clean", "clean_html", "extract",
]
