"""Interruptions: pop-ups, permission requests, system dialogs and spinners, handled without a model.

:func:`recognise` reads an observation by its structure: the permission controller's package
and button ids, Android's dialog ids (``android:id/alertTitle``, ``button1`` positive,
``button2`` negative, ``button3`` neutral, ``aerr_wait``/``aerr_close`` of the system's
"isn't responding" dialog), a window covering part of the screen with a few buttons, a
``ProgressBar`` with nothing else to act on. Words, in several languages, only tell a rating
prompt from an update prompt and stand in for button ids a screen lacks.
:func:`decide` picks the action: wait out a spinner, grant or deny a permission by policy (grant
only to an app the task names), press "Wait" on a system dialog first and "Close app" if it
comes back, dismiss anything else ("not now", the negative button, a close icon, Back).
:func:`track` and :func:`handle` are the agent graph's two halves: the first runs on every
observation, the second takes the step, which is recorded as an interruption, not as progress.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter

from ..device.types import Action, AppInfo, Back, Device, Element, Observation, Tap, Wait
from ..errors import DeviceConnectionError, DeviceError
from .dialog_roles import button_roles, norm
from .state import AgentState, CurrentInterruption, Interrupts
from .step_records import steps_taken, take_step

Kind = Literal["loading", "permission", "system", "rating", "update", "promo", "dialog"]
PermissionPolicy = Literal["task", "grant", "deny"]

SYSTEM_UI = "com.android.systemui"
PERMISSION_PACKAGES = frozenset({
    "com.android.permissioncontroller", "com.google.android.permissioncontroller",
    "com.android.packageinstaller", "com.google.android.packageinstaller",
})
SYSTEM_PACKAGES = frozenset({"android"})
MAX_HANDLED = 20  # interruptions handled per run before the model is left to cope
MAX_REPEATS = 3
MAX_BUTTONS = 8  # a pop-up's actionable elements at most (a rating sheet: five stars and two buttons)  # the same interruption handled in a row before giving up on it
WAIT_S = 2.0
KEY_SUFFIX = ":interruption"  # ends the idempotency key of an action taken on an interruption
ACTION: TypeAdapter[Action] = TypeAdapter(Action)

KIND_WORDS: dict[str, tuple[str, ...]] = {
    "system": ("isn't responding", "not responding", "reagiert nicht", "no responde", "ne répond pas",
               "non risponde", "não está respondendo", "не отвечает", "没有响应", "無応答", "応答していません",
               "응답하지 않"),
    "rating": ("rate", "rate us", "rating", "review", "enjoying", "stars", "★", "bewerten", "bewerte", "bewertung",
               "gefällt", "valora", "valorar", "valóranos", "califica", "calificar", "reseña", "évaluer", "évaluez", "noter",
               "notez", "valuta", "recensione", "avalie", "avaliar", "оцените", "оценить", "отзыв", "评分", "评价",
               "評価", "レビュー", "평가", "리뷰"),
    "update": ("update", "update available", "new version", "aktualisieren", "aktualisierung", "neue version",
               "actualizar", "actualización", "nueva versión", "mise à jour", "mettre à jour", "nouvelle version",
               "aggiorna", "aggiornamento", "atualizar", "atualização", "обновить", "обновление", "更新",
               "アップデート", "업데이트"),
    "permission": ("permission", "permissions", "allow", "deny", "berechtigung", "zulassen", "permiso",
                   "permitir", "autoriser", "autorisation", "разрешение", "разрешить", "权限", "允许", "権限", "許可",
                   "권한", "허용"),
    "promo": ("subscribe", "premium", "free trial", "special offer", "newsletter", "abonnieren", "suscríbete",
              "abonnez", "оформите подписку", "订阅", "購読", "구독"),
}
ALLOW_ORDER = ("allow_foreground", "allow", "allow_once")
DIALOG_IDS = frozenset({"alertTitle", "button1", "button2", "button3", "buttonPanel", "parentPanel", "aerr_wait",
                        "aerr_close"})


class Interruption(BaseModel):
    """What is in the way: its kind, whose it is, and its buttons by role (role -> element id)."""

    kind: Kind
    package: str
    title: str = ""
    requester: str = ""  # permission / system dialogs: the app it is about, when the screen names one
    buttons: dict[str, int] = {}

    @property
    def signature(self) -> str:
        return f"{self.kind}|{self.package}|{self.title}"


class Context(BaseModel):
    """What recognising and deciding need besides the screen."""

    task: str = ""
    apps: list[str] = []  # app labels the agent knows
    app_package: str = ""  # the package the task was in (the last screen that was no interruption)
    last_action: str = ""  # kind of the agent's own last action ("" before the first)
    handled: list[str] = []  # signatures of interruptions handled so far, oldest first


class Decision(BaseModel):
    action: dict[str, Any]
    reason: str


def _has(text: str, phrases: Sequence[str]) -> bool:
    """A phrase in ``text``: as whole words in scripts with spaces, anywhere in CJK text."""
    for phrase in phrases:
        if _SPACELESS.search(phrase):
            if phrase in text:
                return True
        elif re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
            return True
    return False


_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af★]")


def _roles(e: Element) -> list[str]:
    """A button's roles: from its standard id first, then from its words (a "Wait" that is button2)."""
    return button_roles(e.text or e.content_desc, e.resource_id)


def _actionable(e: Element) -> bool:
    return e.enabled and (e.clickable or e.long_clickable or e.checkable or e.cls.endswith("EditText"))


def _window(els: list[Element], obs: Observation) -> Element | None:
    """The smallest element holding every button when it is a card over part of the screen."""
    buttons = [e for e in els if _actionable(e)]
    if not 1 <= len(buttons) <= MAX_BUTTONS or any(e.scrollable for e in els):
        return None
    box = None
    for e in els:
        b = e.bounds
        if all(b.left <= x.bounds.left and x.bounds.right <= b.right and b.top <= x.bounds.top
               and x.bounds.bottom <= b.bottom for x in buttons) and not _actionable(e):
            if box is None or b.width * b.height < box.bounds.width * box.bounds.height:
                box = e
    if box is None:
        return None
    partial = box.bounds.width * box.bounds.height <= 0.6 * obs.width * obs.height
    inset = box.bounds.left > 0 and box.bounds.right < obs.width
    texts = [e for e in els if (e.text or e.content_desc) and not _actionable(e)]
    return box if partial and inset and texts else None


def recognise(obs: Observation, ctx: Context) -> Interruption | None:
    """The interruption on this screen, or None when it is the app's own screen (or its own dialog)."""
    els, package = _top_window([e for e in obs.elements if e.package != SYSTEM_UI], obs.elements)
    package = package or obs.package or next((e.package for e in els if e.package), "")
    if any(e.cls.endswith("ProgressBar") for e in els) and not any(_actionable(e) for e in els):
        return Interruption(kind="loading", package=package, title="loading")
    roles: dict[str, int] = {}
    for e in els:
        for role in _roles(e) if _actionable(e) else []:
            roles.setdefault(role, e.id)
    texts = [e.text or e.content_desc for e in els if (e.text or e.content_desc) and not _actionable(e)]
    title = next((e.text for e in els if e.resource_id.endswith(("/alertTitle", "/permission_message"))), "")
    title = title or (texts[0] if texts else "")
    text = norm(" ".join(texts))
    ids = {e.resource_id.rsplit("/", 1)[-1] for e in els if e.resource_id}
    dialog = bool(ids & DIALOG_IDS) or _window(els, obs) is not None
    permission_ids = any(i.startswith(("permission_allow", "permission_deny", "permission_no_upgrade"))
                         or i in ("permission_message", "grant_dialog") for i in ids)
    if permission_ids or dialog and {"allow", "deny"} <= roles.keys():
        if _has(norm(ctx.task), KIND_WORDS["permission"]):
            return None  # the task is about this very request ("Deny location access"): the model answers it
        return Interruption(kind="permission", package=package, title=title, buttons=roles,
                            requester=_named_app(title or text, ctx.apps))
    if not dialog:
        return None
    says_system = _has(text, KIND_WORDS["system"])
    if ids & {"aerr_wait", "aerr_close"} or (package in SYSTEM_PACKAGES or roles.keys() & {"wait", "close"}) \
            and says_system:
        return Interruption(kind="system", package=package, title=title, buttons=roles,
                            requester=_named_app(title, ctx.apps))
    task = norm(ctx.task)
    kind = next((k for k in ("rating", "update", "promo") if _has(text, KIND_WORDS[k])
                 and not _has(task, KIND_WORDS[k])), None)
    unprompted = ctx.last_action in ("", "open_app", "wait", "home", "back")
    foreign = package != ctx.app_package and package not in SYSTEM_PACKAGES
    if kind is None and not (unprompted and foreign):
        return None  # the app's own dialog, most likely asked for by the last action: the model decides
    return Interruption(kind=kind or "dialog", package=package, title=title, buttons=roles)


def _named_app(text: str, apps: Sequence[str]) -> str:
    """The longest known app label that ``text`` names ('' when none does)."""
    return max((a for a in apps if names_app(text, a)), key=len, default="")


def names_app(text: str, app: str) -> bool:
    """Does ``text`` name ``app`` by its label (whole words; anywhere in scripts written without spaces)?"""
    label, hay = norm(app), norm(text)
    if not label:
        return False
    if _SPACELESS.search(label):
        return label in hay
    return re.search(rf"(?<!\w){re.escape(label)}(?!\w)", hay) is not None


def _top_window(els: list[Element], every: list[Element]) -> tuple[list[Element], str]:
    """In a dump of several windows, the one holding a dialog's ids and its package (else all, '')."""
    roots = [e for e in els if e.parent is None]
    if len(roots) < 2:
        return els, ""
    window: dict[int, int] = {}
    for e in every:  # pre-order: a parent comes before its children
        window[e.id] = e.id if e.parent is None else window.get(e.parent, e.id)
    for root in reversed(roots):
        inside = [e for e in els if window.get(e.id) == root.id]
        tails = {e.resource_id.rsplit("/", 1)[-1] for e in inside}
        if tails & DIALOG_IDS or any(t.startswith(("permission_allow", "permission_deny")) for t in tails):
            return inside, root.package
    return els, ""


def decide(found: Interruption, ctx: Context, *, permissions: PermissionPolicy = "task") -> Decision | None:
    """The action that gets ``found`` out of the way, or None to leave it to the model."""
    repeats = _repeats(found.signature, ctx.handled)
    if repeats >= MAX_REPEATS:
        return None
    b = found.buttons
    if found.kind == "loading":
        return Decision(action=Wait(seconds=WAIT_S).model_dump(), reason="waited for the screen to load")
    if found.kind == "permission":
        grant = permissions == "grant" or permissions == "task" and names_app(ctx.task, found.requester)
        allow = next((b[r] for r in ALLOW_ORDER if r in b), None)
        if grant and allow is not None:
            return _tap(allow, f"granted {found.requester or 'the app'} the permission the task's app asks for")
        who = found.requester or "an app the task does not name"
        if "deny" in b:
            return _tap(b["deny"], f"denied {who} the permission (policy {permissions!r})")
        return _back(f"no deny button: dismissed the permission request of {who}")
    if found.kind == "system":
        earlier = sum(1 for s in ctx.handled if s.startswith("system|"))
        first, second = ("wait", "close") if earlier == 0 else ("close", "wait")
        for role in (first, second):
            if role in b:
                return _tap(b[role], f"pressed {role!r} on the system dialog" + (" (it came back)" if earlier else ""))
        return _back("dismissed the system dialog")
    for role in ("negative", "dismiss", "neutral"):
        if role in b and not (repeats and role == "negative" and "dismiss" in b):
            return _tap(b[role], f"dismissed the {found.kind} pop-up")
    if found.kind == "dialog" and set(b) == {"positive"}:
        return _tap(b["positive"], "acknowledged the notice")
    return _back(f"dismissed the {found.kind} pop-up with Back")


def _repeats(signature: str, handled: Sequence[str]) -> int:
    count = 0
    for earlier in reversed(handled):
        if earlier != signature:
            break
        count += 1
    return count


def _tap(element: int, reason: str) -> Decision:
    return Decision(action=Tap(element=element).model_dump(exclude_none=True), reason=reason)


def _back(reason: str) -> Decision:
    return Decision(action=Back().model_dump(), reason=reason)


# ---- the agent graph's side ---------------------------------------------------------------------
def track(obs: Observation, state: Mapping[str, Any], apps: Sequence[str | AppInfo],
          policy: PermissionPolicy = "task") -> Interrupts:
    """The run's interruption record after ``obs``: the app the task is in, and ``current``, the
    interruption to handle now (with the decided action; None when the screen is the task's own).
    ``state``: the graph's (``task``, ``history``, ``interrupts``, ``handled_interruptions``)."""
    kept = state.get("interrupts") or {}
    app, handled = kept.get("app", ""), state.get("handled_interruptions") or []
    own = [h for h in state.get("history", []) if h.get("outcome") != "interruption"]
    labels = [a if isinstance(a, str) else a.label for a in apps]
    ctx = Context(task=state.get("task", ""), apps=labels, app_package=app,
                  last_action=str(own[-1].get("kind") or "") if own else "", handled=handled)
    found = recognise(obs, ctx) if len(handled) < MAX_HANDLED else None
    if found is not None and found.kind in ("permission", "system") and not found.requester:
        below = [a.label for a in apps if not isinstance(a, str) and a.package == ctx.app_package]
        found.requester = below[0] if below else ""  # the app the dialog came up over
    decision = decide(found, ctx, permissions=policy) if found else None
    if found is None or decision is None:
        return Interrupts(app=obs.package if obs.package and obs.package != SYSTEM_UI else app, current=None)
    return Interrupts(app=app, current=CurrentInterruption(**found.model_dump(), signature=found.signature,
                                                           **decision.model_dump()))


def handled_count(state: Mapping[str, Any]) -> int:
    return len(state.get("handled_interruptions") or [])


def handle(state: AgentState, device: Device, on_step: Callable[[Any], None]) -> dict[str, Any]:
    """Take the decided step: recorded as an interruption handled; plan, subgoal and streaks untouched."""
    current = state["interrupts"]["current"]
    if current is None:  # pragma: no cover - the graph routes here only with an interruption to handle
        raise RuntimeError("no interruption to handle")
    action = dict(current["action"], idempotency_key=f"{state['run_id']}:{state['step']}{KEY_SUFFIX}")
    error = None
    try:
        result = device.act(ACTION.validate_python(action))
        message = result.message
    except DeviceConnectionError:
        raise  # the device is gone: the run stops at its checkpoint and can be resumed
    except DeviceError as exc:
        message, error = "", exc.message
    action.pop("idempotency_key")
    why = current["reason"] + (f" ({message})" if message else "") + (f"; failed: {error}" if error else "")
    taken = take_step(state["run_id"], steps_taken(state["history"]), action, "interruption", why, subgoal=state.get("subgoal", ""),
                      reason=f"interruption: {current['kind']}", package=current["package"])
    on_step(taken)
    entry = taken.step.remembered(f"{taken.step.description} on the {current['kind']} interruption")
    return {"step": state["step"] + 1, "interrupts": Interrupts(app=state["interrupts"].get("app", ""), current=None),
            "history": [entry], "handled_interruptions": [current["signature"]]}  # appended by the reducers


__all__ = ["Context", "Decision", "Interruption", "decide", "handle", "handled_count", "names_app", "recognise",
           "track"]
