"""Exceptions raised by salesops.

Every error a person can cause is a :class:`SalesopsError`, a subclass of :class:`ValueError`,
whose message is already translated and names where the problem is (file, sheet, Excel row,
the user's own column header and the offending value).
"""

from __future__ import annotations


class SalesopsError(ValueError):
    """A problem with the user's input or request that the user can fix."""


class InputFileError(SalesopsError):
    """A file cannot be read (missing, wrong format, unreadable encoding, no header row)."""


class OverwriteError(SalesopsError):
    """Writing would replace an existing file and the caller did not ask for that."""
