"""The first app a task opens, where a rule used to fire on words it was not written for (review 31b): a pair of kana
or one Vietnamese syllable of a cue or a label, a product's kind ("buy a wall calendar"), a clause saying when ("after
the meeting, text Bo"), what a person is told to do ("text Bo to bring the camera"), what a reminder says, the
sender of a mail said before it ("the Shoply email"), an English cue that is another word in the task's language.
Must-not-fire cases beside the cases that still fire."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice
from cascadroid.agents.goal import clause_verbs, first_word
from cascadroid.agents.progress import parts
from cascadroid.agents.task_parts import current_part
from cascadroid.agents.text import words
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo

PHONE = [
    AppInfo(label="Phone", package="com.vendorx.dialer"),
    AppInfo(label="Messages", package="com.vendorx.messaging"),
    AppInfo(label="Mail", package="com.vendorx.email"),
    AppInfo(label="Calendar", package="com.vendorx.calendar"),
    AppInfo(label="Clock", package="com.vendorx.clockpackage"),
    AppInfo(label="Photos", package="com.vendorx.gallery"),
    AppInfo(label="Camera", package="com.vendorx.camera"),
    AppInfo(label="Settings", package="com.vendorx.settings"),
    AppInfo(label="Shoply", package="com.shoply.shopping"),
    AppInfo(label="Chatter", package="com.chatter.chat"),
]
REMINDERS = [*PHONE, AppInfo(label="Reminders", package="com.vendorx.reminder")]

# A phone set to Japanese, and one set to Vietnamese: labels in the language, packages as shipped.
JAPANESE = [
    AppInfo(label="時計", package="com.vendorx.deskclock"), AppInfo(label="カレンダー", package="com.vendorx.calendar"),
    AppInfo(label="ファイル", package="com.vendorx.files"), AppInfo(label="ブラウザ", package="com.vendorx.browser"),
    AppInfo(label="設定", package="com.vendorx.settings"), AppInfo(label="マップ", package="com.vendorx.maps"),
    AppInfo(label="ストア", package="com.vendorx.store"),
]
VIETNAMESE = [
    AppInfo(label="Cài đặt", package="com.vendorx.settings"), AppInfo(label="Đồng hồ", package="com.vendorx.deskclock"),
    AppInfo(label="Tin nhắn", package="com.vendorx.mms"), AppInfo(label="Xe Ôm", package="com.xeom.passenger"),
    AppInfo(label="Trò chuyện", package="com.vendorx.chat"),
]


def best(task: str, apps: list[AppInfo] = PHONE) -> str:
    said = current_part(canonical(task), [])
    choices = app_choice.choose(words(said), "com.vendorx.launcher", apps, said, clause_verbs(said), first_word(said))
    return max(choices, key=lambda c: c.score).app.label if choices else ""


@pytest.mark.parametrize("task", ["ホーム画面の壁紙を変えて", "ゲームの通知をオフにして", "カラーを変更して"])
def test_a_pair_of_kana_of_a_cue_needs_no_app(task):  # "ーム" of アラーム (alarm), "ラー"
    assert best(task, JAPANESE) != "時計"


@pytest.mark.parametrize("task, wrong", [("モバイルデータをオフにして", "ファイル"), ("ライトをつけて", "ブラウザ"),
                                          ("ノートに書いて", "マップ"), ("ダークモードをオンにして", "カレンダー"),
                                          ("ストーリーを見る", "ストア")])
def test_a_pair_of_kana_of_a_label_or_cue_names_no_app(task, wrong):
    assert best(task, JAPANESE) != wrong


@pytest.mark.parametrize("task, app", [("明日7時にアラームをセットして", "時計"), ("カレンダーに予定を追加して", "カレンダー"),
                                        ("ストアを開いて", "ストア")])
def test_a_katakana_word_said_whole_still_counts(task, app):
    assert best(task, JAPANESE) == app


def test_one_syllable_of_a_vietnamese_word_is_another_word():
    assert best("đặt báo thức lúc 6 giờ sáng", VIETNAMESE) == "Đồng hồ"  # "đặt" (set) is no "Cài đặt" (settings)
    assert best("đặt Xe Ôm về nhà", VIETNAMESE) == "Xe Ôm"
    assert best("tắt thông báo của Trò chuyện", VIETNAMESE) != "Đồng hồ"  # "thông báo" (notification) is no "báo thức"
    assert best("mở cài đặt", VIETNAMESE) == "Cài đặt"  # said whole
    assert best("bật wifi", VIETNAMESE) == "Cài đặt"


def test_an_english_cue_that_is_another_word_in_the_task_language():
    assert best("kiểm tra pin còn bao nhiêu phần trăm", VIETNAMESE) == "Cài đặt"  # "pin": the battery
    assert best("pin the chat with Ana", VIETNAMESE) == "Trò chuyện"  # English: a pinned chat


@pytest.mark.parametrize("task", ["buy a wall calendar", "order a new alarm clock", "buy photo paper",
                                  "how much does a new phone cost", "add a camera bag to my cart"])
def test_a_product_kind_is_no_app(task):
    assert best(task) == "Shoply"


@pytest.mark.parametrize("task, app", [("order the photos by date", "Photos"), ("set an alarm for 7", "Clock"),
                                        ("call the shop about my order", "Phone")])
def test_no_purchase_keeps_its_app(task, app):
    assert best(task) == app


def test_a_clause_saying_when_is_no_step_and_no_place():
    assert parts("after lunch, set a timer for 20 minutes") == ["after lunch, set a timer for 20 minutes"]
    assert best("after lunch, set a timer for 20 minutes") == "Clock"
    assert best("after last Friday's meeting, text Bo that the slides are ready") == "Messages"
    assert best("email Ana the slides before the meeting on Monday") == "Mail"
    assert best("when is my next meeting?") == "Calendar"  # a question, no clause
    assert best("what's on my calendar after lunch?") == "Calendar"
    assert len(parts("when does the meeting start, and text it to Bo")) == 2


@pytest.mark.parametrize("task", ["text Bo to bring the camera", "tell Bo to check his email", "ask Ana if she got my email",
                                  "tell my wife to pick up the photos", "let Ana know the camera is in the car",
                                  "tell Bo the calendar is on the fridge"])
def test_what_a_person_is_told_to_do_is_the_message(task):
    assert best(task) == "Messages"


def test_a_thing_sent_to_someone_still_names_it():
    assert best("text the photo to mom") in ("Photos", "Camera", "Messages")
    assert best("ask for a refund on Shoply") == "Shoply"


def test_what_a_reminder_says_is_no_app():
    assert best("remind me to call the dentist tomorrow", REMINDERS) == "Reminders"
    assert best("remind me to take a photo of the meter", REMINDERS) == "Reminders"
    assert best("remind me to call the dentist tomorrow") != "Phone"
    assert best("remind me about the meeting") == "Calendar"  # no reminders app: the event's


def test_an_app_said_before_the_mail_it_sent_is_the_sender():
    assert best("copy the tracking number from the Shoply email and text it to Bo") == "Mail"
    assert best("check my Shoply orders") == "Shoply"


def test_a_value_one_person_texted_is_read_first():
    from cascadroid.agents.subgoals import read_part
    part = read_part(canonical("Ana texted me her new address, save it to her contact"))
    assert part is not None and part.object == "Ana" and part.asked.kind == "address"
    assert read_part("save it to her contact (She texted me her new address)") is None  # a pronoun names nobody to look up


KOREAN = [AppInfo(label="메모", package="com.vendorx.memo"), AppInfo(label="설정", package="com.vendorx.settings"),
          AppInfo(label="시계", package="com.vendorx.deskclock")]
SPANISH = [AppInfo(label="Reloj", package="com.vendorx.deskclock"), AppInfo(label="Calendario", package="com.vendorx.calendar"),
           AppInfo(label="Mensajes", package="com.vendorx.messaging"), AppInfo(label="Teléfono", package="com.vendorx.dialer"),
           AppInfo(label="Tiendita", package="com.tiendita.shopping"), AppInfo(label="Recordatorios", package="com.vendorx.reminder")]


def test_a_hangul_word_counts_with_a_particle_not_as_part_of_another_word():
    assert best("메모를 추가해줘", KOREAN) == "메모"
    assert best("메모리 정리해줘", KOREAN) != "메모"  # "메모리": memory


def test_the_same_readings_in_spanish():
    assert best("cuánto cuesta un reloj inteligente", SPANISH) != "Reloj"  # a watch to buy
    assert best("recuérdame llamar al dentista mañana", SPANISH) == "Recordatorios"
    assert best("después de la reunión, escríbele a Bo", SPANISH) == "Mensajes"
    assert best("pon una alarma a las 7", SPANISH) == "Reloj"


CHINESE = [AppInfo(label="设置", package="com.vendorx.settings"), AppInfo(label="时钟", package="com.vendorx.deskclock")]


def test_a_first_word_that_is_a_label_is_the_verb_of_a_task_for_another_kind():
    assert best("设置明天早上7点的闹钟", CHINESE) == "时钟"  # "set" an alarm; "设置" is also Settings
    assert best("设置", CHINESE) == "设置" and best("打开设置", CHINESE) == "设置"
    assert best("设置WLAN", CHINESE) == "设置"  # the rest needs the settings themselves
