"""benchmarks/wording_noise.py: sloppy typing of a goal keeps its {slot}s and quoted text and is the same every run."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))  # its kinds' modules
_path = Path(__file__).resolve().parent.parent / "benchmarks" / "wording_noise.py"
_spec = importlib.util.spec_from_file_location("wording_noise", _path)
wording_noise = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wording_noise)

GOAL = 'Rename the playlist "{title}" to "Road trip" and tell {name}: "done". Visit store.example.com/deals.'


@pytest.mark.parametrize("kind", ("typos", "plain", "both", "synonyms"))
def test_slots_and_quoted_words_survive_and_the_noise_is_repeatable(kind):
    noisy = wording_noise.noisy(GOAL, kind, "some_template")
    assert set(re.findall(r"\{\w+\}", noisy)) == {"{title}", "{name}"}
    assert "Road trip" in noisy and "store.example.com/deals" in noisy
    assert noisy != GOAL
    assert noisy == wording_noise.noisy(GOAL, kind, "some_template")


def test_plain_drops_case_punctuation_apostrophes_and_quotes_around_slots():
    assert wording_noise.noisy("Don't text {name}: \"{msg}\"!", "plain", "t") == "dont text {name} {msg}"


def test_typos_slip_one_letter_in_long_words_only():
    noisy = wording_noise.noisy("Please delete the old alarm", "typos", "t")
    changed = [(a, b) for a, b in zip("Please delete the old alarm".split(), noisy.split()) if a != b]
    assert 1 <= len(changed) <= 2 and all(len(a) >= 5 and a[0] == b[0] for a, b in changed)


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="not one of"):
        wording_noise.noisy(GOAL, "shouting", "t")


def test_synonyms_say_a_task_word_otherwise_and_keep_the_capital():
    noisy = wording_noise.noisy("Delete the photo {name} sent", "synonyms", "t")
    assert noisy != "Delete the photo {name} sent" and noisy.endswith("{name} sent")
    first = noisy.split()[0]
    assert first[0].isupper() and first.lower() != "delete" or "photo" not in noisy
