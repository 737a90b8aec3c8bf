"""Private numbers that only their label tells apart: the label that names the document or the account, then its value.

- ``labelled_ids``: a number after the name of an identity document or a personal tax number, in the languages
  phones ship ("Passport No.: 533...", "PESEL: 9005..." when its check passes, "주민등록번호 8803...", "Driving
  licence number MORGA...");
- ``labelled_accounts``: a bank account number after its label ("Account 0044...", "A/c No:", "Kontonummer",
  "número de cuenta", "счёт", "رقم الحساب"), a UPI id (an address without a domain's dot, at a bank's handle,
  or after "UPI"/"VPA") and a PIX key after "PIX": what an IBAN is in countries that use none;
- ``bank_codes``: the code of a bank or branch after its label, in the form that family of codes takes: sort codes
  and BSBs ("20-45-77", "062-000"), routing, transit, BLZ and BIK numbers, CLABEs (by their check), IFSCs
  ("HDFC0001234") and BICs ("DEUTDEFF500", by their country), kind iban: with the account, they pay the holder;
- ``card_codes``: a card's security code after its label ("CVV 381", "código de seguridad: 4410"), kind card.
"""

from __future__ import annotations

import re

from stdnum import bic

from .pii_spelled import words_of

_NUMBER_WORD = r"(?:\s*(?:number|numbers|num\.?|no\.?|nr\.?|nº|n°|#|numero|número|numéro|numer|nummer|번호|号码|號碼|番号|номер|رقم))?"
_VALUE = r"\s*[:：#.=-]?\s*((?=[A-Z]{0,19}\d)[A-Z0-9]{1,20}(?:[ -][0-9]{2,8}){0,4})(?![\w-])"
_STRONG_ID = re.compile(  # documents and numbers that name themselves: each stands alone
    r"(?<![^\W\d_])(?:"
    r"passport|passeport|pasaporte|passaporto|passaporte|reisepass|paszport|pasaport|паспорт|جواز(?:\s*السفر)?|"
    r"पासपोर्ट|护照|護照|パスポート|여권|"
    r"pesel|nric|hkid|curp|codice\s+fiscale|personalausweis|personnummer|henkilötunnus|fødselsnummer|"
    r"kennitala|steuer-?id|steueridentifikationsnummer|снилс|инн|"
    r"主民登録番号|住民登録番号|주민등록번호|주민번호|외국인등록번호|운전면허(?:번호)?|"
    r"マイナンバー|個人番号|الرقم\s*القومي|رقم\s*الهوية|کد\s*ملی|आधार|पैन|"
    r"(?-i:PAN|NIP|TIN|NIN|BVN|NIK|NIF|RFC|RUT|CNP|EGN|OIB|BSN|SIN|NINO|TCKN)|"
    r"driv(?:ing|er'?s)\s+licen[cs]e|permis\s+de\s+conduire|führerschein|carteira\s+de\s+motorista|"
    r"carnet\s+de\s+conducir|patente|prawo\s+jazdy|водительское\s+удостоверение)"
    r"[^\W\d_]{0,3}" + _NUMBER_WORD + _VALUE, re.I)
_WEAK_ID = re.compile(  # words that name an identity number only with a word for "number" after them ("ID no.")
    r"(?<![^\W\d_])(?:(?:(?:national|identity|voter|tax|citizen)\s+)?(?:id|identity|identification)|"
    r"(?:national|identity|voter|pan|tax|id|aadhaar|citizen)\s+card|licen[cs]e|(?-i:DL))"
    + _NUMBER_WORD[:-1] + _VALUE, re.I)  # the number word is not optional here
_ID_HINT = re.compile(r"\d\d")
# a cheap test before each label pattern: one of its words, or (scripts written without spaces) one of its labels
_ID_WORDS = frozenset(
    "passport passports passeport pasaporte passaporto passaporte reisepass paszport paszportu pasaport паспорт паспорта "
    "جواز पासपोर्ट 여권 여권번호 pesel nric hkid curp fiscale personalausweis personnummer henkilötunnus fødselsnummer "
    "kennitala steuer steuerid steueridentifikationsnummer снилс инн الرقم رقم کد आधार पैन 주민등록번호 주민번호 "
    "외국인등록번호 운전면허 운전면허번호 pan nip tin nin bvn nik nif rfc rut cnp egn oib bsn sin nino tckn "
    "driving drivers driver's permis führerschein carteira carnet patente prawo "
    "водительское".split())
_ID_GLUED = ("护照", "護照", "パスポート", "主民登録番号", "住民登録番号", "マイナンバー", "個人番号", "주민등록번호", "여권")
_ACCOUNT_WORDS = frozenset(
    "account acct acc a/c c/c kontonummer konto kontonr rekeningnummer rekening tilinumero cuenta compte conta conto rachunku "
    "rachunek konta hesap rekening rek akaun khoản счета счёта счет счёт р/с л/с الحساب رقم खाता 계좌번호 계좌 "
    "bankkonto girokonto sparkonto privatkonto bankkontonummer kto účtu účet uctu ucet számlaszám bankszámlaszám "
    "szamlaszam λογαριασμός λογαριασμού חשבון račun računa racun сметка рахунок рахунку рахунка".split())
_ACCOUNT_GLUED = ("账号", "帳號", "账户", "帳戶", "口座", "普通", "当座", "계좌", "บัญชี")
_CARD_WORDS = frozenset(
    "cvv cvv2 cvc cvc2 csc cvn cav2 cid security verification seguridad segurança cryptogramme kartenprüfnummer "
    "prüfnummer sicurezza безопасности cvv-код 보안 보안코드".split())
_CARD_GLUED = ("安全码", "セキュリティコード", "보안")


_WEAK_ID_WORDS = frozenset("id identity identification card licence license dl".split())
_NUMBER_WORDS = frozenset("number no nr num nº n° numero número numéro numer nummer номер 번호 رقم".split())
LABEL_WORDS = (_ID_WORDS | _ACCOUNT_WORDS | _WEAK_ID_WORDS | frozenset(_ID_GLUED + _ACCOUNT_GLUED)) - {"card", "رقم"}


def _names(text: str, words: frozenset[str], glued: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of the ``words`` (as a word) or one of the ``glued`` labels (anywhere)?"""
    return not words.isdisjoint(words_of(text)) or (not text.isascii() and any(label in text for label in glued))


_DATE_OR_YEAR = re.compile(r"(?:19|20)\d\d|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


def pesel_ok(number: str) -> bool:
    """Poland's PESEL: 11 digits, the last a weighted check of the ten before it."""
    if len(number) != 11 or not number.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=False))
    return (10 - total % 10) % 10 == int(number[10])


def labelled_ids(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each identity number in ``text`` that its label or its own format names."""
    if not _ID_HINT.search(text):
        return []
    found = []
    matches = list(_STRONG_ID.finditer(text)) if _names(text, _ID_WORDS, _ID_GLUED) else []
    if not _WEAK_ID_WORDS.isdisjoint(held := words_of(text)) and not _NUMBER_WORDS.isdisjoint(held):
        matches += _WEAK_ID.finditer(text)
    for m in matches:
        value = m.group(1)
        compact = re.sub(r"[ -]", "", value)
        if 6 <= len(compact) <= 20 and sum(ch.isdigit() for ch in compact) >= 4 \
                and any(ch.isdigit() for ch in value.split()[0]) and not _DATE_OR_YEAR.fullmatch(value):
            if m.group().lower().startswith("pesel") and not pesel_ok(compact):
                continue  # a number with a check of its own must pass it (Aadhaar, CPF, DNI: in pii_ids)
            found.append((m.start(1), m.end(1), compact.upper()))
    return found


_ACCOUNT_LABEL = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:bank\s+|checking\s+|savings\s+|current\s+|beneficiary\s+|)(?:account|acct|acc\.?|a/c|c/c)|"
    r"(?:bank|giro|spar|privat)?kontonummer|(?:bank|giro|spar|privat)?konto(?:nr)?|kto|rekeningnummer|rekening|kontonr|"
    r"tilinumero|(?:č[íi]slo\s+)?[úu][čc]tu|[úu][čc]et|(?:bank)?sz[áa]mlasz[áa]m|λογαριασμ[οόώ]ς?[υύ]?|חשבון|"
    r"ra[čc]un(?:a)?|сметка|рахун(?:ок|ку|ка)|"
    r"(?:n[úu]mero\s+de\s+)?cuenta|(?:num[ée]ro\s+de\s+)?compte|(?:n[úu]mero\s+da\s+)?conta(?:\s+corrente)?|"
    r"(?:numero\s+(?:di|del)\s+)?conto(?:\s+corrente)?|(?:numer\s+|nr\.?\s*)?(?:rachunku|konta)|rachunek|"
    r"hesap(?:\s+no)?|nomor\s+rekening|no\.?\s*rek|akaun|số\s+tài\s+khoản|tài\s+khoản|"
    r"(?:номер\s+)?(?:сч[её]та|сч[её]т|р/с|л/с)|رقم\s*الحساب|الحساب|खाता(?:\s*संख्या)?|"
    r"账号|帳號|账户|帳戶|口座番号|口座|(?:普通|当座)(?:預金)?|계좌번호|계좌|เลขที่บัญชี|เลขบัญชี)"
    r"(?:\s*(?:number|no\.?|nr\.?|n\.|nº|n°|#|num(?:ber|ero|éro)?\.?|número|numéro|numer|nummer|номер))?"
    r"\s*[:：#.]?\s*(\d(?:[ .-]?\d){5,25})(?![\w-]|[.,]\d)", re.I)
# a bank named by its name, then on the same line an account number ("우리은행 1002-123-456789", "GTBank 0123456789")
_BANK_WORD = r"(?:bank|banco|banque|banca|bankası|банк|ธนาคาร|은행|銀行|银行|بنك|बैंक)"
_BANK_GLUED = ("ธนาคาร", "은행", "銀行", "银行", "بنك", "बैंक")  # the bank words ``_BANK_WORD`` names, in scripts of their own
_BANK_NUMBER = re.compile(_BANK_WORD + r"[^\n\d:]{0,24}?[:：]?\s?(?<![\d.,])(\d(?:[ -]?\d){7,21})(?![\w.,-])", re.I)
_ALIAS = re.compile(r"(?<![^\W\d_])alias(?:\s+(?:cbu|cvu))?\s*[:：]?\s*([a-z0-9]+(?:\.[a-z0-9]+){1,3})(?![\w.@])", re.I)
_UPI = re.compile(r"@([A-Za-z][A-Za-z0-9]{1,20})(?![\w.@-]*\.[A-Za-z]|[\w@-])")  # the handle; the name before it
_UPI_LABEL = re.compile(r"(?<![^\W\d_])(?:upi|vpa|bhim|gpay|phonepe|paytm)(?![^\W\d_])", re.I)
# the payment-address handles of India's UPI: a bank's name, or "ok" before one (Google Pay), or an app's short one
_UPI_HANDLE = re.compile(r"ok[a-z]{3,12}|[a-z]{2,12}bank|upi|ybl|ibl|axl|apl|paytm|icici|sbi|hdfc|axis|kotak|"
                         r"barodampay|idfc|yesbank|aubank|waicici|jupiteraxis|fam|slice", re.I)
_PIX = re.compile(r"(?<![^\W\d_])pix(?![^\W\d_])[^\n]{0,30}?[:：]?\s*"
                  r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])", re.I)


def labelled_accounts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each bank account number, UPI id and PIX key in ``text``."""
    found = []
    if _ID_HINT.search(text) and _names(text, _ACCOUNT_WORDS, _ACCOUNT_GLUED):
        found += [(m.start(1), m.end(1), re.sub(r"[ .-]", "", m.group(1))) for m in _ACCOUNT_LABEL.finditer(text)]
    lowered = text.lower()
    if ("bank" in lowered or "banc" in lowered or "банк" in lowered) or not text.isascii() and any(
            word in text for word in _BANK_GLUED):
        found += [(m.start(1), m.end(1), re.sub(r"[ -]", "", m.group(1))) for m in _BANK_NUMBER.finditer(text)
                  if not _DATE_OR_YEAR.fullmatch(m.group(1)) and not re.fullmatch(r"\d{1,3}(?:[ ]\d{3})+", m.group(1))]
    if "alias" in words_of(text):
        found += [(m.start(1), m.end(1), m.group(1).lower()) for m in _ALIAS.finditer(text)]
    if "@" in text:
        for m in _UPI.finditer(text):
            start = m.start()
            while start and (text[start - 1].isalnum() or text[start - 1] in "._-") and m.start() - start < 40:
                start -= 1
            if m.start() - start >= 2 and (_UPI_HANDLE.fullmatch(m.group(1)) or _UPI_LABEL.search(text)) \
                    and not (start and text[start - 1] in "+@") and text[start].isalnum():
                found.append((start, m.end(), text[start : m.end()].lower()))
    if "pix" in words_of(text):
        found += [(m.start(1), m.end(1), m.group(1).lower()) for m in _PIX.finditer(text)]
    return found


_BANK_CODE = re.compile(  # searched in lower case, its start's boundary checked apart (the engine skips ahead fast)
    r"(?:sort\s*code|bsb|ifsc(?:\s*code)?|routing|aba|transit|swift|bic|bank\s*code|bankleitzahl|blz|"
    r"бик|clabe|c[óo]digo\s+(?:do\s+|del\s+)?banco|code\s+banque|code\s+guichet|branch\s+code|銀行コード|支店コード)"
    r"(?:\s*(?:/\s*(?:swift|bic|aba))?(?:\s*(?:code|number|no\.?|nr\.?|#|num(?:ber|ero|éro)?\.?|número|номер))?)?"
    r"\s*[:：#.=-]?\s*(\d(?:[ -]?\d){5,17}|[a-z]{4}0[a-z0-9]{6}|[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?)(?![\w-])")
_BANK_CODE_WORDS = frozenset(
    "sort bsb ifsc routing aba transit swift bic swift/bic bic/swift bankleitzahl blz бик clabe banco banque "
    "branch bank".split())
_BANK_CODE_GLUED = ("銀行コード", "支店コード")


def clabe_ok(number: str) -> bool:
    """Mexico's CLABE: 18 digits, the last a check over the 17 before it (weights 3, 7, 1)."""
    total = sum(int(d) * w % 10 for d, w in zip(number[:17], (3, 7, 1) * 6, strict=False))
    return len(number) == 18 and (10 - total % 10) % 10 == int(number[17])


def bank_codes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each bank or branch code after its label ("Sort code 20-45-77", "IFSC: HDFC0001234")."""
    if not _names(text, _BANK_CODE_WORDS, _BANK_CODE_GLUED):
        return []
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter that lowers to two ("İ"): offsets would move
        return []
    found = []
    for m in _BANK_CODE.finditer(lowered):
        if m.start() and lowered[m.start() - 1].isalpha():
            continue  # inside a word ("database")
        value = text[m.start(1) : m.end(1)]
        compact = re.sub(r"[ -]", "", value).upper()
        if compact.isdigit():
            if len(compact) == 18 and not clabe_ok(compact) or len(set(compact)) == 1:
                continue  # an 18-digit CLABE must pass its check
        elif not (compact[4] == "0" and len(compact) == 11 or bic.is_valid(compact)) or not value.isupper():
            continue  # an IFSC, or a BIC of a real country, written in capitals
        found.append((m.start(1), m.end(1), compact))
    return found


_CARD_CODE = re.compile(
    r"(?<![^\W\d_])(?:cvv2?|cvc2?|csc|cvn|cav2|cid|security\s+code|card\s+(?:verification|security)(?:\s+(?:value|code|number))?|"
    r"c[óo]digo\s+de\s+seguridad|c[óo]digo\s+de\s+segurança|cryptogramme(?:\s+visuel)?|kartenprüfnummer|prüfnummer|"
    r"codice\s+di\s+sicurezza|kod\s+cvv|код\s+безопасности|cvv-код|安全码|セキュリティコード|보안\s*코드)"
    r"(?:\s*(?:code|no\.?|number|#))?\s*[:：#=]?\s*(\d{3,4})(?![\d.,/:-]?\d)", re.I)


_AFTER_EXPIRY = re.compile(  # a card's expiry right after it, then a lone group of three or four digits: its security code
    r"[\s·•|,;/-]{1,4}(?:[^\W\d_]{2,10}[\s.:]{0,3})?(?:0[1-9]|1[0-2])\s?[/-]\s?(?:\d\d|20\d\d)[\s·•|,;/-]{1,4}(\d{3,4})"
    r"(?![\d/.,:-]?\d)")


def codes_after_cards(text: str, cards: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, digits) of the security code pasted after a card and its expiry with no label ("5523 ... · 09/27
    · 418", "4111 ..., exp 11/28, 731")."""
    return [(m.start(1), m.end(1), m.group(1)) for _, end in cards if (m := _AFTER_EXPIRY.match(text, end))]


def card_codes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each card security code after its label ("CVV 381", "código de seguridad: 4410")."""
    if not _ID_HINT.search(text) or not _names(text, _CARD_WORDS, _CARD_GLUED):
        return []
    return [(m.start(1), m.end(1), m.group(1)) for m in _CARD_CODE.finditer(text)]


__all__ = ["LABEL_WORDS", "bank_codes", "card_codes", "codes_after_cards", "clabe_ok", "labelled_accounts", "labelled_ids", "pesel_ok"]
