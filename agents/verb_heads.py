"""A label that starts with the task's verb but is about another thing: the verb alone is no reason to tap it.

The ranker raises a control whose label starts with the task's verb ("Delete", "Add to cart", "Send"): it does
what the task says. A label can start with that word and be about something else: a person ("Mark Jones | 10:24 |
Lunch tomorrow?" for "mark the email from Google as read"), an item named with a verb ("Book club | 7:00 PM",
"Delete me later.txt"), a control of another object ("Open navigation drawer" for "open the latest email", "Show
Calendar List and Settings drawer" for "show me today"). Two or more words of the label besides its first, none
of which the task says in any form the goal matches, tell that it is about another thing; one such word does when
the thing the task names is shown elsewhere on the screen ("Öppna kamera" for "öppna chatten med pappa" over
Pappa's row) and the word is no short particle ("Ladda ned" for "ladda ner listan"). A short label ("Add to
cart", "Pay now", "Share via WhatsApp") keeps its verb, and so does a row titled by that word alone ("बैटरी | 82%"
for "बैटरी सेटिंग खोलो", where the task's first word is its object). Languages written with spaces only: the
letter pairs of Thai or Chinese text ("ค้นหาร้านอาหาร") are no words to count. Such a label's verb is no shared word
either: "Open navigation drawer" shares only "open" with "open the email from Lufthansa", whose row is further down.
A "new" control starts a message only when it names nothing else or names a message ("Compose", "New chat"; not
"Create contact" for "text Mom").
"""

from __future__ import annotations

from ..unitext import NO_SPACES
from . import ui_glossary
from .function_words import FUNCTION_WORDS
from .goal import Goal, first_word
from .text import words

_OTHER_WORDS = 2  # words besides the verb, none said by the task, that make a label about another thing


def names_another(label: str, verb: str, goal: Goal, *, object_shown: bool = False) -> bool:
    """Does ``label`` (starting with the task's ``verb``) name another thing than the task's? With the task's
    object shown elsewhere on the screen (``object_shown``), one other word is enough."""
    if NO_SPACES.search(label) or words(label.split(" | ", 1)[0]) <= {verb}:
        return False  # a row titled by the word alone ("बैटरी | 82%" for "बैटरी सेटिंग खोलो"): named, whatever it says
    rest = {w for w in words(label) - {verb} - FUNCTION_WORDS if len(w) > 1 and not w.isdigit()}
    enough = 1 if object_shown and all(len(w) > 3 for w in rest) else _OTHER_WORDS  # not a particle: "Ladda ned"
    return len(rest) >= enough and not goal.match(rest)


def shared(goal: Goal, label: str, own: set[str], *, object_shown: bool = False) -> float:
    """What ``label`` (its words ``own``) shares with the goal; its first word not counted when it is the task's verb
    and the label is about another thing (see ``names_another``)."""
    verb = first_word(label)
    if verb in goal.verbs and verb in own and names_another(label, verb, goal, object_shown=object_shown):
        return goal.match(own - {verb})
    return goal.match(own)


def makes_message(rest: set[str], sending: frozenset[str]) -> bool:
    """Does a "new / create / compose" control whose other words are ``rest`` start a message: it names nothing
    else ("Compose", "+ New") or names a message ("New email", "Start chat"), not another kind of thing ("Create
    contact", "New group")?"""
    rest = {w for w in rest - FUNCTION_WORDS if len(w) > 1 and not w.isdigit()}
    return not rest or bool(rest & sending) or "message" in ui_glossary.concepts(" ".join(rest))


__all__ = ["makes_message", "names_another", "shared"]
