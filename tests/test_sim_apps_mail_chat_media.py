"""The simulator's Mail, Signal, Chrome, Files and Gallery apps: on the home screen, and what
their screens refuse or do at the edges (no recipient, duplicate names, unknown sites, shares)."""

from __future__ import annotations

from fixtures_sim import sim_long_press, sim_tap, sim_texts, sim_type

from cascadroid.device import OpenApp
from cascadroid.device.sim import SimDevice

MAIL = "com.google.android.gm"
FILES = "com.google.android.apps.nbu.files"


def test_the_new_apps_are_on_the_home_screen_with_their_packages() -> None:
    apps = {a.label: a.package for a in SimDevice(seed=0).installed_apps()}
    assert apps["Mail"] == MAIL and apps["Chrome"] == "com.android.chrome"
    assert apps["Files"] == FILES and apps["Gallery"] == "com.google.android.apps.photos"
    assert apps["Signal"] == "org.thoughtcrime.securesms" and len(apps) == 14


def test_mail_refuses_to_send_without_a_recipient_and_files_what_it_sends_under_sent() -> None:
    phone = SimDevice(seed=0)
    phone.act(OpenApp(app="Mail"))
    sim_tap(phone, content_desc="Compose")
    sim_type(phone, "Hello", resource_id=f"{MAIL}:id/subject")
    sim_tap(phone, resource_id=f"{MAIL}:id/send")
    assert "Add at least one recipient" in sim_texts(phone)
    assert not [e for e in phone.app("mail").state.emails if e.folder == "Sent"]
    sim_type(phone, "ana@example.com", resource_id=f"{MAIL}:id/to")
    sim_tap(phone, resource_id=f"{MAIL}:id/send")
    sent = [e for e in phone.app("mail").state.emails if e.folder == "Sent"]
    assert [(e.to, e.subject) for e in sent] == [("ana@example.com", "Hello")]
    sim_tap(phone, text="Sent")
    assert "Hello" in sim_texts(phone)


def test_signal_mutes_and_pins_from_the_long_press_menu_and_lists_pinned_first() -> None:
    phone = SimDevice(seed=0)
    chat = phone.app("chat")
    last = chat.listed()[-1]
    phone.act(OpenApp(app="Signal"))
    sim_type(phone, last.title, resource_id="org.thoughtcrime.securesms:id/search")
    sim_long_press(phone, resource_id="android:id/title", text=last.title)
    sim_tap(phone, text="Pin")
    assert chat.titled(last.title).pinned and chat.listed()[0].id == last.id
    sim_long_press(phone, resource_id="android:id/title", text=last.title)
    sim_tap(phone, text="Mute")
    assert chat.titled(last.title).muted


def test_files_refuses_a_name_already_taken_in_the_same_folder() -> None:
    phone = SimDevice(seed=0)
    files = phone.app("files")
    first = files.add("a.txt", "Documents")
    files.add("b.txt", "Documents")
    phone.act(OpenApp(app="Files"))
    sim_type(phone, "a.txt", resource_id=f"{FILES}:id/search")
    sim_tap(phone, resource_id="android:id/title", text="a.txt")
    sim_tap(phone, resource_id=f"{FILES}:id/rename")
    sim_type(phone, "b.txt", resource_id=f"{FILES}:id/rename_field")
    sim_tap(phone, resource_id=f"{FILES}:id/rename_ok")
    assert "A file with this name already exists" in sim_texts(phone) and files.file(first.id).name == "a.txt"


def test_chrome_says_an_unknown_site_cannot_be_reached_and_keeps_no_history_for_it() -> None:
    phone = SimDevice(seed=0)
    before = len(phone.app("browser").state.history)
    phone.act(OpenApp(app="Chrome"))
    sim_tap(phone, resource_id="com.android.chrome:id/url_bar")
    sim_type(phone, "nowhere.example.org", resource_id="com.android.chrome:id/url_bar")
    sim_tap(phone, resource_id="android:id/title", text="nowhere.example.org")
    assert "This site can't be reached" in sim_texts(phone)
    assert len(phone.app("browser").state.history) == before


def test_deleting_a_photo_takes_it_out_of_its_albums_too() -> None:
    phone = SimDevice(seed=0)
    gallery = phone.app("gallery")
    album = gallery.state.albums[0]
    photo_id = album.photo_ids[0]
    gallery.delete(photo_id)
    assert gallery.photo(photo_id) is None and photo_id not in album.photo_ids


def test_sharing_a_file_to_signal_posts_its_name_in_the_chosen_chat() -> None:
    phone = SimDevice(seed=0)
    item = phone.app("files").state.files[0]
    target = phone.app("chat").listed()[0]
    phone.act(OpenApp(app="Files"))
    sim_type(phone, item.name, resource_id=f"{FILES}:id/search")
    sim_tap(phone, resource_id="android:id/title", text=item.name)
    sim_tap(phone, content_desc="Share")
    sim_tap(phone, resource_id="android:id/title", text="Signal")
    sim_tap(phone, resource_id="android:id/title", text=target.title)
    assert phone.app("chat").titled(target.title).messages[-1].text == item.name
