"""Checks on what a detector's pattern matched: is it written the way the data it looks like is?

``card_groups``: cards are printed in groups that start with four digits, or digit by digit;
``iban_in``: the IBAN a run of letters and digits starts with (in groups, dashed, dotted, in lower case);
``named_reference``: the label before a number says it is an identifier ("Invoice", "予約番号", "IMEI").
"""

from __future__ import annotations

import re

_IBAN_COUNTRIES = frozenset(
    "AD AE AL AT AZ BA BE BG BH BR BY CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL GR GT HR HU IE IL IQ IS IT JO "
    "KW KZ LB LC LI LT LU LV LY MC MD ME MK MR MT MU NL NO PK PL PS PT QA RO RS SA SC SD SE SI SK SM ST SV TL TN TR UA "
    "VA VG XK".split())


def card_groups(value: str) -> bool:
    """Cards are printed whole, in groups that start with four digits (4-4-4-4, 4-6-5) or digit by digit:
    "112-4839201-5567381" is an order number. Fifteen digits are an Amex card (34, 37) or none."""
    groups = re.split(r"[ .-]", value)
    if sum(len(g) for g in groups) == 15 and not value.startswith(("34", "37", "1800", "2131")):
        return False  # "35-209900-176148-1" is an IMEI
    return len(groups) == 1 or len(groups[0]) in (1, 2, 4)


# A label that names an identifier, right before its number: orders, bookings, invoices, parcels, devices, goods,
# in English and the languages phones ship; "<word>nummer" / "<word>number" unless the word is a phone's or names a
# person's identity, tax, social or health insurance number ("Identifikationsnummer", "Rijksregisternummer").
_REFERENCE = re.compile(
    r"(?:(?<![^\W\d_])(?:order|booking|reservation|confirmation|invoice|receipt|ticket|tracking|track|awb|waybill|"
    r"shipment|parcel|consignment|serial|imei|imsi|iccid|meid|ref|reference|transaction|txn|case(?=\s*(?:#|no\b|number|id\b))|"
    r"(?:user|chat|session|device|app|player|game|merchant|terminal|request|message|channel|group|profile|wallet|"
    r"store|seller|buyer)(?=\s*-?id\b)|claim|policy|pnr|ean|upc|gtin|isbn|issn|asin|barcode|item|batch|lot|model|article|artikel|art[ií]culo|artigo|articolo|billet|bilet|biglietto|boleto|bilhete|билет|vé|"
    r"customer|member|sku|pedido|encomenda|fatura|factura|recibo|rastreio|reserva|commande|facture|suivi|ordine|"
    r"fattura|spedizione|prenotazione|zamówieni[ea]|faktur[ay]|sipariş|kargo|заказ[ау]?|накладн(?:ая|ой)|(?!tel|handy|ruf|"
    r"fax|mobil|funk|ident|steuer|sozial|versich|pers|ausweis|pass|reg|rijks|b[uü]rgers|renten|kranken)"
    r"(?:[^\W\d_]{3,}|[^\W\d_]{2,}\.-?\s?)(?:nummer|nr))\.?\s*(?:number|no\.?|nº|n°|№|num(?:ber|ero|éro)?\.?|número|numéro|"
    r"numer|nummer|nr\.?|id|code|#)?"
    r"|(?:予約|注文|受付|伝票|問い?合わ?せ|お問合せ|订单|訂單|运单|運單|快递|快遞|发票|發票|주문|예약|운송장|송장)"
    r"(?:番号|號碼|号码|号|號|번호)?)\s*[:：#]?\s*$", re.I)


def named_reference(before: str) -> bool:
    """True when ``before`` (the text right before a number, on its line) ends in a label that names an
    identifier: "Invoice", "Rechnungsnummer", "Track AWB", "予約番号:" - not "Telefonnummer", "Tel."."""
    return bool(_REFERENCE.search(before[-40:]))


def iban_in(value: str) -> tuple[str, str] | None:
    """(as written, compact) of the IBAN ``value`` starts with: all of it, else without its last groups
    ("... 606 please"); lower case only where the letters name a country that uses IBANs."""
    if not value[:2].isupper() and value[:2].upper() not in _IBAN_COUNTRIES:
        return None
    while len(value) >= 15:
        compact = value.replace(" ", "").replace("-", "").replace(".", "")
        if iban_ok(compact):
            return value, compact.upper()
        cut = max(value.rfind(" "), value.rfind("-"), value.rfind("."))
        if cut < 0:
            return None
        value = value[:cut]
    return None


_AS_NUMBER = {ord(ch): str(int(ch, 36)) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = (compact[4:] + compact[:4]).translate(_AS_NUMBER)  # A=10 ... Z=35, one table lookup each
    return rearranged.isascii() and rearranged.isdigit() and int(rearranged) % 97 == 1


__all__ = ["card_groups", "iban_in", "iban_ok", "named_reference"]
