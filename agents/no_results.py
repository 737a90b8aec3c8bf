"""A search's "nothing found" notice names what was NOT found: "No results for 'Teal kettle'".

Apps echo the query in the notice that nothing matched it ("No results for X", "Keine Ergebnisse für „X“",
"「X」に一致する結果はありません"). Such a line holds the thing's name, yet it is the best sign that the thing is
not there: a check for "is X on screen?" must not read it as X shown. Many languages.
"""

from __future__ import annotations

import re

from .perceptor import Screen
from .text import normalize

_NOTICE = re.compile(
    r"\b(?:no (?:results?|matches|matching \w+|items?|products?|contacts?|files?|messages?) (?:found|for|match)|"
    r"no results?\b|nothing (?:found|matches|matched)|(?:couldn['’]t|could not|can['’]t|cannot) find|"
    r"0 (?:results|matches)|keine (?:ergebnisse|treffer)|nichts gefunden|aucun (?:résultat|resultat)|"
    r"sin resultados|no se (?:encontr|hall)\w+|ningún resultado|nessun risultato|nenhum resultado|"
    r"não (?:foi possível encontrar|encontr)\w*|geen (?:resultaten|zoekresultaten)|niets gevonden|brak wyników|"
    r"nie znaleziono|ничего не найдено|нет результатов|не найдено|нічого не знайдено|sonuç bulunamadı|"
    r"bulunamadı|tidak (?:ada hasil|ditemukan)|không tìm thấy|không có kết quả|ingen resultat|inga resultat|"
    r"ei tuloksia)"
    r"|(?:検索結果|結果|一致する\S*)(?:は|が)?(?:ありません|見つかりません)|見つかりませんでした|"
    r"(?:没有|沒有|未)(?:找到|搜索到|搜尋到)|无结果|無結果|暂无(?:结果|相关)|"
    r"(?:검색 )?결과가 없습니다|찾을 수 없습니다|لا (?:توجد|يوجد) نتائج|لم يتم العثور|"
    r"कोई (?:परिणाम|नतीजा) नहीं|नहीं मिल|ไม่พบ|אין תוצאות|לא נמצאו", re.I)


def says_nothing_found(line: str) -> bool:
    """Whether ``line`` is a notice that a search found nothing (it may name the query)."""
    return bool(_NOTICE.search(line))


def seen_outside_fields(screen: Screen) -> str:
    """The screen's words without what its text fields hold (a search box keeps the words typed) and without a
    notice that a search found nothing ("No results for 'X'" names X, but says it is not here)."""
    fields = {f"[{i}]" for i in screen.editable}
    return normalize(" ".join(line for line in screen.lines if line.split(" ", 1)[0] not in fields
                              and not says_nothing_found(line)))
