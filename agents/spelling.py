"""Typing slips in an English task, read as the words meant: "set an akarm for 7" -> "set an alarm for 7".

A phone's reader keys on words ("alarm", "rename", "favourite"); one slipped letter and the task reads as
nothing. A word is respelled only when all of these hold, so names, titles and other languages are left as typed:

- it is an ASCII word of four letters or more, outside quotes, URLs, e-mails and file names; a word with a
  capital (a name, an app's) only as a slip of a phone or task word ("Bletooth", "Delte the file");
- it is unknown English and no inflection of a known word ("texted" is "text" + "ed"), by the word frequencies
  of ``pyspellchecker``'s English list plus the phone words that list lacks, :data:`PHONE_WORDS`;
- one slip away (two letters swapped, one dropped or added, one replaced by a key next to it or a vowel by
  another) is a common word with the same first letter, phone and task words first; four typed letters are only read as one of the :data:`TASK_WORDS`, as short names often are one slip
  from a word;
- the task reads as English: at most one lower-case word is neither known nor one slip from a known word, and
  it has a word only English writes so ("the", "to", "my", "what", "delete", ...) or two known English words
  and no such unknown one.

Apostrophes people leave out ("dont", "im", "whats") are put back first. :func:`slipped_names` finds the app
names a task's words slipped from ("Sihnal"), against the device's own app list.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib import resources

from cascadroid.errors import ConfigurationError

from .task_verbs import VERBS
from .text import QUOTED as _QUOTED
from .text import outside_quotes
from .word_fixes import about_spelling

# Phone words the general frequency list lacks or holds as rare (British spellings, app words), as common words.
PHONE_WORDS = frozenset(
    "favourite favourites unfavourite unfavorite colour colours screenshot screenshots wifi bluetooth hotspot "
    "voicemail voicemails ringtone ringtones homescreen lockscreen selfie selfies emoji emojis inbox outbox unstar "
    "unpin unmute untick unsend resend playlist playlists wishlist bookmark bookmarks aeroplane stopwatch username "
    "login logout signup passcode checkbox dropdown toggle unread unarchive unblock unfollow unsubscribe reschedule "
    "autocorrect autofill autoplay autorotate nearby cancelled travelling organise customise apps app rename "
    "append webpage website podcast podcasts hashtag retweet repost livestream ebook earbuds smartwatch notifications "
    "widget widgets uninstall reinstall audiobook chatbot groupchat facetime gmail whatsapp gallery camera messages "
    "calculator recorder addr convo convos fave faves fav favs".split())  # the last: texting forms (texting_words.py), no slips
_COMMON = 1000  # a word at least this frequent can be what was meant
_RARE = 200  # a word less frequent than this is no word of a task, unless an inflection of one
_UNSEEN = 100  # only a word less frequent than this may be a slip
_ENDINGS = ("ed", "d", "ing", "s", "es", "er", "ers")
_APOSTROPHES = (
    (r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)nt\b", r"\1n't"),
    (r"\bwont\b", "won't"), (r"\bcant\b", "can't"), (r"\bdont\b", "don't"), (r"\bim\b", "I'm"), (r"\bive\b", "I've"),
    (r"\b(what|that|there|where|who)s\b", r"\1's"),
    (r"\b(you|they)re\b", r"\1're"), (r"\b(you|they)ll\b", r"\1'll"), (r"\b(you|they|we)ve\b", r"\1've"),
)
# Function words of German and Dutch, where "im" is a word ("in the"), not "I'm" without its apostrophe.
_GERMANIC = frozenset("ich du wir ihr dass und oder nicht bitte der das dem den des ein eine einen ist sind zum zur vom "
                      "mein meine ik jij het een dat niet en".split())
# The articles, prepositions and conjunctions of the Romance languages that English never writes (fr, es, it, pt,
# ca, ro)
_ROMANCE = frozenset("le les du des à au aux et une est où ça el los las y que del è il gli della delle degli di che è "
                     "não uma são dos nas nos às és amb els això și sau cu pe în lui"
                     .split())
# Common misspellings more than one slip away, or next to another word (only misspellings, never a word).
_MISSPELLINGS = {"recieve": "receive", "recieved": "received", "recieves": "receives", "calender": "calendar",
          "calenders": "calendars", "adress": "address", "adresses": "addresses", "tommorow": "tomorrow",
          "tomorow": "tomorrow", "tommorrow": "tomorrow", "untill": "until", "mesage": "message", "messege": "message",
          "emial": "email", "contcats": "contacts", "freind": "friend", "wich": "which", "remaind": "remind",
          "alaram": "alarm", "notifcations": "notifications", "favorate": "favorite", "pasword": "password",
          "teh": "the", "hte": "the", "adn": "and", "taht": "that", "wats": "what's", "waht": "what"}
# "Were was the photo taken?": a question word slipped to the verb after it (no English sentence says "were was").
_WERE = re.compile(r"^(?P<w>were)(?= (?:is|was|are|were|did|does|do|can|could|will|should)\b)", re.I)
# "form" between a thing named with its determiner and the next one's determiner is a slip of "from" ("the code form the
# bank's email"); "form the group", "fill in the form" are the word itself.
_FORM = re.compile(r"\b(?P<n>(?:the|a|an|my|your|his|her|their|its|this|that) (?:[\w\-]+ ){0,2}?[\w\-]+) form "
                   r"(?=(?:the|my|your|his|her|their|this|that|our) \w)", re.I)
_TOKEN = re.compile(r"""(?<![\w@./:'"’])(?:(?<=^)|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))?[A-Za-z][a-z]{3,}(?![\w@/'’]|\.\w)""")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")  # each row set half a key right of the one above
_NEAR_KEYS = {
    key: "".join(_ROWS[r][j] for r, js in ((row, (i - 1, i + 1)), (row - 1, (i, i + 1)), (row + 1, (i - 1, i)))
                 if 0 <= r < len(_ROWS) for j in js if 0 <= j < len(_ROWS[r]))
    for row, keys in enumerate(_ROWS) for i, key in enumerate(keys)
}
_PREFIXES = ("un", "re", "de", "dis", "pre", "mis")
_UNHYPHENED = re.compile(r"(?<![\w\-])(un|re|Un|Re)-([a-z]{3,})\b")
# British spellings, as the American word list writes them: "centre", "colour", "organise", "analyse", "catalogue".
_BRITISH = ((r"tre(s?)$", r"ter\1"), (r"our", "or"), (r"is(e|es|ed|ing|ation)$", r"iz\1"), (r"ys(e|es|ed|ing)$", r"yz\1"),
            (r"ogue(s?)$", r"og\1"), (r"ll(ed|ing|er)$", r"l\1"), (r"ence$", "ense"))
# What four typed letters may be a slip of: the words tasks are made of (short names are often a slip from a word).
TASK_WORDS = frozenset(
    "email mail photo photos picture video alarm timer note notes event events contact contacts message messages "
    "chat group album file files folder song music call start stop pause play delete send open close share star "
    "pin mute archive forward reply search find text turn remove save change rename move mark favourite rated "
    "rating cheapest nearest price order cart address number phone calendar reminder settings create connect check "
    "cancel schedule book buy copy play stop set add show make find open close call".split())
_ENGLISH = frozenset(  # words no other language writes the same way
    "the to my for and of it with off please this that from your on at how what which where who when many much have "
    "has does did is are was were can could would should will you we they all every new last next today tomorrow "
    "set turn send text delete open add make start create call find show remove save change rename move reply mark "
    "tell give put get take".split())


_SENT = re.compile(r"(?P<h>[^:\"“«]*?\b(?:text|message|tell|write|send|e-?mail|mail|reply|sms|dm|say)\b[^:\"“«]*?)(?::\s|\s+saying\s)",
                   re.I)  # a sending request's head, before its message


def respelled(task: str) -> str:
    """``task`` with its typing slips mended (see the module docstring); the same text when there are none."""
    if about_spelling(task):
        return task  # "it says recieve where it should say receive": the slip itself, as typed
    sent = _SENT.match(task)
    if sent:  # "text Ana: llego tarde": the message is typed as written (its words may be no English)
        return respelled(task[:sent.end("h")]) + task[sent.end("h"):]
    task = _WERE.sub(lambda m: _cased(m["w"], "where"), task.strip())
    task = outside_quotes(task, lambda text: _FORM.sub(r"\g<n> from ", text))  # "the code form the X email": from
    task = outside_quotes(task, _apostrophes_back)  # what is quoted is typed as written
    task = outside_quotes(task, lambda text: _UNHYPHENED.sub(  # "un-favourite", "re-send": the one word people type
        lambda m: m[1] + m[2] if _is_listed((m[1] + m[2]).casefold()) else m[0], text))
    if not _reads_as_english(_QUOTED.sub(" ", task)):
        return task
    return outside_quotes(task, lambda text: _TOKEN.sub(_mended, text))


def _mended(match: re.Match[str]) -> str:
    word = match.group()
    fixed = meant(word.lower())
    if word[0].isupper() and fixed not in PHONE_WORDS | TASK_WORDS | _ENGLISH | VERBS:
        return word  # a name, or an app's ("Farid"), unless a slip of a phone or task word ("Bletooth", "Delte")
    return word if fixed is None else (fixed.capitalize() if word[0].isupper() else fixed)


def slipped_names(typed: set[str], names: set[str]) -> set[str]:
    """The ``names`` (lower-case words of app labels, say) that words of ``typed`` are one slip from:
    "sihnal" -> "signal", "whatsap" -> "whatsapp". Words of five letters or more that are no English."""
    found = set()
    for word in typed:
        if len(word) >= 5 and word not in names and not _is_known(word):
            found |= names & (_swapped_or_doubled(word) | _other_slips(word))
    return {name for name in found if len(name) >= 5}


def meant(word: str) -> str | None:
    """The common word ``word`` (lower case) slipped from, or None when it is no slip or unclear. The likeliest
    slips (two letters swapped, a letter typed twice) win over the others; among equals, the most frequent word."""
    if len(word) < 4 or _frequencies().get(word, 0) >= _UNSEEN:
        return None
    if _is_known(word):  # an unlisted inflection of a short word ("tim" + "mer") is a task word typed with a letter twice
        doubled = {o for o in _swapped_or_doubled(word) if len(o) < len(word)} & TASK_WORDS
        return min(doubled) if doubled and not _is_listed(word) and len(word) <= 7 else None
    for slips in (_swapped_or_doubled(word), _other_slips(word)):
        options = [(_how_common(o), o) for o in slips if o[0] == word[0] and (len(word) > 4 or o in TASK_WORDS)]
        options = [(seen, o) for seen, o in options if seen >= _COMMON]
        if word[-1] in "ds":  # an inflection's ending typed is kept: "turnd" is "turned", "emaild" "emailed"
            options = [(seen, o) for seen, o in options if o[-1] == word[-1]] or options
        if options:
            return max(options)[1]
    return None


def _how_common(word: str) -> int:
    if word in PHONE_WORDS or word in TASK_WORDS:
        return max(_COMMON * 100, _frequencies().get(word, 0))
    seen = _frequencies().get(word, 0)
    return seen if seen or not _inflects(word) else _COMMON  # "texted": an inflection of a listed word


def _reads_as_english(text: str) -> bool:
    said = re.findall(r"\w+", text.casefold())
    if sum(w in _ROMANCE or w in _GERMANIC for w in said) >= 2 > sum(w in _ENGLISH for w in said):
        return False  # "À quelle heure part le train ?": French, whose "heure" is no slip of "here"
    words = re.findall(r"(?<![\w@./:-])[A-Za-z]+(?![\w@/-]|\.\w)", text)
    strange = [w for w in words if w.islower() and len(w) >= 3 and not _is_known(w) and meant(w) is None]
    known = [w for w in words if len(w) >= 4 and _frequencies().get(w.lower(), 0) >= _RARE]
    return len(strange) <= 1 and (bool(_ENGLISH & {w.lower() for w in words}) or len(known) >= 2 and not strange)


def _is_known(word: str) -> bool:
    """A word of English or of phones, or one made from one ("texted", "unsave", "logins")."""
    if _is_listed(word) or _inflects(word):
        return True
    return any(word.startswith(p) and len(word) - len(p) >= (3 if len(p) == 2 and p != "de" else 4) and _is_known(word[len(p):])
               for p in _PREFIXES)  # "unpin", "defrost"; never "delet" (a slip of "delete", no "de-" + "let")


def _is_listed(word: str) -> bool:
    if word in PHONE_WORDS or _frequencies().get(word, 0) >= _RARE:
        return True
    american = [re.sub(b, a, word) for b, a in _BRITISH if re.search(b, word)]
    return any(form in PHONE_WORDS or _frequencies().get(form, 0) >= _RARE for form in american)


def _inflects(word: str) -> bool:
    """``word`` is a listed word with an ending: "texted", "saved", "pinned", "logins"."""
    for ending in _ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and not (stem.endswith("e") and ending[0] in "ei") \
                and (ending != "d" or stem.endswith("e")):  # "saved", never "turnd" (a slip of "turned")
            undoubled = stem[:-1] if stem[-1] == stem[-2] and stem[-1] not in "aeiou" and ending[0] in "ei" else stem
            if any(_is_listed(form) for form in (stem, stem + "e", undoubled)):
                return True
    return False


def germanic(text: str) -> bool:
    """A German or Dutch sentence (one of its function words), where "im" is no "I'm"."""
    return bool(set(re.findall(r"\w+", text.casefold())) & _GERMANIC)


def _apostrophes_back(task: str) -> str:
    """Apostrophes left out put back, and the common misspellings of :data:`_MISSPELLINGS` put right."""
    task = re.sub(rf"\b(?:{'|'.join(_MISSPELLINGS)})\b", lambda m: _cased(m.group(), _MISSPELLINGS[m.group().casefold()]),
                  task, flags=re.I)
    german = germanic(task)  # "im Stau", "im Wohnzimmer": a word
    for pattern, repl in _APOSTROPHES:
        if not (german and repl == "I'm"):
            task = re.sub(pattern, repl, task, flags=re.I)
    return re.sub(r"\bi'(m|ve|ll)\b", r"I'\1", task)


def _cased(typed: str, right: str) -> str:
    return right.capitalize() if typed[:1].isupper() else right


def _swapped_or_doubled(word: str) -> set[str]:
    """``word`` with two neighbours swapped, or one of a doubled letter dropped."""
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return (swapped | {word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1]}) - {word}


def _other_slips(word: str) -> set[str]:
    """``word`` with one letter dropped or added, or replaced by a key next to it (a vowel by any vowel)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    options = {a + b[1:] for a, b in splits if b}
    options |= {a + c + b[1:] for a, b in splits if b for c in _NEAR_KEYS.get(b[0], "") + ("aeiou" if b[0] in "aeiou" else "")}
    options |= {a + c + b for a, b in splits for c in _LETTERS}
    return options - {word}


@cache
def _frequencies() -> dict[str, int]:
    """English word -> frequency, from pyspellchecker's list (read once)."""
    try:
        data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    except ModuleNotFoundError as exc:  # a broken install: the package is a dependency
        raise ConfigurationError("reading typing slips needs pyspellchecker's word list, which is not installed",
                                 hint="pip install pyspellchecker") from exc
    return {word: count for word, count in json.loads(gzip.decompress(data)).items() if count}
