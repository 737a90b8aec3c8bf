"""What people say around a request that is not the request: greetings, thanks, openers, asides.

"Hey there. What is Bo's email?", "Rename X to Y. Thanks in advance!", "When you get a sec, delete X",
"Sorry to bother you, but star X", "Alright, save X", a wake word or the assistant's name ("Hey Google, X", "OK phone, X",
"Alexa: X", "Dis Siri, X"), an afterthought's lead ("Oh, and X", "And one more thing: X", "P.S. X"), "Be a dear and call Bo", "Mind clearing X?" (read as "Would you mind ..."),
"I'm on the train. Call Bo", "Call Bo. My battery is at 5%.", "Call Bo. Go on, right now." -> the request alone. A greeting or thanks is a
sentence of its own; an aside is a short sentence about the speaker or the moment that names nobody, quotes
nothing, asks for nothing and says no task word, before or after the request. General English only.
"""

from __future__ import annotations

import re

from .referents import CLOSE, HELD, OPEN
from .task_verbs import VERBS
from .text import QUOTED

_GREETING = re.compile(r"^(?:(?:hey|hi|hiya|hello|yo|morning|good (?:morning|afternoon|evening)|okay|ok|alright|all right"
                       r"|right|so)(?: there| again| you)?|sorry(?: to bother you)?|excuse me|before i forget|almost forgot"
                       r"|quick question|(?:a )?question for you|(?:can|could|may) (?:you|i) (?:check|ask(?: you)?) something"
                       r"|(?:can|could) you help(?: me)?(?: with something)?"
                       r"|(?:(?:can|could|would|will) you )?do me a (?:(?:big|small|quick|huge) )?(?:favou?r|solid)"
                       r"|(?:can|could|may) i ask (?:you )?(?:for )?a (?:(?:big|small|quick|huge) )?favou?r)\s*[.!,?:]*$", re.I)
_THANKS = re.compile(r"^(?:(?:thanks|thank you|thx|ty|cheers|ta|many thanks|much appreciated|(?:i )?appreciate (?:it|that)"
                     r"|no rush|no hurry|that'?s all|that is all|that'?s it|you'?re (?:a lifesaver|the best)|love you"
                     r"|(?:please |kindly )?do the needful)"
                     r"(?: (?:a lot|so much|in advance|again|heaps))?(?:,? (?:you'?re (?:a lifesaver|the best)))?)\s*[.!]*$",
                     re.I)
# Urging said as a sentence of its own after the request ("Go on, right now.", "Now, not in five minutes.", "Hurry."):
# "do it" is kept, it may be the request itself ("Bo said which photo to add. Do it.").
_URGING = re.compile(r"^(?:(?:and |but )?(?:go(?: on| ahead)?|now|right now|right away|immediately|asap|hurry(?: up)?|quick(?:ly)?"
                     r"|chop,? chop|straight away|at once|this (?:minute|instant)|please|thanks|without delay|no delay|pronto"
                     r"|(?:and )?not (?:later|tomorrow|tonight|in (?:a|an|\w+|\d+) (?:minutes?|mins?|hours?|hrs?|days?|sec(?:ond)?s?)))"
                     r"\s*[,!.]*\s*)+$", re.I)
_OPENER = re.compile(r"^(?:(?:hey|hi|hiya|hello|morning|okay|ok|well)(?: there)?(?=[,!])"
                     r"|(?:when|whenever) you (?:get|have) a (?:sec|second|minute|moment|chance)|if you can|if possible"
                     r"|if you could|if you don'?t mind|alright|all right|right|one more thing|next up|next|real quick"
                     r"|quick one|quick question|question for you|i was wondering|help me out|random question)"
                     r"\s*[,:\-–—]\s*|^(?:(?:random question|sorry(?: to bother you)?|i know it'?s late),? but\s+)"
                     r"|^(?:be a (?:dear|star|pal|love|sweetheart|darling|doll|champ|legend)(?: and|\s*[,:\-–—])|need you to)\s+"
                     r"|^(?:(?:can|could|would|will) you )?do me a (?:(?:big|small|quick|huge) )?(?:favou?r|solid)\s*[,:\-–—]+\s*", re.I)
# Who a request is said to, first: a wake word (greeting + assistant), or the assistant's name or a common noun for the
# phone with a pause after it ("Alexa, X", "Phone: X"); "Google the opening hours" and "phone Bo" are requests.
_ASSISTANTS = r"google|siri|alexa|bixby|cortana|celia|alice|алиса|marusia|маруся|салют|gemini|copilot|jarvis"
_HANDSET = r"(?:phone|assistant|computer)"
_WAKE = re.compile(rf"^(?:(?:hey|hi|hello|ok|okay|oye|ey|hola|dis|h[ée]|salut|hallo|hej|hei|ei|ehi|eh|эй|привет|слушай)\b,?\s*"
                   rf"(?:{_ASSISTANTS}\b|{_HANDSET}(?=\s*[,:!]))|(?:{_ASSISTANTS}|{_HANDSET})(?=\s*[,:!]))"
                   r"\s*[,:!.\-–—]*\s*(?=\S)", re.I)
# An afterthought's lead ("Oh, and X", "Also, X", "And one more thing: X", "P.S. X"): the request is what follows.
_AFTERTHOUGHT = re.compile(r"^(?:(?:oh|ah|oh yeah|oh wait|oops)\s*[,!.]?\s+)?(?:(?:and(?: also)?|also)\b|p\.?\s?s\.?(?=[\s,:]))\s*[,:\-–—]?\s*"
                           r"(?:(?:one|another|one more|one last|last) thing\s*[,:\-–—]+\s*)?(?=\S)"
                           r"|^(?:oh|ah|oh yeah|oh wait)\s*[,!.]\s*(?:(?:one|another|one more|one last|last) thing\s*[,:\-–—]+\s*)?(?=\S)",
                           re.I)
# Urgency said first, before the request's verb ("Quick, put X in ...", "Hurry: save X", "ASAP - reply ..."); not an
# adjective opening a topic ("Quick, easy dinner recipes - search for them").
_URGENT = re.compile(r"^(?:quick(?:ly)?|hurry(?: up)?|asap|a\.s\.a\.p\.|urgent(?:ly)?|fast|(?:right )?now|quick quick)\s*[,:!\-–—]+\s*"
                     r"(?=(?:please |pls |can you |could you |would you |just )?(?P<v>[a-z]+)\b)", re.I)
# An apology first, with what it is for, then the request after ", but", a colon or a dash ("Sorry to be a pain, but X",
# "Sorry if this is a dumb question, but Q", "Sorry, quick one: X", "Apologies for the fuss - X"); not where the request
# points back at a thing the apology names ("Sorry, I deleted the wrong one - restore it").
_APOLOGY = re.compile(r"^(?:so+rry|apologies|my apologies|forgive me|pardon me)\b[^:\-–—\"“()]{0,60}?(?:,\s*but\s+|\s*:\s+|\s+[-–—]+\s+)"
                      r"(?=\S)", re.I)
_NAMING = re.compile(r"\b(?:the|my|your|his|her|their|our|this|that|these|those)\s+(?!(?:is|was|sounds|seems|looks|feels|might|may|will|could|would|must)\b)\w|(?<=\s)(?!I\b)(?-i:[A-Z])|\d", re.I)
_MIND_MUCH = re.compile(r"\b(?P<a>would|do|will) you mind (?:(?:terribly|awfully|dreadfully|very much|too much|so much|much|"
                        r"at all|greatly|really),? )+(?=[a-z]+ing\b)", re.I)
_MIND = re.compile(r"^mind\s+(?=[a-z]+ing\b)", re.I)  # "Mind clearing X?" is "Would you mind clearing X?", read as such
# An aside: about the speaker or the moment ("I'm on the train.", "Long day.", "My battery is at 5%."), no task in it.
_ABOUT_ME = re.compile(r"^(?:i'?m|i am|i was|i keep|i have|i've|i can'?t|can'?t|my|it'?s|it is|its|this is|the|just got|still"
                       r"|long|busy|almost|sorry|ignore|hope|let'?s|love|trying|doing|traffic|phone'?s|ugh|so)\b", re.I)
_TASK_WORD = re.compile(r"\b(?:open|delete|send|text|call|email|mail|message|note|alarm|timer|photo|picture|file|folder"
                        r"|contact|event|calendar|remind|reminder|set|turn|add|save|find|search|show|tell|check|app"
                        r"|settings?|wi-?fi|bluetooth|battery saver|remove|rename|create|move|share|buy|order|book"
                        r"|inbox|chats?|group|album|playlist|bookmarks?|tabs?|cart|notes|messages|emails|mails|texts"
                        r"|what|which|who|how|where|when|why|need|want|please|can you|could you)\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")


def without_courtesies(task: str) -> str:
    """``task`` without greetings, thanks, asides said as sentences of their own, or an opener before the request."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match.group())
        return f"{OPEN}{len(held) - 1}{CLOSE}"

    sentences = _SENTENCES.split(QUOTED.sub(hold, task.strip()))
    while len(sentences) > 1 and _said_around(sentences[0]) and _one_clause(sentences[0]):
        sentences.pop(0)  # an aside of two clauses first ("Busy day, I ...") is read with the request (wording.py)
    while len(sentences) > 1 and _said_around(sentences[-1]):
        sentences.pop()
    text = _AFTERTHOUGHT.sub("", _WAKE.sub("", " ".join(sentences), count=1), count=1)
    for _ in range(2):
        text = _OPENER.sub("", text, count=1)
        urgent = _URGENT.match(text)
        text = text[urgent.end():] if urgent and urgent["v"].casefold() in VERBS else text
    if (sorry := _APOLOGY.match(text)) and not _NAMING.search(text[:sorry.end()]) and OPEN not in text[:sorry.end()]:
        text = text[sorry.end():]
    text = _MIND.sub("Would you mind ", text, count=1)
    text = _MIND_MUCH.sub(r"\g<a> you mind ", text, count=1)  # "would you mind terribly removing X": the degree goes
    return HELD.sub(lambda m: held[int(m.group(1))], text)


def _one_clause(sentence: str) -> bool:
    """A greeting or thanks, or an aside with no comma but after an interjection ("Sorry, I'm tired.")."""
    return bool(_GREETING.match(sentence) or _THANKS.match(sentence) or _URGING.match(sentence)
                or "," not in re.sub(r"^(?:sorry|ugh|oh|ah|well|phew|man|gosh|honestly),", "", sentence, flags=re.I))


def _said_around(sentence: str) -> bool:
    """A greeting, thanks or aside: a sentence with nothing of the request in it."""
    if _GREETING.match(sentence) or _THANKS.match(sentence) or _URGING.match(sentence):
        return True
    words = sentence.split()
    # a name or an app (a capital after the first word), a quote, an address or a number other than a percentage
    # may be what the request refers to ("I land at 7. Set an alarm for then.")
    # or where to look ("It's in my diary.")
    named = re.search(r"(?<=\s)(?!I\b|I'|I’)(?-i:[A-Z])|@|\.\w|\d(?![\d.]*\s?%)|\b(?:in|on|from|under) (?:my|the) \w+ (?:app|list|diary"
                      r"|inbox|folder|notes?|messages?|mail|calendar|contacts?)\b|\bin my \w+\s*[.!]*$", sentence, re.I)
    return (len(words) <= 8 and bool(_ABOUT_ME.match(sentence)) and OPEN not in sentence and not sentence.endswith("?")
            and not named and not _TASK_WORD.search(sentence))

