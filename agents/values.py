"""Values a task asks to type, whether quoted or not, and the fields they belong in.

"Add a contact named Ana Ruiz with the number +1 555-0100" gives a name and a phone number;
"Text Ana: see you at 6" a recipient and a message; "an event on March 21 at 17:30, location:
Town Hall" a date, a time and a value for the field named "location". Each value carries the
words of the fields it fits (a "To" field takes a recipient, "Subject" a title, a body field the
message). Plain English task grammar and common field names only, never an app's words; the name a thing is saved
as is read in the languages phones ship ("als", "como", "как").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..unitext import NO_SPACES
from . import ui_glossary
from .dates import DATE, DURATION, TIME
from .noted_that import noted
from .text import words

_EXTENSIONS = "pdf|docx?|txt|rtf|odt|xlsx?|csv|pptx?|jpe?g|png|gif|heic|webp|mp3|mp4|m4a|wav|ogg|mov|avi|zip|apk"
# A letter or digit of a script written with spaces: an address or a handle ends where Chinese, Japanese, Korean or
# Thai words go on with no space ("给ana@ruiz.net发邮件", "打开example.com看看").
_U = NO_SPACES.pattern[1:-2]
_W = rf"[^\W{_U}]"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(rf"(?:{_W}|[.+-])+@(?:{_W}|-)+(?:\.(?:{_W}|-)+)+")),
    # an account's handle ("mi usuario es @carla_ruiz92", "follow @nasa"): no word, dot or slash before its "@"
    ("handle", re.compile(rf"(?<![.@/])(?<!{_W})@[A-Za-z0-9_](?:[A-Za-z0-9_.]{{0,28}}[A-Za-z0-9_])?(?![@])(?!{_W})")),
    ("file", re.compile(rf"(?<![\w.])[\w\-]+(?:\.[\w\-]+)*\.(?:{_EXTENSIONS})\b", re.I)),
    ("url", re.compile(rf"(?<![@.\-/])(?<!{_W})(?:https?://)?(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[a-z]{{2,}}(?!{_W})(?!@)"
                       rf"(?:/[^\s,;{_U}]*[^\s,;.:!?)\]'\"”{_U}])?")),  # a web address: lower-case top-level domain
    # ("St.Louis" is none), no closing bracket or full stop of the sentence it ends
    ("date", DATE),
    # a customer, account, booking or tracking code: capitals and five digits or more in one token ("PB0300087421",
    # "KH-2207731", an IBAN), typed whole; its digits are no phone number
    ("reference", re.compile(r"(?<![\w@./-])(?=(?:[A-Z-]*\d){5})(?=[\d-]*[A-Z])[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?(?![\w@])")),
    ("phone", re.compile(r"(?<![^\W\d_])\+?\d[\d\s().\-]{5,}\d(?![^\W\d_])")),  # no letter glued to it
    ("time", TIME),
    ("duration", DURATION),
    ("amount", re.compile(r"[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|dollars?|euros?)\b", re.I)),
    ("address", re.compile(r"\b\d+[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s?){1,4}(?:,\s*(?:[A-Z][\w'.-]*\s?){1,3})?")),
)

# A number right after a verb of getting is a count ("order 2 Big Macs"); an address after it names its street.
_COUNTED = re.compile(r"\b(?:add|buy|order|reorder|get|grab|put|want|need|purchase|pick\s+up)\s+$", re.I)
_STREET = re.compile(r"\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|square|sq"
                     r"|terrace|highway|hwy|close|crescent|parkway)\b\.?", re.I)

# The fields each kind of value belongs in (words of a field's label, hint or id).
FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(words(names, stopwords=frozenset())) for kind, names in {
        "email": "email e-mail mail to recipient recipients address",
        "phone": "phone number mobile tel telephone cell to recipient contact dial digits",
        "date": "date day when start",
        "time": "time start hour minute min when at",
        "duration": "duration timer minutes hours seconds length",
        "amount": "amount price total sum pay",
        "address": "address street location where ship shipping deliver",
        "title": "title name subject label heading",
        "message": "message body text note content compose write sms chat reply say comment type",
        "name": "name full contact person",
        "recipient": "to recipient recipients contact name person search",
        "quoted": "",
        "file": "file name search",
        "url": "url address web site link go search",
        "handle": "username user login handle account",
        "secret": "password passcode pin code key",
        "reference": "code id number no account customer reference ref booking tracking voucher coupon promo serial iban",
    }.items()
}

_TITLE = re.compile(r"\b(?:titled|named|called|labell?ed|entitled|(?:with|under|using) (?:the |a )?(?:title|name|subject(?: line)?)"
                    r"(?: of)?)\s*:?\s*$"
                    r"|\b(?:add|save|put|create|schedule|store|file|keep)\b[^\"“]*\bas\s*$", re.I)  # 'save it as "X"'
_MESSAGE = re.compile(r"(?:\bsay(?:s|ing)?|\breads|\bwith (?:the )?(?:message|text|body)|\breply(?:ing)?|\banswer(?:ing)?|\bwrit(?:e|ing)"
                      r"|\bappend(?:ing)?)\s*:?\s*$|^\s*(?:please\s+)?(?:text|message|sms|tell|reply|write|send|e-?mail|post)\b"
                      r"[^\"“]*$", re.I)
# "Reply to Ana's email "Lunch" with "..."", "the mail about "Lunch"": a quote right after an item's noun (or
# what it is about), with more quoted text to come, names it.
_ITEM_NOUN = re.compile(r"\b(?:the|my|his|her|their|this|that|\w+['’]s)\s+(?:\w+\s+)?(?:e-?mail|mail|message|text|sms|chat"
                        r"|group|thread|conversation|post|note|event|file)(?:\s+(?:about|titled|called|named|re|on))?\s*$", re.I)
# 'the "Lunch" email', 'my "Packing" note': a quote right before an item's noun names that item.
_NOUN_AFTER = re.compile(r"\s+(?:e-?mail|mail|message|text|sms|chat|group|thread|conversation|post|note|event|file|document"
                         r"|album|folder|playlist|list|tab|bookmark|reminder|alarm)s?\b", re.I)
# "... in a new note", "... into my notes": a name said to go into a note is written there.
_INTO_NOTE = re.compile(r"[\"”]?\s+(?:in|into|to|on)\s+(?:a|an|my|the)\s+(?:new\s+)?(?:note|memo)s?\b", re.I)
# 'post it in the group "Road trip"': a quote after a place's noun names where the message goes.
_PLACE_NOUN = re.compile(r"\b(?:in|into|to|on|from|at)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:group|chat|channel"
                         r"|thread|conversation|folder|album|list|playlist|board|space|room)\s*$", re.I)
_ROLE_AFTER = re.compile(r"[\"”»“]?\s*(?:as|for|in|into)\s+(?:the\s+|its\s+)?(subject|title|name|heading|text|body|message)\b",
                         re.I)
# "Reply to ... "Lunch" with "Sounds good"": the quote after "with" in a task that sends is the message.
_SENDING_WITH = re.compile(r"\b(?:and|then)\s+(?:send|say|write|post|reply|text)\s*:?\s*$"
                           r"|^\s*(?:please\s+)?(?:reply|respond|answer|text|message|sms|send|e-?mail|post|write|tell)\b.*"
                           r"\bwith\s*:?\s*$", re.I)
# 'the text of my note "Groceries"': a quote after an existing item's noun names that item, it is not what to write
_EXISTING = re.compile(r"\b(?:my|the|your|this|that)\s+(?:[\w-]+\s+)?(?:note|event|file|folder|album|playlist|alarm|"
                       r"photo|picture|document|chat|group|list|meeting|appointment|reminder|task)\s*$", re.I)
_ADDED = re.compile(r"\b(?:add|put|schedule|pencil in|enter|book)\s*$", re.I)
_TO_CALENDAR = re.compile(r"\s*(?:to|in|into|on)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:calendar|agenda|schedule|diary|planner)\b", re.I)
_QUOTED = re.compile(r"[\"“«„「]([^\"”»“」]{1,200})[\"”»“」]")
# 'on my way' in single quotes, when no double quotes are used: not an apostrophe ("Ana's", "don't"),
# and a particle may follow the closing quote ("'곧 도착해'라고").
_QUOTATIVE = re.compile(r"(?:이?라고|고\s|と|って)")
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'([^'\n]{1,200})'(?![A-Za-z])")
_UNQUOTED_MESSAGE = re.compile(r"(?:\bwith (?:the )?message|\bsaying|\bthat says|\bwhich says|\bthat reads)\s*:?\s*"
                               r"(?P<v>[^\"“\s,;.].*?)\s*$", re.I)  # not what is left after a quoted message (", with the subject")
_COLON_MESSAGE = re.compile(r"^\s*(?:text|message|sms|tell|reply to|write to|send)\s+(?P<to>[^:(]{1,60}):\s*(?P<v>[^\"“].+?)\s*$",
                            re.I)
_CAPS = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}"
# "save the number as Ana Ruiz" and the same "as" of the languages phones ship: the name a thing is kept under
_SAVED_AS = re.compile(rf"\b(?:as|als|como|comme|come|как|sebagai|jako)\s+(?P<v>{_CAPS})")
# ... only a number or a contact is kept under a name: "save this page as PDF", "save the photo as JPEG" name a format,
# "save the contact as Favorite" a list (a contact's name is a person's: two words at least)
_SAVED_NUMBER = re.compile(r"(?i:\b(?:(?P<n>number|phone|nummer|telefonnummer|handynummer|n[úu]mero|numéro|numero|номер|"
                           r"nomor|numer)|contact|kontakt|contacto|contato|contatto|контакт)\b)")
_NAMED = re.compile(rf"\b(?:named|called)\s+(?P<v>{_CAPS})")
_RECIPIENT = re.compile(rf"^\s*(?i:(?:please\s+)?(?:text|message|sms|call|phone|dial|ring|email|e-mail|mail|tell|"
                        rf"write to|send(?: (?:a (?:text|message|mail|email) )?to)?|reply to))\s+(?P<v>{_CAPS})\b"
                        rf"|^\s*(?i:(?:please\s+)?(?:text|sms|message|send|e-?mail|mail|forward|pass)\s+(?:it|that|this|them)\s+"
                        rf"(?:on\s+|over\s+)?to)\s+(?P<w>{_CAPS})\b")  # "sms it to Bo Li": the value read, to Bo Li
_NEW_VALUE = re.compile(r"^\s*(?:please\s+)?(?:rename|change|edit|update|move|set|replace)\b.*\b(?:to|with)\s*$", re.I)
_RENAMED = re.compile(r"^\s*(?i:(?:please\s+)?(?:rename|change|retitle)\b).*\bto\s+(?P<v>[A-Z][^.!?]*?)"
                      r"(?:,?\s+(?:from now on|going forward|from today on|for good|now|instead|again|from here on))?"  # when, no name
                      r"(?:,?\s+(?:in|on) (?:my|the) (?-i:[a-z])[\w\-]*(?: (?-i:[a-z])[\w\-]*)?(?: app)?"
                      r"|,\s+(?:in|on) (?:the )?(?-i:[A-Z])[\w\-]*(?: app)?)?(?:\s*\((?:[^()\s]+\s+){3,}[^()]*\))?\s*\.?\s*$"  # "... in my contacts (why)"
                      r"|^\s*(?i:(?:please\s+)?give)\b.*\b(?i:the (?:title|name))\s+(?P<w>[A-Z][^.!?]*?)\s*\.?\s*$")
# A secret said in words: "the password is X", "le code c'est X", "la contraseña es X", "密码是X", "パスワードはX".
# A secret's name in the languages phones ship (also what names a password field: agents/fields.py).
SECRET_NAMES = (r"password|passwort|contraseña|mot de passe|senha|wachtwoord|hasło|пароль|parola|şifre|kata sandi|mật khẩu|"
                r"كلمة المرور|סיסמה|密码|密碼|パスワード|비밀번호|รหัสผ่าน")
_SECRET_NOUN = (rf"(?:wi-?fi |network )?(?:{SECRET_NAMES}|passcode|pin|code|key|kennwort|c[oó]digo|clave|lösenord|adgangskode|"
                r"passord|salasana|heslo|jelszó|код|sandi|رمز|पासवर्ड|暗証番号|kod|kode|mã|mã số|코드|인증번호|コード|验证码|驗證碼|รหัส|कोड)")
# The copula that says it, in the languages phones ship ("is", "è", "jest", "adalah", "là", Hebrew and Arabic "he/she
# is", a dash), and the Hebrew proclitics a noun carries ("ה" the, "ו" and, "ב" "ל" "מ" "כ" "ש"): "הסיסמה היא X".
_COPULA = r"is|es|est|c'est|é|è|ist|är|er|on|je|jest|to|это|adalah|ialah|là|هو|هي|הוא|היא|זה|—|–|=|:"
_HE_PREFIX = r"(?<=\b[הובכלמש])|(?<=\b[הובכלמש][הובכלמש])"
# ... a few words may name whose secret it is between the noun and the copula ("the password for my bank is X",
# "הסיסמה לאתר של חברת החשמל היא X"), and a password's own signs ("Hx7!pa2Lq9"); a sentence's end is no sign of it.
_SECRET_SAID = re.compile(rf"(?:\b|(?<=\W)|{_HE_PREFIX}){_SECRET_NOUN}(?:\s+[^\s,;:.!?=—–]+){{0,6}}?"
                          rf"(?:\s*(?:{_COPULA})\s+|\s*(?:是|は|는|은)\s*)"
                          r"(?P<v>(?=[\w.@#$%&*+!?^~=\-]*[\d.@#$%&*_!?^~=\-])[A-Za-z0-9.@#$%&*+_!?^~=\-]{4,40})", re.I)
_LABELLED = re.compile(r"\b(?P<k>[a-z][a-z ]{2,20}):(?!//)\s*(?P<v>[^,;:\"“()]+?)(?=\)?[,;.]\s|\)?[,;.]?$)", re.I)


# "Change the location of X to Y", "replace the text of my note X with Y", 'with "X" as the subject': the
# field the new value goes in, named by the task, and the kind of value that field takes.
_FIELD_KIND = {"location": "address", "place": "address", "venue": "address", "address": "address", "where": "address",
               "title": "title", "name": "title", "subject": "title", "heading": "title", "label": "title",
               "text": "message", "body": "message", "content": "message", "contents": "message",
               "description": "message", "message": "message", "wording": "message"}
_CHANGED_FIELD = re.compile(rf"\b(?:the|its|their|his|her|my)\s+(?P<f>{'|'.join(_FIELD_KIND)})\s+(?:of|for|in|on)\b"
                            rf"|['’]s\s+(?P<g>{'|'.join(_FIELD_KIND)})\b|^\s*as\s+(?:the|its)\s+(?P<h>{'|'.join(_FIELD_KIND)})\b"
                            r"|\b(?P<e>everything|whatever(?:'s| is| it says))\s+(?:written\s+)?(?:in|of|on)\s+(?:the|its|their|his|her|my)\b",
                            re.I)
_SAYING = frozenset(words("say saying read reading text body message", stopwords=frozenset()))
_LISTED = frozenset(words("list checklist items", stopwords=frozenset()))  # a list's items follow its colon, commas and all
_AS_FIELD = re.compile(r"[\"”»“]?\s*as\s+(?:the|its)\s+\w+", re.I)


def changed_field(text: str) -> str | None:
    """The kind of value for the field ``text`` names ("... the location of X to" -> "address")."""
    m = _CHANGED_FIELD.search(text)
    if m and m.group("e"):  # "replace everything in my note X with Y": what the note says
        return "message"
    return _FIELD_KIND[(m.group("f") or m.group("g") or m.group("h")).casefold()] if m else None

# A field the task names, then its new value, unquoted: "set the place to X", "change the subject to X", "the subject
# line should say X", "title must be X" (the whole rest of the sentence is the value).
_FIELD_NOUNS = "|".join(f for f in _FIELD_KIND if f not in ("where", "name"))  # "change my name to Bo": a person's name, not a title
_FIELD_SET = re.compile(rf"(?:^\s*(?:please\s+)?(?:set|change|update|put|make)\s+(?:the|its|my|this|that|his|her|their)\s+"
                        rf"(?P<f>{_FIELD_NOUNS})(?:\s+(?:line|field|box))?\s+(?:to|as)\s+"
                        rf"|^\s*(?:and\s+)?(?:the\s+|its\s+)?(?P<g>{_FIELD_NOUNS})(?:\s+(?:line|field|box))?\s+"
                        rf"(?:should|must|has\s+to|needs\s+to|will)\s+(?:say|read|be)\s*:?\s+)"
                        r"(?P<v>[^\s\"“].*?)\s*[.!?]?\s*$", re.I)


_EVENT = re.compile(r"\b(?:event|meeting|appointment|calendar|schedule|diary|agenda)\b", re.I)
_EVENT_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?P<v>[A-Z][\w'’&.\-]*(?:(?:\s+(?:of|de|on|the|and|du|da|del))*"
                          r"\s+[A-Z0-9][\w'’&.\-]*)*)(?=\s*[.,;!?]?\s*$)")  # "at Cafe on 5th", "in Hall of Fame"


@dataclass(frozen=True)
class Value:
    """A text to type and the field words it fits (empty: any field)."""

    text: str
    kind: str
    fits: frozenset[str] = field(default_factory=frozenset)
    near: frozenset[str] = field(default_factory=frozenset)  # a quote's neighbour words: "açıklamaya 'X' yaz"


_DESCRIBED = re.compile(r"\b(?:the|my|this|that|your|our)\s+$", re.I)


def task_values(task: str) -> list[Value]:
    """Every value ``task`` asks to type, most specific first, each text once."""
    found: list[Value] = []
    masked = task
    for match in (_QUOTED if _QUOTED.search(task) else _SINGLE_QUOTED).finditer(task):
        before = task[:match.start()]
        kind = "title" if _TITLE.search(before) else "quoted" if _EXISTING.search(before) else \
            "message" if _MESSAGE.search(before) or _SENDING_WITH.search(before) else "quoted"
        if kind == "message" and (_ITEM_NOUN.search(before) and _QUOTED.search(task, match.end())
                                  or _PLACE_NOUN.search(before)):
            kind = "quoted"  # the item replied to or forwarded (the message is quoted later), or where it goes
        elif kind == "message" and _NOUN_AFTER.match(task, match.end()):
            kind = "quoted"  # 'reply to the "Lunch" email', 'send my "Packing" note': the quote names the item
        shape = next((k for k, pattern in PATTERNS if pattern.fullmatch(match.group(1).strip())), kind)
        titled = re.search(r"\b(?:titled|entitled|with (?:the )?title)\s*:?\s*$", before, re.I) or _NEW_TITLED.search(before)
        kind = kind if titled and shape == "file" else shape  # a note titled (a new one called) "IMG_1.jpg" gets that title
        if _NEW_VALUE.search(before) and kind not in ("date", "time", "duration"):
            shaped = kind in ("address", "email", "phone", "url", "amount")  # a number or address stays itself
            kind = changed_field(before) or (kind if shaped else "title")  # "rename X to "Y"": the new name is typed
        if _AS_FIELD.match(task, match.end()):
            kind = changed_field(task[match.end():]) or kind  # 'with "Groceries" as the subject'
        elif kind == "quoted" and _ADDED.search(before) and _TO_CALENDAR.match(task, match.end()):
            kind = "title"  # 'add "Dinner" to my calendar': a new entry under that name
        elif kind == "quoted" and _QUOTATIVE.match(task, match.end()):
            kind = "message"  # Korean '...'라고, Japanese 「...」と / って: the words to say
        elif (after := _ROLE_AFTER.match(task, match.end())) and kind in ("quoted", "message", "title"):
            kind = "title" if after.group(1).casefold() in ("subject", "title", "name", "heading") else "message"
        near = words(" ".join(before.split()[-2:] + task[match.end():].split()[:3])) if kind == "quoted" else set()
        found.append(Value(match.group(1).strip(), kind, FIELDS[kind], frozenset(near)))
        masked = masked.replace(match.group(0), " " * len(match.group(0)))
    for pattern in (_UNQUOTED_MESSAGE, _COLON_MESSAGE):
        m = pattern.search(masked)
        if m and m.group("v").strip(" ."):
            found.append(Value(m.group("v").strip().rstrip("."), "message", FIELDS["message"]))
            masked = masked[:m.start("v")] + " " * (len(masked) - m.start("v"))
    if not any(v.kind == "message" for v in found) and (said := noted(masked)):  # "запиши, что X": X written down
        found.append(Value(said, "message", FIELDS["message"]))
        masked = " " * len(masked)
    for m in _LABELLED.finditer(masked):  # "location: Town Hall" fits a field named "location"
        key = words(m.group("k"), stopwords=frozenset())
        if not m.group("v").strip():
            continue
        if key & _SAYING:  # "make the note say only: X", "text reads: X": what to write
            found.append(Value(m.group("v").strip(), "message", FIELDS["message"]))
        elif key & _LISTED and masked[m.end("v"):].strip():  # "make a shopping list: milk, bread, eggs": every item
            found.append(Value(masked[m.start("v"):].strip().rstrip("."), "message", FIELDS["message"]))
            break
        else:
            found.append(Value(m.group("v").strip(), "labelled", frozenset(key)))
    if not found and (m := _FIELD_SET.search(masked)) and m["v"].strip(" .!?"):  # "set the place to X", "subject should say X"
        kind = _FIELD_KIND[(m["f"] or m["g"]).casefold()]
        found.append(Value(m["v"].strip().rstrip(".!?"), kind, FIELDS[kind]))
        masked = masked[:m.start("v")] + " " * len(m["v"]) + masked[m.end("v"):]
    if (secret := _SECRET_SAID.search(masked)) and not any(p.fullmatch(secret["v"]) for _, p in PATTERNS[:4]) and not any(
            secret["v"] in v.text for v in found):  # "password: X" was read as labelled
        found.append(Value(secret["v"].rstrip(".!?"), "secret", FIELDS["secret"]))  # "the wifi password is X": typed
        masked = masked[:secret.start("v")] + " " * len(secret["v"]) + masked[secret.end("v"):]
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(masked):
            text = m.group(0).strip().rstrip(",.")
            if kind == "handle":
                text = text[1:]  # the account's name: sign-in and search fields take it without its "@"
            if kind == "phone" and sum(c.isdigit() for c in text) < 7:
                continue
            if kind == "address" and _COUNTED.search(masked[:m.start()]) and not _STREET.search(text):
                continue  # "order 2 Big Macs", "add 3 Red Bull to my cart": how many of a thing, no street
            if kind == "duration" and _DESCRIBED.search(masked[:m.start()]) and re.match(r"\d+\s*-\s*[a-z]+\s+[a-z]",
                                                                                  masked[m.start():], re.I):
                continue  # "the 12-minute timer": which timer, not a length to set (as "a 12-minute timer" is)
            if kind == "file" and (_NEW_VALUE.search(masked[:m.start()]) or _NEW_TITLED.search(masked[:m.start()])):
                kind = "title"  # "rename a.mp3 to b.mp3": the new name is typed
            elif kind == "file" and _INTO_NOTE.match(masked, m.end()):
                kind = "message"  # "save a.pdf in a new note": the name is the note's text
            found.append(Value(text, kind, FIELDS[kind]))
            masked = masked[:m.start()] + " " * len(m.group(0)) + masked[m.end():]
    m = _EVENT_PLACE.search(masked) if _EVENT.search(task) else None
    if m and not any(p.fullmatch(m["v"]) for p in (TIME, DATE)):  # "an event ... at Town Hall": its location
        found.append(Value(m["v"].rstrip("."), "address", FIELDS["address"]))
    saved_as = _SAVED_AS.search(masked)
    saved = _SAVED_NUMBER.search(masked[:saved_as.start()]) if saved_as else None
    if saved and not saved_as["v"].isupper() and (saved["n"] or " " in saved_as["v"].strip()) \
            and "save" in ui_glossary.asked(task):  # "speicher die Nummer als Jonas Becker ab": the name it is under
        found.append(Value(saved_as["v"].strip(), "name", FIELDS["name"]))
    for pattern, kind in ((_NAMED, "name"), (_RECIPIENT, "recipient"), (_RENAMED, "title")):
        m = pattern.search(masked)
        if m:
            kind = (changed_field(masked[:m.start("v")]) if m.group("v") else None) or kind if pattern is _RENAMED else kind
            found.append(Value(re.sub(r"['’]s$", "", (m.group("v") or m.group("w")).strip()), kind, FIELDS[kind]))
    shaped = [v.text.casefold() for v in found if v.kind in _SHAPED]
    found = [v for v in found if v.kind != "labelled" or not any(  # "in the calendar: Saturday, March 21": a date's part
        re.match(rf"{re.escape(v.text.casefold())}\b", text) and v.text.casefold() != text for text in shaped)]
    unique: dict[str, Value] = {}
    for value in found:
        unique.setdefault(value.text.casefold(), value)
    return list(unique.values())


# "a new note named IMG_4.jpg": the name of the thing made, typed (not a file to find)
_NEW_TITLED = re.compile(r"\b(?:new|create|make|add)\b[^.;!?]*\b(?:titled|named|called|entitled)\s*:?\s*$", re.I)
_SHAPED = frozenset({"date", "time", "duration"})  # values told by their form whose parts a label may take
_SELF_SHAPED = frozenset({"email", "handle", "url"})  # told by their own form, never by a field's other kinds
_NUMERIC_FIELD = frozenset(words("digits number phone tel dial pin amount quantity qty hour minute", stopwords=frozenset()))


def name_part(value: Value, field_words: set[str]) -> str:
    """The part of a value a split field takes: "First name" / "Last name" of a name, the hour or
    minutes of a time (the whole value otherwise)."""
    if value.kind == "time" and field_words & {"hour", "hours", "minute", "minutes", "min"}:
        m = re.match(r"(\d{1,2})(?::(\d{2}))?", value.text)
        if m:
            return m.group(1) if field_words & {"hour", "hours"} else (m.group(2) or "00")
    parts = value.text.split()
    if value.kind in ("name", "recipient") and len(parts) > 1:
        if field_words & {"first", "given", "forename"}:
            return parts[0]
        if field_words & {"last", "surname", "family"}:
            return " ".join(parts[1:])
    return value.text


def fit(value: Value, field_words: set[str]) -> float:
    """How well ``value`` belongs in a field named by ``field_words``: 1 named for it, 0 no sign
    either way, -1 a field for numbers and a value with none."""
    letters = sum(c.isalpha() for c in value.text)
    if value.kind in _SELF_SHAPED and value.fits & field_words:
        return 1.0  # "Email or phone", "Phone number, username or email": a field naming the value's own kind takes it
    if value.kind not in ("date", "time", "duration") and field_words & _NUMERIC_FIELD and letters >= sum(c.isdigit() for c in value.text):
        return -1.0
    return 1.0 if value.fits & field_words else 0.0
