"""A sum of money said with its currency goes, as digits, into the form's empty amount field, in any language.

"send Nino 50 lari", "ნინოს 50 ლარი გადაურიცხე", "переведи 1500 рублей Ане", "₸ 2 000 to Aigerim": the number
beside a currency (a symbol, an ISO code, or the currency's name in the languages phones ship) is the amount.
A transfer form shows an empty field for it (or one showing its hint: the zero "0 kr", the word "Beløp"), named by its id or label ("amount_input", "Betrag", "Сумма"), or by
the currency shown alone beside it on its row ("GEL", "₾": what every toolkit dumps, ids or none); its
other empty fields (a note, a purpose) take no digits. The digits are typed there, above the rows of recent
transfers that show other sums. A form with no amount field is left to the other rules; so is a task with no
currency beside its number, unless the amount field is focused, or is the only field under the keyboard (the amount step in front: "faz um pix de 50",
"paga 120 a Luis") and the task says one number alone, with no unit after it ("2 fotos", "50 GB", "3 veces").

A top-up or gift-card page offers the sums as a grid of cards instead ("$20 | Vigencia 10 días", "$50", "₹199"):
the card whose title is the sum said, alone with its currency, is tapped, above a promotion that repeats the sum
with more ("¡Recarga $100 o más y llévate 2 GB!") and above the page itself; a page with fewer than three such
cards is no grid of sums.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from . import ui_glossary
from .candidate_lists import raise_or_add
from .fields import is_focused
from .perceptor import Screen
from .text import normalize, words

SYMBOLS = "$€£¥₹₾₸₽₴₺₼₦₱₫₩₪৳₮៛₭฿֏₡₲₵"  # currency signs written beside a sum
# ISO codes and currency names (singular and usual plural or case forms), lower case.
_NAMES = ("usd eur gbp jpy inr gel kzt rub uah try azn ngn php vnd krw ils bdt mnt khr lak thb amd uzs kgs tjs "
          "mmk pkr lkr npr idr myr brl mxn cop ars clp pen zar kes tzs ugx ghs egp mad chf sek nok dkk pln czk huf ron "
          "dollar dollars euro euros pound pounds rupee rupees lari tenge som sum so'm kyat lira manat dram naira peso "
          "pesos rand taka baht đồng ringgit rupiah reais zloty złotych złote koruna korun forint lei "
          "shilling shillings shilingi cedi hryvnia hryvnias ruble rubles rouble roubles yen yuan rmb renminbi won kip riel "
          "riyal riyals dinar dinars dirham dirhams shekel shekels "
          "rupay rupaye rupaiye rupiya rupiye rupaya rupya "  # the rupee as Roman Hindi and Urdu spell it
          "рубль рубля рублей руб гривня гривні гривень грн тенге теңге сом сум драм манат "
          "ლარი ლარს ლარის դրամ ကျပ် টাকা ரூபாய் रुपये रुपए रुपया บาท 元 円 원 块 块钱 塊 塊錢 ريال دينار درهم جنيه روپے ₪ שקל שקלים "
          # the short forms said after the number: krone/krona, złoty, koruna, forint, lev, franc CFA, birr, rand, rupiah
          "kr kn zł zl kč ft лв f fcfa cfa br birr ብር rp rs ksh tsh ush gh₵ ₵ tl "
          # what people call their money in speech ("50 conto" reais, "20 bucks", "10 quid", "30 pavos", "100 баксов")
          "conto contos varos baros pavos balles bucks quid бакс бакса баксов").split()
# Short forms said before the number ("Rp 50.000", "R$ 20", "RM 15", "Rs. 500", "KSh 200", "S/ 30", "kr 250").
_PREFIXES = r"rp|r\$|rm|rs\.?|ksh|tsh|ush|s/|kr|fcfa|cfa|gh₵|₵"
CURRENCY_NAMES = frozenset(_NAMES)  # for other modules that tell a sum by its currency
PREFIXES = _PREFIXES
_NUMBER = r"\d(?:[\d\s.,]*\d)?"
_MARKS = "\u0900-\u0dff\u0e00-\u0eff"  # Indic and Thai vowel signs, which are no \\w: "টাকা", "रुपये"
_SAID = re.compile(rf"(?<![\w.,])(?:(?P<a>{_NUMBER})\s?(?P<unit>[{SYMBOLS}]|[^\W\d_][\w'₵{_MARKS}]*)|"
                   rf"(?P<sym>[{SYMBOLS}]|(?i:{_PREFIXES}))\s?(?P<b>{_NUMBER}))(?![\w{_MARKS}])")
# East Asian sums said with a myriad or a thousand before the currency: "5만원" = 50000, "3万円", "2千块"
_MULTIPLIED = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s?(?P<m>만|万|萬|천|千|억|亿|億)\s?(?=원|円|元|块|塊)")
_UNSPACED_UNITS = "元円원块塊"  # a currency written onto the verb after it ("3万円送って", "500块")
_TIMES = {"만": 10_000, "万": 10_000, "萬": 10_000, "천": 1_000, "千": 1_000, "억": 10**8, "亿": 10**8, "億": 10**8}
# Words naming an amount field (ids are English; labels in the languages phones ship).
_FIELD = frozenset(words("amount sum total summa betrag importe monto montant valor importo kwota bedrag belopp beløb "
                         "сумма сумму сума суму сомасы tutar jumlah miqdor summasi beløp částka částku suma kwotę iznos összeg määrä ποσό "
                         "montante quantia nominal kiasi राशि रकम مبلغ المبلغ סכום", stopwords=frozenset()))
_FIELD_UNSPACED = ("金额", "金額", "금액", "จำนวนเงิน", "ยอดเงิน")  # inside a hint written without spaces


def said_amount(task: str) -> str | None:
    """The digits of a sum the task says with its currency ("50 lari" -> "50", "₾ 1 250" -> "1250"), else None."""
    task = _MULTIPLIED.sub(lambda m: f"{round(float(m['n']) * _TIMES[m['m']])}", task)
    for m in _SAID.finditer(task):
        unit = m.group("unit")
        if m.group("sym") or unit in SYMBOLS or (unit and (normalize(unit) in _NAMES or unit[0] in _UNSPACED_UNITS)):
            digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in re.sub(r"\s", "", m.group("a") or m.group("b")))
            return re.sub(r"[.,]00$", "", digits)
    return None


def amount_field(screen: Screen) -> int | None:
    """The empty field named for an amount by its resource id or its label, else None."""
    for element in screen.editable:
        shown = screen.editable.get(element, "")
        hint = not any(c.isdigit() for c in shown) and _names_amount(shown)  # "Enter amount": its hint, dumped as text
        if element not in screen.actionable or not (_empty(shown) or hint):
            continue
        rid = screen.locators.get(element, {}).get("resource_id", "").rsplit("/", 1)[-1]
        named = re.sub(r"[_\-]", " ", re.sub(r"([a-z])([A-Z])", r"\1 \2", rid))
        zero = shown if shown.strip() else screen.labels.get(element, "")  # "0 kr", "₹0": a sum's field (or its label)
        priced = zero.strip() and _empty(zero) and (any(c in zero for c in SYMBOLS) or
                                                    bool(set(normalize(zero).split()) & set(_NAMES)))
        if hint or priced or _names_amount(f"{named} {screen.labels.get(element, '')}") or _currency_beside(screen, element):
            return element
    return None


def _names_amount(text: str) -> bool:
    """Does a label, id or hint name an amount ("Betrag", "amount_input", "请输入金额")?"""
    return bool(words(text, stopwords=frozenset()) & _FIELD) or any(w in text for w in _FIELD_UNSPACED)


def _empty(text: str) -> bool:
    """A field's text that holds no sum: nothing, or the zero its hint shows ("0 kr", "₹0", "0,00 €", "kr 0.00")."""
    said = re.sub(rf"[\s{SYMBOLS}]", "", " ".join(w for w in normalize(text).split()
                                                 if w not in _NAMES and not re.fullmatch(_PREFIXES, w)))  # "R$ 0,00"
    return not said or re.fullmatch(r"0+(?:[.,]0+)?", said) is not None


def _is_currency(text: str) -> bool:
    """A text that is a currency alone: a symbol, an ISO code or a currency's name ("₾", "GEL", "lari")."""
    said = normalize(text).strip()
    return bool(said) and (all(c in SYMBOLS for c in said.replace(" ", "")) or said in _NAMES)


def _currency_beside(screen: Screen, element: int) -> bool:
    """The field's row shows a currency alone beside it (the "GEL" or "₾" after an amount box): its unit, whatever
    names the field (an id, a label in another language, or nothing)."""
    box = screen.bounds.get(element)
    if not box:
        return False
    shown = [(screen.lines[i], b) for i, b in screen.placed.items() if i < len(screen.lines)] + [
        (screen.labels.get(i, ""), b) for i, b in screen.bounds.items() if i != element]  # a text, or a currency picker
    for text, line_box in shown:
        if not _is_currency(text):
            continue
        middle = (line_box[1] + line_box[3]) / 2
        near = line_box[0] >= box[2] - 20 and line_box[0] - box[2] <= 120 or line_box[2] <= box[0] + 20 and \
            box[0] - line_box[2] <= 120 or line_box[0] >= box[0] and line_box[2] <= box[2]
        if box[1] <= middle <= box[3] and near:
            return True
    return False


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Type the sum said with its currency into the empty amount field, above the rest (in place)."""
    digits = said_amount(task)
    element = amount_field(screen) if digits else None
    if digits is None and (element := amount_field(screen)) is not None and _typing_into(screen, element):
        digits = _bare_number(task)  # the amount step in front: "faz um pix de 50"
    if element is None or not digits or not out:
        return
    top = max(c.score for c in out)
    raise_or_add(out, make, {"kind": "type", "element": element, "text": digits},
                 f'type "{digits}" into [{element}] {screen.labels.get(element, "")}', top + 0.5)


def _typing_into(screen: Screen, element: int) -> bool:
    """The field takes the keys now: focused, or the only field of a screen the keyboard is up over (a dump that
    loses the focus, as Flutter's and React Native's often do)."""
    fields = [e for e in screen.editable if e in screen.actionable]
    return is_focused(screen, element) or (screen.keyboard_shown and fields == [element])


_SUM_TITLE = re.compile(rf"^\s*(?:[{SYMBOLS}]|(?i:{_PREFIXES}))?\s*(?P<n>{_NUMBER})\s*(?:[{SYMBOLS}]|[^\W\d_]{{1,8}}\.?)?\s*$")
_CARDS = 3  # sum cards on a page that offers its amounts as a grid


def _card_sum(label: str) -> str | None:
    """The digits of a card titled by a sum alone ("$100 | Vigencia 30 días", "₹ 1,000", "500 ₽"), else None."""
    match = _SUM_TITLE.match(label.split(" | ")[0])
    if match is None or not any(c in label.split(" | ")[0] for c in SYMBOLS) and not _PREFIXED.match(label):
        return None
    digits = re.sub(r"[\s.,]", "", re.sub(r"[.,]00$", "", match["n"]))
    return digits or None


_PREFIXED = re.compile(rf"^\s*(?i:{_PREFIXES})\s*\d|^\s*\d[\d\s.,]*\s*(?:{'|'.join(map(re.escape, _NAMES))})\b", re.I)


def cards(out: list[Any], task: str, screen: Screen) -> None:
    """Tap the card of the sum said (in place) on a page offering three or more sum cards."""
    digits = said_amount(task) or _bare_number(task)
    if not digits:
        return
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    sums = {id(c): _card_sum(screen.labels.get(c.action["element"], "")) for c in taps}
    if sum(1 for v in sums.values() if v) < _CARDS:
        return
    wanted = [c for c in taps if sums[id(c)] == re.sub(r"[\s.,]", "", digits)]
    if len(wanted) == 1:
        wanted[0].score = max(c.score for c in out) + 0.5


# Words that may follow a sum said alone: to whom or what for ("50 pro João", "120 a Luis", "30 für Miete").
_LINKS = frozenset("to for pro pra para a al à au an für na ke до на за для ให้ untuk buat cho "
                   "kwa wa ya la cha vya za".split())  # (Swahili's "of, for" in each noun class: "1500 ya nauli")
_BARE = re.compile(rf"(?<![\w.,:/#+\-])(?P<n>{_NUMBER})(?![\w%:/°]|[.,]\d)(?:\s+(?P<next>\S+))?")


# Words naming what a number identifies, said just before it ("invoice 4521", "mi número 0991234567", "account 2").
_NAMED_BY = frozenset("invoice account order number no nr ref reference ticket id pin code room seat table "
                      "factura fatura facture fattura rechnung número numero nummer numéro cuenta conta konto compte "
                      "pedido commande ordine bestellung rekening nomor tagihan số номер счёт счет рахунок "
                      "заказ замовлення".split())


def _bare_number(task: str) -> str | None:
    """The task's one number when it stands alone: no unit or counted thing after it, no second number, not a
    number that identifies something (after "invoice", "número", "account"; a phone number's leading 0)."""
    found = list(_BARE.finditer(task)) if len(re.findall(_NUMBER, task)) == 1 else []
    if len(found) != 1:
        return None
    before = normalize(task[:found[0].start()]).split()
    if re.match(r"0\d", found[0].group("n")) or (before and before[-1].strip("#:") in _NAMED_BY):
        return None
    after = normalize(found[0].group("next") or "").strip(",.!?;")
    if after and after not in _NAMES and after not in _LINKS and words(after):
        return None  # "2 fotos", "50 GB", "3 veces": a count of something, not a sum
    return re.sub(r"\s", "", found[0].group("n"))


def paid_where_no_transfer(meant: dict[str, Any], screen: Screen) -> dict[str, Any]:
    """A sum sent is a transfer (agents/ui_glossary.implied); where no control on screen says transfer or send (a person's
    chat in a payments app shows "Pay" and "Request", Venmo's "Pay or Request"), sending it is that screen's Pay:
    the pay concept joins the task's, implied as the transfer is."""
    if "transfer" not in meant or "pay" in meant or any(
            {"transfer", "send"} & ui_glossary.concepts(ui_glossary.control_words(screen.labels.get(i, ""))).keys()
            for i in screen.actionable):  # PayPay's "送る・受け取る" (send / receive) sends it
        return meant
    return {**meant, "pay": meant["transfer"]}
