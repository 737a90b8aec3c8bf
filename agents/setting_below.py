"""A setting asked for in Chinese, Japanese, Korean or Thai that no row on the page names lies further down.

Words of scripts without spaces are compared by letter pairs, so a settings page shares a pair or two
with almost any task ("画面の自動回転をオンにしたい" shares "画面" with "画面消灯" and "自動" with
"明るさの自動調節"). A row names the setting only when the task covers more than half of its title's
pairs, or holds four letters in a row of the task ("テザリング" in "アクセス ポイントとテザリング"); when a task switches a
setting on or off and no row or switch on a scrollable page is named so, the list is scrolled rather than a look-alike
tapped (English tasks: agents/missing.py).

On a page of the Settings app, or an app's own page headed "Settings" (a messenger's "تنظیمات" section, or a
section's "تنظیمات گفتگو", chat settings, whose words then name the page, no row on it), the same
holds for any setting asked for in a script other than Latin
("скинь налаштування мережі", "내비게이션 바 설정 열어줘"): the word for "settings" and the verb name no row,
and a row's word that only shares its stem with the task's ("мережа", "мережі") does, as do the setting's names the
task's words are read as ("вайфай", "блютуз": the rows "Wi-Fi", "Bluetooth"). A row names a setting by its title or by
the summary under it, which lists the settings inside ("Подключения | Wi-Fi • Bluetooth"), or names two of them
joined by the language's "and" ("الأجهزة المتصلة | البلوتوث والإقران"). A task opening an app
("เปิดทรูมันนี่", Thai "open" being "turn on" too) asks for no setting.
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Any

from ..unitext import NO_SPACES
from . import verb_final, word_forms
from .goal import parse_goal
from .opened_apps import opened
from .perceptor import Screen
from .text import words


def names(title: str, said: set[str]) -> bool:
    """Does the task name this title: more than half of its letter pairs, or a whole spaced word of it? A title
    joining two settings with the language's "and" ("通知与控制中心", "音とバイブレーション") names each of them."""
    for part in _JOINED.split(title) if NO_SPACES.search(title) else [title]:
        own = words(part)
        pairs = {w for w in own if NO_SPACES.search(w)}
        if len(pairs & said) * 2 > len(pairs) if pairs else bool(own & said):
            return True
    return False


_JOINED = re.compile(r"(?<=[^\W\d_])(?:与|和|及|與|と|และ)(?=[^\W\d_])")  # "and" between two names, unspaced scripts


# The word for "settings" in the languages phones ship: on a settings page it names every row.
_SETTINGS = frozenset(words("settings setting 設定 설정 设置 設置 настройки настройка налаштування налаштувань ajustes "
                            "configuración configurações configuração paramètres réglages einstellungen impostazioni "
                            "ustawienia nastavení instellingen inställningar ayarlar pengaturan setelan cài đặt "
                            "ρυθμίσεις الإعدادات إعدادات הגדרות तंत्र सेटिंग सेटिंग्स সেটিংস การตั้งค่า تنظیمات ترتیبات "
                            "баптаулар sozlamalar тохиргоо პარამეტრები կարգավորումներ ቅንብሮች அமைப்புகள்",
                            stopwords=frozenset()))
_LETTER = re.compile(r"[^\W\d_]")
_HEADING = 3  # words of a settings page's heading


def _foreign_settings(task: str, screen: Screen) -> bool:
    """A settings page (the Settings app's, or any app's page headed "Settings" alone), and a task whose letters are
    mostly not ASCII (Cyrillic, Hangul, Arabic...)."""
    letters = _LETTER.findall(task)
    return (screen.package.endswith(".settings") or bool(_headings(screen))) and bool(letters) and \
        sum(1 for c in letters if c.isascii()) * 2 < len(letters)


def settings_page(screen: Screen) -> bool:
    """A page of the Settings app, or an app's page headed "Settings" in any language."""
    return screen.package.endswith(".settings") or bool(_headings(screen))


def _headings(screen: Screen) -> set[str]:
    """The words of the page's "Settings" heading: "Settings" alone, or a section's ("تنظیمات گفتگو", chat
    settings; "Настройки чатов"), three words at most."""
    found: set[str] = set()
    for index, line in enumerate(screen.lines):
        said = words(line.strip(), stopwords=frozenset()) if index in screen.placed else set()
        if said and said <= _SETTINGS or said & _SETTINGS and len(line.split()) <= _HEADING and \
                not NO_SPACES.search(line):  # unspaced scripts' keys are letter pairs: "Settings" alone there
            found |= said
    return found


def _stem_named(title: str, said: set[str]) -> bool:
    """A spaced word of the title that shares four letters or more, most of the shorter, with a word said
    (accents aside: "Εκτυπώσεις", "εκτύπωσης"), or is another form of it (agents/word_forms.py: Hebrew and Arabic
    write the article in front, "העיצוב הכהה" for the row's "עיצוב כהה")."""
    plain = [_bare(s) for s in said if not NO_SPACES.search(s)]
    return any(len(p := os.path.commonprefix([w, s])) >= 4 and len(p) * 5 >= 3 * min(len(w), len(s))
               for w in map(_bare, words(title)) if not NO_SPACES.search(w) for s in plain) or \
        any(word_forms.weight(s, w) for w in words(title) if not NO_SPACES.search(w) for s in plain)  # "העיצוב": "עיצוב"



def _object_named(title: str, task: str, said: set[str]) -> bool:
    """A verb-final task's object named whole by a title of letter pairs, its first word too: there the first word is
    the object's modifier, not the verb ("알림 소리를 바꿔줘", change the notification sound: the row "알림 소리"). One
    pair besides the first word's must be said; a spaced title sharing the first word alone stays unnamed
    ("स्क्रीनचा रिफ्रेश रेट ...": not "स्क्रीन रंग मोड")."""
    pairs = {w for w in words(title) if NO_SPACES.search(w)}
    every = words(task) - verb_final.verb_words(task) if verb_final.applies(task) else set()
    return bool(pairs & said) and len(pairs & every) * 2 > len(pairs)


def _run_named(title: str, task: str) -> bool:
    """Does a title in a script without spaces hold four letters in a row that the task says ("テザリング" of
    "アクセス ポイントとテザリング" in "テザリングをオンにしたい")? A shared pair or three ("自動", "の自動") names nothing."""
    letters = "".join(c for c in title if NO_SPACES.match(c))
    return any(letters[i:i + _RUN] in task for i in range(len(letters) - _RUN + 1))


_RUN = 4


# What a settings row's summary lists ("Wi-Fi • Bluetooth • Режим полета", "モバイル、Wi-Fi、アクセス ポイント")
_ITEM_WORDS = 3
_PAIR_WORDS = 2  # a summary of two words alone is two names joined ("البلوتوث والإقران"); one word is a state ("Off")
_ITEMS = re.compile(r"\s*(?:[,，、،;؛•·]|\s\|\s)\s*")
_NAME_LETTERS = 4


def _names(label: str) -> list[str]:
    """The names a row gives: its title, and each setting its summary lists, two or more short names (a row
    "Подключения | Wi-Fi • Bluetooth" holds the Bluetooth switch asked for: it is tapped, not scrolled past)."""
    title, _, summary = label.partition(" | ")
    items = [item for item in _ITEMS.split(summary) if item]  # a list of names, not a sentence describing the row
    if len(items) == 1 and 1 < len(items[0].split()) <= _PAIR_WORDS and not re.search(r"\d", items[0]):
        return [title, items[0]]  # two names joined by the language's "and" ("البلوتوث والإقران", Bluetooth and pairing)
    if len(items) == 1 and NO_SPACES.fullmatch(items[0]) and len(items[0]) >= _NAME_LETTERS:
        return [title, items[0]]  # one setting named without spaces ("电池 | 省电模式"); a state is shorter ("已关闭", "オフ")
    return [title, *(item for item in items if len(item.split()) <= _ITEM_WORDS)] if len(items) > 1 else [title]


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise scrolling down (in place) for a setting said in a script without spaces, or in another language
    on a Settings page, that no row names."""
    goal = parse_goal(task)
    switch = goal.want_on is not None and bool(NO_SPACES.search(task))
    if not (switch or _foreign_settings(task, screen)) or not out or \
            not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return
    page = _headings(screen)  # ("...تو تنظیمات گفتگو روشنش کن": the page's own heading names the page, no row on it)
    said = goal.toggle_words if switch else words(task) - goal.verbs - _SETTINGS - page
    said = said | (goal.words - goal.verbs - _SETTINGS - page if said and not switch else set())  # "вайфай": also "wifi"
    if not said or any(c.action.get("kind") == "open_app" and opened(task, c.action.get("app", "")) for c in out):
        return  # "เปิดทรูมันนี่": opening an app, no setting
    titles = [name for i in screen.actionable if i not in screen.editable for name in _names(screen.labels.get(i, ""))]
    if any(names(title, said) or _run_named(title, task) or not switch and _stem_named(title, said)
           or _object_named(title, task, said)
           for title in titles if title):
        return
    down = [c for c in out if c.action == {"kind": "swipe", "direction": "down"}]
    if down:
        down[0].score = max(c.score for c in out) + 0.5
