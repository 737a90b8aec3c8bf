"""Experience reflection after a run: new tips, and candidate shortcuts from what worked.

With a model (the lead passes the router's model, so the call is routed like any other)
the run is summarised and the model writes tips (a pydantic output type). Without one,
or when the model fails, rule-based tips are derived from the steps: an action that did
nothing and the different action that worked after it. Candidate shortcuts come from the
successful steps of a successful run, with typed text found in the task turned into
``{param}``s; a shortcut that is already stored is not added again. A value read in one app and typed in another
(the restaurant a mail named, searched in the maps) is no shortcut's: the shortcut ends before that app is opened.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from ..device.script import Step
from ..device.types import Locator
from ..errors import ModelError
from ..models.base import Model, ModelRequest, run_sync
from .records import LearningResult, Precondition, RunRecord, Shortcut, StepRecord
from .store import MemoryStore
from .text import slug, tokens

FAILED_OUTCOMES = {"no_change": "did nothing", "wrong_screen": "led to the wrong screen", "error": "failed"}
_SCRIPTABLE = {"tap", "long_press", "type", "swipe", "back", "home", "open_app", "wait"}
_SYSTEM = (
    "You review a finished phone-automation run and write short tips for the next run of a similar task. "
    "A tip is one concrete lesson an agent can act on (which element to use, what to avoid, what order works). "
    "Do not repeat the task text and do not include personal data such as typed messages or phone numbers. "
    "Write at most 3 tips; none if nothing was learned."
)


class TipDraft(BaseModel):
    text: str = Field(description="one concrete lesson, one sentence")
    apps: list[str] = Field(default_factory=list, description="packages it applies to; empty = any app")
    tags: list[str] = Field(default_factory=list)


class Reflection(BaseModel):
    """What the model is asked to return."""

    tips: list[TipDraft] = Field(default_factory=list, max_length=5)


async def alearn_from_run(
    store: MemoryStore,
    run: RunRecord,
    steps: list[StepRecord],
    model: Model | None = None,
    *,
    min_shortcut_steps: int = 2,
) -> LearningResult:
    """Add tips and candidate shortcuts learned from one finished run (which must be in the store)."""
    result = LearningResult()
    drafts: list[TipDraft] = []
    if model is not None:
        try:
            response = await model.acomplete(
                ModelRequest.of(
                    describe_run(run, steps), system=_SYSTEM, output_type=Reflection, max_tokens=400,
                    purpose="experience_reflection", app=_main_app(steps),
                )
            )  # fmt: skip
            drafts = list(response.parsed.tips)
            result.used_model = True
        except ModelError as exc:
            result.notes.append(f"model reflection failed ({exc.message}); used rule-based tips")
    if not result.used_model:
        drafts = rule_tips(run, steps)
    keywords = task_keywords(run, steps)
    for draft in drafts:
        if draft.text.strip():
            apps = draft.apps or sorted({s.package for s in steps if s.package})[:1]
            tags = [*draft.tags, *keywords]
            result.tips.append(store.tips.add(draft.text, apps=apps, tags=tags, source_run=run.run_id))
    if run.status == "succeeded":
        for candidate in candidate_shortcuts(run, steps, min_steps=min_shortcut_steps):
            existing = store.shortcuts.find_same(candidate)
            if existing is not None:
                result.notes.append(f"shortcut {existing.name!r} already stored; not added again")
                continue
            named = candidate.model_copy(update={"name": store.shortcuts.free_name(candidate.name)})
            result.shortcuts.append(store.shortcuts.add(named))
    store.runs.record_event(
        run.run_id,
        "learning",
        {
            "tips": [t.id for t in result.tips],
            "shortcuts": [s.id for s in result.shortcuts],
            "used_model": result.used_model,
            "notes": result.notes,
        },
    )
    return result


def learn_from_run(
    store: MemoryStore, run: RunRecord, steps: list[StepRecord], model: Model | None = None, *, min_shortcut_steps: int = 2
) -> LearningResult:
    """Sync wrapper around :func:`alearn_from_run`."""
    return run_sync(alearn_from_run(store, run, steps, model, min_shortcut_steps=min_shortcut_steps))


def task_keywords(run: RunRecord, steps: list[StepRecord], *, limit: int = 8) -> list[str]:
    """Content words of the task, without the values typed in it: tags that let a tip be
    found again for the same kind of task, without storing what the user typed."""
    typed = set().union(*(tokens(s.action.get("text") or "") for s in steps)) if steps else set()
    return sorted(tokens(run.task) - typed)[:limit]


def describe_run(run: RunRecord, steps: list[StepRecord]) -> str:
    """The run as the reflection prompt shows it: task, outcome, one line per step."""
    lines = [f"Task: {run.task}", f"Outcome: {run.status}" + (f" ({run.stop_reason})" if run.stop_reason else "")]
    for step in steps:
        line = f"{step.index + 1}. [{step.package or '?'}] {describe_action(step)} -> {step.outcome or '?'}"
        if step.subgoal:
            line += f" | subgoal: {step.subgoal}"
        if step.outcome_reason:
            line += f" | {step.outcome_reason}"
        lines.append(line)
    return "\n".join(lines)


def describe_action(step: StepRecord) -> str:
    """A short human phrase for the step's action, without the text typed."""
    action, kind = step.action, step.action.get("kind", "?")
    target = _label(step.locator)
    phrases = {
        "tap": f"tapping {target}",
        "long_press": f"long-pressing {target}",
        "type": f"typing into {target}" if step.locator else "typing into the focused field",
        "swipe": f"swiping {action.get('direction', '')}" + (f" on {target}" if step.locator else ""),
        "back": "pressing back",
        "home": "pressing home",
        "open_app": f"opening {action.get('app', 'the app')}",
        "wait": "waiting",
        "done": "finishing",
    }
    return phrases.get(kind, kind)


def rule_tips(run: RunRecord, steps: list[StepRecord], *, window: int = 3) -> list[TipDraft]:
    """Tips from the steps alone: a failed action followed by a different one that worked,
    and, in a run that did not succeed, an action that failed again and again."""
    drafts: dict[str, TipDraft] = {}
    for i, failed in enumerate(steps):
        effect = FAILED_OUTCOMES.get(failed.outcome)
        if effect is None:
            continue
        for fix in steps[i + 1 : i + 1 + window]:
            if fix.outcome == "success" and describe_action(fix) != describe_action(failed):
                where = f"In {failed.package}, " if failed.package else ""
                goal = f" (to {failed.subgoal})" if failed.subgoal else ""
                text = f"{where}{describe_action(failed)} {effect}{goal}; {describe_action(fix)} worked instead."
                drafts[text] = TipDraft(text=text[0].upper() + text[1:], apps=_apps(failed), tags=["recovery", failed.outcome])
                break
    if run.status != "succeeded":
        failures: dict[str, int] = {}
        for step in steps:
            if step.outcome in FAILED_OUTCOMES:
                failures[describe_action(step)] = failures.get(describe_action(step), 0) + 1
        for phrase, count in failures.items():
            if count >= 2:
                app = next((s.package for s in steps if describe_action(s) == phrase and s.package), "")
                where = f"In {app}, " if app else ""
                text = f"{where}{phrase} kept failing ({count} times); try another way (scroll, search, or go back)."
                drafts[text] = TipDraft(text=text[0].upper() + text[1:], apps=[app] if app else [], tags=["pitfall"])
    return list(drafts.values())


def candidate_shortcuts(run: RunRecord, steps: list[StepRecord], *, min_steps: int = 2) -> list[Shortcut]:
    """One candidate per maximal run of successful, locator-based steps (at least ``min_steps``)."""
    segments: list[list[tuple[StepRecord, Step]]] = [[]]
    for record in steps:
        script_step = to_script_step(record) if record.outcome == "success" and record.shortcut is None else None
        if script_step is None:
            segments.append([])
        else:
            segments[-1].append((record, script_step))
    candidates = []
    for segment in (_read_carried(run.task, s) for s in segments):
        if len(segment) >= min_steps and any(s.target is not None for _, s in segment):
            candidates.append(_generalise(run, segment))
    return candidates


def _read_carried(task: str, segment: list[tuple[StepRecord, Step]]) -> list[tuple[StepRecord, Step]]:
    """The segment with a read step where a value was carried from one app to another: text typed in a later app
    that the task never says ("Café Nero", named in the mail, searched in the maps) was read in the run and differs on
    the next one. A read step goes before the app switch (on the last screen of the first app), and the typed text and
    the later elements that show it become its ``{name}``: replayed, the value is read again, never a stale one."""
    for i, (record, step) in enumerate(segment):
        if step.kind != "type" or not step.text or step.text.lower() in task.lower():
            continue
        start = i
        while start > 0 and segment[start - 1][0].package == record.package:
            start -= 1  # the first step in the typing app
        if start > 0 and segment[start - 1][1].kind == "open_app":
            start -= 1  # it was opened (the step is recorded in the app before)
        if not any(r.package and r.package != record.package for r, _ in segment[:start]):
            return segment
        value = step.text
        field = step.target.resource_id.rsplit("/", 1)[-1] if step.target and step.target.resource_id else ""
        name = "read_" + (slug(field, max_len=20) if field else "value")
        read = (segment[start - 1][0], Step(kind="read", into=name))
        later = [(r, _carried(s, value, name)) for r, s in segment[start:]]
        return [*segment[:start], read, *later]
    return segment


def _carried(step: Step, value: str, name: str) -> Step:
    """The step with the carried value as ``{name}``: the text typed, an element that shows it (found by part of its
    text, as the rest of its label, a rating or an address, differs)."""
    update: dict[str, Any] = {}
    if step.kind == "type" and step.text and step.text.lower() == value.lower():
        update["text"] = "{" + name + "}"
    target = step.target
    if target is not None and any(value.lower() in (getattr(target, f) or "").lower() for f in ("text", "content_desc", "text_contains")):
        fields = {f: v for f, v in target.model_dump().items() if v is not None and f not in ("text", "content_desc", "text_contains")}
        update["target"] = Locator(**fields, text_contains="{" + name + "}")
    return step.model_copy(update=update) if update else step


def to_script_step(record: StepRecord) -> Step | None:
    """The locator-based step for a recorded action; None when it has no stable target."""
    action, kind = record.action, record.action.get("kind")
    if kind not in _SCRIPTABLE:
        return None
    target = _locator(record.locator)
    if kind in ("tap", "long_press") and target is None:
        return None
    fields: dict[str, Any] = {"kind": kind, "target": target}
    if kind == "type" and target is not None and (target.resource_id or target.content_desc):
        fields["target"] = target.model_copy(update={"text": None, "text_contains": None})  # a field's text changes
    if kind == "type":
        fields.update(text=action.get("text", ""), submit=bool(action.get("submit", False)))
    elif kind == "swipe":
        fields["direction"] = action.get("direction", "down")
    elif kind == "open_app":
        fields.update(app=action.get("app", ""), target=None)
    elif kind == "wait":
        fields.update(seconds=float(action.get("seconds", 1.0)), target=None)
    elif kind in ("back", "home"):
        fields["target"] = None
    return Step(**fields)


def _generalise(run: RunRecord, segment: list[tuple[StepRecord, Step]]) -> Shortcut:
    """Turn literal values found in the task text into ``{param}``s: text typed that the task
    contains, and element texts the task names (see :func:`_named_in_task`)."""
    params: dict[str, str] = {}  # value (lower case) -> param name
    examples: dict[str, str] = {}

    def param_for(value: str, hint: str) -> str:
        key = value.lower()
        if key not in params:
            base = slug(hint, max_len=24) if hint else "text"
            base = base if base[0].isalpha() else f"p_{base}"
            name, n = base, 2
            while name in examples:
                name, n = f"{base}_{n}", n + 1
            params[key], examples[name] = name, value
        return params[key]

    task = run.task
    carried = any(step.kind == "read" for _, step in segment)  # replayed for another task's value: its rows by name
    for _, step in segment:
        if step.kind == "type" and step.text and step.text.lower() in task.lower():
            hint = step.target.resource_id.rsplit("/", 1)[-1] if step.target and step.target.resource_id else "text"
            param_for(step.text, hint)
    steps = []
    for _, step in segment:
        update: dict[str, Any] = {}
        if step.kind == "type" and step.text and step.text.lower() in params:
            update["text"] = "{" + params[step.text.lower()] + "}"
        if step.target is not None:
            target = step.target.model_dump()
            for field in ("text", "content_desc"):
                value = target.get(field)
                if value and (value.lower() in params or _named_in_task(value, task)):
                    target[field] = "{" + param_for(value, (target.get("resource_id") or "").rsplit("/", 1)[-1] or field) + "}"
                elif carried and value and not target.get("text_contains") and (named := _name_within(value, task)):
                    target[field] = None  # a row that shows the name among what changes ("Noor · How about ...")
                    target["text_contains"] = "{" + param_for(named, (target.get("resource_id") or "").rsplit("/", 1)[-1] or field) + "}"
            update["target"] = Locator(**target)
        steps.append(step.model_copy(update=update))
    first_record, first_step = segment[0]
    description = task
    for value, name in sorted(params.items(), key=lambda item: -len(item[0])):
        description = re.sub(re.escape(value), "{" + name + "}", description, flags=re.IGNORECASE)
    app = None if first_step.kind in ("open_app", "home") else (first_record.package or None)
    return Shortcut(
        name=slug(description),
        description=description,
        params_schema={
            "type": "object",
            "properties": {name: {"type": "string"} for name in examples},
            "required": list(examples),
        },
        preconditions=Precondition(app=app, locators=[steps[0].target] if steps[0].target is not None else []),
        steps=steps,
        source_run=run.run_id,
        example_params=examples,
    )


def _named_in_task(value: str, task: str) -> bool:
    """Whether the task names ``value`` as a value rather than using it as a word: quoted,
    or capitalised as in the task other than at its start ("Call Carol", not "Send ...")."""
    if re.search(rf"[\"'“‘]{re.escape(value)}[\"'”’]", task):
        return True
    match = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", task)
    return bool(match and match.start() > 0 and value[:1].isupper())


def _name_within(label: str, task: str) -> str | None:
    """The longest name of the task (a run of capitalised words) that a longer label shows as whole words: the
    sender on a mail's row, whose preview and time change from one run to the next."""
    runs, run = [], []
    for word in re.findall(r"[^\W_][\w'’-]*|[^\w\s]", task):
        if word[:1].isupper():
            run.append(word)
        else:
            runs, run = runs + [" ".join(run)] if run else runs, []
    runs += [" ".join(run)] if run else []
    found = [r for r in runs if len(r) >= 3 and len(r) < len(label) and re.search(rf"(?<!\w){re.escape(r)}(?!\w)", label)]
    return max(found, key=len) if found else None


def _locator(dump: dict[str, Any] | None) -> Locator | None:
    if not dump:
        return None
    fields = {k: v for k, v in dump.items() if k in Locator.model_fields and v not in (None, "")}
    return Locator(**fields) if fields else None


def _label(dump: dict[str, Any] | None) -> str:
    locator = _locator(dump)
    if locator is None:
        return "an element"
    label = locator.text or locator.content_desc or locator.text_contains or (locator.resource_id or "").rsplit("/", 1)[-1]
    return f"'{label}'" if label else "an element"


def _apps(step: StepRecord) -> list[str]:
    return [step.package] if step.package else []


def _main_app(steps: list[StepRecord]) -> str:
    packages = [s.package for s in steps if s.package]
    return max(set(packages), key=packages.count) if packages else ""
