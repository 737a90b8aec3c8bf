"""Please and thanks of another language around an English request ("Porfa silence the X group, gracias").

Bilingual users write a request in English and its courtesies in their own language: Spanish "porfa",
"gracias", Tagalog "paki", "po", "naman", "salamat", Indonesian and Malay "tolong", "terima kasih", Japanese
"onegai", Nigerian "abeg", a call for attention ("oye", "arre", "uy"), Hindi "bas itna hi", "shukriya", Arabic "yalla", "shukran" ... Such a word names
nothing the task acts on; left in, it reads as a name ("Tolong" as an app or contact) or as the message.
Another language's "then" between two English steps is said "then". A lead is set aside when a pause or an English word follows it, a closing when it ends the request (after a
comma, or at the very end of a request of three words or more for the words that are never anything else), and never
in a message ("Text Ana: gracias", "Text Sofia gracias", "saying merci": the thanks is what is sent; "Call Naman": a
name). Quoted text and a message after a colon are never touched.
"""

from __future__ import annotations

import re

from .referents import CLOSE, HELD, OPEN
from .task_verbs import VERBS
from .text import QUOTED

# Said first: "Porfa, X", "Tolong X", "Onegai, X", "Abeg X".
_LEADS = ("por favor", "porfa", "porfis", "porfavor", "plis", "tolong", "mohon", "onegai shimasu", "onegaishimasu",
          "onegai", "abeg", "biko", "bitte", "s'il te plaît", "s'il vous plaît", "stp", "svp", "per favore", "yalla",
          "min fadlak", "lütfen", "proszę", "пожалуйста", "будь ласка", "tafadhali", "jaldi se", "jaldi", "yaar",
          "bhai",
          # calls for attention said before the request ("Oye, mute X", "Arre, call Bo", "Uy, delete X", "Oya, book X")
          "oye", "arre", "arey", "accha", "acha", "suno", "oiga", "uy", "huy", "oya", "alamak", "aiyo", "aiya")
# Said last: ", gracias", "salamat po", "terima kasih", "bas itna hi", "naman".
_CLOSINGS = ("muchas gracias", "gracias", "porfa", "por favor", "salamat po", "salamat", "thanks po", "thank you po",
             "po", "naman", "terima kasih", "makasih", "makasi", "arigatou", "arigato", "domo arigato", "danke schön",
             "danke", "merci beaucoup", "merci", "grazie mille", "grazie", "obrigado", "obrigada", "valeu", "shukriya",
             "dhanyavaad", "dhanyawad", "bas itna hi", "bas itna", "bas", "yaar", "ji", "lah", "leh", "dong", "deh",
             "спасибо", "дякую", "asante sana", "asante", "shukran", "teşekkürler", "sağ ol", "cảm ơn", "xie xie",
             "kamsahamnida", "please o", "abeg")
# Closings that are never a word of an English request: they go even without a comma before them.
_ALWAYS = frozenset({"gracias", "muchas gracias", "porfa", "salamat", "salamat po", "thanks po", "thank you po", "naman",
                     "terima kasih", "makasih", "arigatou", "arigato", "shukriya", "dhanyavaad", "dhanyawad",
                     "bas itna hi", "спасибо", "дякую", "shukran", "teşekkürler", "xie xie", "kamsahamnida"})


def _alternatives(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_LEAD = re.compile(rf"^\s*(?:{_alternatives(_LEADS)})(?:\s*[,:!\-–—]\s*|\s+(?=(?-i:[a-z])))(?=\S)", re.I)  # not "Yalla Ludo"
_ENGLISH = frozenset("the my to it this that for from with and your his her their of".split())  # none of them a word of another tongue's request
# Where a message to send starts ("Text Pierre: à demain, merci", "saying muchas gracias"): its words are the user's.
_MESSAGE = re.compile(r":\s|\b(?:saying|says|say|that says|message|reply|tell|text|write)\b", re.I)
_CLOSING = re.compile(rf"(?:\s*,\s*(?:{_alternatives(_CLOSINGS)})|\s+(?:{_alternatives(_ALWAYS)}))"
                      rf"(?:\s*,?\s*(?:{_alternatives(_CLOSINGS)}))*\s*(?P<end>[.!?]*)\s*$", re.I)


# "X in Shop, tapos save it": another language's "then" between two English steps.
_THEN = re.compile(r"(?<=,)\s*(?:and\s+)?(?:tapos|pagkatapos|phir|luego|después|dann|puis|terus|lalu|kemudian|sonra|потом|затем)"
                   r"\s+(?=(?P<v>[a-z]+)\b)", re.I)  # only before an English verb: "dann buche X" stays German


_PAKI = re.compile(r"^\s*paki-?(?P<v>[a-z]+)\b(?:\s+(?:naman|po))*", re.I)


def _english(text: str) -> bool:
    """Is the request said in English (a word of it an English function word or task verb)?"""
    return any(w in _ENGLISH or w in VERBS for w in re.findall(r"[a-z]+", text.casefold()))


def without_mixed_courtesies(task: str) -> str:
    """``task`` without another language's please or thanks around it, its "then" said in English; quotes kept."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:  # as usual_words and courtesies hold them
        held.append(match.group())
        return f"{OPEN}{len(held) - 1}{CLOSE}"

    text = QUOTED.sub(hold, task)
    if not _english(text):  # "bitte nach Köln eintragen, danke": a request in its own language keeps its courtesies
        return task
    text = _LEAD.sub("", text, count=1)
    paki = _PAKI.match(text)  # Tagalog "paki-" (please) on an English verb: "Paki-change naman the name ...": "change the name ..."
    if paki and paki["v"].casefold() in VERBS:
        text = text[:paki.start()] + paki["v"] + text[paki.end():]
    colon = text.find(": ")
    head, message = (text[:colon], text[colon:]) if colon >= 0 else (text, "")
    kept = _THEN.sub(lambda m: " then " if m["v"].casefold() in VERBS else m.group(), head) + message
    closing = _CLOSING.search(kept)
    if closing and not _MESSAGE.search(kept[:closing.start()]) and (
            closing.group().lstrip().startswith(",") or len(kept[:closing.start()].split()) >= 3):
        kept = kept[:closing.start()] + ("" if re.search(r"[.!?]\s*$", kept[:closing.start()]) else closing["end"])
    if not kept.strip(" .!?,"):
        return task
    return HELD.sub(lambda m: held[int(m.group(1))], kept)
