"""A person picked by their place in the call log, used by a later step: "text whoever I last missed a call from",
"save my last missed call's number as a contact called Bo Li".

Who it was (or the number it came from) is read first, on the call log (a question about the newest missed call),
then the rest is done with the value in hand: the text sent to that person, the contact saved with that number.
"them" in a request whose context says someone just tried to call and was not answered is that caller. A person
named ("text Bo Li") or a call log question alone is left alone. Plain English task grammar only.
"""

from __future__ import annotations

import re

PICKED = "\ue0f1"  # where the value read goes in the rest of the task

_CALLER = (r"(?:whoever|whomever|the\s+(?:last\s+)?(?:person|one|caller)\s+(?:who|that))\s+(?:i\s+)?(?:last\s+|just\s+)?missed\s+"
           r"(?:a\s+|the\s+|their\s+)?calls?\s+from(?:\s+last)?|my\s+(?:last|latest|most\s+recent)\s+missed\s+caller|"
           r"(?:the\s+)?(?:caller|person)\s+(?:of|behind|from)\s+my\s+(?:last|latest|most\s+recent)\s+missed\s+call|"
           r"whoever\s+(?:last\s+|just\s+)?(?:called|rang|phoned)\s+me(?:\s+last)?(?=\W|$)")
_Q = r"(?P<q>\ue000\d+\ue001|\"[^\"]+\"|“[^”]+”)"
_SEND = re.compile(rf"^\s*(?:please\s+)?(?:just\s+)?(?:text|sms|message|send\s+(?:a\s+text|an\s+sms|a\s+message)\s+to|write\s+to)\s+"
                   rf"(?P<c>{_CALLER})\s*(?:[:,\-–—]\s*|\s+saying\s+|\s+that\s+)?{_Q}", re.I)
# "send them a text saying X (somebody just tried to ring me and I could not pick up)"
_THEM = re.compile(rf"\b(?:(?:text|sms|message)\s+them\b[^\"“\ue000]*?|send\s+them\s+(?:a\s+)?(?:text|sms|message)\s+"
                   rf"(?:saying\s+|that\s+says\s+)?){_Q}", re.I)
_UNANSWERED = re.compile(r"\b(?:someone|somebody|a\s+person|they)\s+(?:just\s+)?(?:tried\s+to\s+)?(?:call|ring|phone)(?:ed)?\s+me\b.*?"
                         r"\b(?:could\s*not|couldn't|did\s*not|didn't|was\s+unable\s+to)\s+(?:pick\s+up|answer|take\s+it)", re.I)
_MISSED_NUMBER = re.compile(r"\b(?:my\s+|the\s+|that\s+)?(?:last\s+|latest\s+|most\s+recent\s+)?missed\s+(?:call|number)\b", re.I)
_CONTACT = re.compile(r"\b(?:contacts?|address\s+book|phone\s*book)\b", re.I)
_NAMED = re.compile(r"\b(?:as|under|named|called|contact)\s+[\"“]?(?:new\s+contact\s+)?(?P<n>(?-i:[A-Z])[\w'\-]+"
                    r"(?:\s+(?-i:[A-Z])[\w'\-]+){0,2})")


# everyone whose call I missed, put in a note: "a note titled X with the names of everyone whose call I missed"
_EVERY_MISSED = re.compile(r"\b(?:every(?:one|body)|all\s+(?:the\s+)?(?:people|callers)|the\s+(?:people|callers|names))\b[^.]*?"
                           r"\bmissed\b|\bmissed\s+callers\b|\bwho\s+(?:they|those|these)\s+(?:were|are)\s+from\b(?=.*\bmissed\b)|\bmissed\s+(?:a\s+few\s+|some\s+|several\s+)?calls\b[^.]*?\bwho\b",
                           re.I)
_NOTE_TITLE = re.compile(r"\bnote\b[^.]*?\b(?:titled|called|named)\s+(?:\ue000\d+\ue001|[\"“](?P<q>[^\"”]+)[\"”]|(?P<t>(?-i:[A-Z])"
                         r"[\w'\-]*(?:\s+(?-i:[a-z])[\w'\-]*){0,2}?))(?=\s+(?:so|with|and|to|listing|list|for)\b|\s*[,.;:()]|$)"
                         r"|^\s*note\s+(?P<c>[^:]{1,40}?)\s*:|\bnew\s+note,\s*(?P<d>[^,]{1,40}?),", re.I)
EVERYONE = "names"  # the kind of value read: every name, in the order the log lists them


def _note_of_missed(task: str) -> tuple[str, str, str] | None:
    """"Make a note titled X with the names of everyone whose call I missed": who they were, read first, then the note."""
    title = _NOTE_TITLE.search(task)
    if not _EVERY_MISSED.search(task) or title is None:
        return None
    name = next((g for g in title.groups() if g), None) or title.group(0).split()[-1]
    return "Who are the people in my missed calls?", EVERYONE, f'Create a note titled "{name.strip()}" that says "{PICKED}"'


def caller_part(task: str) -> tuple[str, str, str] | None:
    """(question, kind of value, the rest with PICKED where the value goes) when ``task`` uses the last missed call."""
    if (everyone := _note_of_missed(task)) is not None:
        return everyone
    m = _SEND.search(task)
    if m is not None:
        return "Who was my last missed call from?", "name", f"text {PICKED}: {m['q']}"
    them = _THEM.search(task)
    if them is not None and _UNANSWERED.search(task) and not re.search(r"\b(?-i:[A-Z])\w+\s+(?-i:[A-Z])\w+", task[:them.start()]):
        return "Who was my last missed call from?", "name", f"text {PICKED}: {them['q']}"
    named = _NAMED.search(task)
    if _MISSED_NUMBER.search(task) and _CONTACT.search(task) and named is not None and re.search(
            r"\b(?:add|save|store|create|new)\b", task, re.I):
        return ("What is the number of my last missed call?", "phone",
                f"Create a new contact named {named['n']} with the phone number {PICKED}")
    return None


OBJECT = "missed call"
_LABEL = re.compile(r"^\[\d+\]\s+\S+\s+\"(?P<l>[^\"]+)\"")
_NUMBER = re.compile(r"^\+?[\d\s().\-]{6,}$")
_LOG_TABS = ("recents", "recent", "call history", "call log", "history", "calls")


def read(kind: str, lines: list[str]) -> str | None:
    """The newest missed call's row (a call log lists the newest first): who it was, or the number it came from;
    for EVERYONE, every missed caller once, in the log's order ("Ana Ruiz and Bo Li")."""
    if kind == EVERYONE:
        found: list[str] = []
        for line in lines:
            m = _LABEL.match(line.strip())
            who = re.split(r"\s*[|,·]\s*", m["l"])[0].strip() if m and re.search(r"\bmissed\b", m["l"], re.I) else ""
            if who and who not in found:
                found.append(who)
        return " and ".join(found) if found else None
    for line in lines:
        m = _LABEL.match(line.strip())
        if m is None or not re.search(r"\bmissed\b", m["l"], re.I):
            continue
        who = re.split(r"\s*[|,·]\s*", m["l"])[0].strip()
        if kind == "phone":
            return who if _NUMBER.match(who) else None
        return who or None
    return None


def adjust(out: list, task: str, screen: object) -> None:
    """Reading the last missed call: the call log's tab first; its rows and Call buttons are never pressed (a tap
    there calls back)."""
    if not re.search(r"\bmy (?:last )?missed calls?\b", task, re.I):
        return
    labels: dict[int, str] = getattr(screen, "labels", {})
    top = max((c.score for c in out), default=0.0)
    for candidate in out:
        label = labels.get(candidate.action.get("element", -1), "").strip().casefold()
        if candidate.action.get("kind") not in ("tap", "long_press") or not label:
            continue
        if label in _LOG_TABS:
            candidate.score = top + 2.0
        elif re.search(r"\b(?:missed|incoming|outgoing)\b", label) or label in ("call", "voice call", "video call"):
            candidate.score = min(candidate.score, -2.0)


_SENT = re.compile(r"^\s*(?:please\s+)?(?:text|sms|message|send)\s+(?P<n>(?-i:[A-Z])[\w'\-]+(?:\s+(?-i:[A-Z])[\w'\-]+){0,2}|\+?[\d\s\-]{6,})"
                   r"\s*:\s*[\"“](?P<q>[^\"”]+)[\"”]", re.I)


def sent_once(out: list, task: str, screen: object, history: list[dict]) -> None:
    """"text Bo Li: "X"" once X was typed and sent, on Bo Li's conversation that now shows X: finished, not typed
    again (a sent bubble may be a tappable row)."""
    m = _SENT.match(task)
    if m is None:
        return
    said, sent, typed = m["q"].casefold(), False, False
    for h in history:
        if h.get("outcome") != "success":
            continue
        if h.get("kind") == "type" and said in h.get("line", "").casefold():
            typed = True
        elif typed and h.get("kind") == "tap" and re.search(r"\bsend\b", h.get("line", "").split("]", 1)[-1], re.I):
            sent = True
    labels: dict[int, str] = getattr(screen, "labels", {})
    editable = getattr(screen, "editable", {})
    lines = " ".join(getattr(screen, "lines", [])).casefold()
    shown = any(said in label.casefold() for i, label in labels.items() if i not in editable)
    if not sent or not shown or m["n"].casefold() not in lines:
        return
    top = max((c.score for c in out), default=0.0)
    for candidate in out:
        if candidate.action.get("kind") == "done" and candidate.action.get("success") is not False:
            candidate.score = max(candidate.score, top + 1.0)
        elif candidate.action.get("kind") == "type" and said in str(candidate.action.get("text", "")).casefold():
            candidate.score = min(candidate.score, -2.0)
