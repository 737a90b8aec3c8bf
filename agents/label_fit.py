"""How well a label fits the task beyond the count of shared words: precision, rarity, ads.

The ranker counts the task's words a label shares. On real screens that favours decoys:
- Precision: of two controls sharing the task's words, the one whose own title the task explains
  better is the thing named ("call mum": the contact "Mum", not "Mum office"; "transfer money":
  the "Kaspi Transfers" tile, the app's own name aside, not the story "Transfers abroad with no fee");
  a title covering more of the task's named phrase beats its prefix ("chicken shawarma deluxe", not
  "chicken shawarma"). A small push among near-equals, never a dominant term.
- Rarity on this screen: a task word every row repeats ("battery" on a battery page) says little;
  when the best match rests only on such words and a content word of the task shows nowhere, the
  thing asked for is further down: scrolling comes first.
- The app's own name: a task naming the app it is said on ("send 1000 yen to Kenta on PayPay") names no control
  there; a balance card "PayPay残高" sharing only that name earns nothing by it.
- Ads: a sponsored or promotional element (agents/promotions.py; by its text or by its id) goes below a
  plain element that shares its task words ("Sponsored · Air fryer ... Add to cart" below the "Add to cart" button).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..unitext import NO_SPACES
from . import named_here, promotions, sharing
from .function_words import FUNCTION_WORDS
from .goal import parse_goal
from .perceptor import Screen
from .text import words
from .ui_conventions import same_word

_NEAR = 1.0  # score apart within which two controls count as near-equals
_PER_WORD = 0.25  # per word of a title the task does not explain
_MOST = 0.5
_COMMON = 3  # a word on this many controls of the screen or more is common here


def _title(label: str) -> str:
    return label.split(" | ", 1)[0]


def _named(task_words: set[str], label_words: set[str]) -> tuple[set[str], set[str]]:
    """(the task's words the label holds, the label's words the task explains), forms included."""
    said = {t for t in task_words if t in label_words or any(same_word(t, w) for w in label_words)}
    explained = {w for w in label_words if w in task_words or any(same_word(t, w) for t in task_words)}
    return said, explained


def _taps(out: list[Any], screen: Screen) -> list[tuple[Any, int]]:
    return [(c, c.action["element"]) for c in out if c.action.get("kind") == "tap"
            and isinstance(c.action.get("element"), int) and c.action["element"] not in screen.editable]


def precision(out: list[Any], task: str, screen: Screen, app_words: set[str]) -> None:
    """Lower a control (in place) whose title adds words the task does not say, or covers less of the
    task's words, than a near-equal control sharing at least the same task words."""
    goal = parse_goal(task)
    said = words(task) | goal.words
    verb = task.split()[0].casefold() if task.split() else ""
    fits = []
    for candidate, element in _taps(out, screen):
        label = screen.labels.get(element, "")
        title = _title(label)
        if not title or NO_SPACES.search(label):
            continue  # letter pairs count no words
        own = words(title) - app_words
        named = _named(said, words(label))[0]
        explained = _named(said, own)[1]
        if named:
            extra = {w for w in own - explained - FUNCTION_WORDS if not w.isdigit()}
            acts = title.split()[0].casefold() == verb and verb in goal.verbs  # "Bookmark this page"
            fits.append((candidate, named, own, len(extra), bool(explained), acts))
    for candidate, named, own, extra, titled, acts in fits:
        worse = 0.0
        for other, other_named, other_own, other_extra, _, _ in fits:
            if other is candidate or not other_named >= named or abs(other.score - candidate.score) > _NEAR:
                continue
            if acts and other_named <= goal.verbs:
                continue  # the task's verb as said, before its object, beats a list named by another form of it ("Bookmarks")
            if other_named > named and other_extra <= extra and own <= other_own:
                worse = _MOST  # a prefix of the phrase the other's title says whole
            elif other_extra < extra and (other_own <= own or not titled):
                worse = max(worse, min(_MOST, _PER_WORD * (extra - other_extra)))  # the other's title, words added
        candidate.score -= worse


def rarity(out: list[Any], task: str, screen: Screen, app_words: set[str]) -> None:
    """Raise scrolling down (in place) when the best tap shares only words common on this screen and a
    content word of the task shows nowhere on it."""
    down = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    taps = _taps(out, screen)
    if down is None or not taps or screen.editable or \
            not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return
    goal = parse_goal(task)
    verbs = {v for v in goal.verbs if not NO_SPACES.search(v)}  # a run without spaces is no verb as a whole
    tokens = [keys for keys in (words(t) - verbs - app_words - FUNCTION_WORDS for t in task.split())
              if keys and not all(k.isdigit() or len(k) < 4 and not NO_SPACES.fullmatch(k) for k in keys)]
    shown = words(" ".join(screen.lines))

    def seen(keys: set[str]) -> bool:
        return any(k in shown or any(same_word(k, s) or len(k) >= 5 and k[:5] in s for s in shown) for k in keys)
    said = {t: words(t) - verbs - app_words - FUNCTION_WORDS for t in re.split(r"[,;，；、]", task, maxsplit=1)[0].split()}
    lead = [keys for keys in tokens if keys in said.values()]
    absent = [keys for keys in tokens if not seen(keys)]
    if 2 * len(absent) <= len(tokens) or len(absent) == len(tokens):
        return  # most of the task's words are here, or none of them: nothing to weigh
    if any(seen(keys) for keys in lead) and len(lead) < len(tokens) and not any(
            t[:1].isupper() and not seen(keys) for t, keys in said.items() if keys) and \
            2 * sum(not seen(keys) for keys in lead) <= len(lead):
        return  # the request comes first; a reason after a comma names nothing here (", intru in sedinta"),
        # unless the request's own name is the word unseen (", mi serve il suo indirizzo" after "zia Rosa")
    labels = [words(screen.labels.get(i, "")) for i in screen.actionable if i not in screen.editable]
    if any(sum(1 for own in labels if _named(keys, own)[0]) < _COMMON for keys in tokens if keys not in absent):
        return  # a word of the task only a few controls hold: the best match may rest on it
    top, element = max(taps, key=lambda pair: pair[0].score)
    if top.score < down.score:
        return
    title = words(_title(screen.labels.get(element, "")))
    if title and title <= _named(set().union(*tokens) | verbs, title)[1] | app_words | FUNCTION_WORDS:
        return  # a control the task names whole ("Battery saver" for "turn on battery saver", "Lock card" for "lock my card")
    down.score = top.score + 0.5


def adverts(out: list[Any], task: str, screen: Screen) -> None:
    """Put an ad (in place) below a plain control that shares as many of the task's words with it; when the task asks
    for an offer ("看看充值优惠", "show me the cashback deals on top-ups"), put a banner naming more of the task above
    the plain control whose words it holds (the "充值" tile)."""
    said = words(task) | parse_goal(task).words
    taps = _taps(out, screen)
    plain: list[tuple[Any, set[str]]] = []
    ads: list[tuple[Any, set[str]]] = []
    offers: list[tuple[Any, set[str]]] = []  # banners of a task that asks for the offer
    asks_offer = promotions.wanted(task)
    for candidate, element in taps:
        label = screen.labels.get(element, "")
        named = _named(said, words(label))[0]
        if not named:
            continue
        if promotions.unwanted(task, screen, element):
            ads.append((candidate, named))
            continue
        plain.append((candidate, named))
        if asks_offer and (promotions.is_banner(label) or promotions.element_kind(screen, element) == "offer"):
            offers.append((candidate, named))
    for ad, named in ads:
        rivals = [c.score for c, other in plain if other & named and c.score <= ad.score]
        if rivals:
            ad.score = min(rivals) - 0.1
    for offer, named in offers:  # the task asks for the offer: the offer naming more of it beats the plain control
        rivals = [c.score for c, other in plain if other < named and c.score >= offer.score]
        if rivals:
            offer.score = max(rivals) + 0.3  # beyond the reach of meaning's near-ties (semantic.REACH)


def _package_words(package: str) -> set[str]:
    """The app's own name as its package says it ("kz.kaspi.app": "kaspi")."""
    parts = package.split(".")
    return words(parts[1]) if len(parts) > 2 and len(parts[1]) >= 4 else set()


_PACKAGE_NOISE = frozenset("com org net android app apps activity mobile client main".split())


def own_app(out: list[Any], task: str, screen: Screen, apps: Sequence[Any] = ()) -> None:
    """Take back (in place) what a tap earned by sharing only the name of the app the screen belongs to (its
    package's words, four letters or more) with the task: that word says where, not what. When the device's apps
    say the app's label, only the package words that label says are its name: the publisher's word of a package
    whose app is labelled otherwise (a mail app "Post" of publisher X) is no app name, and "the email from X" names
    a sender's row."""
    names = {p for p in re.split(r"[._]", (screen.package or "").casefold()) if len(p) >= 4 and p not in _PACKAGE_NOISE}
    label = next((words(a.label) for a in apps if a.package and a.package == screen.package), None)
    if label is not None:
        names = {p for p in names if any(w in p or p in w for w in label if len(w) >= 4)}
    goal = parse_goal(task)
    named = {w for w in words(task) if w in names}
    if not named:
        return
    for candidate, element in _taps(out, screen):
        own = words(screen.labels.get(element, ""))
        shared = own & goal.words
        if shared & named and not (shared - named - FUNCTION_WORDS):
            candidate.score -= goal.match(shared & named)


def adjust(out: list[Any], task: str, screen: Screen, app_words: set[str], apps: Sequence[Any] = ()) -> None:
    """Ads, precision and rarity on this screen (see the module docstring), in place; ``app_words``: the
    words of the device's apps' names (the app's own name explains a title's word); ``apps``: the device's apps."""
    app_words = app_words | _package_words(screen.package or "")
    adverts(out, task, screen)
    own_app(out, task, screen, apps)
    precision(out, task, screen, app_words)
    rarity(out, task, screen, app_words)
    named_here.adjust(out, task, screen, app_words)  # "quiero ver qué me gasta tanta batería": "Batería" before scrolling
    sharing.from_page(out, task, screen.labels, screen.editable)  # "tuma hii video kwa whatsapp": its page's Share
