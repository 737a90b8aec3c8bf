"""A temperature asked in any language, and the forecast row of the day it is asked for.

"Wie warm wird es morgen in Köln?", "quelle température fera-t-il demain ?", "¿cuántos grados hace hoy?",
"сколько градусов завтра?", "明天多少度？", "내일 몇 도야?", "how cold will it get tomorrow night?": the kind of value
asked is a temperature ("9°"), whatever the language. English "how warm/cold/hot" is read by answers' own rules; this
is the lexicon of the other languages that phones ship: the interrogative of degrees or temperature ("wie warm",
"wie viel Grad", "quanti gradi", "kaç derece", "几度", "몇 도", "กี่องศา") -- a word of temperature alone ("Temperatur")
is no question ("stell die Temperatur auf 21").

A weather page shows the current value on the place's row ("Köln | 5° · Bedeckt") and the days ahead each on a row of
their own ("Morgen | 80 % | 9° | 4°"). A question about tomorrow is answered by the row that says tomorrow (in the
screen's language: agents/day_words.py), its high unless the task asks the lowest; where no row says tomorrow the answer is not on this
screen (the current value answers another question).
"""

from __future__ import annotations

import re

from .day_words import TOMORROW, says_tomorrow
from .time_leads import ASKED as _ASKED
from .time_leads import QUOTED

# How warm / cold / hot, how many degrees, what temperature: the interrogatives only (not a bare "temperature").
_SPACED = (
    r"wie\s+(?:warm|kalt|heiß|heiss)|wie\s+viel(?:e)?\s+grad|welche\s+temperatur"  # German
    r"|hoe\s+(?:warm|koud|heet)|hoeveel\s+graden|welke\s+temperatuur"  # Dutch
    r"|quelle\s+(?:est\s+la\s+)?temp[ée]rature|combien\s+de\s+degr[ée]s|il\s+fera\s+(?:quelle|combien)"  # French
    r"|qu[ée]\s+temperatura|cu[áa]ntos\s+grados|cu[áa]nto\s+(?:calor|fr[íi]o)"  # Spanish
    r"|che\s+temperatura|quale\s+temperatura|quanti\s+gradi|quanto\s+(?:caldo|freddo)"  # it (the language)
    r"|que\s+temperatura|qual\s+(?:[ée]\s+)?a\s+temperatura|quantos\s+graus|qu[ãa]o\s+(?:quente|frio)"  # Portuguese
    r"|ile\s+(?:jest\s+)?stopni|jaka\s+(?:jest\s+|b[ęe]dzie\s+)?temperatura|jak\s+(?:ciep[łl]o|zimno|gor[ąa]co)"  # Polish
    r"|kolik\s+(?:je\s+|bude\s+)?stup[ňn][ůu]|jak[áa]\s+(?:je\s+|bude\s+)?teplota|jak\s+(?:teplo|zima)"  # Czech
    r"|koľko\s+(?:je\s+|bude\s+)?stup[ňn]ov|ak[áa]\s+(?:je\s+|bude\s+)?teplota"  # Slovak
    r"|c[âa]te\s+grade|ce\s+temperatur[ăa]|c[âa]t\s+de\s+(?:cald|frig)"  # Romanian
    r"|h[áa]ny\s+fok|milyen\s+(?:meleg|hideg|h[őo]m[ée]rs[ée]klet)"  # Hungarian
    r"|hur\s+(?:varmt|kallt|många\s+grader)|vilken\s+temperatur"  # Swedish
    r"|hvor\s+(?:varmt|kaldt|mange\s+grader)|hvilken\s+temperatur"  # Norwegian, Danish
    r"|kuinka\s+(?:l[äa]mmin|l[äa]mmint|kylm[äa]|kuuma|monta\s+astetta)|montako\s+astetta|paljonko\s+on\s+l[äa]mmint[äa]"
    r"|сколько\s+градусов|какая\s+(?:сейчас\s+|будет\s+|завтра\s+)?температура|насколько\s+(?:тепло|холодно)"  # Russian
    r"|скільки\s+градусів|яка\s+(?:буде\s+)?температура"  # Ukrainian
    r"|колко\s+градуса|каква\s+(?:е\s+)?температура"  # Bulgarian
    r"|koliko\s+(?:je\s+)?stupnjeva|kolika\s+(?:je\s+)?temperatura|koliko\s+stepeni"  # Croatian, Serbian
    r"|πόσ(?:ους|οι)\s+βαθμο(?:ύς|ί)|πόση\s+(?:ζέστη|κρύο|θερμοκρασία)|πόσο\s+(?:ζεστό|κρύο|ζέστη)|τι\s+θερμοκρασία"  # Greek
    r"|ka[çc]\s+derece|s[ıi]cakl[ıi]k\s+ka[çc]|hava\s+ka[çc]\s+derece"  # Turkish
    r"|bao\s+nhi[êe]u\s+đ[ộo]|nhi[ệe]t\s+đ[ộo]\s+(?:l[àa]\s+)?bao\s+nhi[êe]u"  # Vietnamese
    r"|berapa\s+(?:derajat|suhu)|suhu(?:nya)?\s+berapa|seberapa\s+(?:panas|dingin)"  # Indonesian, Malay
    r"|ilang\s+degrees?|gaano\s+(?:kainit|kalamig)"  # Filipino
    r"|nyuzi\s+ngapi|joto\s+(?:ni\s+)?ngapi"  # Swahili
    r"|כמה\s+מעלות|מה\s+הטמפרטורה"  # Hebrew
    r"|كم\s+(?:درجة|الحرارة)|درجة\s+الحرارة\s+كم|ما\s+(?:هي\s+)?درجة\s+الحرارة|قديش\s+الحرارة"  # Arabic
    r"|چند\s+درجه|دما\s+چند"  # Persian
    r"|कितना\s+(?:तापमान|गर्म|ठंडा)|तापमान\s+कितना|कितनी\s+(?:गर्मी|ठंड)|कितने\s+डिग्री"  # Hindi
    r"|কত\s+ডিগ্রি|তাপমাত্রা\s+কত"  # Bengali
)
_UNSPACED = r"多少度|几度|幾度|气温多少|氣溫多少|多热|多冷|何度|気温は|몇\s*도|기온|กี่องศา|อุณหภูมิ(?:เท่าไร|เท่าไหร่)"
_LEAD = re.compile(rf"(?<![\w])(?:{_SPACED})(?![\w])|{_UNSPACED}", re.I)

# The lowest of the day asked: minimum, low, at night
_LEAST = re.compile(
    r"(?<![\w])(?:lowest|minimum|min|low|coldest|tiefst\w*|niedrigst\w*|mindestens|laagst\w*|minimal\w*|minim\w*|mínim\w*"
    r"|najni[żz]sz\w*|nejni[žz]š\w*|legalacsonyabb|l[äa]gst\w*|lavest\w*|alhaisin|alin|минимальн\w*|самая\s+низкая"
    r"|en\s+d[üu]ş[üu]k|th[ấa]p\s+nh[ấa]t|terendah|الصغرى|أدنى)(?![\w])|最低|최저|ต่ำสุด", re.I)
_DEGREES = re.compile(r"[-−]?\d+(?:[.,]\d+)?\s*°(?:\s?[CF]\b)?")


def lead(task: str) -> re.Match[str] | None:
    """The words of another language that ask a temperature ("wie warm", "quanti gradi", "几度"), outside quotes, in a
    task that ends with a question mark or starts with them; None otherwise."""
    plain = QUOTED.sub(lambda q: " " * len(q.group(0)), task)
    m = _LEAD.search(plain)
    if m is None:
        return None
    return m if _ASKED.search(plain) or not plain[:m.start()].strip(" ,¿¡") else None


def tomorrow(task: str) -> bool:
    """Whether the task asks about tomorrow, in any language ("morgen", "demain", "明天", "내일")."""
    return says_tomorrow(task)


def least(task: str) -> bool:
    """Whether the task asks the day's lowest ("tiefstens", "la mínima", "最低")."""
    return bool(_LEAST.search(task))


def day_value(texts: list[str], lowest: bool = False) -> str | None:
    """The temperature of tomorrow's row: the first line that says tomorrow and shows a degree value; its highest
    value, or its lowest where ``lowest``. None where no such row shows."""
    for text in texts:
        if not TOMORROW.search(text):
            continue
        found = _DEGREES.findall(text)
        if found:
            pick = min if lowest else max
            return pick(found, key=lambda v: float(re.sub(r"[^\d.,-]", "", v.replace("−", "-")).replace(",", ".")))
    return None
