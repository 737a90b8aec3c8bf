"""Questions said as steps, a wanted outcome or with their topic first, put as the plain question.

"1) open my wallet app 2) tell me its balance" asks the balance of my wallet app; "1) go through my playlists
2) count the ones with jazz 3) tell me how many" counts my playlists with jazz; "count the unpaid bills and let
me know how many there are" counts them; "unpaid bills in my inbox - how many are there?" asks how many there
are; "look at the calendar: when is the dentist?" asks when the dentist is; "I want to end up knowing X" wants
to know X; "please to tell me" is "please tell me"; "the gym that's rated best" is the best-rated gym; "what is
Ines Moras email" (typed with no apostrophes) asks Ines Mora's. Runs early, quotes held aside. General English
task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .indirect_questions import asked

# A step that asks to be told what the others found.
_TELL = re.compile(r"^(?:and )?(?:then )?(?:(?:please )?(?:tell|show|give|read) me|read out|let me know|report(?: back)?|say)\b[,:]?\s*",
                   re.I)
# What is told after counting: the number itself, said any way.
_THE_NUMBER = re.compile(r"^(?:how many(?: (?:there are|they are|there is|of them(?: there are)?|I have|you (?:find|found|get|got)"
                         r"|it is|that is))?|(?:the|that|this) (?:number|count|total|result|answer|figure)|it|that|the amount)?"
                         r"(?: (?:is|was))?\s*[.!?]*$", re.I)
_LOOKED_IN = re.compile(r"^(?:open|go to|go through|go into|look (?:at|in|into|through)|check|browse|visit|see|scroll through"
                        r"|search|read through)\s+(?P<x>.+?)\s*[.!]*$", re.I)
_LOOKED_UP = re.compile(r"^(?:look up|search for|search|find|pick|choose|select)\s+(?P<x>.+?)\s*[.!]*$", re.I)
_URL = re.compile(r"\b[\w\-]+\.(?:com|org|net|io|dev|app|co|uk|de|fr|info)\b(?:/\S*)?", re.I)
_WH = r"(?:who|whom|whose|what|which|when|where|how)"


def questioned(text: str) -> str:
    """``text`` as its plain question (see the module docstring); the same text when it has none of these shapes."""
    text = re.sub(r"\b(?P<p>please|kindly|pls|plz) to (?=(?:tell|give|show|let|check|find|count|say|look)\b)", r"\g<p> ",
                  text, flags=re.I)  # "please to tell me" (non-native)
    text = _value_needed(_asked_to_tell(text))
    text = re.sub(rf"^(?P<p>according to|as per|based on) (?P<x>[^,]{{1,40}}?),?\s+(?={_WH}\b)", r"\g<p> \g<x>, ", text,
                  flags=re.I)  # "according to x.org what is ..." (typed without the comma): the source, then the question
    text = _typed_plainly(text)
    text = _outcome(text)
    text = _stepped(text)
    text = _topic_then_count(text)
    text = _place_then_question(text)
    return _ranked_after(text)


# What may stand before a request to be told: a modal said to "you", a polite frame, curiosity, a need to know.
_TELL_LEAD = re.compile(
    r"^(?:(?:you|u) (?:should|must|need to|have to|could|can|might want to)\s+|(?:I|we) (?:need|want|would like|'d like) (?:you|u) to\s+"
    r"|(?:I|we)(?: would|'d) be (?:grateful|glad|happy|thankful) if (?:you|u) (?:could|would|can)\s+"
    r"|(?:(?:would|will|is) it be possible|is it possible|(?:is there )?any chance) (?:for (?:you|u) )?(?:to\s+)?(?:(?:you|u) (?:could|can)\s+)?"
    r"|(?:I|we)(?: am|'m| was| were)? wondering (?:whether|if) (?:you|u) (?:could|can|would)\s+"
    r"|(?:(?:can|could|would|will) (?:you|u)\s+)?(?:(?:please|possibly|maybe|kindly|just|perhaps)\s+)*(?:be able to\s+)?)"
    r"(?P<v>tell me|let me know|report back|report to me|find out|figure out|work out|give me|(?:see|(?:you )?know)(?= (?:who|what|which"
    r"|when|where|how)\b))\b\s*[,:]?\s*(?P<r>.*)$", re.I)
_CURIOUS = re.compile(r"^(?:(?:I am|I'm|I was|am|just|so) )?(?:curious|dying to know)(?: to know| about| as to)?\s*[:,\-–—]?\s+"
                      r"|^(?:I|we) (?:must|have to|got to|gotta|really need to|really want to) know\s+", re.I)


def _value_needed(text: str) -> str:
    """"I need the phone number of the Lotus spa" alone asks it ("... of X to send to Bo" is more than a question)."""
    return re.sub(rf"^(?:I|we)(?: need| want| would like|'d like) (?:to (?:have|get|know) )?the (?P<a>{_ATTR}) of (?P<x>(?:(?! and | to | so"
                  r" | for | then )[^,;:])+?)\s*[.!?]?$", r"what is the \g<a> of \g<x>?", text.strip(), flags=re.I)


def _asked_to_tell(text: str) -> str:
    """A request to be told, said any way, as "tell me ...": "you should tell me X", "let me know X", "I'd be grateful if
    you could tell me X", "I'm curious how many X", "curious: X?", "I must know X"; an embedded question in it is put
    in question order ("tell me what the total is" -> "what is the total?"). "give me" only before a value asked."""
    curious = _CURIOUS.match(text.strip())
    if curious and re.match(rf"{_WH}\b|if\b|whether\b|the\b", text.strip()[curious.end():], re.I):
        text = f"tell me {text.strip()[curious.end():]}"
    m = _TELL_LEAD.match(text.strip())
    if m and re.search(r"\b(?:and|then)\s+(?:(?:then|also)\s+)?(?!tell me\b|let me\b)(?:share|send|text|post|save|write|put|add|e-?mail"
                       r"|mail|forward|note|jot|tell|reply|create|set|call|message|copy|pin|star|use)\b", m["r"], re.I):
        return text  # "find out X and share it with Bo": the answer is used, not told (subgoals read it first)
    if not m or not m["r"] or (m["v"].casefold() == "give me" and not re.match(rf"the (?!number\b)(?:{_ATTR}|name) of\b", m["r"], re.I)):
        return text  # "give me the number of X" is read by request_shapes
    if m["v"].casefold() == "tell me":  # "can you tell me when X closes?" reads as it is said
        return f"tell me {m['r']}"
    wrapped = f"I want to know {m['r']}"
    said = asked(wrapped) if re.match(rf"{_WH}\b", m["r"], re.I) else wrapped
    return said if said != wrapped else f"tell me {m['r']}"


_ATTR = (r"phone number|mobile number|number|price|cost|address|e-?mail(?: address)?|opening hours|hours|rating|birthday|total"
         r"|size|subject|title|temperature|location|code")


def _typed_plainly(text: str) -> str:
    """A question typed with no apostrophes or sentence marks: "what is Ines Moras email" asks Ines Mora's email
    ("Ada Hobbs" is then searched as "Ada Hobb", which still finds her); "id like to know" is "I'd like to know";
    "I starred a mail from Bo what is its subject" is a statement, then the question; "price of the Red Kettle" asks it."""
    if not re.search(r"(?-i:[A-Z])\w*['’]s\b", text):  # no possessive typed with its apostrophe anywhere
        text = re.sub(r"(?<=\w )(?P<n>(?-i:[A-Z][a-z]+) (?-i:[A-Z][a-z]+?))s (?=(?:e-?mail|phone|mobile|cell|number|address|birthday"
                      r"|home|work|office|website|job|company)\b)", r"\g<n>'s ", text)
    text = re.sub(r"^(?:so |and |but )?id (?=(?:like|love|rather|prefer|appreciate|want)\b)", "I'd ", text, flags=re.I)
    if re.search(r"[?!;:]|\.\s", text.strip().rstrip(".")):  # sentence marks typed: not this
        return text
    m = re.match(rf"^(?P<s>(?:I|we|someone|somebody|my|the|a|an|there)\b(?:(?!\b(?:know|tell me|ask|wonder|check|see|find out)\b).){{6,}}?)"
                 rf"\s+(?P<q>{_WH}(?:'s|(?: \w+)? (?:is|are|was|were|did|does|do)) (?:its|it|their|they|that|this|his|her)\b.*)$", text.strip(), re.I)
    if m:  # a statement, then the question about what it names
        return f"{m['s']}. {m['q']}?"
    return re.sub(rf"^(?:the )?(?P<a>{_ATTR}) of (?=\S)(?!.*\b(?:is|are|was|were|has|have|had|be|been|needs?|should|must|will"
                  r"|can|could|would)\b)(?!.*(?:->|=>|→|⇒))", r"what is the \g<a> of ", text.strip(), count=1,
                  flags=re.I)  # not "the X of Y is Z", nor "price of X -> new note": a value taken somewhere


def _outcome(text: str) -> str:
    """"I want to end up knowing X" -> "I want to know X"; "I'd like to end up with a list of who ..." -> "I'd like to
    know who ..."; "... end up with the number of X" -> "... know the number of X" (a new thing to end up with is left)."""
    return re.sub(rf"\b(?P<s>(?:I|we)(?:'d| would)? (?:like|want|need|wish|hope|love)) to end up (?:knowing|learning|finding out"
                  rf"|(?:with|having) (?:a|the) (?:list|record|rundown) of (?={_WH}\b)|(?:with|having) (?=the (?:number|count|names?)"
                  rf" of\b))\s*", r"\g<s> to know ", text, count=1, flags=re.I)


def _steps(text: str) -> list[str]:
    """The steps of "1) a 2) b 3) c" (also "1. a", "1 a" typed plainly); [] unless numbered from 1, two words at least each."""
    marks, at = [], 0
    for k in range(1, 10):
        m = re.compile(rf"(?:^|(?<=\s)){k}[).:]?\s+(?=[^\W\d])").search(text, at)
        if not m or (k == 1 and text[:m.start()].strip()):
            break
        marks.append(m)
        at = m.end()
    ends = [m.start() for m in marks[1:]] + [len(text)]
    steps = [text[m.end():end].strip(" ,;") for m, end in zip(marks, ends)] if len(marks) >= 2 else []
    return steps if steps and all(len(s.split()) >= 2 for s in steps) else []


def _stepped(text: str) -> str:
    """Steps that end by asking to be told: the question they ask. "count X" then "tell me how many" counts X (in the
    place another step opens); "open X" then "tell me its Y" asks the Y of X; "look up X" then "what ... is there" asks
    it in X. Other steps stay after the question as sentences. Not numbered: "count X and tell me how many"."""
    steps, numbered = _steps(text), True
    if not steps:
        m = re.match(r"^(?P<c>(?:count|open|go to|go through|check|look at|look in|look through|visit) .+?),? (?:and )?(?:then )?"
                     r"(?P<t>(?:tell|show|give) me\b.*|let me know\b.*)$", text.strip(), re.I)
        if m and not m["c"].casefold().startswith("count") and re.search(r"\b(?:it|they|them|there|that|those)\b",
                                                                          m["t"], re.I):
            m = None  # "check X and tell me where it was taken": what "it" is, is read where the request is put first
        steps, numbered = ([m["c"], m["t"]] if m else []), False
    told_at = next((i for i in range(len(steps) - 1, -1, -1) if _TELL.match(steps[i])), None)
    if told_at is None or told_at == 0:
        return text
    told = _TELL.sub("", steps[told_at]).strip()
    others = [s.rstrip(".!") for i, s in enumerate(steps) if i != told_at]
    counted = next((s for s in others if re.match(r"^count(?: up)?\b", s, re.I)), None)
    if counted and _THE_NUMBER.match(told):
        return _count_in(counted, [s for s in others if s is not counted])
    if not numbered and counted:  # "count to ten and tell me a joke"
        return text
    places = [m["x"] for s in others if (m := _LOOKED_IN.match(s)) and not _URL.fullmatch(m["x"].strip())]
    found = [m["x"] for s in others if (m := _LOOKED_UP.match(s))]
    question = _plain_question(told, places[-1] if places else None, found[-1] if found else None)
    if question is None:
        return text
    used = {p for p in places if p in question} | {f for f in found if f in question}
    rest = [s for s in others if not any(u in s for u in used)]
    return question + "".join(f" {s[:1].upper()}{s[1:]}." for s in rest)


def _count_in(counted: str, others: list[str]) -> str:
    """"count the ones that mention X" after "go through my notes" -> "count my notes that mention X"; "count the
    unread mails" after "open my inbox" -> "count the unread mails in my inbox"."""
    places = [m["x"] for s in others if (m := _LOOKED_IN.match(s)) and not _URL.fullmatch(m["x"].strip())]
    counted = re.sub(r"^count(?: up)?\s+", "", counted, flags=re.I)
    if not places:
        return f"count {counted}"
    place = places[-1]
    ones = re.match(r"^(?:the ones|those|them|all of them|the ones of them)\b", counted, re.I)
    if ones:
        return f"count {place}{counted[ones.end():]}"
    if re.search(r"\b(?:in|on|from|of)\b", counted, re.I):
        return f"count {counted}"
    return f"count {counted} in {place}"


_DET = r"(?:the|my|a|an|his|her|their|its|this|that|our|your)"


# the "it" of time, weather and distance, standing for nothing found: "what time is it", "how long does it take"
_DUMMY_IT = re.compile(r"\bwhat (?:time|day|date|month|year) is it\b|\bhow (?:long|much time) (?:does|will|would) it take\b"
                       r"|\bis it (?:raining|snowing|sunny|cloudy|windy|foggy|cold|hot|warm|dark|light|late|early|going to|supposed to)\b",
                       re.I)


def _one_of(place: str) -> str:
    """One of the plural ``place`` ("the Thai restaurants" -> "Thai restaurant", "my addresses" -> "address"); "" when
    it has no singular said by cutting its ending ("the news", "my series", "the bus")."""
    words = re.match(r"(?:the |my )?(?P<k>(?:[\w\-]+ )*?)(?P<w>[\w\-]+)$", place, re.I)
    if not words or re.fullmatch(r"news|series|species|means|\w*(?:ss|us|is)", words["w"], re.I) \
            or not words["w"].casefold().endswith("s"):
        return ""
    word = words["w"]
    if re.search(r"ies$", word, re.I):
        word = word[:-3] + "y"
    elif re.search(r"(?:ss|x|ch|sh|z)es$", word, re.I):
        word = word[:-2]
    else:
        word = word[:-1]
    return words["k"] + word


def _plain_question(told: str, place: str | None, found: str | None) -> str | None:
    """What a "tell me ..." step asks, its "its"/"there" said as the thing the other steps opened or looked up."""
    told = told.rstrip(" .!?")
    if found and not re.match(r"^how many\b.*\b(?:are|is|were|was) there\b", told, re.I):  # "how many are there": no place
        told = re.sub(r"\b(?P<d>(?:drive|go|get|walk|ride|cycle|fly|travel|commute|navigate) )?(?:there(?! (?:are|is|were|was)\b)"
                      r"|for (?:it|that|them))\b", lambda m: f"{m['d']}to {found}" if m["d"] else f"in {found}", told, count=1,
                      flags=re.I)  # "how long to drive there": to the place found
    if found and not _DUMMY_IT.search(told):  # "who sent it?", "where do they live?" after "find X": the thing found
        told = re.sub(r"\b(?:do|does) (?:they|he|she|it)\b", f"does {found}", told, count=1, flags=re.I)
        told = re.sub(r"\b(?:are|is) (?:they|he|she|it)\b(?! (?:that|which|who)\b)", f"is {found}", told, count=1, flags=re.I)
        told = re.sub(r"(?<=\w )(?:it|them|him|her)$|(?<=\w )(?:it|they|he|she)(?= (?:\w+ )?(?:have|has|cost|costs|say|says|show"
                      r"|shows|take|takes|serve|serves)\b)", found, told, count=1, flags=re.I)
    elif place and (kind := _one_of(place)):  # "which one" of "the Thai restaurants": which Thai restaurant
        told = re.sub(r"^which (?:one|of them)\b", f"which {kind}", told, count=1, flags=re.I)
    if place:
        told = re.sub(r"\b(?:its|their) (?P<a>[\w\-]+(?: (?!(?:as|like|now|today|right|please|and|in|on|at|for|from)\b)[\w\-]+)?)\b", rf"the \g<a> of {place}", told, count=1, flags=re.I)
    told = re.sub(r"\s+(?:as|like) (?:it|they) (?:is|are|stands?) (?:now|right now|at the moment)$", "", told, flags=re.I)
    m = re.match(rf"^(?P<w>{_WH}(?: (?:many|much|long|far|old|big)| (?!{_DET}\b)[a-z][\w\-]*(?= {_DET}\b))?) (?P<x>{_DET}\b.+?)"
                 r" (?P<v>is|are|was|were)(?P<r>(?: .*)?)$", told, re.I)
    if m:  # "what the temperature is in Oslo today" -> "what is the temperature in Oslo today?"
        return f"{m['w']} {m['v']} {m['x']}{m['r']}?"
    m = re.match(r"^how many (?P<n>.+?) there (?P<v>are|is|were|was)(?P<r>(?: .*)?)$", told, re.I)
    if m:  # "how many albums there are" -> "how many albums are there?"
        return f"how many {m['n']} {m['v']} there{m['r']}?"
    if re.match(rf"^{_WH}\b", told, re.I):
        return f"{told}?"
    if re.match(r"^(?:the|my|your|our|his|her|their|its)\b", told, re.I):  # "the total of my cart" -> "what is the total of my cart?"
        return f"what is {told}?"
    return None


def _topic_then_count(text: str) -> str:
    """"unpaid bills in my inbox - how many are there?" -> "how many unpaid bills are there in my inbox?"; "my saved
    podcasts: how many do I have?" -> "how many saved podcasts do I have?"."""
    m = re.match(r"^(?P<x>(?!(?:how|what|which|who|when|where|why|is|are|do|does|can|could)\b)[^?:\-–—,]{3,60}?)\s*(?:[-–—:,]|\s-)\s*"
                 r"how many(?: of (?:them|those|these))?(?: (?:are there|there are|are in (?:it|there)|do I (?:have|got)|have I got"
                 r"|I have|is that|are they))\s*\??\s*$", text.strip(), re.I)  # a bare "X: how many?" is terse_forms'
    if not m:
        return text
    topic = m["x"].strip()
    if re.match(r"^(?-i:[A-Z][a-z]+)(?! (?-i:[A-Z]))", topic):  # "Missed calls ..." starts the sentence; "Bo Li's ..." is a name
        topic = topic[:1].lower() + topic[1:]
    mine = re.match(r"^my\s+", topic, re.I)
    if mine:
        return f"how many {topic[mine.end():]} do I have?"
    head, sep, where = topic.partition(" in ")
    return f"how many {head} are there in {where}?" if sep else f"how many {topic} are there?"


def _place_then_question(text: str) -> str:
    """"check the call log: who rang last?" -> "who rang last? Check the call log." (where to look, then what is asked)."""
    m = re.match(rf"^(?P<v>check|look at|look in|open|go to|see|search)\s+(?P<x>[^:?]{{3,80}}?)\s*(?::|\s[-–—]|(?<=\bapp)(?= who| what| when| how))"
                 rf"\s*(?P<q>{_WH}\b[^:]*?)\s*\?*\s*$", text.strip(), re.I)  # "check the phone app who rang last" (typed plainly)
    if not m:
        return text
    return f"{m['q']}? {m['v'][:1].upper()}{m['v'][1:]} {m['x']}."


def _ranked_after(text: str) -> str:
    """"the pho place that's rated best" -> "the best-rated pho place"; "the hotel which is ranked lowest" -> "the
    worst-rated hotel" (the superlative said after its noun)."""
    def said(m: re.Match[str]) -> str:
        rank = "best" if m["s"].casefold() in ("best", "highest", "top") else "worst"
        return f"{m['d']} {rank}-rated {m['n']}"

    return re.sub(r"\b(?P<d>the|a) (?P<n>(?:(?!(?:of|the|a|an|in|on|for|with|at)\b)[\w\-]+ ){0,3}?[\w\-]+) (?:that|which)(?:'s| is| are|'re)? (?:rated|ranked) (?:the )?"
                  r"(?P<s>best|highest|top|worst|lowest)\b", said, text, count=1, flags=re.I)
