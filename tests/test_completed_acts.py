"""The task's act shown done in a completed form (agents/completed_acts.py): notices and state labels of acts other
than sending or adding, in several languages. Invented apps, items and people."""

from screens_made import stacked_rows_screen

from cascadroid.agents import completed_acts
from cascadroid.agents.candidates import rank


def _first(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def test_participles_of_the_task_word_in_several_languages():
    for task_word, shown in (("delete", "deleted"), ("pin", "pinned"), ("send", "sent"), ("lösche", "gelöscht"),
                             ("abonniere", "abonniert"), ("archiva", "archivada"), ("envía", "enviado"),
                             ("supprime", "supprimé"), ("удали", "удалено"), ("sil", "silindi"), ("hapus", "dihapus"),
                             ("verwijder", "verwijderd"), ("blocca", "bloccato")):
        assert completed_acts.completed_form(task_word, shown), (task_word, shown)
    for task_word, shown in (("star", "start"), ("delete", "delete"), ("mute", "mutes"), ("pay", "payment"),
                             ("set", "settings"), ("archive", "archives")):
        assert not completed_acts.completed_form(task_word, shown), (task_word, shown)


def test_a_snackbar_saying_the_act_done_finishes_it():
    chats = stacked_rows_screen("es.example.chat", [("Chats", False), ("Marta Gil | ¿Vienes mañana?", True),
                                                    ("Grupo Pádel | Jorge: a las 8", True),
                                                    ("Conversación archivada", False), ("Deshacer", True)])
    assert _first("archiva la conversación con Marta", chats) == {"kind": "done"}
    photos = stacked_rows_screen("de.example.fotos", [("Fotos", False), ("IMG_2230.jpg", True), ("IMG_2232.jpg", True),
                                                      ("Foto gelöscht", False), ("Rückgängig", True)])
    assert _first("lösche das Foto IMG_2231", photos) == {"kind": "done"}
    notes = stacked_rows_screen("id.example.catatan", [("Catatan", False), ("Resep sambal", True),
                                                       ("Catatan dihapus", False), ("Urungkan", True)])
    assert _first("hapus catatan Belanja", notes) == {"kind": "done"}
    vietnamese = stacked_rows_screen("vn.example.ghichu", [("Ghi chú", False), ("Mua quà", True),
                                                           ("Đã xóa ghi chú", False), ("Hoàn tác", True)])
    assert _first("xóa ghi chú Đi chợ", vietnamese) == {"kind": "done"}


def test_a_state_label_in_place_of_the_button_finishes_the_act():
    page = [("Daily Brief", False), ("Morning news in five minutes", False), ("12,400 readers", False)]
    assert _first("subscribe to the Daily Brief newsletter",
                  stacked_rows_screen("com.example.letters", page + [("Subscribed", True)])) == {"kind": "done"}
    assert _first("subscribe to the Daily Brief newsletter",
                  stacked_rows_screen("com.example.letters", page + [("Subscribe", True)]))["kind"] == "tap"


def test_no_finish_on_a_failure_another_thing_or_a_task_of_more():
    failed = stacked_rows_screen("com.example.gallery", [("Photos", False), ("Beach.jpg", True),
                                                         ("Couldn't delete photo", False), ("Retry", True)])
    assert _first("delete the photo Beach.jpg", failed)["kind"] != "done"
    other = stacked_rows_screen("com.example.gallery", [("Videos", False), ("Clip 4", True), ("Video deleted", False),
                                                        ("Undo", True)])
    assert completed_acts.notice("delete the photo Harbour", other) is None
    mails = stacked_rows_screen("com.example.mail", [("Inbox", False), ("Invoice May | Volta", True),
                                                     ("Conversation archived", False), ("Undo", True)])
    assert completed_acts.notice("archive the Invoice mail", mails) == "Conversation archived"
    assert completed_acts.notice("archive every mail from Volta", mails) is None
    assert completed_acts.notice("archive the Invoice mail and reply to Volta", mails) is None
    assert completed_acts.notice("was the Invoice mail archived?", mails) is None


def _settings(package: str, title: str, rows: list[tuple[str, str]]):
    """A settings page: each row a title over its summary, one tappable row."""
    from xml.sax.saxutils import quoteattr

    from cascadroid.agents.perceptor import perceive
    from cascadroid.device.uiautomator import parse_observation

    def node(cls: str, text: str, box: tuple[int, int, int, int], click: bool = False, kids: str = "") -> str:
        return (f'<node index="0" text={quoteattr(text)} resource-id="" class="{cls}" package="{package}" content-desc="" '
                f'checkable="false" checked="false" clickable="{str(click).lower()}" enabled="true" focusable="false" '
                f'focused="false" scrollable="false" long-clickable="false" password="false" selected="false" '
                f'bounds="[{box[0]},{box[1]}][{box[2]},{box[3]}]">{kids}</node>')
    inner = node("android.widget.TextView", title, (60, 100, 900, 200))
    for k, (name, summary) in enumerate(rows):
        y = 240 + 150 * k
        kids = node("android.widget.TextView", name, (60, y + 20, 800, y + 70)) + \
            node("android.widget.TextView", summary, (60, y + 75, 800, y + 120))
        inner += node("android.widget.LinearLayout", "", (0, y, 1080, y + 140), True, kids)
    return perceive(parse_observation('<?xml version="1.0" encoding="UTF-8"?><hierarchy rotation="0">'
                                      + node("android.widget.FrameLayout", "", (0, 0, 1080, 2400), kids=inner)
                                      + "</hierarchy>"))


_DISPLAY = [("Brightness level", "62%"), ("Screen timeout", "After 2 minutes"), ("Font size", "Default"),
            ("Theme", "Dark")]


def test_a_setting_asked_about_is_answered_by_the_value_under_its_title():
    display = _settings("com.example.settings", "Display", _DISPLAY)
    assert _first("what's my screen timeout?", display) == {"kind": "done", "answer": "After 2 minutes"}
    assert _first("which theme is on?", display) == {"kind": "done", "answer": "Dark"}
    sound = _settings("com.example.settings", "Ton", [("Klingelton", "Aurora"), ("Benachrichtigungston", "Kristall"),
                                                      ("Vibration", "Beim Klingeln")])
    assert _first("was ist mein Klingelton?", sound) == {"kind": "done", "answer": "Aurora"}
    assert _first("welcher Benachrichtigungston?", sound) == {"kind": "done", "answer": "Kristall"}


def test_a_setting_already_holding_the_asked_value_is_done():
    display = _settings("com.example.settings", "Display", _DISPLAY)
    assert _first("set the screen timeout to 2 minutes", display) == {"kind": "done"}
    assert _first("set the screen timeout to 5 minutes", display)["kind"] != "done"
    tema = _settings("com.example.ajustes", "Pantalla", [("Brillo", "62 %"), ("Tema", "Oscuro"), ("Tamaño de fuente", "Normal")])
    assert _first("pon el tema en oscuro", tema) == {"kind": "done"}
    assert _first("pon el tema en claro", tema)["kind"] != "done"


def test_a_setting_asked_in_another_language_than_the_screen_is_named_by_meaning():
    sound = _settings("com.example.settings", "Ton", [("Klingelton", "Aurora"), ("Benachrichtigungston", "Kristall"),
                                                      ("Vibration", "Beim Klingeln"), ("Bildschirm-Timeout", "Nach 2 Minuten")])
    assert _first("what's my ringtone?", sound) == {"kind": "done", "answer": "Aurora"}
    assert _first("what is the notification sound?", sound) == {"kind": "done", "answer": "Kristall"}
    assert _first("how long until the screen turns off?", sound) == {"kind": "done", "answer": "Nach 2 Minuten"}


def test_of_two_labelled_times_the_answer_is_the_one_whose_label_the_question_means():
    from cascadroid.agents import qualified_values

    flight = stacked_rows_screen("com.example.air", [("Flight LX 318", False), ("Zurich → London", False),
                                                     ("Departs 10:05", False), ("Arrives 11:40", False),
                                                     ("Gate B34", False), ("Boarding pass", True)])
    assert qualified_values.labelled("time", flight.lines) == [("Departs", "10:05"), ("Arrives", "11:40")]
    assert _first("what time do we land in London?", flight) == {"kind": "done", "answer": "11:40"}
    assert _first("¿a qué hora llega el vuelo?", flight) == {"kind": "done", "answer": "11:40"}
    assert _first("what time does the flight leave?", flight) == {"kind": "done", "answer": "10:05"}
    train = stacked_rows_screen("de.example.bahn", [("ICE 597", False), ("München Hbf → Berlin Hbf", False),
                                                    ("Abfahrt", False), ("10:05", False), ("Ankunft", False),
                                                    ("14:32", False), ("Details", True)])
    assert qualified_values.labelled("time", train.lines) == [("Abfahrt", "10:05"), ("Ankunft", "14:32")]
    assert _first("um wie viel Uhr fährt der ICE ab?", train) == {"kind": "done", "answer": "10:05"}


def test_a_code_shown_in_groups_is_read_whole():
    from cascadroid.agents import answers

    assert answers.value_in("code", "Nimbus: ana.k@example.org | 482 913 | 21 s left") == "482 913"
    assert answers.value_in("code", "Dein Code lautet 6051-22") == "6051-22"
    assert answers.value_in("code", "Your code is 482913") == "482913"
