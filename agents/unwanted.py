"""A task that opens by not wanting something: on a dialog or sheet, the answer is its dismissive button.

"I don't want premium, just let me scroll", "нећу премијум", "no quiero el plan anual", "nechci prémium",
"不要会员", "いらない": people answer an offer, a paywall or any other prompt by saying they do not want what
it shows, then say what they mean to do instead, behind it. The negated want opens the task (its first
clause) and takes a thing, not an action to do: "I don't want to miss calls, turn the ringer on" asks for
something (agents/negation.py reads "don't" with its verb), so a "to"-infinitive after it is none. The want
is said in the languages phones ship, fused forms included (Serbian/Croatian "нећу"/"neću", Czech "nechci",
Lithuanian "nenoriu", Turkish "istemiyorum").
"""

from __future__ import annotations

import re

from .text import normalize

# "I don't want", said first, in many languages; fused forms are one word.
_WANT_NOT = (r"(?:i\s+)?(?:don't|do\s+not|dont)\s+(?:want|need)|no\s+(?:quiero|necesito)|(?:eu\s+)?não\s+quero|"
             r"(?:je\s+)?(?:ne\s+)?veux\s+pas|non\s+(?:voglio|mi\s+serve)|(?:ich\s+)?(?:will|möchte|brauche)\s+kein\w*|"
             r"(?:ik\s+)?wil\s+geen|nie\s+chcę|не\s+хочу|не\s+искам|не\s+сакам|нећу|neću|necu|ne\s+želim|ne\s+zelim|"
             r"nočem|nechci|nechcem|nenoriu|negribu|nem\s+(?:akarok|kérek)|(?:ma\s+)?ei\s+taha|en\s+halua|"
             r"nu\s+vreau|δεν\s+θέλω|(?:jag\s+)?vill\s+inte\s+ha|(?:jeg\s+)?vil\s+ikke\s+ha|\w*\s?istemiyorum|"
             r"(?:saya\s+)?(?:tidak|gak|nggak|ga|enggak)\s+mau|(?:tôi\s+)?không\s+muốn|ayaw\s+(?:ko|kong)|sitaki|"
             r"לא\s+רוצה|نمی\s?‌?خوام|نمی\s?‌?خواهم|لا\s+أريد|لا\s+اريد|ما\s+أبغى|ما\s+ابغى|ما\s+بدي|مابي|"
             r"नहीं\s+चाहिए|nahi\s+chahiye|nahin\s+chahiye|"
             # "not interested" turns an offer down the same way
             r"(?:i'?m\s+|i\s+am\s+)?not\s+interested|(?:je\s+(?:ne\s+)?suis\s+)?pas\s+intéressée?|no\s+me\s+interesa|"
             r"(?:eu\s+)?não\s+(?:tenho\s+interesse|me\s+interessa)|kein\s+interesse|non\s+(?:mi\s+interessa|sono\s+interessat[oa])|"
             r"niet\s+geïnteresseerd|nie\s+(?:jestem\s+)?zainteresowan[ya]|не\s+интересно|не\s+цікаво|ilgilenmiyorum|"
             r"(?:saya\s+)?(?:tidak|gak|nggak)\s+tertarik|(?:tôi\s+)?không\s+quan\s+tâm|hindi\s+(?:ako\s+)?interesado|"
             r"غير\s+مهتم|לא\s+מעוניינ(?:ת|ים)?|दिलचस्पी\s+नहीं")
_UNSPACED = r"不想要|不要|用不着|不感兴趣|没兴趣|いらない|要らない|興味ない|興味がない|필요\s?없어|관심\s?없어|싫어|ไม่เอา|ไม่ต้องการ|ไม่สนใจ"  # scripts without spaces
_OPENS = re.compile(rf"^\W*(?:(?:no|nope|nah|ne|не|non|nein|nie|ні)\W+)?(?:{_WANT_NOT})(?=[\s,.!?;:،、，。]|$)|^\W*(?:{_UNSPACED})", re.I)
_TO_DO = re.compile(r"\s*(?:to|da|да|să|να|že|że|que|что)\s", re.I)  # a want of doing something: no thing declined


def declines(task: str) -> bool:
    """The task opens by not wanting a thing ("I don't want premium, ...", "нећу премијум", "不要会员")."""
    return declined(task) is not None


def declined(task: str) -> str | None:
    """The words of the thing a task opens by not wanting, up to the clause's end ("premium" of "нећу премијум,
    ..."; "" when unsaid), or None when it opens otherwise."""
    said = normalize(task)
    m = _OPENS.match(said)
    if m is None or _TO_DO.match(said, m.end()):
        return None
    return re.split(r"[,.!?;:،、，。]", said[m.end():], maxsplit=1)[0].strip()


# Passing over what a prompt offers: "skip this fingerprint thing", "salta la configuración", "пропусти это". The verb
# of skipping, as the languages phones ship say it (imperative and infinitive; unspaced scripts by their word).
_SKIP = re.compile(r"(?<!\w)(?:skip|saltar|salta|sáltate|saltate|omitir|omite|pular|überspringen|"
                   r"überspring|überspringe|saltare|overslaan|sla\s+\w+\s+over|pomiń|pomin|pominąć|przeskocz|пропусти|"
                   r"пропустить|пропустіть|atla|lewati|lewatkan|lewatin|langkau|bỏ\s+qua|laktawan|"
                   r"παράλειψε|παράβλεψε|přeskoč|preskoč|átugr\w*|hoppa\s+över|spring\s+over|ohita|"
                   r"تخطى|تخطي|تخطّى|رد\s+کن|رد\s+شو|דלג|छोड़ो|छोड़\s+दो)(?!\w)"
                   r"|跳过|跳過|スキップ|飛ばして|건너뛰|ข้าม", re.I)


def skips(text: str) -> bool:
    """The text says to skip (what a prompt offers, or, on a control, the skipping itself)."""
    return _SKIP.search(normalize(text)) is not None
