"""Putting a thing on a list or into a cart is adding it, in the words people say it with.

Shoppers say "put the milk on my list", "zet de melk op mn lijstje", "setz Milch auf die Einkaufsliste", "mets le
lait dans mon panier", "ponme leche en la lista", "coloca o leite no carrinho", "lägg mjölk på listan", "wrzuć mleko
do koszyka", "закинь молоко в корзину", "sütü sepete at": a verb of placing, the thing, then a list, cart or basket
after a preposition (or, in Turkish, with the dative before the verb). The app's button says "add" ("Product
toevoegen", "In den Warenkorb", "Ajouter"): the task asks for the act ``add`` (agents/ui_glossary.py). A placing verb
with no list or cart ("put the phone on silent", "zet de wekker op 7 uur") asks for no adding.
"""

from __future__ import annotations

import re

from .text import normalize

_PLACE = (r"put|pop|stick|throw|chuck|bung|toss|zet|doe|gooi|setz\w*|pack\w*|tu|tue|leg|lege|mets|mettez|"
          r"pon|ponme|ponlo|ponla|mete|metele|echa|metti|mettimi|coloca|coloque|põe|poe|bota|lägg|sätt|sæt|læg|legg|"
          r"sett|wrzuć|wrzuc|włóż|wloz|закинь|положи|кинь|брось|поклади|kuweka|weka")
_INTO = (r"on|onto|in|into|to|op|in|bij|auf|in|zu|sur|dans|à|en|a|nel|nella|sul|sulla|na|no|em|på|i|till|do|в|на|"
         r"kwenye")
_LISTS = (r"(?:shopping\s+)?(?:list|cart|basket|trolley)|\w*lijst\w*|mandje|winkelmand\w*|winkelwagen\w*|\w*liste|"
          r"warenkorb|einkaufswagen|korb|panier|caddie|lista|carrito|cesta|canasta|carrello|carrinho|sacola|listan|"
          r"varukorgen|korgen|listen|kurven|handlekurven|listy|listę|liste|koszyka|koszyk|список|корзину|кошик|kikapu|"
          r"orodha")
_PUT = re.compile(rf"(?<!\w)(?:{_PLACE})(?!\w)(?:\s+\S+){{0,8}}?\s+(?:{_INTO})\s+(?:\S+\s+)?(?:{_LISTS})(?!\w)")
_TURKISH = re.compile(r"(?<!\w)(?:\w*listeye|\w*listeme|sepete|sepetime)\s+(?:koy|at|ekle)\w*")


def adds(task: str) -> bool:
    """The task puts a thing on a list or into a cart (see the module docstring)."""
    said = normalize(task)
    return _PUT.search(said) is not None or _TURKISH.search(said) is not None
