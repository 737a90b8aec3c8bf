"""A message said unquoted after whom it is for: "tell her I'm running 10 minutes late".

"tell him I'm on my way", "let Ana know we'll be there at 7", "text mum that the keys are under the
mat", "message them we're outside", "email HR that my address changed", "tell Lisa on WhatsApp that I'm ill": the
words after the person (and where it goes) are the message, said as 'tell her saying "I'm running 10 minutes late"'
for the value parsers. The person is a pronoun, "my X", a family
word, or a capitalised name; the words must be "that ...", a clause ("I'm ...", "we ...") or a statement about a thing
("the camera is broken": a short noun phrase, then a copula or auxiliary), since "text Bo the address" or "tell Ana what
time the match starts" pass on a thing to find first. "tell me ...", "tell her to call me" and a task with quotes or a
colon are left as they are. With no person ("reply that I'm on my way", "say I'll call you back", "reply that sounds
good") the message goes to the open chat. "ask Bo if he's free" puts the question to him ("Are you free?"); "type call
the plumber", "write buy milk" type the words after the verb. General English task grammar only.
"""

from __future__ import annotations

import re

from . import told_abroad

_WHO = (r"(?>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|her|him|them|(?:my|our)\s+[a-z]+|mum|mom|mommy|mummy|dad|daddy|mama|papa|grandma|grandpa|"
        r"(?-i:(?!I\b|I['’])[A-Z][\w\-]*(?:\s+(?!I\b|I['’])[A-Z][\w\-]*)?))")
_CLAUSE = r"(?:i|i['’]m|i['’]ll|i['’]ve|i['’]d|we|we['’]re|we['’]ll|you|you['’]re|it['’]s|there['’]s)\b"
# A clause with a noun phrase for its subject: "the camera is broken", "dinner's ready", "the door code is 4412" (a
# copula or auxiliary after at most four words, none of them a question word, "to" or a relative pronoun): a statement.
_AUX = r"(?:is|are|was|were|will|won['’]t|can|can['’]t|cannot|could|has|have|had|isn['’]t|aren['’]t|wasn['’]t|didn['’]t|doesn['’]t|should|must)"
_STATED = (r"(?!(?:what|when|where|which|who|whom|whose|why|how|whether|if|to|about|for)\b)"
           rf"(?:(?!(?:that|which|who|i|we|you|they|he|she)\b)[\w\-]+\s+){{1,4}}?{_AUX}\s+\S.+?")  # "the address we have": no
# A statement whose verb is lexical, with a noun phrase for its subject led by a determiner: "the photos look great" (a
# plural head, then a bare verb), "the train leaves at 6" (a singular head, then its -s verb), "the meeting moved to
# Thursday", "the package arrived" (a past; not after a name: "the code Netbank emailed me" is the code, a relative
# clause). A verb is lower-case and no function word; what follows a present verb is
# no modifier of a noun ("the flight details for Friday", "the opening hours today" are things to pass on).
_NOT_VERB = (r"(?!(?:that|which|who|whom|whose|i|we|you|they|he|she|it|of|for|from|with|about|to|in|on|at|and|or|by|the|a|an"
             r"|my|our|your|his|her|their|this|these|those|today|tonight|tomorrow|next|below|above|here|there)\b)")
_NP_WORD = rf"{_NOT_VERB}[\w\-]+"
_NO_MODIFIER = r"(?!(?:of|for|from|with|about|to|and|or|today|tonight|tomorrow|next|this|that|which|below|above)\b)"
_LEXICAL = (rf"(?:the|my|our|your|his|her|their|these|those)\s+(?:{_NP_WORD}\s+){{0,2}}?(?:(?-i:(?![A-Z])){_NP_WORD}\s+{_NOT_VERB}(?-i:[a-z]{{2,}}ed)\b"
            rf"(?:\s+\S.*?)?|[\w\-]*[^\Ws]s\s+{_NOT_VERB}(?-i:[a-z]*[a-rt-z])\s+\S.*?"
            rf"|[\w\-]*[^\Ws]\s+{_NOT_VERB}(?-i:[a-z]+[^\Ws]s)\s+{_NO_MODIFIER}\S.*?)")
_SAID = rf"(?:that\s+(?P<m>\S.+?)|(?P<c>{_CLAUSE}.+?|{_STATED}|{_LEXICAL}))\s*[.!]?\s*$"
# "on WhatsApp", "by email" between the person and the message: where it goes, kept with the person
_VIA = r"(?:\s+(?:on|via|over|through|by)\s+(?:(?-i:[A-Z])[\w\-]*|e-?mail|text|sms))?"
_TELL = re.compile(rf"^\s*(?P<lead>(?:please\s+)?(?:tell|text|message|sms|whatsapp|e-?mail|mail|(?:write|reply|respond)\s+(?:back\s+)?to"
                   rf"|send\s+(?:a\s+(?:text|message|note)|an\s+e-?mail)\s+to)\s+(?P<to>{_WHO}){_VIA})\s+{_SAID}",
                   re.I)
_LET_KNOW = re.compile(rf"^\s*(?:please\s+)?let\s+(?P<to>{_WHO})\s+know\s+{_SAID}", re.I)
# No person: the open chat's ("reply that I'm on my way", "write that the meeting moved"); "write that down" is none.
_ALONE = re.compile(rf"^\s*(?:please\s+)?(?P<lead>reply|answer|respond|write|type|text)(?:\s+back)?\s+that\s+"
                    rf"(?P<m>(?:{_CLAUSE}|(?:he|she|they|the|my|our)\s).+?)\s*[.!]?\s*$"
                    # "say I'll call you back", "reply we're outside": a clause said right after the verb
                    rf"|^\s*(?:please\s+)?(?P<lead2>say|reply|answer|respond|write|type|text)(?:\s+back)?\s+(?P<m2>{_CLAUSE}.+?)\s*[.!]?\s*$"
                    # "reply that sounds good": "reply" takes its item with "to", so "that" starts what is said
                    r"|^\s*(?:please\s+)?(?P<lead3>reply|respond)(?:\s+back)?\s+that\s+(?P<m3>(?!(?:e-?mail|mail|message|text|"
                    r"comment|post|review|question|thread|chat)\b)\S.+?)\s*[.!]?\s*$"
                    # "reply ok see you", "text back sure", "respond with thanks": "reply" takes its item with "to", so
                    # the words after it (no article, pronoun, particle or time) are the reply
                    r"|^\s*(?:please\s+)?(?P<lead5>reply|respond|(?:text|write|message)\s+back)(?:\s+back)?(?:\s+with)?\s+"
                    r"(?!(?:to|that|all|back|it|this|these|them|him|her|me|us|the|a|an|my|his|their|our|your|on|in|via|by|using"
                    r"|now|later|soon|asap|when|if|once|and|or|quickly|with)\b)(?!\S+\s+that\b)(?P<m5>\S.*?)\s*[.!]?\s*$"
                    # "say thanks for the quick reply", "say happy birthday to Ana": what "say" takes is what is said
                    rf"|^\s*(?:please\s+)?(?P<lead4>say)\s+(?!(?:it|that|this|so|something|anything|nothing|what|when|where|how"
                    rf"|why|who|if|whether|to|me|goodbye\s+to|(?:yes|no|ok|okay)\s+to)\b)(?P<m4>\S.*?)(?:\s+to\s+(?P<to4>{_WHO})(?P<via4>{_VIA}))?\s*[.!]?\s*$", re.I)

# "ask her if she's free tonight", "ask Bo whether the meeting is still at 3": a yes/no question put to the person, said
# to them ("Are you free tonight?"): its subject and auxiliary swapped, a third person who is the one asked as "you".
_ASK_IF = re.compile(rf"^\s*(?:please\s+)?ask\s+(?P<to>{_WHO})\s+(?:if|whether)\s+(?P<s>he|she|they|you|it|(?:the|my|our|his|her|their)"
                     r"\s+[\w\-]+(?:\s+[\w\-]+)?)\s*(?P<a>['’]s|['’]re|['’]ll|is|are|was|were|can|could|will|would|should|has|have"
                     r"|does|do|did)\b\s*(?P<r>\S.*?)\s*[.?!]?\s*$", re.I)
_TO_YOU = {"is": "are", "'s": "are", "'re": "are", "are": "are", "was": "were", "were": "were", "has": "have", "have": "have",
           "does": "do", "do": "do", "'ll": "will"}

# "type call the plumber tomorrow", "write buy milk and eggs", "enter 4412": the words after a verb of typing, when they
# are no thing named (an article, a possessive, a pronoun, a particle or a person with an article after them)
_NO_TEXT = (r"(?:a|an|the|my|your|his|her|their|our|its|this|that|these|those|some|in|into|on|down|up|back|out|over|it|them"
            r"|me|him|us|to|for|about|from|with|and|again|here|there)\b")
_TYPED = re.compile(rf"^\s*(?:please\s+)?(?:(?P<lead>type|write|input)\s+(?!{_NO_TEXT})(?!(?-i:[A-Z])\S*\s+{_NO_TEXT})(?!\S+['’]s\b)"
                    r"|(?P<enter>enter)\s+(?=[^a-z]*\d)(?!{_NO_TEXT}))"
                    r"(?P<m>\S.*?)(?:\s+(?:in|into)\s+(?:the|this|that)\s+(?:\w+\s+){0,2}(?:field|box|bar))?\s*[.!]?\s*$", re.I)

# "tell her happy birthday", "text him good luck", "tell them congrats on the new job": after a pronoun person, words
# that name no thing (no article, possessive, question word, preposition or time) are what to say; an adverb of the
# request itself ("text her instead", "message him too") is none
_NO_THING = (r"(?:a|an|the|my|your|his|her|their|our|its|this|that|these|those|some|what|when|where|which|who|whom|whose"
             r"|why|how|whether|if|to|about|for|from|back|again|later|now|soon|today|tonight|tomorrow|on|in|via|by|with"
             r"|everything|something|anything|nothing|all|me|i|we|you|it|so|instead|rather|too|also|anyway|either)\b")
_GREETED = re.compile(rf"^\s*(?:please\s+)?(?P<lead>tell|text|message)\s+(?P<to>her|him|them)\s+(?!{_NO_THING})"
                      r"(?!\S+['’]s\b)(?P<m>\S.*?)\s*[.!]?\s*$", re.I)


def asked(text: str) -> str | None:
    """The question "ask X if ..." puts to X, as said to them ("Are you free tonight?"), else None."""
    m = _ASK_IF.match(text)
    if m is None:
        return None
    subject, aux = m["s"], m["a"].casefold().replace("’", "'")
    if subject.casefold() in ("he", "she", "they", "you"):
        subject, aux = "you", _TO_YOU.get(aux, aux)
    else:
        aux = {"'s": "is", "'re": "are", "'ll": "will"}.get(aux, aux)
    return f"{aux.capitalize()} {_yours(subject)} {_yours(m['r'])}?"


def _yours(said: str) -> str:
    """What the one asked owns, said to them: "her flight" -> "your flight"."""
    return re.sub(r"\b(?:his|her|their)\b", "your", said, flags=re.I)


def told(text: str) -> str:
    """``text`` with an unquoted message after its person said as 'X saying "..."' (the same text otherwise)."""
    if re.search(r"[\"“”«»「」:：]", text):
        return told_abroad.said_that.colon(text)  # "escríbele a mamá: ya llegué" (quotes: as they are)
    question = asked(text)
    if question:
        return f'tell {_ASK_IF.match(text)["to"]} saying "{question}"'
    m = _LET_KNOW.match(text)
    if m and len((m["m"] or m["c"]).split()) >= 2:
        return f'tell {m["to"]} saying "{m["m"] or m["c"]}"'
    m = _TELL.match(text)
    if m and len((m["m"] or m["c"]).split()) >= 2:
        return f'{m["lead"]} saying "{m["m"] or m["c"]}"'
    m = _ALONE.match(text)
    said = m and (m["m"] or m["m2"] or m["m3"])
    lead = m and (m["lead"] or m["lead2"] or m["lead3"] or m["lead5"] or "")
    if m and m["m5"] and len(m["m5"].replace(" ", "")) >= 2 or said and len(said.split()) >= 2 and m["lead2"]:
        said = m["m5"] or said
        if re.match(r"reply|respond|answer|\w+\s+back", lead, re.I):  # to the conversation in front, the latest
            return f'reply to the most recent message I received saying "{said}"'
        return f'{lead} saying "{said}"'
    if said and len(said.split()) >= 2:
        return f'{lead} saying "{said}"'
    if m and m["m4"] and len(m["m4"].replace(" ", "")) >= 2:
        return f'tell {(m["to4"] or "them") + (m["via4"] or "")} saying "{m["m4"]}"'
    m = _GREETED.match(text)
    if m and len(m["m"].replace(" ", "")) >= 2:
        return f'{m["lead"]} {m["to"]} saying "{m["m"]}"'
    m = _TYPED.match(text)
    if m:
        return f'{m["lead"] or m["enter"]} saying "{m["m"]}"'
    return told_abroad.told(text)  # "dile a Sofía que ...", "sag Anna, dass ..."
