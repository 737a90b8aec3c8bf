""""How many" asked in other languages: "Wie viele ungelesene E-Mails habe ich?", "¿Cuántos contactos
favoritos tengo?", "未読メールは何件?", "Сколько пропущенных звонков?", "Nimetembea hatua ngapi?".

The interrogative of a count in the languages phones ship (plural forms only, so "cuánto cuesta" or
"wie viel kostet" stay amounts); a price or a time asked with the same word ("сколько стоит", "多少钱",
"kaç para") is no count, nor a time, a length or an age ("combien de temps", "сколько времени", "jam berapa", Swahili "saa ngapi", "quanti
anni", "몇 월"); 多少 stands before the noun counted ("多少封邮件"; "密码是多少", "多少度" ask a value); Romanian
only with its diacritics ("câte", not the name "Cate"); Polish "ile" not in a name ("Ile de France"). A quoted message is no question asked (`Send Bo "combien
de personnes ?"`). The words of the question around it are what is counted (agents/counting.py).
"""

from __future__ import annotations

import re

_SPACED = (r"wie\s*viele|combien(?=(?:\s+[\w'’-]+){0,3}?\s+(?:de\b|d['’]))|cu[áa]nt[oa]s|quant[oa]s|quant[ie]|hoeveel|^ile(?![\s-]+de\b)|сколько|скільки|"
           r"ka[çc](?:\s+tane)?|berapa(?:\s+banyak)?|bao\s+nhiêu|hur\s+många|hvor\s+mange|kuinka\s+monta|montako|kolik|"
           r"hány|câte|câți|πόσ(?:α|ες|οι)|كم|कितने|कितनी|(?:wa|vi|mi|ma|ya|za)?ngapi")  # Hebrew "כמה", Persian "چند" also say "some"
_UNSPACED = r"多少(?=[\u4e00-\u9fff])(?![度钱錢元块塊岁歲号號分点點米秒天年月斤克])|几[个封条张位篇首]|幾[個封條張位篇首]|何[件通個人枚本曲]|いくつ|몇\s*(?:개|통|명|건|장|곡)?"
_LEAD = re.compile(rf"(?<![\w])(?:{_SPACED})(?![\w])|{_UNSPACED}", re.I | re.M)
# "How much" where French says it apart from "how many": "combien" with no "de" noun after it ("combien j'ai envoyé à Awa")
_MUCH = re.compile(r"(?<![\w])combien(?![\w])(?![^?.!,;]*\b(?:de\b|d['’]))", re.I)
# The same word asking a price, money or a time
_NOT_COUNT = re.compile(r"сто(?:и|я)т|стоимост|коштує|钱|錢|元|块|円|원|रुपय|lira\b|ka[çc]\s+para\b|tiền|harga|سعر|ريال|درهم|"
                        r"\b(?:euros?|dollars?|kosten?|kostet|coûte|cuesta|custa|costa|kost)\b|几点|幾點|何時|몇\s*시", re.I)

# A time, a length or an age asked with the same word: the word before it ("Jam berapa", "Saat kaç", "気温はいくつ") or one of the
# two after it ("Combien de temps", "Сколько сейчас времени", "Quanti anni", "몇 월")
_MEASURE_BEFORE = re.compile(r"(?:(?<![\w])(?:jam|pukul|saat|saa|giờ)|(?:気温|温度|年齢|値段|価格|身長|体重|番号|度)(?:は|って)?)\s*$",
                             re.I)
_MEASURE_AFTER = re.compile(r"^\W*(?:\w+\W+)?(?:temps|heures?|ans|années|tiempo|horas?|años|tempo|ore|anni|anos|zeit|"
                            r"stunden|jahre|tijd|uur|jaar|время|времени|час(?:а|ов)?|лет|года|годы|часу|років|jam|tahun|"
                            r"umur|lama|yaş|yıl|saat|lat|godzin|let|roků|hodin|év|óra|ani|χρόνια|ώρα|월|일|살|시|분|"
                            r"며칠)(?![\w])", re.I)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|『[^』]*』")


def lead(task: str) -> re.Match[str] | None:
    """The word of another language that asks a count ("wie viele", "combien de", "何件"); None when none does."""
    asked = _QUOTED.sub(lambda q: " " * len(q.group(0)), task)  # same places, the quoted message blanked
    m = _LEAD.search(asked)
    if not m or _NOT_COUNT.search(asked) or _MEASURE_BEFORE.search(asked[:m.start()]) or _MEASURE_AFTER.match(
            asked[m.end():]) or _some(asked, m):
        return None
    return m


def amount_lead(task: str) -> re.Match[str] | None:
    """The word of another language that asks how much ("combien j'ai payé à Awa"), where no count is asked."""
    asked = _QUOTED.sub(lambda q: " " * len(q.group(0)), task)
    m = _MUCH.search(asked)
    return None if m is None or lead(task) or _MEASURE_AFTER.match(asked[m.end():]) else m


# The same words saying "a few" in a request: "何枚か送って", "사진 몇 장 보내줘" (a request ending, no "whether/how many"
# clause like "몇 개 있는지 알려줘"), "给我发几张照片" (a giving verb before 几, no question asked).
_JA_SOME = re.compile(r"^か(?![？?])")
_KO_CLAUSE = re.compile(r"^[^.,!?？。！\n]*")
_KO_REQUEST = re.compile(r"(?:줘|주세요|줄래요?|주라|줍시다|해\s*봐)\s*[~!.]*\s*$")
_KO_ASKED = re.compile(r"(?:는지|은지|인지|던지|나요|니|까|냐)(?![가-힣])")
_ZH_GIVING = re.compile(r"(?:发|發|给我|給我|传|傳|送|拍|挑|选|選|来|來)\s*$")


def _some(asked: str, m: re.Match[str]) -> bool:
    word, after = m.group(0), asked[m.end():]
    if word.startswith("何"):
        return bool(_JA_SOME.match(after))
    if word.startswith("몇"):
        clause = _KO_CLAUSE.match(after)[0]  # type: ignore[index]
        return bool(_KO_REQUEST.search(clause)) and not _KO_ASKED.search(clause) and "?" not in after
    if word[0] in "几幾":
        return bool(_ZH_GIVING.search(asked[:m.start()])) and not re.search(r"[?？吗嗎呢]", asked)
    return False
