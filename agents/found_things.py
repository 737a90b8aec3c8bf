"""A file found and then acted on, said as one act: "Find the lease PDF in Files and email it to Bo" ->
"email the lease PDF from Files to Bo".

People say where a thing is before what to do with it ("Check my Files for contract.docx and share it with Ana",
"Look in Photos for the beach picture, then send it to Bo", "Find IMG_2041.jpg in Downloads and delete it"). When
the thing is a whole file (a file, photo, document, PDF, video, recording... or a name with a file extension) and the
act takes "it", nothing of it is read: the file itself is what is sent, shared, moved or deleted, so the task is
said as that act on the named file, the place it is in kept as "from <place>". A value taken from it ("send its
name", "text the price") is a read (agents/subgoals.py), and a thing that is no file ("find the wifi password in
Notes and text it to Ann") stays as said. Grammar and file kinds only, English.
"""

from __future__ import annotations

import re

# A whole file: said by its kind, or by a name with a file extension
_WHOLE_THING = re.compile(r"\b(?:files?|photos?|pictures?|pics?|images?|documents?|docs?|videos?|clips?|recordings?|"
                         r"screenshots?|scans?|pdfs?|attachments?|spreadsheets?|slides?|presentations?)\b|"
                         r"\w\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|heic|mp[34]|mov|zip|txt|csv)\b", re.I)
_PLACE = r"(?:my\s+|the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?:app|folder|album))?"
_ACTS = (r"send|share|forward|e-?mail|mail|text|attach|upload|post|delete|remove|trash|rename|move|copy|star|"
         r"favou?rite|archive|print|open")
_THEN = r"\s*(?:,\s*)?(?:and\s+then|and|then|,)\s+"
# "check my Files for X and <act> it ...", "look in Photos for X, then <act> it ..."
_LOOKED_IN = re.compile(rf"^(?P<lead>(?:please\s+)?)(?:look|search|check|browse|hunt|go)\s+(?:in|on|through|into)?\s*"
                        rf"(?P<p>{_PLACE})\s+for\s+(?P<x>\S.+?){_THEN}(?P<v>{_ACTS})\s+(?:it|that|this|them)\b(?P<r>.*)$",
                        re.I)
# "find X (in Files) and <act> it ...", "locate X, then <act> it ..."
_FOUND = re.compile(rf"^(?P<lead>(?:please\s+)?)(?:find|locate|look for|search for|get|grab|dig up|pull up)\s+"
                    rf"(?P<x>\S.+?)(?:\s+(?:in|on|from|inside)\s+(?P<p>{_PLACE}))?{_THEN}(?P<v>{_ACTS})\s+"
                    rf"(?:it|that|this|them)\b(?P<r>.*)$", re.I)


_AFTER_IT = re.compile(r"^(?:\s+(?:to|with|from|into|in|on|onto|over|via|by|as)\b|\s*[,.;!?]|\s*$)", re.I)


def names_a_file(found: str) -> bool:
    """Whether the thing looked for is a whole file: the head of what is found ("the lease PDF in Files"), not a
    value in a file ("the number in the photo", "check the screenshot for the code")."""
    thing = re.split(r"\s+for\s+", found, maxsplit=1)[-1]
    head = re.split(r"\s+(?:in|on|from|of|inside|at|with|under|within)\s+", thing, maxsplit=1)[0]
    return bool(_WHOLE_THING.search(head))


def acted_on_found(task: str) -> str:
    """``task`` with a file found and then acted on said as the act on it ("email the lease PDF from Files to
    Bo"); ``task`` itself otherwise."""
    m = _LOOKED_IN.match(task) or _FOUND.match(task)
    if m is None or not names_a_file(m["x"]) or not _AFTER_IT.match(m["r"]):  # "send them a message": a person
        return task
    place = re.sub(r"^(?:my|the)\s+", "", m["p"], flags=re.I) if m["p"] else ""
    verb = m["v"] if m["lead"] else m["v"][:1].upper() + m["v"][1:]
    return f"{m['lead']}{verb} {m['x']}{f' from {place}' if place else ''}{m['r']}"
