"""A request buried in small talk, without the talk around it.

Chatting, people tell a story first and come back to the point with "anyway": "so the train is late again lol,
anyway can you mute the Choir group, and I think it will snow". What comes before the word that resumes ("anyway",
"anyhow", "in any case", "moving on") is small talk when it names nothing the request could use (no quoted text,
no number, no capitalised name; else only the word goes); small talk said after the request ("..., and I think it will snow", "..., also
I'm so tired", "..., oh my tea is cold") goes too when it names nothing and starts with a subject, not a verb.
Only when the request was resumed this way: elsewhere a clause after a comma may well belong to the request.
General English only, never an app's words.
"""

from __future__ import annotations

import re

from .text import QUOTED

# The words that bring a talk back to its point, after a clause break.
_RESUME = re.compile(r"(?:^|[,.;:!?]\s*|\s[-–—]\s*)(?:(?:but|so|and|ok(?:ay)?|well)\s+)?(?:anyway|anyways|anyhow|in any case"
                     r"|moving on|back to the point)\b[,:]?\s+(?=\S)", re.I)
# A clause of small talk after the request: a connective, then a subject (a story, a feeling, the weather).
_AFTER = re.compile(r",\s*(?:(?:and|also|oh|ok(?:ay)?|then|but|btw|by the way|and btw|anyway|plus|lol|haha)[,\s]+)*"
                    r"(?:I|I'm|I've|I'll|I'd|it|it's|its|my|the|this|that|there|there's|we|we're|our|he|she|they|they're|his|her"
                    r"|their|everyone|everybody|nobody|someone|oh|ok|lol|haha)\b(?P<rest>[^,]*)$", re.I)
_NAMES_SOMETHING = re.compile(rf"{QUOTED.pattern}|\d|(?<!^)(?<![.!?]\s)\b(?!I\b|I'\w+)(?-i:[A-Z])\w", re.I)
_VERB_NEXT = re.compile(r"^\s*(?:please\s+)?(?:send|text|call|open|add|save|set|put|delete|remove|share|forward|email|tell|check"
                        r"|make|create|turn|find|show|let|mute|pin|star|mark|reply|move|rename|post)\b", re.I)


def unburied(task: str) -> str:
    """``task`` without the small talk around a request resumed by "anyway" (see the module docstring); the same
    task otherwise."""
    marks = list(_RESUME.finditer(task))
    if not marks:
        return task
    mark = marks[-1]
    before, request = task[:mark.start()], task[mark.end():]
    if len(request.split()) < 3:
        return task  # nothing is left to ask
    story = before.strip() if _NAMES_SOMETHING.search(before.strip()) else ""  # it names what the request may act on
    for _ in range(3):  # "..., and I think it might rain, I need more coffee"
        tail = _AFTER.search(request)
        if not tail or _NAMES_SOMETHING.search(tail.group(0)[1:].strip()) or _VERB_NEXT.match(tail["rest"]):
            break
        if len(request[:tail.start()].split()) < 3:
            break
        request = request[:tail.start()]
    return f"{story.rstrip(' ,;:-')}, {request.strip()}" if story else request.strip()
