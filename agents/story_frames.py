"""Tasks written as tests are written: a Gherkin scenario or a user story, read as the request inside.

"Scenario: mute. Given the Clock app is open, when I set a timer for 12 minutes, then it counts down" -> "set a
timer for 12 minutes in the Clock app"; "Given I have a note called X, when I delete it, then it is gone" -> "I
have a note called X. delete it"; "When the user turns off Wi-Fi, then ..." -> "turn off Wi-Fi"; "As a traveller,
I want to X so that Y" -> "I want to X" (the story's benefit is no step). A Then step that states the outcome to
check ("then it counts down") is dropped; one that asks for something ("then tell me how big it is", "then turn it
off") is the rest of the request, after the When steps. General English and Gherkin only.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS

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
_GIVEN_APP = re.compile(r"^(?:(?:I am )?(?:in |on )?(?:the )?(?P<a>(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*){0,2}) app)$", re.I)
_BENEFIT = re.compile(r",?\s+so(?: that)? (?:I|we)\b[^.;!?]*[.!]?\s*$", re.I)  # "... so that I can buy it later": why, no step
_ASKS = re.compile(r"^(?:report|let me know|(?:please )?(?:" + "|".join(sorted(VERBS, key=len, reverse=True)) + r"))\b", re.I)
_FOUND = re.compile(r"^(?:find|look up|look for|locate|search for|search|go to|open|select|pick|choose|check)\s+(?P<x>\S.*?)\s*$", re.I)
_PRONOUN = re.compile(r"\b(?:it|them)\b(?!')", re.I)
_NOTHING = re.compile(r"^(?:I(?: am|'m)? (?:on|at) the home ?screen|the (?:phone|device) is (?:unlocked|on)|I(?: am|'m)? (?:logged|signed) in"
                      r"|the phone is on the home ?screen)$", re.I)


def storied(task: str) -> str:
    """``task`` with a scenario or user-story frame around its request taken away (else the same text)."""
    text = _TITLE.sub("", task, count=1)
    if text != task:
        text = _TITLED.sub("", text, count=1)
    story = _STORY.sub("", text, count=1)
    if story != text:
        text = _BENEFIT.sub(".", story, count=1) if _BENEFIT.search(story) and _BENEFIT.sub("", story).strip() else story
    steps = _steps(text)
    when = [s for k, s in steps if k == "when"]
    if not when or not any(k in ("given", "then") for k, _ in steps):
        return text if text != task else task
    given = [s for k, s in steps if k == "given"]
    asked = [_told(s) for k, s in steps if k == "then" and _ASKS.match(s)]
    found = [m["x"] for s in when if len(when) == 1 and (m := _FOUND.match(_imperative(s)))]
    if asked and found:  # "when I look up x.pdf, then report how big it is": tell me how big x.pdf is
        named = [_named(a, found[0]) for a in asked]
        if all(n != a for n, a in zip(named, asked)):
            when, asked = [], named
    request = " and ".join(_imperative(s) for s in when)
    apps = [m for s in given if (m := _OPEN_APP.match(s) or _GIVEN_APP.match(s))]
    place = next((m["a"] or m.groupdict().get("b") for m in apps), None)
    context = [s for s in given if not _OPEN_APP.match(s) and not _GIVEN_APP.match(s) and not _NOTHING.match(s)]
    if place and not re.search(rf"\b{re.escape(place)}\b", request, re.I):
        request = f"in {place}, {request}" if asked and request else f"{request} in {place}" if request else ""
    if place and not request:
        asked[-1] = f"{asked[-1]} in {place}"
    if asked:
        request = f"{request}, then {' and '.join(asked)}" if request else " and ".join(asked)
    return " ".join(f"{c}." for c in context) + (" " if context else "") + request + "."


def _named(step: str, thing: str) -> str:
    """``step`` with its first "it" / "them" as ``thing``, or "the one" as the thing's noun when it is a plural
    ("the one with the best rating" after "search for noodle bars": the noodle bar with the best rating)."""
    said = _PRONOUN.sub(lambda m: thing, step, count=1)
    if said != step:
        return said
    plural = re.match(r"(?:the |some |any )?(?P<n>.*\w[^s\W]s)$", thing)  # "Thai restaurants": one Thai restaurant
    return re.sub(r"\bthe one\b", f"the {plural['n'][:-1]}", step, count=1) if plural else step


def _told(step: str) -> str:
    """A Then step that asks: "report how big it is" -> "tell me how big it is"."""
    return re.sub(r"^(?:report|let me know)\b", "tell me", step, count=1, flags=re.I)


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
