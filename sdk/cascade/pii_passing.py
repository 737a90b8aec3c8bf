"""A contact named in passing: when a lone word that is also a common word is the contact, and handles.

"Will" is William's short form and an English verb, "May" a name and a month, "Mark" a name and a verb, "Vale" Valentina's
and Spanish for "OK". Such a word (``pii_words.is_word``) is the contact only with evidence from the sentence:

- the contact's other name or its initial next to it ("Will H.", "Mark Foster" said as "Mark F.", "D. Aydın",
  "Cavalcanti, R."), or a middle initial between the two ("ROSA M CAVALCANTI");
- an honorific of many languages (``pii_honorifics``) before or after it ("Mr. Will", "Dona Rosa", "Pak Budi",
  "Mehmet Bey", "Takahashi-san"), glued on in Thai, Japanese and Korean ("พี่มะลิ"), a handle's "@", a greeting ("Hi
  May", "Danke, Mark"), a verb or preposition that takes a person ("ask Will", "with Mark", "c/ Rosa", "с Марком",
  Greek's article "στον Νίκο");
- a possessive or a Turkish ending after the apostrophe ("Will's flight", "Deniz'in"), a vocative (", Will!", "Rosa,
  chego às 8!": at a line's start, in a sentence that asks or exclaims), or the sender's colon at a line's start
  ("Mark: running late");
- at a sentence's start, a verb of what a person did next ("Will is calling", "Mark sent you", "Wale don reach").

A common word is one of any of forty languages that the sentence's other words are written in (``is_word``: "Hoa" in
a Vietnamese sentence, "Deniz" in a Turkish one); a weak form needs evidence whatever it is (``weak_names``: "Wale"
for Adewale, "Mali" for มะลิ). A contact's family name alone in a place's case ending ("Aydın'da") is a town, and a
name before a firm's word ("Takahashi Motors", "Kovács és Társa Kft.") the firm's.

A word that is no common word ("Kofi", "Alex") needs none when capitalised, the same evidence in lower case ("ask
kofi", "with ayşe"), unless a surname that is no contact's stands beside it ("Дима Соколов", "Sarah Chen": someone
else of the same name), a particle the contact's name has not stands before it ("Di Cavalcanti"), or it fills
quotation marks after an author's name (a work's title). ``handles``: "@ayşe", "@kofi.mensah", "@tunde_o": a handle
whose letters are a contact's name part, or two of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii

from .pii_forms import skeleton
from .pii_honorifics import AFTER, ALL, BEFORE, glued_after, glued_before
from .pii_words import is_word

_GREETINGS = frozenset(
    "hi hey hello dear thanks thank cheers bye yo hiya hola gracias querido querida bonjour salut merci cher chère "
    "coucou hallo danke liebe lieber servus moin ciao grazie caro cara olá oi obrigado obrigada hej tack tak "
    "привет спасибо дорогой дорогая cześć dzięki merhaba selam sevgili привіт дякую дорога дорогий "
    "szia szervusz köszi kedves chào halo makasih γεια".split())
_TAKES_PERSON = frozenset(  # verbs and prepositions whose object is a person
    "with ask tell call text message ping email meet met remind invite thank told asked called texted messaged "
    "invited reminded mit fragen frag sag con pregúntale dile avec demande dis com pergunta met vraag "
    "с со у от для позвони спроси напиши z ze zapytaj napisz zadzwoń "
    "ο η τον την του της στον στην με "  # Greek puts the article before a person's name: "στον Νίκο"
    "з із зі від для "  # Ukrainian
    "với cho hỏi gọi nhắn dengan sama "  # Vietnamese, Indonesian
    "c/ w/ m/".split())  # "with" as notes write it: "c/ Rosa" (con, com), "w/ Ana", "m/ Lars" (med)
_DID = frozenset(  # what a person did, said right after their name at a sentence's start
    "is was has had sent shared paid mentioned invited replied reacted liked commented wants added asked called "
    "says said wrote accepted declined joined left started updated requested tagged posted loved missed texted "
    "hat ist schrieb schickte a envoyé ha enviado envió mandó escribió отправил отправила написал написала звонит "
    "wysłał wysłała napisał napisała dzwoni dzwonił dzwoniła "
    "llega llegó viene dice dijo llamó escribe chegou chega disse ligou mandou vem "  # Spanish, Portuguese
    "arrive vient appelle écrit arriva viene chiama scrive kommt kam sagt sagte ruft schreibt "  # fr, it, de
    "přišel přišla volal volala napsal napsala "  # Czech
    "aradı yazdı gönderdi dedi geldi istedi paylaştı beğendi "  # Turkish
    "írt küldött hívott "  # Hungarian
    "đã gửi nói gọi sudah udah dah mengirim bilang kata "  # Vietnamese, Indonesian, Malay
    "أرسل أرسلت قال قالت اتصل اتصلت كتب كتبت گفت فرستاد نوشت زنگ "  # Arabic, Persian
    "שלח שלחה אמר אמרה התקשר התקשרה כתב כתבה "  # Hebrew
    "ने को "  # Hindi's marks of the doer and of whom it is for, after the name ("प्रिया ने भेजा")
    "don dey".split())  # West African Pidgin: "Tunde don reach", "Ngozi dey come"
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.\-]*/?)[\s,]*$")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?…:;\"“«(•·|>-])\s*$")
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_][^\W\d_'’-]+)(?![\w'’.-])")  # a word of two letters or more, alone
_PREVIOUS_WORD = re.compile(r"(?<![\w'’.-])([^\W\d_][^\W\d_'’-]+)[ \u00a0]$")
_NEXT = re.compile(r"\s+([^\s\d.,!?:;()\"“”«»]+)")  # the next word, with its combining marks ("ने")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])([^\W\d_])\.\s*$")
_INITIAL_AFTER = re.compile(r",\s*([^\W\d_])\.")
_COMPANY = re.compile(  # a firm named after its founder: "Takahashi Motors", "Kovács és Társa Kft.", "Aydın A.Ş."
    r"(?:\s+|\s*&\s*|\s+(?:and|und|e|és|et|y|i|ve|en)\s+)(?:Sons|Söhne|Cie|Co|Hijos|Filhos|Figli|Zonen|Társa|Ortakları"
    r"|Partners|Associates)\b|\s+(?:Inc|Ltd|LLC|PLC|GmbH|AG|KG|S\.?A|S\.?r\.?l|Ltda|Kft|Zrt|A\.?Ş|Sp\. z o\.o|Oy|AB|ApS"
    r"|B\.?V|N\.?V|Pty|Corp|Group|Holdings?|Motors|Bank|Hotel|Industries)\b")
_FOLLOWING = re.compile(r"\s+([^\W\d_][\w'-]*)(\.?)")
_TITLE_AFTER = re.compile(r"[\s-]+([^\W\d_]+)")
_POSSESSIVE = re.compile(r"['’]s?\b")
_LAST = re.compile(r"[!?.…]*\s*$")
_VOCATIVE = re.compile(r",\s+[^\W\d_]+\s[^\n.!?]*[!?]")  # ", are you home?": the sentence asks or calls
_MIDDLE_INITIAL = re.compile(r"\s+[^\W\d_]\.?\s+([^\W\d_][\w'-]*)")  # "Rosa M Cavalcanti", "Rosa M. Cavalcanti"
_PLACE_CASE = re.compile(r"['’][dt][ae](?:n|ki)?(?![\w'’])")  # locative, ablative: "Aydın'da", "Aydın'dan"
_PARTICLES = frozenset("Di Da De Del Della Dos Das Du Van Von Der Le La Mac Ter Ten".split())
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"', "‹": "›", "「": "」", "『": "』"}
_HANDLE = re.compile(r"@([^\W_][\w.\-]*[^\W_]|[^\W_]+)")
_PATRONYMIC = re.compile(  # a father's name after a given name is no other family name ("Олеся Василівна")
    r"(?i)\w{2,}(?:ович|евич|ьович|йович|ич|овна|евна|ична|івна|ївна|ovich|evich|ovych|ovna|evna|ivna|yivna|ichna)$")


class NameEvidence:
    """Says whether a lone word that reads as a contact's name is the contact, and finds contacts' handles."""

    def __init__(self, contacts: Iterable[str], weak: Iterable[str] = ()) -> None:
        weak, contacts = list(weak), list(contacts)
        strong = {skeleton(w) for name in contacts if name not in weak for w in name.split()}
        self._weak = {skeleton(w) for name in weak for w in name.split()} - strong  # with evidence only ("Wale")
        self._others: dict[str, set[str]] = {}  # skeleton of a name part -> the skeletons of its contact's other parts
        self._pairs: set[str] = set()  # two parts of one contact glued ("kofimensah")
        self._given_starts: set[str] = set()
        self._family_starts: set[str] = set()
        for contact in contacts:
            parts = [skeleton(p) for p in re.split(r"[\s\-]+", contact) if len(p) >= 2]
            for part in parts:
                self._others.setdefault(part, set()).update(p for p in parts if p != part)
            self._pairs.update(a + b for a in parts for b in parts if a != b)
            if len(parts) >= 2:  # the starts of given and family names, to tell where the other one would stand
                self._given_starts.add(parts[0][:3])
                self._family_starts.add(parts[-1][:3])
        self._by_start: dict[str, set[str]] = {}  # a part's first three letters -> the other parts of its contacts
        for part, others in self._others.items():
            self._by_start.setdefault(part[:3], set()).update(others)

    def named(self, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]``, one word that reads as a contact's name, is taken as the contact."""
        word = text[start:end]
        if " " in word:
            return True
        if self.place(text, start, end) or _COMPANY.match(text, end):
            return False  # "Aydın'da bugün hava 38 derece": a surname that is also a town; "Takahashi Motors Ltd"
        return not is_word(word, text) and skeleton(word) not in self._weak or self.framed(text, start, end)

    def framed(self, text: str, start: int, end: int) -> bool:
        """True when the sentence around ``text[start:end]`` speaks of a person there (the evidence listed above)."""
        said = skeleton(text[start:end])
        others = self._by_start.get(said[:3], set()) | self._by_start.get(said[:2], set())
        after = text[end : end + 40]
        if m := _FOLLOWING.match(after):  # "Will Hart", "Mark F."
            following = skeleton(m.group(1))
            if following in others or len(following) == 1 and m.group(2) and any(_initial(o) == following for o in others):
                return True
        if (m := _MIDDLE_INITIAL.match(after)) and skeleton(m.group(1)) in others:
            return True  # "ROSA M CAVALCANTI", "Ana J. Ruiz"
        if (m := _TITLE_AFTER.match(after)) and m.group(1).lower() in AFTER or glued_after(text, end):
            return True  # "Mehmet Bey", "Kovács úr", "Takahashi-san", "ゆうきくん"
        if _POSSESSIVE.match(after) or _LAST.match(after) and text[:start].rstrip().endswith(","):
            return True  # "Will's flight", "Emre'ye" (Turkish endings after the apostrophe), "see you tomorrow, Will!"
        before = text[max(0, start - 40) : start]
        if start and text[start - 1] == "@" or glued_before(text, start):
            return True  # "@mark", "พี่มะลิ"
        if (m := _INITIAL_BEFORE.search(before) or _INITIAL_AFTER.match(after)) and \
                any(_initial(o) == skeleton(m.group(1)) for o in others):
            return True  # "D. Aydın", "Cavalcanti, R.": the initial of the contact's other name
        if (prior := _WORD_BEFORE.search(before)) is not None:
            said = prior.group(1).lower().rstrip(".")
            if said in _GREETINGS or (said in BEFORE or said in _TAKES_PERSON) and not before.rstrip().endswith(","):
                return True
        if not text[text.rfind("\n", 0, start) + 1 : start].strip() and _VOCATIVE.match(after):
            return True  # "Rosa, chego às 8!", "Mark, can you call me?": a message that first calls its reader
        if _SENTENCE_START.search(before):
            if after.startswith(":") and not text[text.rfind("\n", 0, start) + 1 : start].strip():
                return True  # "Mark: running late"
            if (m := _NEXT.match(after)) and m.group(1).lower() in _DID:
                return True  # "Will is calling", "Mark sent you a photo"
        return False

    def someone_else(self, text: str, start: int, end: int, names: set[int]) -> bool:
        """True when the one word ``text[start:end]``, a name a contact shares, names someone else: a capitalised word
        that is no common word and no part of any contact's name (in any letters: "Benаli" with a Cyrillic "а" is
        Benali) stands where the other name would ("Дима Соколов" for Дмитрий Орлов, after a given name, but not a father's name: "Олеся Василівна";
        "Sarah Chen" for May Chen, before a family name); ``names``: where the other names found start and end."""
        if " " in text[start:end]:
            return False
        said = skeleton(text[start:end])[:3]
        given, family = said in self._given_starts, said in self._family_starts
        after = _NEXT_WORD.match(text, end) if given or not family else None  # "Zavolej Kofiho": a verb first
        before = _PREVIOUS_WORD.search(text, max(0, start - 40), start) if family or not given else None
        if family and before is not None and before.group(1) in _PARTICLES and not self._known(before.group(1)) \
                and not _SENTENCE_START.search(text, 0, before.start(1)):
            return True  # "Exposição Di Cavalcanti": a particle the contact's name has not
        if _quoted(text, start, end) and (m := _PREVIOUS_WORD.search(text, max(0, start - 42), start - 1)) and \
                m.group(1)[0].isupper() and not self._known(m.group(1)) and not is_word(m.group(1)):
            return True  # "Купріна «Олеся»": a work's title after its author
        return any(m is not None and m.group(1)[0].isupper() and not m.group(1)[1:].isupper()
                   and not self._known(m.group(1)) and not is_word(m.group(1))
                   and m.group(1).lower().rstrip(".") not in ALL and not _PATRONYMIC.match(m.group(1))
                   and m.start(1) not in names
                   and m.end(1) not in names for m in (after, before))

    def place(self, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]``, a contact's family name alone, takes a place's case ending after the
        apostrophe, as Turkish writes proper nouns' endings ("Aydın'da", "Aydın'dan": in, from Aydın the town;
        "Deniz'den", the given name, is from Deniz the person)."""
        said = skeleton(text[start:end])[:3]
        return bool(_PLACE_CASE.match(text, end)) and said in self._family_starts and said not in self._given_starts

    def _known(self, word: str) -> bool:
        """Is ``word`` a part of a contact's name, or two glued ("Abdelrahman"), in any letters?"""
        return any(w in self._others or w in self._pairs for w in (skeleton(word), anyascii(word).lower()))

    def handles(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of each handle that names a contact ("@ayşe", "@kofi.mensah", "@tunde_o")."""
        if "@" not in text:
            return []
        found = []
        for m in _HANDLE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._-"):
                continue  # an e-mail's domain
            pieces = [skeleton(p) for p in re.split(r"[\d._\-]+", m.group(1)) if p]
            if any(p in self._others and len(p) >= 3 or p in self._pairs for p in pieces):
                found.append((m.start(), m.end(), skeleton(m.group(1))))
        return found


def _initial(part: str) -> str:
    """The Latin initial a name part is written with ("Бондаренко" -> "b")."""
    return anyascii(part[:1]).lower()[:1]


def _quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` fills a pair of quotation marks ("«Олеся»")."""
    return bool(start) and end < len(text) and _QUOTES.get(text[start - 1]) == text[end]


__all__ = ["NameEvidence"]
