"""Conventions found missing on blind11's and blind13's held halves (fourteenth session), each on other invented
screens, apps and languages, with a case that must not fire."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

from cascadroid.agents.app_choice import choose
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.text import words
from cascadroid.agents.verb_final import applies, lead, verb_words
from cascadroid.device.types import AppInfo

# --- verb-final tasks (Indic scripts, Korean): the act is said last; a Latin name in another script is no verb --


def test_the_verb_of_a_bengali_tamil_or_korean_task_is_its_last_word():
    assert applies("বিদ্যুতের বিল জমা দাও") and verb_words("বিদ্যুতের বিল জমা দাও") == words("জমা দাও", stopwords=frozenset())
    assert verb_words("மின் கட்டணம் செலுத்து") == words("செலுத்து", stopwords=frozenset())
    assert verb_words("알람 설정 열어줘") == words("열어줘", stopwords=frozenset())
    assert "알람" not in lead("알람 설정 열어줘", words("알람", stopwords=frozenset()))


def test_an_english_or_spanish_task_keeps_its_first_word_as_the_verb():
    assert not applies("pay the electricity bill") and not applies("paga la factura de la luz")
    assert lead("pay the electricity bill", {"pay"}) == {"pay"}
    assert "pay" in parse_goal("pay the electricity bill").verbs


def test_a_latin_app_name_first_in_a_chinese_or_marathi_task_is_no_verb():
    assert lead("Grab叫一辆车去机场", {"grab"}) == set()
    assert "grab" not in parse_goal("Grab叫一辆车去机场").verbs
    assert "uber" not in parse_goal("Uber ने कॅब बुक करा").verbs


def _apps(*labels: str) -> list[AppInfo]:
    return [AppInfo(label=label, package=f"com.example.{i}") for i, label in enumerate(labels)]


def test_a_marathi_task_naming_a_latin_app_first_opens_it_not_the_longer_named_one():
    apps = _apps("Rapido", "Blu", "Blu Smart Fleet", "फ़ोन")
    task = "Blu ने कॅब बुक करा"
    ranked = sorted(choose(words(task), "com.example.launcher", apps, task, parse_goal(task).verbs), key=lambda c: -c.score)
    assert ranked[0].app.label == "Blu" and ranked[1].app.label == "Blu Smart Fleet"
    assert ranked[0].score > ranked[1].score


def test_the_longer_named_app_keeps_its_score_when_its_other_words_are_said():
    apps = _apps("Blu", "Blu Smart Fleet")
    task = "open Blu Smart Fleet"
    scores = {c.app.label: c.score for c in choose(words(task), "com.example.launcher", apps, task, {"open"})}
    assert scores["Blu Smart Fleet"] > scores["Blu"]


def _tiles(*labels: str, top: int = 1000, width: int = 240):
    return [node("TextView", (20 + i * (width + 20), top, 20 + i * (width + 20) + width, top + 240), "", label,
                 clickable=True) for i, label in enumerate(labels)]


def test_a_bengali_bill_tile_beats_a_banner_repeating_it_when_the_object_is_said_first():
    card = node("TextView", (30, 300, 1050, 760), "বিদ্যুৎ বিল দিলে ৫০ টাকা ফেরত পান এখনই দিন", "", clickable=True)
    observation, screen = screen_of(card, *_tiles("বিদ্যুৎ বিল", "মোবাইল রিচার্জ", "গ্যাস বিল", "ইন্টারনেট"))
    action = first("বিদ্যুৎ বিল দিয়ে দাও", screen)
    assert screen.labels.get(action.get("element")) == "বিদ্যুৎ বিল"


# --- a task written without spaces: a short button sharing its characters is its act, no menu over it ------

from cascadroid.agents.menus import unspaced_shown  # noqa: E402


def _player(*buttons: str):
    top = [node("ImageButton", (40, 120, 160, 240), "", "返回", clickable=True),
           node("ImageButton", (940, 120, 1060, 240), "", "更多选项", clickable=True)]
    row = [node("ImageButton", (60 + i * 260, 2000, 260 + i * 260, 2150), "", b, clickable=True)
           for i, b in enumerate(buttons)]
    return screen_of(*top, node("TextView", (40, 600, 1040, 700), "晴天 - 周杰伦"), *row)


def test_a_chinese_favourite_button_beats_the_overflow_menu():
    observation, screen = _player("分享", "加入收藏", "下载")
    assert unspaced_shown("把这首歌加到我的收藏", screen)
    assert screen.labels.get(first("把这首歌加到我的收藏", screen).get("element")) == "加入收藏"


def test_the_overflow_menu_still_rises_when_no_button_shares_the_chinese_task_or_the_task_has_spaces():
    observation, screen = _player("分享", "下载")
    assert not unspaced_shown("把这首歌设为铃声", screen)
    assert screen.labels.get(first("把这首歌设为铃声", screen).get("element")) == "更多选项"
    observation, screen = _player("分享", "加入收藏", "下载")
    assert not unspaced_shown("set this song as my ringtone", screen)


# --- a setting asked for in another script on a Settings page that no row names: scroll, not a look-alike ---

from cascadroid.agents import setting_below  # noqa: E402
from cascadroid.agents.candidates import rank  # noqa: E402
from cascadroid.agents.perceptor import perceive  # noqa: E402
from cascadroid.device.uiautomator import parse_observation  # noqa: E402


def _settings_page(*rows: tuple[str, str]):
    kids = "".join(
        f'<node class="android.widget.LinearLayout" package="com.android.settings" text="" content-desc="" '
        f'clickable="true" bounds="[0,{300 + i * 200}][1080,{480 + i * 200}]">'
        f'<node class="android.widget.TextView" package="com.android.settings" text="{t}" content-desc="" '
        f'bounds="[160,{320 + i * 200}][1000,{390 + i * 200}]"/>'
        f'<node class="android.widget.TextView" package="com.android.settings" text="{s}" content-desc="" '
        f'bounds="[160,{390 + i * 200}][1000,{460 + i * 200}]"/></node>' for i, (t, s) in enumerate(rows))
    xml = ('<hierarchy><node class="androidx.recyclerview.widget.RecyclerView" package="com.android.settings" '
           f'text="" content-desc="" scrollable="true" bounds="[0,250][1080,2300]">{kids}</node></hierarchy>')
    return perceive(parse_observation(xml))


def test_a_greek_setting_no_row_names_scrolls_past_a_row_sharing_the_word_for_settings():
    screen = _settings_page(("Γλώσσες", "Γλώσσες συστήματος, ρυθμίσεις περιοχής"), ("Πληκτρολόγιο", "Εργαλεία"),
                            ("Χειρονομίες", ""))
    assert first("άνοιξε τις ρυθμίσεις εκτύπωσης", screen) == {"kind": "swipe", "direction": "down"}


def test_a_row_naming_the_setting_by_its_stem_or_an_english_task_is_not_scrolled_past():
    screen = _settings_page(("Γλώσσες", "Γλώσσες συστήματος, ρυθμίσεις περιοχής"), ("Εκτυπώσεις", "1 υπηρεσία"),
                            ("Χειρονομίες", ""))
    out = rank("άνοιξε τις ρυθμίσεις εκτύπωσης", "", screen, [], [])
    before = [(c.text, c.score) for c in out]
    setting_below.adjust(out, "άνοιξε τις ρυθμίσεις εκτύπωσης", screen)
    assert [(c.text, c.score) for c in out] == before
    screen = _settings_page(("Languages", "System languages, regional settings"), ("Keyboard", "Tools"))
    out = rank("open the printing settings", "", screen, [], [])
    before = [(c.text, c.score) for c in out]
    setting_below.adjust(out, "open the printing settings", screen)  # an English task: agents/missing.py's
    assert [(c.text, c.score) for c in out] == before


# --- Arabic: the alif of the indefinite accusative ("طعاماً") is no other word --------------------------------

from cascadroid.agents.promotions import is_banner  # noqa: E402
from cascadroid.agents.ui_conventions import _same_stem  # noqa: E402


def test_an_arabic_accusative_or_article_form_meets_the_bare_tile_word():
    assert _same_stem("كتابا", "كتاب") and _same_stem("الكتاب", "كتابا")  # a book, as an object; the book
    assert not _same_stem("كتابة", "كتاب")  # writing is another word
    assert not _same_stem("كتابا", "كتب")  # books: another form, not an ending


def _arabic_home(*tiles: str):
    return screen_of(*[node("TextView", (20 + i * 260, 1000, 260 + i * 260, 1240), t, "", clickable=True)
                       for i, t in enumerate(tiles)])


def test_an_arabic_object_in_the_accusative_picks_its_tile():
    observation, screen = _arabic_home("سيارات", "كتاب", "موسيقى", "ألعاب")
    assert screen.labels.get(first("أريد أن أشتري كتاباً", screen).get("element")) == "كتاب"


# --- a discount offered in a sentence is a promotion banner; a level is none ---------------------------------


def test_a_sentence_offering_a_discount_is_a_banner_in_other_languages():
    assert is_banner("Objednej jídlo teď a získej -15% na první objednávku")
    assert is_banner("Spar 25% på din første tur med os i dag")
    assert is_banner("첫 주문 최대 30% 할인 받고 배달 시키기")
    assert is_banner("احجز الآن ووفر حتى 40% على فندقك")


def test_levels_and_progress_with_a_percent_sign_are_no_banner():
    assert not is_banner("Baterie 64% – zbývá asi 1 den")
    assert not is_banner("Stahování 45% z 3 souborů")
    assert not is_banner("Jas obrazovky nastaven na 40%")


# --- a Japanese request in the te-form meets the button's dictionary or polite form ---------------------------

from cascadroid.agents.japanese_forms import fit as japanese_fit  # noqa: E402


def test_a_te_form_request_meets_the_suru_and_ichidan_buttons():
    assert japanese_fit("このチケットを購入して", "購入する") > 0
    assert japanese_fit("写真をアルバムに追加してください", "追加します") > 0
    assert japanese_fit("アラームを止めて", "止める") > 0


def test_a_noun_sharing_the_stem_or_another_verb_gets_nothing():
    assert japanese_fit("このチケットを購入して", "購入履歴") == 0
    assert japanese_fit("予約をキャンセルして", "予約する") == 0
    assert japanese_fit("このチケットを購入して", "購入する | 3,000円") == 0


# --- a Chinese verb-object word split by a measure word ("吃个饭") meets the whole word's tile ---------------

from cascadroid.agents.chinese_forms import joined  # noqa: E402


def test_a_measure_word_inside_a_verb_object_word_is_taken_out():
    assert joined("我想吃个饭") == "我想吃饭" and joined("幫我叫個車") == "幫我叫車"
    assert joined("买一个西瓜") == "买一西瓜"  # harmless: the pairs of the task as said stay
    assert joined("个人中心在哪") == "" and joined("open 个 app") == ""


def test_a_tile_named_by_the_split_word_beats_a_card_sharing_another_word():
    tiles = [node("TextView", (20 + i * 260, 1000, 260 + i * 260, 1240), t, "", clickable=True)
             for i, t in enumerate(("吃饭", "购物", "旅行", "电影"))]
    card = node("TextView", (30, 1400, 1050, 1600), "周末电影票特价 立即抢购", "", clickable=True)
    observation, screen = screen_of(*tiles, card)
    assert screen.labels.get(first("带我去吃个饭", screen).get("element")) == "吃饭"
