"""Identity numbers no check confirms: a value of identifier shape held by the label of an identity document.

National ids, passports, driving licences, tax, social-security, health-insurance, voter and residence-permit
numbers of many countries carry no check digit; only their label says what they are. A label is read by concept,
each concept in many languages and scripts:

- a document or number that names itself ("passport", "Personalausweis", "cédula", "kimlik", "身份证", "ת.ז",
  "رقم الهوية", "SSN", "NIN", "ИНН");
- a purpose (identity, citizen, tax, social security, health insurance, voter, residence, driving, registration)
  with a noun for a number, card, document or permit ("Voter ID", "Health insurance number", "рег. №",
  "在留カード番号", "Krankenversichertennummer");
- a bare "ID" opening its label ("ID: K4829173"); after another noun it is that thing's id ("Order ID", "User ID").

The value: letters in capitals and digits (four or more), grouped or not, 6-24 characters ("XKT4482917",
"MORRI 657211 AB9CD", "1.020.448.917", "P<UTO4829173"); after its label on the line (a few number words or "is"
between), alone at the start of the next line, or before its label when the label is written right to left
("2849173650 :رقم الهوية"). A label that names an order, booking, invoice, ticket or good first is no identity
document's (pii_checks.named_reference); dates, years and prices are no values.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..unitext import NO_SPACES
from .pii_checks import named_reference
from .pii_spelled import words_of

# each concept: ASCII words (a "*" ends a stem read inside compound words, "_" joins the words of one label) and words
# of other scripts (read anywhere)
_DOCUMENTS = (  # name an identity document or number by themselves
    "passport passports passeport pasaporte passaporto passaporte reisepass paszport paszportu pasaport paspoort pas "
    "ausweis* personalausweis* identiteitskaart identitetskort henkilökortti henkilotunnus henkilötunnus personnummer "
    "fødselsnummer kennitala cédula cedula dni kimlik kitambulisho omang huduma aadhaar aadhar cccd cmnd "
    "führerschein* fuhrerschein* rijbewijs körkort korkort kørekort førerkort ajokortti jogosítvány ehliyet "
    "codice_fiscale curp pesel nric hkid ktp "
    "паспорт снилс инн иин жсн егн пинфл рнокпп jmbg emšo amka αμκα αφμ ταυτότητ διαβατήρ "
    "جواز هوية الهوية هويه کد_ملی کارت_ملی شناسنامه زهות ת.ז דרכון पासपोर्ट आधार पैन पहचान "
    "护照 護照 パスポート 여권 身份证 身分證 身分証 マイナンバー 個人番号 住民登録 주민등록 주민번호 외국인등록 운전면허 "
    "運転免許 驾驶证 駕照 駕駛執照 บัตรประชาชน ประจำตัวประชาชน หนังสือเดินทาง ใบขับขี่ căn_cước chứng_minh hộ_chiếu "
    "bằng_lái").split()
_ACRONYMS = frozenset(  # written in capitals: the acronym of a personal number ("PAN" and "pan" differ)
    "SSN SIN NIN TIN TFN PAN NIK NIF NIE NIR NSS NUSS RFC RUT CUIT CUIL CURP CNP EGN BSN NINO TCKN CPF RG BVN NHS PPS "
    "IRD NIC CNIC NRIC FIN BRP EPIC INE CIN CNI CIE HKID KTP AMKA JMBG OIB CCCD CMND NHIF NSSF SSNIT KRA DL UMCN "
    "ИНН ИИН СНИЛС ЖСН ЕГН ПИНФЛ РНОКПП ΑΜΚΑ ΑΦΜ".split())
_PURPOSES = (  # what a number is for: with a noun below ("Voter ID", "tax number", "Versichertennummer")
    "identity identification ident identidad identidade identité identita identità identiteit identitet identitas "
    "identificación identificacion identificação identificazione identifikation identifikasi identyfikacyjny "
    "tożsamości totožnosti kişi personal personale persoonlijk persönliche personnel pessoal osobisty osobní "
    "national nacional nazionale nationale citizen citizenship ciudadanía ciudadania cidadão cidadao citoyen bürger* "
    "obywatel* vatandaş* kependudukan warga công_dân civil civile "
    "tax taxpayer fiscal fiscale tributaria tributária impuesto contribuyente steuer* belasting skatt* podatk* "
    "daňové adó vergi vero veronumero verotunnus pajak npwp thuế cá_nhân "
    "social sozial* sociale sociaal security seguridad segurança sécurité sicurezza insurance insured versicher* "
    "assurance assicura* seguro verzeker* ubezpiecz* pojišt* sigorta asuransi bảo_hiểm bima pension rente pensjon "
    "health santé salud saúde salute gesundheit kranken* zdrowot* kesehatan bpjs medicare medicaid patient sanitaria "
    "sanitario vitale afya "
    "voter voting elector electoral électeur elettorale eleitor wähler* kiezer wyborc* seçmen pemilih cử_tri "
    "residence resident residency séjour sejour residencia residência soggiorno aufenthalt* verblijf* pobyt* ikamet "
    "alien immigration immigrant foreigner foreign ausländer* extranjero extranjería étranger estrangeiro straniero "
    "cudzoziem* yabancı иностран* green_card "
    "driving driver drivers driver's conducir condução conduire guida motorista mengemudi lái_xe udereva "
    "registration reg registro immatriculation регистрац* рег "
    "личност* особ* гражданин* налог* податк* страхов* медицин* полис избират* водительск* посвідч* "
    "ταυτότητ* φορολογ* ασφάλισ* "
    "مدني وطني وطنية الوطني الضريبي ضريب تأمين صحي إقامة اقامة الإقامة قيادة ناخب ملی مالیات بیمه اقامت رانندگی "
    "זהות מס ביטוח נהיגה "
    "नागरिक कर बीमा स्वास्थ्य मतदाता निवास ड्राइविंग "
    "公民 国民 居民 纳税 納稅 税务 税務 社会保障 社會保障 社保 医保 醫保 保险 保険 選挙 选民 选举 在留 居留 驾驶 駕駛 運転 "
    "국민 납세 보험 선거 체류 거소 ประชาชน ภาษี ประกัน ผู้มีสิทธิ").split()
_NOUNS = (  # a number, card, document or permit (and the words that write "number")
    "id ids card carte carta tarjeta cartão cartao karta kart kaart kort karte* kortti kaartnummer document documento "
    "dokument* permit permis permiso licence license licencia licença patente certificate number numbers no nr n nº "
    "num numero número numéro nummer* numer numara numarası nomor nombor số namba nambari kadi "
    "tessera titre título titulo cert "
    "номер № карта карточка удостоверение свидетельство документ αριθμός κάρτα "
    "رقم بطاقة شماره کارت مستند מספר כרטיס תעודת תעודה नंबर संख्या कार्ड पत्र "
    "番号 号码 號碼 号 號 证 證 証 卡 カード 번호 카드 증 เลข บัตร").split()
# the names of numbers whose issuer gives every one a check digit: a value after them must pass it (pii_ids,
# pii_stdnum), "PESEL 02070803627" is none
_CHECKED = frozenset(
    "aadhaar aadhar uidai cpf ssn pesel bsn cpr personnummer fødselsnummer henkilötunnus hetu kennitala curp nric hkid "
    "egn jmbg emšo amka oib cnp tckn nino rrn 身份证 身分證 주민등록 주민번호".split())
_NUMBER_GAP = frozenset(  # what may stand between a label and its value: number words, "is", possessives
    "number no nr n nº num numero número numéro nummer numer numara nomor nombor số namba nambari номер "
    "is est es ist é è là adalah ni ay är er on jest je do da de du of the "
    "№ # номер رقم شماره מספר नंबर संख्या เลขที่ เลข หมายเลข 番号 号码 號碼 号 번호".split())
_GAP_MARKS = " \t:：#№°.=-–—|/>»()"
_OWNERS = frozenset("my your his her their our the a mi mis tu su mon ma ta sa son meu minha seu sua mein meine "
                    "dein deine sein seine ihr ihre".split())


def _split(words: list[str]) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(whole ASCII-letter words, stems read inside compounds, words of other scripts read anywhere)."""
    words = [w.replace("_", " ") for w in words]  # "green_card": a label of several words
    stems = tuple(w[:-1] for w in words if w.endswith("*"))
    plain = [w for w in words if not w.endswith("*")]
    return (frozenset(w for w in plain if re.fullmatch(r"[a-z'’]+", w)), stems,
            tuple(w for w in plain if not re.fullmatch(r"[a-z'’]+", w)))


_CONCEPTS = {name: _split(words) for name, words in
             (("document", _DOCUMENTS), ("purpose", _PURPOSES), ("noun", _NOUNS))}
_MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0962\u0963" \
         "\u0981-\u0983\u09bc-\u09cd\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # vowel signs and tones: part of a word
# the cheap test: label words as ``words_of`` reads them, stems of five letters or more as a word's start, labels of
# scripts written without spaces anywhere, labels of several words ("کد ملی", "codice fiscale") after their first word
_WIDE_ALL = _CONCEPTS["document"][2] + _CONCEPTS["purpose"][2]
_GATE_WORDS = _CONCEPTS["document"][0] | _CONCEPTS["purpose"][0] | {a.lower() for a in _ACRONYMS} | {
    w for w in _WIDE_ALL if " " not in w and not NO_SPACES.match(w)}
_GATE_STEMS = tuple(s for s in _CONCEPTS["document"][1] + _CONCEPTS["purpose"][1] if len(s) >= 5) + tuple(
    w for w in _WIDE_ALL if " " not in w and not NO_SPACES.match(w) and len(w) >= 5)
_STEM_STARTS = frozenset(s[:5] for s in _GATE_STEMS)
_GATE_GLUED = tuple(w for w in _WIDE_ALL if NO_SPACES.match(w))
_GATE_PHRASES = {w.split()[0]: w for w in _WIDE_ALL if " " in w}
_ID_NEAR = re.compile(r"[Ii][Dd][sS]?\b[^\w]{0,4}(?:[^\W\d_]{1,6}[^\w\n]{1,3}){0,2}[A-Z<]{0,8}\d")  # "ID: K48", "ID no. 4"
_WIDE_LABELS = tuple(w for c in _CONCEPTS.values() for w in c[2] if " " not in w)
_PHRASES = tuple(w for c in _CONCEPTS.values() for w in c[2] if " " in w)
_WIDE_GAP = tuple(sorted((w for w in _NUMBER_GAP if not w.isascii()), key=len, reverse=True))
_GAP_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*")
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*(?:\.(?=[^\W\d_]))?|[№#]")  # "d'identité": "d", "identité"
_RTL = re.compile("[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
_CUT = re.compile(r".*(?:[\n;|•·]|(?<=[^\W\d_]{5})[.!?](?=\s)|,\s|\d\s)", re.S)  # where a label's stretch of text starts
_VALUE = re.compile(r"(?<![\w<>/.,+$€£¥₹-])(?=[A-Z<]{0,8}[ .\-/]?\d)[A-Z0-9<]+(?:\([0-9A-Z]\))?(?:[ .\-/][A-Z0-9<]+(?:\([0-9A-Z]\))?){0,7}"
                    r"(?![\w@-]|[.,]\d)")
_DATE = re.compile(r"(?:19|20)\d\d|\d{1,4}[./ -]\d{1,2}[./ -]\d{2,4}")
_CURRENCY = re.compile(r"[$€£¥₹₩₽₺₫]|\b(?:usd|eur|gbp|inr|rs|rp|kes|ngn|zar|brl|mxn|jpy|cny|rub|try)\b", re.I)
_HINT = re.compile(r"\d\d")


def document_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each value an identity document's label holds in ``text`` (already folded)."""
    if not _HINT.search(text) or not _labelled(text):
        return []
    found = []
    for m in _VALUE.finditer(text):
        if m.end() - m.start() < 6 or (value := _trimmed(m.group())) is None:
            continue
        start, end = m.start(), m.start() + len(value)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        before = text[max(line_start, start - 60) : start]
        after = text[end : line_end if line_end >= 0 else len(text)][:40]
        if _CURRENCY.search(text[max(line_start, start - 4) : start] + text[end : end + 4]):
            continue  # a price
        above = text[max(text.rfind("\n", 0, line_start - 1) + 1, line_start - 61) : line_start - 1] if line_start else ""
        if _label_before(before) or not before.strip() and _label_before(above) or _RTL.search(after) and _label_after(after):
            found.append((start, end, re.sub(r"[ .\-/]", "", value)))
    return found


@lru_cache(maxsize=256)
def _labelled(text: str) -> bool:
    """A cheap test first: does ``text`` hold a word of a document's label (a noun alone names none)?"""
    words = words_of(text)
    if not _GATE_WORDS.isdisjoint(words) or ("id" in words or "ids" in words) and any(
            not m.start() or not text[m.start() - 1].isalnum() for m in _ID_NEAR.finditer(text)):
        return True
    if not _STEM_STARTS.isdisjoint({w[:5] for w in words}) and any(w.startswith(_GATE_STEMS) for w in words):
        return True  # "Krankenversichertennummer", "Aufenthaltstitel", "паспорта"
    if any(first in words and phrase in text.lower() for first, phrase in _GATE_PHRASES.items()):
        return True
    return not text.isascii() and NO_SPACES.search(text) is not None and any(w in text for w in _GATE_GLUED)


def _trimmed(value: str) -> str | None:
    """The value without trailing words in capitals ("XKT4482917 OK" -> "XKT4482917"), when it is shaped as an
    identifier: 6-24 letters and digits, four digits or more, no date, year or single repeated digit."""
    groups = re.split(r"(?<=[^ .\-/])(?=[ .\-/])", value)
    while len(groups) > 1 and (body := groups[-1].lstrip(" .-/")).isalpha() and len(body) > 1:
        groups.pop()
    while groups and sum(ch.isalnum() for ch in "".join(groups)) > 24:
        groups.pop()
    value = "".join(groups).rstrip(" .-/")
    compact = re.sub(r"[^A-Z0-9<]", "", value)
    digits = sum(ch.isdigit() for ch in compact)
    if not 6 <= len(compact) <= 24 or digits < 4 or len(set(compact)) < 3 or _DATE.fullmatch(value):
        return None
    return value


@lru_cache(maxsize=1024)
def _label_before(before: str) -> bool:
    """Does ``before`` (the text on the value's line before it, or the line above when it stands first) end in an
    identity document's label, only number words, "is" or punctuation after it?"""
    stretch = before[cut.end() :] if (cut := _CUT.match(before)) else before
    words = list(_WORD.finditer(stretch))
    ends = [w.end() for w in words if _concept(w.group()) or _wide_label(w.group())]
    lowered = stretch.lower()
    ends += [at + len(w) for w in _PHRASES if (at := lowered.rfind(w)) >= 0]  # labels of several words
    if not stretch.isascii():  # and of scripts without spaces: where they end
        ends += [at + len(w) for w in _WIDE_LABELS if (at := lowered.rfind(w)) >= 0]
    if not ends:
        return False
    end = max(ends)
    last = [w.group() for w in words if w.end() <= end]
    if named_reference(stretch) and not ({"document", "purpose"} & _concept(last[-1] if last else "")):
        return False  # "Tax invoice No.", "Order ID:": an order's, an invoice's number ("Führerscheinnummer" is none)
    tail = lowered[end:]
    for word in _WIDE_GAP:
        tail = tail.replace(word, " ")
    gap = _GAP_WORD.findall(tail)
    if len(gap) > 3 or any(g not in _NUMBER_GAP for g in gap) or _GAP_WORD.sub("", tail).strip(_GAP_MARKS):
        return False
    return _is_label(last, stretch[:end])


def _label_after(after: str) -> bool:
    """Does ``after`` (the text on the value's line after it, written right to left) open with a label?"""
    stretch = after.lstrip(" \t:：-–—|")
    words = [w.group() for w in _WORD.finditer(stretch)]
    return len(words) <= 4 and _is_label(words, stretch)


def _is_label(words: list[str], stretch: str) -> bool:
    """Do ``words`` (a label's, in order) name an identity document without a check of its own: one that names
    itself, a purpose and a noun, or "ID" opening the label (after a possessive at most)?"""
    if any(w.lower() in _CHECKED for w in words) or not stretch.isascii() and any(w in stretch for w in _CHECKED):
        return False  # a number with a check of its own: found where it passes
    concepts = [_concept(w) for w in words]
    held = set().union(*concepts) if concepts else set()
    if "document" in held or _wide_label(stretch, "document"):
        return True
    if ("purpose" in held or _wide_label(stretch, "purpose")) and ("noun" in held or _wide_label(stretch, "noun")):
        return True
    lowered = [w.lower() for w in words]
    if "id" in lowered:
        owner = lowered[: lowered.index("id")]
        return all(w in _OWNERS for w in owner) or len(owner) == 2 and owner[1] == "s"  # "my ID", "Ana's ID"
    return False


@lru_cache(maxsize=4096)
def _concept(word: str) -> frozenset[str]:
    """The concepts a word of a label stands for ("Krankenversichertennummer": purpose and noun)."""
    if word.upper() == word and word.rstrip(".") in _ACRONYMS:
        return frozenset({"document"})
    lowered = word.lower().rstrip(".") if word not in ("№", "#") else word
    held = set()
    for name, (plain, stems, _) in _CONCEPTS.items():
        if lowered in plain or any(stem in lowered for stem in stems):
            held.add(name)
    if lowered.endswith(("nummer", "number", "numer", "nr", "no")) and len(lowered) > 6:
        held.add("noun")  # "Versichertennummer", "Ausweisnr"
    return frozenset(held)


def _wide_label(text: str, concept: str | None = None) -> bool:
    """Does ``text`` hold a label of several words or a word of a script read without word boundaries (of
    ``concept``, or any)?"""
    lowered = text.lower()
    names = (concept,) if concept else ("document", "purpose", "noun")
    return any(w in lowered for name in names for w in _CONCEPTS[name][2] if " " in w or not text.isascii())


__all__ = ["document_numbers"]
