"""Tasks said in a verb-final language: the act is the last word, not the first.

Hindi, Bengali, Marathi, Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi, Sinhala, Korean and the Ethiopic
script's Amharic and Tigrinya put the verb at the end ("बिजली का बिल भर दो", pay the electricity bill; "Ola से ऑटो
बुक करो", book an auto on Ola; "설정 열어줘"; "ለሄለን ደውል", call Helen). Read as English, their first word (the object, or an app named in Latin letters) is taken for the
verb and then names nothing. A task whose letters are mostly of these scripts has its verb in its last word,
with the word before it when the last is a light verb ("भर दो": "भर"; "बुक करो": "बुक").

A task that switches language puts the thing in Latin letters first and its act in the other language after it
("wifi を切って", "wi-fi 꺼줘", "bluetooth को चालू करो"): a first word in Latin letters that is no request verb of
English (agents/task_verbs.py) is then the object, never the verb; it earns no verb bonus on every label it starts
("Wi-Fi calling" for "wifi を切って"). "call 妈妈" keeps its verb.
"""

from __future__ import annotations

import re
import unicodedata

from .task_verbs import VERBS
from .text import words

# Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala; Hangul; Ethiopic.
_SCRIPTS = re.compile(r"[\u0900-\u0dff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u1200-\u139f\u2d80-\u2ddf]")
_LETTER = re.compile(r"[^\W\d_]")
# Light verbs that follow the main one in Indic scripts: do, give, take, go, come (imperative and polite forms).
_LIGHT = frozenset("करो कर करें करिए कीजिए करना करो। दो दे दें दीजिए देना दो। लो ले लें लीजिए लेना जाओ जा जाएं आओ करा द्या घ्या "
                   "দাও দিন করো করুন কর দে নাও নিন কর। கொடு கொடுங்கள் செய் செய்யுங்கள் చేయి చేయండి ఇవ్వు మాడి "
                   "ಮಾಡು ಮಾಡಿ ಕೊಡು ചെയ്യൂ ചെയ്യുക ਕਰੋ ਦਿਓ ਦੇ કરો કર આપો".split())


def applies(task: str) -> bool:
    """Most of the task's letters are of a verb-final script (Latin app names among them do not count)."""
    letters = _LETTER.findall(task)
    if not letters:
        return False
    final = sum(1 for c in letters if _SCRIPTS.match(c))
    return final * 2 > len(letters)


def verb_words(task: str) -> set[str]:
    """The keys of the verb of a verb-final task: its last word, and the one before when the last is light."""
    tokens = [t.strip("।.!?,;:\"'") for t in task.split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return set()
    said = tokens[-1:]
    if len(tokens) >= 3 and tokens[-1] in _LIGHT:
        said = tokens[-2:]
    return set().union(*(words(t, stopwords=frozenset()) for t in said))


def lead(task: str, first: set[str]) -> set[str]:
    """The words said as the task's act: ``first`` (its first word's keys) unless the task is verb-final;
    in a task written mostly in another script, a word in Latin letters is a name ("PayPayで…", "用Uber叫车"),
    never its verb."""
    if applies(task):
        return verb_words(task)
    if _mostly_other(task) or _switched(task) and not first & VERBS:
        return {w for w in first if not _LATIN.fullmatch(w)}
    return first


def goal_verbs(task: str, first: set[str]) -> set[str]:
    """The verbs a goal scores labels by: a verb-final task's last word joins its first (a row starting with the
    object said first keeps its pull, "बैटरी सेटिंग खोलो": "बैटरी"); elsewhere as ``lead``."""
    return {w for w in first if not _LATIN.fullmatch(w)} | verb_words(task) if applies(task) else lead(task, first)


_LATIN = re.compile(r"[a-z0-9][a-z0-9.'&+-]*")


def _switched(task: str) -> bool:
    """Does the task hold letters of a script other than Latin (a code-switched task: "wifi を切って")?"""
    return any(not c.isascii() and "LATIN" not in unicodedata.name(c, "") for c in _LETTER.findall(task))


def _mostly_other(task: str) -> bool:
    letters = _LETTER.findall(task)
    return bool(letters) and sum(1 for c in letters if c.isascii()) * 2 < len(letters)
