"""A grid tile named by the task's word alone starts that service, before cards that mention the word.

Super-app, bank and travel home screens lay their services out as a row of equal tiles ("Hotel", "Tiket
Pesawat", "Tiket Kereta Api"; "Pix", "Pagar", "Transferir"). Around them sit cards whose headline and
sentence repeat the task's word with more ("Promo Hotel Bali diskon s/d 40% | Pesan sekarang", "Pix no crédito
| Faça um Pix com o limite do seu cartão", the search bar "Cari hotel, tiket, atau aktivitas"): they open an
offer, a feature page or a search, and outscore the tile on shared words. A tile among two or more tiles of its
size on one line, not in the bottom tab bar, whose words are all the task's (its object, not its verb), comes
first when such cards outrank it, unless one of them names another word of the task (not a promotion or an
ad) than the verb: "open my Hotel Santika booking" keeps the booking's card, and a short button that says the
task's verb with the tile's word ("ADD TO BAG" below a toolbar's "Bag" icon) is the act, not a card. A tile already
selected is where the screen is, no service to start: a camera's mode strip with "Photo" chosen, beside the shutter
"Take photo" that "take a photo" asks for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import chinese_forms, verb_final
from .fields import has_flag
from .function_words import FUNCTION_WORDS
from .goal import first_word, parse_goal
from .perceptor import Screen
from .text import words


def adjust(out: list[Any], task: str, screen: Screen, offer: Callable[[str], bool]) -> None:
    """Raise a service tile named by the task above the cards that outrank it (in place); ``offer``: whether a
    label is a promotion or an ad."""
    said = words(task) | words(chinese_forms.joined(task))  # "打个车": the "打车" tile
    verbs = verb_final.lead(task, parse_goal(task).verbs | words(first_word(task)))  # the act said is no object
    taps = {c.action["element"]: c for c in out
            if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)}
    for element, candidate in taps.items():
        label = screen.labels.get(element, "")
        own = words(label)
        if not own or len(own) > 3 or "|" in label or not own <= said or own & verbs or own <= FUNCTION_WORDS:
            continue
        if not _in_tile_row(screen, element) or has_flag(screen, element, "selected"):
            continue  # the mode or tab already chosen: tapping it starts nothing
        rivals = [(i, c) for i, c in taps.items() if i != element and c.score >= candidate.score
                  and own < words(screen.labels.get(i, ""))]
        if not rivals:
            continue
        if any(not offer(screen.labels.get(i, "")) and (words(screen.labels.get(i, "")) & said) - own - verbs
               - FUNCTION_WORDS for i, _ in rivals):
            continue  # a card naming more of the task is the thing asked for
        if any(_act_button(screen.labels.get(i, ""), verbs, offer) for i, _ in rivals):
            continue  # "ADD TO BAG" under a toolbar's "Bag": the task's verb on its object is the act itself
        candidate.score = max(c.score for _, c in rivals) + 0.5


def _act_button(label: str, verbs: set[str], offer: Callable[[str], bool]) -> bool:
    """A short button that says the task's verb (and the tile's word): not a card, not an offer."""
    return "|" not in label and len(words(label)) <= 4 and bool(words(label) & verbs) and not offer(label)


def _in_tile_row(screen: Screen, element: int, slack: int = 10) -> bool:
    """Two or more other controls of about its size on its line, above the bottom tab bar."""
    box = screen.bounds.get(element)
    if not box:
        return False
    bottom = max((b[3] for b in screen.bounds.values()), default=0)
    if box[3] > 0.9 * bottom:
        return False
    width = box[2] - box[0]
    peers = [b for i, b in screen.bounds.items() if i != element and i in screen.actionable
             and abs(b[1] - box[1]) <= slack and abs(b[3] - box[3]) <= slack
             and abs((b[2] - b[0]) - width) <= 0.25 * width]
    return len(peers) >= 2
