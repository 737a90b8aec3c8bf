"""Function words of other languages name no control: "sem querer" (by mistake) is not "Sem estrela".

Prepositions, articles, conjunctions and possessives of the languages phones ship with ("sem", "com",
"para", "ohne", "avec", "dengan") hold a task together; a control sharing only such a word with the
task ("Sem estrela", the unstarred star of a mail row) is not named by it. English ones are already
stopwords; words that are also English words ("con", "die", "son", "per", "ton") are left out.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import words

FUNCTION_WORDS = frozenset(words(
    # "no", "none", "there is none" (a task's "no space left" names no "No threats" row)
    "нет ні немає нема nein kein keine keinen yok nie brak nessuno nessuna niets geen ingen ikke inte nem nincs "
    "δεν όχι لا ليس نیست אין नहीं নেই không tidak bukan hapana "
    # Portuguese, Spanish
    "sem com para pelo pela pelos pelas dos das nos nas num numa uma isso isto esse essa este esta aquele aquela "
    "meu minha seu sua teu tua não mas também muito já del los las una unos unas esto eso ese esa mi mis su sus tu tus pero "
    "um pra pras "
    # articles and "of"/"in" of the Romance languages and Dutch
    "de da du di la le el il lo al au en "
    "muy también "
    # French, Italiano
    "sans avec pour dans sur les des une aux cet cette ces mon mes tes ses mais très aussi déjà senza nel nella "
    "nei nelle della dei degli delle gli questo questa quello quella mio mia tuo tua suo anche già "
    # German, Dutch
    "ohne für vom zum zur der das dem des ein eine einen einem einer und oder mein meine dein deine sein seine "
    "aber auch schon sehr zonder voor het een mijn jouw maar ook "
    # the other prepositions of German and Dutch, with German's contractions ("auf dem Handy", "naar het werk"; the
    # particles that say a state, "an", "aus", "ein", "aan", "uit", and the English "am", "um", "met", "door", "tot" left out)
    "auf mit von zu bei nach über unter vor hinter neben zwischen durch gegen bis seit während wegen trotz statt "
    "außer gegenüber innerhalb außerhalb im ins aufs beim übers unters vors durchs fürs "
    "op naar bij tegen onder boven achter naast tussen sinds "
    # the other prepositions of the Romance languages ("pendant", "sob", "sin", "verso" are English words)
    "à par chez sous vers entre depuis contre selon parmi derrière devant "
    "bajo hacia hasta según sobre tras durante mediante desde por em até após perante tra sopra sotto dopo dentro fuori "
    # Indonesian, Malay
    "dan yang untuk dengan tanpa ini itu juga sudah di ke dari "
    # Greek
    "το τον την τη της του τους τις τα των οι ο η για από απο και με σε στο στη στην στον στα στις ένα ενα μια μία ένας να θα "
    "που μου σου μας σας αυτό αυτή "
    # Russian, Ukrainian
    "и в во на с со к ко по из за от до для о об обо про у что как это мой моя моё мои мне меня мы вы он она они ли не но или "
    "уже ещё та також від що як це мій моя мені "
    # Polish, Turkish, Vietnamese
    "oraz dla przez jest się bez ile bir ve ile için gibi bu şu çok của và cho với những các một này "
    # Swedish, Norwegian, Danish: prepositions, articles, conjunctions, pronouns, possessives, adverbs ("min", "din",
    # "den", "men", "till", "til", "for", "over", "under", "at", "her", "sin", "mine", "sine", "vid", "mot", "mod", "i"
    # are English or French words, left out)
    "på med från fra av af om ved hos utan uten uden genom gjennom gennem mellan mellom mellem efter etter åt "
    "ett et ei och og eller att å som så mitt mina ditt dina dit sitt sina sit vår våra vårt våre vores jeres deres "
    "jag jeg hon hun det detta dette denna denne dessa disse också også redan allerede mycket meget veldig här där "
    # Swahili
    "kwa na ya wa za cha vya katika kwenye ni hii huu "
    # Hindi and Urdu postpositions and conjunctions ("ऐप की सूचनाएं": the app's notifications)
    "का की के को में से पर ने तक और या کا کی کے کو میں سے پر نے تک اور یا",
    stopwords=frozenset()))
# Demonstratives: "this account", "esta conta", "이거", "これ" point at what is in front, not at a thing named.
DEMONSTRATIVES = frozenset(
    "this that it these those este esta esto ese esa eso estos estas isto isso ce cet cette cela ça ceci questo questa "
    "quello quella dies diese dieses diesen dit deze to ten ta tę tego это этот эта эту эти це цей ця цю ці bu şu "
    "bunu şunu ini itu này đó".split())
DEMONSTRATIVES_UNSPACED = ("この", "その", "これ", "それ", "あの", "이거", "이것", "그거", "저거", "这", "這", "هذا", "هذه")


_ADDRESS = re.compile(r"[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?|\S+@\S+")  # a web or mail address


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Take back the credit a tap's (or long press's) label earned by sharing function words with the task (in place): all of it
    when it shares nothing else, and the function words' part when it shares a word too ("Écran de verrouillage"
    shares "écran" with "augmente la luminosité de l'écran", not "de", which half the rows of a page write)."""
    said = words(_ADDRESS.sub(" ", task)) & FUNCTION_WORDS  # "com" of "example.com/hours" is no word said
    for candidate in out:
        element = candidate.action.get("element")
        if not said or candidate.action.get("kind") not in ("tap", "long_press") or not isinstance(element, int):
            continue
        shared = words(screen.labels.get(element, "")) & said
        candidate.score -= float(len(shared)) * (0.5 if element in screen.borrowed else 1.0)
