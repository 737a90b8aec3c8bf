"""One-time codes: a short number near a word for a code, in the languages phones ship.

A number of 4-8 digits (whole, grouped "551 274" / "384-921", or spaced "3 0 4 9 1 7") up to 40 characters before or
after a word like "code", "OTP", "código", "验证码", "uthibitisho"; up to 100 after it when "is" or ":" comes right
before the number in the same sentence ("OTP for txn of INR 4,500.00 ... is 918273"). "Postcode", "promo code",
"#48213" and "4,500" are no codes.
"""

from __future__ import annotations

import re
import unicodedata

from .pii_forms import continues_word

_NOT_GLUED = r"(?!\d)(?![A-Za-z_\u00c0-\u024f\u0370-\u052f])"  # no digit or letter of a spaced script follows
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_OTP = re.compile(  # 482913, grouped 551 274 / 384-921 / 66 18 42, spaced 3 0 4 9 1 7 (groups checked below)
    r"\d(?:[ -]?\d){3,11}" + _NOT_GLUED + rf"(?![.,-]\d(?![{_CJK}]))")
_OTP_GROUPS = re.compile(r"\d{4,8}|\d{2,4}(?:[ -]\d{2,4}){1,3}|\d(?: \d){3,7}")
_OTP_WORD = re.compile(  # grouped by first letter: the engine tries one branch per position
    r"(?:c(?:odes?|ódigo|odigo|odice|lave)|o(?:tp|ne[- ]time)|v(?:erification|erify|erifikasi)|p(?:asscode|in|asswort)|"
    r"2fa|t(?:an|oken|asdiq)|k(?:od[a-zıçşğüö]{0,5}|oodi?|ód)|s(?:enha|ifre|ahkan)|m(?:ã|simbo)|şifre|uthibitisho|"
    r"beripikasyon|ellenőrző|xác minh)\b"  # kodunuz, kodem; "code" ends compounds (below)
)
_NOT_SECRET_CODES = ("post", "zip", "bar", "qr", "source", "uni", "promo", "dress", "error", "status", "area", "country",
                     "postal", "gift", "discount", "coupon", "voucher", "colour", "color", "zone", "short", "op", "en", "de",
                     "trans", "geo", "pseudo", "time", "key", "re", "rabatt", "streck", "kampanj", "rabat")
_OTP_WORD_WIDE = re.compile(  # searched only in text that is not ASCII: Chinese, Japanese, Korean, Cyrillic,
    "验证码|驗證碼|認証|確認コード|認證|인증|код|пароль|κωδικ|رمز|کد|کوڈ|קוד|कोड|ओटीपी|কোড|ওটিপি|รหัส|ኮድ")  # Greek, Arabic, Persian...
_OTP_HINT = re.compile("c(?:ode|0de|ódigo|odigo|odice|lave)|o(?:tp|ne-time|ne time)|verif|pin|2fa|t(?:an|oken|asdiq)|"
                       "k(?:od|ód|ood)|s(?:enha|ifre|ahkan)|m(?:ã|simbo)|şifre|uthibitisho|beripikasyon|ellenőrző|"
                       "xác minh|" + _OTP_WORD_WIDE.pattern)
_FAR_CODE = re.compile(r"(?:\b(?:is|are|ni|ay|es|est|ist|è|é|là|adalah|jest|je|er|är|on)|[:：=])\s*(\d)")
_SENTENCE_END = re.compile(r"[.!?。！？]\s|\n")
_GLUED_OTP = re.compile(r"(?:c[o0]de|otp|pin|passc[o0]de|token)(?:is|:|=)?(\d{4,8})(?![\d.,-]\d|\d)")  # lower case
_OTP_WINDOW = 40
_OTP_FAR = 100  # a code after "is" or ":" in the sentence that names it: "OTP for ... on card XX12 is 918273"


def one_time_codes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each one-time code in ``text`` (already folded): a short number near a word for a code."""
    lowered = text.lower()
    if not _OTP_HINT.search(lowered):
        return []
    spans: dict[int, tuple[int, int, str]] = {}
    words = list(_OTP_WORD.finditer(lowered)) + ([] if text.isascii() else list(_OTP_WORD_WIDE.finditer(lowered)))
    for word in words:
        w_start, w_end = word.span()
        if w_start and continues_word(lowered[w_start - 1]) and not (
                word.group().startswith(("code", "kod", "kood", "kód")) and not lowered.endswith(_NOT_SECRET_CODES, 0, w_start)):
            continue
        near = [m for m in _OTP.finditer(text, max(0, w_start - _OTP_WINDOW - 8), w_end + 2 * _OTP_WINDOW)  # bounded
                if m.start() <= w_end + _OTP_WINDOW]
        far = [m for m in _FAR_CODE.finditer(lowered, w_end + _OTP_WINDOW, w_end + _OTP_FAR)
               if not _SENTENCE_END.search(text, w_end, m.start())] \
            if len(text) > w_end + _OTP_WINDOW and not any(w_end <= m.start() for m in near) else []
        for m in near + [_OTP.match(text, m.start(1)) for m in far]:
            if m is None:
                continue
            start, end = m.span()
            before = text[start - 1] if start else ""
            if before and (continues_word(before) or before in ".,#") or (before == "-" and start >= 2 and text[start - 2].isdigit()):
                continue  # "#48213" is a reference
            if not 4 <= len(number := _digits(m.group())) <= 8 or not _OTP_GROUPS.fullmatch(m.group()):
                continue
            if end <= w_start and w_start - end <= _OTP_WINDOW or start >= w_end:
                spans[start] = (start, end, number)
    for m in _GLUED_OTP.finditer(lowered):  # OCR lost the spaces: "Yourcodeis482913"
        spans.setdefault(m.start(1), (m.start(1), m.end(1), m.group(1)))
    return list(spans.values())


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


__all__ = ["one_time_codes"]
