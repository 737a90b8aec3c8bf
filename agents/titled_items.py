"""Items named by a title said before their kind: "my Packing note", "the Garden album", "my Trip ideas list".

The title is what to look for on the screen (and what is missing when it is not there), as a quoted title is.
An app's name said the same way ("my Keep note") is dropped by the caller, which knows the device's apps.
"""

from __future__ import annotations

import re

from .text import words

_KINDS = r"albums?|notes?|memos?|playlists?|lists?|bookmarks?|events?|appointments?|meetings?|alarms?|boards?"
_NOT_TITLES = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|next|last|first|new|old|morning|evening"
               r"|january|february|march|april|may|june|july|august|september|october|november|december")
_TITLED = re.compile(rf"\b(?:the|my|this|that|your|our) (?!(?:{_NOT_TITLES})\b)(?P<t>(?-i:[A-Z])[\w'\-]*(?: (?!(?:the|my|a|an|to|from|in|on|at|for"
                     rf"|with|and|or)\b)[\w'\-&]+){{0,2}}?) (?:{_KINDS})\b", re.I)


def titled_before_kind(task: str) -> list[str]:
    """The titles of the items ``task`` names as "<the|my> <Title> <kind>", outside quotes."""
    unquoted = re.sub(r"\"[^\"]*\"|“[^”]*”", " ", task)
    return [m["t"] for m in _TITLED.finditer(unquoted)]


def titled_objects(task: str, app_names: set[str]) -> list[str]:
    """The titled items of ``task`` that are not an app's name ("my Keep note" names Keep, an app: no item)."""
    return [t for t in titled_before_kind(task) if not words(t) <= app_names]
