from pathlib import Path

import pytest

from kb.errors import UsageError
from kb.settings import load_settings


def test_layers_defaults_file_environment_and_flags(tmp_path: Path) -> None:
    config = tmp_path / "kb.toml"
    config.write_text('embedder = "hash"\nchunk_words = 90\nindex_dir = "from-file"\n', encoding="utf-8")
    settings = load_settings(config_file=config, environ={"KB_INDEX": "from-env", "KB_BATCH_SIZE": "8"})
    assert settings.embedder == "hash"  # from the file
    assert settings.chunk_words == 90
    assert settings.index_dir == Path("from-env")  # environment beats the file
    assert settings.batch_size == 8
    flagged = load_settings(config_file=config, environ={"KB_INDEX": "from-env"}, index_dir=Path("flag"))
    assert flagged.index_dir == Path("flag")  # flags beat everything


def test_defaults_without_file_or_environment(tmp_path: Path) -> None:
    settings = load_settings(config_file=tmp_path / "missing.toml", environ={})
    assert settings.index_dir == Path("indexes/default")
    assert settings.embedder == "auto"  # e5 for new builds, the index's own model for queries
    assert settings.catalogue_path == Path("corpus/catalogue.toml")


def test_unknown_setting_in_file_is_a_clear_error(tmp_path: Path) -> None:
    config = tmp_path / "kb.toml"
    config.write_text('embeder = "hash"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="unknown setting.*embeder"):
        load_settings(config_file=config, environ={})


def test_bad_number_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="batch_size"):
        load_settings(config_file=tmp_path / "none.toml", environ={"KB_BATCH_SIZE": "many"})
