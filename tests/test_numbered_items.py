"""A numbered item is no other number's item: "открой главу 12" in an audiobook app showing chapters 1-3 scrolls
on, rather than tapping "Глава 2" for the shared noun; a code said in words in Vietnamese, Polish or Korean is a
value to type ("mã xác nhận là 552190")."""

from __future__ import annotations

from fixtures_uidump import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.values import task_values

BOOKS = "org.example.audiobooks"


def chapter(n: int, title: str, top: int) -> list[str]:
    return [node("android.widget.LinearLayout", (0, top, 1080, top + 160),
                 node("android.widget.TextView", (40, top + 20, 800, top + 80), text=f"Глава {n}. {title}"),
                 node("android.widget.ImageButton", (900, top + 30, 1040, top + 130), desc=f"Слушать главу {n}",
                      click=True))]


def test_another_chapter_is_not_the_chapter_asked_for():
    screen = screen_of(BOOKS, node("android.widget.TextView", (40, 200, 1040, 300), text="Мастер и Маргарита"),
                       node("androidx.recyclerview.widget.RecyclerView", (0, 400, 1080, 2300),
                            *chapter(1, "Никогда не разговаривайте с неизвестными", 400),
                            *chapter(2, "Понтий Пилат", 560), *chapter(3, "Седьмое доказательство", 720),
                            scroll=True))
    top = rank("включи главу 12", "", screen, [], [])[0]
    assert top.action.get("kind") == "swipe", top.text


def test_the_chapter_asked_for_is_still_tapped_when_shown():
    screen = screen_of(BOOKS, node("androidx.recyclerview.widget.RecyclerView", (0, 400, 1080, 2300),
                                   *chapter(11, "Раздвоение Ивана", 400), *chapter(12, "Черная магия", 560),
                                   scroll=True))
    top = rank("включи главу 12", "", screen, [], [])[0]
    assert "12" in top.text, top.text


def test_a_code_said_in_words_is_a_value_in_other_languages():
    assert [v.text for v in task_values("mã xác nhận là 552190, điền vào giúp mình")] == ["552190"]
    assert [v.text for v in task_values("kod z SMS to 730412")] == ["730412"]
    assert [v.text for v in task_values("인증번호는 481920 이야")] == ["481920"]


def test_a_verb_before_a_count_names_no_numbered_item():
    from cascadroid.agents.goal import parse_goal
    from cascadroid.agents.numbered_items import _pairs
    task = "buy 2 packs of oat milk"
    assert not _pairs(task, frozenset(parse_goal(task).verbs))


def test_a_numbered_item_said_before_a_comma_is_still_asked_for():
    screen = screen_of(BOOKS, node("androidx.recyclerview.widget.RecyclerView", (0, 400, 1080, 2300),
                                   *chapter(1, "Никогда не разговаривайте с неизвестными", 400),
                                   *chapter(2, "Понтий Пилат", 560), scroll=True))
    for task in ("включи главу 9, там где бал", "давай послушаем главу 9, ладно?"):
        top = rank(task, "", screen, [], [])[0]
        assert top.action.get("kind") == "swipe", (task, top.text)
