"""A thing brought up by a question of its own first ("You know X?", "Remember X?"), then the request on it.

"You know the invoice Kim mailed me? Forward it to Dev.", "Remember my note "Packing"? Email its text to Bo.", "Do
you know my Spotify playlists? How many have I got?": the first question asks nothing to be told; it names the thing
the request then takes up by a pronoun or leaves out. Said as the thing first and the request after a dash ("the
invoice Kim mailed me - forward it to Dev"), the way the readers already put such a thing back where the request takes
it up (dislocated.py). Not a question of what one knows ("Do you know where Bo lives?", "You know how Ana asked for
X?"), nor one said alone ("Do you know Bo's number?" asks it). General English grammar only.
"""

from __future__ import annotations

import re

_TOPIC = re.compile(r"^(?P<lead>(?:(?:so|okay|ok|hey|oh|and|right)\s*,?\s+)*)(?:(?:do|did) )?(?:you )?(?:know|remember|recall)"
                    r"(?: about)?\s+(?!(?:what|which|who|whom|whose|when|where|why|how|if|whether|that|to|the way)\b)"
                    r"(?P<x>[^?]{2,120}?)\s*\?+\s+(?P<y>\S.*)$", re.I)


def topic_first(text: str) -> str:
    """``text`` with a "You know X?" or "Remember X?" question before its request said as "X - <request>" (see the
    module docstring); the same text when it has none."""
    m = _TOPIC.match(text)
    if not m or not re.match(r"(?:do |did )?(?:you |remember|recall)", text[len(m["lead"]):], re.I):
        return text
    thing, request = m["x"], m["y"]
    place = re.search(r"\s(?:in|among|on) (?P<p>(?:my|the|your) (?:[\w\-]+ ){0,3}?[\w\-]+s)(?P<a>(?: (?:in|on) [^,]+)?)$", thing)
    if place and (away := re.search(r"\b(?:from|out of|off) (?:them|there)\b", request, re.I)):
        # "You know X in my favourites? Remove it from them.": "them" are the place the thing is in
        thing, said = thing[:place.start()], re.sub(r"\s+(?:them|there)$", "", away.group())
        request = f"{request[:away.start()]}{said} {place['p']}{place['a']}{request[away.end():]}"
    return f"{m['lead']}{thing} - {request}"
