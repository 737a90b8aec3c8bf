"""How complete the multilingual concept table (agents/ui_concepts.toml) is, measured against [en].

    python scripts/concept_coverage.py            # per concept: the language sections that lack it; per language: counts
    python scripts/concept_coverage.py --summary  # only the per-language counts and the total

The [any] section and the [said.<language>] sections (words only tasks say) are not languages of labels.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "agents" / "ui_concepts.toml"
SKIP = {"any", "said"}


def coverage(path: Path = TABLE) -> tuple[list[str], dict[str, set[str]]]:
    """[en]'s concepts in order, and each language section's concepts."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    langs = {lang: set(entries) for lang, entries in data.items() if lang not in SKIP}
    return list(data["en"]), langs


def main(argv: list[str]) -> int:
    concepts, langs = coverage()
    if "--summary" not in argv:
        print(f"concepts of [en] ({len(concepts)}), with the language sections that lack each:")
        for concept in concepts:
            lacking = sorted(lang for lang, have in langs.items() if concept not in have)
            print(f"  {concept:14} {len(langs) - len(lacking):3}/{len(langs)}  lacking: {' '.join(lacking) or '-'}")
    print(f"languages ({len(langs)}), with how many of [en]'s {len(concepts)} concepts each has:")
    counts = {lang: len(have & set(concepts)) for lang, have in langs.items()}
    for lang, count in sorted(counts.items(), key=lambda item: (item[1], item[0])):
        print(f"  {lang:6} {count:3}/{len(concepts)}")
    total = sum(counts.values())
    print(f"total: {len(langs)} languages, {total}/{len(langs) * len(concepts)} language-concept entries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
