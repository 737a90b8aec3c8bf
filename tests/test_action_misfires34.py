"""Misfires of session 34 between what the task asks to do and what a control does (invented apps), each with its
must-not-fire cases: going to the cart is no adding to it; "my last statement" among account rows is the statements
row; a request after "just" whatever its verb; "instead" is no message; reading an email is no "Mark as read"."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.wording import canonical


def _product(add: str, buy: str, basket: str, tabs: tuple[str, str, str]):
    return screen_of(
        node("ImageButton", (900, 100, 1060, 240), "", f"{basket}, 1", clickable=True),
        node("TextView", (40, 300, 1040, 400), "Kettlewood stovetop kettle, 1.7 l"),
        node("TextView", (40, 420, 1040, 500), "€39.90"),
        node("Button", (40, 1500, 1040, 1620), add, clickable=True),
        node("Button", (40, 1650, 1040, 1770), buy, clickable=True),
        *(node("FrameLayout", (i * 360, 2200, (i + 1) * 360, 2350), "", tab, node("TextView", (i * 360, 2290, (i + 1) * 360, 2340), tab),
               clickable=True) for i, tab in enumerate(tabs)))


def test_going_to_the_basket_opens_it_and_putting_in_it_adds():
    for task in ("go to my basket", "take me to the basket", "please go to the basket"):
        observation, screen = _product("Add to basket", "Buy now", "Basket", ("Home", "Basket", "Account"))
        action = first(task, screen)
        assert action.get("kind") == "tap" and action["element"] != element(observation, text="Add to basket").id, task
    for task in ("put the kettle in my basket", "add it to the basket", "put in basket"):  # must not fire: it puts
        observation, screen = _product("Add to basket", "Buy now", "Basket", ("Home", "Basket", "Account"))
        assert first(task, screen) == {"kind": "tap", "element": element(observation, text="Add to basket").id}, task
    for task in ("ir a mi cesta", "llévame a la cesta"):
        observation, screen = _product("Añadir a la cesta", "Comprar ya", "Cesta", ("Inicio", "Cesta", "Cuenta"))
        action = first(task, screen)
        assert action.get("element") != element(observation, text="Añadir a la cesta").id, task
    for task in ("ponlo en la cesta", "mete la tetera en la cesta"):  # must not fire: its object said (on the verb)
        observation, screen = _product("Añadir a la cesta", "Comprar ya", "Cesta", ("Inicio", "Cesta", "Cuenta"))
        assert first(task, screen) == {"kind": "tap", "element": element(observation, text="Añadir a la cesta").id}, task


def _rows(*titles: tuple[str, str]):
    kids = []
    for n, (title, summary) in enumerate(titles):
        top = 300 + 220 * n
        kids.append(node("LinearLayout", (0, top, 1080, top + 200), "", "",
                         node("TextView", (40, top + 20, 1000, top + 90), title),
                         node("TextView", (40, top + 100, 1000, top + 170), summary), clickable=True))
    return screen_of(node("RecyclerView", (0, 280, 1080, 2000), "", "", *kids, scrollable=True))


def test_the_last_item_of_a_kind_is_a_row_titled_so_among_other_rows():
    observation, screen = _rows(("Everyday Account ••4410", "Balance €1,204.55"), ("Rainy Day Saver ••9031", "Balance €3,000.00"),
                                ("Statements and tax forms", "Monthly PDFs, yearly summaries"))
    row = element(observation, text="Statements and tax forms")
    action = first("view my last statement", screen)
    assert action.get("kind") == "tap" and action["element"] in (row.id, screen.target(row.id))
    observation, screen = _rows(("Hollow Post", "Confirm your email address"), ("Nadia Berg", "Tickets for Friday"),
                                ("Quarry Bank", "Your statement is ready"))
    newest = element(observation, text="Hollow Post")  # must not fire: a word in a row's summary titles no row
    action = first("open the latest email", screen)
    assert action.get("kind") == "tap" and action["element"] in (newest.id, screen.target(newest.id))


def test_a_request_after_just_takes_any_verb():
    assert canonical("don't cancel the order, just track it") == "track the order"
    assert canonical("don't delete it, just archive it") == "archive it"
    for kept in ("don't buy the blue one, just the red", "I don't want the blue one, just the red"):
        assert "blue" in canonical(kept), kept  # must not fire: a thing after "just", no request of its own


def test_instead_is_no_message():
    assert "saying" not in canonical("text her instead")
    assert "saying" not in canonical("don't call her, text her instead")
    assert canonical("tell her happy birthday") == 'tell her saying "happy birthday"'  # must not fire: words said
    assert canonical("text him good luck") == 'text him saying "good luck"'


def test_reading_a_message_is_no_mark_as_read():
    observation, shown = screen_of(node("LinearLayout", (0, 300, 1080, 500), "", "",
                                        node("TextView", (40, 320, 1000, 390), "Nadia Berg"),
                                        node("TextView", (40, 400, 1000, 470), "Are we still on for lunch?"), clickable=True),
                                   node("Button", (40, 520, 500, 640), "Reply", clickable=True),
                                   node("Button", (540, 520, 1040, 640), "Mark as read", clickable=True))
    row = element(observation, text="Nadia Berg")
    for task in ("read the message from Nadia", "read Nadia's message"):
        action = first(task, shown)
        assert action.get("kind") == "tap" and action["element"] in (row.id, shown.target(row.id)), task
    observation, shown = screen_of(node("TextView", (40, 320, 1000, 390), "Your statement is ready"),  # the email open
                                   node("Button", (40, 520, 500, 640), "Reply", clickable=True),
                                   node("Button", (540, 520, 1040, 640), "Mark as read", clickable=True))
    mark = {"kind": "tap", "element": element(observation, text="Mark as read").id}
    assert first("mark it as read", shown) == mark  # must not fire: the state said
