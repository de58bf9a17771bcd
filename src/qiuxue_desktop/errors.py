"""Errors a user can understand (KnownError) versus bugs.

A KnownError carries one clear sentence in Chinese and the command line's exit
code; anything else is a bug: logged with its traceback, shown as unexpected.
"""

from __future__ import annotations


class KnownError(Exception):
    """Something the user can act on. `message` is shown as it is."""

    exit_code = 5

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputRejected(KnownError):
    """Bad input: nothing was changed (exit 3)."""

    exit_code = 3


class NotPermitted(KnownError):
    """No such user, wrong password, or the role may not do this (exit 4)."""

    exit_code = 4


class OperationFailed(KnownError):
    """Any other failure with a known cause: locked file, disk full (exit 5)."""

    exit_code = 5


class DatabaseTooNew(OperationFailed):
    """The database was written by a newer version of the application."""


class StaleRecord(OperationFailed):
    """Someone else changed the record since it was read (optimistic concurrency)."""


class Cancelled(KnownError):
    """The user cancelled a long operation; nothing was written."""

    exit_code = 5
