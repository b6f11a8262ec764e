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


def os_error_message(exc: OSError) -> str:
    """One translated sentence for an operating-system error (full disk, no permission …).

    Names the file and says what happened in words a person can act on, never a traceback.

    Examples
    --------
    >>> import errno
    >>> os_error_message(OSError(errno.ENOSPC, "No space left on device", "out/x.xlsx"))
    '无法完成：out/x.xlsx：磁盘已满，请腾出空间后重试'
    """
    import errno

    from .labels import CATALOGUE, t

    name = errno.errorcode.get(exc.errno or 0, "")
    if name == "EPERM":
        name = "EACCES"
    key = f"oserror.{name}"
    reason = t(key) if key in CATALOGUE else t("oserror.other", detail=exc.strerror or exc)
    return t("error.os", file=exc.filename or "", reason=reason)
