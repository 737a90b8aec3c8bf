"""Decisions as training data: recorded per step (masked), loaded back as the active decider, exported.

``record`` keeps a choices-mode step's decision in ``store.decisions`` with the task, the screen,
the candidates' texts and the action masked by the privacy policy's detector, exactly as the
cloud would see them. ``decider_for`` loads the active learned model (``cascadroid learn``) with
the thresholds it was calibrated for. ``export_jsonl`` writes the logs in the fine-tuning format
of docs/learning.md (one chat example per decision the stronger tier taught).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .agents.features import FEATURE_NAMES
from .cascade.masking import MaskMapping, mask
from .errors import CascadroidError
from .memory.decisions import Decision, LoggedCandidate
from .memory.store import MemoryStore
from .settings import AgentSettings

JSONL_FORMAT = "cascadroid-decisions-v1"
SYSTEM = ("You operate an Android phone. Given the task, the screen and numbered candidate actions, "
          "answer with the number of the right next action, or 0 when none fits.")


def _masked(value: Any, detector: Any, mapping: Any) -> Any:
    if isinstance(value, str):
        return mask(value, detector, mapping=mapping)[0]
    if isinstance(value, dict):
        return {k: _masked(v, detector, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v, detector, mapping) for v in value]
    return value


def record(memory: MemoryStore | None, step: dict[str, Any], privacy: Any, contacts: Any) -> None:
    """Log the step's decision (only choices-mode steps carry candidates); private spans masked by the
    privacy policy's detector (``privacy``: PrivacySettings; ``contacts``: names it masks too)."""
    decision, logged = step.get("decision"), step.get("candidates")
    if memory is None or not decision or not logged:
        return
    from .cascade import PrivacyPolicy

    detector = PrivacyPolicy(privacy, contacts=contacts).detector
    try:
        task = memory.runs.get(step["run_id"]).task
    except CascadroidError:
        task = ""
    from .agents.features import from_logged, matching

    ranked = from_logged(logged)
    how = str(decision.get("how", ""))  # escalate: the cloud chose; kept_local: the router kept it here
    taught = decision.get("teacher_action")  # shadow mode: the cloud's pick on a step the device decided
    mapping = MaskMapping()  # one mapping per step: the same value gets the same placeholder everywhere
    memory.decisions.record(Decision(
        run_id=step["run_id"], step_index=step["index"], task=_masked(task, detector, mapping),
        screen=_masked(step.get("screen_summary", ""), detector, mapping), feature_names=list(FEATURE_NAMES),
        candidates=[LoggedCandidate(text=_masked(c["text"], detector, mapping), kind=c["kind"], features=c["features"])
                    for c in logged],
        how=how, chosen=matching(ranked, step["action"]), action=_masked(step["action"], detector, mapping),
        outcome=step.get("outcome", ""), teacher=matching(ranked, taught) if taught else None,
        teacher_action=_masked(taught, detector, mapping) if taught else {}))


def decider_for(memory: MemoryStore | None, settings: AgentSettings) -> tuple[Any, AgentSettings]:
    """The active learned decision model and the agent settings with its thresholds (or None, unchanged)."""
    if memory is None:
        return None, settings
    from .learn import active_decider

    decider = active_decider(memory)
    if decider is None:
        return None, settings
    decision = settings.decision.model_copy(update={"act_threshold": decider.params.act_threshold,
                                                    "defer_below": decider.params.defer_below,
                                                    "no_fit_below": min(settings.decision.no_fit_below,
                                                                        decider.params.defer_below)})
    return decider, settings.model_copy(update={"decision": decision})


def jsonl_example(d: Decision) -> dict[str, Any] | None:
    """One fine-tuning example (docs/learning.md): chat messages, the teacher's answer, a weight."""
    if d.how == "escalate":
        taught = d.chosen
        weight = (1.0 if d.outcome in ("success", "") else 0.3) * (0.5 if d.run_success is False else 1.0)
    elif d.teacher is not None and d.teacher_action.get("kind") != "wait":  # shadow: asked, not executed
        taught, weight = d.teacher, 1.0
    else:
        return None  # only the stronger tier's choices teach the local model
    numbered = "\n".join(f"{i}. {c.text}" for i, c in enumerate(d.candidates, 1))
    answer = str(taught + 1) if taught >= 0 else "0"
    return {"format": JSONL_FORMAT, "run_id": d.run_id, "step": d.step_index, "weight": weight,
            "messages": [{"role": "system", "content": SYSTEM},
                         {"role": "user", "content": f"Task: {d.task}\n{d.screen}\nCandidates:\n{numbered}\nAnswer:"},
                         {"role": "assistant", "content": answer}]}


def export_jsonl(memory: MemoryStore, path: str | Path) -> int:
    """Write the logged decisions the cloud taught as JSONL (docs/learning.md); returns how many."""
    lines = [json.dumps(e, ensure_ascii=False) for d in memory.decisions.all() if (e := jsonl_example(d)) is not None]
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    partial.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    partial.replace(target)
    return len(lines)


def validate_jsonl_line(line: str) -> dict[str, Any]:
    """Parse one line of the export and check it is in the documented format; ValueError if not."""
    example = json.loads(line)
    if example.get("format") != JSONL_FORMAT:
        raise ValueError(f"format is {example.get('format')!r}, not {JSONL_FORMAT!r}")
    messages = example.get("messages")
    if not isinstance(messages, list) or [m.get("role") for m in messages] != ["system", "user", "assistant"]:
        raise ValueError("messages must be system, user, assistant")
    if not all(isinstance(m.get("content"), str) and m["content"] for m in messages):
        raise ValueError("every message needs non-empty text content")
    listed = messages[1]["content"].rpartition("Candidates:\n")[2].splitlines()
    n = sum(1 for row in listed if row.split(".", 1)[0].isdigit())
    answer = messages[2]["content"]
    if not answer.isdigit() or int(answer) > n:
        raise ValueError(f"answer {answer!r} is not 0 or a listed candidate number")
    weight = example.get("weight")
    if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
        raise ValueError("weight must be in (0, 1]")
    return example
