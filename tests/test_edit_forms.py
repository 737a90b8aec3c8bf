"""An existing item's edit form reached by Android conventions (agents/edit_forms.py): the pencil or the
overflow's Edit on the item's page, and the "Add email" / "More fields" row a new value needs. Invented apps."""

from __future__ import annotations

from fixtures_uidump import node, screen_of

from cascadroid.agents import edit_forms
from cascadroid.agents.candidates import Candidate, rank

TV, IB, ET = "android.widget.TextView", "android.widget.ImageButton", "android.widget.EditText"
LL, BT = "android.widget.LinearLayout", "android.widget.Button"


def details(package: str, name: str, *toolbar: str):
    buttons = [node(IB, (660 + 140 * i, 80, 800 + 140 * i, 220), desc=d, click=True) for i, d in enumerate(toolbar)]
    return screen_of(package, node(IB, (0, 80, 140, 220), desc="Navigate up", click=True), *buttons,
                     node(TV, (40, 300, 1000, 420), text=name),
                     node(LL, (0, 500, 1080, 650), node(TV, (40, 510, 800, 640), text="+1 555 0142"), click=True))


def form(package: str, *extra: str):
    return screen_of(package, node(IB, (0, 80, 140, 220), desc="Cancel", click=True),
                     node(BT, (900, 80, 1080, 220), text="Save", click=True),
                     node(ET, (40, 300, 1040, 420), text="Wen Hao", click=True),
                     node(ET, (40, 450, 1040, 570), text="+1 555 0142", click=True), *extra)


def top(task: str, screen, history=()) -> str:
    return rank(task, "", screen, [], list(history))[0].text


def test_the_pencil_on_the_items_page_opens_its_form():
    assert top("Add the email address wen@hao.example to Wen Hao's contact",
               details("org.example.people", "Wen Hao", "Edit", "More options")) == "tap [2] Edit"
    assert top("add the birthday 12 May to Wen Hao's contact",
               details("jp.example.addressbook", "Wen Hao", "編集", "その他のオプション")) == "tap [2] 編集"
    assert top("add the website wenhao.example to Wen Hao's card",
               details("de.example.kontakte", "Wen Hao", "Bearbeiten")) == "tap [2] Bearbeiten"


def test_without_a_pencil_the_overflow_is_opened():
    assert top("Add the email address wen@hao.example to Wen Hao's contact",
               details("org.example.people", "Wen Hao", "Favorite", "More options")) == "tap [3] More options"


def test_no_edit_is_pressed_without_a_new_value_or_on_a_list():
    assert top("delete Wen Hao's contact", details("org.example.people", "Wen Hao", "Edit", "More options")) != "tap [2] Edit"
    listing = screen_of("org.example.people", node(IB, (900, 80, 1080, 220), desc="Edit", click=True),
                        node(LL, (0, 300, 1080, 450), node(TV, (40, 320, 900, 430), text="Wen Hao"), click=True))
    assert top("Add the email address wen@hao.example to Wen Hao's contact", listing) != "tap [1] Edit"


def test_a_form_without_the_field_shows_it_through_its_add_row():
    assert top("Add the email address wen@hao.example to Wen Hao's contact",
               form("org.example.people", node(BT, (40, 600, 600, 700), text="Add address", click=True),
                    node(BT, (40, 720, 600, 820), text="Add email", click=True))) == "tap [6] Add email"
    assert top("add the phone number +1 555 0199 to Wen Hao's contact",
               form("org.example.people", node(BT, (40, 600, 600, 700), text="More fields", click=True))) == \
        "tap [5] More fields"
    with_field = form("org.example.people", node(ET, (40, 600, 1040, 700), text="", click=True, focused=True))
    assert top("Add the email address wen@hao.example to Wen Hao's contact", with_field).startswith("type")


def test_a_changed_value_is_typed_over_the_old_one_not_into_a_new_field():
    screen = form("org.example.people", node(BT, (40, 600, 600, 700), text="More fields", click=True))
    assert top("change Wen Hao's phone number to +1 555 0199", screen) != "tap [5] More fields"


def test_a_question_about_the_item_opens_no_form():
    page = details("org.example.people", "Wen Hao", "Edit", "More options")
    assert top("is +1 555 0142 the phone number of Wen Hao?", page) != "tap [2] Edit"


def test_the_value_just_saved_on_the_items_page_is_the_result_not_a_row_to_open():
    page = screen_of("org.example.people", node(IB, (0, 80, 140, 220), desc="Navigate up", click=True),
                     node(TV, (40, 300, 1000, 420), text="Wen Hao"),
                     node(LL, (0, 500, 1080, 650), node(TV, (40, 510, 800, 640), text="wen@hao.example | Email"), click=True))
    row = next(i for i, label in page.labels.items() if "wen@hao.example" in label)
    typed_line = {"kind": "type", "outcome": "success", "line": 'type [3] "email field" "wen@hao.example"'}
    saved = [typed_line, {"kind": "tap", "outcome": "success", "line": 'tap [1] "Save"'}]
    task = "Add the email address wen@hao.example to Wen Hao's contact"
    for history, drop in ((saved, edit_forms.SAVED_PENALTY), ([typed_line], 0.0)):  # typed but not saved: no result yet
        out = [Candidate({"kind": "tap", "element": row}, "tap the row", 3.0)]
        edit_forms.adjust(out, task, page, ["Wen Hao"], history)
        assert out[0].score == 3.0 - drop


def card_with_email(name: str, address: str):
    return screen_of("org.example.people", node(IB, (0, 80, 140, 220), desc="Navigate up", click=True),
                     node(IB, (660, 80, 800, 220), desc="Edit contact", click=True),
                     node(TV, (40, 300, 1000, 420), text=name),
                     node(LL, (0, 500, 1080, 650), node(TV, (40, 510, 800, 640), text=f"{address} | Email"), click=True))


def test_a_mail_to_the_person_whose_card_shows_opens_from_their_address_not_the_form():
    page = card_with_email("Ines Varga", "ines.v@post.example")
    assert top('Email Ines Varga (her address is in my contacts) with the subject "Rota" saying "Swap Friday?"',
               page) == "tap [4] ines.v@post.example | Email"
    assert top('could you send Ines Varga an email? subject "Keys", message "Under the mat"', page) == \
        "tap [4] ines.v@post.example | Email"
    assert top('mail Ines Varga with the subject "Lunch" saying "Noon works"', page) == "tap [4] ines.v@post.example | Email"


def test_a_value_for_the_card_itself_still_opens_the_form():
    page = card_with_email("Ines Varga", "ines.v@post.example")
    assert top("add the phone number +1 555 0177 to Ines Varga's contact", page) == "tap [2] Edit contact"
    task = 'Email Ines Varga with the subject "Rota" saying "Swap Friday?"'
    other = card_with_email("Pavel Horak", "pavel@post.example")  # the mail is for someone else: no lift for this address

    def row_score(screen) -> float:
        return next(c.score for c in rank(task, "", screen, [], []) if "@post.example" in c.text)
    assert row_score(other) < row_score(page) - 1.5
