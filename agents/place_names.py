"""Tasks about a place: a business named by its kind, or a question only a map answers.

"What is the phone number of Elm Corner Deli?", "When does Café Lumière open?", "How far is it to the
Grand Hotel?": a proper name whose last word is a kind of venue (a deli, bistro, pub, hotel, museum,
pharmacy... in common phone languages) names a place, and places are kept in a map app, not in the
contacts. So does a question about the distance to somewhere ("how far", "how many km to"), in any
app. General vocabulary only: no app's or place's own name is known here.
"""

from __future__ import annotations

import re

# Kinds of venue that end a business's proper name ("Canal Street Bar", "Caffè Roma" comes first: see _LEADING).
# Words that also name parts of a screen or collections ("Search Bar", "Photo Library", "Stock Market") are out.
_VENUE = (r"bistro|deli|delicatessen|diner|pub|tavern|inn|(?<!search )(?<!status )(?<!tab )(?<!tool )(?<!address )"
          r"(?<!menu )(?<!title )(?<!action )(?<!navigation )(?<!app )bar|grill|brasserie|trattoria|pizzeria|osteria|"
          r"cantina|taqueria|bakery|patisserie|pâtisserie|boulangerie|café|cafe|cafeteria|coffee house|coffeehouse|"
          r"tea ?room|tea house|teahouse|eatery|restaurant|steakhouse|noodle house|canteen|hotel|hostel|motel|museum|"
          r"pharmacy|drugstore|barbershop|cinema|stadium|zoo|aquarium|bookshop|bookstore|florist|supermarket|"
          r"bäckerei|apotheke|gasthaus|gasthof|kneipe|ristorante|restaurante|cafetería|panadería|farmacia")
# A kind said first ("Café Lumière", "Hotel Adlon", "Museo del Prado", "Ristorante Da Mario").
_LEADING = r"café|cafe|caffè|hotel|museo|musée|museum|ristorante|restaurante|restaurant|trattoria|bar|pizzeria|gasthaus"
_CAP = r"(?-i:[A-Z\u00c0-\u00de][\w'’&\-]*)"
_PLACE_NAME = re.compile(
    rf"(?<![\w.])(?:(?:{_CAP}|&|and|of|the|de|del|la|le|da)\s+){{0,4}}(?-i:(?:{_CAP})\s+)(?P<kind>{_VENUE})\b"
    rf"|\b(?:{_LEADING})\s+(?:(?:de|del|la|le|da|di)\s+)?{_CAP}", re.I)
# "how far is it to X", "the distance to X", "how many kilometres to X", "how long is the drive to X"
_DISTANCE = re.compile(r"\bhow far\b|\bdistance (?:to|from|between)\b|\bhow many (?:km|kilomet(?:er|re)s|miles|"
                       r"met(?:er|re)s)\b|\bhow long (?:is|would) (?:the|a|it) (?:drive|walk|ride|trip)\b", re.I)


# Said after these it is where something else happens ("my lunch at Red Lantern Cafe"): that thing is asked.
_WHERE = re.compile(r"\b(?:at|in|near|inside|outside)\s+(?:the\s+)?$", re.I)
_CAPITALISED_BEFORE = re.compile(rf"(?:{_CAP}\s+)+$")


def place_name(task: str) -> str | None:
    """The proper name of a venue the task is about ("Elm Corner Deli"), else None. A word before the
    kind must be capitalised, so "the search bar" or "my local pharmacy" names none; a name said as where
    something else happens ("dinner at Red Lantern Cafe") is not asked about."""
    for m in _PLACE_NAME.finditer(task):
        start = m.start()
        before = _CAPITALISED_BEFORE.search(task[:start])  # the name's first words, left out of the match
        start = before.start() if before else start
        head = task[start:m.start("kind")] if m.group("kind") else ""
        lower = [w for w in re.finditer(r"\S+", head) if w.group(0)[:1].islower()]
        if lower:  # "Rate the Old Mill Tea Room", "of Elm Corner Deli": the name after its last small word
            start += lower[-1].end()
        name = task[start:m.end()].strip()
        if not _WHERE.search(task[:start]):
            return name
    return None


def about_a_place(task: str) -> bool:
    """Does the task ask about a place a map app knows: a named venue, or a distance?"""
    return bool(place_name(task) or _DISTANCE.search(task))


__all__ = ["about_a_place", "place_name"]
