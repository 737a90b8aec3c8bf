"""Shopping: the purchase funnel and the cart, as shops lay them out (Amazon, eBay, Play Store, Zalando).

"Buy X" is never one button: a product page offers "Buy now" or "Add to cart"; the cart ("Cart, 2
items", a basket icon) leads to "Proceed to checkout", where the shipping address is filled in
and "Place your order" ends it. A task about the cart itself ("remove X from my cart", "the total
of my cart", "check out my cart as it is") opens the cart first and adds nothing. On the cart
screen a total is read from its "Subtotal" / "Total" line. Shop conventions in the languages
phones ship (a control the UI glossary reads as buying and nothing else orders, whatever its words); plain English task
grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from . import ui_glossary
from .answers import Asked
from .money_amounts import SYMBOLS
from .perceptor import Screen
from .ranked import Ranked
from .text import normalize

_BUYING = re.compile(r"\b(?:buy|order|purchase|check ?out|checkout|get me|pay for)\b", re.I)
_CART_TASK = re.compile(r"\b(?:my|the)\s+(?:\w+\s+)?(?:cart|basket|bag|trolley)\b(?!\s+(?:button|icon))", re.I)
_ADDING = re.compile(r"\b(?:add|put)\b[^.?!]*\b(?:to|in|into)\s+(?:my|the)\s+(?:\w+\s+)?(?:cart|basket|bag|trolley)\b", re.I)


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(normalize(p) for p in text.split("|"))


CART = _phrases("cart|basket|shopping bag|bag|trolley|warenkorb|einkaufswagen|panier|carrito|cesta|carrello|carrinho|"
                "winkelwagen|koszyk|корзина|カート|장바구니|购物车|購物車|سلة")
ADD_TO_CART = _phrases("add to cart|add to basket|add to bag|add to trolley|in den einkaufswagen|in den warenkorb|"
                       "ajouter au panier|añadir a la cesta|añadir al carrito|agregar al carrito|aggiungi al carrello|"
                       "adicionar ao carrinho|カートに入れる|장바구니 담기|加入购物车")
CHECKOUT = _phrases("proceed to checkout|go to checkout|continue to checkout|checkout|check out|proceed to buy|"
                    "zur kasse|passer la commande|passer à la caisse|tramitar pedido|finalizar compra|procedi all'ordine|"
                    "ir para o checkout|レジに進む|결제하기|去结算|结算")
PLACE_ORDER = _phrases("place your order|place order|buy now|confirm order|complete purchase|submit order|pay now|"
                       "jetzt kaufen|kaufen|bestellen|zahlungspflichtig bestellen|acheter maintenant|commander|"
                       "comprar ahora|realizar pedido|acquista ora|compra ora|comprar agora|注文を確定する|今すぐ買う|"
                       "구매하기|提交订单|立即购买")
_TAKING_OUT = _phrases("remove|delete|decrease quantity|entfernen|löschen|supprimer|eliminar|rimuovi|excluir")
_TOTAL = re.compile(r"\b(?:sub-?total|order total|total|amount due|gesamtsumme|zwischensumme|summe|gesamt|"
                    r"sous-total|montant|importe|totale)\b", re.I)


def is_cart_button(label: str) -> bool:
    """The cart itself ("Cart, 2 items", "3 | Корзина"), not a control putting the item into it."""
    text = _COUNT.sub("", normalize(label))
    return any(re.match(rf"{re.escape(c)}\b", text) for c in CART) and not _starts(text, ADD_TO_CART) \
        and not _into_cart(text)


def adjust(candidates: list[Ranked], task: str, screen: Screen, since: Sequence[dict[str, Any]], pending: bool,
           asked: Asked | None = None, make: Callable[[dict[str, Any], str, float], Ranked] | None = None) -> None:
    """Raise the next step of the purchase funnel, or the cart for a task about the cart; answer a
    question about the cart's total from its Total line."""
    if asked is not None and asked.kind == "amount" and make is not None and (cart_total := total(task, screen)):
        candidates.append(make({"kind": "done", "answer": cart_total}, f"answer {cart_total!r} and finish", 6.5))
    if not _ADDING.search(task) and _to_cart(task) and asked is None and not _going(task):
        _put_in_cart(candidates, screen)  # "masukin keranjang", "bỏ ... vào giỏ hàng", "fi ... sínú cart"
        return
    buying = bool(_BUYING.search(task))
    cart_task = bool(_CART_TASK.search(task) or "cart" in ui_glossary.asked(task)) and not _ADDING.search(task)
    # its items, not one to add ("открой корзину", "ouvre mon panier"; putting one in was read above)
    # "帮我下单", "realiza el pedido": an order asked for in any language ends at the checkout's own button
    ordering = asked is None and bool(ui_glossary.asked(task) & {"buy", "order"})
    paying = asked is None and "pay" in ui_glossary.asked(task)  # "去付款", "go pay" on a cart: its checkout
    if not (buying or cart_task or ordering or paying):
        return
    labels = [(c, normalize(screen.labels.get(c.action.get("element", -1), ""))) for c in candidates
              if c.action.get("kind") in ("tap", "long_press")]
    if paying and not (buying or ordering or cart_task):
        _pay_at_checkout(labels)
        return
    added = any(h.get("kind") == "tap" and h.get("outcome") == "success" and _starts(_label(h), ADD_TO_CART) for h in since)
    product_page = any(_starts(text, ADD_TO_CART) for _, text in labels)  # "立即购买" beside "加入购物车": no order yet
    in_cart = any(_starts(text, CHECKOUT) for _, text in labels) or any(_TOTAL.search(line) for line in screen.lines)
    if cart_task and not in_cart:
        for c in candidates:
            if c.action.get("kind") == "done" and c.action.get("answer"):
                c.score -= 4.0  # the cart's own screen says it, not a product list
    for c, text in labels:
        if not text:
            continue
        if c.action.get("kind") == "long_press":
            c.score -= 3.0 if buying and not cart_task and _starts(text, _TAKING_OUT) else 0.0
        elif (buying or ordering and not product_page) and (_starts(text, PLACE_ORDER) or _buys(text)):
            c.score += 4.0 if not pending else 0.5  # the address first, then the order
        elif buying and _starts(text, CHECKOUT):
            c.score += 3.8 + (3.0 if added else 0.0)  # the item is in: on to checkout, not back to its page
        elif buying and not cart_task and not added and _starts(text, ADD_TO_CART):
            c.score += 3.5
        elif buying and not cart_task and _starts(text, _TAKING_OUT):
            c.score -= 3.0  # buying takes nothing out of the cart
        elif is_cart_button(text) and not in_cart and (added or cart_task):
            c.score += 5.5 if cart_task else 3.2  # a cart task: above a row naming the item (its page is no cart)


def _pay_at_checkout(labels: Sequence[tuple[Ranked, str]]) -> None:
    """Paying for what a cart holds is its checkout: raise the cart's checkout button (in any language the glossary
    reads as checkout) when no control of the screen pays by its own name ("Pay now", "付款")."""
    said = [(c, text, ui_glossary.concepts(ui_glossary.control_words(text))) for c, text in labels if text]
    if any("pay" in meant for _, _, meant in said):
        return
    for c, text, meant in said:
        if c.action.get("kind") == "tap" and (_starts(text, CHECKOUT) or "checkout" in meant):
            c.score += 3.8


# Words that put a thing into a place, said right before the cart's word ("vào giỏ hàng", "sínú cart", "ke keranjang").
_LONG = 6  # letters of a word whose ending a case changes
_COUNT = re.compile(r"^[\d\s|,.·:]+")  # a count before the cart's word ("3 | Корзина")
_INTO = frozenset("in into to vào sínú sí ke dalam en al a no na ao dans au à nel nella im ins в на içine ye".split())
_PRICE = re.compile(rf"\d[\d.,]*\s?(?:[{SYMBOLS}]|rp\b|kr\b)|(?:[{SYMBOLS}]|\brp|r\$)\s?\d", re.I)
# Verbs of going (imperatives and infinitives) of the languages phones ship, and of taking the user somewhere ("take me").
_GOING = frozenset("go head navigate ir ve vaya vamos va aller allez allons vai andare andiamo geh gehe gehen ga gaan "
                   "перейди перейти иди зайди przejdź idź pergi đi llévame llevame portami levame".split())
_TAKING = frozenset("take bring get emmène porta leva".split())
_ME = frozenset("me us moi mich".split())
_ARTICLES = "the|my|el|la|mi|o|meu|minha|le|mon|ma|den|die|das|meinen|het|de|mijn|il|mio|lo|mój|moje"


def _to_cart(task: str) -> bool:
    """A task in any language that puts the thing shown into the cart: the cart named with an adding word, or
    right after a word that puts it in ("masukin keranjang", "bỏ cái nồi này vào giỏ hàng", "fi ... sínú cart mi")."""
    named = ui_glossary.asked(task)
    if "cart" not in named:
        return False
    if "add" in named:
        return True
    return _into_cart(normalize(task))


def _going(task: str) -> bool:
    """The user goes to the cart, nothing is put in it: a verb of going right before the cart's putting word ("go to my
    cart", "take me to the cart", "ir a mi carrito", "va dans mon panier", "перейди в корзину"); a verb of putting may
    drop its object ("put in cart", "masukin ke keranjang") and still puts the thing shown in."""
    said = normalize(task).split()
    said = said[1:] if said[:1] in (["please"], ["pls"]) else said
    if len(said) < 3 or said[0] not in _GOING and not (said[0] in _TAKING and said[1] in _ME):
        return False
    rest = said[2:] if said[1] in _ME else said[1:]
    return rest[0] in _INTO and _into_cart(" ".join(rest))


def _into_cart(said: str) -> bool:
    """The cart's word right after a word that puts a thing in ("in den Einkaufswagen", "в корзину", "vào giỏ hàng")."""
    return any(re.search(rf"(?:^|\s){re.escape(w)}\s+(?:(?:{_ARTICLES})\s+)?{re.escape(_stem(c))}\w{{0,2}}\b", said)
               for c in _cart_words(said) for w in _INTO)


def _cart_words(said: str) -> list[str]:
    """The cart's words in ``said``, an inflection's last letter aside ("корзину")."""
    return [c for c in (*CART, "keranjang", "giỏ hàng", "kikapu", "sepet", "кошик") if _stem(c) in said]


def _stem(word: str) -> str:
    """A long word without its last letter, which a case may change ("корзина", "корзину"); a short one whole."""
    return word[:-1] if len(word) >= _LONG else word


def _put_in_cart(candidates: list[Ranked], screen: Screen) -> None:
    """Raise the control that adds to the cart (in place): "Add to cart", "+ Keranjang", "Thêm vào giỏ", the page's
    own (no row priced as another item holds it) first; the cart itself ("Cart | 2") only shows what is in it."""
    for c in candidates:
        element = c.action.get("element")
        if c.action.get("kind") != "tap" or not isinstance(element, int):
            continue
        label = screen.labels.get(element, "")
        meant = ui_glossary.concepts(ui_glossary.control_words(label))
        if "add" in meant and set(meant) <= {"add", "cart"} or "cart" in meant and label.lstrip().startswith("+") \
                or _into_cart(normalize(label)):  # "In den Einkaufswagen": it puts the item in
            c.score += 2.0 + (0.0 if _PRICE.search(screen.context.get(element, "")) else 0.5)  # not another item's row
        elif "cart" in meant or is_cart_button(label):
            c.score -= 0.5


def total(task: str, screen: Screen) -> str | None:
    """The cart's total for "what is the total of my cart": the amount on its Total / Subtotal line."""
    if not re.search(r"\b(?:total|sum|cost|how much)\b", task, re.I):
        return None
    for line in screen.lines:
        if _TOTAL.search(line):
            m = re.search(r"[$€£¥₹]\s?\d[\d,.]*\d|\d[\d,.]*\d\s?(?:€|£|\$)", line[_TOTAL.search(line).start():])
            if m:
                return m.group(0)
    return None


def _buys(text: str) -> bool:
    """A control that means buying and nothing else by the UI glossary, in whatever words ("今すぐ購入", "Hemen Al",
    "바로 구매"): the page's own order button, as "Buy now" is (the phrase list above names only some of them; its English
    ones are as the list says)."""
    meant = ui_glossary.concepts(ui_glossary.control_words(text))
    return set(meant) == {"buy"} and "en" not in meant["buy"]  # English names are the list's: "Buy" alone may be a row's


def _label(entry: dict[str, Any]) -> str:
    line = entry.get("line", "")
    return normalize(line.split('"')[1]) if line.count('"') >= 2 else ""


def _starts(text: str, phrases: tuple[str, ...]) -> bool:
    return any(text == p or text.startswith(p + " ") or text.startswith(p + ",") for p in phrases)
