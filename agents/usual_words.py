"""Everyday synonyms said with the usual word, so one reading serves every way of saying a request.

People say "purchase", "locate", "fire up", "shoot Bo the code", "remove my Signal chat", "the
top-rated taco place", "the least expensive kettle"; the parsers read "buy", "find", "open",
"send", "delete", "best-rated" and "cheapest" ("the top taco place by rating", "the bakery rated number one": the
best-rated one). The app a thing is in, said as its owner ("my Shop app's cart", "my phone's Chrome"), is said
after it ("the cart in Shop"). A verb is replaced only where a request starts (the
task's first word, or after "and", "then", "to" or a sentence's end), so "the launch date" or "a photo
shoot" keep their words; quoted text is never touched. General English only, never an app's words.
"""

from __future__ import annotations

import re

from .app_verbs import app_verbs
from .clock_times import clock_times
from .courtesies import without_courtesies
from .described_kinds import described
from .dictated import dictated
from .exclusions import others_kept
from .implied_parts import implied, story_topic
from .loose_grammar import learner_you
from .new_values import new_value
from .noted_values import noted_value
from .openers import opened
from .referents import CLOSE, HELD, ITEMS, OPEN
from .request_frames import unframed
from .request_phrases import request_phrases
from .said_first import question_last
from .said_numbers import said_in_digits
from .self_corrections import corrected
from .story_frames import storied
from .text import QUOTED
from .texting_words import in_full
from .value_first import value_first

_START = (r"(?:^|(?<=[.!?;]\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=\bto\s)|(?<=,\s)|(?<=\bcan you\s)|(?<=\bcould you\s)"
          r"|(?<=\bwould you\s)|(?<=\bwill you\s))(?P<p>\s*(?:(?:please|pls|plz)\s+)?)")  # "could you look for X": find X
_MEDIA = r"(?:an? |some |the )?(?:photos?|pictures?|pics?|videos?|clips?|movies?|selfies?|footage)\b"
# Request verbs (a regex of what people say -> the verb the parsers read).
_VERBS: tuple[tuple[str, str], ...] = (
    (r"purchase", "buy"),
    (r"locate|track down|hunt down|dig up|(?:(?:have|take) a (?:quick |good )?)?look (?:around )?for|hunt for", "find"),
    (r"launch|fire up|boot up|start up", "open"),
    (r"display", "show"),
    (rf"(?:shoot|fire off|fire over|zap|flick)(?! {_MEDIA})", "send"),
    (r"ping(?= (?:(?! and )(?:[^.;!?]|\.(?=\w)))*? (?:by|via|over|through) (?:e-?mail|mail)\b)", "email"),  # "ping Bo by email": email
    (r"ping", "text"),
    (r"store", "save"),
    (r"overwrite|write over", "replace"),  # "overwrite the text of X with Y"
    (r"(?:heart|(?:give|put) a heart (?:on|to))(?= (?:the |this |that |my )?(?:[\w\-]+ )?(?:photos?|pictures?|pics?|images?|videos?"
     r"|songs?|tracks?|[\w\-]+\.(?:jpe?g|png|gif|heic|webp|mp4|mov|mp3)\b)(?!(?:[^.;!?]|\.\w)*\s[-–—:]\s[^;!?]*\bfavou?rite))", "favourite"),
    # "heart the beach photo" (not where a dash says it again: "heart X - make it a favourite")
    (r"compose|draft|jot(?: down)?(?= (?:(?! and )[^.;!?]){1,60}? (?:in|on|into) (?:an?|my|the) (?:new )?(?:[\w\-]+ )?(?:note|memo)\b)",
     "write"),  # "jot its name in a new note"
    (r"(?:edit|update|modify|amend|alter)(?= (?:the|my|his|her|their|(?-i:[A-Z])[\w\-]*'s) (?:(?! and )[^.;!?])*? to\b)", "change"),
    (r"begin|kick off|get going with", "start"),
    (r"(?:take|get) (?:off|out|away)(?= (?:(?! and )(?:[^.;!?]|\.(?=\w)))*? from\b)", "remove"),  # "take off X from Y"
    (r"respond(?= to\b)|write back(?= to\b)|answer(?= (?:to\b|\ue000))", "reply"),
    # "push "Hi" to the X group": a message put up there (a thing pushed to a time or place is moved)
    (r"push(?= (?:\"[^\"]*\"|“[^”]*”|[^.;!?\"“”])*? (?:to|into|in|on) (?:the |my |our )?(?:\S+ ){0,4}?(?:group|chat|channel|thread)\b)",
     "post"),
    (r"(?:shift|bump|push)(?= (?:(?! and )[^.;!?])*? to\b)", "move"),
    (r"(?:set up|start|put together)(?= (?:a|an) (?:new )?(?:[\w\-]+ ){0,2}?"
     r"(?:note|memo|event|meeting|appointment|album|playlist|folder|contact|group|list)\b)", "create"),
)
_VERB = re.compile(_START + r"(?P<v>" + "|".join(f"(?P<v{i}>{said})" for i, (said, _) in enumerate(_VERBS)) + r")\b(?![.@/\-]\w)",
                   re.I)  # "go to store.example.com" names a site
# "remove my Signal chat with Bo": an item of an app, not taken out of something ("remove X from Y" stays)
_REMOVED = re.compile(rf"{_START}(?P<v>remove|erase)(?= (?:my |the |this |that )?(?:(?-i:[A-Z])[\w\-]* ){{1,2}}(?:{ITEMS})\b"
                      r"(?:(?! from\b)[^.;!?])*(?:[.;!?]|$))", re.I)
# Requests said with other verbs as a whole: "take X out of Y and put it in Z" moves it; "wake me at 7 with an alarm
# called Gym" sets one labelled so.
_PHRASED = (
    # "how many people the Chili recipe feeds / is enough for": what the recipe serves (pages say "Serves 4")
    (re.compile(r"\b(?P<h>how many (?:people|persons|guests|diners|portions|servings)) (?P<x>[^;!?,]+?) "
                r"(?:feeds|will feed|can feed|is enough for|is meant for|caters for|makes|yields)\b", re.I), r"\g<h> \g<x> serves"),
    # "answer Bo's "Party" email with ...", "answer the last message from Ana": a reply to it ("answer the call" stays)
    (re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=,\s))(?:please\s+)?answer (?!to\b)(?=(?:(?!\b(?:and|in|on|from|of|at|about|for)\b)[^.;!?]){0,60}?"
                r"\b(?:e-?mail|mail|message|text|sms|dm)\b)", re.I), "reply to "),
    (re.compile(r"\btake (?P<x>[^;!?]+?) out of (?P<y>[^;!?]+?) and (?:put|place|drop|stick|pop) (?:it|them) "
                r"(?:in|into|inside|to) ", re.I), r"move \g<x> from \g<y> to "),
    (re.compile(r"\bnavigate (?P<a>(?-i:[A-Z])[\w\-]*) to\b", re.I), r"in \g<a> go to"),  # "navigate Firefox to x.org"
    # "move X to a 9:30 start": to that time
    (re.compile(r"\b(?P<p>to|for) an? (?P<t>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?) (?:start|start time|kick-?off)\b", re.I),
     r"\g<p> \g<t>"),
    (re.compile(r"\bwake me(?: up)? (?P<w>at|by|for) (?P<t>[^,;.!?]+?) with an alarm (?:called|named|labell?ed|titled)\b", re.I),
     r"set an alarm for \g<t> labelled"),
    # "Bo Li's entry in my address book", "the card of Bo Li in my contacts": his contact
    (re.compile(r"\b(?P<n>(?-i:[A-Z])[\w\-]+(?: (?-i:[A-Z])[\w\-]+)*)'s (?:entry|card|record|listing|details|page|profile)"
                r" (?:in|on|from) (?:my|the) (?:address ?book|phone ?book|contacts(?: list| app)?|contact list)\b"), r"\g<n>'s contact"),
    # "change the name of the Garden album to X", "retitle the note A as B": a rename; "the contents of my note": its text
    (re.compile(r"\b(?:change|update|edit|set|modify|alter) (?:the )?(?:name|title) of (?P<x>(?:the|my|this|that|his|her|their) "
                r"[^;!?]+?) to ", re.I), r"rename \g<x> to "),
    (re.compile(r"\b(?:rename|retitle) (?P<x>[^;!?]+?) as (?![^;!?]*\bto\b|(?:asked|requested|told|instructed|suggested|said"
                r"|agreed|wanted|needed|planned)\b|(?:he|she|they|we|I|you) )"
                r"(?=(?-i:[A-Z0-9\x22\ue000])|\S+\.\w)", re.I), r"rename \g<x> to "),
    (re.compile(r"\badd (?=[^;!?]*? to (?:my |your |the )?saved\b)", re.I), "save "),
    # "take the Ops chat off the top (so it's no longer pinned)": unpin it
    (re.compile(r"\b(?:take|get|move) (?P<x>[^;!?]+?) (?:off|away from|down from) the top(?: of (?:the |my )?(?:list|chats))?"
                r"(?:,? so (?:that )?(?:it|they)(?: is| are|'s|'re) no longer pinned)?(?=\s*(?:$|[,.;!?]|(?:in|on|so)\b))", re.I), r"unpin \g<x>"),
    # "take it off mute", "let the Hikers group make noise again - ...": unmute it (the chat said first)
    (re.compile(r"\b(?:take|get|bring) (?P<x>(?!(?:the |my |this )?(?:phone|device|ringer)\b)[^;!?]{1,60}?) (?:off|out of) mute\b", re.I),
     r"unmute \g<x>"),
    (re.compile(r"^let (?P<x>(?:the|my|our) [^;!?]{1,60}?) (?:make (?:a )?noise|ring|buzz|beep|notify me|ping me)(?: again)?"
                r"(?=\s+[-–—]\s)", re.I), r"\g<x>"),
    # "change my alarm X, it is at 7:30, make it 9:55": the value it has now, said as an aside, is where it moves from
    (re.compile(r",\s*(?:it|which) (?:is|'s|rings|goes off|is set|starts) (?:at|for|on) (?P<a>[^,;!?]+?),\s*(?:and )?(?:make|change|set"
                r"|move|put|switch) it (?:to |at |for |into )?(?P<b>\d[^,;!?]*?|[A-Z][^,;!?]*?)(?=\s*(?:$|[,;!?]|\.(?:\s|$)))", re.I),
     r" from \g<a> to \g<b>"),
    # "keep the Ops chat pinned at the top", "have X pinned": pin it (the state wanted said as the act)
    (re.compile(r"\b(?:keep|have) (?P<x>(?:the|my|our|this|that)\b[^;!?]{1,60}?) pinned(?: (?:at|to|on) the top(?: of (?:the |my )?"
                r"(?:(?:list|chats)\b|(?P<w>(?-i:[A-Z])[\w\-]*)))?)?(?=\s*(?:$|[,.;!?]|(?:in|on|so)\b))", re.I),
     lambda m: f"pin {m['x']}" + (f" in {m['w']}" if m["w"] else "")),
    # "save x.org as a bookmark": bookmark the page x.org (a web address is a page); "keep the recipe as a bookmark"
    (re.compile(r"\b(?:save|keep|store|mark) (?:(?P<u>(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/[^\s,;!?]*)?)|(?P<x>(?:the|this|that|my)"
                r"\b[^;!?,.]{1,40}?)) as an? bookmark\b", re.I), lambda m: f"bookmark the page {m['u']}" if m["u"] else f"bookmark {m['x']}"),
    # "grab today's deal off shop.example.org": get it from that site
    (re.compile(r"\b(?:grab|snag|nab|pull|fetch) (?P<x>(?:the|today's|my|this|that|their|its)\b[^;!?]{0,60}?) (?:off|from|on) (?:of )?"
                r"(?=(?:https?://)?[\w\-]+(?:\.[\w\-]+)+)", re.I), r"get \g<x> from "),
    # "drop "hi" into the Hikers group", "check X and drop it in the Hikers group": a message posted there
    (re.compile(rf"\b(?:drop|pop|put|stick|throw) (?P<q>{OPEN}\d+{CLOSE}|it|that|this|them) (?:in|into|to|on) (?=(?:the |my |our )?[^;!?]{{0,40}}?"
                r"\b(?:group|chat|channel|thread)\b(?! (?:folder|album|photos?|list|notes?|settings|info|name)\b))", re.I), r"post \g<q> in "),
    # "a new contact, Bo Li, with the number ...": the name said as an apposition is the new item's name
    (re.compile(r"\b(?P<k>new (?:contact|album|playlist|folder|group|list))\s*,\s*(?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){0,3})"
                r"\s*,\s*(?=with\b|and\b)", re.I), r"\g<k> named \g<n>, "),
    # "what my basket adds up to": its total
    (re.compile(r"\bwhat (?P<x>(?:my|the|this|that|our|your)\b[^;!?]{1,60}?) (?:adds|add) up to\b", re.I), r"what the total of \g<x> is"),
    # "till what time / till when": until
    (re.compile(r"\btill (?=what time\b|when\b)", re.I), "until "),
    # "rename it like they said", "rename the file the way she asked": as asked in what they sent ("as she wanted" stays)
    (re.compile(r"\b(?P<r>rename (?:it|them|this|that|the file|[\w\-]+\.\w{2,4})) (?:like|the way|just as) (?:they|he|she|you)"
                r" (?:said|asked|told me|wanted|requested|suggested)\b", re.I), r"\g<r> as asked"),
    # "Wireless charging in Settings - switch it on": the setting said first, with where it is, is what to switch
    (re.compile(r"^(?P<x>(?!(?:I|we|you|he|she|they|it|this|that|there|my \w+ (?:has|have))\b)(?:(?!\b(?:is|are|was|were|has|have|had|got"
                r"|gets|supports|comes|offers|keeps|should|must|needs)\b)[^,;:.!?\-–—\ue000]){3,60}? (?:in|on|under) [^,;:.!?\-–—\ue000]{2,40}?)\s+[-–—]\s+(?P<v>turn|switch|flip)"
                r" (?:it|that|this) (?P<s>on|off)\b", re.I), r"\g<v> \g<s> \g<x>"),
    # "Bo Li emailed a new name for a.pdf - ...": sent to the speaker (no one else named to get it)
    (re.compile(r"\b(?P<n>(?-i:[A-Z])[\w'\-]+ (?-i:[A-Z])[\w'\-]+) (?P<v>e-?mailed|texted|messaged|sms(?:ed|'d)|dm(?:ed|'d))"
                r" (?=(?:a|an|the|what|which|where|when|how)\b(?:(?!\b(?:to|for (?:him|her|them)|with)\s+(?-i:[A-Z]))[^,;:.!?\-–—])*(?:[,;:.!?]|\s[-–—]|$))"),
     r"\g<n> \g<v> me "),
    # "update where X takes place to Y", "change where X is held to Y": its location
    (re.compile(r"\b(?P<v>change|update|edit|modify|set|move) where (?P<x>[^;!?]+?) (?:takes place|is held|happens|meets|will be held)"
                r" (?:to|as) ", re.I), r"\g<v> the location of \g<x> to "),
    # "change place of X into Y": an item's place is its location field, "into" a new value is "to" it
    (re.compile(r"\b(?P<v>change|update|edit|modify|alter|set) (?:the )?(?P<f>place|venue|spot|location|address|time|date|phone number"
                r"|number|e-?mail address) of (?P<x>[^;!?]+?) (?:to|into) ", re.I),
     lambda m: f"{m['v']} the {'location' if m['f'].casefold() in ('place', 'venue', 'spot') else m['f']} of {m['x']} to "),
    # a learner's "change the name of contact X, new name is Y": rename X to Y
    (re.compile(r"\b(?:change|update|edit) the (?:name|title) of (?P<x>[^;!?]+?),? (?:and )?(?:the |its |his |her |their )?new "
                r"(?:name|title) (?:is|will be|should be|must be|:)\s*", re.I), r"rename \g<x> to "),
    # "let the timer carry on counting down", "let my download continue": it was stopped, so it resumes
    (re.compile(r"^(?P<p>\W*)let (?P<x>(?:the|my|this|that) (?:(?!and\b|then\b)[^.;!?\s]+ ){0,3}?[^.;!?\s]+) "
                r"(?:carry on|keep going|go on|continue|resume)\b[^.;!?]*", re.I), r"\g<p>resume \g<x>"),
    # "empty my cart", "clear out the basket": a container of things one picked is emptied item by item
    (re.compile(r"^(?P<p>\W*)(?:empty|clear)(?: out)? (?P<x>(?:my|the|your|our) (?:(?!and\b|then\b)[\w\-]+ ){0,2}?"
                r"(?:cart|basket|shopping bag|trolley|wish ?list|watch ?list|reading list|queue|up next)\b)", re.I),
     r"\g<p>remove everything from \g<x>"),
    # "find the best X and save it": the finding is how, the saving is the request
    (re.compile(r"^(?P<p>\W*)(?:find|look up|search for|look for|pull up|locate) (?P<x>(?:the|a|an|my) (?!(?:price|cost|address|"
                r"(?:phone )?number|name|time|date|code|link|rating|hours|temperature|weather|title|size)\b)[^;!?]+?)(?:,? and(?: then)?|,? then) "
                r"(?P<v>save|add|favourite|favorite|star|pin|book|order|buy|call|open|delete|bookmark) (?:it|them)\b"
                r"(?!\s+(?:in|into|as)\b)", re.I),
     r"\g<p>\g<v> \g<x>"),  # "add it to my saved places": save it
    (re.compile(r"\bthe (?:contents?|body) of (?=(?:the|my|this|that|his|her|their) )", re.I), "the text of "),
    # "transfer a.pdf out of Work into Old": a move (not money: "transfer $5 out of savings")
    (re.compile(r"\b(?:move|transfer|shift) (?P<x>(?![$€£¥\d])[^;!?]+?) out of (?P<a>[^;!?]+?) (?:into|in|to) ", re.I),
     r"move \g<x> from \g<a> to "),
    # "unmark x.pdf as a favourite": take it out of the favourites; "unmark Bo as starred": unstar Bo
    (re.compile(r"\bunmark (?P<x>[^;!?]+?) as (?:an? |my |one of my )?(?P<f>favou?rite)s?\b", re.I), r"remove \g<x> from \g<f>s"),
    (re.compile(r"\bunmark (?P<x>[^;!?]+?) as starred\b", re.I), r"unstar \g<x>"),
)
# Rankings said otherwise: "top-rated", "highest rated", "best reviewed" -> "best-rated"; "least expensive" -> "cheapest";
# an address to write to: "mail address", "e-mail address" -> "email address"; "photo album" -> "album"; "not yet read"
# -> "unread".
# A person reached on one of their lines: "mobile" is the line then ("Call Ana on the mobile, not the landline").
_LINE_SAID = re.compile(r"^\s*(?:please\s+)?(?:call|ring|phone|dial|text|sms|reach|try|contact|message)\b|\blandline\b", re.I)
_WORD = r"(?:[^\s:;,.?!]|(?<=\w)[:.](?=\w))+"  # a word, a time ("06:30") or a file name ("a.pdf") in it
_RANKINGS = (
    (re.compile(r"\b(?:top|highest|best)[\s\-](?:rated|reviewed|scored|ranked)\b", re.I), "best-rated"),
    (re.compile(r"\b(?:the )?(?:top|best|highest|number one|#1) (?P<x>(?:[\w&'\-]+ ){1,4}?)by (?:ratings?|reviews?|stars|score)\b",
                re.I), lambda m: f"the best-rated {m['x'].strip()}"),  # "the top taco place by rating"
    (re.compile(r"\bthe (?P<x>(?:(?!(?:which|that|is|are|has|of|the|a|an|in|on|at)\b)[\w&'\-]+ ){1,4}?)(?:(?:which|that)(?: is|'s) )?"
                r"(?:rated|ranked) (?:as )?(?:number one|no\.? ?1|#1|first|the best|best|highest|top)\b", re.I),
     lambda m: f"the best-rated {m['x'].strip()}"),  # "the bakery that's rated number one"
    # "my Shop app's cart", "my phone's Chrome": the app said after the thing, the device not at all
    (re.compile(rf"\b(?:my|the) (?P<a>(?-i:[A-Z])[\w\-]*) app's (?P<y>(?:{_WORD} ){{0,5}}?{_WORD})"
                r"(?=\s*(?:[:;,.?!]|$)| (?:and|then|with|to|for|from|by)\b)", re.I), r"the \g<y> in \g<a>"),
    (re.compile(r"\bmy (?:phone|mobile|device|tablet)'s (?=\S)", re.I), "my "),
    # British "mobile" for the phone itself ("get my mobile onto X"), not "mobile data" or "my mobile number"
    (re.compile(r"\b(?P<d>my|this|the|your) mobile(?=\s+(?:onto|on to|on|off|into|to|in|is|was|has|keeps|should|must|can"
                r"|will|at|connected)\b|\s*[.,!?]|\s*$)", re.I),
     lambda m: m.group() if _LINE_SAID.search(m.string) else f"{m['d']} phone"),  # "call Ana on the mobile": her line
    (re.compile(r"(?<![\w\-])(?:e-|e )?mail address(?=es\b|\b)", re.I), "email address"),  # "the mail address she wrote from"
    (re.compile(r"\b(?:photo|picture|image) (?=albums?\b)", re.I), ""),  # "my Trip photo album": an album
    (re.compile(r"\b(?:not yet read|not read yet|yet to be read)\b", re.I), "unread"),
    (re.compile(r"\b(?:least expensive|lowest[\s\-]priced|lowest[\s\-]cost|most affordable)\b", re.I), "cheapest"),
    # "the best dumpling place", "the nearest taco spot": a restaurant of that food (not a cafe, a petrol station, a shop)
    (re.compile(r"\b(?P<r>best-rated|best|top|cheapest|nearest|closest|highest-rated|favourite|favorite) (?P<f>(?!(?:coffee|"
                r"cafe|café|gas|petrol|fuel|grocery|parking|charging|shopping|hotel|camping|dog|pet)\b)[\w\-]+) "
                r"(?:place|spot|joint|eatery|diner)\b(?!\s+(?:for|to)\b)", re.I), r"\g<r> \g<f> restaurant"),
)


def usual_words(task: str) -> str:
    """``task`` with everyday synonyms of request verbs (in lower case, as the parsers write them) and
    rankings said with the usual word, once what people put before a request is out of its way (request_frames)."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:  # quoted text is typed as written, and read as one word around it
        held.append(match.group())
        return f"{OPEN}{len(held) - 1}{CLOSE}"

    text = QUOTED.sub(hold, unframed(story_topic(opened(storied(without_courtesies(learner_you(others_kept(task))))))))  # what is said around the request
    return HELD.sub(lambda m: held[int(m.group(1))], said_in_digits(_usual(question_last(in_full(text)))))


def _usual(text: str) -> str:
    text = request_phrases(new_value(app_verbs(value_first(noted_value(dictated(corrected(described(implied(text)))))))))
    text = _VERB.sub(lambda m: m.group("p") + next(usual for i, (_, usual) in enumerate(_VERBS) if m.group(f"v{i}")), text)
    text = _REMOVED.sub(lambda m: m.group("p") + "delete", text)
    for pattern, usual in _PHRASED + _RANKINGS:
        text = pattern.sub(usual, text)
    return clock_times(text)

