"""Which kind of app keeps the thing a task names its object by: the app to open first.

A two-app task often names the app it ends in ("... its rating in Maps", "a Signal group ...") while its object is
known only by something another kind of app keeps: a place named by an event ("the place of my "Team dinner" on
Friday"), a restaurant named by a mail ("the café Ana emailed me about", "the place Bo suggested in his email"), people
named by a state the contacts app keeps ("my starred contacts", "everyone I've favourited"), places by the maps app's
list ("my saved places"). That app is opened first: the end app cannot find what it never saw. A task that names no
app at all needs the same app for the same reason ("move my "Yoga" to the day of my "Offsite"": events are moved in a
calendar). Grammar only: report verbs, possessives and kept states in several languages; the kinds are
app_choice.CATEGORIES' keys (their first app word: "mail", "calendar", "contacts", "maps").
"""

from __future__ import annotations

import re

_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|(?:next|this|last)\s+(?:week|month)"
        r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d\d-\d\d"
        r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|montag|dienstag|mittwoch|donnerstag|freitag"
        r"|samstag|sonntag|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain")
_TITLE = r"(?:[\"“«„][^\"“”«»„]{1,60}[\"”»“]|(?-i:[A-Z])[\w'’\-]*(?:\s+[\w'’\-]+){0,3}?)"
# An event: a thing of mine quoted by its title and said with its day ("my "Team dinner" on Friday", "mi "Cena" del
# viernes"), one said to be at a place ("my Team dinner on Friday is at ..."), the place of one ("the venue of my X"),
# or a thing said to take place ("where X takes place"). A bare name said with a day is no event ("call my Mom on Friday").
_OWN = r"(?:my|our|mi|mis|mein|meine|meinen|meinem|mon|ma|mes|il\s+mio|la\s+mia)"
_EVENT = re.compile(
    rf"\b{_OWN}\s+[\"“«„][^\"“”«»„]{{1,60}}[\"”»“]\s*(?:\([^)]*\)\s*)?"
    rf"(?:on|this|next|for|at|of|del|el|am|le|du|de|vom|al)?\s*(?:the\s+)?(?:{_DAY})\b"
    rf"|\b{_OWN}\s+{_TITLE}\s+(?:on|this|next)\s+(?:{_DAY})\b[^.;?!]{{0,20}}?\b(?:is|will\s+be|was)\s+(?:at|in)\b"
    r"|\bwhere\b[^.;?!]{1,60}?\btakes?\s+place\b|['’]s\s+venue\b"
    rf"|\b(?:place|venue|location|restaurant|spot|café|cafe|bar)\s+(?:of|where|that)\s+{_OWN}\s+(?:[\"“«„]|(?-i:[A-Z]))"
    rf"|\b{_OWN}\s+(?:[\w'’\-]+\s+){{1,4}}?(?:event|meeting|appointment|booking|reservation)\s+is\s+(?:at|in)\b", re.I)
_ASKED = r"did\s+[\w'\-]+(?:\s+[\w'\-]+)?\s+(?:propose|suggest|recommend|mention|send|share|name)"  # "which café did Ana propose"
# A mail or a text read: its sender's report verb said with "me" or with the medium ("Theo emailed me", "the place
# Bo suggested in his email", "which café did Ana propose by email", "Ana's email", "me lo envió por correo").
_REPORT = (r"(?:suggested|proposed|recommended|mentioned|sent|shared|named|gave|forwarded|told\s+me\s+about|wrote\s+about"
           r"|sugirió|recomendó|envió|mandó|vorgeschlagen|empfohlen|geschickt|suggéré|proposé|recommandé|envoyé)")
_MAIL = re.compile(rf"\b(?:e-?mailed|mailed)\s+(?:me|us)\b|\b(?:{_REPORT}|{_ASKED})\b[^.;?!]{{0,40}}?\b(?:in|by|via|over|per|por|par"
                   r"|en)\s+(?:(?:his|her|their|an|the|that|this|a|su|sa|son|seiner|ihrer)\s+)?(?:e-?mail|mail|correo|courriel)s?\b"
                   r"|\b(?-i:[A-Z])[\w\-]*['’]s\s+(?:last\s+|latest\s+)?e-?mail\b(?!\s+address)", re.I)
_TEXT = re.compile(rf"\b(?:texted|messaged)\s+(?:me|us)\b|\b(?:{_REPORT}|{_ASKED})\b[^.;?!]{{0,40}}?\b(?:in|by|via|over|per|por|par|en)"
                   r"\s+(?:(?:his|her|their|a|the|that|this)\s+)?(?:text|sms|message)s?\b", re.I)
# People chosen by what the contacts app keeps of them; places by what the maps app keeps.
_CONTACTS = re.compile(r"\b(?:starred|favou?rite|favou?rited)\s+(?:contacts|people)\b|\b(?:everyone|everybody|all|those"
                       r"|people|the\s+people)\s+(?:(?:I|I've|I\s+have|we've)\s+)?(?:starred|favou?rited)\b"
                       r"|\bcontact(?:o|)s\s+favorit[oa]s\b|\bcontacts\s+favoris\b|\bfavoritenkontakte\b", re.I)
_PLACES = re.compile(r"\b(?:saved|starred|favou?rite)\s+(?:places|spots|locations|restaurants)\b"
                     r"|\blugares\s+guardados\b|\blieux\s+enregistrés\b|\bgespeicherte[nr]?\s+orte\b", re.I)
# Events moved to another day or time ("move my "Yoga" to the same day as ...", "shift X to whatever day Y is on",
# "reschedule X to Friday"): a calendar's, when no alarm, timer, reminder, file or note is what moves.
_MOVED = re.compile(rf"\b(?:move|shift|reschedule|postpone|push|verschieb\w*|reprograma\w*|déplace\w*|reporte\w*)\b"
                    r"(?:(?!\b(?:alarms?|timers?|reminders?|files?|notes?|photos?|folders?|messages?|e-?mails?)\b)[^.;?!]){1,60}?"
                    rf"\b(?:day|date|weekday|start\s+time|{_DAY})\b", re.I)

KINDS: dict[str, tuple[re.Pattern[str], ...]] = {
    "calendar": (_EVENT, _MOVED),
    "mail": (_MAIL,),
    "messaging": (_TEXT,),
    "contacts": (_CONTACTS,),
    "maps": (_PLACES,),
}


def kept_in(task: str) -> list[str]:
    """The kinds of app (app_choice.CATEGORIES' first app words) keeping what ``task`` names its object by, in the
    order the task says them."""
    found = []
    for kind, patterns in KINDS.items():
        starts = [m.start() for p in patterns for m in p.finditer(task)]
        if starts:
            found.append((min(starts), kind))
    return [k for _, k in sorted(found)]


DAY, OWN, TITLE = _DAY, _OWN, _TITLE  # one grammar of events (agents/source_places.py)

__all__ = ["DAY", "KINDS", "OWN", "TITLE", "kept_in"]
