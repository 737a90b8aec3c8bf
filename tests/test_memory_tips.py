"""Tips: near-duplicate merging, FTS5 retrieval with app filter and boost, use counts, pruning,
and export/import of a whole memory."""

from __future__ import annotations

import json

import pytest

from cascadroid.device.script import Step
from cascadroid.device.types import Locator
from cascadroid.errors import ConfigurationError, SchemaVersionError
from cascadroid.memory import SCHEMA_VERSION, MemoryStore, Precondition, Shortcut, ShortcutRun

MSG, SETTINGS = "com.example.chat", "com.android.settings"


def test_near_duplicates_merge_and_widen_tags(memory_store):
    first = memory_store.tips.add("In Chat, tap the search icon before typing a contact name", apps=[MSG], tags=["search"])
    again = memory_store.tips.add("in chat: tap the SEARCH icon before typing a contact name!", apps=[MSG], tags=["contacts"])
    close = memory_store.tips.add("In Chat, tap the search icon before typing the contact's name", apps=[MSG])
    other = memory_store.tips.add("Swipe down on the settings list to reach Display options", apps=[SETTINGS])
    assert again.id == close.id == first.id != other.id
    assert memory_store.tips.get(first.id).tags == ["contacts", "search"]
    assert memory_store.tips.get(first.id).text == first.text
    assert len(memory_store.tips.all()) == 2


def test_similar_but_different_tips_are_kept_apart(memory_store):
    a = memory_store.tips.add("Tap the send button after typing the message")
    b = memory_store.tips.add("Tap the attach button before typing the message to add a photo")
    assert a.id != b.id


def test_merging_an_app_tip_with_a_general_one_keeps_it_general(memory_store):
    a = memory_store.tips.add("Wait for the page to load before tapping", apps=[])
    b = memory_store.tips.add("Wait for the page to load before tapping", apps=[MSG])
    assert a.id == b.id and memory_store.tips.get(a.id).apps == []


def test_empty_tip_is_refused(memory_store):
    with pytest.raises(ConfigurationError, match="has no words"):
        memory_store.tips.add(" ?! ")


def test_search_ranks_by_relevance(memory_store):
    memory_store.tips.add("To send a message, open the conversation and tap Send", apps=[MSG])
    memory_store.tips.add("Dark mode is under Display in Settings", apps=[SETTINGS])
    memory_store.tips.add("Battery saver lives in the Battery page", apps=[SETTINGS])
    hits = memory_store.tips.search("turn on dark mode in display settings")
    assert hits[0].text.startswith("Dark mode")
    assert all("message" not in t.text for t in hits)


def test_search_filters_other_apps_and_boosts_this_one(memory_store):
    general = memory_store.tips.add("Search for the contact name before sending a message")
    ours = memory_store.tips.add("In Chat, search contact then tap the name to open the conversation", apps=[MSG])
    theirs = memory_store.tips.add("In Mail, search contact in the To field", apps=["com.example.mail"])
    in_chat = [t.id for t in memory_store.tips.search("search contact", app=MSG)]
    assert theirs.id not in in_chat and in_chat[0] == ours.id and general.id in in_chat
    assert theirs.id in [t.id for t in memory_store.tips.search("search contact")]
    assert len(memory_store.tips.search("search contact", k=1)) == 1


def test_search_with_no_words_or_no_match_is_empty(memory_store):
    memory_store.tips.add("Tap Send to send")
    assert memory_store.tips.search("the of a") == []
    assert memory_store.tips.search("zebra") == []


def test_search_handles_fts_syntax_in_task_text(memory_store):
    memory_store.tips.add("Quote marks in a message are typed as is")
    assert memory_store.tips.search('type "hello" AND (NEAR) * message:')[0].text.startswith("Quote")


def test_tips_that_did_not_help_rank_lower(memory_store):
    bad = memory_store.tips.add("Open the menu to find the calendar export option")
    good = memory_store.tips.add("Open the menu then pick export from the calendar")
    assert bad.id != good.id
    for _ in range(6):
        memory_store.tips.mark_used([bad.id], success=False)
        memory_store.tips.mark_used([good.id], success=True)
    assert [t.id for t in memory_store.tips.search("export calendar from the menu")] == [good.id, bad.id]
    assert (memory_store.tips.get(bad.id).times_used, memory_store.tips.get(bad.id).successes) == (6, 0)
    assert (memory_store.tips.get(good.id).times_used, memory_store.tips.get(good.id).successes) == (6, 6)


def test_prune_by_usefulness_and_age(memory_store):
    useless = memory_store.tips.add("Long press the home icon to find the alarm")
    useful = memory_store.tips.add("Alarms are in the Clock app under the Alarm tab")
    fresh = memory_store.tips.add("The stopwatch resets with a long press on Lap")
    memory_store.tips.mark_used([useless.id] * 5, success=False)
    memory_store.tips.mark_used([useful.id] * 5, success=True)
    assert memory_store.prune() == {"tips": 1, "shortcuts": 0}
    later = fresh.updated_at + 31 * 86_400
    assert memory_store.prune(older_than_days=30, now=later) == {"tips": 1, "shortcuts": 0}
    assert [t.id for t in memory_store.tips.all()] == [useful.id]


def _shortcut(name: str = "open_chat", state: str = "verified") -> Shortcut:
    return Shortcut(
        name=name,
        params_schema={"type": "object", "properties": {"contact": {"type": "string"}}, "required": ["contact"]},
        preconditions=Precondition(app=MSG, locators=[Locator(content_desc="Search")]),
        steps=[Step(kind="tap", target=Locator(content_desc="Search")), Step(kind="type", text="{contact}")],
        state=state,
    )


def test_export_then_import_into_another_store(memory_store, tmp_path):
    memory_store.tips.add("Tap the search icon first", apps=[MSG], tags=["search"])
    stored = memory_store.shortcuts.add(_shortcut())
    memory_store.shortcuts.record_run(ShortcutRun(shortcut_id=stored.id, shortcut_name=stored.name, status="succeeded"))
    document = memory_store.export_json(tmp_path / "export.json")
    assert document["schema_version"] == SCHEMA_VERSION
    assert json.loads((tmp_path / "export.json").read_text())["tips"][0]["text"] == "Tap the search icon first"

    with MemoryStore(tmp_path / "other.db") as other:
        different_steps = [Step(kind="back"), Step(kind="tap", target=Locator(text="{contact}"))]
        other.shortcuts.add(_shortcut(state="candidate").model_copy(update={"steps": different_steps}))
        counts = other.import_json(tmp_path / "export.json")
        assert counts == {"tips": 1, "shortcuts": 1, "shortcuts_skipped": 0}
        imported = other.shortcuts.get("open_chat_2")
        assert (imported.state, imported.successes) == ("candidate", 0)
        assert other.tips.all()[0].tags == ["search"]
        assert other.import_json(document) == {"tips": 1, "shortcuts": 0, "shortcuts_skipped": 1}
        assert len(other.tips.all()) == 1 and len(other.shortcuts.all()) == 2
        with MemoryStore(tmp_path / "third.db") as third:
            third.import_json(document, keep_states=True)
            assert third.shortcuts.get("open_chat").state == "verified"


def test_import_is_all_or_nothing(memory_store):
    document = memory_store.export_json()
    document["tips"] = [{"text": "A good tip about the search icon"}]
    document["shortcuts"] = [{"name": "broken", "steps": "not a list"}]
    with pytest.raises(ConfigurationError, match="'broken'"):
        memory_store.import_json(document)
    assert memory_store.tips.all() == []


def test_import_refuses_newer_or_foreign_documents(memory_store, tmp_path):
    document = memory_store.export_json()
    with pytest.raises(SchemaVersionError, match="upgrade|knows up to"):
        memory_store.import_json({**document, "schema_version": SCHEMA_VERSION + 1})
    with pytest.raises(ConfigurationError, match="not a cascadroid memory export"):
        memory_store.import_json({"tips": []})
    (tmp_path / "bad.json").write_text("{nope")
    with pytest.raises(ConfigurationError, match="is not JSON"):
        memory_store.import_json(tmp_path / "bad.json")


def test_common_words_are_dropped_when_a_query_would_match_too_many_tips(memory_store, monkeypatch):
    from cascadroid.memory import tips

    for i in range(12):
        memory_store.tips.add(f"Open settings page number {i} then go back {'x' * i}")
    dark = memory_store.tips.add("Dark theme is a switch in display settings")
    monkeypatch.setattr(tips, "ROW_BUDGET", 5)
    assert [t.id for t in memory_store.tips.search("settings dark theme")] == [dark.id]
    assert len(memory_store.tips.search("settings page", k=20)) == 12  # only common words: the rarest one is kept
