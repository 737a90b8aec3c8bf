"""How many messages one person sent, read in the conversation with them: invented messaging app, with cases that
must not fire."""

from cascadroid.agents import counting, thread_counts
from cascadroid.agents.perceptor import Screen


def _conversation(title: str, bubbles: list[tuple[str, bool]]) -> Screen:
    lines = ['[8] ImageButton "Back"', f"    {title}"]
    labels, bounds = {8: "Back", 40: "Write a message"}, {8: [10, 80, 130, 200], 40: [40, 2200, 900, 2360]}
    for n, (text, mine) in enumerate(bubbles):
        i = 20 + n
        lines.append(f'[{i}] TextView "{text}"')
        labels[i] = text
        bounds[i] = [700, 400 + 150 * n, 1050, 520 + 150 * n] if mine else [30, 400 + 150 * n, 560, 520 + 150 * n]
    lines.append('[40] EditText "Write a message" = "" (field)')
    return Screen(package="org.example.chirp", digest="c", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, editable={40: ""}, width=1080)


def _list(rows: list[str]) -> Screen:
    lines = ["    Chirp"] + [f'[{10 + 4 * n}] LinearLayout "{r}"' for n, r in enumerate(rows)]
    labels = {10 + 4 * n: r for n, r in enumerate(rows)}
    bounds = {10 + 4 * n: [0, 300 + 180 * n, 1080, 470 + 180 * n] for n in range(len(rows))}
    return Screen(package="org.example.chirp", digest="l", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def test_whose_messages_a_question_counts():
    assert thread_counts.sender("How many messages has Oda Lind sent me today?") == "Oda Lind"
    assert thread_counts.sender("Oda Lind has been texting me nonstop. How many did she send?") == "Oda Lind"
    assert thread_counts.sender("How many messages have I sent today?") is None


def test_counted_in_their_conversation_not_on_the_list():
    task = "How many messages has Oda Lind sent me today?"
    chats = _list(["Oda Lind. see you at 8", "Pia Berg. ok!", "Rune Dahl. You: thanks"])
    assert counting.answer(task, chats, []) is None  # one row is hers: open it
    talk = _conversation("Oda Lind", [("Lunch?", False), ("Sure", True), ("Noon then", False), ("Me: ok", False),
                                      ("see you at 8", False)])
    assert counting.answer(task, talk, [])[0] == "3"  # the right-drawn bubble and "Me: ok" are one's own


def test_must_not_fire():
    talk = _conversation("Pia Berg", [("Lunch?", False), ("Sure", True)])
    assert counting.answer("How many messages has Oda Lind sent me today?", talk, []) is None  # another's chat
    inbox = _list(["Oda Lind | Invoice", "Oda Lind | Receipt", "Pia Berg | Hello"])  # a row per message: counted
    assert counting.answer("How many emails has Oda Lind sent me?", inbox, [])[0] == "2"


def test_terse_counts_of_a_persons_texts_and_of_a_list():
    from cascadroid.agents.wording import canonical

    task = canonical("# texts from Oda Lind today?")
    assert task == "how many texts from Oda Lind today?"
    assert counting.count_asked(task).who == "Oda Lind"
    talk = _conversation("Oda Lind", [("Lunch?", False), ("Sure", True)])
    assert counting.answer(task, talk, [])[0] == "1"
    assert counting.count_asked("how many songs in playlist Gym?").place >= {"gym"}
    for said in ("#summer vibes?", "Post #summer on my wall", "Text Bo # of guests?"):
        assert not canonical(said).startswith("how many"), said  # must not fire: a hashtag, not a leading "# "
