"""A Japanese request says its verb in a conjugated form; a button says it in the dictionary or polite form.

"この宿を予約して" (reserve this inn) asks for the "予約する" button, "カートに入れて" for "入れる", "友達に送りたい"
(I want to send) for "送る": the task says the verb's te-form (して, て, って, いて, んで ...), its wish form (たい)
or polite form (ます) where the button writes the dictionary form. Godan verbs change their last kana (送る:
送り-たい, 送っ-て; 書く: 書き-たい, 書い-て), ichidan verbs drop る (入れる: 入れ-たい, 入れ-て), suru verbs
する (予約する: 予約し-たい, 予約し-て). Nouns that start with the same stem ("予約確認", check reservations) are
another thing. A short button, or one part of a button joining two verbs with "・" or "/" ("送る・受け取る",
send / receive), whose verb the task says in one of those forms gets a bonus.
"""

from __future__ import annotations

import re

from .text import normalize

_BONUS = 1.0
# (the button's ending, the task's endings): suru verbs, the polite ます, ichidan verbs (drop る).
_FORMS = (("します", ("して", "したい", "しま")), ("する", ("して", "したい", "しま")),
          ("ます", ("て", "たい")), ("る", ("て", "たい", "ます", "ましょう")))
# Godan verbs: the dictionary form's last kana -> (its i-row kana, the te-form's ending).
_GODAN = {"う": ("い", "って"), "く": ("き", "いて"), "ぐ": ("ぎ", "いで"), "す": ("し", "して"), "つ": ("ち", "って"),
          "ぬ": ("に", "んで"), "ぶ": ("び", "んで"), "む": ("み", "んで"), "る": ("り", "って")}
_WISH_POLITE = ("たい", "ます", "ましょう", "なさい")
_KANJI = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf々]")


def fit(task: str, label: str) -> float:
    """The bonus for a button saying a verb of a Japanese task in its own form."""
    said, own = normalize(task), normalize(label).strip()
    if not own or len(own) > 12 or "|" in own or " " in own:
        return 0.0
    parts = [p for p in re.split(r"[・/／]", own) if p] if len(own) > 2 else [own]
    return _BONUS if any(form in said for part in parts for form in _asked_forms(part)) else 0.0


def _asked_forms(verb: str) -> set[str]:
    """The forms of a dictionary- or polite-form verb that a task says; a stem of one character only with a kanji
    and in a form of three characters or more ("送りたい", "見たい"; not "見て" inside another word)."""
    out = set()
    for ending, asked in _FORMS:
        stem = verb[: -len(ending)]
        if verb.endswith(ending) and len(stem) >= 2:
            out |= {f"{stem}{a}" for a in asked}
    last, stem = verb[-1:], verb[:-1]
    if last in _GODAN and stem and _KANJI.search(stem[-1]):
        row, te = _GODAN[last]
        te = "って" if verb in ("行く", "いく") else te
        out |= {f"{stem}{row}{a}" for a in _WISH_POLITE} | {f"{stem}{te}"}
        if last == "る":
            out |= {f"{stem}{a}" for a in _WISH_POLITE}
    return {f for f in out if len(f) >= 3 and (len(f) >= 4 or _KANJI.search(f[0]))}
