"""agents/cart_contents.py: what is in my cart, read first and texted on; invented wordings and carts, with cases that
must not fire."""

from cascadroid.agents import cart_contents, subgoals
from cascadroid.agents.picked_callers import PICKED

BASKET = ["    Basket", "    Total: €9.40", '[11] Button "Checkout"', "    Rye bread", "    Qty 2 · €5.00",
          '[17] ImageButton "Remove Rye bread"', "    Oat milk", "    Qty 1 · €1.90", '[22] ImageButton "Remove Oat milk"',
          "    Plums", "    Qty 1 · €2.50", '[27] ImageButton "Remove Plums"']


def test_the_cart_is_read_first_then_texted():
    for said in ("Text Ines Duarte what is in my Grocer basket.", "sms Ines Duarte my basket items",
                 "Send Ines Duarte an SMS listing everything that is in my basket",
                 "What is in my basket? Text the list to Ines Duarte."):
        found = cart_contents.cart_part(said, PICKED)
        assert found is not None and found[2] == f'text Ines Duarte: "{PICKED}"', said
        part = subgoals.read_part(said)
        assert part is not None and part.object == cart_contents.OBJECT, said
    assert subgoals.in_progress("sms Ines Duarte my basket items", {cart_contents.KIND: "Plums"})[0] == \
        'text Ines Duarte: "Plums"'


def test_the_items_by_their_remove_buttons_or_above_their_quantity():
    assert cart_contents.read(BASKET) == "Rye bread, Oat milk and Plums"
    plain = ["    Cart", "    Tent pegs", "    Qty 4", "    Head torch", "    Qty 1"]
    assert cart_contents.read(plain) == "Tent pegs and Head torch"


def test_must_not_fire():
    assert cart_contents.cart_part("Text Ines Duarte that the basket is on the table", PICKED) is None
    assert cart_contents.cart_part("What is in my basket?", PICKED) is None  # a question alone
    assert cart_contents.read(["    Rye bread", "    €2.50", '[16] Button "Add to basket"']) is None  # not a cart page


def test_the_cart_written_into_a_new_note_one_item_a_line():
    for task in ('Copy what\'s in my basket into a new note called "Before payday", one item per line.',
                 "I want a record of my Grocer basket. Make a note titled Before payday listing each product in the "
                 "basket on its own line."):
        found = cart_contents.cart_part(task, "<picked>")
        assert found == ("What is in my cart?", cart_contents.LINES,
                         'Create a new note titled "Before payday" saying "<picked>"'), task
    basket = ["    Basket", '[20] ImageButton "Remove Rye bread"', '[21] ImageButton "Remove Oat milk"']
    assert cart_contents.read(basket, cart_contents.LINES) == "Rye bread\nOat milk"
    assert cart_contents.read(basket) == "Rye bread and Oat milk"  # a text keeps one line
    for task in ("Make a note titled Before payday saying buy bread", "Add Rye bread to my basket",
                 'Write "Rye bread" into a new note called "Basket"'):
        assert cart_contents.cart_part(task, "<picked>") is None, task  # must not fire: no cart contents read
