"""Learning from the cloud (sdk/learn.py): logs from cascade runs on one half of the templates and
seeds; success and cloud calls on the other half, before and after `cascadroid learn`.

    python benchmarks/bench_learn.py [--train 16] [--eval 12] [--max-steps 12] [--parts eval,speed]
        [--collect teacher|cascade|shadow] [--rounds 1] [--sweep 0.3,0.6,0.8] [--logs train.db]
        [--collect-phrasings 0,1,2,3] [--extra-seeds 0] [--eval-phrasings 0,1,2,3] [--orders learned,auto] [--hard]
        [--eval-wordings benchmarks/unseen_wordings.toml]
        [--train-templates suite,benchmarks/unseen_templates.py#0] [--eval-templates benchmarks/unseen_templates.py#1]

Runs use choices mode with no local model in the decision (tie-break off): the decision policy
(default score calibration, or the learned model) acts on the ranked candidates or defers to
the cloud: the oracle double behind a real OpenAI-compatible server on 127.0.0.1. The local tier
(NoisyOracleModel, accuracy 0.7) only answers reflector calls the structure cannot settle.

1. Collect: runs on the training templates (seeds 0 and 1), decisions logged in memory, each
   run's task check recorded as its outcome. ``teacher`` (default): the cloud decides every step
   (choices mode, every decision deferred), so each logged decision carries the cloud's choice
   on a screen it reached itself; ``cascade``: the default policy's cascade; ``shadow``: the
   default policy acts on every step and the cloud is asked beside it (its pick logged, not
   executed). ``--rounds N``: DAgger, N times: the newest learned model acts on every step of
   the training runs, the cloud labels the screens it reaches (shadow mode), learn again on all.
   ``--collect-phrasings``: the training runs in several wordings of their goals (the first with
   seeds 0 and 1, the others with ``--extra-seeds``); a model learned on the first alone is
   evaluated beside, as the control.
2. Learn (`cascadroid learn`) on a copy of those logs, once per ``--orders`` entry; the model travels
   to the evaluation store by memory export/import (JSON parameters). Local-only runs use the
   models that choose (order learned), cascade runs the last order listed.
3. Evaluate on the other templates (seed 2, and their second goal phrasing for local-only), never
   seen in training: local-only success, and the cascade's success and cloud calls over a sweep of
   act/defer thresholds, before and after (the router's confidence floor is 1: the decision
   policy alone decides what is deferred); the teacher and always-cloud (free mode) for reference.
   ``--train-templates``/``--eval-templates``: the two halves from template FILES instead (``suite``, or a
   file's ``TEMPLATES`` as bench_structure.py loads them; ``FILE#0``/``FILE#1``: one half of it by a hash of
   the name, ``FILE#i/k`` the i-th of k shares); all their feasible templates, every difficulty (unseen TASKS, not only unseen templates of
   the suite's kinds). Only aggregates are printed, so a held file may be evaluated.
4. Speed: the learn step on 10,000 logged decisions (synthetic rows shaped like the real ones).
5. ``--parts ceiling``: on the evaluation templates, the most any learned re-ranking of the ranker's candidates
   could give local-only (learn_ceiling.py: the cloud's pick executed whenever listed), beside the ranker alone.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_structure import load_templates, load_wordings, worded_goal

TEACHER = {"act_threshold": 1.0, "defer_below": 1.0}
ACT_ALWAYS = {"act_threshold": 0.0, "defer_below": 0.0, "no_fit_below": 0.0, "defer_done_below": 0.0}


def split_templates(difficulties: tuple[str, ...] = ("easy", "medium")) -> tuple[list[str], list[str]]:
    """The templates of these difficulties, in two halves by a hash of the name: (training, evaluation)."""
    from cascadroid.device.sim.tasks import registry

    names = sorted(t.name for t in registry().templates() if t.feasible and t.difficulty in difficulties)
    half = [n for n in names if int(hashlib.sha256(n.encode()).hexdigest(), 16) % 2 == 0]
    return half, [n for n in names if n not in half]


def _share(name: str, parts: int) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % parts


def template_sets(spec: str) -> list[Any]:
    """The feasible templates of ``spec`` ("suite" or template files; ``FILE#0``/``FILE#1`` a half of one by a
    hash of the name, ``FILE#i/k`` the i-th of k shares), each once, by name."""
    from cascadroid.device.sim.tasks import registry

    out: dict[str, Any] = {}
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        source, _, share = part.partition("#")
        index, _, parts = share.partition("/")
        found = registry().templates() if source == "suite" else load_templates(Path(source)).templates()
        for t in found:
            if t.feasible and (not share or _share(t.name, int(parts or 2)) == int(index)):
                out.setdefault(t.name, t)
    return list(out.values())


def _registry() -> Any:
    from cascadroid.device.sim.tasks import TaskRegistry, registry

    return TaskRegistry(EXTRA.values()) if EXTRA else registry()


def run_one(template: str, seed: int, data_dir: Path, *, cloud_server: Any, mode: str, decision: dict,
            store: Any | None = None, phrasing: int = 0, wording: str | None = None) -> dict[str, Any]:
    """One task: ``mode`` is local-only, cascade, shadow (the device's policy acts on every step,
    the cloud asked beside it), teacher (the cloud decides every step) or always-cloud (free
    mode); the task check decides success. ``wording`` (a blind wording's format string) replaces the
    template's goal phrasing."""
    from cascadroid.agent import Agent
    from cascadroid.device.sim import SimDevice
    from cascadroid.models import OpenAICompatibleModel
    from cascadroid.settings import Settings
    from cascadroid.testing import NoisyOracleModel, OracleCourse, chat_responder

    task = _registry().instance(template, seed, phrasing=phrasing)
    phone = SimDevice(seed=seed)
    task.setup_on(phone)
    course = OracleCourse(task, phone)
    local = NoisyOracleModel(task, phone, accuracy=0.7, seed=seed, course=course)
    teach = mode == "teacher"
    if mode == "shadow":  # DAgger: the device's policy acts (the learned model, if active), the teacher labels
        decision = {**decision, **ACT_ALWAYS, "shadow": True}
    settings = Settings.load(data_dir=data_dir, agent={
        "max_steps": ARGS.max_steps, "save_screenshots": False, "learn": "off",
        "operator_mode": "free" if mode == "always-cloud" else "choices",
        "decision": {"tie_break": False, **(TEACHER if teach else {}), **decision}},
        cascade={"routing": {"min_confidence": 1.0}})  # the decision policy alone decides what is deferred
    models: dict[str, Any] = {"local": local}
    cloud = None
    if mode != "local-only":
        cloud_server.current = chat_responder(NoisyOracleModel(task, phone, accuracy=1.0, course=course,
                                                               name="oracle-cloud"))
        cloud = OpenAICompatibleModel(settings.cloud, base_url=cloud_server.server.url, model="gpt-4o-mini")
        models = {"local": cloud} if mode == "always-cloud" else {"local": local, "cloud": cloud}
    try:
        with Agent(phone, settings=settings, memory=store if store is not None else False, **models) as agent:
            result = agent.run(task.goal if wording is None else worded_goal(task, wording))
    finally:
        if cloud is not None:
            cloud.close()
    success = bool(task.check(phone, result.answer))
    if store is not None:
        store.decisions.set_run_outcome(result.run_id, success, source="task_check")
    return {"success": success, "cloud_calls": int(result.totals.get("cloud_calls", 0)), "steps": len(result.steps),
            "finished": any(s.action.get("kind") == "done" for s in result.steps)}


def summary(rows: list[dict[str, Any]]) -> tuple[int, int]:
    return sum(r["success"] for r in rows), sum(r["cloud_calls"] for r in rows)


def with_thresholds(document: dict[str, Any], threshold: float | None) -> dict[str, Any]:
    """The exported memory with the learned model's act/defer thresholds set to ``threshold`` (None: its own)."""
    if threshold is None:
        return document
    entry = document["decision_models"][0]
    params = {**entry["params"], "act_threshold": threshold, "defer_below": threshold}
    return {**document, "decision_models": [{**entry, "params": params}]}


def learned(path: Path, order: str) -> tuple[dict[str, Any], Any]:
    """Learn on a copy of the logs at ``path`` (``[learn] order``): the exported memory carrying the
    newest model (activated or not: evaluated either way), and the learn report."""
    import sqlite3

    from cascadroid.learn import learn
    from cascadroid.memory import MemoryStore
    from cascadroid.settings import LearnSettings

    copy = path.with_name(f"{path.stem}-{order}-{time.monotonic_ns()}.db")
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    store = MemoryStore(copy)
    report = learn(store, LearnSettings(min_decisions=50, order=order))
    newest = store.decisions.models()[-1]
    print(f"learn ({path.stem}, order {order}): v{report.version} in {report.seconds:.2f} s: {report.reason}; "
          f"lexicon {len(newest.params.lexicon)} entries", flush=True)
    return {**store.export_json(), "decision_models": [{"params": newest.params.model_dump(mode="json")}]}, report


def collect(logs: Any, templates: list[str], root: Path, server: Any, phrasing: int, seeds: tuple[int, ...]) -> None:
    started = time.perf_counter()
    rows = [run_one(t, s, root / "collect", cloud_server=server, mode=ARGS.collect, decision={}, store=logs,
                    phrasing=phrasing) for t in templates for s in seeds]
    ok, calls = summary(rows)
    print(f"collected {len(rows)} {ARGS.collect} runs in phrasing {phrasing} ({ok} succeeded, {calls} cloud calls; "
          f"{logs.decisions.count()} decisions logged) in {time.perf_counter() - started:.0f} s", flush=True)


def bench_eval(n_train: int, n_eval: int) -> None:
    from cascadroid.evaluation.calibrate import _OracleCloud
    from cascadroid.memory import MemoryStore

    if ARGS.train_templates or ARGS.eval_templates:  # unseen TASKS: the halves from template files
        train_set, eval_set = template_sets(ARGS.train_templates), template_sets(ARGS.eval_templates)
        EXTRA.update({t.name: t for t in train_set + eval_set})
        train_templates = [t.name for t in train_set][:n_train or None]
        eval_templates = [t.name for t in eval_set][:n_eval or None]
        hard_templates = [t.name for t in eval_set if t.difficulty == "hard" and t.name in eval_templates]
        if set(train_templates) & set(eval_templates):
            raise SystemExit("a template is in both halves")
    else:
        train_templates, eval_templates = split_templates()
        train_templates, eval_templates = train_templates[:n_train or 16], eval_templates[:n_eval or 12]
        hard_templates = split_templates(("hard",))[1] if ARGS.hard else []  # of the evaluation half; never trained on
        eval_templates += hard_templates
    sweep = [None if t == "own" else float(t) for t in ARGS.sweep.split(",") if t]  # own: the model's threshold
    wordings = [int(p) for p in ARGS.collect_phrasings.split(",")]
    print(f"\n## Learning from the cloud: {len(train_templates)} training templates x seeds 0,1 x phrasings "
          f"{wordings} ({ARGS.collect} runs); {len(eval_templates)} other templates x seed {ARGS.eval_seed} "
          f"for evaluation "
          f"(local-only in phrasings {ARGS.eval_phrasings}); max {ARGS.max_steps} actions; {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}")
    server = _OracleCloud("gpt-4o-mini")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = ARGS.logs or root / "train.db"
        logs = MemoryStore(path)
        models: dict[str, dict[str, Any]] = {}  # log set -> order -> exported memory with its model
        if logs.decisions.count():
            runs_logged = len({r["run_id"] for r in logs.decisions.rows()})
            print(f"(no collection: learning from {path}, {runs_logged} runs, {logs.decisions.count()} decisions; "
                  "the line above says what a collection would run)", flush=True)
        if logs.decisions.count() == 0:  # --logs: collected once, learned from again
            collect(logs, train_templates, root, server, wordings[0], (0, 1))
            if len(wordings) > 1 and ARGS.control:  # the control: the same learning on the first wording alone
                models[f"phrasing {wordings[0]} logs"] = {o: learned(path, o)[0] for o in ARGS.orders.split(",")}
            for phrasing in wordings[1:]:
                seeds = tuple(int(x) for x in ARGS.extra_seeds.split(","))
                collect(logs, train_templates, root, server, phrasing, seeds)
        name = f"phrasings {ARGS.collect_phrasings} logs"
        models[name] = {}
        for order in ARGS.orders.split(","):
            models[name][order], report = learned(path, order)
        for round_ in range(1, ARGS.rounds + 1):  # DAgger: the newest model acts, the teacher labels its states
            params = models[name][ARGS.orders.split(",")[-1]]["decision_models"][0]["params"]
            logs.decisions.import_models([{"params": {**params, "act_threshold": 0.0, "defer_below": 0.0}}])
            rows = [run_one(t, s, root / "collect", cloud_server=server, mode="shadow", decision={}, store=logs)
                    for t in train_templates for s in (0, 1)]
            ok, calls = summary(rows)
            print(f"DAgger round {round_}: {len(rows)} shadow runs of the newest model ({ok} succeeded, "
                  f"{calls} cloud calls); {shadow_labels(logs)}")
            for order in ARGS.orders.split(","):
                models[name][order], report = learned(path, order)
        results: dict[str, list[dict[str, Any]]] = {}

        def runs(label: str, mode: str, document: dict[str, Any] | None, threshold: float | None,
                 phrasing: int = 0, wordings: dict[str, str] | None = None) -> Any:
            store = MemoryStore(root / f"eval-{len(results)}.db")
            if document is not None:
                store.import_json(with_thresholds(document, threshold))
            decision = {} if threshold is None or document else {"act_threshold": threshold, "defer_below": threshold}
            results[label] = [run_one(t, ARGS.eval_seed, root / f"run-{len(results)}", cloud_server=server, mode=mode,
                                      decision=decision, store=store, phrasing=phrasing,
                                      wording=(wordings or {}).get(t)) for t in eval_templates]
            ok, calls = summary(results[label])
            hard = [r for t, r in zip(eval_templates, results[label]) if t in hard_templates]
            wrong = sum(r["finished"] and not r["success"] for r in results[label])
            print(f"  {label}: {ok}/{len(eval_templates)}, {calls} cloud calls"
                  + (f" (hard: {summary(hard)[0]}/{len(hard)})" if hard else "")
                  + f"; {wrong} failed runs ended with a done", flush=True)
            return store

        for phrasing in (int(p) for p in ARGS.eval_phrasings.split(",") if p):
            runs(f"local-only before, phrasing {phrasing}", "local-only", None, None, phrasing)
            for logs_name, documents in models.items():  # the ranker's order leaves local-only as it was
                for order, document in documents.items():
                    if document["decision_models"][0]["params"]["order"] != "ranker":
                        runs(f"local-only after ({logs_name}, order {order}), phrasing {phrasing}", "local-only",
                             document, None, phrasing)
        for file in (Path(f) for f in ARGS.eval_wordings.split(",") if f):  # blind wordings nobody tuned against
            table = load_wordings(file)
            runs(f"local-only before, {file.stem}", "local-only", None, None, wordings=table)
            for logs_name, documents in models.items():
                for order, document in documents.items():
                    if document["decision_models"][0]["params"]["order"] != "ranker":
                        runs(f"local-only after ({logs_name}, order {order}), {file.stem}", "local-only",
                             document, None, wordings=table)
        for threshold in sweep:
            if threshold is not None:
                runs(f"cascade before, defer below {threshold}", "cascade", None, threshold)
            for logs_name, documents in models.items():
                for order, document in documents.items():
                    if order == ARGS.orders.split(",")[-1]:
                        own = document["decision_models"][0]["params"]["defer_below"]
                        runs(f"cascade after ({logs_name}, order {order}), defer below "
                             f"{threshold if threshold is not None else f'its own {own:.3f}'}", "cascade",
                             document, threshold)
        if ARGS.references:
            newest = models[name][ARGS.orders.split(",")[-1]]["decision_models"][0]["params"]
            taught = runs("teacher (the cloud decides every step, choices mode)", "teacher", None, None)
            from cascadroid.memory.decisions import ModelParams

            unseen_decisions(taught, ModelParams.model_validate(newest))
            results["always-cloud (free mode)"] = [run_one(t, 2, root / "cloud", cloud_server=server,
                                                           mode="always-cloud", decision={}) for t in eval_templates]
    server.close()
    print(f"| evaluation (unseen templates, seed {ARGS.eval_seed}) | success | cloud calls | actions |")
    print("| --- | --- | --- | --- |")
    for label, rows in results.items():
        ok, calls = summary(rows)
        print(f"| {label} | {ok}/{len(rows)} | {calls} | {sum(r['steps'] for r in rows)} |")


def shadow_labels(store: Any) -> str:
    """How the shadow teacher's answers went: listed, none listed (-1), waits."""
    asked = [d for d in store.decisions.all() if d.teacher is not None]
    waits = sum(d.teacher_action.get("kind") == "wait" for d in asked)
    listed = sum(d.teacher >= 0 for d in asked)
    agreed = sum(d.teacher == d.chosen for d in asked)
    return (f"{len(asked)} shadow answers: {listed} listed, {len(asked) - listed - waits} not listed, {waits} waits; "
            f"the device's pick agreed {agreed} times")


def unseen_decisions(store: Any, params: Any) -> None:
    """Top-1 agreement and deferral AUROC on the teacher's decisions of the unseen templates; top-1 by the
    teacher's kind of step (done, back, open_app, any other), the default's against the learned model's."""
    from cascadroid.agents.features import FEATURE_NAMES, KINDS
    from cascadroid.agents.learned import LearnedDecisionModel
    from cascadroid.learn import default_predict, evaluate, example, scores
    from cascadroid.learn_support import run_histories

    rows = store.decisions.rows()  # each with its run's earlier actions, as `cascadroid learn` and a live run read it
    examples = [e for row, acted in zip(rows, run_histories(rows)) if (e := example(row, acted)) is not None]
    model = LearnedDecisionModel(params)
    predict = lambda e: model.predict(e.with_lexicon(params.lexicon, params.procedures))  # noqa: E731
    ours = evaluate(predict, examples, params.act_threshold)
    theirs = evaluate(default_predict, examples, 0.35)
    print(f"  unseen templates, the teacher's {len(examples)} decisions: top-1 {ours['top1']:.3f} vs "
          f"{theirs['top1']:.3f} (default), deferral AUROC {ours['auroc']:.3f} vs {theirs['auroc']:.3f}, "
          f"Brier {ours['brier']:.3f} vs {theirs['brier']:.3f}", flush=True)
    columns = {k: FEATURE_NAMES.index(f"kind_{k}") for k in KINDS}
    listed = [e for e in examples if e.label is not None and e.label >= 0]
    kind = {id(e): next((k for k, c in columns.items() if e.logged[e.label][c]), "") for e in listed}
    split = []
    for name in ("done", "back", "open_app", "other"):
        part = [e for e in listed if kind[id(e)] == name or (name == "other" and kind[id(e)] not in
                                                             ("done", "back", "open_app"))]
        default, mine = (sum(ok for _, ok in scores(f, part)) for f in (default_predict, predict))
        split.append(f"{name} {default} -> {mine}/{len(part)}")
    print("  by the teacher's kind of step (listed picks; default -> learned): " + "; ".join(split), flush=True)


def bench_ceiling() -> None:
    """Shadow runs of the evaluation templates (seed ``--eval-seed``, each ``--eval-phrasings``): the ranker
    alone, then with the teacher's pick executed whenever it is listed (learn_ceiling.py); aggregates only."""
    from learn_ceiling import teacher_when_listed

    from cascadroid.evaluation.calibrate import _OracleCloud

    found = template_sets(ARGS.eval_templates) if ARGS.eval_templates else []
    EXTRA.update({t.name: t for t in found})
    names = [t.name for t in found] or split_templates()[1][:ARGS.eval or 12]
    server = _OracleCloud("gpt-4o-mini")
    print(f"\n## The ceiling of re-ranking: {len(names)} templates x seed {ARGS.eval_seed}, shadow runs "
          f"(max {ARGS.max_steps} actions; load {os.getloadavg()[0]:.1f})")
    print("| phrasing | ranker alone | teacher's pick when listed (ceiling) | teacher's picks listed / unlisted |")
    print("| --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for phrasing in (int(p) for p in ARGS.eval_phrasings.split(",") if p):
            plain = [run_one(t, ARGS.eval_seed, Path(tmp) / "plain", cloud_server=server, mode="shadow", decision={},
                             phrasing=phrasing) for t in names]
            with teacher_when_listed({}) as stats:
                best = [run_one(t, ARGS.eval_seed, Path(tmp) / "best", cloud_server=server, mode="shadow",
                                decision={}, phrasing=phrasing) for t in names]
            print(f"| {phrasing} | {summary(plain)[0]}/{len(names)} | {summary(best)[0]}/{len(names)} | "
                  f"{stats.get('listed', 0)} / {stats.get('unlisted', 0)} |", flush=True)
    server.close()


def synthetic_rows(count: int, seed: int = 0) -> list[Any]:
    """Decisions shaped like logged ones: 6 candidates with 4 words each, tasks of 7 words, the right
    one found by some features, noisy."""
    from cascadroid.agents.features import FEATURE_NAMES
    from cascadroid.memory.decisions import Decision, LoggedCandidate

    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(400)]  # a lexicon as large as real logs make one
    out = []
    for i in range(count):
        right = rng.randrange(-1, 6)
        candidates = []
        for j in range(6):
            v = [rng.random() for _ in FEATURE_NAMES]
            if j == right:
                v[FEATURE_NAMES.index("task_covered")] += 1.0
            text = f"tap [{j}] " + " ".join(rng.sample(vocabulary, 4))
            candidates.append(LoggedCandidate(text=text, kind="tap", features=v))
        task = " ".join(rng.sample(vocabulary, 7))
        out.append(Decision(run_id=f"run{i // 8}", step_index=i % 8, task=task, feature_names=list(FEATURE_NAMES),
                            candidates=candidates, how="escalate" if i % 3 else "structure", chosen=right,
                            outcome="success"))
    return out


def bench_speed(count: int) -> None:
    from cascadroid.learn import learn
    from cascadroid.memory import MemoryStore
    from cascadroid.settings import LearnSettings

    with tempfile.TemporaryDirectory() as tmp:
        store = MemoryStore(Path(tmp) / "m.db")
        for d in synthetic_rows(count):
            store.decisions.record(d)
        started, cpu = time.perf_counter(), time.process_time()
        report = learn(store, LearnSettings())
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"\n## Learn step speed: {count} logged decisions (6 candidates each), {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}")
    print("| decisions | learn step s (wall) | CPU s | target s |\n| --- | --- | --- | --- |")
    print(f"| {count} | {took:.1f} | {cpu:.1f} | 60 |  ({report.reason})")


def main() -> None:
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="eval,speed", help="eval, speed, ceiling (comma-separated)")
    parser.add_argument("--train", type=int, default=0, help="training templates (each with seeds 0 and 1; "
                        "0: 16 of the suite's halves, all of --train-templates)")
    parser.add_argument("--eval", type=int, default=0, help="evaluation templates (seed 2; 0: 12, all of "
                        "--eval-templates)")
    parser.add_argument("--max-steps", type=int, default=12)
    parser.add_argument("--speed-decisions", type=int, default=10_000)
    parser.add_argument("--logs", type=Path, default=None, help="keep the collected logs in this memory file")
    parser.add_argument("--collect", choices=("teacher", "cascade", "shadow"), default="teacher",
                        help="teacher: the cloud decides every step of the training runs; cascade: the default "
                        "policy; shadow: the default policy acts on every step, the cloud asked beside it")
    parser.add_argument("--rounds", type=int, default=0, help="DAgger rounds after the first learn step: shadow "
                        "runs of the newest model on the training templates, then learn again on all logs")
    parser.add_argument("--sweep", default="0.3,0.6,0.8", help="act/defer thresholds of the cascade runs "
                        "(own: the learned model's)")
    parser.add_argument("--collect-phrasings", default="0", help="goal phrasings of the training runs (the "
                        "first alone is learned from too, as a control, when there are more)")
    parser.add_argument("--extra-seeds", default="0,1", help="seeds of the training runs in the other phrasings")
    parser.add_argument("--control", action=argparse.BooleanOptionalAction, default=True,
                        help="with several --collect-phrasings, also learn on the first alone and evaluate it")
    parser.add_argument("--eval-seed", type=int, default=2, help="seed of the evaluation runs")
    parser.add_argument("--eval-phrasings", default="0,1", help="goal phrasings of the local-only evaluation")
    parser.add_argument("--eval-wordings", default="", help="TOML wording files (bench_structure.py --wordings) "
                        "of further local-only evaluations, comma-separated")
    parser.add_argument("--orders", default="auto", help="[learn] order of the models evaluated (auto, learned, "
                        "ranker; comma-separated)")
    parser.add_argument("--train-templates", default="", help="training templates from files instead: suite, "
                        "FILE (its TEMPLATES), FILE#0 or FILE#1 (a half of it by name hash), FILE#i/k; comma-separated")
    parser.add_argument("--eval-templates", default="", help="evaluation templates from files (as "
                        "--train-templates); only aggregates are printed")
    parser.add_argument("--hard", action="store_true", help="also evaluate on the hard templates of the "
                        "evaluation half (where there is room: the ranker fails most of them)")
    parser.add_argument("--references", action=argparse.BooleanOptionalAction, default=True,
                        help="also the teacher and always-cloud runs")
    ARGS = parser.parse_args()
    parts = {p.strip() for p in ARGS.parts.split(",")}
    if "speed" in parts:
        bench_speed(ARGS.speed_decisions)
    if "eval" in parts:
        bench_eval(ARGS.train, ARGS.eval)
    if "ceiling" in parts:
        bench_ceiling()


ARGS: Any = None
EXTRA: dict[str, Any] = {}  # name -> template, when the halves come from template files

if __name__ == "__main__":
    sys.exit(main())
