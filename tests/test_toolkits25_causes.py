"""Causes of misses found on the real-screen batch toolkits25 (released in the thirty-seventh session), each
tested on an invented screen of another app, in other words."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.text import words
from cascadroid.agents.verb_final import applies, verb_words

# --- Amharic and Tigrinya (Ethiopic script) are verb-final: the act is the last word -------------------------


def test_an_amharic_or_tigrinya_task_has_its_verb_last():
    assert applies("ለሄለን መልእክት ላክ") and verb_words("ለሄለን መልእክት ላክ") == words("ላክ", stopwords=frozenset())
    assert applies("ናብ ሰላም ደውል")


def test_an_amharic_call_in_a_chat_thread_taps_the_toolbar_call_icon_not_the_name_said_first():
    observation, screen = screen_of(  # an SMS thread: the person's name and the call icons in one toolbar
        node("LinearLayout", (0, 110, 1080, 260), "", "",
             node("ImageButton", (10, 130, 130, 250), "", "ተመለስ", clickable=True),
             node("LinearLayout", (140, 130, 700, 250), "", "",
                  node("ImageView", (150, 150, 230, 230), "", ""),
                  node("TextView", (250, 160, 690, 220), "ሄለን ታደሰ"), clickable=True),
             node("ImageButton", (720, 130, 840, 250), "", "የቪዲዮ ጥሪ", clickable=True),
             node("ImageButton", (840, 130, 960, 250), "", "ደውል", clickable=True),
             node("ImageButton", (960, 130, 1080, 250), "", "ተጨማሪ አማራጮች", clickable=True)),
        node("TextView", (140, 400, 760, 520), "ነገ እንገናኝ?"),
        node("EditText", (40, 2200, 900, 2320), "መልእክት", clickable=True))
    call = element(observation, content_desc="ደውል")
    assert first("ሄለን ጋር ደውል", screen) == {"kind": "tap", "element": call.id}


# --- a customer, account or booking code (capitals glued to five digits or more) is typed whole -------------------


def test_a_code_of_capitals_and_digits_is_one_value_not_a_phone_number():
    from cascadroid.agents.values import task_values

    assert [(v.text, v.kind) for v in task_values("pay the water bill for account WS88120457")] == [("WS88120457", "reference")]
    assert [(v.text, v.kind) for v in task_values("text 0917 555 2290 that I'm late")][:1] == [("0917 555 2290", "phone")]


def test_a_field_hinting_an_example_code_takes_the_tasks_code_whole():
    observation, screen = screen_of(  # a water utility's bill page in a WebView: each hint shows an example value
        node("ImageButton", (10, 130, 130, 250), "", "Kembali", clickable=True),
        node("TextView", (140, 150, 900, 230), "Tagihan Air PDAM"),
        node("Button", (40, 300, 1040, 420), "PDAM Kota Bandung", clickable=True),
        node("EditText", (40, 480, 1040, 600), "Nomor HP (contoh: 0812...)", clickable=True),
        node("EditText", (40, 640, 1040, 760), "ID pelanggan (contoh: KB2207...)", clickable=True),
        node("Button", (40, 1900, 1040, 2040), "Lanjut", clickable=True))
    field = [e for e in observation.elements if e.cls.endswith("EditText")][1]
    assert first("bayar tagihan air pelanggan KB22077310", screen) == {"kind": "type", "element": field.id, "text": "KB22077310"}


# --- a sum sent where no control says transfer: a person's chat in a payments app sends it with its Pay ------------


def _payment_chat():
    return screen_of(  # a PhonePe-like chat with one person: past payments above, Pay and Request at the foot
        node("ImageButton", (10, 130, 130, 250), "", "Back", clickable=True),
        node("TextView", (150, 150, 800, 230), "Meera Iyer"),
        node("TextView", (380, 600, 1040, 760), "You paid ₹250 · Auto fare"),
        node("TextView", (40, 800, 700, 960), "Meera paid you ₹1,100 · Groceries"),
        node("Button", (40, 2040, 330, 2160), "", "Pay", clickable=True),
        node("Button", (360, 2040, 650, 2160), "", "Request", clickable=True))


def test_a_sum_sent_in_a_persons_payment_chat_taps_pay_not_request():
    observation, screen = _payment_chat()
    pay = element(observation, content_desc="Pay")
    assert first("meera ko 400 rupaye bhejo", screen) == {"kind": "tap", "element": pay.id}
    assert first("send Meera ₹400 for the cab", screen) == {"kind": "tap", "element": pay.id}


def test_a_sum_sent_on_a_bank_home_showing_transfer_still_taps_transfer():
    observation, screen = screen_of(
        node("TextView", (40, 150, 800, 230), "Hi, Ravi"),
        node("Button", (40, 400, 330, 560), "", "Transfer", clickable=True),
        node("Button", (360, 400, 650, 560), "", "Pay bills", clickable=True),
        node("Button", (680, 400, 970, 560), "", "Top up", clickable=True))
    transfer = element(observation, content_desc="Transfer")
    assert first("send ₹400 to Meera", screen) == {"kind": "tap", "element": transfer.id}


def test_a_sum_sent_on_a_wallet_home_with_a_send_tile_taps_send_not_pay():
    observation, screen = screen_of(  # a wallet's home: Pay (show the barcode) and Send / Receive
        node("Button", (40, 400, 520, 560), "", "Pay | Show barcode", clickable=True),
        node("Button", (560, 400, 1040, 560), "", "Send / Receive", clickable=True),
        node("Button", (40, 600, 520, 760), "", "Scan", clickable=True))
    send = element(observation, content_desc="Send / Receive")
    assert first("send ₹400 to Meera", screen) == {"kind": "tap", "element": send.id}
