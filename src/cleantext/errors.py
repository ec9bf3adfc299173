"""Errors raised by cleantext.

Every error is a ``CleantextError``; each subclass also subclasses the matching
built-in exception, so callers can catch either.
"""


class CleantextError(Exception):
    """Base class of every error cleantext raises on purpose."""


class InputError(CleantextError, ValueError):
    """The input cannot be read as a page (wrong type, undecodable, too broken)."""


class BinaryInputError(InputError):
    """The bytes given are not text in any charset (an executable, an image, compressed data)."""


class PipelineError(CleantextError, KeyError):
    """A pipeline was asked for a step that does not exist, or was built wrongly."""

    def __str__(self) -> str:  # KeyError would repr() the message; show it as written
        return str(self.args[0]) if self.args else ""


class ConfigError(CleantextError, ValueError):
    """A configuration file or option has a value cleantext cannot use."""


class MissingExtraError(CleantextError, ImportError):
    """A feature needs an optional dependency that is not installed (the message names the extra)."""


class PageTooLargeError(InputError):
    """A page is over a size limit (``max_bytes`` or ``max_blocks``); the message says how to raise it."""
