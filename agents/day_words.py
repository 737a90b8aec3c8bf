""""Tomorrow" in the languages phones ship: a task's day ("make sure my 6:30 alarm is on for tomorrow", "明天多少度？")
and a row's day (an alarm row's "ነገ", a forecast row's "Morgen", "Demain", "내일") meet whatever the script of each.

German and Dutch "morgen" after "heute" ("heute Morgen") is this morning, Spanish "la mañana" is the morning; a bare
Norwegian or Danish "morgen" is a morning too ("i morgen" is tomorrow). Hindi "कल" is yesterday as well as tomorrow:
a forecast or an alarm reads it ahead.
"""

from __future__ import annotations

import re

from .time_leads import QUOTED

_SPACED = (
    r"tomorrow|tmrw|(?<!heute\s)morgen|demain|(?<!la\s)ma[ñn]ana|domani|amanh[ãa]|mañá|dem[àa]|bihar|jutro|jutri|zítra"
    r"|zajtra|m[âa]ine|holnap|huomenna|homme|rīt|rytoj|sutra|nes[ëe]r|i\s*morgon|á\s+morgun|i\s+morgen|môre|yfory"
    r"|amárach|αύριο|yar[ıi]n|ertaga|ng[àa]y\s+mai|besok|esok|bukas|kesho|kusasa|gobe"
    r"|завтра|заўтра|утре|сутра|маргааш|ертең|эртең|ხვალ|վաղը"
    r"|מחר|غدا|غداً|بكرة|بكره|فردا|कल|भोलि|उद्या|আগামীকাল|આવતીકાલે|ਭਲਕੇ|நாளை|రేపు|ನಾಳೆ|നാളെ|හෙට|ነገ")
_UNSPACED = r"明天|明日|내일|พรุ่งนี้|ມື້ອື່ນ|ស្អែក|မနက်ဖြန်"
TOMORROW = re.compile(rf"(?<![\w])(?:{_SPACED})(?![\w])|{_UNSPACED}", re.I)


def says_tomorrow(text: str) -> bool:
    """Whether ``text`` (a task outside its quotes, or a row) says tomorrow, in any language."""
    return bool(TOMORROW.search(QUOTED.sub(" ", text)))
