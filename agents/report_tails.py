"""What a user adds after a request about reporting back or asking first, not part of the task.

A request often ends by asking to be told it is done ("..., and let me know when it's done", "... and tell me once
it's gone out", "..., then tell me it worked", "... Ping me when that's finished.", "Let me know when you're done.")
or by saying no confirmation is wanted ("No need to ask me first.", "..., no need to double-check with me",
"Don't check with me, just ...", "... without asking me"). An agent reports the end of every task and acts without
asking anyway, so neither asks anything: :func:`unreported` gives the request without them. What is told must be the
act's own end (a pronoun for the task: it, that, this, everything, you, all of it; said done, sent, saved, gone out,
finished, through, ready, complete, ...): "let me know when the shop opens" and "tell me if it is raining" ask a
question of their own and stay. Quoted text is never touched. General English only.
"""

from __future__ import annotations

import re

from .referents import hold_quotes, release

_TELL = r"(?:let me know|tell me|ping me|text me|message me|notify me|update me|give me a shout|give me a heads[- ]up|confirm)"
_TASK = r"(?:it|that|this|they|everything|all|all of (?:it|that|this)|you|the job|the task)"
_BE = r"(?:'s|'re|'ve been|'ve| is| are| has| have| has been| have been| was| were| got| gets| get)?"
_DONE = (r"(?:done|finished|complete|completed|sorted|through|ready|sent|saved|gone(?: out| through)?|out|in|set|up|fixed"
         r"|changed|updated|deleted|removed|added|booked|posted|made|created|over|all done|been done|worked|went through"
         r"|(?:is |has )?(?:been )?(?:done|sent|saved))")
# "..., and let me know when it's done", " - then tell me it worked", ". Let me know once that's sent."
_SPLIT = r"(?:\s*[,;]\s*(?:and\s+|then\s+|and then\s+|&\s+)?|\s+[-–—]\s+(?:and\s+|then\s+)?|\s+(?:and|then|and then|&)\s+|(?<=[.!?])\s*)"
_TOLD = re.compile(rf"{_SPLIT}(?:please\s+|just\s+)?{_TELL}"
                   rf"(?:\s+(?:when|once|after|as soon as|if)\s+{_TASK}{_BE}\s+{_DONE}(?:\s+(?:fine|ok|okay|properly|alright))?"
                   rf"|\s+(?:that\s+)?{_TASK}{_BE}\s+{_DONE}(?:\s+(?:fine|ok|okay|properly|alright))?)"
                   r"(?:\s*,?\s*(?:please|thanks|thank you|cheers|ta))?\s*[.!]*\s*$", re.I)
# "What is the code? Let me know.": a bare "let me know" after the request's own sentence (or "and let me know")
_TOLD_BARE = re.compile(r"(?:(?<=[.!?])\s*|\s*,?\s+and\s+)(?:please\s+)?(?:let me know|tell me)\s*(?:,?\s*(?:please|thanks|thank you|cheers|ta))?"
                        r"\s*[.!]*\s*$", re.I)
# "No need to ask me first.", "..., no need to double-check with me", "without asking me", "don't check with me first"
_ASK = r"(?:ask|check with|double[- ]check with|run (?:it|this|that) (?:by|past)|confirm with|bother)"
_UNASKED = re.compile(rf"(?:\s*[,;]\s*|\s+[-–—]\s+|(?<=[.!?])\s*|\s+(?=without))(?:(?:there(?:'s| is) )?no need to|(?:you )?(?:do not|don't|dont)"
                      rf"(?: need to| have to)?|without(?: needing to| having to)?) (?:{_ASK}|asking|checking with|double[- ]checking with"
                      rf"|running (?:it|this|that) (?:by|past)|confirming with|bothering) me(?: (?:first|again|about (?:it|that|this)))?"
                      r"(?:\s*[,;]\s*(?:just\s+)?(?:do it|go ahead|go for it))?\s*[.!]*\s*$", re.I)
_UNASKED_FIRST = re.compile(rf"^\s*(?:(?:there(?:'s| is) )?no need to|(?:do not|don't|dont)(?: need to)?) (?:{_ASK}|bother) me"
                            r"(?: (?:first|again))?\s*(?:[,;:.!\-–—]\s*)(?:just\s+)?(?=\S)", re.I)


def unreported(task: str) -> str:
    """``task`` without asking to be told it is done or saying not to confirm first (see the module docstring); the same
    text otherwise. Something of the request must be left."""
    bare, held = hold_quotes(task)
    new = bare
    for _ in range(3):
        step = _UNASKED_FIRST.sub("", _UNASKED.sub("", _TOLD_BARE.sub("", _TOLD.sub("", new))))
        if step == new:
            break
        new = step
    if new == bare or len(re.findall(r"\w+", new)) < 2:
        return task
    return release(new, held)
