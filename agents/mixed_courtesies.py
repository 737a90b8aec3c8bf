"""Please and thanks of another language around an English request ("Porfa silence the X group, gracias").

Bilingual users write a request in English and its courtesies in their own language: Spanish "porfa",
"gracias", Tagalog "paki", "po", "naman", "salamat", Indonesian and Malay "tolong", "terima kasih", Japanese
"onegai", Nigerian "abeg", Hindi "bas itna hi", "shukriya", Arabic "yalla", "shukran" ... Such a word names
nothing the task acts on; left in, it reads as a name ("Tolong" as an app or contact) or as the message.
Another language's "then" between two English steps is said "then". A lead is set aside when a pause or an English word follows it, a closing when it ends the request (after a
comma, or at the very end for the words that are never anything else). Quoted text is never touched.
"""

from __future__ import annotations

import re

from .text import QUOTED

# Said first: "Porfa, X", "Tolong X", "Onegai, X", "Abeg X".
_LEADS = ("por favor", "porfa", "porfis", "porfavor", "plis", "tolong", "mohon", "onegai shimasu", "onegaishimasu",
          "onegai", "abeg", "biko", "bitte", "s'il te plaît", "s'il vous plaît", "stp", "svp", "per favore", "yalla",
          "min fadlak", "lütfen", "proszę", "пожалуйста", "будь ласка", "tafadhali", "jaldi se", "jaldi", "yaar",
          "bhai", "oye")
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


_LEAD = re.compile(rf"^\s*(?:{_alternatives(_LEADS)})(?:\s*[,:!\-–—]\s*|\s+(?=[a-z]))(?=\S)", re.I)
_CLOSING = re.compile(rf"(?:\s*,\s*(?:{_alternatives(_CLOSINGS)})|\s+(?:{_alternatives(_ALWAYS)}))"
                      rf"(?:\s*,?\s*(?:{_alternatives(_CLOSINGS)}))*\s*(?P<end>[.!?]*)\s*$", re.I)


# "X in Shop, tapos save it": another language's "then" between two English steps.
_THEN = re.compile(r"(?<=,)\s*(?:and\s+)?(?:tapos|pagkatapos|phir|fir|luego|después|dann|puis|terus|lalu|kemudian|sonra|потом|затем)"
                   r"\s+(?=(?-i:[a-z]))", re.I)


def without_mixed_courtesies(task: str) -> str:
    """``task`` without another language's please or thanks around it, its "then" said in English; quotes kept."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match.group())
        return f"\x00{len(held) - 1}\x00"

    text = QUOTED.sub(hold, task)
    kept = _THEN.sub(" then ", _LEAD.sub("", text, count=1))
    kept = _CLOSING.sub(lambda m: "" if re.search(r"[.!?]\s*$", kept[:m.start()]) else m["end"], kept, count=1)
    if not kept.strip(" .!?,"):
        return task
    return re.sub(r"\x00(\d+)\x00", lambda m: held[int(m.group(1))], kept)
