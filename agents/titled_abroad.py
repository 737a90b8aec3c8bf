"""A new item's name said unquoted after the word for "named"/"titled" in the languages phones ship.

"crea una nota llamada Compras del mes", "erstelle eine Playlist namens Sommer", "crée une liste intitulée Courses",
"создай заметку с названием Покупки", "buat catatan bernama Belanja", "tạo ghi chú tên là Mua sắm", "新建一个叫购物清单的笔记",
"장보기라는 이름으로 메모 만들어줘": the name is quoted after "titled" ('... titled "Compras del mes"'), as an English task
says it (agents/values.py reads a quote after "titled" as the title to type). The name runs to the clause's end (a
comma, "and", "with", "in" in that language; Arabic "and his X" written as one word, "ورقمه"); a marker with no name after
it, or a task with quotes, is left alone.
"""

from __future__ import annotations

import re

# The word for "named/titled" before the name (Romance, Germanic, Slavic, Greek, Turkish, Indonesian, Vietnamese, Arabic,
# Persian, Hindi).
_BEFORE = (r"llamad[oa]s?|titulad[oa]s?|con\s+el\s+(?:nombre|título)|de\s+nombre|chamad[oa]s?|intitulad[oa]s?|com\s+o\s+"
           r"(?:nome|título)|de\s+nome|appelée?s?|intitulée?s?|nommée?s?|avec\s+le\s+(?:nom|titre)|chiamat[oa]|intitolat[oa]|"
           r"con\s+(?:il\s+)?(?:nome|titolo)|namens|mit\s+dem\s+(?:namen|titel)|betitelt|genaamd|met\s+de\s+naam|met\s+de\s+titel|"
           r"som\s+heter|med\s+namnet|med\s+navnet|med\s+titlen|с\s+названием|под\s+названием|с\s+именем|з\s+назвою|"
           r"під\s+назвою|o\s+nazwie|pod\s+nazwą|zatytułowan[aey]|s\s+názvem|nazvan[aáéý]|με\s+τίτλο|με\s+όνομα|"
           r"bernama|berjudul|dengan\s+nama|dengan\s+judul|yang\s+namanya|tên\s+là|có\s+tên|với\s+tên|"
           r"باسم|بعنوان|به\s+نام|با\s+عنوان|नाम\s+से|नामक")
_END = (r"\s*(?:[,;.!?،，。]|\s(?:an|auf|ein|hinzu|bitte)\s*$|\s(?:y|e|et|und|en|och|og|и|і|i|oraz|a|και|dan|và|and|con|com|avec|mit|met|med|с|з|z|dengan|"
        r"với|para|pour|für|voor|för|for|на|в|w|do|ke|vào|en|in|à|a|al|em|no|na|im|ins|au|nel|nella)\s|$"
        # Arabic writes "and" onto the next word: "and his number" ("ورقمه 050...", "وبريدها ...") ends the name
        r"|\sو[\u0621-\u064A]{3,}(?:ها|هم|ه)(?=\s))")
_AFTER_MARKER = re.compile(rf"(?<!\w)(?:{_BEFORE})\s*:?\s+(?P<v>(?!(?:que|che|dass|de|del|da|do|di|du|von|vom|van|от|від|od|dari|của|of)\s)[^\s,;.!?،，。\"“«].*?)(?={_END})", re.I)
_ARTICLE = re.compile(r"(?<!\w)(?:la|las|el|los|una|unas|un|a|as|o|os|uma|umas|le|les|une|il|lo|gli|mi|mis|tu|tus|su|sus|"
                      r"minha|sua|mia|tua|de|da|do|della|del)\s+$", re.I)
# The name before the marker: Chinese 叫/名为 X 的, Korean X(이)라는 이름, Japanese X という名前 / X って名前.
_CJK = (re.compile(r"(?:叫做?|名为|名為|取名为|取名為|命名为|命名為)(?P<v>[^\s，。,的]{1,20})的"),
        re.compile(r"(?<!\S)(?P<v>\S(?:.*?\S)?)(?:이라는|라는)\s+(?:이름|제목)"),
        re.compile(r"^(?:.*?[をにへで、]\s*)?(?P<v>[^\s、。をにへで]{1,20}?)(?:という|って)(?:名前|タイトル)"))


def titled(text: str) -> str:
    """``text`` with an unquoted name after (or before) the word for "named" said as 'titled "..."'."""
    if re.search(r"[\"“”«»„「」]", text):
        return text
    for m in _AFTER_MARKER.finditer(text):
        if _ARTICLE.search(text[:m.start()]) or len(m["v"].strip()) < 2:
            continue  # "la llamada perdida", "uma chamada": the noun (a call), not "named"
        return f'{text[:m.start()]}titled "{m["v"].strip()}"{text[m.end("v"):]}'
    for pattern in _CJK:
        m = pattern.search(text)
        if m and len(m["v"].strip()) >= 2:
            return f'{text[:m.start("v")]} titled "{m["v"].strip()}" {text[m.end("v"):]}'.strip()
    return text
