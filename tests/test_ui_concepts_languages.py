"""The concept table's language sections on invented labels and tasks: a task in one language meets a control
in another for every section, and the words that are everyday words elsewhere (names, prepositions, a word
of another language) name nothing (agents/ui_concepts.toml, agents/ui_glossary.py)."""

from __future__ import annotations

from test_ui_concepts import _buttons
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.ui_glossary import concepts, fit


def test_european_sections_meet_tasks_in_other_languages():
    assert fit(concepts("cancel the subscription"), "Atšaukti") == 0.75  # Lithuanian button, English task
    assert fit(concepts("cerca un restaurant"), "Претражи") == 0.75  # Catalan task, Serbian Cyrillic screen
    assert fit(concepts("desa la foto"), "Sačuvaj") == 0.75  # Catalan task, Serbian Latin screen
    assert fit(concepts("pievienot grozam"), "Add to cart") == 1.5  # Latvian add + cart
    assert fit(concepts("logi välja"), "Sign out") == 0.75  # Estonian
    assert fit(concepts("ezabatu mezua"), "Видалити") == 0.75  # Basque task, Ukrainian screen
    assert fit(concepts("uključi bluetooth"), "Zapnúť") == 0.75  # Croatian task, Slovak switch
    assert fit(concepts("zatvori oglas"), "Aizvērt") == 0.75  # Serbian task, Latvian screen
    assert fit(concepts("пребарај"), "Paieška") == 0.75  # Macedonian task, Lithuanian screen
    assert fit(concepts("ödəniş et"), "Zaplatiť") == 0.75  # Azerbaijani task, Slovak screen
    assert fit(concepts("hætta við"), "Cancel") == 0.75  # Icelandic


def test_sister_languages_forms_of_one_word_earn_no_translation_credit():
    assert fit(concepts("dodaj u korpu"), "Dodaj u košaricu") == 0.0  # Serbian task, Croatian label: one word
    assert fit(concepts("prijavi se"), "Prijava") == 0.0


def test_everyday_words_of_other_languages_name_no_control():
    assert "order" not in concepts("Telliskivi")  # Estonian "telli" only as a word of its own
    assert "add" not in concepts("text Lisa")  # Estonian "lisa" (add) is a name: left out
    assert "battery" not in concepts("aku mau beli pulsa")  # Estonian "aku" is Indonesian "I"
    assert "help" not in concepts("abi bunu aç")  # Estonian "abi" is Turkish "big brother"
    assert "share" not in concepts("jaga anak")  # Estonian "jaga" is Indonesian "look after"
    assert "call" not in concepts("Segnale telefono completo")  # Albanian "telefono" is Italian "phone"
    assert "sound" not in concepts("my son's school")  # Galician "son" (sound) is English
    assert "back" not in concepts("ne vuelve torna a casa")  # Catalan "torna" is Portuguese/Italian too
    assert "on" not in concepts("Suscripción activa")  # "activa" is a state in Spanish
    assert "message" not in concepts("Správa účtu")  # Slovak "správa" is Czech "administration"


def test_an_english_task_on_a_lithuanian_account_screen_takes_its_sign_out_button():
    observation, screen = screen_of(
        node("TextView", (40, 900, 1040, 1100), "Paskyra"),
        *_buttons("Nustatymai", "Atsijungti", "Pagalba"))
    sign_out = element(observation, text="Atsijungti")
    assert first("sign out of my account", screen) == {"kind": "tap", "element": sign_out.id}


def test_south_asian_and_african_sections_meet_tasks_in_other_languages():
    assert fit(concepts("share the photo"), "શેર કરો") == 0.75  # Gujarati button, English task
    assert fit(concepts("ಅಳಿಸಿ"), "நீக்கு") == 0.75  # Kannada task, Tamil screen
    assert fit(concepts("ਭੇਜੋ"), "Send") == 0.75  # Punjabi task
    assert fit(concepts("search for shoes"), "തിരയുക") == 0.75  # Malayalam screen
    assert fit(concepts("cancel"), "ຍົກເລີກ") == 0.75  # Lao screen, found inside an unspaced run
    assert fit(concepts("khansela i-oda"), "Cancelar") == 0.75  # Zulu task, Spanish screen
    assert fit(concepts("tirtir sawirka"), "Delete") == 0.75  # Somali task
    assert fit(concepts("ajiye hoton"), "Simpan") == 0.75  # Hausa task, Indonesian screen


def test_short_words_of_new_sections_are_not_everyday_words_of_others():
    assert "call" not in concepts("kira öde")  # Hausa "kira" (call) is Turkish "rent": left out
    assert "buy" not in concepts("saya mau pulsa")  # Hausa "saya" (buy) is Indonesian "I": left out
    assert "language" not in concepts("زمان جلسه را تغییر بده")  # Sorani "زمان" is Persian "time": left out
    assert "send" not in concepts("aseta aika")  # Hausa "aika" (send) is Finnish "time": left out
    assert "close" not in concepts("ເປີດແອັບ")  # Lao "ປິດ" (close) is not cut out of "ເປີດ" (open)
    assert "search" not in concepts("nema veze")  # Hausa "nema" is Serbian "there is no": left out


def test_completed_sections_meet_tasks_in_other_languages():
    assert fit(concepts("turn on bluetooth"), "ჩართვა") == 0.75  # Georgian switch
    assert fit(concepts("перевести деньги маме"), "Փոխանցել") == 0.75  # Russian task, Armenian screen
    assert fit(concepts("yangilash"), "Update all") == 0.75  # Uzbek task
    assert fit(concepts("আপডেট করুন"), "Actualizar") == 0.75  # Bengali task, Spanish screen
    assert fit(concepts("ክፈል"), "Pay now") == 0.75  # Amharic task
    assert fit(concepts("ऑर्डर करा"), "Commander") == 0.75  # Marathi task, French screen
    assert fit(concepts("switch on wi-fi"), "Slå på") == 0.75  # Norwegian switch
    assert fit(concepts("kích hoạt"), "Einschalten") == 0.75  # Vietnamese task, German switch
    assert fit(concepts("search"), "ស្វែងរក") == 0.75 and fit(concepts("add it"), "បន្ថែម") == 0.75  # Khmer


def test_a_word_that_says_two_things_in_its_language_keeps_the_one_it_had():
    assert set(concepts("Қосу")) == {"add"}  # Kazakh "қосу" also turns on: not read as "on"
    assert set(concepts("O'chirish")) == {"delete"}  # Uzbek "o'chirish" also turns off
    assert set(concepts("বন্ধ করুন")) == {"close"}  # Bengali close, also "turn off"
    assert "on" not in concepts("เปิดแอป Grab") and "on" not in concepts("打开微信")  # "open" is no turning on
    assert "on" not in concepts("Nổi bật")  # Vietnamese "bật" (on) inside "featured": left out
    assert "back" not in concepts("զանգիր ինձ հետ")  # Armenian "հետ" is "with"


def test_traditional_chinese_and_the_rarer_concepts_meet_other_languages():
    assert fit(concepts("把照片加到我的最愛"), "Favorites") == 0.75  # Taiwan's word for favourites
    assert fit(concepts("掃一掃付款碼"), "Scan") == 0.75
    assert fit(concepts("track my order"), "ติดตามพัสดุ") == 0.75  # Thai screen
    assert fit(concepts("proceed to checkout"), "Till kassan") == 0.75  # Swedish screen
    assert fit(concepts("go back"), "वापस जाएं") == 0.75  # Hindi screen
    assert fit(concepts("show my receipts"), "Kvitteringer") == 0.75  # Norwegian screen


def test_rarer_concepts_leave_everyday_words_alone():
    assert "back" not in concepts("पैसे वापस करें")  # Hindi "वापस" alone is a refund's "back"
    assert set(concepts("לתשלום")) == {"pay"}  # Hebrew "to payment" stays pay, no checkout
    assert "food" not in concepts("I'm mad at the mat")  # Danish "mad", Norwegian "mat" (food) are English
    assert "share" not in concepts("pan del día")  # Norwegian/Danish "del" (share) is Spanish "of the"


def test_central_asian_sections_meet_tasks_in_other_languages():
    assert fit(concepts("жөнөтүү"), "Отправить") == 0.75  # Kyrgyz task, Russian screen
    assert fit(concepts("ҷустуҷӯ"), "Search") == 0.75  # Tajik task
    assert fit(concepts("send it"), "Фиристодан") == 0.75  # Tajik screen
    assert set(concepts("Өчүрүү")) == {"delete"}  # Kyrgyz delete, also turning off: kept as delete
    assert "close" not in concepts("Hesabı bağla")  # Azerbaijani "bağla" (close) is Turkish "link": left out


def test_the_acts_tasks_say_in_imperatives_of_more_languages():
    from cascadroid.agents.ui_glossary import acts, shown
    assert acts("pridaj mlieko do košíka") == {"add"}  # Slovak
    assert acts("įjunk bluetooth") == {"on"}  # Lithuanian
    assert acts("kapcsold be a wifit") == {"on"}  # Hungarian
    assert acts("ჩართე ბლუთუზი") == {"on"}  # Georgian
    assert shown("zapni wifi", ["Zapnout"]) and shown("zapni wifi", ["Einschalten"])  # Czech task, its own label
    assert concepts("Pridaj") == {}  # words only tasks say are never read from a label
    assert acts("použi kupón") == set()  # Czech "kup" (buy) only as a word of its own


def test_new_sections_cover_the_rarer_concepts_too():
    assert fit(concepts("track my order"), "Sledovanie zásielky") == 0.75  # Slovak screen
    assert fit(concepts("ഓണാക്കുക"), "Turn on") == 0.75  # Malayalam task
    assert fit(concepts("show my receipts"), "Kvittanir") == 0.75  # Icelandic screen
    assert set(concepts("ਪੈਸੇ ਭੇਜੋ")) == {"transfer"}  # Punjabi "send money": the longer word wins, as in Hindi
