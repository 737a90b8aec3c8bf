"""An act the speaker forgot or meant to do, handed over: "I forgot to X earlier - can you do it now?" is "X".

People hand over what they left undone by saying what it was and asking for it with a pro-form: "I forgot to
wipe my history - can you do it?", "I meant to turn the dark theme on and forgot, could you handle that?",
"I was supposed to star Bo's email yesterday - do it now please", "I never got around to muting the group,
take care of it". The act is the clause after "forgot to" / "meant to" / "was supposed to" / "never got
around to"; the time it was due ("earlier", "yesterday", "last night") and the hand-over ("can you do it?")
say nothing more. Only when the hand-over is a pro-form (do it, handle that, sort it out): a request of its own
after the dash ("... - put it in my cart"), a thing forgotten ("I forgot my password - can you fix it?") and a mistake
to mend ("I meant to send X but sent it to Y - can you fix that?") stay as said. General English only.
"""

from __future__ import annotations

import re

from .task_verbs import de_gerund

_WHEN = r"(?:\s+(?:earlier|before|yesterday|last night|this morning|today|the other day|again|all week|for days))*"
_LEFT = re.compile(r"^(?:oh\s*,?\s*|so\s*,?\s*|ugh\s*,?\s*)?(?:I|we)\s+(?:(?P<g>never got (?:a)?round to|didn't get (?:a)?round to|"
                   r"haven't got(?:ten)? (?:a)?round to)\s+(?P<ing>\w+ing\b.*?)|(?:totally |completely |clean )?"
                   r"(?:forgot to|meant to|was (?:supposed|meant) to|were (?:supposed|meant) to|had to|was going to|"
                   r"wanted to|never remembered to)\s+(?P<act>(?!to\b).*?))" + _WHEN +
                   r"(?:\s*,?\s+and\s+(?:I\s+)?(?:forgot|didn't|never did))?", re.I | re.S)
_HANDOVER = (r"\s*[-–—,;:.!]+\s*(?:(?:so|but|now)\s*,?\s*)?(?P<h>(?:(?:can|could|would|will) you\s+(?:please\s+)?|please\s+|pls\s+)?"
             r"(?:(?:just\s+)?(?:do|handle|sort|take care of|deal with|finish|sort out)\s+(?:it|that|this|it out|that out)"
             r"(?:\s+(?:now|for me|please|pls|instead|then|today|real quick|quickly))*))\s*[?.!]*\s*$")
_FORGOTTEN = re.compile(_LEFT.pattern + _HANDOVER, re.I | re.S)


def handed_over(task: str) -> str:
    """The forgotten act of ``task`` as a plain request (see the module docstring); else ``task``."""
    m = _FORGOTTEN.match(task.strip())
    if not m:  # "I forgot to call Bo" alone is a statement; "... - put it in my cart" a request of its own
        return task
    act = de_gerund(m["ing"]) if m["g"] else m["act"]
    if re.search(r"\b(?:but|and now|so now|instead)\b", act, re.I):  # "meant to send X but sent it to Y": a mistake to mend
        return task
    return act.strip().rstrip(",;:-–— ") + "."
