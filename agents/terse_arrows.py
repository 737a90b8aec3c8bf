"""Terse notes with an arrow or a count after a dash: "cal rename: A -> B", "contacts: Bo -> favourite",
"album Trip - photo count?".

"notes rename: Draft -> Final" renames Draft to Final in notes; "files move: a.pdf -> Music" moves it there;
"people: Ana Ruiz -> favourites" stars Ana Ruiz in people (a contact made a favourite is starred), "downloads:
a.pdf -> favourite" adds it to favourites there; "playlist Gym - song count?" asks how many songs are in the Gym
playlist. General note-taking grammar only, never an app's words.
"""

from __future__ import annotations

import re

_ARROW = r"\s*(?:->|=>|→|-->)\s*"
_VERBS = r"rename|move|copy|forward|send|share|reschedule|retitle"
_PLACE = r"(?P<p>[a-z][\w\-]*(?: [a-z][\w\-]*)?)"
_KINDS = r"album|playlist|folder|note|memo|list|chat|group|event|calendar|inbox|cart|basket|board|channel"
_FIELDS = r"title|name|subject|heading|label|location|place|address"
_CONTACTS = r"contacts?|people|address book|phone ?book"


def arrowed(body: str) -> str:
    """The request an arrow or a dashed count stands for (see the module docstring); "" when none."""
    m = re.fullmatch(rf"(?:{_PLACE}\s+)?(?P<v>{_VERBS})\s*:\s*(?P<x>\S.*?){_ARROW}(?P<y>\S.*?)\.?", body, re.I)
    if m:
        place = f" in {m['p']}" if m["p"] else ""
        return f"{m['v'].casefold()} {m['x']} to {m['y']}{place}"
    m = re.fullmatch(rf"(?P<x>\S.*?){_ARROW}(?P<f>{_FIELDS})\s*:?\s+(?P<y>\S.*?)\.?", body, re.I)
    if m and not re.search(_ARROW, m["x"]):  # "newest note -> title Misc": that field of it set
        return f'change the {m["f"].casefold()} of {m["x"]} to "{m["y"]}"'
    m = re.fullmatch(rf"(?:{_PLACE}\s*:\s*)?(?P<x>\S.*?){_ARROW}(?:my |the )?(?:favou?rites?|faves?|favs?|starred)\.?", body, re.I)
    if m and not re.search(_ARROW, m["x"]):
        place = m["p"] or ""
        if re.fullmatch(_CONTACTS, place, re.I):
            return f"star {m['x']} in {place}"
        return f"add {m['x']} to favourites{f' in {place}' if place else ''}"
    m = re.fullmatch(rf"(?:(?P<k>{_KINDS})\s+)?(?P<x>\S.*?)\s*[:,\-–—]\s*(?P<n>[a-z]+?)s? count\s*\?*", body, re.I)
    if m:
        thing = f"the {m['x']} {m['k'].casefold()}" if m["k"] else m["x"]
        return f"How many {m['n'].casefold()}s are in {thing}?"
    return ""
