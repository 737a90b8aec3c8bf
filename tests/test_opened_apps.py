"""The app a task opens: its open-verb's object, not an app named in its reason (agents/opened_apps.py)."""

from __future__ import annotations

from test_app_choice import best_app

from cascadroid.agents.opened_apps import opened
from cascadroid.device.types import AppInfo

# An invented phone: two wallets, two billers, a bank.
APPS = [AppInfo(label="Pesalo", package="org.example.pesalo"), AppInfo(label="Kuvera", package="org.example.kuvera"),
        AppInfo(label="Lumina", package="org.example.lumina.power"), AppInfo(label="Aquanet", package="org.example.aqua"),
        AppInfo(label="Banko", package="org.example.banko")]


def test_the_open_verbs_object_is_the_app_to_open_whichever_language_and_order():
    for task, app in (("ouvre pesalo stp, faut que je paie la facture lumina", "Pesalo"),
                      ("abre mi app de kuvera que tengo que pagar aquanet", "Kuvera"),
                      ("Kuvera'yı aç, Lumina faturasını ödeyeceğim", "Kuvera"),
                      ("pesalo kholo yaar, lumina ka bill bharna hai", "Pesalo"),
                      ("öffne banko bitte, die aquanet rechnung ist fällig", "Banko"),
                      ("відкрий kuvera, треба оплатити lumina", "Kuvera")):
        assert opened(task, app), task
        assert best_app(task, APPS) == app, task


def test_must_not_fire_on_an_app_only_named_in_the_reason_or_an_app_name_inside_a_word():
    assert not opened("ouvre pesalo stp, faut que je paie la facture lumina", "Lumina")
    assert not opened("pay the pesalo bill then open settings", "Pesalo")
    assert not opened("open pesalonia", "Pesalo") and not opened("", "Pesalo") and not opened("open it", "")
    assert best_app("pay my lumina bill", APPS) == "Lumina"  # no open-verb: the app named decides


def test_opening_an_app_said_in_thai_on_a_scrolling_launcher_is_no_setting_to_scroll_to():
    from test_ui_conventions import node, screen_of

    from cascadroid.agents.candidates import rank
    observation, screen = screen_of(node("androidx.recyclerview.widget.RecyclerView", (0, 200, 1080, 2200), "", "",
                                         node("TextView", (40, 240, 300, 500), "ปฏิทิน", clickable=True),
                                         node("TextView", (340, 240, 600, 500), "นาฬิกา", clickable=True),
                                         scrollable=True))
    apps = [AppInfo(label="Rabbitly", package="org.example.rabbitly"), AppInfo(label="ปฏิทิน", package="org.example.cal")]
    assert rank("เปิดแรบบิทลี่หน่อย จะจ่ายค่าไฟ", "", screen, apps, [])[0].action == {"kind": "open_app", "app": "Rabbitly"}
    assert not opened("เปิดบลูทูธหน่อย", "Rabbitly")  # must not fire: another thing turned on


def test_a_brand_said_in_devanagari_before_a_verb_final_open_beats_the_system_app_named_by_its_last_word() -> None:
    apps = [AppInfo(label="Mero Pasal", package="org.example.meropasal"), AppInfo(label="पसल", package="org.example.store"),
            AppInfo(label="Kholde", package="org.example.kholde"), AppInfo(label="Pesalo", package="org.example.pesalo")]
    assert opened("आज तरकारी किन्नु छ, मेरो पसल खोलिदेउ", "Mero Pasal")  # Nepali, the verb last
    assert best_app("आज तरकारी किन्नु छ, मेरो पसल खोलिदेउ", apps) == "Mero Pasal"
    assert best_app("माझा पेसालो उघडा", apps) == "Pesalo"  # Marathi: not "Kholde", whose sound no name said has
    assert best_app("पसल खोलिदेउ", apps) == "पसल"  # must not fire: the system app said whole
    assert not opened("मेरो पसल खोलिदेउ", "Kholde")  # must not fire: the verb "खोलिदेउ" is no name


def test_an_app_clipped_with_the_arabic_article_after_an_open_verb():
    apps = [AppInfo(label="Wanderlust", package="org.example.wander"), AppInfo(label="Marketeer", package="org.example.mkt"),
            AppInfo(label="Resolve", package="org.example.resolve"), AppInfo(label="Tasks", package="org.example.tasks")]
    assert opened("افتح الوندر", "Wanderlust") and best_app("افتح الوندر", apps) == "Wanderlust"
    assert opened("افتحلي الماركت بسرعة", "Marketeer") and best_app("افتحلي الماركت بسرعة", apps) == "Marketeer"
    assert opened("פתח את דלגונה", "Dalgona")  # Hebrew, the name said whole


def test_must_not_fire_on_a_common_word_with_the_article_or_without_an_open_verb():
    assert not opened("افتح الرسالة من سارة", "Resolve")  # "the message"
    assert not opened("اقرأ الوندر", "Wanderlust")  # no open-verb
    assert not opened("افتح الواتس", "Tasks")  # the clip is not the start of this name
