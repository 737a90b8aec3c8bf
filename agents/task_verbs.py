"""The verbs a request starts with (a chatty task's request is found by its first word being one of them)."""

from __future__ import annotations

import re

VERBS = frozenset("""add answer archive ask block book buy call cancel change check clear close compose connect copy count create
delete dial disable download draft edit email enable end find follow forward get give go hide install invite join
leave like list look make mark message move mute navigate open order pause pin place play post put read record
rename reply remove replace reschedule restore save schedule search select send set share show silence skip snooze
sort star start stop subscribe switch take tell text throw turn type unblock unfollow uninstall unmute unpin unstar
update upload view wake wipe write bin trash ditch favourite favorite unfavourite unfavorite ring phone jot fire kill drop shoot mail
sms dm forward scrap nuke axe junk
""".split())


def de_gerund(text: str) -> str:
    """"turning off the wifi" -> "turn off the wifi" (the gerund's verb, when it is a task verb: stem, stem+e,
    or the stem less a doubled letter)."""
    if not (m := re.match(r"(\w+)ing\b", text, re.I)):
        return text
    stem = m.group(1).casefold()
    for base in (stem, stem + "e", stem[:-1]):
        if base in VERBS:
            return base + text[m.end():]
    return text
