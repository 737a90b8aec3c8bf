"""What a user says before a request about the request itself, not part of it: a past habit, a rephrasing, how hard it
is, when to do it.

"Like I did last week, rename X to Y", "Same as I always do with podcasts I like, star X", "As I usually do, mute X"
(a habit that adds no task); "Let me put it another way: X", "Okay, I'll say it more simply: X", "Put differently:
X", "What I meant was: X" (a rephrasing); "Easy one: X", "Simple question: Q?", "Bit of a tricky one: X" (how hard it
is); "If you've got a sec, X", "When you have a moment, X", "No rush, but X" (when: the task is to be done now).
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
_LEAD = re.compile(rf"^\s*(?:(?:ok(?:ay)?|so|right|alright|well|sorry)\s*[,.!]?\s+)?(?:{_HABIT}|{_REPHRASE}|{_HARDNESS}|{_WHEN})"
                   r"\s*(?P<rest>\S.*)$", re.I | re.S)
_QUESTION = re.compile(r"^(?:what|which|who|whom|whose|where|when|how|why|is|are|was|were|do|does|did|can|could|will"
                       r"|would|have|has|should)\b", re.I)


def unled(task: str) -> str:
    """``task`` without a lead about the request itself (see the module docstring); the same text otherwise."""
    m = _LEAD.match(task)
    if not m:
        return task
    rest = m["rest"]
    first = re.match(r"(?:please\s+|just\s+)?([a-z]+)", rest, re.I)
    if not first or not (first.group(1).casefold() in VERBS or _QUESTION.match(rest) or rest.rstrip().endswith("?")):
        return task
    return rest
