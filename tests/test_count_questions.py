"""Count questions answered from the list on screen, said in everyday wordings, on invented apps
(a mail client, a recipe box, a podcast player, a German notes app), with must-not-fire cases."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of
from test_menus_counting import first, listing, row, tapped, text, toolbar

from cascadroid.agents import answers, counting
from cascadroid.agents.wording import canonical


def _asked(task: str) -> str | None:
    question = answers.asked(canonical(task))
    return question.kind if question else None


def test_how_much_before_a_plural_of_things_asks_a_count():
    assert _asked("How much unread messages I have?") == "count"
    assert _asked("how much episodes in my Commute queue") == "count"
    assert counting.count_asked(canonical("How much unread messages I have?")).marks == {"unread"}
    # an amount is still an amount: money, a price, a thing's cost
    assert _asked("How much does the oat milk cost?") == "amount"
    assert _asked("How much money is left in my wallet?") == "amount"
    assert _asked("how much tickets cost for Saturday") == "amount"
    assert _asked("How much are the concert tickets?") == "amount"


def test_the_counted_noun_stands_before_an_adverb_said_after_it():
    ask = counting.count_asked(canonical("Kindly report the number of recipes currently saved in Cookbox."))
    assert ask is not None and ask.noun == {"recipe"}
    assert counting.count_asked("how many episodes have I already downloaded").noun == {"episode"}


def test_a_terse_count_names_the_place_after_it():
    assert canonical("episode count Commute playlist") == "count the episodes in the Commute playlist"
    ask = counting.count_asked(canonical("unread mail count Inbox"))
    assert ask.noun == {"mail"} and ask.marks == {"unread"} and ask.place == {"inbox"}
    assert canonical("please count Recipes") != "count the pleases in the Recipes"


INBOX = ("com.example.postbox", toolbar("Inbox", node("android.widget.ImageButton", (960, 120, 1060, 220),
                                                      desc="Search", click=True)),
         listing(row(300, "Unread", "Ines Moll", "Tickets for Friday"), row(480, "Omar Haddad", "Re: Lease"),
                 row(660, "Unread", "Yuki Sato", "Your parcel"), row(840, "Lea Brandt", "Photos")))


def test_how_much_unread_is_counted_on_the_rows_that_say_unread():
    best = first(canonical("How much unread messages I have in my inbox?"), screen_of(*INBOX),
                 [tapped("Postbox", "open_app")])
    assert best.action == {"kind": "done", "answer": "2"}


def test_a_saved_list_is_counted_whole_when_the_question_names_no_state():
    saved = screen_of("com.example.cookbox", toolbar("Saved recipes"),
                      listing(row(300, "Lentil soup", "35 min"), row(480, "Shakshuka", "25 min"),
                              row(660, "Miso ramen", "50 min")))
    best = first(canonical("Kindly report the number of recipes currently saved in Cookbox."), saved,
                 [tapped("Cookbox", "open_app")])
    assert best.action == {"kind": "done", "answer": "3"}


def test_a_detail_pages_stated_number_answers_a_how_many_of_it_not_its_rows():
    recipe = screen_of("com.example.cookbox", toolbar("Lentil soup"),
                       text("Serves 4", (40, 300, 500, 360)),
                       listing(row(400, "200 g red lentils"), row(580, "1 onion"), row(760, "2 carrots"),
                               row(940, "1 l stock"), row(1120, "1 lemon"), row(1300, "Cumin")))
    best = first("How many people does this recipe serve?", recipe, [tapped("Lentil soup")])
    assert best.action == {"kind": "done", "answer": "4"}


def test_a_request_that_is_no_question_is_not_answered_with_a_count():
    best = first("Archive the unread emails", screen_of(*INBOX), [tapped("Postbox", "open_app")])
    assert best.action.get("answer") is None
    assert counting.count_asked(canonical("Archive the unread emails")) is None


def test_a_count_asked_in_another_language_counts_the_rows_showing_its_state():
    post = screen_of("de.beispiel.post", toolbar("Posteingang"),
                     listing(row(300, "Ungelesen", "Ines Moll", "Tickets"), row(480, "Omar Haddad", "Mietvertrag"),
                             row(660, "Ungelesen", "Yuki Sato", "Paket"), row(840, "Ungelesen", "Lea Brandt", "Fotos")))
    best = first("Wie viele ungelesene E-Mails habe ich?", post, [tapped("Post", "open_app")])
    assert best.action == {"kind": "done", "answer": "3"}
    inbox = screen_of("jp.example.mail", toolbar("受信トレイ"),
                      listing(row(300, "未読", "田中", "会議"), row(480, "佐藤", "請求書"), row(660, "未読", "鈴木", "写真")))
    assert first("未読メールは何件?", inbox, [tapped("メール", "open_app")]).action == {"kind": "done", "answer": "2"}


def test_a_favourite_is_the_star_a_row_shows():
    people = screen_of("com.example.people", toolbar("People"),
                       listing(row(300, "Ines Moll", desc="Ines Moll, Starred"), row(480, "Omar Haddad"),
                               row(660, "Yuki Sato", desc="Yuki Sato, Starred"), row(840, "Lea Brandt")))
    best = first("How many of my contacts are marked as favourites?", people, [tapped("People", "open_app")])
    assert best.action == {"kind": "done", "answer": "2"}
    ask = counting.count_asked("How many photos are in my Favourites album?")  # the album's name is no state
    assert ask.marks == set() and "album" in ask.place


def test_a_count_the_page_states_wins_over_the_rows_in_view():
    chats = screen_of("com.example.talk", toolbar("Chats"), text("2 unread", (40, 290, 400, 340)),
                      listing(row(400, "Unread", "Ines Moll", "See you"), row(580, "Omar Haddad", "ok"),
                              row(760, "Yuki Sato", "Thanks"), scroll=True))
    best = first("How many chats have unread messages?", chats, [tapped("Talk", "open_app")])
    assert best.action == {"kind": "done", "answer": "2"}  # no scrolling: the header says it
    folder = screen_of("com.example.drive", toolbar("Scans"), text("12 items", (40, 290, 400, 340)),
                       listing(*[row(400 + 180 * i, f"scan_{i}.pdf", "1 MB") for i in range(5)], scroll=True))
    assert first("How many files are in my Scans folder?", folder, [tapped("Scans")]).action == \
        {"kind": "done", "answer": "12"}
    # "12 unread" counts no emails of every kind; the rows do, read to the end first
    mail = screen_of("com.example.postbox", toolbar("Inbox"), text("12 unread", (40, 290, 400, 340)),
                     listing(row(400, "Unread", "Ines Moll", "Hi"), row(580, "Omar Haddad", "Lease")))
    ask = counting.count_asked("How many emails are in my inbox?")
    assert counting.stated(ask, mail) is None


def test_a_list_read_over_one_scroll_in_french_counts_each_row_once():
    def page(*names: str):
        return screen_of("fr.exemple.appels", toolbar("Récents"),
                         listing(*[row(300 + 180 * i, name, "Appel manqué · 9:05" if n % 2 == 0 else "Entrant · 9:10")
                                   for i, (n, name) in enumerate(names)], scroll=True))
    one, two = page((0, "Ana"), (1, "Bruno"), (2, "Chloé")), page((2, "Chloé"), (3, "Denis"), (4, "Emma"))
    scrolled = {"kind": "swipe", "line": "swipe down", "key": "swipe down", "outcome": "success",
                "seen": counting.row_texts(one)}
    at_end = [scrolled, {"kind": "swipe", "line": "swipe down", "key": "swipe down", "outcome": "no_change",
                         "seen": counting.row_texts(two)}]
    task = "Combien d'appels manqués ai-je ?"
    assert first(task, one, [tapped("Appels", "open_app")]).action["kind"] == "swipe"
    assert first(task, two, at_end).action == {"kind": "done", "answer": "3"}  # Ana, Chloé, Emma


def test_the_same_words_asking_a_price_or_joining_words_ask_no_count():
    assert counting.count_asked("Сколько стоит билет в кино?") is None
    assert counting.count_asked("多少钱?") is None
    assert counting.count_asked("Ana ile buluşmayı takvime ekle") is None
    assert _asked("Wie viel kostet der Kaffee?") != "count"


def test_the_filter_that_names_the_state_is_chosen_and_then_counts_all_its_rows():
    def mail(chosen: bool, *rows_: str):
        chips = node("android.view.View", (0, 280, W, 380),
                     *[node("android.view.View", (i * 360, 290, i * 360 + 340, 370), text(t, (i * 360 + 20, 300, i * 360 + 300, 360)),
                            click=True, selected=(i == 1) == chosen) for i, t in enumerate(["Alle", "Ungelesen", "Markiert"])])
        return screen_of("de.beispiel.post", toolbar("Posteingang"), chips,
                         listing(*[row(400 + 180 * i, *r.split(" / ")) for i, r in enumerate(rows_)]))
    everything = mail(False, "Ines Moll / Tickets", "Omar Haddad / Mietvertrag", "Yuki Sato / Paket")
    best = first("Wie viele ungelesene E-Mails habe ich?", everything, [tapped("Post", "open_app")])
    assert best.action["kind"] == "tap" and everything.labels[best.action["element"]] == "Ungelesen"
    unread = mail(True, "Ines Moll / Tickets", "Yuki Sato / Paket")
    assert first("Wie viele ungelesene E-Mails habe ich?", unread, [tapped("Ungelesen")]).action == \
        {"kind": "done", "answer": "2"}


def test_a_count_named_by_its_state_alone_and_a_time_after_the_noun():
    best = first(canonical("What's my unread count?"), screen_of(*INBOX), [tapped("Postbox", "open_app")])
    assert best.action == {"kind": "done", "answer": "2"}
    assert counting.count_asked(canonical("what's the missed call count")).noun == {"call"}
    assert counting.count_asked("How many missed calls today?").noun == {"call"}
    # a measure's count is a value the app shows, no rows counted
    assert counting.count_asked(canonical("Check my step count")) is None
    assert counting.count_asked(canonical("What is the word count of my note?")) is None


def test_a_star_toggle_saying_not_starred_is_no_star():
    mails = screen_of("com.example.postbox", toolbar("Inbox"),
                      listing(row(300, "Ines Moll", "Tickets", desc="Not starred"), row(480, "Omar Haddad", "Lease",
                                                                                      desc="Starred"),
                              row(660, "Yuki Sato", "Parcel", desc="Not starred")))
    best = first("How many starred emails do I have?", mails, [tapped("Postbox", "open_app")])
    assert best.action == {"kind": "done", "answer": "1"}


def test_terse_counts_a_topic_first_a_hash_and_a_state_said_short():
    home = screen_of("com.example.bakery", toolbar("Bakery", node("android.widget.Button", (700, 120, 1060, 220),
                                                                  desc="Basket, 3 items", click=True)),
                     listing(row(300, "Rye loaf", "$4.20"), row(480, "Croissant", "$2.10")))
    task = canonical("bakery basket, # of items")
    assert counting.answer(task, home, []) == ("3", 1.0)  # the basket names its own count
    best = first(task, home, [tapped("Bakery", "open_app")])
    assert best.action.get("answer") == "3" or home.labels.get(best.action.get("element")) == "Basket, 3 items"
    assert canonical("fav recipes count") == "count the favourite recipes"
    assert counting.count_asked(canonical("fav recipes count")).marks == {"starred"}
    ask = counting.count_asked(canonical("I keep a Packing note with one line per item. How many things are on it now?"))
    assert ask.place >= {"packing", "note"} and not ask.marks
    assert _asked("Text Bo the number of unread emails") is None  # a message to send, no question
    assert canonical("favourite the sunset photo") == "add the sunset photo to favourites"


def test_a_name_a_quoted_message_a_value_or_a_time_asked_with_a_count_word_is_no_count():
    for task in ["Call Cate Blanchett", "Text Cate that I'm running late", "Ring Cate Moreau back",
                 'Send Bo "combien de personnes viennent ?"', "Text Ana «wie viele kommen?»",
                 "小李的电话号码是多少？", "WiFi密码是多少", "明天多少度?", "张伟的生日是多少号",
                 "Combien de temps dure le film ?", "Сколько сейчас времени?", "Jam berapa rapat besok?",
                 "Quanti anni ha Marco?", "몇 월 며칠에 회의가 있어?", "¿Cuántos años tiene Lucía?",
                 "今日の気温はいくつ？", "大阪の温度っていくつ", "Ile de France weather tomorrow", "Ile-de-France trains"]:
        assert _asked(task) != "count", task
    for task in ["¿Cuántas reuniones tengo para mañana?", "Quantas reuniões tenho para sexta?",
                 "Câte mesaje necitite am?", "我有多少封未读邮件？", "Сколько пропущенных звонков?",
                 "未読メールはいくつ？", "Ile mam nieprzeczytanych wiadomości?"]:
        assert _asked(task) == "count", task


def test_how_much_before_a_verb_asks_an_amount():
    for task in ["How much space does WhatsApp use?", "how much storage does Spotify take",
                 "how much data does YouTube use", "how much battery does the phone have", "how much money was spent",
                 "how much memory has Zapnotes used"]:
        assert _asked(task) != "count", task


def test_a_tabs_badge_is_no_count_of_all_rows():
    def chats(tab: str, *names: str):
        return screen_of("com.example.natter", toolbar("Natter"),
                         node("android.widget.TextView", (0, 200, 300, 260), text=tab, click=True, selected=True),
                         node("android.widget.TextView", (300, 200, 600, 260), text="Calls", click=True),
                         listing(*[row(300 + 180 * i, n, "hi") for i, n in enumerate(names)]))
    five = chats("Chats 3", "Ines Moll", "Omar Haddad", "Yuki Sato", "Lea Brandt", "Bo Chen")
    assert first(canonical("How many chats do I have?"), five, [tapped("Natter", "open_app")]).action == \
        {"kind": "done", "answer": "5"}
    four = chats("Threads 2", "Ines Moll", "Omar Haddad", "Yuki Sato", "Lea Brandt")
    assert first(canonical("how many threads are there?"), four, [tapped("Natter", "open_app")]).action == \
        {"kind": "done", "answer": "4"}


def test_an_action_button_a_selection_bar_or_a_negation_shows_no_state():
    from cascadroid.agents import ui_glossary
    for label in ["Add to favourites", "Remove from favorites", "お気に入りに追加", "Als ungelesen markieren",
                  "Mark as unread", "3 markiert", "Non suivi", "No destacado", "Not starred", "Aggiungi ai preferiti",
                  "取消置顶", "未加星标"]:
        assert not ui_glossary.shown_states(label), label
    for label, state in [("Unread", "unread"), ("non lu", "unread"), ("No leído", "unread"), ("Favorit", "starred"),
                         ("Kettle | Favourite | Add to cart", "starred"), ("已置顶", "pinned"), ("Paket verpasst", "missed")]:
        assert ui_glossary.shown_states(label) == {state}, label
    recipes = screen_of("com.example.cookbox", toolbar("Recipes"),
                        listing(row(300, "Lentil soup", "Remove from favourites"), row(480, "Shakshuka", "Add to favourites"),
                                row(660, "Miso ramen", "Add to favourites")))
    assert first(canonical("How many favourite recipes do I have?"), recipes,
                 [tapped("Cookbox", "open_app")]).action.get("answer") != "3"
    mails = screen_of("com.example.courriel", toolbar("Boîte de réception"),
                      listing(row(300, "Ines Moll", "Billets", desc="Non suivi"), row(480, "Omar Haddad", "Bail", desc="Suivi"),
                              row(660, "Yuki Sato", "Colis", desc="Non suivi")))
    assert first("Combien d'e-mails suivis ai-je ?", mails, [tapped("Courriel", "open_app")]).action == \
        {"kind": "done", "answer": "1"}


def test_a_message_to_send_with_a_count_in_it_is_no_count_question():
    assert _asked("Message Ana Ruiz, count of chairs is 12") is None
    assert _asked("Ping Lea Brandt: number of seats is 4") is None
    assert _asked("shop cart, number of items") == "count"


def test_whether_there_are_any_then_how_many_asks_the_count():
    from cascadroid.agents.said_first import question_last
    assert question_last("Do I have any unread messages in Chatterly? If so, how many?") == \
        "How many unread messages in Chatterly do I have?"
    assert question_last("Are there starred notes in Keepnote? How many?") == "How many starred notes in Keepnote are there?"
    assert _asked("Have I got any new texts? How many?") == "count"
    for task in ("Do I have any unread emails?", "Do we have milk? Buy two", "Are there tickets left? Book two"):
        assert question_last(task) == task


def test_a_state_said_with_an_adverb_before_it_is_still_the_state_counted():
    assert counting.count_asked("How many of my reminders are actually on right now?").state is True
    assert counting.count_asked("How many sprinklers are still off?").state is False
    assert counting.count_asked("How many reminders do I have?").state is None
    assert counting.count_asked("How many items on my wishlist are still on sale?").state is None  # no switch state
    assert counting.count_asked("How many meetings are still on for tomorrow?").state is None


def test_the_same_words_saying_a_few_in_a_request_ask_no_count():
    from cascadroid.agents.count_leads import lead
    for request in ("동생이 찍은 영상 몇 개 보내줘", "ケーキの写真を何枚か送って", "给我发几张海边的照片"):
        assert lead(request) is None, request
    for question in ("영상 몇 개 있는지 알려줘", "사진 몇 장 있어?", "写真は何枚?", "相册里有几张照片？"):
        assert lead(question) is not None, question
