"""Superlative and buying requests said plainly, and values read together (invented apps and wordings)."""

from __future__ import annotations

from cascadroid.agents import read_together, subgoals
from cascadroid.agents.answers import superlative
from cascadroid.agents.app_choice import choose
from cascadroid.agents.progress import parts
from cascadroid.agents.ranked_wording import plain, ranked_things, terse_event
from cascadroid.agents.text import words
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo


def test_superlatives_said_another_way_are_the_ranking_words() -> None:
    said = plain("Order the lowest-priced desk lamp in Marketplace, shipping to 5 Elm St.")
    assert "the cheapest desk lamp" in said and superlative(said)
    assert "most expensive" in plain("Show me the priciest blender")
    assert "best-rated" in plain("Open the top-reviewed hiking trail")


def test_whatever_is_cheapest_in_an_apps_section_is_the_cheapest_item_there() -> None:
    assert plain("buy whatever is cheapest in Etsy's Candles category") == \
        "buy the cheapest item in the Candles category in Etsy"


def test_a_ranked_things_attribute_is_said_with_of() -> None:
    assert plain("Call the top-rated taco truck's phone number") == "Call the phone number of the top-rated taco truck"
    assert plain("Call Ana Ruiz's phone number") == "Call Ana Ruiz's phone number"  # no superlative: as it was


def test_where_an_order_goes_is_said_as_ship_it_to() -> None:
    assert plain("buy Garden Hose -> 12 Oak Rd") == 'buy "Garden Hose" and ship it to 12 Oak Rd'
    assert plain("Purchase the yoga mat and have it delivered to 9 Bay Rd") == "Purchase the yoga mat and ship it to 9 Bay Rd"
    assert plain("Send the report, delivered to Bo Li.") == "Send the report, delivered to Bo Li."  # no order
    assert plain("Check out my cart, shipping to 5 Elm St.") == "Check out my cart, shipping to 5 Elm St."


def test_a_ranked_place_kept_as_a_contact_keeps_its_name_and_number() -> None:
    assert canonical("save the nearest pharmacy as a new contact") == \
        "create a new contact with the name and phone number of the nearest pharmacy"
    assert canonical("add a new contact named Ana Ruiz") == "add a new contact named Ana Ruiz"


def test_a_terse_send_of_a_ranked_item_and_a_value_sends_both() -> None:
    assert canonical("tell Bo Li: priciest Blender + rating") == \
        "tell Bo Li the name and rating of the most expensive Blender item"


def test_a_terse_event_has_its_title_day_time_and_place() -> None:
    assert canonical("meeting Design sync Friday 10:30 @ Cafe Uno") == \
        'create a calendar meeting "Design sync" on Friday at 10:30, location: Cafe Uno'
    assert terse_event("event Brunch Sunday 11:00 @ closest Diner") == \
        'create a calendar event "Brunch" on Sunday at 11:00, with the address of the closest Diner as its location'
    assert terse_event("note Plans @ home") == "note Plans @ home"  # no day: not an event


def test_a_quoted_title_added_on_a_day_is_a_calendar_event() -> None:
    assert canonical('add "Dentist" on Tuesday at 9:00') == 'create a calendar event "Dentist" on Tuesday at 9:00'
    assert canonical('add "Milk" to my list') == 'add "Milk" to my list'


def test_its_in_the_request_is_the_ranked_place_a_clause_names() -> None:
    assert canonical("We are going to the nearest Thai place tonight: text Ana Ruiz its address.").startswith(
        "text Ana Ruiz the address of the nearest Thai restaurant")
    assert ranked_things("what the cheapest Blender in Marketplace is") == ["the cheapest Blender in Marketplace"]
    assert ranked_things("the cheapest in town") == []


def test_their_contact_is_the_named_persons() -> None:
    said = canonical("I want to send Bo Li a mug - order it on Etsy and ship it to the address in his contact.")
    assert "Bo Li's address from my contacts" in said


def test_two_values_of_a_ranked_item_are_read_together() -> None:
    part = subgoals.read_part("Find the cheapest blender in Marketplace and email bo@x.org its name and price.")
    assert part is not None and set(part.kinds) == {"name", "amount"}
    part = subgoals.read_part("Text Ana Ruiz the name and address of the nearest Thai place in Maps.")
    assert part is not None and set(part.kinds) == {"name", "address"} and part.rest == "Text Ana Ruiz it."
    plain_pair = subgoals.read_part("Text Ana Ruiz the name and number of my dentist.")
    assert plain_pair is not None and plain_pair.also == ()  # nothing ranked: one value, as before


def test_the_rest_waits_for_every_value_read_together() -> None:
    task = "Text Ana Ruiz the name and price of the cheapest Blender in Marketplace."
    assert subgoals.in_progress(task, {"amount": "$19.00"})[1] is not None
    rest, part = subgoals.in_progress(task, {"amount": "$19.00", "name": "Mini Blend"})
    assert part is None and rest.startswith("Text Ana Ruiz it")


def test_values_are_read_on_the_ranked_items_own_page() -> None:
    row = "Mini Blend | $19.00 · 4.2 ★ (310) · Blenders"
    page = ['[3] ImageButton "Navigate up"', "    Mini Blend", "    $19.00", "    Ships in 2 days"]
    assert read_together.read(("name", "amount"), page, {}, row) == {"name": "Mini Blend", "amount": "$19.00"}
    listing = ['[5] LinearLayout "Mini Blend | $19.00 · 4.2 ★ (310) · Blenders"']
    assert read_together.read(("name", "amount"), listing, {}, row) == {}  # still the list: not chosen yet
    sent = read_together.passed(("amount", "name"), {"name": "Mini Blend", "amount": "$19.00"})
    assert [v.text for v in sent] == ["Mini Blend $19.00"]


def test_a_field_after_a_semicolon_is_no_step_of_its_own() -> None:
    assert parts('create an event "Demo" on Friday; location: Town Hall') == [
        'create an event "Demo" on Friday; location: Town Hall']
    assert parts("Find the recipe in Chrome; text Bo Li it") == ["Find the recipe in Chrome", "text Bo Li it"]


def test_the_value_read_fills_a_field_said_as_it() -> None:
    rest, _ = subgoals.in_progress("Add the event; location: the address of the nearest gym.", {"address": "4 Main St"})
    assert rest.endswith('location: "4 Main St"')


def test_cheapest_needs_a_shopping_app() -> None:
    apps = [AppInfo(label="Marketplace", package="com.example.shopping"), AppInfo(label="Notes", package="com.example.notes")]
    chosen = choose(words("what is the cheapest blender"), "com.example.launcher", apps)
    assert [c.app.label for c in chosen] == ["Marketplace"]


def test_the_number_of_a_ranked_place_is_its_phone_number_and_a_count_stays_a_count() -> None:
    assert canonical("Give me the number of the closest Vet clinic.") == "what is the phone number of the closest Vet clinic?"
    assert canonical("Give me the number of unread emails") == "how many unread emails"


def test_where_a_ranked_place_is_is_its_address() -> None:
    assert canonical("Please tell Ana Ruiz where the nearest Post office is.").startswith(
        "tell Ana Ruiz the address of the nearest Post office")
    assert canonical("text Bo Li where the party is") == "text Bo Li where the party is"  # nothing ranked


def test_a_ranked_items_app_said_after_it_is_where_to_look() -> None:
    part = subgoals.read_part("Text Ana Ruiz the price of the cheapest Blender in Marketplace.")
    assert part is not None and part.rest == "Text Ana Ruiz it." and "Marketplace" in part.question


def test_a_ranked_item_said_in_search_box_order_is_bought_from_its_category():
    from cascadroid.agents.wording import canonical
    assert canonical("zibshop Garden cheapest item - buy, ship to 9 Oak Row") == \
        "buy the cheapest item in the Garden category in zibshop and ship it to 9 Oak Row"
    assert canonical("Kitchen best-rated product: order") == "order the best-rated product in the Kitchen category"
    # must not fire: a verb with its own object after it, a ranked thing with no category
    assert "category" not in canonical("Ada Obi cheapest flight - book it")
    assert "category" not in canonical("the cheapest item - buy it now")
