"""Tips in any script: stored, merged and found by part of a word in scripts written without spaces;
a file from before (schema 6) is migrated so its tips are found the same way."""

from __future__ import annotations

import sqlite3

from cascadroid.memory import SCHEMA_VERSION, MemoryStore
from cascadroid.memory.schema import connect, migrate
from cascadroid.unitext import script_words

WECHAT = "com.tencent.mm"


def test_script_words_cut_spaceless_scripts_into_letter_pairs_and_fold_the_rest():
    assert script_words("打开设置") == ["打开", "开设", "设置"]
    assert script_words("ตั้งค่า") == ["ตง", "งค", "คา"]  # vowel signs and tone marks left out of the pairs
    assert script_words("Ｗｉ-Ｆｉ STRASSE Überweisung") == ["wifi", "strasse", "überweisung"]
    assert script_words("सेटिंग्स खोलें") == ["सेटिंग्स", "खोलें"]  # marks stay inside words written with spaces


def test_a_chinese_tip_is_stored_and_found_by_a_task_that_shares_part_of_a_word(memory_store):
    tip = memory_store.tips.add("在微信中先点击右上角的加号再选择扫一扫", apps=[WECHAT])
    memory_store.tips.add("Swipe down on the settings list to reach Display options", apps=["com.android.settings"])
    found = memory_store.tips.search("用微信扫一扫付款", app=WECHAT)
    assert [t.id for t in found] == [tip.id]


def test_a_thai_tip_and_a_hindi_tip_are_found_by_their_words(memory_store):
    thai = memory_store.tips.add("เปิดการตั้งค่าแล้วแตะ Wi-Fi")
    hindi = memory_store.tips.add("सेटिंग्स खोलें और वाई-फ़ाई बंद करें")
    assert [t.id for t in memory_store.tips.search("ไปที่การตั้งค่า")] == [thai.id]
    assert [t.id for t in memory_store.tips.search("सेटिंग्स में जाएँ")] == [hindi.id]


def test_full_width_and_case_variants_of_a_tip_merge_into_one(memory_store):
    first = memory_store.tips.add("设置里打开ＷＬＡＮ开关")
    again = memory_store.tips.add("设置里打开wlan开关")
    assert again.id == first.id and len(memory_store.tips.all()) == 1


def test_a_schema_6_file_is_migrated_and_its_tips_are_found_by_any_script(tmp_path):
    path = tmp_path / "memory.db"
    db = connect(path, busy_timeout_s=5)
    migrate(db, path, target=6)
    db.execute("INSERT INTO tips (text, norm, apps, tags, created_at, updated_at) VALUES (?, ?, '[]', '[]', 1.0, 1.0)",
               ("Tap Send after typing the message", "tap send after typing the message"))
    db.execute("INSERT INTO tips (text, norm, apps, tags, created_at, updated_at) VALUES (?, ?, '[]', '[]', 1.0, 1.0)",
               ("微信里长按消息可以转发", "v6-had-no-words"))  # what schema 6 kept of it: nothing searchable
    db.conn.commit()
    db.conn.close()

    with MemoryStore(path) as store:
        assert store.db.migrated_from == 6 and SCHEMA_VERSION >= 7
        assert [t.text for t in store.tips.search("长按这条消息")] == ["微信里长按消息可以转发"]
        assert [t.text for t in store.tips.search("typing a message")] == ["Tap Send after typing the message"]
        added = store.tips.add("在微信里长按消息可以转发")  # the migrated key merges the near-duplicate
        assert len(store.tips.all()) == 2 and added.text == "微信里长按消息可以转发"
    assert (tmp_path / "memory.db.v6.bak").exists()
    with sqlite3.connect(path) as conn:  # the index follows later edits (triggers on norm)
        conn.execute("DELETE FROM tips WHERE text LIKE 'Tap Send%'")
    with MemoryStore(path) as store:
        assert store.tips.search("typing a message") == []
