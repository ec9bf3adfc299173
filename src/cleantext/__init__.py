"""cleantext: turn scraped web pages into clean article text, and say what was removed and why."""
from .api import clean, clean_html, extract
from .document import Block, Document, Kind, Label, Related, Removal, Verdict
from .errors import CleantextError, ConfigError, InputError, PipelineError
from .page import Page
from .pipeline import Pipeline, Step

__version__ = "0.1.0"

__all__ = [
    "Block", "CleantextError", "ConfigError", "Document", "InputError", "Kind", "Label", "Page",
    "Pipeline", "PipelineError", "Related", "Removal", "Step", "Verdict", "__version__", "clean",
    "clean_html", "extract",
]
