"""The oracle course continues from the step the phone has not done yet, whatever way it did the others
(testing/course_effects.py): a real planner reads the screen in front and does not redo steps."""

from __future__ import annotations

from test_calibrate import take

from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.device.types import Bounds, Element, Observation
from cascadroid.testing import OracleCourse
from cascadroid.testing.course_effects import ahead, view
from cascadroid.testing.noisy import Place


def set_up(template: str) -> tuple[object, SimDevice, OracleCourse]:
    task = registry().instance(template, 0)
    phone = SimDevice(seed=0)
    task.setup_on(phone)
    return task, phone, OracleCourse(task, phone)


def do(phone: SimDevice, course: OracleCourse, *indices: int) -> None:
    """The device takes these reference steps on its own (the course never handed them out)."""
    for index in indices:
        phone.act(course.steps[index].resolve(phone.observe()))


def test_a_field_typed_without_the_tap_before_it_is_not_typed_again() -> None:
    task, phone, course = set_up("browser_recipe_to_note")
    assert [s.kind for s in course.steps[:4]] == ["open_app", "tap", "type", "tap"]  # open, tap bar, type, Open
    do(phone, course, 0, 2)  # the address typed into the bar straight away
    choice = take(phone, course)
    assert choice["action"] == "tap" and choice["reason"].endswith("step 3")  # the suggestion, not the bar
    assert take(phone, course)["reason"].endswith("step 4")  # on the page now: the recipe


def test_picks_made_before_an_empty_field_leave_only_that_field_and_the_commit() -> None:
    task, phone, course = set_up("chat_create_group")
    assert [s.kind for s in course.steps[1:8]] == ["tap", "type", "type", "tap", "type", "tap", "tap"]
    do(phone, course, 0, 1, 3, 4, 5, 6)  # both members picked, the group's name still empty
    first = take(phone, course)
    assert first["action"] == "type" and first["text"] == course.steps[2].text  # the name, once
    second = take(phone, course)
    assert second["reason"].endswith("step 7")  # create: the members are not picked again
    assert take(phone, course)["action"] == "done" and task.check(phone, None)


def test_a_search_already_typed_goes_on_to_its_result() -> None:
    task, phone, course = set_up("file_size_by_sms")
    assert course.steps[1].kind == "type"
    do(phone, course, 0, 1)
    choice = take(phone, course)
    assert choice["action"] != "type"  # not the same search again
    assert int(choice["reason"].rsplit(" ", 1)[-1]) > 1


def test_a_page_reached_by_a_deep_link_is_answered_from() -> None:
    task, phone, course = set_up("browser_library_hours_question")
    assert course.steps[0].kind == "open_app" and course.steps[-1].kind == "done"
    phone.act({"kind": "open_uri", "uri": f"https://{course.steps[2].text}"})  # the page the reference types in
    choice = take(phone, course)
    assert choice["action"] == "done" and task.check(phone, choice["answer"])


def test_a_phone_on_course_gets_the_reference_steps_in_order() -> None:
    task, phone, course = set_up("chat_create_group")
    reasons = [take(phone, course)["reason"] for _ in range(len(course.steps))]
    assert reasons == [f"oracle: reference step {k}" for k in range(len(course.steps))]
    assert task.check(phone, None) and course.resumes == 0


def screen(*fields: tuple[str, str], selected: str = "") -> Observation:
    elements = [Element(id=k, cls="android.widget.EditText", text=text, resource_id=f"app:id/{name}", package="app",
                        bounds=Bounds(left=0, top=100 * k, right=1080, bottom=100 * k + 90), selected=name == selected) for k, (name, text) in enumerate(fields)]
    elements.append(Element(id=len(elements), cls="android.widget.TextView", text="9:41", package="com.android.systemui",
                            bounds=Bounds(left=0, top=0, right=200, bottom=60)))
    return Observation(package="app", activity=".Form", width=1080, height=2400, xml="", elements=elements)


class Step:
    def __init__(self, kind: str) -> None:
        self.kind = kind


def test_ahead_continues_with_the_first_step_whose_lasting_effect_is_not_on_screen() -> None:
    key = ("app", ".Form", "Form")
    states = [screen(("name", ""), ("search", "")),
              screen(("name", "Trip"), ("search", "")),           # after 0: the name typed
              screen(("name", "Trip"), ("search", "Ann")),        # after 1: a search typed (cleared by the pick)
              screen(("name", "Trip"), ("search", ""), ("member", "Ann"), selected="member")]  # after 2: picked
    places = [Place(key, None, view(o)) for o in states]
    steps = [Step("type"), Step("type"), Step("tap"), Step("tap")]  # ... then the commit (leaves the screen)
    places.append(Place(("app", ".Chat", "Trip"), None, frozenset()))
    steps.append(Step("done"))
    picked_first = Place(key, None, view(screen(("name", ""), ("search", ""), ("member", "Ann"), selected="member")))
    assert ahead(places, steps, 0, picked_first) is None  # the name is still to type: step 0 itself
    named_after = Place(key, None, view(states[3]))
    assert ahead(places, steps, 0, named_after) == 3  # the view after step 2: on with the commit
    assert ahead(places, steps, 1, Place(key, None, view(states[1]))) is None  # on course
    assert view(states[0]) == view(screen(("name", ""), ("search", "")))  # the status bar's clock is left out
