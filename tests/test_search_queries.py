"""A search query by subtraction: the task less the app's name, the search verb and function words, typed."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.search_queries import query
from tests.screens_made import made_screen


def _focused(screen: Screen) -> Screen:
    """The screen's text fields focused, with the keyboard up."""
    lines = [line.replace("(field)", "(field, focused)") for line in screen.lines]
    return screen.model_copy(update={"lines": lines, "keyboard_shown": True})


def _market(rows: list[str], text: str = "") -> Screen:
    return _focused(made_screen("com.example.pazar", "Pazar", [("View", r) for r in rows], {"Ürün ara": text}))


def _top(task: str, screen: Screen) -> dict:
    return rank(task, "", screen, ["Pazar"], [])[0].action


def test_turkish_query_less_the_app_with_its_case_ending_and_the_verb_goes_above_longer_rows() -> None:
    screen = _market(["peynir tabağı", "beyaz peynir", "süt"])
    assert _top("pazar'da peynir ara", screen) == {"kind": "type", "element": 8, "text": "peynir"}


def test_persian_query_after_in_app_and_search_particles() -> None:
    rows = [("LinearLayout", "دوچرخه کوهستان ۲۶"), ("LinearLayout", "دوچرخه بچگانه")]
    screen = _focused(made_screen("ir.example.bazaar", "بازار", rows, {"جستجو در آگهی‌ها": ""}))
    assert rank("تو بازار دنبال دوچرخه بگرد", "", screen, [], [])[0].action == {
        "kind": "type", "element": 7, "text": "دوچرخه"}


def test_query_keeps_content_words_in_order() -> None:
    screen = made_screen("com.example.shop", "Shop", [])
    assert query("in Shop look for wireless earbuds please", screen, []) == ("wireless earbuds", False)
    assert query("search blue denim jacket", screen, []) == ("blue denim jacket", True)


def test_a_row_equal_to_the_query_stays_first() -> None:
    screen = _market(["peynir", "beyaz peynir"])
    assert _top("pazar'da peynir ara", screen) == {"kind": "tap", "element": 5}


def test_opening_a_named_row_without_search_types_nothing() -> None:
    screen = _market(["beyaz peynir", "süt"])
    assert _top("beyaz peynir listesini aç", screen)["kind"] != "type"


def test_a_field_already_holding_the_query_is_not_retyped() -> None:
    screen = _market(["peynir tabağı"], text="peynir")
    ranked = rank("pazar'da peynir ara", "", screen, ["Pazar"], [])
    assert not any(c.action.get("kind") == "type" and c.action.get("text") == "peynir" for c in ranked)


def test_a_focused_message_field_takes_no_query() -> None:
    screen = _focused(made_screen("com.example.chat", "Bo Li", [("View", "see you at the market")], {"Message": ""}))
    ranked = rank("search the market photos", "", screen, [], [])
    assert not any(c.action.get("kind") == "type" and c.action.get("text") == "market photos" for c in ranked)


def test_greek_search_for_leaves_the_preposition_out_of_the_query() -> None:
    from cascadroid.agents.search_requests import query as verb_first_query
    assert verb_first_query("ψάξε για ασύρματο ποντίκι") == "ασύρματο ποντίκι"


def test_the_words_after_the_search_verb_are_the_query_not_a_preface() -> None:
    screen = made_screen("com.example.loppis", "Loppis", [])
    assert query("nåja, la oss søke etter vintage lamper", screen, []) == ("vintage lamper", True)
    assert query("hmm, let us search for brass candle holders", screen, []) == ("brass candle holders", True)
    # must not fire: nothing before the verb, or nothing after it
    assert query("search blue denim jacket", screen, []) == ("blue denim jacket", True)
    assert query("pazar'da peynir ara", made_screen("com.example.pazar", "Pazar", []), ["Pazar"])[0] == "peynir"


def test_a_search_verb_said_last_with_a_clitic_takes_the_phrase_after_the_article_as_said() -> None:
    screen = made_screen("com.example.forno", "Forno", [])
    assert query("ho proprio voglia di una pizza ai funghi, cercala", screen, []) == ("pizza ai funghi", True)
    # must not fire: no article opens the phrase, so the words are only subtracted
    assert query("voglia pizza funghi, cercala", screen, [])[0] == "voglia pizza funghi"


def test_a_search_field_showing_its_prompt_as_text_takes_the_query() -> None:
    rows = [("View", "vintage lampeskjerm"), ("View", "lampetter")]
    screen = made_screen("com.example.loppis", "Loppis", rows, {"text field": "Søk etter butikker eller varer"})
    assert rank("nåja, la oss søke etter lamper", "", screen, [], [])[0].action == {
        "kind": "type", "element": 7, "text": "lamper"}
    # must not fire: a field showing other words (no prompt, not focused) is no empty search box
    screen = made_screen("com.example.loppis", "Loppis", rows, {"text field": "gamle stoler"})
    assert not any(c.action.get("kind") == "type" and c.action.get("element") == 7 and c.action.get("text") == "lamper"
                   for c in rank("nåja, la oss søke etter lamper", "", screen, [], []))


def test_a_search_verb_with_an_attached_ending_is_the_verb_and_the_query_beats_a_longer_suggestion() -> None:
    screen = _focused(made_screen("my.example.kedai", "Kedai", [("View", "kasut sukan lelaki saiz 42"),
                                                                ("View", "kasut")], {"Cari produk": ""}))
    top = rank("tolong carikan kasut sukan lelaki", "", screen, [], [])[0].action
    assert top["kind"] == "type" and top["text"] == "kasut sukan lelaki"
    market = _market(["kahawa ya arabica ya kenya", "chai"])
    assert query("tafutani kahawa ya arabica", market, []) == ("kahawa ya arabica", True)  # its "of" as said
    # must not fire: a word that only begins like a search verb ("cariño") is no search
    assert query("mándale flores a mi cariño", made_screen("com.example.shop", "Shop", []), [])[1] is False


def test_search_said_as_an_imperative_of_another_language_is_the_verb_and_the_rest_the_query() -> None:
    screen = made_screen("com.example.shop", "Shop", [])
    assert query("пошукай зимові черевики", screen, []) == ("зимові черевики", True)  # Ukrainian
    assert query("vyhledej zimní boty", screen, []) == ("zimní boty", True)  # Czech
    assert query("keresd a téli csizmát", screen, []) == ("téli csizmát", True)  # Hungarian


def test_a_task_written_without_spaces_is_cut_around_its_search_word() -> None:
    screen = made_screen("com.example.shop", "Shop", [])
    assert query("在小店搜一下保温杯", screen, []) == ("保温杯", True)
    assert query("帮我找一下折叠伞吧", screen, []) == ("折叠伞", True)
    assert query("水筒を探して", screen, []) == ("水筒", True)
    assert query("ช่วยหากระติกน้ำให้หน่อย", screen, []) == ("กระติกน้ำ", True)


def test_a_japanese_place_or_means_before_de_is_no_part_of_the_query() -> None:
    """Japanese "XでYを探して/検索して": X (where, or with what: "設定で", "ホーム画面の検索で") is no part of what is
    looked for, Y is; "の" joins the query's own words ("無印の収納ボックス")."""
    screen = made_screen("com.example.shop", "Shop", [])
    assert query("ホーム画面の検索で楽天ペイを探して", screen, []) == ("楽天ペイ", True)
    assert query("Yahoo!で天気予報を検索して", screen, []) == ("天気予報", True)
    assert query("無印の収納ボックスを検索して", screen, []) == ("無印の収納ボックス", True)  # must not cut at "の"
    assert query("ふでばこを探して", screen, []) == ("ふでばこ", True)  # a で inside a word in hiragana stays


def test_a_task_without_spaces_and_no_search_word_names_no_search() -> None:
    screen = made_screen("com.example.shop", "Shop", [])
    assert query("打开保温杯的订单", screen, [])[1] is False  # must not fire: "open the flask's order"


def test_an_english_verb_with_an_indian_light_verb_leaves_the_light_verb_out_of_the_query() -> None:
    """"bread search karo", "bread search பண்ணு", "bread search చేయండి": "do a search for bread", the "do" no query."""
    screen = made_screen("com.example.kirana", "Kirana", [])
    for task in ("brown bread search karo", "brown bread search பண்ணு", "brown bread search చేయండి",
                 "brown bread search করুন"):
        assert query(task, screen, []) == ("brown bread", True), task


def test_a_want_said_before_the_thing_is_no_part_of_the_query() -> None:
    """"بدي برجر" (I want a burger), "хочу пиццу", "I want sushi" on a search page: the thing is the query."""
    screen = made_screen("com.example.yemek", "Yemek", [])
    assert query("بدي برجر", screen, [])[0] == "برجر" and query("хочу пиццу", screen, [])[0] == "пиццу"
    assert query("I want sushi", screen, [])[0] == "sushi" and query("quiero empanadas", screen, [])[0] == "empanadas"


def test_a_short_word_inside_the_name_looked_for_stays_in_the_query() -> None:
    screen = made_screen("com.example.shop", "Shop", [])
    assert query("busca zapatillas de trail baratas", screen, []) == ("zapatillas de trail baratas", True)
    assert query("suche Ferienwohnung am See", screen, []) == ("Ferienwohnung am See", True)
    assert query("cherche une pharmacie de garde à Lyon", screen, [])[0] == "pharmacie de garde à Lyon"
    assert query("search for a cordless vacuum cleaner", screen, []) == ("cordless vacuum cleaner", True)  # edges go
    assert query("busca zapatos para mi hija", screen, []) == ("zapatos hija", True)  # two words apart: not one name


def test_an_urdu_search_prompt_is_a_search_field() -> None:
    screen = made_screen("com.example.browser", "Browser", [("FrameLayout", "خبریں")], {"search box": "تلاش کریں"})
    top = rank("browser mein cricket score search karo", "", screen, ["Browser"], [])[0].action
    assert top["kind"] == "type" and top["text"] == "cricket score" and top["element"] in screen.editable


def test_a_for_after_where_to_search_is_no_part_of_what_is_sought() -> None:
    screen = _market([])
    assert query("search Grainly for a walnut chopping board", screen, []) == ("walnut chopping board", True)
    assert query("zoek op Marktplaats naar een fiets", screen, []) == ("fiets", True)
    assert query("search google for pizza near me", screen, ["Google"]) == ("pizza near", True)
    # must not fire: the "for" inside the thing sought, no place named before it
    assert query("search google for pizza near me", screen, [])[0] != "google for pizza near"
    assert query("search for tacos al pastor", screen, []) == ("tacos al pastor", True)


def test_a_pronoun_after_the_search_verb_points_back_at_the_thing_named_before() -> None:
    screen = made_screen("com.example.shop", "Shop", [])
    assert query("a walnut cutting board, search for it", screen, [])[0] == "walnut cutting board"
    assert query("unas zapatillas de running, búscalas por favor", screen, [])[0] != ""
    assert query("ابغى فلافل بالطحينة، دورلي عليها", screen, [])[0] == "فلافل بالطحينة"
    assert query("Pad Thai mit Tofu, such bitte danach", screen, [])[0] != "danach"


def test_the_search_object_ends_where_the_next_clause_starts_and_a_quoted_name_is_the_query() -> None:
    screen = made_screen("com.example.podcasts", "Podcasts", [])
    assert query('Open Podcasts, find "Daily Tech" and subscribe to it', screen, []) == ("Daily Tech", True)
    assert query('find the episode "Daily Tech" - how long is it?', screen, []) == ("Daily Tech", True)
    assert query("find the invoice from Acme and then share it", screen, []) == ("invoice from Acme", True)
    assert query("search salt and pepper", screen, []) == ("salt and pepper", True)


def test_a_focused_field_listing_what_to_look_for_is_its_prompt() -> None:
    """A field whose text lists what may be searched ("Artists, songs, or podcasts", "Nombre, especialidad, centro")
    shows its hint: empty, the query goes in; a list of capitalised places is a value, no prompt."""
    for prompt, task, said in (("Artists, songs, or podcasts", "search for lo-fi beats", "lo-fi beats"),
                               ("Nombre, especialidad, centro", "busca un fisioterapeuta", "fisioterapeuta")):
        screen = _focused(made_screen("com.example.find", "Find", [("View", "Recent")], {"text field": prompt}))
        screen = screen.model_copy(update={"editable": {6: prompt}})
        assert rank(task, "", screen, [], [])[0].action == {"kind": "type", "element": 6, "text": said}, task
    for value in ("Rua Augusta, Lisboa, Portugal", "12 Elm St, Leeds, UK"):
        screen = _focused(made_screen("com.example.find", "Find", [("View", "Recent")], {"text field": value}))
        screen = screen.model_copy(update={"editable": {6: value}})
        assert rank("search for cafés", "", screen, [], [])[0].action.get("element") != 6, value
