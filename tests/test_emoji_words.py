"""Emoji and hashtags standing in for words: invented apps and wordings, with must-not-fire cases."""

from cascadroid.agents.emoji_words import unemojied


def test_an_emoji_before_a_named_thing_says_its_kind_and_a_bin_alone_deletes_it():
    assert unemojied('📝 "Rent plan" from Ivo Petrov ➡️ 🗑️ #tidy') == 'delete the note "Rent plan" from Ivo Petrov'
    assert unemojied('⏲️ "Tea" @ 4:15 ➡️ ❌ pls') == 'delete the timer "Tea" at 4:15'
    assert unemojied("⭐ Zed Amari in Rolodex #vip") == "star Zed Amari in Rolodex"


def test_steps_joined_by_an_arrow_are_one_request():
    assert unemojied("💬 Zed Amari on Quorra ➡️ 🗑️ delete the whole chat plz") == (
        "delete the whole chat with Zed Amari on Quorra")
    assert unemojied('💬 Zed Amari on Quorra: "on my way" ✉️ send it') == 'send "on my way" to Zed Amari on Quorra'
    assert unemojied('🎵 "Low tide" ➡️ remove the ⭐ #meh') == 'remove the star from the song "Low tide"'
    assert unemojied("🔗 news.example.org in Surfr 👉 open it 🙏") == "open news.example.org in Surfr"
    assert unemojied('📱 text Zed Amari ⏰ end time of "Fair" 📅 Friday, May 2 #fyi') == (
        'text Zed Amari end time of "Fair" on Friday, May 2')


def test_must_not_fire():
    for task in (
        "🌙 night mode ➡️ on",  # no act said in words: read as written
        '📝 "Safe" note ➡️ 🔢 code?',
        "Delete the note Rent plan",
        'Send Zed "🎉 #party tonight ➡️ 8pm"',  # quoted: the message's own emoji
        "Open github.com/ivo/repo#readme",
    ):
        assert unemojied(task) == task, task


def test_emoji_after_a_request_said_whole_adorn_it():
    assert unemojied("Unstar the Quarn thread in Mailo!! 📧❌") == "Unstar the Quarn thread in Mailo!!"
    assert unemojied("Zed wants an album. Make it and put a.jpg in it 📸✨") == "Zed wants an album. Make it and put a.jpg in it"
    assert unemojied("The Rent email from Ivo! 🗑️") == "The Rent email from Ivo! delete"  # no act said: the bin is it
    assert unemojied("Any unread 📧 from Ana?") == "Any unread 📧 from Ana?"  # "unread" is a state, no act
