"""Apps named by their kind as the place to act: "in my mailbox", "using the web browser", "in my encrypted
messenger", "from the map app", "en mi correo", "dans mon navigateur", "im Postfach", "в моей почте".

A task may name no app by its label and still say where to act with a general noun for a kind of app: the
device's app of that kind (by its label or package, ``app_choice.categories_of``) is meant, as surely as if its
label were said. Such a noun is read as the place only after a place preposition (and a possessive or article and
up to two describing words), with nothing after it that it describes ("in the calendar event" names an event, not
the calendar app). ``KIND_WORDS`` adds the nouns for a kind that are no app label word, keyed like
``app_cues.OTHER_LANGUAGES``; the label words of each kind are ``app_choice.CATEGORIES``' own. Vendor-neutral.
"""

from __future__ import annotations

import re

from .text import words

# Nouns people use for a kind of app besides the words of its labels, in the languages phones ship in.
KIND_WORDS: dict[str, str] = {
    "mail": "mailbox inbox mails emails postfach posteingang buzón bandeja courriel messagerie почта почте почту 邮箱 "
            "メールボックス 메일함",
    "contacts": "addressbook phonebook contactlist adressbuch telefonbuch répertoire rubrica агенда телефонная",
    "chat": "messenger messengers мессенджер мессенджере",
    "camera": "pictures fotos galería galerie galleria галерея галерее 相册 相冊",
    "chrome": "webbrowser navigateur navegador navigator браузер браузере 浏览器",
    "notes": "notepad notebook notizen notas bloc заметки заметках 备忘录",
    "files": "filemanager filebrowser downloads archivos fichiers dateien файлы файлах",
    "calendar": "diary planner agenda kalender calendario calendrier календарь календаре 日历",
    "clock": "alarmclock uhr wecker reloj despertador horloge réveil sveglia часы будильник 闹钟",
    "maps": "mapa mapas karte karten carte карта карте 地图",
}
# Two-word nouns said for one kind, joined so they read as one word.
_JOINED = re.compile(r"\b(address|phone|contact|file|web|alarm)\s+(book|list|manager|browser|clock)\b", re.I)
_PREPOSITIONS = ("in|on|inside|from|using|via|over|through|with|en|dans|sur|im|auf|nel|nella|na|no|em|в|во|на")
_OWN = r"my|our|your|mi|mis|tu|mon|ma|mes|meinem|meiner|meine|mein|meu|minha|mio|mia|моей|моём|моем|моих|моего|моя|мой"
_DETERMINERS = ("my|the|our|your|this|that|mi|mis|tu|el|la|los|las|le|les|mon|ma|mes|meinem|meiner|meine|mein|dem|der"
                "|die|das|meu|minha|o|a|mio|mia|il|моей|моём|моем|моих|моём|моего|моя|мой")
_PLACE = re.compile(rf"(?<!\w)(?P<p>{_PREPOSITIONS})\s+(?:(?P<d>{_DETERMINERS})\s+)?(?P<k>(?:[^\W\d_][\w\-]*\s*){{1,3}})", re.I)
# The phone itself, not its dialer: "the photos on my phone", "en mi teléfono", "auf meinem Handy".
_DEVICE = frozenset(words("phone phones telephone mobile cell device handy smartphone teléfono celular móvil téléphone portable "
                          "telefon telefono telefone телефон смартфон 手机 携帯 스마트폰", stopwords=frozenset()))
_KEPT = re.compile(r"\b(?:is|are|was|were|'s|'re|lives|live|sits|kept|saved|stored|listed|found)(?: (?:already|still|all))?\s*$", re.I)
_WHO = frozenset({"from", "with"})
# The words of a message are no place to act ("Text Bo: the keys are in my diary", "Tell Ana that I'll check in my planner",
# "Text Bo I put it in my downloads", "Manda un mensaje a Ana: lo vi en mi correo"): the task is read up to them.
_MESSAGE_VERB = (r"text|message|msg|sms|dm|e-?mail|mail|tell|reply|respond|write|whatsapp|mensaje|dile|escribe|manda|envía|envia|écris|dis"
                 r"|schreib|sag|mensagem|diga|escreva")
_SAID_AFTER = re.compile(rf"\b(?:{_MESSAGE_VERB})\b[^:\"“”]*?(?P<cut>\s*:|\s+(?:that|saying|to say|que|dass)\b)", re.I)
_SAID_BARE = re.compile(rf"^\W*(?:please\s+)?(?:{_MESSAGE_VERB})\s+(?:(?-i:[A-Z])[\w'\-]*(?:\s+(?-i:[A-Z])[\w'\-]*){{0,2}}|him|her|them)"
                        r"\s+(?=(?:I|I'm|I'll|I've|I'd|we|we're|we'll|it's|you|you're)\b)", re.I)
# What a person is told to do or asked ("Text Bo to bring the camera", "tell Ana to check her email", "ask Bo if he got
# my mail"): the message, said after whom it goes to.
_SAID_TO = re.compile(rf"^\W*(?:please\s+)?(?:{_MESSAGE_VERB}|ask)\s+(?:(?-i:[A-Z])[\w'\-]*(?:\s+(?-i:[A-Z])[\w'\-]*){{0,2}}"
                      r"|him|her|them|(?:my|our)\s+[\w'\-]+|(?!(?:it|this|that|these|those|the|a|an|me|us|for|about|to)\b)"
                      r"(?-i:[a-z])[\w'\-]+)(?P<cut>\s+(?:to\s+(?!(?:the|a|an|my|his|her|their|our|your|me|him|them|us|it|this"
                      r"|that|all|every|each|everyone)\b)(?-i:[a-z])|if\b|whether\b))", re.I)
# A statement told ("let Ana know the camera is in the car", "tell Bo the restaurant is on Main Street"): the message.
_SAID_CLAUSE = re.compile(r"^\W*(?:please\s+)?(?:let\s+(?P<a>(?-i:[A-Z])[\w'\-]*(?:\s+(?-i:[A-Z])[\w'\-]*){0,2}|him|her|them|(?:my|our)\s+[\w'\-]+)"
                          r"\s+know\b|(?:tell|text|message)\s+(?P<b>(?-i:[A-Z])[\w'\-]*(?:\s+(?-i:[A-Z])[\w'\-]*){0,2}|him|her|them"
                          r"|(?:my|our)\s+[\w'\-]+)(?=\s+(?:the|my|our|his|her|their|a|an|this|that|it|there)\s+(?:[\w'\-]+\s+){0,5}?"
                          r"(?:is|are|was|were|will|won't|isn't|aren't|has|have|had|can|can't|keeps?)\b))", re.I)
# What a reminder says ("remind me to call the dentist", "set a reminder to take a photo of the meter"): its words too.
_REMINDED = re.compile(r"^\W*(?:please\s+)?(?:(?:remind\s+(?:me|us)|(?:set|add|create|make|put\s+in)\s+(?:a|an|up\s+a)\s+reminder)"
                       r"(?:\s+[\w:'.]+){0,5}?(?P<cut>\s+(?:to|that)\b)|(?:recuérdame|recuerdame|recordarme|rappelle-moi|ricordami"
                       r"|lembra-me|lembre-me|me\s+lembre|erinnere\s+mich)(?P<then>\s+(?:de\s+|que\s+|a\s+|di\s+|daran,?\s+)?))", re.I)
# Portuguese "no"/"na" (in the) come before one thing, never a plural: "no pictures", "no fotos" are English/Spanish "no"
_NOT_PORTUGUESE = re.compile(r"\S*s\b", re.I)  # "from my contacts": the people; "with my photos": the things


def kind_words(first_app_word: str) -> frozenset[str]:
    """The word keys of the extra nouns for the kind whose app words start with ``first_app_word``."""
    return frozenset(words(KIND_WORDS.get(first_app_word, ""), stopwords=frozenset()))


def before_message(task: str) -> str:
    """``task`` up to the message it sends ("Text Bo: the keys are in my diary" -> "Text Bo"); whole when it sends none."""
    if said_at := _SAID_AFTER.search(task) or _SAID_BARE.match(task) or _SAID_TO.match(task) or _REMINDED.match(task) \
            or _SAID_CLAUSE.match(task):
        return task[:said_at.start("cut") if said_at.groupdict().get("cut") is not None else said_at.end()]
    return task


def kinds_said(task: str, known: frozenset[str], held: frozenset[str] = frozenset()) -> set[str]:
    """The word keys among ``known`` (nouns for kinds of app) that ``task`` says as the place to act ("in my encrypted
    messenger": {"messenger"}): within three words after a place preposition, not followed by a thing apps hold ("in
    the calendar event": an event); one among ``held`` (things apps hold: "contact", "photo") after "from" or "with" is
    what is taken, not where; and one said as an item ("in the message from Bo": that message, no "my", no plural, no
    "app") is no place either, nor where a value is said to be kept ("(her address is in my contacts)")."""
    out: set[str] = set()
    task = before_message(_JOINED.sub(r"\1\2", task))
    for m in _PLACE.finditer(task):
        if m["p"].casefold() in ("no", "na") and _NOT_PORTUGUESE.match(m["k"]):
            continue
        before = task[:m.start()]
        if before.count("(") > before.count(")") or _KEPT.search(before):
            continue  # "(her address is in my contacts)", "Bo's number is saved in my phonebook": where a value is kept
        said = m["k"].split()
        for i, word in enumerate(said):
            keys = words(word, stopwords=frozenset()) - _DEVICE
            if not keys & known:
                continue
            after = words(said[i + 1], stopwords=frozenset()) if i + 1 < len(said) else set()
            item = keys & held and not (m["d"] and re.fullmatch(_OWN, m["d"], re.I) or re.search(r"s$", word, re.I)
                                        or i + 1 < len(said) and re.fullmatch(r"app|application|aplicación|appli", said[i + 1], re.I))
            if not after & (held | known) and not item and not (m["p"].casefold() in _WHO and keys & held):
                out |= keys & known
            break
    return out


__all__ = ["KIND_WORDS", "before_message", "kind_words", "kinds_said"]
