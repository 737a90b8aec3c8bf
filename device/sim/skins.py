"""Skins: how a phone's vendor and apps write their screens, chosen per device by seed.

``classic`` is the plain simulator (every switch says "Wi-Fi: ON", readable ids, one window).
``pixel`` and ``vendor`` reproduce what real dumps show (see the real-phones issue): a switch
known only by its row title (Compose, no text) or by content-desc with text ON/OFF, "Wi‑Fi"
with U+2011 and other dash/NBSP variants, obfuscated resource ids in third-party-like apps,
Compose action cells with the label in a sibling, disabled Send/Save until there is something
to send or save, hints as the ``hint`` attribute, the status bar as its own system-UI window
first in the dump, a WebView banner whose text is only in the pixels, and taller rows so lists
need scrolling. Each vendor also lays Settings out its own way (see ``apps/settings.py``).
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass

from ...errors import DeviceError
from ..types import Locator

SKIN_NAMES = ("classic", "pixel", "vendor")
_SEEDED = ("pixel", "vendor")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_NBSP_UNITS = re.compile(r"(\d) (GB|MB|km|min|%)")


@dataclass(frozen=True, slots=True)
class Skin:
    """One vendor's conventions; ``classic`` has them all off."""

    name: str
    switch: str = "labelled"  # labelled ("Wi-Fi: ON"), compose (no text; title is a sibling), desc (desc + ON/OFF)
    obfuscated: frozenset[str] = frozenset()  # packages whose resource ids are minified (R8)
    hint_attr: bool = False  # an empty field has text "" and the hint in the hint attribute
    windows: bool = False  # status bar as a separate system-UI window before the app's
    compose_actions: bool = False  # icon + label action cells: clickable View without text, label a sibling
    guarded_buttons: bool = False  # Send / Save disabled until there is something to send or save
    webview_banner: bool = False  # a promo WebView whose text exists only in the pixels
    row_scale: float = 1.0  # list rows taller than classic: fewer fit, more scrolling
    typography: bool = False  # U+2011 in "Wi‑Fi", en dashes, NBSP before units

    @property
    def classic(self) -> bool:
        return self.name == "classic"

    def say(self, text: str) -> str:
        """A label as this vendor writes it ("Wi-Fi" -> "Wi‑Fi" with U+2011, NBSP before units)."""
        if not self.typography or not text:
            return text
        text = text.replace("Wi-Fi", "Wi\u2011Fi").replace(" - ", " \u2013 ")
        return _NBSP_UNITS.sub(lambda m: f"{m.group(1)}\u00a0{m.group(2)}", text)

    def resource_id(self, rid: str) -> str:
        """The id as the build ships it: ``pkg:id/name`` minified to ``pkg:id/a3f`` in obfuscated apps."""
        package, sep, name = rid.partition(":id/")
        if not sep or package not in self.obfuscated or package == "android":
            return rid
        return f"{package}:id/{minify(name)}"

    def locator(self, locator: Locator) -> Locator:
        """A reference's locator (written against classic names) as it reads on this skin."""
        update = {}
        if locator.resource_id:
            update["resource_id"] = self.resource_id(locator.resource_id)
        for key in ("text", "content_desc", "text_contains"):
            value = getattr(locator, key)
            if value:
                update[key] = self.say(value)
        return locator.model_copy(update=update)


def minify(name: str) -> str:
    """A stable three-letter id for ``name`` (like R8's minified resource names)."""
    value = zlib.crc32(name.encode("utf-8"))
    first = _ALPHABET[value % 26]
    value //= 26
    return first + _ALPHABET[value % 36] + _ALPHABET[(value // 36) % 36]


SKINS: dict[str, Skin] = {
    "classic": Skin("classic"),
    "pixel": Skin("pixel", switch="compose", obfuscated=frozenset({"com.android.shop"}), hint_attr=True, windows=True,
                  compose_actions=True, guarded_buttons=True, webview_banner=True, row_scale=1.15, typography=True),
    "vendor": Skin("vendor", switch="desc", obfuscated=frozenset({"com.android.shop", "com.android.maps"}),
                   hint_attr=True, windows=True, guarded_buttons=True, webview_banner=True, row_scale=1.3,
                   typography=True),
}


def choose_skin(seed: int, skin: str | None) -> Skin:
    """The named skin, or (``None``) one of the vendor skins drawn from the seed."""
    if skin is None:
        return SKINS[random.Random(f"{seed}:skin").choice(_SEEDED)]
    if skin not in SKINS:
        raise DeviceError(f"there is no skin called {skin!r}",
                          hint=f"use one of {list(SKIN_NAMES)}, or None to draw pixel or vendor from the seed")
    return SKINS[skin]


__all__ = ["SKINS", "SKIN_NAMES", "Skin", "choose_skin", "minify"]
