"""Errors: one KbError tree; every message says what happened and what to do next."""

from __future__ import annotations


class KbError(Exception):
    """Base of every error kb reports to a user. `exit_code` is what the CLI exits with."""

    exit_code = 1
    http_status = 500


class UsageError(KbError):
    """The user asked for something malformed (empty query, unknown filter value, ...)."""

    exit_code = 2
    http_status = 400


class NotFoundError(KbError):
    """A document, passage, section or item id that is not in the knowledge base."""

    exit_code = 3
    http_status = 404


class IndexMissingError(KbError):
    """No knowledge base at the given directory."""

    exit_code = 4
    http_status = 503


class IndexCorruptError(KbError):
    """The index directory exists but cannot be read (bad manifest, broken database, ...)."""

    exit_code = 5
    http_status = 500


class ModelMismatchError(KbError):
    """The index was built with another embedding model than the one configured."""

    exit_code = 6
    http_status = 409


class IngestError(KbError):
    """A source file could not be read or parsed. Ingest records these per file and keeps going."""

    exit_code = 7
    http_status = 422


class DependencyError(KbError):
    """An optional heavy dependency is missing; the message names the package to install."""

    exit_code = 8
    http_status = 500


class IndexBusyError(KbError):
    """Another `kb ingest` is writing the same knowledge base and this one could not wait for it."""

    exit_code = 9
    http_status = 503


# The repair every damaged-index message advises; `kb ingest --replace` rebuilds from the sources whatever state
# the index is in (tests/test_reliability.py).
REBUILD = "rebuild it with `kb ingest --replace`"
