"""A record of something done before is no way to do it again.

Wallets, ride-hailing and shop apps list what was done: each row of the history shows when (a time
"18:05", a date "12.11.2026", "11월 14일") and how much ("-1.000F", "38,000원", "₸ 1 500"). A task that asks to
do it ("achète 1000 F de crédit Orange") names that row's words too ("Crédit Orange 77 ... | 2 déc., 18:05 |
-1.000F"), yet tapping the row opens a receipt; the tile or button that starts a new one is the way. A record
row therefore yields to the other controls, unless the task asks what was done (a question) or to do it
again ("repeat", "same as last time", "encore", "nochmal", "再"). General conventions, no app's words.
"""

from __future__ import annotations

import re
from typing import Any

from . import ui_glossary
from .answers import asked
from .money_amounts import CURRENCY_NAMES, PREFIXES, SYMBOLS, said_amount
from .perceptor import Screen
from .text import normalize

PENALTY = 1.5
_FITS = 0.25  # a tap the task fits at all (scrolling stands at 0.2)
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)|\d{1,2}\s?(?:월|月)\s?\d{1,2}\s?(?:일|日)")
_SYMBOLS = SYMBOLS + "원円元"  # and the won, yen and yuan as East Asian rows write them
_SIGNED = re.compile(rf"(?<![\w\d])(?:[-−]\s?(?:[{_SYMBOLS}]|[A-Za-z]{{1,3}}\$?)?\s?\d(?![\d]*:\d)|\+\s?[{_SYMBOLS}]\s?\d)")  # "-1.000F", "-Rp50.000", "+ ₹500"
_MONEY = re.compile(rf"[{_SYMBOLS}]\s?\d|\d\s?[{_SYMBOLS}]")
# "Yesterday", and "N days/hours ago", in the languages phones ship: past, so a sum beside it moved.
_YESTERDAY = re.compile(
    r"\b(?:yesterday|gestern|hier|ayer|ontem|ieri|gisteren|gister|wczoraj|вчера|вчора|учора|учора|јуче|кеше|kecha|dün|"
    r"dünən|kemarin|kelmarin|semalam|kahapon|hôm qua|jana|jiya|izolo|tegnap|včera|včeraj|jučer|juče|vakar|eile|dje|"
    r"igår|i går|í gær|eilen|ahir|atzo|onte|ddoe|χθες|кечээ|өчигдөр|дирӯз|أمس|امس|دیروز|אתמול|गतकाल|हिजो|গতকাল|"
    r"நேற்று|నిన్న|ನಿನ್ನೆ|ഇന്നലെ|ગઈકાલે|ඊයේ|ትናንት|ትላንት|გუშინ|երեկ)(?!\w)|"
    r"昨天|昨日|어제|เมื่อวาน|မနေ့က|ម្សិលមិញ|ມື້ວານ", re.I)
# "Today": a sum beside it may be a price to pay today ("Deliver today | 45 kr"), so only a signed one is a record.
_TODAY = re.compile(
    r"\b(?:today|heute|aujourd'hui|hoy|hoje|oggi|avui|gaur|hoxe|vandaag|vandag|dzisiaj|dziś|сегодня|сьогодні|"
    r"днес|денес|данас|бүгін|бүгүн|өнөөдөр|bugün|bugun|bu gün|hari ini|hôm nay|leo|ngayon|yau|namuhla|dnes|danes|"
    r"danas|šiandien|šodien|täna|tänään|idag|i dag|í dag|azi|sot|heddiw|σήμερα|اليوم|امروز|آج|היום|आज|আজ|இன்று|"
    r"ఈరోజు|ಇಂದು|ഇന്ന്|આજે|අද|ዛሬ|დღეს|այսօր)(?!\w)|今天|今日|오늘|วันนี้|ယနေ့|ថ្ងៃនេះ|ມື້ນີ້", re.I)
# "N <unit> ago": a number and its unit before a word of the past ("3 days ago", "2 giorni fa", "3天前", "2일 전") or
# after one ("vor 2 Tagen", "il y a 3 jours", "hace 2 días", "לפני 3 ימים").
_AGO = re.compile(
    r"\d+\s?[^\W\d_]{0,12}\.?\s?(?:ago|geleden|temu|назад|тому|önce|lalu|yang lalu|trước|fa|sitten|sedan|siden|"
    r"zilizopita|napja|órája|perce|پیش|قبل|पहले|আগে|முன்பு|క్రితం|ಹಿಂದೆ|മുമ്പ്|පෙර|በፊት)(?!\w)|"
    r"(?<!\w)(?:il y a|hace|há|πριν(?: από)?|منذ|قبل|לפני|acum|преди|prije|pred|před|prieš)\s\d+\s?[^\W\d_]|"
    r"\bvor\s\d+\s?(?:tag|std|stunde|min|sek|woche|monat|jahr)"
    r"|\d+\s?[^\W\d_]{0,4}\s?(?:前|전)|\d+\s?[^\W\d_]{0,8}ที่แล้ว", re.I)
# A signed sum alone in its part of a row ("-500.00 ETB", "+ ₹1,200", "- Ksh 300", "−12,99 €"): money that moved,
# in or out, with its currency or its cents; a percentage ("-20%") is a discount, not money.
_MOVED = re.compile(r"[-−–+]\s?(?:(?P<pre>[^\s\d]+)\s?)?(?P<sum>\d{1,3}(?:[\s.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:\s?(?P<post>[^\s\d]+))?")
_PART = re.compile(r"\s*[|·•]\s*")
_AGAIN = re.compile(r"\b(?:again|repeat|re-?order|same as (?:last|before)|last time|otra vez|de nuevo|repite|de novo|"
                    r"outra vez|encore|refais|nochmal|erneut|wieder|ancora|ripeti|opnieuw|nogmaals|снова|ещё раз|"
                    r"повтори|знову|отново|ξανά|yine|tekrar|lagi|ulangi|lại|nữa|tena|muli|znovu|opět|ponovno|ponovo|igjen|"
                    r"uudelleen|på nytt|مرة أخرى|دوباره|שוב|फिर से|दोबारा|আবার)(?!\w)|再|もう一度|다시|อีกครั้ง|ซ้ำ", re.I)


def said_past(text: str) -> str | None:
    """"older" where the text says a number of days, hours... ago or a date, "yesterday" where it says yesterday (in
    any of the languages above), else None."""
    return "older" if _AGO.search(text) or _DATE.search(text) else "yesterday" if _YESTERDAY.search(text) else None


def _currency(text: str | None) -> bool:
    return bool(text) and (text[0] in _SYMBOLS or normalize(text).rstrip(".") in CURRENCY_NAMES or
                           re.fullmatch(PREFIXES, text, re.I) is not None)


def moved_sum(label: str) -> bool:
    """A part of the row that is a signed sum alone, with its currency or its cents ("-500.00 ብር", "+ R$ 20",
    "−12,99 €") beside what it was for, and no unsigned price elsewhere in the row (a shop's "59 € | -10 €" is a price
    and its discount)."""
    found, parts = False, [p for p in _PART.split(label.strip()) if p]
    if len(parts) < 2:
        return False  # a chip alone ("+ ₹500" adds to the sum being typed) is no row
    for part in parts:
        m = _MOVED.fullmatch(part.strip())
        if m and (_currency(m.group("pre")) or _currency(m.group("post")) or
                  not (m.group("pre") or m.group("post")) and re.search(r"[.,]\d{2}$", m.group("sum"))):
            found = True
        elif _MONEY.search(part) or said_amount(part) is not None:
            return False  # an unsigned price beside it
    return found


def is_record(label: str) -> bool:
    """A history row: a signed sum alone in its part (:func:`moved_sum`); a time, a full date, "today" or "yesterday"
    with money that moved (a signed amount); a full date, "yesterday" or "N days ago" with an amount (an offer's price
    beside its arrival time or "today" is no record)."""
    if moved_sum(label):
        return True
    past = bool(_DATE.search(label) or _YESTERDAY.search(label) or _AGO.search(label))
    money = bool(_MONEY.search(label)) or said_amount(label) is not None
    return bool((past or _TIME.search(label) or _TODAY.search(label)) and _SIGNED.search(label) or past and money)


# A section heading over rows of what was done: "Recent Airtime Purchases", "Transaction history", "最近交易", "거래 내역".
_RECENT = (r"recent|last|latest|récent|reciente|recente|recenti|letzte|недавн|последн|останн|terakhir|gần đây|son "
           r"|最近|최근|الأخيرة|اخیر|हाल")
_DONE = (r"purchase|transaction|payment|top-?up|recharge|compra|transac|pago|paiement|achat|zahlung|kauf|umsatz|операц|"
         r"платеж|платёж|покуп|транзак|transaksi|pembelian|giao dịch|işlem|交易|付款|购买|購買|充值|거래|결제|معامل|مدفوع|"
         r"تراکنش|लेनदेन|भुगतान")
_HISTORY = re.compile(rf"(?:{_RECENT}).{{0,25}}(?:{_DONE})|(?:{_DONE}).{{0,25}}(?:history|historial|historique|histórico|"
                      rf"verlauf|storico|история|історія|riwayat|lịch sử|geçmiş|记录|記錄|履歴|내역|سجل|تاریخچه|इतिहास)", re.I)


def _listed_record(screen: Screen, element: int) -> bool:
    """A row with a sum under a heading of past records ("MTN 0803 *** 4471 · ₦1,000" under "Recent Airtime
    Purchases"): a record though it shows no date or sign."""
    label = screen.labels.get(element, "")
    money = bool(_MONEY.search(label)) or said_amount(label) is not None
    return money and bool(_HISTORY.search(screen.context.get(element, "").split(" | ", 1)[0]))


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Put each tap on a record row (in place) below the best other tap the task fits, and ``PENALTY`` lower in any
    case, when the task asks to do something, not to read or repeat it."""
    if asked(task) is not None or _AGAIN.search(normalize(task)) or _reads_messages(task):
        return
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    records = [c for c in taps if is_record(screen.labels.get(c.action["element"], ""))
               or _listed_record(screen, c.action["element"])]
    fitting = [c.score for c in taps if c not in records and c.score > _FITS]
    for candidate in records:
        candidate.score = min(candidate.score - PENALTY, max(fitting, default=candidate.score) - 0.5)


_MOVING = frozenset({"send", "transfer", "pay", "topup", "airtime"})  # concepts that move money themselves


def _reads_messages(task: str) -> bool:
    """The task asks for messages and does nothing else ("open my mpesa messages", "abre los SMS del banco"): a
    conversation row quoting a payment ("MPESA | Yesterday | Confirmed. Ksh1,500 sent") is the thread it opens."""
    said = ui_glossary.asked(task)
    return "message" in said and not ui_glossary.acts(task) and not said & _MOVING
