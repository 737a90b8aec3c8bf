"""Replace private data with typed placeholders before a call leaves the device; restore after.

``mask`` turns ``"call +1 415 555 0123"`` into ``"call <PHONE_1>"`` and returns the mapping;
the same value (after normalising: one phone number however it is written) always gets the
same placeholder, across all the messages of a request when they share one mapping.
``unmask`` puts the original values back into the answer, inside JSON strings too.

A placeholder in the answer that the mapping does not hold (the model invented
``<PHONE_9>``) raises :class:`~cascadroid.errors.ModelOutputError` by default; with
``strict=False`` it is left in the text as written and listed in ``MaskMapping.unknown``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ModelOutputError
from ..settings import DataKind
from .privacy import PiiDetector, Span

_PREFIX: dict[str, str] = {
    "phone": "PHONE",
    "email": "EMAIL",
    "card": "CARD",
    "iban": "IBAN",
    "otp": "OTP",
    "national_id": "ID",
    "address": "ADDRESS",
    "name": "NAME",
}
PLACEHOLDER = re.compile(r"<\s*(" + "|".join(_PREFIX.values()) + r")_(\d+)\s*>")


@dataclass
class MaskMapping:
    """Placeholder -> original value, built up by :func:`mask`; hand it to :func:`unmask`."""

    originals: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, DataKind] = field(default_factory=dict)
    _by_key: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    _counts: dict[str, int] = field(default_factory=dict, repr=False)
    unknown: list[str] = field(default_factory=list)

    def placeholder_for(self, span: Span) -> str:
        """The placeholder of ``span``'s value, allocating ``<KIND_n>`` the first time it is seen."""
        key = (span.kind, span.key)
        placeholder = self._by_key.get(key)
        if placeholder is None:
            prefix = _PREFIX[span.kind]
            self._counts[prefix] = self._counts.get(prefix, 0) + 1
            placeholder = f"<{prefix}_{self._counts[prefix]}>"
            self._by_key[key] = placeholder
            self.originals[placeholder] = span.value
            self.kinds[placeholder] = span.kind
        return placeholder

    def __len__(self) -> int:
        return len(self.originals)


def mask(
    text: str,
    detector: PiiDetector | None = None,
    *,
    mapping: MaskMapping | None = None,
    spans: Iterable[Span] | None = None,
) -> tuple[str, MaskMapping]:
    """Replace the private spans of ``text`` with placeholders; returns ``(masked, mapping)``.

    ``spans`` (from ``detector.find(text)``) may be given when already computed; otherwise the
    ``detector`` (default: every kind, US numbers, no contacts) finds them.
    """
    mapping = mapping if mapping is not None else MaskMapping()
    if spans is None:
        spans = (detector or PiiDetector()).find(text)
    parts: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        parts.append(text[pos : span.start])
        parts.append(mapping.placeholder_for(span))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts), mapping


def unmask(text: str, mapping: MaskMapping, *, strict: bool = True) -> str:
    """Restore the placeholders of ``text``; JSON text stays valid JSON (values are escaped)."""
    stripped = text.strip()
    if stripped[:1] in ("{", "[", '"'):
        try:
            data = json.loads(stripped)
        except ValueError:
            pass
        else:
            return json.dumps(unmask_obj(data, mapping, strict=strict), ensure_ascii=False)
    return PLACEHOLDER.sub(lambda m: _restore(m, mapping, strict), text)


def unmask_obj(value: Any, mapping: MaskMapping, *, strict: bool = True) -> Any:
    """Restore placeholders in every string (keys included) of a JSON-like structure."""
    if isinstance(value, str):
        return PLACEHOLDER.sub(lambda m: _restore(m, mapping, strict), value)
    if isinstance(value, dict):
        return {unmask_obj(k, mapping, strict=strict): unmask_obj(v, mapping, strict=strict) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [unmask_obj(v, mapping, strict=strict) for v in value]
    return value


def _restore(match: re.Match[str], mapping: MaskMapping, strict: bool) -> str:
    placeholder = f"<{match.group(1)}_{match.group(2)}>"
    original = mapping.originals.get(placeholder)
    if original is not None:
        return original
    if strict:
        known = ", ".join(mapping.originals) or "none"
        raise ModelOutputError(
            f"the answer uses placeholder {match.group()!r}, which was never sent (sent: {known})",
            hint="the cloud model invented it; retry, or unmask with strict=False to keep it flagged",
            raw=match.string,
        )
    mapping.unknown.append(match.group())
    return match.group()


__all__ = ["PLACEHOLDER", "MaskMapping", "mask", "unmask", "unmask_obj"]
