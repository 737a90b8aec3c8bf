"""E-mails spelled out or spaced, and values hidden in base64: read the way a person would type them back.

- ``spelled_emails``: "priya . nair @ example . in", "e m m a . c l a r k @ y a h o o . c o m", the word for
  "@" and "." in the languages phones ship ("joana.reis arroba gmail ponto com", "k.weber ät web punkt de",
  "ivan собака yandex точка ru", "sato アットマーク docomo ドット jp"), brackets ("ana [at] example [dot] org")
  and digits for letters in the ending ("gma1l [d0t] c0m"), "at the rate" for "@" (as said in South Asia);
- ``implied_emails``: a user name after its mail provider's name, the domain left out ("my gmail is jessica.tan92");
- ``base64_runs``: runs of base64 that decode to readable text (the caller looks for private data in it:
  "bWFyYS52b3NzQGV4YW1wbGUubmV0" is an e-mail address); a hash, a camel-case name or a JWT header
  holding none is left alone.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re

from .pii_views import edited

# the word for "@" and for "." (strong: never an ordinary word; weak: also an ordinary word, so an
# e-mail read with a weak "@" needs a strong "." and a local part that is not a plain word)
_STRONG_AT = frozenset({"@", "arroba", "arobase", "ät", "собака", "собачка", "アットマーク", "アット", "atmark", "at-mark",
                        "chiocciola", "klammeraffe", "małpa", "malpa", "שטרודל", "艾特", "zavináč", "zavinac", "kukac",
                        "snabel-a", "krøllalfa", "apenstaartje", "ät-merkki", "παπάκι", "равлик", "маймунка", "мајмунче",
                        "majmunče", "골뱅이", "แอท", "एट"})
_WEAK_AT = frozenset({"at"})
_STRONG_DOT = frozenset({".", "dot", "d0t", "ponto", "точка", "ドット", "nokta", "kropka", "נקודה", "点", "點", "tečka",
                         "bodka", "τελεία", "점", "จุด", "chấm", "نقطة", "نقطه", "دوت", "دات", "डॉट", "крапка", "тачка",
                         "tuldok"})
_WEAK_DOT = frozenset({"punkt", "point", "punto", "punt", "pont", "punct", "piste", "titik"})
_BRACKETED = re.compile(r"[(\[{<]\s*([^\s()\[\]{}<>]{1,12})\s*[)\]}>]")
_TOKEN = re.compile(r"[(\[{<]\s*[^\s()\[\]{}<>]{1,12}\s*[)\]}>]|[^\s()\[\]{}<>]+")
_LABEL = re.compile(r"[\w+-]+(?:\.[\w+-]+)*")
_LEET = str.maketrans("013457", "oleast")
# the cheap test: a word for "@" as ``words_of`` reads it, or one it cuts ("at-mark"), glues ("בשטרודל") or brackets
_AT_HINTS = ("at)", "at]", "at}", "at>", "at the rate") + tuple(w for w in _STRONG_AT if "-" in w)
_GLUED_AT_HINTS = tuple(w for w in _STRONG_AT if not w.isascii() and w not in ("ät", "małpa"))


def spelled_emails(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each e-mail address in ``text`` spelled with words, brackets or spaces."""
    lowered = text.lower()
    if not (" @" in text or "@ " in text or " AT " in text or not _STRONG_AT.isdisjoint(words_of(text))
            or any(hint in lowered for hint in _AT_HINTS)
            or not text.isascii() and any(hint in lowered for hint in _GLUED_AT_HINTS)
            or " at " in lowered and (" dot " in lowered or "d0t" in lowered or not _PROVIDER_WORDS.isdisjoint(words_of(text)))):
        return []  # a cheap test first: most texts spell no address
    tokens = [(m.start(), m.end(), _word(m.group())) for m in _TOKEN.finditer(text)]
    found = []
    for i, (_, _, word) in enumerate(tokens):
        strong = word in _STRONG_AT or tokens[i][1] - tokens[i][0] > len(word) and word == "at" \
            or text[tokens[i][0] : tokens[i][1]] == "AT" and i and not text[tokens[i - 1][0] : tokens[i - 1][1]].isupper() \
            or not word.isascii() and len(word) > 2 and word[1:] in _STRONG_AT  # "(at)", "name AT host", "בשטרודל"
        if not strong and word not in _WEAK_AT:
            continue
        after = i + 1
        if word == "at" and [t[2] for t in tokens[i + 1 : i + 3]] == ["the", "rate"]:  # "at the rate": "@" as said in South Asia
            strong, after = True, i + 3 + (i + 3 < len(tokens) and tokens[i + 3][2] == "of")
        right = _labels(tokens, after, 1)
        left = _labels(tokens, i - 1, -1)
        if right is None or left is None:
            continue
        (domain, last, dots), (local, first, _) = right, left
        parts = domain.split(".")
        if len(parts) < 2 or not re.fullmatch(r"[^\W\d_]{2,12}", parts[-1].translate(_LEET)) \
                or len(local.strip(".+-")) < 2 or min(map(len, parts)) < 2:
            continue  # "3 @ 2 . final": a score
        if not strong and (("strong" not in dots and parts[0] not in _PROVIDER_WORDS) or not re.search(r"[._+\d-]", local)):
            continue  # "look at example.com", "met at Paris point de vue": no address spelled out ("ana.k at gmail.com" is)
        found.append((tokens[first][0], tokens[last][1], f"{local}@{domain}".lower()))
    return found


# "@" and "." written so a plain pattern misses them: in brackets or dashes ("[@]", "(at)", "-at-", "[.]"), spaced
# ("ana @ example.org", "ana@ example . org"), doubled ("ana@@example.org"), a comma for the dot ("ana@wp,pl")
_OPEN, _CLOSE = r"[\[({<（\-_*~#]\s*(?:", r")\s*[\])}>）\-_*~#]"  # a bracket or dash each side
_DODGED_AT = re.compile(_OPEN + r"@|＠|[aA][tT]?" + _CLOSE)  # brackets first: a fast scan
_DODGED_DOT = re.compile(_OPEN + r"\.|[dD][oO][tT]|。" + _CLOSE)
_MARKED_LOCAL = re.compile(  # "jon.mraz @": an address's local part ("v2.0 @" is a version's)
    r"(?<![\w.+-])(?!v?\d+(?:\.\d+)+(?:\s|$))[\w.+-]*[._\d+-][\w.+-]*\s*(?:[\[({<（]\s*|[-_*~#])?$")
_SIGNS = re.compile(r"@+")
_DODGE_HINT = re.compile(_DODGED_AT.pattern + r"|@(?:[@\s]|[\w.-]+(?:\s*[,\[({<（\-_*~#]|\s+\.|\.\s))|\s@[\w-]+\.[A-Za-z]")
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
_SPACES = re.compile(r"\s*")
_TLD = r"(?:[a-z]{2}|com|net|org|edu|gov|info|biz|mobi|name|app|dev|xyz|online|site|shop|email|mail|cloud|tech)\b"
_SPACED_DOT = re.compile(rf"\s*,\s*(?={_TLD})|\s+\.\s*(?=[\w-])|\s*\.\s+(?={_TLD})")  # in a domain (below)
_DOMAIN_AFTER = re.compile(r"[^\W\d_][\w-]*(?:(?:\s*[.,]\s*|\s+\.\s*|\s*\.\s+)[\w-]+)+")


def _dodged(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, bool]]:
    """(start, end, spaced) of each sign in brackets or dashes, with the spaces around it ("ana [at] example":
    " [at] "); a sign in dashes only with spaces either side ("-at-" in "ana -at- example", not "co-at-home"); an
    "a" in brackets glued between a local part and a host ("ola(a)online.no"), spaced: needing a marked local part."""
    found = []
    for m in pattern.finditer(text):
        start, end = m.span()
        sign = m.group()[1:-1].strip().lower()
        if m.group()[0] in "-_*~#" and (sign == "a" or not (start and text[start - 1].isspace() and end < len(text)
                                                            and text[end].isspace())):
            continue
        if sign == "a":  # "ola.nordmann(a)online.no": glued on both sides, after an address's local part only
            if start and end < len(text) and text[start - 1].isalnum() and _HOST.match(text, end):
                found.append((start, end, True))
            continue
        while start and text[start - 1].isspace():
            start -= 1
        found.append((start, _SPACES.match(text, end).end(), False))
    return found


def _signs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, spaced) of each "@" written doubled ("ana@@example"), with a space after it ("ana @ example",
    "ana@ example") or before it and a host after it ("ana.k @example.org"; "@nasa" alone is a handle)."""
    found = []
    for m in _SIGNS.finditer(text) if "@" in text else ():
        start, end = m.span()
        after = _SPACES.match(text, end).end()
        while start and text[start - 1].isspace():
            start -= 1
        if after > end and start and (text[start - 1].isalnum() or text[start - 1] in "._") \
                and after < len(text) and text[after].isalpha() \
                or start < m.start() and start and text[start - 1].isalnum() and _HOST.match(text, end):
            found.append((start, after, True))  # "ana @ example", "ana@ example", "nguyen.van @gmail.com"
        elif m.end() - m.start() > 1:
            found.append((m.start(), m.end(), False))
    return found


def mail_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(view, starts, ends)``: ``text`` with "@" and "." written to dodge a pattern written plainly ("ana [at]
    example [.] org", "ana @ example . org", "ana@@example.org", "ana@wp,pl"); ``view[i]`` stands for
    ``text[starts[i]:ends[i]]``; None when nothing is written so."""
    if not _DODGE_HINT.search(text):
        return None  # a cheap test first: one scan for a sign in brackets or dashes, or an "@" spaced or doubled
    edits = {start: (end, "@") for start, end, spaced in _dodged(text, _DODGED_AT) + _signs(text)
             if not spaced or _MARKED_LOCAL.search(text, max(0, start - 64), start)}
    if not edits and "@" not in text:
        return None
    edits |= {start: (end, ".") for start, end, _ in _dodged(text, _DODGED_DOT) if start not in edits}
    for end in [end for end, written in edits.values() if written == "@"] + [m.end() for m in _SIGNS.finditer(text)]:
        if (domain := _DOMAIN_AFTER.match(text, end)) is not None:  # "wp. pl", "wp,pl": the domain's dots
            for dot in _SPACED_DOT.finditer(text, domain.start(), domain.end()):
                edits.setdefault(dot.start(), (dot.end(), "."))
    return edited(text, edits) if edits else None


_PROVIDERS = ("gmail|googlemail|yahoo|ymail|outlook|hotmail|icloud|protonmail|proton|yandex|gmx|aol|zoho|qq|naver|daum|"
              "hanmail|rediffmail|rediff|seznam|interia|rambler|tutanota|fastmail")
_PROVIDER = re.compile(_PROVIDERS)
_IMPLIED = re.compile(  # "my gmail is jessica.tan92", "Yahoo ID: raj_k88": the address without its domain
    rf"(?:{_PROVIDERS})(?:\s+(?:id|address|account|e-?mail|mail|username|user|handle))?"
    r"(?:\s*[:：=]|\s+(?:is|ni|ay|es|est|ist|è|é|là|jest|je|er|är|é o|é a)\b[:：]?)?\s*"
    r"(?!v\d)([A-Za-z][\w+-]*(?:\.[\w+-]+)*)(?![\w@.-]*@)(?![\w-]|\.[A-Za-z0-9])", re.I)


_PROVIDER_WORDS = frozenset(_PROVIDERS.split("|"))
_BEFORE_PROVIDER = re.compile(r"(?<![\w.@+-])([A-Za-z][\w+-]*(?:\.[\w+-]+)*)\s*(?:\s(?:at|AT)\s|[\[(](?:at|@)[\])]|@)\s*$")
_DOMAIN_GOES_ON = re.compile(r"[\w-]|\s*(?:[.,]|dot\b|\[\.\]|\(\.\))\s*[A-Za-z]")
_PUNCTUATION = str.maketrans({ch: " " for ch in "!\"#$%&'()*+,-.:;<=>?@[\\]^_`{|}~：。、，"})


@functools.lru_cache(maxsize=64)
def words_of(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case, punctuation taken for a space but "/" kept ("a/c"); memoised: the
    label detectors ask it of the same text in turn."""
    return frozenset(text.lower().translate(_PUNCTUATION).split())


def implied_emails(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each address written without its domain after its provider's name ("my gmail is
    jessica.tan92"): a user name, with a digit, a dot or an underscore in it (not "my gmail is full")."""
    if _PROVIDER_WORDS.isdisjoint(words_of(text)):
        return []
    lowered = text.lower()
    found = []
    for provider in _PROVIDER.finditer(lowered):
        at = provider.start()
        if at and (before := _BEFORE_PROVIDER.search(text, max(0, at - 80), at)) and not _DOMAIN_GOES_ON.match(
                text, provider.end()):  # "priya.n at gmail": the address, its domain's ending left out
            local = before.group(1)
            if re.search(r"[\d._]", local):
                found.append((before.start(1), provider.end(), f"{local.lower()}@{provider.group()}"))
            continue
        if at and (text[at - 1].isalnum() or text[at - 1] in "_.@/") or not (m := _IMPLIED.match(text, at)):
            continue
        local = m.group(1)
        if 3 <= len(local) <= 64 and re.search(r"[\d._]", local) and not local.endswith("."):
            found.append((m.start(1), m.end(1), f"{local.lower()}@{provider.group()}"))
    return found


def _word(token: str) -> str:
    inner = _BRACKETED.fullmatch(token)
    return (inner.group(1) if inner else token).lower()


def _labels(tokens: list[tuple[int, int, str]], at: int, step: int) -> tuple[str, int, set[str]] | None:
    """The dotted name read from token ``at`` going ``step``-wards: (name, index of its far token, dot kinds)."""
    names: list[str] = []
    dots: set[str] = set()
    i = at
    while 0 <= i < len(tokens):
        label, i2 = _label(tokens, i, step)
        if label is None:
            break
        names.append(label)
        far = i2 - step
        i = i2
        if not 0 <= i < len(tokens) or not (tokens[i][2] in _STRONG_DOT or tokens[i][2] in _WEAK_DOT):
            return (".".join(names if step > 0 else names[::-1]), far, dots) if names else None
        dots.add("strong" if tokens[i][2] in _STRONG_DOT and tokens[i][2] != "." or
                 tokens[i][1] - tokens[i][0] > len(tokens[i][2]) else "plain")
        i += step
    return None


def _label(tokens: list[tuple[int, int, str]], i: int, step: int) -> tuple[str | None, int]:
    """One label at token ``i``: a word, or letters spelled one by one ("y a h o o")."""
    word = tokens[i][2].strip(",;:!?\"'") if step > 0 else tokens[i][2].strip(",;:!?\"'")
    if len(word) == 1 and word.isalnum():
        letters = [word]
        j = i + step
        while 0 <= j < len(tokens) and len(tokens[j][2]) == 1 and tokens[j][2].isalnum():
            letters.append(tokens[j][2])
            j += step
        return "".join(letters if step > 0 else letters[::-1]), j
    if word in _STRONG_DOT or word in _WEAK_DOT or word in _STRONG_AT or not _LABEL.fullmatch(word):
        return None, i
    return word, i + step


_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![\w+/=-])")


def base64_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, decoded text) of each run of base64 in ``text`` that decodes to readable text."""
    if len(text) < 16:
        return []
    runs = []
    pos = 0
    for token in text.split():  # only words of 16 characters or more are read again (split is cheap)
        if len(token) < 16:
            continue
        pos = text.find(token, pos)
        runs += [(m.start(), m.end(), plain) for m in _BASE64.finditer(text, pos, pos + len(token))
                 if (plain := _decoded(m.group())) is not None]
        pos += len(token)
    return runs


def _decoded(run: str) -> str | None:
    """The text a run of base64 stands for, when it decodes to readable text."""
    if run.islower() or run.isupper() or not any(ch.isdigit() or ch.isupper() for ch in run[1:]):
        return None  # a word, a hex hash
    body = run.rstrip("=")
    try:
        decoded = base64.b64decode(body.replace("-", "+").replace("_", "/") + "=" * (-len(body) % 4), validate=True)
        plain = decoded.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return plain if plain.isprintable() and len(plain) >= 8 else None


__all__ = ["base64_runs", "implied_emails", "mail_view", "spelled_emails", "words_of"]
