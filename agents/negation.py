"""What a task says not to do, and the button that does not do it.

Negation scopes a verb: "don't delete it", "do not send", "never share", "without deleting it"
put that verb out of the task. A button doing it is the wrong one, and on a dialog that asks to
do it (a question, or AlertDialog's buttons) the dismissive button is the answer: "Cancel", "No",
"Not now", "Keep", the dialog's negative button. "Deny / refuse / decline / reject / block" X
says not to allow X: the deny button ("Don't allow") of the request; so does a task that opens with
a no-word ("no, don't track me", "नहीं, ...", "いいえ"), and on any other dialog its dismissive button. A label negated the same
way ("Don't allow", "Do not disturb") means the opposite of its verb for a task that asks for
the verb itself. Refusing is said so in the languages phones ship: a refusing verb anywhere ("recusa os
cookies", "отклони запрос", "拒绝"), or "let" / "give" under a no-word ("ko cho momo biết vị trí", "no dejes que",
"别让", "주지 마": agents/refusals.py). General grammar and Android's dialog conventions only.
"""

from __future__ import annotations

import re
from typing import Any

from .dialog_roles import button_roles, norm
from .dialog_shape import negative_by_place
from .function_words import FUNCTION_WORDS
from .goal import SYNONYMS
from .perceptor import Screen
from .refusals import withholds
from .text import words
from .unwanted import declined, declines, skips

_NEGATED = re.compile(r"\b(?:do not|does not|don't|dont|never|not|without|no need to|instead of)\s+"
                      r"(?:(?:ever|really|actually|go ahead and|bother to|want to|need to)\s+)?(?P<v>[a-z]+)", re.I)
# Verbs that mean "do not allow": the deny button of a request is their answer.
_REFUSE = frozenset("deny refuse decline reject block disallow forbid revoke".split())
_NOT_VERBS = frozenset("mind a an the any it that this them me you my your".split())
# A task's first word saying no, as people answer a dialog (in the languages phones ship).
_NO_LEAD = frozenset("no nope nah nein nee nö non não nao nie ne нет ні не hayır hayir tidak nggak gak enggak không khong "
                     "ไม่ नहीं नही না لا نه نخیر לא 不 不要 别 別 아니 아니요 아니오 아뇨 싫어 いいえ いや やめて".split())
_NO_LABEL = re.compile(r"^\s*(\w+)\s*(?:[,，、،]|$)")  # a button saying no first, alone or before a comma
_LEAD_TOKEN = re.compile(r"[\s,.!?;:،、。！？]+")
# Refusing verbs by their stems, found at a word's start (imperatives and infinitives alike).
_REFUSE_STEMS = ("refus", "declin", "reject", "recus", "rejeit", "rechaz", "rifiut", "respin", "ablehn", "weiger",
                 "afwijz", "odrzu", "odmów", "odmow", "отклон", "откаж", "запрет", "відхил", "заборон", "reddet",
                 "tolak", "kataa", "usiruhusu", "avvis", "afvis", "hylkää", "elutasít", "odmítn", "απόρρι")
_STATES = ("ed", "ado", "ada", "ados", "adas", "ido", "ida", "é", "ée", "és", "ées", "ato", "ata", "ati")  # "declined": a state
_REFUSE_UNSPACED = ("拒绝", "拒絕", "拒否", "거부", "거절", "ปฏิเสธ", "từ chối", "tu choi", "رفض", "ارفض", "अस्वीकार")
# A task that keeps things as they are ("actually, keep the fries", "mantén la reserva", "оставь как есть"): on a
# dialog asking to change them, its dismissive button is the answer.
_KEEPS = re.compile(r"(?:^|[\s,.!?;:])(?:keep|mantén|manten|mantener|conserva|garde|gardez|conserve|behalte|behalten|"
                    r"mantieni|tieni|houd|zachowaj|оставь|оставить|сохрани|залиш|tut|koru|giữ|pertahankan|biarkan)"
                    r"(?=$|[\s,.!?;:])|保留|留着|留著|そのまま|유지|أبق|ابق|نگه")
# Labels negating their verb ("Don't allow", "Do not disturb", "Never ask").
_NEGATED_LABEL = re.compile(r"^(?:don't|dont|do not|never|not)\s+(?P<v>\w+)")
# Buttons that leave things as they are, besides the dialog roles' words.
_KEEP = ("keep", "behalten", "conservar", "mantener", "garder", "conserver", "mantieni", "manter", "оставить")


def negated_verbs(task: str) -> set[str]:
    """The verbs ``task`` puts out of scope ("don't delete it" -> delete), each with its base forms."""
    out: set[str] = set()
    for m in _NEGATED.finditer(norm(task)):
        verb = m.group("v")
        if verb not in _NOT_VERBS:
            out |= _forms(verb)
    return out


def refuses(task: str) -> bool:
    """The task refuses something ("Deny location access", "recusa os cookies"), says not to let it
    ("ko cho momo biết vị trí") or answers no ("no, don't share my location", "नहीं, ...", "いいえ ...")."""
    said = norm(task)
    first = said.split(" ", 1)[0] if task.strip() else ""
    return first in _REFUSE or says_no(task) or any(w.startswith(_REFUSE_STEMS) and not w.endswith(_STATES) for w in re.findall(r"\w+", said)) \
        or any(stem in said for stem in _REFUSE_UNSPACED) or withholds(said)


def says_no(task: str) -> bool:
    """The task opens with a no-word, the way a dialog is answered ("nope, keep it", "нет, ...")."""
    first = _LEAD_TOKEN.split(norm(task).strip(), 1)[0] if task.strip() else ""
    return first in _NO_LEAD


def _forms(verb: str) -> set[str]:
    """"deleting" -> {deleting, delet, delete}; "sends" -> {sends, send}."""
    forms = {verb}
    if verb.endswith("ing") and len(verb) > 5:
        forms |= {verb[:-3], verb[:-3] + "e"}
    if verb.endswith("s") and len(verb) > 3:
        forms.add(verb[:-1])
    return forms


def _first_word(label: str) -> str:
    return norm(label).split(" ", 1)[0] if label.strip() else ""


def dismissive(screen: Screen, element: int) -> bool:
    label = screen.labels.get(element, "")
    if norm(label).strip() in _questions(screen):
        return False  # "Cancel order" under "Cancel order?": the dialog's yes, whatever its verb means
    roles = button_roles(label, screen.locators.get(element, {}).get("resource_id", ""))
    no = _NO_LABEL.match(norm(label))
    return bool(set(roles) & {"negative", "dismiss", "deny"}) or _first_word(label) in _KEEP \
        or bool(no and no.group(1) in _NO_LEAD) \
        or (not roles and negative_by_place(screen, element))  # "No, keep it", "Ne, palikti"; else by its place


def _questions(screen: Screen) -> set[str]:
    """The questions the screen's texts ask, without their question mark."""
    return {norm(line).strip()[:-1].strip() for line in screen.lines if line.rstrip().endswith(("?", "？", "؟"))}


def asks(screen: Screen) -> bool:
    """A dialog shows: a question among the texts, or AlertDialog's own buttons."""
    question = any(line.startswith("    ") and line.rstrip().endswith(("?", "？", "؟")) for line in screen.lines)
    return question or bool(screen.dialog) or any(screen.locators.get(i, {}).get("resource_id", "").endswith((
        "id/button1", "id/button2")) for i in screen.actionable)


def _offer_shown(task: str, said: str) -> bool:
    """The task opens by turning down a thing the screen offers, dialog or none ("pas intéressé par super" on a
    page saying "Super ...")."""
    content = words(declined(task) or "") - FUNCTION_WORDS  # "premium" of "par premium"; "会员" (one CJK word)
    return any((len(w) > 3 or ord(w[0]) >= 0x2E80) and re.search(rf"(?<!\w){re.escape(w)}", said) for w in content)


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Rescore ``out`` (tap candidates, in place) by what the task says not to do."""
    negated = negated_verbs(task)
    negated |= {alt for verb in negated for alt in SYNONYMS.get(verb, ())}  # "don't buy it": nor "Checkout"
    refusing = refuses(task)
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    doing = {c.action["element"] for c in taps if _first_word(screen.labels.get(c.action["element"], "")) in negated}
    said = " ".join(norm(line) for line in screen.lines)
    asked = _offer_shown(task, said) or asks(screen) and (  # "I don't want premium, ...": the offer turned down
        bool(doing) or any(re.search(rf"\b{re.escape(v)}", said) for v in negated if len(v) > 3)
        or says_no(task) or bool(_KEEPS.search(norm(task))) or declines(task)  # "no, ...", "keep it": not that
        or skips(task) and not any(skips(screen.labels.get(c.action["element"], "")) for c in taps))
    # "skip this fingerprint thing" on a sheet offering it: its "Not now" (one offering to skip: its "Skip" is the act)
    for candidate in taps:
        element = candidate.action["element"]
        label = screen.labels.get(element, "")
        roles = button_roles(label, screen.locators.get(element, {}).get("resource_id", ""))
        if element in doing:
            candidate.score -= 2.0  # it does what the task says not to do
        elif asked and dismissive(screen, element):
            candidate.score += 3.0  # the dialog asks for what the task refuses: leave it undone
        if refusing:
            if "deny" in roles:
                candidate.score += 3.0
            elif set(roles) & {"allow", "allow_foreground", "allow_once", "allow_selected"}:
                candidate.score -= 1.0
        flipped = _NEGATED_LABEL.match(norm(label))
        if flipped and not refusing and _forms(flipped.group("v")) & set(re.findall(r"[\w']+", norm(task))) \
                and not _forms(flipped.group("v")) & negated:
            candidate.score -= 1.5  # "Don't allow" is the opposite of a task that says "allow"
