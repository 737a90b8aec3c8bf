"""Saying not to give, let or allow something, in the languages phones ship.

A request for a permission or a piece of data is refused with a negative imperative of "give", "let" or "allow":
"don't give it my location", "no le des la ubicación", "ne lui donne pas", "не давай", "nedávej", "älä anna",
"ära luba", "verme", "نده", "मत दो", "usimpe", "别给", "あげないで", "주지 마". Spaced languages put a no-word
before the verb (a pronoun or two may sit between), some after it ("gib ... nicht", "ge inte"); others join the
no to the verb (Czech "ne-", Turkish "-me", Persian "ن-", Swahili "usi-", Korean "-지 마", Japanese "-ないで").
Not agreeing or accepting refuses the same way ("don't agree", "no acepto", "不同意", "동의하지 마"), and Chinese
fronts the object with 把 between the no-word and the verb ("别把我的号码给它").
General grammar only; agents/negation.py reads it as a refusal.
"""

from __future__ import annotations

import re

# A no-word and the verbs of giving, letting, allowing it goes before, per language (imperatives, infinitives).
_PAIRS = (
    ("don't|dont|do not|never", "give|let|allow|grant|permit|agree|accept|consent|authorize|authorise"),
    ("ko|k|không|khong|đừng|dung", "cho|đưa|đồng ý|dong y|chấp nhận"),
    ("jangan|gak|nggak|ga|gausah", "kasih|kasi|izinkan|biarkan|beri|berikan|bagi|benarkan|setuju|terima"),
    ("no", "des|dejes|permitas|dé|den|dejen|permita|permitan|acepto|aceptes|acepte|acepten|autorizo|autorices|autorice"),
    ("não|nao", "dê|dá|dar|deixa|deixe|deixes|permita|autorize|aceito|aceite|aceites|concordo|autorizo"),
    ("ne|n'", "donne|donnez|laisse|laissez|autorise|autorisez|permets|accepte|acceptez"),
    ("nicht", "geben|lassen|erlauben|zulassen|zustimmen|akzeptieren"),
    ("не|ні", "давай|дай|давайте|разрешай|разреши|разрешавай|позволяй|позволявай|дозволяй|дозволь|дозволи|давај|дај|"
     "соглашайся|принимай|согласен|согласна|погоджуйся|приймай"),
    ("ne", "dozvoli|dozvoljavaj|daj|davaj|add|adj|engedd|engedj|engedélyezd"),
    ("nie", "dawaj|pozwalaj|pozwól|zezwalaj|udostępniaj"),
    ("nu", "da|lăsa|lasa|permite"),
    ("non", "dare|dargli|darle|dai|lasciare|permettere|consentire|autorizzare"),
    ("niet", "geven|toestaan"),
    ("älä|älkää", "anna|antako|salli|sallike"),
    ("ära|ärge", "anna|andke|luba|lubage"),
    ("μην|μη", "δώσεις|δίνεις|επιτρέψεις|αφήσεις"),
    ("אל", "תיתן|תתן|תתני|תאפשר|תאשר"),
    ("لا|ما", "تعطي|تعطيه|تعطيها|تسمح|تخلي"),
    ("huwag|wag|'wag", "ibigay|payagan|bigyan|hayaan"),
    ("mat|na|nahi", "do|dena|dijiye|de"),
    ("मत|ना|न", "दो|दें|देना|दीजिए|दे"),
    ("مت|نہ", "دو|دیں|دینا"),
    ("битгий", "өг|зөвшөөр"),
    ("არ", "მისცე|მისცეთ|დაუშვა"),
    ("մի", "տուր|թույլատրիր"),
)
# Pronouns that may sit between the no-word and the verb ("no le des", "ne lui donne", "не му давай").
_CLITIC = r"(?:(?:le|les|la|lo|se|lui|leur|l'|me|mi|ti|gli|ihm|ihr|ему|ей|им|му|й|jej|mu|jim|ho|it|them)\s+)"
# The verb first, the no-word after it ("gib ihm nicht", "ge den inte", "geef geen", "giv ikke").
_GIVE_FIRST = r"gib|erlaube|lass|geef|sta|ge|tillåt|giv|gi|tillad|tillat|lad"
_AFTER = r"nicht|niet|geen|inte|ikke"
# Verbs that carry their own no (joined), found as whole words.
_JOINED = (r"nedávej|nedávejte|nepovoluj|nepovolujte|nedovol|nedovoľ|nedávaj|nepovoľuj|neduok|neleisk|nedod|neļauj|"
           r"verme|vermeyin|vermeyiniz|نده|ندید|نذار|نذارید|usimpe|usiwape|usiruhusu|usitoe|usikubali|berme|"
           r"бермеңіз|берме|berma|bermang|அனுமதிக்காதே|கொடுக்காதே|கொடுக்காதீர்கள்|தராதே|ఇవ్వకు|ఇవ్వొద్దు|"
           r"দিও না|দেবেন না|দিস না|दिओ ना|देऊ नको|देऊ नका|አትስጠው|አትስጥ|አትፍቀድ")
_SPACED = re.compile(
    r"(?<![\w'])(?:" + "|".join(rf"(?:{no})\s+{_CLITIC}{{0,2}}(?:{verbs})" for no, verbs in _PAIRS) + "|"
    rf"(?:{_GIVE_FIRST})(?:\s+\S+){{0,3}}?\s+(?:{_AFTER})|"
    rf"(?:{_JOINED}))(?![\w])")
# Unspaced scripts and Korean's endings: found anywhere.
_UNSPACED = re.compile(
    r"(?:别|別|不要|不|勿|ไม่|อย่า|កុំ)(?:让|讓|给|給|允许|允許|同意(?!见|見)|答应|答應|授权|授權|ให้|อนุญาต|ยินยอม|ឲ្យ|អោយ|ផ្តល់)"
    r"|(?:别|別|不要|勿)(?:把|将|將)[^，,。.!！?？;；]{1,16}?(?:给|給|交给|交給|告诉|告訴|透露)"  # 把: the object before the verb
    r"|(?:あげ|渡さ|許可し|与え|教え|させ|くれ)(?:ないで|ちゃだめ|ちゃダメ)|同意しな(?:い|いで)"
    r"|(?:주|드리|허용하|허락하|허가하|공유하|알려주|알려 주|동의하)지\s?(?:마|말)|동의\s?안\s?(?:해|함|할)|동의하지\s?않|안\s?(?:줘|주|드려)(?=$|[\s,.!?요])"
    r"|မပေးနဲ့|ခွင့်မပြုနဲ့")


def withholds(task: str) -> bool:
    """The task says not to give, let or allow ("no le des la ubicación", "älä anna", "주지마", "あげないで");
    ``task`` casefolded."""
    return bool(_SPACED.search(task) or _UNSPACED.search(task))


__all__ = ["withholds"]
