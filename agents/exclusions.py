"""What a task says to leave alone: "turn off Bluetooth scanning but leave Wi-Fi scanning on".

A clause after "but leave / but keep / and leave X alone / except (for) X / but not the X /
without touching X" names a thing NOT to act on, usually the look-alike of the one to act on
(two similar switches, two rows); after "and" only with a state ("and leave X on": "and leave a
review" is an action). Its words are no goal words (its state word is not the task's
either: "on" in "leave X on"), and a control that names it is the wrong one. The same grammar in
Spanish, Portuguese, French, Italiano and German ("pero deja", "mas deixa", "mais laisse",
"ma lascia", "aber lass"). A pronoun ("and keep it on") refers back to the task's own object: no
exclusion then.
The look-alike is said in every language the same way: after a comma, a no-word ("..., not the regular one",
"mitte tavalise boltiga", "ei tavallista", "nicht das normale", "не обычное", "bukan yang biasa"), or a word for
"instead of" / "no need for" ("en vez de", "zamiast", "ko cần ô tô"), or before a postposed no ("normal taksi
değil", "택시 말고", "oddiy emas").
"""

from __future__ import annotations

import re

from .text import words

_PRONOUN = r"(?!(?:it|them|this|that|these|those|one|lo|la|los|las|le|les|es|sie|ihn)\b)"
_STATE = (r"(?:\s+(?:on|off|alone|as is|as it is|untouched|unchanged|enabled|disabled|running|where it is|"
          r"encendido|encendida|activado|activada|ligado|ligada|activé|activée|allumé|acceso|accesa|attivo|attiva|an|ein))?")
_LEAVE = (r"(?:leave|leaving|keep|keeping|deja|dejando|mantén|manten|deixa|deixe|mantenha|laisse|laissez|garde|"
          r"lascia|lasciando|mantieni|lass|lasse|behalte)")
_BUT = r"(?:but|pero|mas|mais|ma|aber)"
_AND = r"(?:and|while|y|e|et|und)"
# A no-word opening a clause after a comma: what follows is the look-alike not meant.
_NOT = (r"not|mitte|ei|eikä|nicht|pas|no|não|non|niet|inte|ikke|nie|ne|не|ні|nu|nem|όχι|bukan|không phải|chứ không phải|"
        r"hindi|ليس|مش|مو|نه|ולא|לא|नहीं")
# "instead of", "rather than", "no need for" before the look-alike.
_INSTEAD = (r"instead\s+of|rather\s+than|statt|anstatt|plutôt\s+que|au\s+lieu\s+d[eu']|en\s+vez\s+de|en\s+lugar\s+de|"
            r"em\s+vez\s+de|invece\s+d[ie]|in\s+plaats\s+van|istället\s+för|i\s+stedet\s+for|zamiast|místo|"
            r"namiesto|вместо|замість|umjesto|umesto|în\s+loc\s+de|αντί\s+για|badala\s+ya|به\s+جای|بدلا\s+من|"
            r"במקום|के\s+बजाय|ko\s+cần|k\s+cần|không\s+cần|khỏi\s+cần|gak\s+usah|nggak\s+usah|tidak\s+usah|"
            r"tidak\s+perlu|gak\s+perlu")
# A no put after the look-alike ("normal taksi değil", "택시 말고", "普通のじゃなくて", "oddiy emas").
_POSTPOSED = r"değil|yerine|emas|o'rniga|емес|орнына|말고|아니고|じゃなくて|ではなく|helyett|sijaan|asemel"
# "- don't change my other notes", "- not to anyone else", "sin tocar las demás", "an niemand sonst": a closing clause
# keeping every other thing or person as it is; it names nothing the request acts on, so it goes.
_OTHERS = (r"(?:(?:my|the|any|all|your) )?(?:other (?:[\w\-]+)|others|anything else|everything else|the rest(?: of them)?"
           r"|any ?one else|any ?body else|no ?one else|nobody else)")
_OTHERS_KEPT = re.compile(
    r"(?:\s*[-–—,;(]\s*|\s+(?=(?:but|and|y|et|und|e|pero|mais|aber|mas|ma|without|sin|sans|ohne|sem|senza)\s))(?:(?:but|and)\s+)?(?:please\s+)?"
    rf"(?:(?:do not|don't|dont|never|without)\s+(?:\w+ing|change|touch|edit|delete|remove|modify|move|open|disturb|alter"
    rf"|close|mess with|send (?:it |this |that )?to|share (?:it |this |that )?with)(?:\s+(?:to|with|in|on))?\s+{_OTHERS}"
    rf"|not (?:to|with|for|in|on)?\s*{_OTHERS}|(?:no ?one|nobody) else|leave (?:the|my|all) (?:other \w+|others|rest) (?:alone|as (?:they|it) (?:are|is))"
    r"|sin tocar (?:las|los) (?:demás|otr[oa]s)|(?:y )?a nadie más|no toques (?:las|los) (?:demás|otr[oa]s)"
    r"|sans toucher (?:aux|les) autres|(?:et )?à personne d'autre|ne touche pas aux autres"
    r"|(?:die|alle) anderen nicht (?:ändern|anfassen)|(?:und )?an niemand(?:en)? sonst|ohne die anderen zu (?:ändern|berühren)"
    r"|sem mexer n[ao]s outr[oa]s|(?:e )?a mais ninguém|senza toccare (?:le|gli) altr[ie]|(?:e )?a nessun altro)"
    r"[^.;!?()\"]{0,40}?\)?(?=\s*[.!?]*\s*$)", re.I)
_CLAUSE = re.compile(
    rf"(?:,\s*|\s+|^)(?:{_BUT}\s+{_LEAVE}\s+{_PRONOUN}(?P<a>[^,.;!?]+?){_STATE}"
    rf"|{_AND}\s+{_LEAVE}\s+{_PRONOUN}(?P<d>[^,.;!?]+?){_STATE.replace(')?', ')')}"
    rf"|(?:except(?:\s+for)?|excepto|salvo|sauf|tranne|außer|without\s+touching|sin\s+tocar|sans\s+toucher)\s+"
    rf"{_PRONOUN}(?P<b>[^,.;!?]+?)"
    rf"|(?:but\s+not|pero\s+no|mas\s+não|mais\s+pas|ma\s+non|aber\s+nicht)\s+"
    rf"(?P<c>(?:the|my|your|its|a|an|el|la|los|las|o|a|le|les|il|lo|der|die|das|den)\s+[^,.;!?]+?)"
    rf"|(?:(?<=,)|(?<=,\s))(?:{_NOT})\s+(?P<e>[^,.;!?]+?)|(?<=\s)(?:{_INSTEAD})\s+(?P<f>[^,.;!?]+?))"
    rf"\s*(?=$|[,.;!?])", re.I)
_POSTPOSED_NO = re.compile(rf"(?<![^,\s])(?P<g>(?:[^\s,.;!?]+\s+)?[^\s,.;!?]+?)\s*(?:{_POSTPOSED})(?=$|[\s,.;!?])", re.I)


def split(task: str) -> tuple[str, str]:
    """(the task without the clauses that name what to leave alone, those things joined by ", ")."""
    left: list[str] = []

    def cut(m: re.Match[str]) -> str:
        left.append(next(g for g in m.groupdict().values() if g))
        return ""
    kept = _POSTPOSED_NO.sub(cut, _CLAUSE.sub(cut, task)).strip(" ,")
    return (kept.strip(), ", ".join(left)) if left and kept.strip() else (task, "")


# A bare "and nobody else" keeps others out only after the people a thing goes to or is shared with; after a told
# message ("Tell Bo I love him and nobody else") it is the message's own words.
_BARE_OTHERS = re.compile(r"[\s\-–—,;(]*(?:and\s+)?(?:please\s+)?(?:no ?one|nobody) else\W*", re.I)
_RECIPIENTS = re.compile(r"\b(?:to|with|only)\s+\S", re.I)


def others_kept(task: str) -> str:
    """``task`` without a closing clause that keeps every other thing or person as it is (see _OTHERS_KEPT)."""
    return _OTHERS_KEPT.sub(lambda m: m.group() if _BARE_OTHERS.fullmatch(m.group()) and not _RECIPIENTS.search(task[:m.start()])
                            else "", task)


def excluded_words(task: str) -> set[str]:
    """Words of what the task says to leave alone that the rest of the task does not say."""
    kept, excluded = split(task)
    return words(excluded) - words(kept) if excluded else set()
