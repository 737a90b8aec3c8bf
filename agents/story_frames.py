"""Tasks written as tests are written: a Gherkin scenario or a user story, read as the request inside.

"Scenario: mute. Given the Clock app is open, when I set a timer for 12 minutes, then it counts down" -> "set a
timer for 12 minutes in the Clock app"; "Given I have a note called X, when I delete it, then it is gone" -> "I
have a note called X. delete it"; "When the user turns off Wi-Fi, then ..." -> "turn off Wi-Fi"; "As a traveller,
I want to X so that Y" -> "I want to X so that Y" (the wish and its purpose are read as any other). The Then step
states the outcome to check, not a request, and is dropped. General English and Gherkin only.
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"^\s*(?:scenario(?: outline)?|feature|test(?: case)?|story|use case|tc[\s\-]?\d+)\s*\d*\s*[:\-]\s*", re.I)
_TITLED = re.compile(r"^[^.:;]{1,80}?[.:;]\s+(?=(?:given|when|as an?)\b)", re.I)  # the scenario's own title, then its steps
_STEP = re.compile(r"(?:^\s*|(?<=[.,;:])\s*|\s+(?=(?:Given|When|Then|And|But)\b))"  # a step starts a sentence or is capitalised
                   r"(?P<k>(?i:given|when|then|and then|and|but))\b\s+")
_STORY = re.compile(r"^\s*as an? [^,.;]{1,60}?,?\s+(?=I (?:want|would like|'d like|need|wish|should be able)\b)", re.I)
_ME = re.compile(r"^(?:I|we|you|the user|a user|the tester|the customer|he|she)\s+(?:(?:ask|tell) (?:you|the agent|the "
                 r"assistant) to\s+|(?:want|try|decide|choose) to\s+|(?:can|should|will|must)\s+)?", re.I)
_THIRD = re.compile(r"^(?:the user|a user|the tester|the customer|he|she)\s+(?!(?:ask|tell|want|try|decide|choose|can|should"
                    r"|will|must)\b)", re.I)
_OPEN_APP = re.compile(r"^(?:(?:the )?(?P<a>(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*){0,2})(?: app)? (?:is|was) (?:open|opened|"
                       r"running|launched|on screen|in front)|I(?: am|'m| have)? (?:in|on|opened|launched) (?:the )?"
                       r"(?P<b>(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*){0,2})(?: app)?)$", re.I)
_NOTHING = re.compile(r"^(?:I(?: am|'m)? (?:on|at) the home ?screen|the (?:phone|device) is (?:unlocked|on)|I(?: am|'m)? (?:logged|signed) in"
                      r"|the phone is on the home ?screen)$", re.I)


def storied(task: str) -> str:
    """``task`` with a scenario or user-story frame around its request taken away (else the same text)."""
    text = _TITLE.sub("", task, count=1)
    if text != task:
        text = _TITLED.sub("", text, count=1)
    text = _STORY.sub("", text, count=1)
    steps = _steps(text)
    when = [s for k, s in steps if k == "when"]
    if not when or not any(k in ("given", "then") for k, _ in steps):
        return text if text != task else task
    given = [s for k, s in steps if k == "given"]
    request = " and ".join(_imperative(s) for s in when)
    place = next((m["a"] or m["b"] for s in given if (m := _OPEN_APP.match(s))), None)
    context = [s for s in given if not _OPEN_APP.match(s) and not _NOTHING.match(s)]
    if place and not re.search(rf"\b{re.escape(place)}\b", request, re.I):
        request = f"{request} in {place}"
    return " ".join(f"{c}." for c in context) + (" " if context else "") + request + "."


def _steps(text: str) -> list[tuple[str, str]]:
    """The Given / When / Then steps in order, an "and" or "but" step taking the kind of the step before it."""
    marks = list(_STEP.finditer(text))
    if not marks or marks[0].start() > 0 and text[:marks[0].start()].strip(" ,.;:"):
        return []
    out: list[tuple[str, str]] = []
    for i, m in enumerate(marks):
        kind = m["k"].lower().replace("and then", "then")
        body = text[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(text)].strip(" ,.;:")
        if kind in ("and", "but"):
            if not out:
                return []
            kind = out[-1][0]
        out.append((kind, body))
    return out


def _imperative(step: str) -> str:
    """"I set a timer" -> "set a timer"; "the user turns off Wi-Fi" -> "turn off Wi-Fi"."""
    third = _THIRD.match(step)
    step = _ME.sub("", step, count=1)
    if third:
        verb, _, rest = step.partition(" ")
        step = f"{_base(verb)} {rest}".strip()
    return step


def _base(verb: str) -> str:
    """A third-person verb's base form: "turns" -> "turn", "presses" -> "press", "copies" -> "copy"."""
    low = verb.lower()
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", low):
        return verb[:-2]
    return verb[:-1] if low.endswith("s") and not low.endswith("ss") else verb
