"""The act of a task written without spaces: its opening words, not every pair of its letters.

Chinese, Thai, Lao and Khmer write a whole request as one run ("帮我找一下3月的报销单", "ขอดูสลิปค่าไฟเดือนที่แล้ว").
Read as a spaced language, the run is the task's first word, so every pair of its letters became a goal verb and a
row sharing any pair with the object ("微信", "ไฟ") earned the verb bonus. These languages put the act first, after
a courtesy opener ("请", "帮我", "麻烦"; Thai "ขอ", "ช่วย", "กรุณา"; Lao "ຊ່ວຍ", "ກະລຸນາ"; Khmer "សូម", "ជួយ"), so the
verb is the run's start with the opener set aside (applied to Chinese only for now: a Thai object's letter pairs,
half a word each, still need the verb bonus to beat a row holding the verb). Chinese may put the object or a party first with 把/将/给/用
("把这首歌设为铃声"): the verb follows an object of unknown length, so that run keeps all its keys. Japanese and Burmese end on their verb and are left to their own readers.
"""

from __future__ import annotations

import re

from .text import words

# Han, Thai, Lao, Khmer (Hiragana/Katakana mark Japanese, left out).
_RUN = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_KANA = re.compile(r"[\u3040-\u30ff]")
_MARK = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u17b4-\u17d3]")
# Courtesy and wish openers before the act, longest first where one holds another.
_OPENERS = tuple(sorted((
    # Chinese: please, help me, trouble you, give me, can you, I want (simplified and traditional)
    "请 請 请你 請你 帮 幫 帮我 幫我 你帮我 你幫我 帮忙 幫忙 麻烦 麻煩 麻烦你 麻煩你 给我 給我 能不能 可不可以 可以 "
    "我想 我要 我想要 你能 你可以 劳驾 勞駕 "
    # Thai: may I / I ask, help, please, kindly, (sorry to) trouble, I want
    "ขอ ช่วย กรุณา โปรด รบกวน ขอให้ ช่วยหน่อย อยาก ฉันอยาก ผมอยาก หนูอยาก เราอยาก อยากจะ "
    # Lao: help, please, may I, I want
    "ຊ່ວຍ ກະລຸນາ ຂໍ ຢາກ ຂ້ອຍຢາກ "
    # Khmer: please, help, I want
    "សូម ជួយ ខ្ញុំចង់ ចង់").split(), key=len, reverse=True))
# The object or another party said before the verb: "把/将" X, "给/跟/向/对/用" X (to, with, towards, by).
_FRONTED = re.compile(r"[把將将给給跟向对對用]")
_LEAD = {"han": 2, "other": 4}  # letters of the act: a Chinese verb is one or two characters, a Thai one up to four


def verb_keys(task: str, first: set[str]) -> set[str]:
    """The verb keys of ``task``'s first word: ``first`` (all its keys) unless the word opens with a run of Chinese,
    Thai, Lao or Khmer, whose act is its start after any courtesy opener (all its keys when Chinese says the object
    or another party first: "把闹钟关掉", "给妈妈打电话")."""
    token = task.split(maxsplit=1)[0] if task.split() else ""
    run = _RUN.match(token)
    if not run or _KANA.search(token) or len(run.group()) <= 2:
        return first
    text = run.group()
    while (opener := next((o for o in _OPENERS if text.startswith(o) and len(text) > len(o)), "")):
        text = text[len(opener):]
    han = "\u3400" <= text[0] <= "\u9fff" or "\uf900" <= text[0] <= "\ufaff"
    if not han:  # Thai, Lao, Khmer: measured to lose 6 DEV fixtures ("เปิดแชทแม่หน่อย": the object's pairs, at half a
        return first  # word each, need the verb bonus to beat a row holding "เปิด"); kept whole until pairs weigh as words
    if han and _FRONTED.match(text):  # "把这首歌设为铃声": the verb follows an object of unknown length
        return first
    size = _LEAD["han" if han else "other"]
    while _MARK.match(text[size:size + 1] or "a"):  # a vowel sign or tone mark belongs to the letter before it
        size += 1
    return words(text[:size], stopwords=frozenset())
