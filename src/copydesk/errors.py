"""Exceptions copydesk raises, each carrying a reason slug.

`extract` and `clean` never raise these for bad page content: they return an
empty `Article` whose `drop_reason` is the slug.  `InputError` escapes only
from lower-level helpers and from the CLI's argument handling.
"""

from __future__ import annotations


class CopydeskError(Exception):
    """Base class; `reason` is a short slug such as ``input:binary``."""

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(f"{reason}: {message}" if message else reason)
        self.reason = reason


class InputError(CopydeskError):
    """The input cannot be read as a page (binary, bad gzip, too large)."""
