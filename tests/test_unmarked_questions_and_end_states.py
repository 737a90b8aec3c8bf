"""Questions asked without an English question mark, values bound to an object said another way, and end states
already on the screen (finish43: done/answer candidates absent on unseen apps). Invented apps, places and people."""

from screens_made import stacked_rows_screen
from test_chat_bubbles import APPS, conversation

from cascadroid.agents import answers, spelling
from cascadroid.agents.acronyms import spelled
from cascadroid.agents.candidates import rank


def _first(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def test_a_greek_question_ends_with_a_semicolon_and_thai_with_its_interrogative():
    # U+037E, the Greek question mark, is the semicolon once normalised; Thai writes no mark at all
    assert answers.asked("Τι ώρα ανοίγει το φαρμακείο;").kind == "time"
    assert answers.asked("Πόσοι βαθμοί είναι στην Πάτρα;").kind == "temperature"
    assert answers.asked("ร้านขายยาปิดกี่โมงครับ").kind == "time"
    # a semicolon after English, or Thai without an interrogative, asks nothing
    assert answers.asked("turn on wifi; then bluetooth;") is None
    assert answers.asked("ตั้งปลุกตอนเจ็ดโมง") is None


def test_a_temperature_under_the_place_title_is_the_answer():
    page = stacked_rows_screen("gr.example.kairos", [("Πάτρα", False), ("Η τοποθεσία μου", False), ("12°", False),
                                         ("Βροχή", False), ("15° / 7°", False), ("Επιλογές", True)])
    assert _first("Πόσοι βαθμοί είναι στην Πάτρα;", page) == {"kind": "done", "answer": "12°"}


def test_a_name_said_by_its_initials_is_the_row_written_in_full():
    assert spelled("RBC", ["Royal Bank of Canada - 0042"]) == "Royal Bank of Canada"
    assert spelled("RBC", ["Rogers Home Internet"]) is None
    bank = stacked_rows_screen("in.example.upi", [("Bank accounts", False), ("Royal Bank of Canada - 0042", False),
                                      ("Chequing", False), ("Available balance", False), ("$1,204.18", False),
                                      ("Done", True)])
    assert _first("how much money is in my RBC account?", bank) == {"kind": "done", "answer": "$1,204.18"}


def test_hinglish_interrogatives_ask_kinds_of_value():
    for task, kind in (("HDFC card ka bill kitna hai?", "amount"), ("ye jacket kitne ka hai?", "amount"),
                       ("meeting kitne baje hai?", "time"), ("airport kitni door hai?", "distance"),
                       ("pizza aane mein kitna time lagega?", "duration")):
        assert answers.asked(task).kind == kind, task


def test_a_cart_notice_said_as_put_in_finishes_the_add():
    shop = stacked_rows_screen("it.example.negozio", [("Inserito nel carrello", False), ("Cuffie Sony WH-1000XM5", False),
                                          ("Quantità: 1", False), ("Vai al carrello", True), ("Procedi all'ordine", True),
                                          ("Aggiungi al carrello", True)])
    assert _first("aggiungi le cuffie Sony al carrello", shop)["kind"] == "done"


def test_a_sent_message_with_an_emoji_after_it_is_not_sent_again():
    action = rank("text Noor that I'm running late", "", conversation("are you coming tonight?", "I'm running late 😅"),
                  APPS, [])[0].action
    assert action.get("kind") == "done" and not action.get("answer")
    again = rank("text Noor that I'm running late", "", conversation("are you coming tonight?", "I'm running late?"),
                 APPS, [])[0].action
    assert again["kind"] == "type"  # a question of its own is another message


def test_a_setting_already_at_the_asked_number_finishes():
    room = [("Badezimmer", False), ("Thermostat", False), ("21°", False), ("Heizen", False)]
    controls = [("Temperatur senken", True), ("Temperatur erhöhen", True), ("Zeitplan", True)]
    assert _first("stell die Heizung im Badezimmer auf 21", stacked_rows_screen("de.example.heizung", room + controls))["kind"] == "done"
    colder = [("Badezimmer", False), ("Thermostat", False), ("19°", False), ("Heizen", False)]
    assert _first("stell die Heizung im Badezimmer auf 21", stacked_rows_screen("de.example.heizung", colder + controls))["kind"] != "done"
    other_room = [("Küche", False), ("Thermostat", False), ("21°", False), ("Heizen", False)]
    assert _first("stell die Heizung im Badezimmer auf 21", stacked_rows_screen("de.example.heizung", other_room + controls))["kind"] != "done"
    picker = [("Badezimmer", False), ("Zieltemperatur", False), ("20°", True), ("21°", True), ("22°", True)]
    assert _first("stell die Heizung im Badezimmer auf 21", stacked_rows_screen("de.example.heizung", picker))["kind"] != "done"


def test_a_french_question_is_not_respelled_as_english():
    assert spelling.respelled("À quelle heure part le train ?") == "À quelle heure part le train ?"
    assert spelling.respelled("à quelle heure part le bus ?") == "à quelle heure part le bus ?"
    assert spelling.respelled("set an akarm for 7") == "set an alarm for 7"
