"""Deep links as candidates: when a task names a number to call or text, a place to find, a web
address, an address to mail, an event to add or a Settings page, one ``open_uri`` reaches that
page without navigating (and without a model call: it is ranked first with a clear margin).

Generic Android knowledge only: the standard URI schemes (``tel:``, ``smsto:``, ``geo:``,
``mailto:``, ``https:``, the calendar provider's insert) and the public Settings intent actions.
Offered on devices that declare they open URIs, each intent once per run, never after the run
has made progress by other actions, and never where the memory saw this device refuse it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from ..device.types import AppInfo, OpenUri, device_apps, opens_uris
from ..memory.intents import IntentMemory
from .candidates import Candidate
from .knowledge_hint import KnowledgeHint
from .values import task_values
from .wording import canonical

MARGIN = 3.0  # above the best structural candidate: p_top clears the act threshold, no model call
INSERT = "android.intent.action.INSERT"
CALENDAR_EVENTS = "content://com.android.calendar/events"

# Public Settings intent actions and the words a task names their page with.
SETTINGS_PAGES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (f"android.settings.{action}", re.compile(rf"\b(?:{names})\b", re.I)) for action, names in (
        ("WIFI_SETTINGS", r"wi-?fi|wlan"),
        ("BLUETOOTH_SETTINGS", r"bluetooth"),
        ("AIRPLANE_MODE_SETTINGS", r"airplane mode|flight mode|aeroplane mode"),
        ("DISPLAY_SETTINGS", r"brightness|dark (?:theme|mode)|screen timeout|font size"),
        ("LOCATION_SOURCE_SETTINGS", r"location services|gps"),
        ("SOUND_SETTINGS", r"ringtone|volume|do not disturb"),
        ("DATE_SETTINGS", r"time zone|date and time|date & time"),
        ("BATTERY_SAVER_SETTINGS", r"battery saver"),
        ("NFC_SETTINGS", r"nfc"),
    ))
_SETTING_VERB = re.compile(r"\b(?:turn|switch|enable|disable|toggle|connect|pair|join|forget|set|change|adjust|dim|"
                           r"raise|lower|increase|decrease|settings?)\b", re.I)
_CALL = re.compile(r"^\W*(?:please\s+)?(?:call|dial|phone|ring)\b", re.I)
_TEXT = re.compile(r"^\W*(?:please\s+)?(?:text|sms|message|send (?:a )?(?:text|sms|message))\b", re.I)
_MAIL = re.compile(r"^\W*(?:please\s+)?(?:e-?mail|mail|send (?:an? )?(?:e-?mail|mail)|write (?:an? )?(?:e-?mail|mail))\b",
                   re.I)
_ELSEWHERE = re.compile(r"\b(?:of|from)\b", re.I)  # "the text of my note", "the deal from …": fetch that first
_PLACE = re.compile(r"\b(?:find|search(?: for)?|look for|show(?: me)?|directions to|navigate to|take me to)\s+"
                    r"(?:(?:an?|the|some)\s+)?(?P<q>(?:(?![,;]|\s+(?:and|then)\s+(?:then\s+)?\w+\s+(?:it|them|that|this)\b).)+?)"
                    r"\s+(?:near(?:by| me| here)?|around here|close by|on (?:the )?maps?|in maps)\b", re.I)
_WEB = re.compile(r"\b(?:https?://)?(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,})(?P<path>/[^\s\"“”]*)?", re.I)
_WEB_VERB = re.compile(r"\b(?:open|visit|go to|browse|load|navigate to)\b", re.I)
_EVENT = re.compile(r"^\W*(?:please\s+)?(?:add|create|schedule|put|make|pop|book)\b.*\b(?:event|meeting|appointment"
                    r"|(?:in|on|to|into) (?:my|the) (?:calendar|agenda|diary))\b", re.I)


def intent_key(action: dict[str, Any]) -> str:
    """What decides whether a phone opens it: the URI's scheme, else the intent action."""
    uri = action.get("uri")
    return uri.split(":", 1)[0].lower() if uri else str(action.get("intent") or "")


def device_key(apps: Sequence[AppInfo]) -> str:
    """A stable name for a phone's set of apps (which handlers it has)."""
    return hashlib.sha1(" ".join(sorted({a.package for a in apps})).encode()).hexdigest()[:16]


def deep_links(task: str) -> list[tuple[dict[str, Any], str]]:
    """``(open_uri fields, why)`` for what ``task`` names, most specific first."""
    values = task_values(task)
    phone = next((v.text for v in values if v.kind == "phone"), None)
    email = next((v.text for v in values if v.kind == "email"), None)
    message = next((v.text for v in values if v.kind == "message"), None)
    found: list[tuple[dict[str, Any], str]] = []
    number = re.sub(r"[^\d+]", "", phone or "")
    if number and _CALL.search(task):
        found.append(({"uri": f"tel:{number}"}, f"open the dialer with {phone}"))
    if number and _TEXT.search(task):
        body = f"?body={quote(message, safe='')}" if message else ""
        found.append(({"uri": f"smsto:{number}{body}"}, f"open a text to {phone}" + (" with the message" if body else "")))
    subject = next((v.text for v in values if v.kind == "title"), None)
    own_content = not _ELSEWHERE.search(task) and not any(v.kind == "file" for v in values)
    if email and own_content and _MAIL.search(task):
        fields = "&".join(f"{k}={quote(v, safe='')}" for k, v in (("subject", subject), ("body", message)) if v)
        found.append(({"uri": f"mailto:{email}" + (f"?{fields}" if fields else "")}, f"open a new mail to {email}"))
    place = _PLACE.search(task)
    if place:
        query = place.group("q").strip(" .")
        found.append(({"uri": f"geo:0,0?q={quote(query, safe='')}"}, f"search the map for {query}"))
    web = _WEB.search(re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", task))
    if web and _WEB_VERB.search(task) and not re.fullmatch(r"[\w-]+\.(?:txt|pdf|jpe?g|png|docx?|mp[34])",
                                                              web.group("host"), re.I):
        url = f"https://{web.group('host')}{(web.group('path') or '').rstrip('.,;')}"
        found.append(({"uri": url}, f"open {url} in the browser"))
    if own_content and _EVENT.search(task):
        found.append(({"uri": CALENDAR_EVENTS, "intent": INSERT}, "open a new calendar event"))
    if _SETTING_VERB.search(task):
        found += [({"intent": action}, f"open the {pattern.search(task).group(0)} settings page")  # type: ignore[union-attr]
                  for action, pattern in SETTINGS_PAGES if pattern.search(task)][:1]
    return [(fields, why) for fields, why in found if _valid(fields)]


def offer(task: str, ranked: list[Candidate], history: Sequence[dict[str, Any]], device: object,
          knowledge: KnowledgeHint | None = None) -> list[Candidate]:
    """``ranked`` with a deep-link candidate first when the task names one this device may open;
    with a memory (``knowledge``), the outcome of the last one is learned per device."""
    memory = IntentMemory(knowledge.knowledge.db) if knowledge is not None else None
    apps = device_apps(device)
    if memory is not None and history and history[-1].get("kind") == "open_uri":
        key = history[-1].get("key", "").split(" ")[1:2]  # "open_uri tel:555 …": learn what the phone did
        if key:
            memory.record(device_key(apps), intent_key({"uri": key[0]} if ":" in key[0] else {"intent": key[0]}),
                          worked=history[-1].get("outcome") == "success")
    if not opens_uris(device) or any(h.get("outcome") == "success" and h.get("kind") in ("tap", "type", "open_app")
                                     for h in history):
        return ranked
    tried = {h.get("key", "").split(" ")[1] for h in history if h.get("kind") == "open_uri" and " " in h.get("key", "")}
    refused = memory.refused(device_key(apps)) if memory is not None else set()
    top = max((c.score for c in ranked), default=0.0) + MARGIN
    links = [Candidate({"kind": "open_uri", **fields}, why, top - i * 0.5)
             for i, (fields, why) in enumerate(_links(task))
             if (fields.get("uri") or fields.get("intent")) not in tried and intent_key(fields) not in refused]
    return [*links, *ranked]


def _links(task: str) -> list[tuple[dict[str, Any], str]]:
    """The task's deep links as the ranker reads it (plain wording); a web address written in the raw
    task when the plain one names none (a web address is unambiguous as written)."""
    return deep_links(canonical(task)) or [(f, why) for f, why in deep_links(task) if str(f.get("uri", "")).startswith("http")]


def _valid(fields: dict[str, Any]) -> bool:
    try:
        OpenUri(uri=fields.get("uri"), action=fields.get("intent"))
    except ValueError:
        return False
    return True
