"""What a user says before a request about the request itself, not part of it: a past habit, a rephrasing, how hard it
is, when to do it.

"Like I did last week, rename X to Y", "Same as I always do with podcasts I like, star X", "As I usually do, mute X"
(a habit that adds no task); "Let me put it another way: X", "Okay, I'll say it more simply: X", "Put differently:
X", "What I meant was: X" (a rephrasing); "Easy one: X", "Simple question: Q?", "Bit of a tricky one: X" (how hard it
is); "If you've got a sec, X", "When you have a moment, X", "No rush, but X" (when: the task is to be done now);
"Yes please, go ahead and X", "Sure, go on then, X", "Yep, do it: X" (a go-ahead reply to an offer); "TODO: X", "- [ ] X"
(an item copied from a to-do list); "Okay, next one: X", "Next question: Q?" (the next of a run of requests). A list
mark, "next" or a go-ahead before a colon or dash, or "go ahead and", goes whatever follows (the task is said after it).
:func:`unled` gives the request after such a lead, when a request (a task verb) or a question follows it; the same
text otherwise ("Like I said, the file is gone" stays). General English only.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS

_HABIT = (r"(?:just |exactly )?(?:like|as|same as|the same as|same way as|the same way as)\s+(?:I|we)"
          r"(?:\s+(?:always|usually|normally|often|already|also))?\s+(?:did|do|have done|had done|'ve done|always do)\b"
          r"[^,:;\"“]{0,60}?,")
_REPHRASE = (r"(?:(?:let me|i'?ll|i will|i'?m going to)\s+(?:rephrase|reword|put|say|phrase|word|explain|ask|try)"
             r"(?:\s+(?:it|that|this|the question|again|once more|another way|differently|in another way|a different way"
             r"|more (?:clearly|simply|plainly)|better|simpler|plainly|in other words|in plainer words))*"
             r"|(?:to )?put (?:it )?(?:another way|differently|simply|plainly)|in other words|what i meant (?:was|is)|what i mean is)"
             r"\s*[:,\-–—]")
_DEGREE = r"(?:a |an )?(?:(?:bit|little) of an? |fairly |pretty |really |very |quite an? |super )?"
_HARDNESS = (rf"{_DEGREE}(?:easy|simple|quick|short|small|tricky|hard|difficult|tough|complicated|straightforward"
             r"|fiddly|big|long)\s+(?:one|question|request|task|thing|job)\s*[:\-–—]")
_WHEN = (r"(?:(?:if|when|whenever)\s+you(?:'ve| have)?\s+(?:get|have|got|find)\s+a\s+(?:spare\s+)?(?:sec|second|moment"
         r"|minute|min|mo|chance)(?:\s+(?:later|today|now))?\s*,"
         r"|no (?:rush|hurry|pressure|stress)(?:\s+(?:at all|really))?\s*(?:,\s*but|[,:\-–—])"
         r"|(?:it'?s )?not urgent(?:,\s*but|\s*[,:\-–—]))")
# A go-ahead reply to an offer: "Yes please, go ahead and X", "Sure, go on then, X", "Yep, do it: X", "Go on then - X"
_YES = (r"(?:yes|yeah|yep|yup|yea|aye|sure|absolutely|definitely|of course|please do|go on|go ahead|do it|go for it)"
        r"(?:\s*[,!]?\s*(?:please|thanks|thank you|then|sure|go on(?: then)?|go ahead|do it|go for it|sounds good|why not))*")
_GO_AHEAD = (rf"{_YES}\s*(?:[,.!:;\-–—]\s*|\s+(?=(?:go ahead|go on|do it)\b))(?:(?:go ahead|go on(?: then)?|do it|go for it|carry on)"
             r"\s*(?:and\s+|[,.!:;\-–—]\s*))?")
# An item copied from a to-do list: "TODO: X", "To do: X", "- [ ] X", "[x] X", "☐ X"; or the next of a run of
# requests: "Okay, next one: X", "Right, next: X", "Next question: Q?", "One more: X", "Moving on - X"
_CHECKBOX = r"(?:[-*•]\s*)?(?:\[\s?[xX✓ ]?\s?\]|[☐□])\s*"  # "- [ ] ", "[x] ", "☐ "
_TODO_WORD = r"(?:todo|to-do|to do)(?:\s+item)?"
_TODO = rf"{_CHECKBOX}|{_TODO_WORD}\s*[:\-–—]\s*"
_NEXT = (r"(?:and |now |then )?(?:next(?: one| up| question| task| thing| item| request)?|the next one|another one|one more(?: thing)?"
         r"|last one|moving on|on to the next(?: one)?)\s*[:,.!\-–—]\s*")
# A lead that says for sure that the task follows: a list mark, "next" or a go-ahead with a colon or dash, "go ahead
# and": what comes after is the task even when it starts with what the user knows ("Next up: Bo emailed me X. Add it")
_SURE = re.compile(rf"^\s*(?:(?:ok(?:ay)?|so|right|alright|well)\s*[,.!]?\s+)?{_CHECKBOX}"
                   rf"|^\s*(?:(?:ok(?:ay)?|so|right|alright|well)\s*[,.!]?\s+)?(?:{_TODO_WORD}|(?:and |now )?next(?: one| up)?"
                   rf"|{_YES})\s*[:\-–—]\s*(?=\S)|^\s*{_YES}\s*[,.!]?\s*(?:go ahead|go on) and\s+(?=\S)", re.I)
_LEAD = re.compile(rf"^\s*(?:(?:ok(?:ay)?|so|right|alright|well|sorry)\s*[,.!]?\s+)?(?:{_HABIT}|{_REPHRASE}|{_HARDNESS}|{_WHEN}|{_GO_AHEAD}"
                   rf"|{_TODO}|{_NEXT})"
                   r"\s*(?P<rest>\S.*)$", re.I | re.S)
_QUESTION = re.compile(r"^(?:what|which|who|whom|whose|where|when|how|why|is|are|was|were|do|does|did|can|could|will"
                       r"|would|have|has|should)\b", re.I)


def unled(task: str) -> str:
    """``task`` without a lead about the request itself (see the module docstring); the same text otherwise."""
    for _ in range(3):  # "Okay, next one - yes please, go ahead and X"
        sure = _SURE.match(task)
        if sure and len(task[sure.end():].split()) > 2:
            task = task[sure.end():]
            continue
        m = _LEAD.match(task)
        if not m:
            return task
        rest = m["rest"]
        first = re.match(r"(?:please\s+|just\s+|(?:can|could|would|will) (?:you|ye|ya)\s+)?([a-z]+)", rest, re.I)
        if not first or not (first.group(1).casefold() in VERBS or _QUESTION.match(rest) or rest.rstrip().endswith("?")):
            return task
        task = rest
    return task
