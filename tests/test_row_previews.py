"""A list row is named by its title, not by its preview (agents/row_previews.py). Invented chat apps and people."""

from __future__ import annotations

from test_dates import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.device.types import AppInfo

PKG = "org.example.chat"
APPS = [AppInfo(label="Chatterly", package=PKG)]
LL, TV = "android.widget.LinearLayout", "android.widget.TextView"


def chat_list(*rows: tuple[str, str]):
    nodes = [node(LL, bounds=(0, 300 + 200 * i, 1080, 480 + 200 * i), flags="clickable",
                  children=(node(TV, title, bounds=(40, 300 + 200 * i, 1000, 380 + 200 * i)),
                            node(TV, preview, bounds=(40, 390 + 200 * i, 1000, 470 + 200 * i))))
             for i, (title, preview) in enumerate(rows)]
    return screen_of(PKG, node(TV, "Chats", bounds=(40, 100, 600, 200)), *nodes)


def top(task: str, screen) -> str:
    return rank(task, "", screen, APPS, [])[0].text


def test_a_verb_in_another_rows_preview_does_not_pick_that_row():
    screen = chat_list(("Kofi Mensah", "Kofi: can you send the slides?"), ("Lina Haas", "Lina: see you soon"))
    assert "Kofi" not in top('send "running late" to Rui Costa on Chatterly', screen)  # Rui's chat is not listed
    screen = chat_list(("Book club", "Ida: please pin the reading list"), ("Climbing crew", "Ole: Saturday?"))
    assert "Book club" not in top("pin the Hiking chat on Chatterly", screen)
    screen = chat_list(("Pia Lund", "Pia: mute this thread lol"), ("Family", "Mum: dinner at 7"))
    assert "Pia" not in top("mute the Neighbours group on Chatterly", screen)


def test_the_row_the_task_names_by_its_title_keeps_its_credit():
    screen = chat_list(("Kofi Mensah", "Kofi: can you send the slides?"), ("Lina Haas", "Lina: see you soon"))
    assert "Kofi Mensah" in top('send "here they are" to Kofi Mensah on Chatterly', screen)


def test_a_buttons_description_after_its_text_still_counts():
    screen = screen_of(PKG, node("android.widget.ImageButton", "3", desc="Switch or close tabs, 3 open tabs", bounds=(800, 80, 940, 220),
                                 flags="clickable"),
                       node(TV, "City Guide", bounds=(40, 300, 1000, 400)),
                       node("android.view.View", "Jazz tickets", bounds=(40, 500, 1000, 600), flags="clickable"),
                       node("android.view.View", "Food markets", bounds=(40, 650, 1000, 750), flags="clickable"))
    assert "Switch or close tabs" in top('too many tabs are open in Chatterly, could you close the one showing "Jazz tickets" but '
                                         'leave the rest open', screen)


def test_a_summary_listing_what_a_row_holds_keeps_its_credit_for_a_task_said_object_first():
    """'Gerätetausch ausschalten' on an invented vendor's scrolling settings page (German, object first, so its first
    word is read as the verb): the row whose summary lists that setting among others keeps its credit and is tapped,
    not scrolled past; a message preview still gives none."""
    rows = [node(LL, bounds=(0, 300 + 200 * i, 1080, 480 + 200 * i), flags="clickable",
                 children=(node(TV, title, bounds=(40, 300 + 200 * i, 1000, 380 + 200 * i)),
                           node(TV, summary, bounds=(40, 390 + 200 * i, 1000, 470 + 200 * i))))
            for i, (title, summary) in enumerate([("Verbindungen", "Funkmodul, Gerätetausch, Flugmodus"),
                                                   ("Anzeige", "Helligkeit, Schriftgröße")])]
    screen = screen_of(PKG, node("androidx.recyclerview.widget.RecyclerView", bounds=(0, 250, 1080, 2300),
                                 flags="scrollable", children=rows))
    assert "Verbindungen" in top("Gerätetausch ausschalten", screen)
    screen = chat_list(("Kofi Mensah", "Kofi: can you send the slides?"), ("Lina Haas", "Lina: see you soon"))
    assert "Kofi" not in top('send "running late" to Rui Costa on Chatterly', screen)


def _settings_rows(*rows: tuple[str, str]):
    """An invented settings list: each row a title over its summary."""
    nodes = [node(LL, bounds=(0, 300 + 200 * i, 1080, 480 + 200 * i), flags="clickable",
                  children=(node(TV, title, bounds=(40, 300 + 200 * i, 1000, 380 + 200 * i)),
                            node(TV, summary, bounds=(40, 390 + 200 * i, 1000, 470 + 200 * i))))
             for i, (title, summary) in enumerate(rows)]
    return screen_of(PKG, node("androidx.recyclerview.widget.RecyclerView", bounds=(0, 250, 1080, 2300),
                               flags="scrollable", children=nodes))


def test_a_listed_setting_in_hangul_keeps_its_credit_too():
    """Hangul words are keyed by letter pairs: '블루투스' is still one listed item, so '블루투스 꺼줘' (object first)
    keeps the credit of the invented row listing it: it leads scrolling on by a clear margin, not by a hair."""
    screen = _settings_rows(("무선 연결", "와이파이 • 블루투스 • 테더링"), ("화면", "밝기 • 글꼴"))
    ranked = rank("블루투스 꺼줘", "", screen, APPS, [])
    scroll = next(c.score for c in ranked if c.action == {"kind": "swipe", "direction": "down"})
    assert "무선 연결" in ranked[0].text and ranked[0].score - scroll >= 1.0


def test_a_bullet_listed_setting_of_several_words_keeps_its_credit_and_a_comma_clause_does_not():
    """'비행기 모드 켜줘' (object first): the invented row listing "비행기 탑승 모드" after a bullet is that setting's,
    above a row merely sharing "모드"; a chat preview's comma clause ("ok, send it later") still earns a verb nothing."""
    screen = _settings_rows(("무선 연결", "와이파이 • 비행기 탑승 모드"), ("모드 및 루틴", ""))
    assert "무선 연결" in top("비행기 모드 켜줘", screen)
    screen = chat_list(("Kofi Mensah", "Kofi: ok, send it later"), ("Lina Haas", "Lina: see you soon"))
    assert "Kofi" not in top('send "running late" to Rui Costa on Chatterly', screen)
