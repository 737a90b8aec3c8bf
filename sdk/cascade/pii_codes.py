"""One-time codes: a short number near a word for a code, in the languages phones ship, or in a message built as code
messages are.

A number of 4-8 digits (whole, grouped "551 274" / "384-921", or spaced "3 0 4 9 1 7") up to 40 characters before or
after a word like "code", "OTP", "código", "验证码", "uthibitisho"; up to 100 after it when "is" or ":" comes right
before the number in the same sentence ("OTP for txn of INR 4,500.00 ... is 918273"). "Postcode", "promo code",
"#48213" and "4,500" are no codes.

``coded_messages``: whatever its words, a message is a code message when it carries the SMS Retriever mark
("<#>", or an app hash of 11 characters closing it), a WebOTP line ("@shop.example #482913"), a warning not to pass
it on ("do not share", "никому не", "请勿泄露", "usimpe mtu"), a validity in minutes ("valid for 10 min", "5分钟内有效"),
or a word that reads "code" in its script's letters ("კოდი", "కోడ్", "ਕੋਡ" read through anyascii as "kodi", "kod"):
its lone 4-8 digit number on the same line is the code.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from .pii_forms import continues_word

_NOT_GLUED = r"(?!\d)(?![A-Za-z_\u00c0-\u024f\u0370-\u052f])"  # no digit or letter of a spaced script follows
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_OTP = re.compile(  # 482913, grouped 551 274 / 384-921 / 66 18 42, spaced 3 0 4 9 1 7 (groups checked below)
    r"\d(?:[ -]?\d){3,11}" + _NOT_GLUED + rf"(?![.,-]\d(?![{_CJK}]))")
_OTP_GROUPS = re.compile(r"\d{4,8}|\d{2,4}(?:[ -]\d{2,4}){1,3}|\d(?: \d){3,7}")
_OTP_WORD = re.compile(  # grouped by first letter: the engine tries one branch per position
    r"(?:c(?:odes?|ódigo|odigo|odice|odi|od(?:ul)?|lave)|o(?:tp|ne[- ]time)|v(?:erification|erify|erifikasi)|p(?:asscode|in|asswort)|"
    r"2fa|t(?:an|oken|asdiq)|k(?:od[a-zıçşğüö]{0,5}|oodi?|ód|óði)|s(?:enha|ifre|ahkan)|m(?:ã|simbo)|şifre|uthibitisho|"
    r"beripikasyon|ellenőrző|xác minh)\b"  # kodunuz, kodem; "code" ends compounds (below)
)
_NOT_SECRET_CODES = ("post", "zip", "bar", "qr", "source", "uni", "promo", "dress", "error", "status", "area", "country",
                     "postal", "gift", "discount", "coupon", "voucher", "colour", "color", "zone", "short", "op", "en", "de",
                     "trans", "geo", "pseudo", "time", "key", "re", "rabatt", "streck", "kampanj", "rabat")
_MASKED_TAIL = re.compile(r"[•*●∙xX]{2,}[\s-]?$")
_OTP_WORD_WIDE = re.compile(  # searched only in text that is not ASCII: Chinese, Japanese, Korean, Cyrillic,
    "验证码|驗證碼|認証|確認コード|認證|인증|код|пароль|κωδικ|رمز|کد|کوڈ|קוד|कोड|ओटीपी|কোড|ওটিপি|รหัส|ኮድ")  # Greek, Arabic, Persian...
_OTP_HINT = re.compile("c(?:ode|0de|ódigo|odigo|odice|odi|od\\b|odul|lave)|o(?:tp|ne-time|ne time)|verif|pin|2fa|t(?:an|oken|asdiq)|"
                       "k(?:od|ód|óði|ood)|s(?:enha|ifre|ahkan)|m(?:ã|simbo)|şifre|uthibitisho|beripikasyon|ellenőrző|"
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
            if _MASKED_TAIL.search(text, max(0, start - 4), start):
                continue  # "+1 ••• ••• 4821", "**** 1234": the shown end of a hidden number
            if not 4 <= len(number := _digits(m.group())) <= 8 or not _OTP_GROUPS.fullmatch(m.group()):
                continue
            if end <= w_start and w_start - end <= _OTP_WINDOW or start >= w_end:
                spans[start] = (start, end, number)
    for m in _GLUED_OTP.finditer(lowered):  # OCR lost the spaces: "Yourcodeis482913"
        spans.setdefault(m.start(1), (m.start(1), m.end(1), m.group(1)))
    return list(spans.values())


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


_APP_HASH = re.compile(r"(?<!\S)(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])[A-Za-z0-9+/]{11}\s*$")  # SMS Retriever
_WEB_OTP = re.compile(r"(?<!\S)@[\w-]+(?:\.[\w-]+)+\s+#((?=[A-Za-z]*\d)[A-Za-z0-9]{4,10})(?![\w-])")  # WebOTP: "@origin #code"
_DO_NOT_SHARE = re.compile(  # a warning not to pass the code on, in the languages phones ship
    r"(?:do not|don't|never|not to) (?:share|give|tell|disclose|forward)|no (?:lo )?compart|não (?:o )?(?:compartilhe|partilhe)|"
    r"ne (?:le )?(?:partagez|communiquez|divulguez)|nicht (?:weiter|teilen|mitteilen)|niet (?:delen|door)|"
    r"non (?:condividere|comunicare)|nie (?:udostępniaj|podawaj|przekazuj)|nikomu|никому|не (?:сообщайте|передавайте|"
    r"повідомляйте)|paylaşma|jangan (?:berikan|bagikan|beritahu|memberikan)|huwag (?:ibahagi|ibigay)|không (?:chia sẻ|"
    r"cung cấp)|usi(?:shiriki|mpe)|ne (?:delite|dijelite|ossza)|nesdílejte|nezdieľajte|älä (?:jaa|kerro)|del (?:den )?ikke|"
    r"dela inte|ikke del|nu (?:o |le |îl )?(?:divulga|comunica|da)|μην (?:το )?(?:μοιρα|κοινοποι|δώσετε)|לא למסור|אל (?:תמסור|תשתף)|"
    r"لا (?:تشارك|تعط|تفصح)|साझा न|शेयर न|শেয়ার করবেন না|ห้ามบอก|อย่า(?:บอก|แจ้ง)|请勿|切勿|不要(?:告诉|泄露|透露)|勿泄露|"
    r"教えないで|他人に教え|공유하지|알려주지|타인에게|"
    r"(?:did not|didn't|did you not) (?:request|ask|try)|ignore this (?:message|sms|text)|no (?:lo )?solicitaste|"
    r"não (?:solicitou|pediu)|pas demandé|nicht angefordert")
_PURPOSE = re.compile(  # what a code is for: verifying, confirming, signing in, a password, once only
    r"verif|weryfik|bestätig|bevestig|ověř|overen|potvrd|подтвер|підтвер|doğrula|xác (?:minh|nhận)|确认|验证|驗證|認証|確認|"
    r"인증|확인|ยืนยัน|تحقق|تأكيد|تأیید|אימות|επαλήθευ|ellenőrz|hitelesít|vahvist|bekreft|bekræft|bekräft|confirm|"
    r"log ?in|sign(?:ing)?[ -]?in|anmeld|einlogg|iniciar sesi|connexion|accedi|accesso|войти|вход|giriş|登录|登錄|ログイン|"
    r"로그인|password|passwort|contraseña|senha|mot de passe|пароль|parola|şifre|hasło|heslo|jelszó|wachtwoord|lösenord|"
    r"adgangskode|salasana|κωδικ|סיסמ|كلمة المرور|密码|密碼|パスワード|비밀번호|รหัสผ่าน|mật khẩu|kata sandi|one[- ]time|"
    r"einmal|jednorazow|одноразов|tek kullanımlık|único uso|usage unique|monouso|engångs|kertakäyt|egyszer|sekali pakai|"
    r"một lần|一次性|ワンタイム|일회용|authenticat|autentica|authentifi|activat|aktivier")
_INTRO = re.compile(r"(?:\b(?:is|are|enter|use|type|input|ist|es|est|è|é|är|er|on|jest|adalah|là|ni|ay|eingeben|"
                    r"ingresa|introduce|digite|saisissez|inserisci|введите|girin|masukkan))\s*$", re.I)
_ALNUM_CODE = re.compile(  # a code of capitals and digits right after a word for a code (in lower case here)
    r"(?:c[o0]de|otp|passcode|token|k[oó]d|código|codice)[a-z]{0,4}\s*(?:is|:|=|-)?\s*((?=[a-z]*\d)[a-z0-9]{4,8})(?![\w-])")
_SCATTERED = re.compile(r"\d[A-Z]+\d|[A-Z]\d+[A-Z]")  # "4F7QX", "K7P2QX"; "SAVE55" is a word and a number
_NOT_SECRET_ALNUM = ("confirmation", "booking", "reservation", "referral", "invite", "invitation", "product", "item",
                     "model", "style", "flight", "airport", "tracking", "ref")
def _unmarked(text: str) -> str:
    """``text`` with each letter that has a one-letter Latin reading read so ("hasło" -> "haslo", "şifre" -> "sifre"),
    the same length (so what is found in it stands where it is in ``text``): words typed without their marks."""
    return text if text.isascii() else "".join(ch if ch.isascii() or len(a := anyascii(ch)) != 1 else a for ch in text)


_DO_NOT_SHARE = re.compile(_unmarked(_DO_NOT_SHARE.pattern))  # "nao compartilhe", "hasło" typed "haslo"
_PURPOSE = re.compile(_unmarked(_PURPOSE.pattern))
_VALID = re.compile(  # a validity, then a span of minutes within the next few words (or before it)
    r"(?:valid|expire|expiry|válid|valable|valid[oa]|gültig|geldig|ważn|действител|дійсн|geçerli|berlaku|hiệu lực|"
    r"vence|caduca|scade|érvényes|voimassa|gyldig|giltig|platn|valabil|有效|有効|유효|ใช้ได้|صالح|בתוקף|ισχύ)")
_MINUTES = re.compile(
    r"\d{1,2}\s?(?:min|mins|minutes?|minutos?|minuti|minuten|minuter|minutter|minuttia|minut[aey]?|dakika|menit|minit|"
    r"phút|минут\w*|мин|хвилин\w*|分钟|分鐘|分|분|นาที|دقائق|دقيقة|דקות|λεπτ\w*|perc\w*|मिनट|মিনিট)(?![a-z])")
_LONE_CODE = re.compile(r"\d(?:\d{3,7}|\d\d[ -]\d{3}|\d \d\d \d\d)(?![\w%$€£¥₹]|[.,:/-]\d)")  # what comes before: checked apart
_GLUED_BEFORE = frozenset(".,/#$€£¥₹-_")  # and a colon after a digit ("12:3456"); "コード：739201" is a code
_LOOKS_CODE = re.compile(r"(?:lekh|h|al|l)?[kcq]'?[ouv]{0,2}d(?:[aeiou]{1,2}|eu|ikos?|s)?|otipi|otp")  # "kodi", "kod", "kvd", "kd"
_SCRIPT_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~]*[^\x00-\u024f\s][^\s\d!-/:-@\[-`{-~]*")  # a word with marks
_YEAR = re.compile(r"(?:19[5-9]|20\d)\d")
_MESSAGE_REACH = 160


def coded_messages(text: str, taken: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:  # type: ignore[assignment]
    """(start, end, digits) of the code in each message of ``text`` (already folded) built as code messages are: the
    lone 4-8 digit number of a line (up to 160 characters either side) with a warning, a validity or a word for a code
    in it; or of the last 160 characters when an SMS Retriever mark opens or its app hash closes them. A number inside
    a ``taken`` span (a phone number's group) is none."""
    found = [(m.start(1), m.end(1), m.group(1)) for m in _WEB_OTP.finditer(text)] if "#" in text else []
    lines: dict[tuple[int, int], list[re.Match[str]]] = {}
    for m in _LONE_CODE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before in _GLUED_BEFORE or before == ":" and text[m.start() - 2 : m.start() - 1].isdigit()) \
                and not _YEAR.fullmatch(m.group()) \
                and not _MINUTES.match(text, m.start()):
            lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _MESSAGE_REACH)
            hi = text.find("\n", m.end())
            lines.setdefault((lo, min(len(text) if hi < 0 else hi, m.end() + _MESSAGE_REACH)), []).append(m)
    if not lines:
        return found
    for (lo, hi), codes in lines.items():
        if len(codes) == 1 and _cued(text[lo:hi]):  # more than one number: which is the code is anyone's guess
            found.append((codes[0].start(), codes[0].end(), _digits(codes[0].group())))
    for (lo, hi), codes in lines.items():  # a code right after what it is for, or introduced: "Use 7731 to confirm"
        if len(codes) == 1 and (purpose := _purposes(text[lo:hi])):
            code = codes[0]
            if _INTRO.search(text, max(lo, code.start() - 12), code.start()) or any(
                    _adjacent(text, lo + end, code.start()) for end in purpose):
                found.append((code.start(), code.end(), _digits(code.group())))
    if "<#>" in text or _APP_HASH.search(text, max(0, len(text) - 16)):
        tail = [m for ms in lines.values() for m in ms if m.start() >= len(text) - _MESSAGE_REACH]
        if len(tail) == 1:
            found.append((tail[0].start(), tail[0].end(), _digits(tail[0].group())))
    return found


def _adjacent(text: str, end: int, code_start: int) -> bool:
    """Does the word ending at or after ``end`` stand right before the code (a space or a colon between)?"""
    while end < code_start and text[end].isalpha():
        end += 1  # "şifre|niz 731924", "weryfik|acyjny 552918"
    return 0 <= code_start - end <= 3 and not text[end:code_start].strip(" :：-")


def alnum_codes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of each code of capitals and digits mixed right after a word for a code ("code: K7P2QX");
    an error, promo, booking or product code is none, nor a word and a number ("SAVE55")."""
    found = []
    lowered = text.lower()
    for m in _ALNUM_CODE.finditer(lowered):
        start, end = m.span(1)
        code = text[start:end]
        w = m.start()
        before = lowered[max(0, w - 14) : w]
        if not code.isupper() or not _SCATTERED.search(code) or before.rstrip(" -").endswith(
                _NOT_SECRET_CODES + _NOT_SECRET_ALNUM) or w and lowered[w - 1].isalpha() and not before.endswith(_NOT_SECRET_CODES):
            continue
        found.append((start, end, code))
    return found


@lru_cache(maxsize=1024)
def _purposes(line: str) -> tuple[int, ...]:
    """Where each word of what a code is for ends in ``line`` (memoised: a message is read again in each prompt)."""
    return tuple(m.end() for m in _PURPOSE.finditer(_unmarked(line.lower())))


@lru_cache(maxsize=1024)
def _cued(line: str) -> bool:
    """Does ``line`` warn not to pass it on, give a validity in minutes, or hold a word that reads "code"?"""
    lowered = line.lower()
    if _DO_NOT_SHARE.search(_unmarked(lowered)) or (v := _VALID.search(lowered)) and _MINUTES.search(line, max(0, v.start() - 24)):
        return True
    return not line.isascii() and any(len(w.group()) <= 8 and _LOOKS_CODE.fullmatch(re.sub("[^a-z']", "", anyascii(w.group()).lower()))
                                      for w in _SCRIPT_WORD.finditer(line))


__all__ = ["alnum_codes", "coded_messages", "one_time_codes"]
