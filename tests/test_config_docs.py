"""docs/configuration.md is generated from the Settings model: it must match, cover every field,
and name environment variables that really work."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from pydantic import BaseModel

from cascadroid.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "configuration.md"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_config_docs", ROOT / "scripts" / "gen_config_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _leaf_fields(model: type[BaseModel], prefix: str = "") -> list[str]:
    names = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            names += _leaf_fields(annotation, f"{prefix}{name}.")
        else:
            names.append(prefix + name)
    return names


def test_committed_doc_is_up_to_date():
    assert DOC.read_text() == _generator().render(), (
        "docs/configuration.md is stale: run `python scripts/gen_config_docs.py` and commit it")


def test_every_settings_field_is_documented_under_its_section():
    text = DOC.read_text()
    sections = {m.group(1): m.end() for m in re.finditer(r"^## `\[([^\]]+)\]`$", text, re.M)}
    for dotted in _leaf_fields(Settings):
        *path, name = dotted.split(".")
        start = sections[".".join(path)] if path else text.index("## Top level")
        body = text[start:].split("\n## ", 1)[0]
        assert f"| `{name}` |" in body, f"{dotted} is missing from docs/configuration.md"


def test_documented_environment_variables_are_read(monkeypatch, tmp_path):
    text = DOC.read_text()
    cases = {
        "CASCADROID_AGENT__MAX_STEPS": ("7", lambda s: s.agent.max_steps == 7),
        "CASCADROID_CASCADE__ROUTING__WEIGHTS__COST": ("0.75", lambda s: s.cascade.routing.weights.cost == 0.75),
        "CASCADROID_CASCADE__PRIVACY__LOCAL_ONLY_APPS": ('["com.bank"]',
                                                         lambda s: s.cascade.privacy.local_only_apps == ["com.bank"]),
        "CASCADROID_DATA_DIR": (str(tmp_path), lambda s: s.data_dir == tmp_path),
    }
    for variable, (value, _) in cases.items():
        assert f"`{variable}`" in text
        monkeypatch.setenv(variable, value)
    settings = Settings.load()
    assert all(check(settings) for _, check in cases.values())


def test_check_mode_reports_a_stale_file(tmp_path, monkeypatch, capsys):
    generator = _generator()
    stale = tmp_path / "configuration.md"
    stale.write_text("# old\n")
    monkeypatch.setattr(generator, "OUT", stale)
    assert generator.main(["--check"]) == 1 and "stale" in capsys.readouterr().err
    assert generator.main([]) == 0 and generator.main(["--check"]) == 0
