"""Task grammar that generalises across wordings: a person's "email" as their address, a stated value
put somewhere, "tell me" as a question, "how many stars" as a rating, "respond to ... with "X"", a quote
before an item's noun naming the item, "out of A into B". Invented apps, people and values only."""

from __future__ import annotations

from cascadroid.agents import answers, counting, menus, subgoals, superlatives
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.owned_values import owned_values
from cascadroid.agents.referents import locates_value, resolve, restated
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical


def test_a_persons_email_asked_for_or_stated_is_their_address():
    assert owned_values("what's Ingrid Solberg's email?") == "what's Ingrid Solberg's email address?"
    assert owned_values("could you give me Amara's e-mail") == "could you give me Amara's e-mail address"
    assert owned_values("Tomasz Wrona's email is now tw@fjord.no") == "Tomasz Wrona's email address is now tw@fjord.no"


def test_a_persons_email_read_replied_or_described_stays_a_message():
    for text in ("reply to Ingrid Solberg's email", "read Amara's email about the lease",
                 "what did Tomasz Wrona's email say?", "forward Ingrid's email to my boss",
                 "what's Ingrid Solberg's email address?"):
        assert owned_values(text) == text


def test_a_polite_request_to_be_told_a_value_is_answered_not_passed_on():
    task = canonical("could you tell me Amara Obi's email")
    assert answers.asked(task).kind == "email"
    assert subgoals.read_part(task) is None  # "tell me": the user is told, nobody is sent it
    assert subgoals.read_part("text Amara Obi Ingrid Solberg's email") is not None  # a third person is sent it


def test_a_stated_value_is_what_goes_in_and_the_owner_is_the_person():
    request = resolve("add it to their contact", ["Ingrid Solberg's email address is ingrid@fjord.no"])
    assert request == "add ingrid@fjord.no to Ingrid Solberg's contact"
    request = resolve("save it in his contact", ["Tomasz Wrona sent me his new email, tw@wrona.pl"])
    assert request == "save tw@wrona.pl in Tomasz Wrona's contact"
    clause = "Ingrid Solberg's email address is ingrid@fjord.no"
    assert locates_value(clause) and restated(clause, request.replace("tw@wrona.pl", "ingrid@fjord.no")
                                                           .replace("Tomasz Wrona", "Ingrid Solberg"))


def test_update_it_after_a_stated_value_still_means_the_thing_named():
    assert "fjord.no" not in resolve("update it", ["Ingrid Solberg's email address is ingrid@fjord.no"])


def test_a_stated_email_rewritten_end_to_end():
    assert canonical("Amara Obi's email is amara@lagos.ng, add it to her contact") == \
        "add amara@lagos.ng to Amara Obi's contact"


def test_how_many_stars_asks_for_a_rating_not_a_count():
    assert answers.asked('How many stars does "Trail Runner 3" have in the store?').kind == "rating"
    assert counting.count_asked("how many stars has the Lakeview Hotel got on Bookings?") is None
    assert answers.asked("how many starred emails do I have?").kind == "count"


def test_respond_to_a_titled_message_with_quoted_words_replies_saying_them():
    assert canonical('respond to the "Lease renewal" mail from Tomasz Wrona with "Signed, thanks"') == \
        'reply to the "Lease renewal" mail from Tomasz Wrona saying "Signed, thanks"'
    assert canonical("reply to the mail from Amara with the invoice") == "reply to the mail from Amara with the invoice"


def test_a_quote_right_before_an_items_noun_names_the_item():
    kinds = {v.text: v.kind for v in task_values('reply to the "Lease renewal" mail saying "Signed, thanks"')}
    assert kinds == {"Lease renewal": "quoted", "Signed, thanks": "message"}
    kinds = {v.text: v.kind for v in task_values('share my "Road trip" playlist with Amara')}
    assert kinds["Road trip"] == "quoted"
    assert task_values('text Ingrid "running late"')[0].kind == "message"


def test_sending_a_note_named_in_quotes_reads_its_text_first():
    part = subgoals.read_part('email my "Gift ideas" note to ingrid@fjord.no')
    assert part is not None and part.asked.kind == "text" and part.object == "Gift ideas"


def test_out_of_names_where_an_item_is_now():
    assert menus._FROM.search("move report.odt out of Inbox into Archive 2024").group(1) == "Inbox"  # noqa: SLF001


def test_a_ranked_item_on_an_app_is_read_there_and_the_message_goes_to_the_person():
    part = subgoals.read_part("text Ingrid Solberg the name and price of the cheapest item in the Camping category on Trailstore")
    assert part is not None and part.rest == "text Ingrid Solberg it"
    assert part.question.endswith("on Trailstore?")


def test_a_part_named_in_capitals_before_the_app_is_the_category():
    assert superlatives.category_phrase("order the cheapest thing in Board games on Toyland") == "Board games"
    assert superlatives.category_phrase("buy the best-rated one in Garden tools from Hardwarely") == "Garden tools"
    assert superlatives.category_phrase("buy the cheapest item in Toyland", {"toyland"}) == ""


def test_a_bare_deliver_to_after_an_order_is_where_it_ships():
    assert canonical("order the cheapest kettle on Homewares, deliver to 9 Fjord Road, Bergen") == \
        "order the cheapest kettle on Homewares and ship it to 9 Fjord Road, Bergen"


def test_an_app_named_first_leaves_the_verb_that_follows_as_the_tasks_verb():
    assert "close" in parse_goal('in firefox close the "Recipes" tab').verbs
    assert "mute" in parse_goal("on Telegram mute the Book club group").verbs


def test_a_conversation_started_with_someone_is_a_new_chat():
    assert canonical('I have never written to Amara Obi on Viber - start a chat with her and say "Hi there"') \
        .startswith('start a new chat with Amara Obi and say "Hi there"')
    assert canonical("open the chat with Amara Obi") == "open the chat with Amara Obi"


def test_a_file_name_said_to_go_into_a_note_is_the_notes_text():
    kinds = {v.text: v.kind for v in task_values('save boarding_pass.pdf in a new note titled "Spreadsheets"')}
    assert kinds == {"Spreadsheets": "title", "boarding_pass.pdf": "message"}
    assert task_values("move boarding_pass.pdf to Archive")[0].kind == "file"
