"""Program mode vs one-call-per-step mode on a tool-use task set, with the same model.

    python benchmarks/bench_programs.py            # competent scripted double, all tasks
    python benchmarks/bench_programs.py --local 8  # also the real local model on 8 tasks

Prints, per mode: success (each task's programmatic check on the world state and answer),
model calls and tokens per task, the ratio of model calls; and the share of faulty programs
(mutants of the reference programs) caught by the static filter or the dry run before any
real tool call.
"""

from __future__ import annotations

import argparse
import ast
import copy
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from cascadroid.errors import CascadroidError, DryRunError, ProgramError, ProgramRejected
from cascadroid.models.base import Model
from cascadroid.testing import CompetentToolModel, ToolTaskScript
from cascadroid.tools import ToolRegistry, check_program, dry_run, plan_program, run_program, run_stepwise, tool


# --- the world the tools act on -------------------------------------------------------------
class Contact(BaseModel):
    name: str
    phone: str
    email: str
    city: str


class Weather(BaseModel):
    city: str
    temp_c: float
    condition: str


class Event(BaseModel):
    title: str
    day: str
    start: str
    minutes: int


class Note(BaseModel):
    title: str
    body: str


def _contacts() -> dict[str, Contact]:
    rows = [
        ("Bob Stone", "+15550001", "bob@example.com", "Paris"),
        ("Alice Wu", "+15550002", "alice@example.com", "Rome"),
        ("Carol Diaz", "+15550003", "carol@example.com", "Berlin"),
        ("Dan Okafor", "+15550004", "dan@okafor.ng", "Lagos"),
    ]
    return {r[0].split()[0].lower(): Contact(name=r[0], phone=r[1], email=r[2], city=r[3]) for r in rows}


@dataclass
class World:
    contacts: dict[str, Contact] = field(default_factory=_contacts)
    weather: dict[str, Weather] = field(default_factory=lambda: {
        w.city.lower(): w for w in [
            Weather(city="Paris", temp_c=18.5, condition="rain"), Weather(city="Rome", temp_c=26.0, condition="sunny"),
            Weather(city="Berlin", temp_c=12.0, condition="cloudy"), Weather(city="Lagos", temp_c=31.0, condition="sunny"),
            Weather(city="Oslo", temp_c=4.0, condition="snow"),
        ]
    })
    usd_rates: dict[str, float] = field(default_factory=lambda: {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067, "NGN": 0.00065})
    events: list[Event] = field(default_factory=lambda: [
        Event(title="Standup", day="2026-03-02", start="09:00", minutes=15),
        Event(title="Lunch with Alice", day="2026-03-02", start="12:30", minutes=60),
        Event(title="Dentist", day="2026-03-03", start="10:00", minutes=45),
    ])
    notes: list[Note] = field(default_factory=lambda: [
        Note(title="Groceries", body="milk, eggs, bread"), Note(title="Wifi password", body="hunter2"),
        Note(title="Gift ideas", body="book for Bob, scarf for Alice"),
    ])
    stocks: dict[str, float] = field(default_factory=lambda: {"ACME": 123.45, "GLOBEX": 56.7, "INITECH": 9.99})
    sms: list[tuple[str, str]] = field(default_factory=list)
    emails: list[tuple[str, str, str]] = field(default_factory=list)
    reminders: list[tuple[str, str, str]] = field(default_factory=list)
    real_calls: int = 0

    def registry(self) -> ToolRegistry:
        w = self

        @tool
        def find_contact(name: str) -> Contact:
            """Look up a contact by first name (any case).

            Args:
                name: first name, e.g. "bob".
            """
            w.real_calls += 1
            if name.lower() not in w.contacts:
                raise KeyError(f"no contact named {name!r}")
            return w.contacts[name.lower()]

        @tool
        def list_contacts() -> list[str]:
            """First names of all contacts."""
            w.real_calls += 1
            return [c.name.split()[0] for c in w.contacts.values()]

        @tool
        def get_weather(city: str) -> Weather:
            """Current weather in a city.

            Args:
                city: city name, e.g. "Paris".
            """
            w.real_calls += 1
            return w.weather[city.lower()]

        @tool
        def convert_currency(amount: float, from_currency: str, to_currency: str) -> float:
            """Convert money between currencies (USD, EUR, GBP, JPY, NGN); rounded to cents.

            Args:
                amount: how much.
                from_currency: ISO code of the amount's currency.
                to_currency: ISO code to convert to.
            """
            w.real_calls += 1
            return round(amount * w.usd_rates[from_currency] / w.usd_rates[to_currency], 2)

        @tool
        def list_events(day: str) -> list[Event]:
            """Calendar events on a day.

            Args:
                day: ISO date, e.g. "2026-03-02".
            """
            w.real_calls += 1
            return [e for e in w.events if e.day == day]

        @tool
        def add_event(title: str, day: str, start: str, minutes: int = 60) -> str:
            """Add a calendar event; returns its id.

            Args:
                title: what it is.
                day: ISO date.
                start: start time HH:MM.
                minutes: duration.
            """
            w.real_calls += 1
            w.events.append(Event(title=title, day=day, start=start, minutes=minutes))
            return f"event-{len(w.events)}"

        @tool
        def send_sms(phone: str, text: str) -> str:
            """Send an SMS; returns a message id.

            Args:
                phone: phone number.
                text: the message.
            """
            w.real_calls += 1
            w.sms.append((phone, text))
            return f"sms-{len(w.sms)}"

        @tool
        def send_email(address: str, subject: str, body: str) -> str:
            """Send an email; returns a message id.

            Args:
                address: email address.
                subject: subject line.
                body: message text.
            """
            w.real_calls += 1
            w.emails.append((address, subject, body))
            return f"email-{len(w.emails)}"

        @tool
        def calculate(a: float, op: Literal["+", "-", "*", "/"], b: float) -> float:
            """A calculator: a op b.

            Args:
                a: left operand.
                op: one of + - * /.
                b: right operand.
            """
            w.real_calls += 1
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]

        @tool
        def search_notes(query: str) -> list[Note]:
            """Notes whose title or body contains the query (any case); "" lists all.

            Args:
                query: text to look for.
            """
            w.real_calls += 1
            q = query.lower()
            return [n for n in w.notes if q in n.title.lower() or q in n.body.lower()]

        @tool
        def add_note(title: str, body: str) -> str:
            """Save a note; returns its id.

            Args:
                title: note title.
                body: note text.
            """
            w.real_calls += 1
            w.notes.append(Note(title=title, body=body))
            return f"note-{len(w.notes)}"

        @tool
        def get_stock_price(symbol: str) -> float:
            """Latest share price in USD.

            Args:
                symbol: ticker, e.g. "ACME".
            """
            w.real_calls += 1
            return w.stocks[symbol.upper()]

        @tool
        def set_reminder(text: str, day: str, time: str) -> str:
            """Set a reminder; returns its id.

            Args:
                text: what to remind.
                day: ISO date.
                time: HH:MM.
            """
            w.real_calls += 1
            w.reminders.append((text, day, time))
            return f"reminder-{len(w.reminders)}"

        return ToolRegistry([
            find_contact, list_contacts, get_weather, convert_currency, list_events, add_event, send_sms,
            send_email, calculate, search_notes, add_note, get_stock_price, set_reminder,
        ])


# --- the tasks: text, reference program, programmatic check -----------------------------------
Check = Callable[[World, Any], bool]


@dataclass
class Task:
    text: str
    program: str
    check: Check


def near(a: Any, b: float, tol: float = 0.011) -> bool:
    return isinstance(a, (int, float)) and abs(a - b) <= tol


BASE = World()
PH = {k: c.phone for k, c in BASE.contacts.items()}
EM = {k: c.email for k, c in BASE.contacts.items()}

TASKS = [
    Task("What is the weather condition in Rome? Put it in result.",
         'w = get_weather("Rome")\nresult = w["condition"]', lambda w, r: r == "sunny"),
    Task("Text Bob the current temperature in Paris.",
         'c = find_contact("bob")\nw = get_weather("Paris")\nresult = send_sms(c["phone"], f"Paris: {w[\'temp_c\']} C")',
         lambda w, r: len(w.sms) == 1 and w.sms[0][0] == PH["bob"] and "18.5" in w.sms[0][1]),
    Task("Convert 250 EUR to USD.", 'result = convert_currency(250, "EUR", "USD")', lambda w, r: near(r, 270.0)),
    Task("Which of Paris, Rome and Berlin is the warmest? Put the city in result.",
         'best = ""\nbest_t = -100\nfor city in ["Paris", "Rome", "Berlin"]:\n    t = get_weather(city)["temp_c"]\n'
         '    if t > best_t:\n        best, best_t = city, t\nresult = best', lambda w, r: r == "Rome"),
    Task("Email Alice the titles of my events on 2026-03-02, comma separated, subject 'Agenda'.",
         'evs = list_events("2026-03-02")\nc = find_contact("alice")\n'
         'result = send_email(c["email"], "Agenda", ", ".join([e["title"] for e in evs]))',
         lambda w, r: len(w.emails) == 1 and w.emails[0][0] == EM["alice"] and "Standup" in w.emails[0][2] and "Lunch with Alice" in w.emails[0][2]),
    Task("Add a 30-minute event 'Call mom' on 2026-03-04 at 18:00.",
         'result = add_event("Call mom", "2026-03-04", "18:00", 30)',
         lambda w, r: any(e.title == "Call mom" and e.day == "2026-03-04" and e.start == "18:00" and e.minutes == 30 for e in w.events)),
    Task("How many events do I have on 2026-03-02?", 'result = len(list_events("2026-03-02"))', lambda w, r: r == 2),
    Task("Text 'Take an umbrella' to every contact who lives in a city where it is raining.",
         'sent = []\nfor name in list_contacts():\n    c = find_contact(name)\n    if get_weather(c["city"])["condition"] == "rain":\n'
         '        sent.append(send_sms(c["phone"], "Take an umbrella"))\nresult = sent',
         lambda w, r: w.sms == [(PH["bob"], "Take an umbrella")]),
    Task("Find my note about the wifi password and text its body to Carol.",
         'n = search_notes("wifi")[0]\nc = find_contact("carol")\nresult = send_sms(c["phone"], n["body"])',
         lambda w, r: w.sms == [(PH["carol"], "hunter2")]),
    Task("What do 10 ACME shares plus 20 GLOBEX shares cost in EUR?",
         'usd = 10 * get_stock_price("ACME") + 20 * get_stock_price("GLOBEX")\nresult = convert_currency(usd, "USD", "EUR")',
         lambda w, r: near(r, 2193.06)),
    Task("Set a reminder 'Buy milk' on 2026-03-03 at 08:00.",
         'result = set_reminder("Buy milk", "2026-03-03", "08:00")', lambda w, r: w.reminders == [("Buy milk", "2026-03-03", "08:00")]),
    Task("Email Dan the weather in Lagos with the subject 'Weather'.",
         'w = get_weather("Lagos")\nc = find_contact("dan")\n'
         'result = send_email(c["email"], "Weather", f"{w[\'condition\']}, {w[\'temp_c\']} C")',
         lambda w, r: len(w.emails) == 1 and w.emails[0][:2] == (EM["dan"], "Weather") and "31" in w.emails[0][2]),
    Task("Convert 10000 JPY to GBP.", 'result = convert_currency(10000, "JPY", "GBP")', lambda w, r: near(r, 52.76)),
    Task("List the first names of all my contacts, sorted alphabetically, in result.",
         "result = sorted(list_contacts())", lambda w, r: r == ["Alice", "Bob", "Carol", "Dan"]),
    Task("Which contacts live in a city warmer than 20 C? Put their full names, sorted, in result.",
         'names = []\nfor first in list_contacts():\n    c = find_contact(first)\n    if get_weather(c["city"])["temp_c"] > 20:\n'
         '        names.append(c["name"])\nresult = sorted(names)', lambda w, r: r == ["Alice Wu", "Dan Okafor"]),
    Task("Compute (17 + 25) * 3 with the calculator.",
         'a = calculate(17, "+", 25)\nresult = calculate(a, "*", 3)', lambda w, r: near(r, 126)),
    Task("Save a note titled 'Stocks' with the current INITECH price in its body.",
         'p = get_stock_price("INITECH")\nresult = add_note("Stocks", f"INITECH: {p}")',
         lambda w, r: any(n.title == "Stocks" and "9.99" in n.body for n in w.notes)),
    Task("If it is snowing in Oslo, text Carol 'Snow in Oslo', otherwise text her 'No snow'.",
         'c = find_contact("carol")\nif get_weather("Oslo")["condition"] == "snow":\n    text = "Snow in Oslo"\nelse:\n    text = "No snow"\n'
         'result = send_sms(c["phone"], text)', lambda w, r: w.sms == [(PH["carol"], "Snow in Oslo")]),
    Task("Book 'Dentist follow-up' on 2026-03-04 at 10:00 for 45 minutes unless that day already has an event.",
         'if len(list_events("2026-03-04")) == 0:\n    result = add_event("Dentist follow-up", "2026-03-04", "10:00", 45)\nelse:\n    result = "busy"',
         lambda w, r: any(e.title == "Dentist follow-up" and e.minutes == 45 for e in w.events)),
    Task("Book 'Team sync' on 2026-03-03 at 10:00 unless that day already has an event; result is 'busy' or the event id.",
         'if len(list_events("2026-03-03")) == 0:\n    result = add_event("Team sync", "2026-03-03", "10:00")\nelse:\n    result = "busy"',
         lambda w, r: r == "busy" and not any(e.title == "Team sync" for e in w.events)),
    Task("Text Bob and Alice the temperature in their own city.",
         'ids = []\nfor name in ["bob", "alice"]:\n    c = find_contact(name)\n    w = get_weather(c["city"])\n'
         '    ids.append(send_sms(c["phone"], f"{w[\'city\']}: {w[\'temp_c\']} C"))\nresult = ids',
         lambda w, r: sorted(p for p, _ in w.sms) == sorted([PH["bob"], PH["alice"]]) and any("26.0" in t for _, t in w.sms)),
    Task("What is the average length in minutes of my events on 2026-03-02?",
         'evs = list_events("2026-03-02")\nresult = sum([e["minutes"] for e in evs]) / len(evs)', lambda w, r: near(r, 37.5)),
    Task("What is one ACME share worth in JPY?",
         'result = convert_currency(get_stock_price("ACME"), "USD", "JPY")', lambda w, r: near(r, 18425.37)),
    Task("Email Carol my gift ideas note with the subject 'Gift ideas'.",
         'n = search_notes("gift")[0]\nc = find_contact("carol")\nresult = send_email(c["email"], "Gift ideas", n["body"])',
         lambda w, r: w.emails == [(EM["carol"], "Gift ideas", "book for Bob, scarf for Alice")]),
    Task("Which stock is cheapest: ACME, GLOBEX or INITECH?",
         'prices = {}\nfor s in ["ACME", "GLOBEX", "INITECH"]:\n    prices[s] = get_stock_price(s)\n'
         'cheapest = "ACME"\nfor s, p in prices.items():\n    if p < prices[cheapest]:\n        cheapest = s\nresult = cheapest',
         lambda w, r: r == "INITECH"),
    Task("For each event on 2026-03-02 set a reminder 'Prepare: <title>' on the same day at the event's start time.",
         'ids = []\nfor e in list_events("2026-03-02"):\n    ids.append(set_reminder(f"Prepare: {e[\'title\']}", e["day"], e["start"]))\nresult = ids',
         lambda w, r: sorted(w.reminders) == [("Prepare: Lunch with Alice", "2026-03-02", "12:30"), ("Prepare: Standup", "2026-03-02", "09:00")]),
    Task("Text Dan how many NGN 100 USD is.",
         'n = convert_currency(100, "USD", "NGN")\nc = find_contact("dan")\nresult = send_sms(c["phone"], f"100 USD = {n} NGN")',
         lambda w, r: len(w.sms) == 1 and w.sms[0][0] == PH["dan"] and "153846.15" in w.sms[0][1]),
    Task("How many degrees warmer is Lagos than Oslo?",
         'result = get_weather("Lagos")["temp_c"] - get_weather("Oslo")["temp_c"]', lambda w, r: near(r, 27.0)),
    Task("Text 'Hi' to every contact whose email ends with @example.com.",
         'ids = []\nfor name in list_contacts():\n    c = find_contact(name)\n    if c["email"].endswith("@example.com"):\n'
         '        ids.append(send_sms(c["phone"], "Hi"))\nresult = ids',
         lambda w, r: sorted(p for p, _ in w.sms) == sorted([PH["bob"], PH["alice"], PH["carol"]])),
    Task("Email every contact living in Paris, Rome or Berlin: subject 'Meetup', body 'Friday 7pm'.",
         'ids = []\nfor name in list_contacts():\n    c = find_contact(name)\n    if c["city"] in ["Paris", "Rome", "Berlin"]:\n'
         '        ids.append(send_email(c["email"], "Meetup", "Friday 7pm"))\nresult = ids',
         lambda w, r: sorted(a for a, _, _ in w.emails) == sorted([EM["bob"], EM["alice"], EM["carol"]])),
    Task("Add the temperatures of Paris and Berlin with the calculator.",
         'result = calculate(get_weather("Paris")["temp_c"], "+", get_weather("Berlin")["temp_c"])', lambda w, r: near(r, 30.5)),
    Task("Which of my note titles mention Bob? Put them in result.",
         'result = [n["title"] for n in search_notes("bob")]', lambda w, r: r == ["Gift ideas"]),
]


# --- faulty programs: mutants of the reference programs ---------------------------------------
TOOL_NAMES = BASE.registry().names()


def _tool_calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in TOOL_NAMES]


def _mutate(source: str, kind: str) -> str | None:
    tree = ast.parse(source)
    calls = _tool_calls(tree)
    if kind == "import":
        return "import os\n" + source
    if kind == "dunder_attribute":
        return source + "\nleak = result.__class__"
    if kind == "while_loop":
        return "while True:\n" + "\n".join("    " + line for line in source.splitlines())
    if kind == "runaway_loop":
        return "n = 0\nfor i in range(1000):\n    for j in range(1000):\n        n += 1\n" + source
    if kind == "unknown_tool" and calls:
        calls[0].func.id = "lookup_" + calls[0].func.id  # type: ignore[attr-defined]
    elif kind == "no_arguments" and calls and (calls[0].args or calls[0].keywords):
        calls[0].args, calls[0].keywords = [], []
    elif kind == "missing_argument" and any(c.args for c in calls):
        call = next(c for c in calls if c.args)
        call.args.pop()
    elif kind == "extra_argument" and calls:
        calls[0].args.append(ast.Constant("extra"))
    elif kind == "wrong_type" and any(c.args for c in calls):
        call = next(c for c in calls if c.args)
        call.args[0] = ast.List(elts=[ast.Constant(1)], ctx=ast.Load())
    elif kind == "unbound_name":
        names = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in TOOL_NAMES
                 and n.id not in {"len", "sum", "sorted", "range"}]
        if not names:
            return None
        names[-1].id = "undefined_value"
    elif kind == "wrong_field":
        keys = [n for n in ast.walk(tree) if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Constant)
                and isinstance(n.slice.value, str)]
        if not keys:
            return None
        keys[0].slice = ast.Constant(keys[0].slice.value + "_value")
    elif kind == "wrong_constant":  # semantic: a plausible but wrong value; no check can know
        consts = [a for c in calls for a in c.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if not consts:
            return None
        consts[0].value = "Atlantis"
    else:
        return None
    return ast.unparse(tree)


MUTATIONS = ["import", "dunder_attribute", "while_loop", "runaway_loop", "unknown_tool", "no_arguments", "missing_argument",
             "extra_argument", "wrong_type", "unbound_name", "wrong_field", "wrong_constant"]


def measure_catching() -> dict[str, Counter]:
    """For each mutation kind: how many mutants the filter / dry run caught, how many got through."""
    stats: dict[str, Counter] = {}
    for task in TASKS:
        for kind in MUTATIONS:
            mutant = _mutate(task.program, kind)
            if mutant is None or mutant == task.program:
                continue
            world = World()
            registry = world.registry()
            counter = stats.setdefault(kind, Counter())
            try:
                checked = check_program(mutant, registry.names())
                dry_run(checked, registry)
            except ProgramRejected:
                counter["filter"] += 1
            except DryRunError:
                counter["dry_run"] += 1
            else:
                counter["missed"] += 1
            if world.real_calls:
                raise RuntimeError(f"a real tool ran while checking a {kind} mutant")
    return stats


# --- the two modes --------------------------------------------------------------------------
@dataclass
class Outcome:
    success: bool
    model_calls: int
    tokens: int
    seconds: float
    error: str = ""


def run_program_mode(task: Task, model_factory: Callable[[ToolRegistry], Model], max_repairs: int,
                     max_tokens: int = 512) -> Outcome:
    world = World()
    registry = world.registry()
    model = model_factory(registry)
    start = time.perf_counter()
    try:
        program = plan_program(task.text, model, registry, max_repairs=max_repairs, max_tokens=max_tokens)
    except ProgramError as exc:
        return Outcome(False, exc.model_calls, exc.usage.total_tokens, time.perf_counter() - start, exc.message[:80])  # type: ignore[attr-defined]
    try:
        result = run_program(program, registry, per_call_timeout_s=10).result
        ok = task.check(world, result)
        error = "" if ok else f"wrong answer {result!r:.60}"
    except CascadroidError as exc:
        ok, error = False, exc.message[:80]
    return Outcome(ok, program.model_calls, program.tokens, time.perf_counter() - start, error)


def run_step_mode(task: Task, model_factory: Callable[[ToolRegistry], Model], max_steps: int,
                  max_tokens: int = 256) -> Outcome:
    world = World()
    registry = world.registry()
    model = model_factory(registry)
    start = time.perf_counter()
    try:
        run = run_stepwise(task.text, model, registry, max_steps=max_steps, per_call_timeout_s=10, max_tokens=max_tokens)
    except CascadroidError as exc:  # e.g. the growing conversation no longer fits the context window
        return Outcome(False, max_steps, 0, time.perf_counter() - start, f"{type(exc).__name__}: {exc.message[:60]}")
    ok = run.finished and task.check(world, _normalise(run.result))
    error = "" if ok else ("did not finish" if not run.finished else f"wrong answer {run.result!r:.60}")
    return Outcome(ok, run.model_calls, run.usage.total_tokens, time.perf_counter() - start, error)


def _normalise(value: Any) -> Any:
    return copy.deepcopy(value)


def competent_factory(index: int, task: Task) -> Callable[[ToolRegistry], Model]:
    """The scripted double. Every third task starts with the same mistake in both modes: the
    first tool call made without its arguments (a program mutant, or a step with empty args)."""
    faulty, faulty_steps = [], []
    mutant = _mutate(task.program, "no_arguments")
    if index % 3 == 0 and mutant is not None:
        faulty = [mutant]
        first = _tool_calls(ast.parse(task.program))[0].func.id  # type: ignore[attr-defined]
        faulty_steps = [{"tool": first, "args": {}}]
    script = ToolTaskScript(task=task.text, program=task.program, faulty=faulty, faulty_steps=faulty_steps)
    return lambda registry: CompetentToolModel([script], registry)


def summarise(name: str, outcomes: list[Outcome]) -> dict[str, float]:
    n = len(outcomes)
    row = {
        "success": sum(o.success for o in outcomes) / n,
        "calls": sum(o.model_calls for o in outcomes) / n,
        "tokens": sum(o.tokens for o in outcomes) / n,
        "seconds": sum(o.seconds for o in outcomes) / n,
    }
    print(f"  {name:<14} success {row['success']:6.1%}   model calls/task {row['calls']:5.2f}   "
          f"tokens/task {row['tokens']:8.0f}   s/task {row['seconds']:6.2f}")
    return row


def compare(label: str, tasks: list[Task], factory: Callable[[int, Task], Callable[[ToolRegistry], Model]],
            max_repairs: int, max_steps: int, verbose: bool = False, max_tokens: int | None = None) -> None:
    print(f"\n{label}: {len(tasks)} tasks over {len(TOOL_NAMES)} tools", flush=True)
    program, step = [], []
    for i, t in enumerate(tasks):
        program.append(run_program_mode(t, factory(i, t), max_repairs, max_tokens or 512))
        step.append(run_step_mode(t, factory(i, t), max_steps, max_tokens or 256))
        if verbose:
            for mode, o in (("program", program[-1]), ("step", step[-1])):
                print(f"    task {i:2d} {mode:<7} {'ok  ' if o.success else 'FAIL'} calls {o.model_calls} "
                      f"tokens {o.tokens} {o.seconds:5.1f} s {o.error}", flush=True)
    p = summarise("program mode", program)
    s = summarise("step mode", step)
    print(f"  program/step model calls: {p['calls'] / s['calls']:.2f}   tokens: {p['tokens'] / max(1, s['tokens']):.2f}   "
          f"success: {p['success']:.1%} vs {s['success']:.1%}")
    failures = Counter(o.error.split(":")[0][:50] for o in program + step if not o.success)
    if failures:
        print("  failure reasons:", dict(failures.most_common(4)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--local", type=int, default=0, help="also run the real local model on the first N tasks")
    parser.add_argument("--local-steps", type=int, default=8, help="model calls allowed per task in step mode (local)")
    parser.add_argument("--local-tokens", type=int, default=200, help="max tokens per local model answer")
    args = parser.parse_args()

    print(f"task set: {len(TASKS)} tasks, {len(TOOL_NAMES)} tools")
    stats = measure_catching()
    total = sum(sum(c.values()) for c in stats.values())
    caught = sum(c["filter"] + c["dry_run"] for c in stats.values())
    print(f"\nfaulty programs (mutants of the references): {total}; caught before any real tool call: "
          f"{caught} ({caught / total:.1%})")
    for kind, c in stats.items():
        n = sum(c.values())
        print(f"  {kind:<17} {n:3d} mutants: filter {c['filter']:3d}  dry run {c['dry_run']:3d}  missed {c['missed']:3d}")
    structural = {k: c for k, c in stats.items() if k != "wrong_constant"}
    s_total = sum(sum(c.values()) for c in structural.values())
    s_caught = sum(c["filter"] + c["dry_run"] for c in structural.values())
    print(f"  excluding semantic mutants (wrong_constant): {s_caught}/{s_total} ({s_caught / s_total:.1%})")

    compare("competent scripted double (CompetentToolModel)", TASKS, competent_factory, max_repairs=2, max_steps=20)

    if args.local:
        from cascadroid.models import LocalModel

        local = LocalModel(n_threads=2)
        compare(f"real local model {local.name}", TASKS[: args.local], lambda i, t: (lambda registry: local),
                max_repairs=2, max_steps=args.local_steps, verbose=True, max_tokens=args.local_tokens)


if __name__ == "__main__":
    main()
