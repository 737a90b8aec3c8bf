"""Nothing outside the simulator and the test doubles knows the simulated phone.

The forbidden terms are collected from the simulator itself, so a new app, cuisine or place is
covered without editing this file. What counts as knowing the simulator:

- its app packages (and any ``com.sim.`` package);
- its cuisines;
- proper names from its seed data: places (restaurants, shops, streets, cities, event
  locations), products, and people (first and last name together).

Not counted: app labels and categories ("Settings", "Phone", "Coffee") and lone first names,
which are ordinary words every phone shows; and a cuisine that is also a writing system's name
in Unicode ("Thai": text handling rightly names scripts). Matching is case-insensitive on word
boundaries over agents/, memory/, tools/ and sdk/ (sdk/testing holds the test doubles).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache
from pathlib import Path

from cascadroid.device.sim.apps import calendar, contacts, maps, shop
from cascadroid.device.sim.runtime import discover_apps
from cascadroid.device.sim.tasks import common, productivity

REPO = Path(__file__).resolve().parents[1]
CHECKED = ("agents", "memory", "tools", "sdk")
EXEMPT = (Path("sdk") / "testing",)
SOURCES = (".py", ".html", ".js", ".json", ".toml", ".txt", ".md", ".j2")  # code, templates, prompts


@cache
def _script_names() -> frozenset[str]:
    """Writing systems as Unicode names them ("THAI CHARACTER KO KAI" -> "thai")."""
    names = set()
    for code in range(0x110000):
        parts = unicodedata.name(chr(code), "").split()
        if len(parts) > 2 and parts[1] in ("LETTER", "CHARACTER", "DIGIT"):
            names.add(parts[0].lower())
    return frozenset(names)


def simulator_terms() -> dict[str, str]:
    """Term -> what it is, read from the simulator's apps, seed data and task suite."""
    terms: dict[str, str] = {}

    def add(kind: str, items: object) -> None:
        for item in items:  # type: ignore[attr-defined]
            if item and item.strip():
                terms.setdefault(item.strip(), kind)

    add("package", [app.package for app in discover_apps()])
    add("cuisine", [c for c in maps.CUISINES if c.lower() not in _script_names()])
    add("place", [name for names in maps.CUISINES.values() for name in names])
    add("place", [name for names, _ in maps.OTHER.values() for name in names])
    add("place", maps._STREETS + contacts._STREETS + common.STREETS + contacts._CITIES + common.CITIES)
    add("place", [p for p in calendar._PLACES + productivity.LOCATIONS if " " in p])  # not "Online"
    add("product", [name for names in shop.CATALOG.values() for name in names])
    people = itertools.chain(itertools.product(contacts._FIRST, contacts._LAST), itertools.product(common.FIRST, common.LAST))
    add("person", [f"{first} {last}" for first, last in people])
    return terms


def _pattern(terms: list[str]) -> re.Pattern[str]:
    alternatives = "".join(f"|{re.escape(t)}" for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:com\.sim\.\w+{alternatives})(?!\w|\.\w)", re.I)


def find_simulator_knowledge(root: Path, folders: tuple[str, ...] = CHECKED,
                             exempt: tuple[Path, ...] = EXEMPT) -> list[str]:
    """``path:line: term (kind)`` for every forbidden term in ``folders`` under ``root``."""
    terms = simulator_terms()
    kinds = {t.lower(): kind for t, kind in terms.items()}
    found = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            relative = path.relative_to(root)
            if path.suffix not in SOURCES or not path.is_file() or any(relative.is_relative_to(e) for e in exempt):
                continue
            text = path.read_text(encoding="utf-8")
            lowered = text.lower()
            present = [t for t in kinds if t in lowered]  # a cheap filter before the word-boundary match
            for match in _pattern(present).finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{relative}:{line}: {match.group()} ({kinds.get(match.group().lower(), 'package')})")
    return found


def test_the_terms_come_from_the_simulator_and_cover_each_kind():
    terms = simulator_terms()
    kinds = set(terms.values())
    assert kinds == {"package", "cuisine", "place", "product", "person"}
    assert {a.package for a in discover_apps()} <= set(terms)
    assert not {"Settings", "Phone", "Messages", "Contacts", "Coffee"} & set(terms)  # ordinary words
    assert "thai" in _script_names() and "Thai" not in terms and set(maps.CUISINES) - {"Thai"} <= set(terms)


def test_agents_memory_tools_and_sdk_know_nothing_of_the_simulator():
    assert find_simulator_knowledge(REPO) == []


def test_the_check_finds_a_planted_violation(tmp_path):
    terms = simulator_terms()
    by_kind = {kind: next(t for t, k in terms.items() if k == kind) for kind in set(terms.values())}
    planted = tmp_path / "agents" / "ranker.py"
    planted.parent.mkdir()
    planted.write_text(
        f'APP_WORDS = {{"Maps": ("{by_kind["cuisine"].lower()}", "restaurant")}}\n'
        f'HOME = "{by_kind["package"]}.MainActivity"\n'  # inside a longer dotted name: not this package
        f'PACKAGE = "{by_kind["package"]}"\n'
        'OTHER = "com.sim.wallet"\n'
        f'# e.g. "text {by_kind["person"]} the address of {by_kind["place"]}"\n'
        f'BEST = "{by_kind["product"].upper()}"\n'
        'OK = ["Settings", "Phone", "Messages", "Thai script", "elif"]\n'
    )
    (tmp_path / "sdk" / "testing").mkdir(parents=True)
    (tmp_path / "sdk" / "testing" / "double.py").write_text(f'PACKAGE = "{by_kind["package"]}"\n')  # a test double
    (tmp_path / "sdk" / "report.html").write_text(f"<p>{by_kind['person']}</p>\n")

    found = find_simulator_knowledge(tmp_path)

    assert [line.split(": ", 1)[0] for line in found] == [
        "agents/ranker.py:1", "agents/ranker.py:3", "agents/ranker.py:4", "agents/ranker.py:5",
        "agents/ranker.py:5", "agents/ranker.py:6", "sdk/report.html:1"]
    assert [line.rsplit("(", 1)[1] for line in found] == [
        "cuisine)", "package)", "package)", "person)", "place)", "product)", "person)"]
