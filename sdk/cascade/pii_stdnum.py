"""Identifiers of any country python-stdnum knows: a number that passes its issuer's check, read as its label says.

Personal identity and tax numbers (Dutch BSN, Swedish personnummer, Finnish HETU, Chilean RUT, Swiss AHV, Turkish
T.C. Kimlik, CURP of Mexico, Pakistani CNIC, ...) and bank identifiers (US routing numbers, Argentine CBU, Spanish CCC,
New Zealand accounts, BICs, ...; CLABE, NRB, RIB and Luhn-checked identity numbers by ``pii_number_checks``) are found two ways, each needing the number's checksum to pass:

- after a label (on its line, or alone on the next): a word of identity, tax, social security or bank accounts in
  many languages, or the name stdnum gives the number itself ("BSN", "Burgerservicenummer", "CPR", "RUT");
- without a label, when written exactly in a form its issuer prints (the shapes of stdnum's documented examples,
  "880320-0016", "756.9217.0769.85", "12.531.909-2"), a form with separators or letters: a bare run of digits
  passes some country's check too often to say anything alone.

Product, device, security and company codes (ISBN, IMEI, EAN, VAT, ...) are no personal data: not looked for.
"""

from __future__ import annotations

import importlib
import inspect
import re
from functools import lru_cache

from ..unitext import NO_SPACES
from .pii_checks import named_reference
from .pii_labels import LABEL_WORDS
from .pii_number_checks import CHECKS, LUHN_ID

# kind of the personal identifiers looked for: stdnum module -> DataKind
_BANK = ("ar.cbu", "cz.bankaccount", "es.ccc", "no.kontonr", "nz.bankaccount", "us.rtn")
_PERSONAL = (
    "ar.dni ar.cuit at.tin at.vnr au.tfn be.bis be.eid be.nn be.ssn bg.egn bg.pnf br.cpf ca.bc_phn ca.sin ch.ssn cl.rut "
    "cn.ric co.nit cr.cpf cu.ni cz.rc de.idnr de.stnr dk.cpr do.cedula ec.ci ee.ik es.dni es.nie es.nif fi.hetu "
    "fi.veronumero fr.nif fr.nir gb.nhs gr.amka hr.oib id.nik id.npwp ie.pps il.idnr in_.aadhaar in_.epic in_.pan "
    "is_.kennitala it.codicefiscale jp.in_ ke.pin kr.rrn li.peid lt.asmens mu.nid mx.curp mx.rfc my.nric "
    "nl.bsn nl.identiteitskaartnummer no.fodselsnummer nz.ird pe.cui pk.cnic pl.pesel pt.cc pt.nif ro.cnp "
    "se.personnummer si.emso sk.rc th.pin tr.tckimlik ua.rntrc us.atin us.itin us.ptin us.ssn za.idnr za.tin").split()
# words that name an identity, tax, insurance or bank number in many languages (besides pii_labels' and stdnum's own)
_EXTRA_LABELS = (
    "id ident identity identification identidad identidade identité identität identiteit identita kimlik ktp "
    "personal personnel persoonlijk persönlich personale personnummer personas pessoal osobisty osobní личный "
    "citizen citizenship ciudadano cidadão bürger vatandaş grazhdanin гражданина national nacional nazionale "
    "tax taxpayer steuer fiscal fiscale fiskal impuesto imposto impôt vergi налог налогоплательщика "
    "social sozial sociale sociaal seguridad segurança sécurité sigorta insurance versicherung assurance seguro "
    "verzekering health patient sanitaria santé krankenversicherung "
    "cédula cedula documento document dokument ausweis carteira registro registration rg dni nie nif cpr bsn hetu "
    "ahv avs ssn sin tfn ird pps amka oib egn emšo emso cnp rut rfc cuit cuil curp nik npwp cnic nric tckn ssnit "
    "bank banco banque bancaria bancario routing aba swift bic bsb sort ifsc clabe cbu cvu ccc iban rib nrb "
    "kontonr kontonummer rekeningnummer tilinumero konta rachunku "
    "身份证 身分證 マイナンバー 주민등록번호 บัตรประชาชน").split()
# words of stdnum's titles that name no number ("New Zealand bank account number", "PIN (Thailand ...)")
_NO_LABELS = frozenset("in new zealand czech swiss lithuanian st number no pin bc cc ci ni nn".split())
_BANK_LABELS = frozenset(
    "bank banco banque bancaria bancario routing aba swift bic bsb sort ifsc clabe cbu cvu ccc iban rib nrb kontonr "
    "kontonummer rekeningnummer tilinumero account acct a/c konto konta rachunku cuenta compte conta conto rekening "
    "interbancaria interbancária bankkonto girokonto kto účtu účet számlaszám λογαριασμός חשבון račun сметка рахунок "
    "рахунку".split())
# letters and digits in groups: "880320-0016", "12.531.909-2", "RSSMRA85T10A562S", "A123456(7)"; groups spaced apart
# join while each holds a digit ("2 95 10 99 126 111 93"), or is a check letter at the end ("QQ 12 34 56 C")
_GROUP = r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[.\-/][A-Za-z0-9]+)*(?:\([0-9A-Za-z]\))?"
_RUN = re.compile(rf"{_GROUP}(?: (?:{_GROUP}|[A-Z](?![\w-])))*")
_WORD = re.compile(r"[^\W\d]+(?:/[^\W\d_]+)?")  # "order_id" is one word, no label
_NUMBER_WORDS = ("nummer", "number", "nr", "numero", "número", "номер")
_NUMBER_END = re.compile(r"(?:nummer|number|nr|numero|número|номер)$")  # "Personalausweisnummer"
_SEED = re.compile(r"\d(?:[ .\-/]?[A-Za-z]?\d){5}")  # six digits close together: where a number may be
_DATE = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")  # "2031-05-01": a date
_THOUSANDS = re.compile(r"9{1,3}(?: 999)+")  # "12 345 678": a count, whatever check it passes
_ARGUMENT = re.compile(r">>> (validate|format|is_valid)\('([^']+)'\)\n(.*)")


_SHAPE = str.maketrans("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "9" * 10 + "A" * 52)


def _shape(value: str) -> str:
    return value.translate(_SHAPE)


class _Numbers:
    """The modules looked for, and the shapes their issuers print (from each module's documented examples)."""

    def __init__(self) -> None:
        modules = {name: importlib.import_module("stdnum." + name) for name in (*_BANK, *_PERSONAL)}
        self.modules = {name: module for name, module in modules.items() if "InvalidChecksum" in inspect.getsource(module)}
        self.shapes: dict[str, list[str]] = {}  # "999999-9999" -> ["se.personnummer", ...]
        labels = set(_EXTRA_LABELS) | LABEL_WORDS
        for name, module in self.modules.items():
            doc = module.__doc__ or ""
            for call, argument, answer in _ARGUMENT.findall(doc):
                written = answer.strip("'") if call == "format" else argument
                if answer.startswith(("Traceback", "False")) or \
                        not re.search(r"[^0-9]", written.strip()) or _THOUSANDS.fullmatch(_shape(written.strip())):
                    continue  # a failing example, a number without a check, a bare run of digits or one like a count
                self.shapes.setdefault(_shape(written.strip()), []).append(name)
            title = doc.strip().split("\n", 1)[0]
            named, _, inside = title.partition("(")
            labels.update(w.lower() for w in re.split(r"[\s,.]+", named) if len(w) >= 2 and w[:1].isupper())
            native = inside.split(",", 1)[0].strip(' "“”).')
            if native and " " not in native:
                labels.add(native.lower())
        labels -= _NO_LABELS
        for shape in list(self.shapes):
            self.shapes[shape] = list(dict.fromkeys(self.shapes[shape]))
        # with a label, the check of any number of the label's kind may do (a number without a check is no evidence);
        # an identity number of a country stdnum lacks often ends in a Luhn digit ("Emirates ID 784-1985-1234567-1")
        self.modules["luhn"] = LUHN_ID
        self.modules.update(CHECKS)  # CLABE, NRB, RIB: bank forms with a check stdnum lacks
        self.personal = tuple(n for n in self.modules if n not in _BANK and n not in CHECKS)
        self.banks = tuple(n for n in self.modules if n in _BANK or n in CHECKS)
        self.labels = frozenset(w for w in labels if w.isascii() or " " not in w)
        self.glued = tuple(w for w in self.labels if not w.isascii() and NO_SPACES.match(w[0]))


@lru_cache(maxsize=1)
def _numbers() -> _Numbers:
    return _Numbers()


@lru_cache(maxsize=2048)
def _valid(value: str, names: tuple[str, ...]) -> str | None:
    """The first of ``names`` whose check ``value`` passes."""
    modules = _numbers().modules
    for name in names:
        try:
            if modules[name].is_valid(value):
                return name
        except Exception:  # noqa: BLE001 - a module's own parsing of an odd value: no match
            continue
    return None


def _kind(name: str) -> str:
    return "iban" if name in _BANK or name in CHECKS else "national_id"


def _label(text: str, start: int) -> tuple[str, str] | None:
    """(the label, what comes before it on its line) for the number at ``start``: a label on its line before it
    (within 40 characters), or on the line before when the number stands first on its own; None without one."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    if not before.strip() and line_start:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        before = text[max(prev_start, line_start - 41) : line_start - 1]
    return _label_in(before)


@lru_cache(maxsize=1024)
def _label_in(before: str) -> tuple[str, str] | None:
    """The last label in ``before`` and what comes before it (memoised: a screen is read again in each prompt)."""
    numbers = _numbers()
    label = None
    for word in _WORD.finditer(before.lower()):
        for said in (word.group(), *word.group().split("/")):  # "routing/aba": each half a label
            stem = _NUMBER_END.sub("", said) if said.endswith(_NUMBER_WORDS) else said  # "personalausweis|nummer"
            if said in numbers.labels or stem in numbers.labels:
                if named_reference(before[word.end() :]) or said == "id" and named_reference(before[: word.end()]):
                    label = None  # "Tax invoice No.", "User ID": a reference's number
                else:
                    label = (stem if stem in numbers.labels else said, before[: word.start()])
                break
    if label is None and not before.isascii():
        label = next(((w, "") for w in numbers.glued if w in before), None)
    return label


def checked_numbers(text: str, taken: list[tuple[int, int]] = ()) -> list[tuple[str, int, int, str]]:  # type: ignore[assignment]
    """(kind, start, end, key) of each identity or bank number in ``text`` (already folded) that passes its check,
    where no ``taken`` span is."""
    found = []
    pos = 0
    while (seed := _SEED.search(text, pos)) is not None:
        numbers = _numbers()
        start = seed.start()
        if covered := next((b for a, b in taken if a <= start < b), None):
            pos = covered  # a phone number, a card, an e-mail already found there
            continue
        while start and text[start - 1].isascii() and text[start - 1].isalnum():
            start -= 1
        m = _RUN.match(text, start)
        pos = m.end() if m else seed.end()
        if m is None or _DATE.fullmatch(m.group()) or start and (text[start - 1].isalnum() or text[start - 1] in "_-+#$€£.,") \
                or any(a < m.end() and start < b for a, b in taken):
            continue
        cuts = [cut for cut in dict.fromkeys((m.group(), m.group().split(" ", 1)[0]))  # the whole, or its first group
                if sum(ch.isdigit() for ch in cut) >= 6]
        hit = next(((cut, name) for cut in cuts if (names := numbers.shapes.get(_shape(cut)))
                    and (name := _valid(cut, tuple(names))) is not None), None)
        label = _label(text, start) if hit is not None or cuts else None
        if hit is None and label is not None:
            names = numbers.banks if label[0] in _BANK_LABELS else numbers.personal  # as the label says
            hit = next(((cut, name) for cut in cuts if (name := _valid(cut, names)) is not None), None)
        if hit is None:
            continue
        if named_reference(label[1] if label else text[max(0, start - 40) : start].rsplit("\n", 1)[-1]):
            continue  # "Order 880320-0016", "Order ID: ...": named an order ("Personnummer" names none)
        cut, name = hit
        found.append((_kind(name), start, start + len(cut), numbers.modules[name].compact(cut)))
    return found


__all__ = ["checked_numbers"]
