"""Switches the task names: raise the one in the wrong state, finish when it is already right.

"Turn Wi-Fi off": among the screen's checkable elements (Switch, CheckBox, a row's toggle), those
whose own or row words share the most with the task's switch words count; one in the wrong state
is raised, one already right is pushed down and lets the task finish. Of switches named alike, the
one whose name says nothing more ("Wi-Fi", not "Wi-Fi Calling" nor "Wi-Fi Çağrısı") is the one.
A button that names the act ("Turn on", "Включи" on a smart plug's card) counts as a switch in the other
state, its row's words naming it. A name written without spaces (Chinese, Japanese, Thai) is named only when the task covers more than half
of its letter pairs: "画面の自動回転" shares "自動" with "明るさの自動調節" and names another switch. A switch already
right finishes the task only when the task names it whole, or by a word of it no other control's name holds: a word
the page repeats on several rows ("screen" on Display) singles none out ("make the screen stay on longer" is not done
by an "Auto-rotate screen" already on). Of switches named alike ("6:30" twice in an alarm list), a task that says
tomorrow means the one whose row says tomorrow, in the screen's language ("6:30 | ነገ | ጥዋት"; agents/day_words.py).

A word every language writes alike (Wi-Fi, Bluetooth, GPS: the UI glossary's ``[any]`` words) names the technology,
and a vendor's English name that puts it before another word names one of its settings ("Wi-Fi calling", "Bluetooth
tethering", "Wi-Fi hotspot"): "turn off wifi" is not done by "Wi-Fi calling" being off, nor is that switch turned
for it (the Wi-Fi switch is under "Internet" on a Pixel; agents/compound_heads.py ``setting_of``). And where the task names such a setting ("turn on wifi
calling") and the screen's rival to the plain "Wi-Fi" switch says the rest in another script ("Вызовы по Wi-Fi",
"Wi-Fi 통화"), the plain switch being on does not finish the task, nor is the rival pushed down.
"""

from __future__ import annotations

from ..unitext import NO_SPACES
from . import compound_heads, day_words, word_forms
from .goal import Goal
from .mode_buttons import mode_scores
from .perceptor import Screen
from .switch_states import OFF_WORDS, ON_WORDS, button_state
from .text import words


def switch_scores(goal: Goal, screen: Screen, said: Goal | None = None) -> tuple[dict[int, float], bool]:
    """(score change per named switch, whether every named switch is already right). ``said``: the goal of the task's
    part with its values left in: where no field takes them, a time names a switch ("make sure my 6:30 alarm is on")."""
    goal = said if said is not None and not screen.editable else goal
    if goal.want_on is None:
        return mode_scores(goal, screen)  # "play this on shuffle": a shuffle button already on
    states = _states(screen)
    named = {i: _fit(goal, words(screen.labels.get(i, "")) | words(screen.context.get(i, "")))
             if _covered(_name_words(screen, i), goal.toggle_words) and not _other_kind(screen, i, goal)
             and not compound_heads.setting_of(screen.labels.get(i, "").split(" | ")[0], goal) else 0.0
             for i in states}
    best = max(named.values(), default=0.0)
    if best <= 0:
        return mode_scores(goal, screen)
    titles = [_name_words(screen, i) for i in screen.actionable if i not in screen.editable]
    extra = {i: len(_name_words(screen, i) - goal.words) for i, fit in named.items() if fit == best}
    fewest = min(extra.values())
    said_elsewhere = _said_elsewhere(screen, goal, [i for i, n in extra.items() if n == fewest],
                                     [i for i, n in extra.items() if n > fewest])
    ahead = _ahead(goal, screen, states, best)
    if len([i for i, n in extra.items() if n == fewest]) > 1 and ahead:  # two 6:30 alarms: the one that rings tomorrow
        extra.update({i: fewest + 1 for i, n in list(extra.items()) if n == fewest and i not in ahead})
    scores: dict[int, float] = {}
    done = False
    for element_id, fit in named.items():
        if fit == best and extra[element_id] == fewest:
            right = states[element_id] == goal.want_on
            scores[element_id] = -2.0 if right else 3.0
            done = done or right and (_singled_out(_name_words(screen, element_id), goal.toggle_words, titles)
                                      or _row_named(screen, element_id, goal.toggle_words) or ahead == [element_id])  # its row says tomorrow
        elif fit == best and not said_elsewhere:
            scores[element_id] = -1.0  # "Wi-Fi Calling" names another setting than "Wi-Fi"
    return scores, done and not said_elsewhere and all(s < 0 for s in scores.values())


def _ahead(goal: Goal, screen: Screen, states: dict[int, bool], best: float) -> list[int]:
    """Of the switches the task names best ("6:30" of two alarms), those whose row says tomorrow ("ነገ", "Morgen",
    "明天") where the task says tomorrow in any language; none where it does not."""
    if not day_words.says_tomorrow(goal.text):
        return []
    alike = [i for i in states if _fit(goal, words(screen.labels.get(i, "")) | words(screen.context.get(i, ""))) == best]
    return [i for i in alike if day_words.says_tomorrow(screen.context.get(i, ""))]


def _said_elsewhere(screen: Screen, goal: Goal, plain: list[int], rivals: list[int]) -> bool:
    """Does the task name more than the plain switches' names ("wifi calling" against "Wi-Fi"), while a rival named as
    well says its other words in another script than the task's ("Вызовы по Wi-Fi", "Wi-Fi 통화")?"""
    said = words(goal.text) & goal.toggle_words  # the task's own words, not their synonyms ("wlan" for "wifi")
    unsaid = {w for w in said - set().union(*(_name_words(screen, i) for i in plain), set())
              if w.isascii() and len(w) > 2} - set().union(*(_name_words(screen, i) for i in rivals), set())
    return bool(unsaid) and any(not w.isascii() for i in rivals for w in _name_words(screen, i) - goal.words)


def _states(screen: Screen) -> dict[int, bool]:
    """The screen's switches and their states, and the buttons that turn a thing on or off (one that turns it
    on stands for a switch that is off) in a row whose words may name that thing."""
    found = dict(screen.checked)
    for i in screen.actionable:
        state = None if i in found or i in screen.editable or not screen.context.get(i) else \
            button_state(screen.labels.get(i, ""))
        if state is not None:
            found[i] = not state
    return found


def _fit(goal: Goal, keys: set[str]) -> float:
    """How well a switch's own and row words name the task's switch: shared words, and other forms of them
    ("лампата" names "Лампа")."""
    own = keys & goal.toggle_words
    return goal.match(own) + word_forms.forms(goal.toggle_words - own, keys - goal.words - OFF_WORDS - ON_WORDS)


def _name_words(screen: Screen, element_id: int) -> set[str]:
    """The switch's name: its label's first part (a switch that says nothing borrows its row's title, read top
    down: agents/labels.py)."""
    return words(screen.labels.get(element_id, "").split(" | ")[0])


def _singled_out(name: set[str], asked: set[str], titles: list[set[str]]) -> bool:
    """Does the task single this switch out: all of its spaced name, or a word of it that no other control's name holds?
    A word every row of the page repeats ("screen" on Display: "Screen timeout", "Auto-rotate screen", "Screen
    saver") names none of them ("make the screen stay on longer"); "zigbee" names "Zigbee and smart home" alone."""
    spaced = {w for w in name if not NO_SPACES.search(w)}
    said = {w for w in spaced if _said({w}, asked)}
    if not spaced or len(said) == len(spaced):
        return True
    if not said:
        return False  # named by its row's summary alone ("Câmera rápida | Gire o pulso duas vezes..."): its row decides
    return _held_by_none(said, [other for other in titles if other != name])


def _row_named(screen: Screen, element_id: int, asked: set[str]) -> bool:
    """Does the task name the switch's row by a word of it no other row holds (the "Meds" alarm among alarms)?"""
    own = {w for w in words(screen.context.get(element_id, "")) if not NO_SPACES.search(w)} & asked
    box = screen.bounds.get(element_id)
    if not own or not box:
        return False
    others = [words(screen.context.get(i, "")) | words(screen.labels.get(i, "")) for i in screen.actionable
              if (b := screen.bounds.get(i)) and (b[3] <= box[1] or b[1] >= box[3])]  # the controls of other rows
    return _held_by_none(own, others)


def _held_by_none(own: set[str], others: list[set[str]]) -> bool:
    """Is one of ``own`` in none of ``others`` (a word that singles its control out)?"""
    return any(not any(w in other for other in others) for w in own)


def _said(name: set[str], asked: set[str]) -> int:
    """How many of a name's spaced words the task says, in any form ("auto rotate", "rotating" say "autorotate")."""
    return len({w for w in name if not NO_SPACES.search(w) and (w in asked or word_forms.forms(asked, {w}) > 0 or any(
        len(a) >= 4 and a in w or len(a) >= 5 and a[:5] in w for a in asked))})  # "rotating" says "autorotate"


def _other_kind(screen: Screen, element_id: int, goal: Goal) -> bool:
    """A switch whose name shares only its head with a task that puts its own word where the name's modifier stands
    ("Airplane mode" for "turn on dark mode", "Modo avión" for "activa el modo oscuro"): another setting of that kind,
    not the one asked for (agents/compound_heads.py). The task's word on the switch's row names it still ("flight
    mode": "Airplane mode" stays named, flight's other name is said)."""
    name = screen.labels.get(element_id, "").split(" | ")[0]
    return compound_heads.other_kind(name, goal, f"{name} {screen.context.get(element_id, '')}")


def _covered(name: set[str], said: set[str]) -> bool:
    """A name made of letter pairs (a script without spaces) more than half covered by the task's words;
    others pass."""
    pairs = {w for w in name if NO_SPACES.search(w)}
    return not pairs or len(pairs & said) * 2 > len(pairs) or bool(name - pairs & said)
