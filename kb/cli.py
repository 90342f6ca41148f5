"""Command-line edge: parse input, call the public API, render. Errors are translated once, here."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kb.errors import KbError


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class KbGroup(click.Group):
    """Translates KbError into a clear message and exit code (traceback only with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KbError as exc:
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


def index_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """Every command takes --index DIR (default indexes/default; env KB_INDEX)."""

    @click.option(
        "--index",
        "index_dir",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="KB_INDEX",
        default=None,
        help="Knowledge base directory [default: indexes/default; env KB_INDEX]",
    )
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **kwargs)

    return wrapper


@click.group(cls=KbGroup)
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(package_name="kb")
def main(debug: bool) -> None:
    """kb — a searchable, traceable knowledge base for Dutch policy documents."""


# --- core commands ---


# --- search commands ---


# --- tagging commands ---


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
