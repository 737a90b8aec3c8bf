"""Multi-app tasks around Files and Gallery (and Notes, Signal, Mail, Messages)."""

from __future__ import annotations

import random
from typing import Any

from ...script import Step
from ..apps.files import size_text
from .base import TaskTemplate, normalize
from .common import (
    ensure_contact,
    open_note,
    person,
    phone_number,
    put_message,
    send_text,
    sent_texts,
    two_people,
)
from .media import ALBUMS, FileTask, GalleryCreateAlbum, PhotoTask, the_file, the_photo
from .nav import (
    FILES_PKG,
    GALLERY_PKG,
    SEEN,
    address_of,
    chat_send,
    chat_sent,
    chat_with,
    compose_mail,
    mail_from,
    open_email,
    open_file,
    open_photo,
    said,
    sent_mail,
)
from .plan import Plan, rid
from .productivity import new_note, notes_titled


class PhotoPlaceToNote(PhotoTask):
    name = "photo_place_to_note"
    apps = ("gallery", "notes")
    difficulty = "medium"
    tags = ("gallery", "notes", "create")
    may_change = ("notes.notes",)
    goal = "Make a note titled \"{photo}\" saying where that photo was taken."
    goals = ("Write the place of the picture {photo} into a new note named {photo}.",
             "For my photo book, check where I took {photo} and keep it in a note called \"{photo}\".",
             "note {photo}: its location")

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        for note in notes_titled(device, params["photo"]):
            device.app("notes").delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        place = the_photo(device, params["photo"]).place
        return any(said([n.body], place) for n in notes_titled(device, params["photo"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_photo(Plan(device), params["photo"]).tap(content_desc="Info")
        return new_note(plan, params["photo"], the_photo(device, params["photo"]).place).done()


class NewestPhotoToChat(PhotoTask):
    name = "newest_photo_name_to_chat"
    apps = ("gallery", "chat")
    difficulty = "medium"
    tags = ("gallery", "chat", "share")
    may_change = ("chat.chats", *SEEN)
    goal = "Send {friend} the file name of my newest photo on Signal."
    goals = ("Tell {friend} via Signal what my latest picture is called.",
             "{friend} wants the name of the last photo I took so they can find it on our shared drive - "
             "Signal it to them.",
             "Signal {friend}: newest photo name")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "friend": person(rng), "days": 0}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        chat_with(device, params["friend"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(chat_sent(device, params["friend"]), device.app("gallery").newest()[0].name)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Gallery")
        return chat_send(plan, params["friend"], device.app("gallery").newest()[0].name).done()


class ShareFileToChat(FileTask):
    name = "files_share_to_chat"
    apps = ("files", "chat")
    difficulty = "medium"
    tags = ("files", "chat", "share")
    may_change = ("chat.chats", *SEEN)
    goal = "Share the file {file} with {friend} on Signal."
    goals = ("Use the Share button in Files to send {file} to {friend} in Signal.",
             "{friend} needs {file} - could you share it with them through Signal?",
             "share {file} -> Signal {friend}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "friend": person(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        chat_with(device, params["friend"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(params["file"] in t for t in chat_sent(device, params["friend"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_file(Plan(device), params["file"]).tap(content_desc="Share").tap_row("Signal")
        return plan.tap_row(params["friend"]).done()


class ShareFileByMail(FileTask):
    name = "files_share_by_mail"
    apps = ("files", "mail")
    difficulty = "medium"
    tags = ("files", "mail", "share")
    may_change = ("mail.emails",)
    goal = "Email the file {file} to {to}."
    goals = ("Share {file} from Files by mail with {to}.",
             "Please send {to} the document {file} as an email - use Share in the Files app.",
             "mail {file} to {to}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "to": address_of(person(rng))}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(params["file"] in f"{e.subject} {e.body}" for e in sent_mail(device, params["to"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        from .nav import MAIL_PKG

        plan = open_file(Plan(device), params["file"]).tap(content_desc="Share").tap_row("Mail")
        plan.type(params["to"], resource_id=rid(MAIL_PKG, "to"))
        return plan.tap(resource_id=rid(MAIL_PKG, "send")).done()


class MailAlbumRequest(PhotoTask):
    name = "mail_photo_to_album"
    apps = ("mail", "gallery")
    difficulty = "hard"
    tags = ("mail", "gallery", "album")
    may_change = ("gallery.albums.*.photo_ids", *SEEN)
    goal = "{sender} emailed me which photo to put in the \"{album}\" album. Do it."
    goals = ("Add the photo named in {sender}'s \"Album\" mail to {album}.",
             "{sender} wrote to me about a picture for our {album} album - read the email and add that photo "
             "to the album.",
             "mail from {sender} -> photo -> album {album}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "sender": person(rng), "album": rng.choice(ALBUMS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        GalleryCreateAlbum().setup(device, params)
        device.app("gallery").add_album(params["album"])
        mail_from(device, params["sender"], "Album", f"Please add {params['photo']} to the {params['album']} album.")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        album = device.app("gallery").album(params["album"])
        return album is not None and the_photo(device, params["photo"]).id in album.photo_ids

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_photo(open_email(Plan(device), "Album"), params["photo"])
        return plan.tap(resource_id=rid(GALLERY_PKG, "add_to_album")).tap_row(params["album"]).done()


class FileSizeBySms(FileTask):
    name = "file_size_by_sms"
    apps = ("files", "messages", "contacts")
    difficulty = "medium"
    tags = ("files", "messages", "share")
    may_change = ("messages.threads",)
    goal = "Text {name} how big the file {file} is."
    goals = ("SMS {name} the size of {file}.",
             "{name} wants to know if {file} fits in an email; check its size in Files and text it to them.",
             "text {name}: size of {file}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        ensure_contact(device, params["name"], params["phone"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        size = size_text(the_file(device, params["file"]).size_kb)
        return said(sent_texts(device, params["phone"]), size)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_file(Plan(device), params["file"])
        return send_text(plan, params["name"], size_text(the_file(device, params["file"]).size_kb)).done()


class LargestFileToNote(TaskTemplate):
    name = "largest_file_to_note"
    apps = ("files", "notes")
    difficulty = "hard"
    tags = ("files", "notes", "compare")
    may_change = ("notes.notes",)
    goal = "Find the largest file in {folder} and write its name in a new note titled \"Clean up\"."
    goals = ("New note Clean up: the name of the biggest file in my {folder} folder.",
             "I'm freeing space - note down which file in {folder} is the largest, in a note called \"Clean up\".",
             "note \"Clean up\" <- largest file in {folder}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"folder": rng.choice(["Downloads", "Documents", "Music"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for note in notes_titled(device, "Clean up"):
            device.app("notes").delete(note.id)

    def largest(self, device: Any, params: dict[str, Any]) -> str:
        return max(device.app("files").in_folder(params["folder"]), key=lambda f: f.size_kb).name

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(self.largest(device, params) in n.body for n in notes_titled(device, "Clean up"))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Files").tap_row(params["folder"])
        return new_note(plan, "Clean up", self.largest(device, params)).done()


class MailRenameFile(FileTask):
    name = "mail_rename_file"
    apps = ("mail", "files")
    difficulty = "hard"
    tags = ("mail", "files", "rename")
    may_change = ("files.files.*.name", *SEEN)
    goal = "{sender} emailed me a new name for {file}. Rename the file as asked."
    goals = ("Rename {file} to whatever {sender}'s \"File name\" mail says.",
             "Read {sender}'s email titled \"File name\" and give {file} the name they want.",
             "rename {file} per {sender}'s mail")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        stem, ext = params["file"].rsplit(".", 1)
        return {**params, "sender": person(rng), "new_name": f"{stem}_{rng.choice(['signed', 'v3', 'final'])}.{ext}"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        mail_from(device, params["sender"], "File name", f"Please rename {params['file']} to {params['new_name']}.")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        app = device.app("files")
        return app.named(params["file"]) is None and app.named(params["new_name"]) is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_file(open_email(Plan(device), "File name"), params["file"])
        plan.tap(resource_id=rid(FILES_PKG, "rename")).type(params["new_name"], resource_id=rid(FILES_PKG,
                                                                                             "rename_field"))
        return plan.tap(resource_id=rid(FILES_PKG, "rename_ok")).done()


class SmsFavouritePhoto(PhotoTask):
    name = "sms_favourite_photo"
    apps = ("messages", "gallery", "contacts")
    difficulty = "medium"
    tags = ("messages", "gallery", "favourite")
    may_change = ("gallery.photos.*.favourite", *SEEN)
    goal = "{name} texted me the name of their favourite photo of mine. Mark that photo as a favourite."
    goals = ("Favourite the picture {name} mentioned in their last SMS.",
             "{name} sent me a text about which of my photos they like best - please star that one in Gallery.",
             "fav the photo from {name}'s text")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        ensure_contact(device, params["name"], params["phone"])
        put_message(device, params["phone"], f"Love your photo {params['photo']}!", latest=True)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return the_photo(device, params["photo"]).favourite

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        from .cross import open_thread

        plan = open_photo(open_thread(Plan(device), params["name"]), params["photo"])
        return plan.tap(content_desc="Favourite").done()


class NoteToMail(TaskTemplate):
    name = "note_to_mail"
    apps = ("notes", "mail")
    difficulty = "medium"
    tags = ("notes", "mail", "share")
    may_change = ("mail.emails",)
    goal = "Email {to} the text of my note \"{title}\", with \"{title}\" as the subject."
    goals = ("Send my {title} note to {to} by mail (subject: {title}).",
             "{to} asked for my \"{title}\" list - please email them what the note says, subject \"{title}\".",
             "mail note {title} -> {to}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"to": address_of(person(rng)), "title": rng.choice(["Packing", "Reading list", "Errands"]),
                "body": rng.choice(["Tent, stove, lamp", "Dune, Piranesi", "Post office, bank, bakery"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for note in notes_titled(device, params["title"]):
            device.app("notes").delete(note.id)
        device.app("notes").add(params["title"], params["body"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(params["body"]) in normalize(e.body) for e in sent_mail(device, params["to"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"])
        return compose_mail(plan, params["to"], params["title"], params["body"]).done()


class PhotoToAlbumFromChat(PhotoTask):
    name = "chat_photo_to_album"
    apps = ("chat", "gallery")
    difficulty = "hard"
    tags = ("chat", "gallery", "album", "create")
    may_change = ("gallery.albums", *SEEN)
    goal = "{friend} asked on Signal for a new album. Create it with the name they gave and add {photo} to it."
    goals = ("Make the Gallery album {friend} suggested on Signal and put {photo} in it.",
             "Check what {friend} wrote on Signal about an album name, then create that album and add the "
             "photo {photo}.",
             "album from {friend}'s Signal message, + {photo}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        friend, _ = two_people(rng)
        return {**super().sample_params(rng), "friend": friend, "album": rng.choice(ALBUMS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        GalleryCreateAlbum().setup(device, params)
        chat = chat_with(device, params["friend"])
        device.app("chat").post(chat.id, params["friend"], f"Let's call the album {params['album']}", minutes_ago=2)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        album = device.app("gallery").album(params["album"])
        return album is not None and the_photo(device, params["photo"]).id in album.photo_ids

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        from .nav import open_chat

        plan = open_chat(Plan(device), params["friend"]).open("Gallery").tap(text="Albums")
        plan.tap(content_desc="New album").type(params["album"], resource_id=rid(GALLERY_PKG, "album_title"))
        plan.tap(resource_id=rid(GALLERY_PKG, "done")).tap(text="Photos")
        plan.scroll_to(rid(GALLERY_PKG, "photo_list"), resource_id="android:id/title", text=params["photo"])
        plan.tap_row(params["photo"]).tap(resource_id=rid(GALLERY_PKG, "add_to_album"))
        return plan.tap_row(params["album"]).done()


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    PhotoPlaceToNote, NewestPhotoToChat, ShareFileToChat, ShareFileByMail, MailAlbumRequest, FileSizeBySms,
    LargestFileToNote, MailRenameFile, SmsFavouritePhoto, NoteToMail, PhotoToAlbumFromChat,
)
