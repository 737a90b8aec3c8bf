"""The thing a task buys or prices: a product, whose words name no app.

"buy a wall calendar", "order a new alarm clock", "buy photo paper", "how much does a new phone cost", "add a video
doorbell to my cart": the object of a purchase is a product, and a product's kind is often also a kind of app
(calendar, clock, photo, phone, camera). Said as what is bought, such a word asks for a shop, not for that app; the
app the purchase is made in is said after the object ("on Amazon", "in the Lidl app") or is the shop itself. A
general reading of purchases: buy/purchase/order X, shop for X, add X to the cart, the price of X, how much X costs, and
the verb-first Romance forms ("compra X", "cuánto cuesta X"). ("order the photos by date" sorts them: no purchase.)
"""

from __future__ import annotations

import re

from .text import words

_END = (r"(?=\s+(?:on|in|from|at|for|with|via|using|through|to|and|then|but|so|before|after|by|if|en|sur|dans|na|no|em|y|et|e)\b"
        r"|[,.;:!?()]|$)")
_OBJECT = r"(?P<o>(?:(?!(?:on|in|from|at|via|using|through)\b)[\w'\-]+\s*){1,6}?)"
_BOUGHT = tuple(re.compile(p, re.I) for p in (
    rf"\b(?:buy|re-?buy|purchase|re-?order|order|shop\s+for)\s+(?:(?:me|us|him|her|them)\s+)?{_OBJECT}{_END}",
    # the same in the Romance languages phones ship ("compra un reloj", "cuánto cuesta un reloj", "combien coûte ...")
    rf"(?<!\w)(?:compra|comprar|cómprame|compre|comprame|achète|acheter|achetez|comprare|cuánto\s+cuestan?|cuanto\s+cuestan?"
    rf"|quanto\s+custa|quanto\s+costa|combien\s+co[uû]te)\s+{_OBJECT}{_END}",
    rf"\badd\s+{_OBJECT}\s+to\s+(?:my|the|our)?\s*(?:shopping\s+)?(?:cart|basket|trolley)\b",
    rf"\bhow\s+much\s+(?:is|are|does|do|would|will)\s+{_OBJECT}(?:\s+cost\b|{_END})",
    rf"\b(?:price|prices|cost)\s+(?:of|for)\s+{_OBJECT}{_END}"))
_SORTED = re.compile(r"\border\s+(?:[\w'\-]+\s+){1,4}?by\b", re.I)  # "order the photos by date": sorted, not bought


def bought_words(task: str) -> set[str]:
    """The word keys of what ``task`` buys or prices, not said anywhere else in it."""
    spans = [m for pattern in _BOUGHT for m in pattern.finditer(task) if not (m.group(0).lower().startswith("order") and _SORTED.search(task, m.start()))]
    if not spans:
        return set()
    product = set().union(*(words(m.group("o") or "") for m in spans))
    rest = task
    for m in sorted(spans, key=lambda m: -m.start("o")):
        rest = rest[:m.start("o")] + " " + rest[m.end("o"):]
    return product - words(rest)


__all__ = ["bought_words"]
