"""Privacy policy: which data kinds may leave the device, per app, and how.

Modes: ``local_only`` (a call whose prompt holds such data never leaves the device),
``mask`` (replace it with placeholders, send, restore in the answer), ``allow``.
The rule for a kind in an app: ``apps[app][kind]``, else ``apps[app]["*"]``, else
``kinds[kind]``, else ``default_mode``; apps in ``local_only_apps`` never send anything.

Policies are :class:`~cascadroid.settings.CascadeSettings`, validated when loaded:
``load_policy("policy.toml")`` reads a TOML or JSON file holding the ``[cascade]`` fields
(either at the top level or under a ``cascade`` table).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import ConfigurationError
from ..settings import CascadeSettings, DataKind, PrivacyMode, PrivacySettings, describe_validation_error
from .privacy import DATA_KINDS, PiiDetector


class PrivacyPolicy:
    """Applies :class:`PrivacySettings` to prompts; ``contacts`` extends the settings' names."""

    def __init__(self, settings: PrivacySettings | None = None, *, contacts: Iterable[str] = ()) -> None:
        self.settings = settings or PrivacySettings()
        self.extra_contacts = list(contacts)
        names = [*self.settings.contacts, *self.extra_contacts]
        self.detector = PiiDetector(region=self.settings.phone_region, contacts=names)

    def app_local_only(self, app: str) -> bool:
        """True when nothing read on ``app``'s screens may leave the device (the app or its ``"*"`` rule)."""
        return app in self.settings.local_only_apps or self.settings.apps.get(app, {}).get("*") == "local_only"

    def mode_for(self, kind: DataKind, app: str = "") -> PrivacyMode:
        """The mode that applies to ``kind`` while ``app`` is on screen."""
        if app in self.settings.local_only_apps:
            return "local_only"
        rules = self.settings.apps.get(app, {})
        return rules.get(kind) or rules.get("*") or self.settings.kinds.get(kind) or self.settings.default_mode


def load_policy(path: str | Path) -> CascadeSettings:
    """Read a cascade policy from a TOML or JSON file; bad keys or values raise ConfigurationError."""
    path = Path(path)
    if not path.is_file():
        raise ConfigurationError(f"policy file {str(path)!r} does not exist", hint="pass an existing .toml or .json file")
    try:
        text = path.read_text(encoding="utf-8")
        data: Any = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (ValueError, OSError) as exc:  # UnicodeDecodeError and TOML/JSON syntax errors are ValueErrors
        raise ConfigurationError(f"cannot read policy file {str(path)!r}: {exc}", hint="fix its syntax") from exc
    except RecursionError as exc:
        raise ConfigurationError(f"policy file {str(path)!r} nests arrays or tables too deeply to read",
                                 hint="a policy is a few tables deep; is it the right file?") from exc
    if isinstance(data, dict) and set(data) == {"cascade"}:
        data = data["cascade"]
    return policy_from_dict(data, source=str(path))


def policy_from_dict(data: Any, *, source: str = "policy") -> CascadeSettings:
    """Validate a plain dict as :class:`CascadeSettings`, with errors that name the bad key."""
    try:
        return CascadeSettings.model_validate(data)
    except ValidationError as exc:
        raise ConfigurationError(
            f"invalid cascade policy in {source}: {describe_validation_error(exc)}",
            hint=f"data kinds are {', '.join(DATA_KINDS)}; modes are local_only, mask, allow; budgets are >= 0",
        ) from exc


__all__ = ["PrivacyPolicy", "load_policy", "policy_from_dict"]
