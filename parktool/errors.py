"""Errors that carry an exit code; only the CLI prints them."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit status of every parktool command (see the command-line contract)."""

    OK = 0
    NO_RESULTS = 1  # `search` found nothing
    USAGE = 2  # usage error, missing corpus, unreadable input named on the command line
    REJECTED = 3  # `ingest`: some inputs were rejected, the rest stored


class ParktoolError(Exception):
    """A problem with the user's input or environment, worded for the user."""

    exit_code: ExitCode = ExitCode.USAGE


class UsageError(ParktoolError):
    """Bad option values, a malformed query or taxonomy, an unreadable input."""


class CorpusError(ParktoolError):
    """The corpus file is missing, locked, corrupt or from a newer release."""


class InputError(ParktoolError):
    """One input (file, stdin, JSONL line) cannot become a document."""
