"""A phrase to translate goes into the source box of a translator, in any language the task is said in.

Translator apps (Google Translate, Papago, DeepL, Yandex, Microsoft, Baidu, Youdao) open on two language
buttons over one text box; "translate X", "X 번역해줘", "Xを翻訳して", "翻译一下X", "traduce X al inglés",
"übersetze X ins Englische", "X'i İngilizceye çevir", "переведи X на английский" want X typed there. The
request names X with its verb (first or last, as the language puts it) and maybe the target language.

The box is the focused field, else the topmost one; a box drawn as a prompt with no field yet ("Enter text", a large
tappable area under the language buttons) is tapped first. The screen must be a translator's: it shows the target
language the task names (English "in German"), its package says so ("…translat…"), or its words say
translate in some language ("번역 기록", "Traducir"). Never for a reference to something already on screen
("translate this message", "이거 번역해줘"): that is no phrase to type. Russian and Ukrainian "переведи" also
means sending money, so there the target language ("на английский") must be said.
"""

from __future__ import annotations

import re
from typing import Any

from .function_words import DEMONSTRATIVES, DEMONSTRATIVES_UNSPACED
from .perceptor import Screen
from .text import normalize

_Q = r"[\"“”'‘’「」『』«»]?"
_X = rf"{_Q}(?P<x>\S.*?){_Q}"
_LANG = r"(?P<lang>[^\s,.!?]+)"
_END = r"\s*[?.!。！？]*$"
_PLEASE = r"(?:(?:please|por favor|bitte|s'il te plaît|per favore|proszę|lütfen|tolong|пожалуйста|будь ласка)[,\s]+)?"
_FORMS = [re.compile(p, re.I) for p in (
    # English, verb first: "translate X (into German)", "how do you say X in German"
    rf"^{_PLEASE}(?:how\s+(?:do|would|can)\s+(?:you|i|we)\s+say|how\s+to\s+say|what(?:'s|\s+is)\s+the\s+\w+\s+for)"
    rf"\s+{_X}\s+(?:in|into|to)\s+{_LANG}{_END}",
    rf"^{_PLEASE}(?:can\s+you\s+)?translate\s+{_X}(?:\s+(?:in|into|to)\s+{_LANG})?{_END}",
    # Romance, Germanic, Slavic, Indonesian and Vietnamese, verb first
    rf"^{_PLEASE}(?:tradu[cz](?:e|a|í|i|ir|ime|eme|ís)?|tradúceme|traduis|traduisez|traduire|traducimi|tradurre|"
    rf"übersetz(?:e|en)?(?:\s+mir)?|vertaal|przetłumacz|terjemah(?:kan|in)|dịch)\s+{_X}"
    rf"(?:\s+(?:al|a|en|para(?:\s+o|\s+a)?|in|ins|auf|naar(?:\s+het)?|na|ke(?:\s+bahasa)?|sang(?:\s+tiếng)?)\s+{_LANG})?{_END}",
    rf"^{_PLEASE}(?:переведи|переведите|переклади|перекладіть)\s+{_X}\s+на\s+(?P<lang>\w+(?:ский|цкий|ську|цьку|ский язык)){_END}",
    # German verb last: "X ins Englische übersetzen"
    rf"^{_X}\s+(?:(?:ins|auf)\s+{_LANG}\s+)?übersetzen{_END}",
    # Turkish, Japanese, Korean, Hindi: verb last
    rf"^{_X}(?:'[a-zıüöçşğ]+)?\s+(?:{_LANG}(?:ce|ca|çe|ça)(?:ye|ya)?\s+)?çevir(?:ir misin|ebilir misin)?{_END}",
    rf"^{_X}\s*を?\s*(?:(?P<lang>[^\s「」『』を、]+語)に)?\s*(?:翻訳|訳)(?:して|してください|して下さい|してくれ|する)?{_END}",
    rf"^{_X}\s*(?:을|를)?\s*(?:(?P<lang>[^\s을를]+어)로\s*)?번역\s*(?:해\s*줘|해\s*주세요|해\s*줄래|해\s*봐|해|하기)?{_END}",
    rf"^{_X}\s+(?:का|को)\s+(?:(?P<lang>\S+)\s+में\s+)?अनुवाद\s+(?:करो|कर\s+दो|कीजिए|करें){_END}",
    # Chinese: "翻译一下X", "把X翻译成英文"; Arabic: "ترجم X إلى الإنجليزية"
    rf"^(?:请|請|帮我|幫我)?(?:翻译|翻譯)(?:一下)?(?:成(?P<lang>\S+?)[:：，,]?)?\s*{_X}{_END}",
    rf"^(?:请|請|帮我|幫我)?把\s*{_X}\s*(?:翻译|翻譯)(?:成|为|為)(?P<lang>\S+?){_END}",
    rf"^(?:ترجم|ترجملي|ترجمي)\s+{_X}(?:\s+(?:إلى|الى|لل)\s*{_LANG})?{_END}",
)]
# A translator's own words, in labels or titles, and its package.
_SCREEN_WORDS = ("translat", "traduc", "tradu", "übersetz", "vertaal", "tłumacz", "çeviri", "çevir", "terjemah",
                 "dịch", "переводчик", "перекладач", "번역", "翻訳", "翻译", "翻譯", "ترجم", "अनुवाद")


def phrase(task: str) -> tuple[str, str] | None:
    """The phrase a translate request asks for and the target language it names (or ""), else None."""
    text = task.strip()
    for form in _FORMS:
        m = form.match(text)
        if m and m.group("x").strip():
            x = m.group("x").strip(" \"“”'‘’「」『』«»")
            lang = (m.groupdict().get("lang") or "").strip()
            return (None if _pointing(x) else (x, lang)) if x else None
    return None


def _pointing(x: str) -> bool:
    lead = normalize(x).split()
    return bool(lead) and len(lead) <= 3 and lead[0] in DEMONSTRATIVES or x.startswith(DEMONSTRATIVES_UNSPACED) and len(x) <= 6


def _translator(screen: Screen, lang: str) -> bool:
    """The screen shows the language named, or is a translator's by its package or words."""
    shown = [screen.labels.get(i, "") for i in screen.actionable]
    if lang and any(normalize(label) == normalize(lang) for label in shown):
        return True
    said = normalize(" ".join([screen.package or "", *shown, *screen.lines]))
    return any(word in said for word in _SCREEN_WORDS)


def entry(out: list[Any], task: str, screen: Screen, make: Any) -> None:
    """Type the phrase to translate into the translator's text box (appended to ``out``)."""
    found = phrase(task)
    if found is None or not _translator(screen, found[1]):
        return
    if not screen.editable:  # the box drawn as a prompt ("Enter text"): tapped, it opens the real field
        box = _prompt_box(screen)
        for candidate in out:
            if box is not None and candidate.action == {"kind": "tap", "element": box}:
                candidate.score = max(c.score for c in out) + 1.0
        return
    focused = [i for i in screen.editable if any(line.startswith(f"[{i}] ") and "focused" in line for line in screen.lines)]
    box = focused[0] if focused else min(screen.editable, key=lambda i: screen.bounds.get(i, [0, 0, 0, 0])[1])
    top = max((c.score for c in out), default=0.0)
    out.append(make({"kind": "type", "element": box, "text": found[0]},
                    f'type "{found[0]}" into [{box}] {screen.labels.get(box, "")}', top + 1.0))


def _prompt_box(screen: Screen) -> int | None:
    """The source box shown as a prompt: the largest tappable element, a short label, at least a tenth of the screen
    tall (the language buttons, camera and voice buttons are small)."""
    height = max((b[3] for b in screen.bounds.values()), default=0)
    best = max((i for i in screen.actionable if i in screen.bounds),
               key=lambda i: (screen.bounds[i][2] - screen.bounds[i][0]) * (screen.bounds[i][3] - screen.bounds[i][1]),
               default=None)
    if best is None or height <= 0:
        return None
    left, top, right, bottom = screen.bounds[best]
    label = screen.labels.get(best, "")
    return best if bottom - top >= 0.1 * height and 0 < len(label.split()) <= 3 and " | " not in label else None
