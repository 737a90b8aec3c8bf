"""Files, photos and sharing on screens written in real apps' conventions (uiautomator dumps):
Files by Google-like folder rows ("report.pdf" over "2.4 MB • Mar 3"), a Samsung My Files-like
German folder ("1,5 MB"), Google Photos-like photo page (content-desc-only "Info", "Share",
"More options") and its details sheet, a French gallery's "Détails", the Android share sheet."""

from __future__ import annotations

from fixtures_uidump import W, screen_of
from fixtures_uidump import node as uidump_node

from cascadroid.agents import answers, details, notetaker, sharing, subgoals, superlatives
from cascadroid.agents.answers import Asked
from cascadroid.agents.candidates import rank
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo

FILES = AppInfo(label="Files", package="com.google.android.apps.nbu.files")
PHOTOS = AppInfo(label="Photos", package="com.google.android.apps.photos")
GMAIL = AppInfo(label="Gmail", package="com.google.android.gm")
WHATSAPP = AppInfo(label="WhatsApp", package="com.whatsapp")
MY_FILES = AppInfo(label="Eigene Dateien", package="com.sec.android.app.myfiles")
APPS = [FILES, PHOTOS, GMAIL, WHATSAPP]


def node(cls: str, box: tuple[int, int, int, int], *children: str, click: bool = False, editable: bool = False,
         **kw) -> str:
    return uidump_node(cls, box, *children, click=click, long=click, focusable=click or editable, **kw)


def text(t: str, box: tuple[int, int, int, int]) -> str:
    return node("android.widget.TextView", box, text=t)


def icon(desc: str, box: tuple[int, int, int, int]) -> str:
    return node("android.widget.ImageButton", box, desc=desc, click=True)


def file_row(top: int, name: str, meta: str) -> str:
    """A Compose-style row without ids: the name over its size and date."""
    return node("android.view.View", (0, top, W, top + 160), text(name, (200, top + 20, 900, top + 80)),
                text(meta, (200, top + 90, 900, top + 140)), click=True)


def toolbar(title: str, *buttons: str) -> str:
    return node("android.view.ViewGroup", (0, 80, W, 280), text(title, (120, 120, 600, 240)), *buttons)


def folder(package: str, title: str, *rows: tuple[str, str]) -> object:
    listed = [file_row(300 + 180 * i, name, meta) for i, (name, meta) in enumerate(rows)]
    return screen_of(package, toolbar(title, icon("Navigate up", (0, 120, 100, 220)),
                                      icon("More options", (960, 120, 1060, 220))),
                     node("androidx.recyclerview.widget.RecyclerView", (0, 300, W, 2200), *listed, scroll=True))


def tapped(label: str, outcome: str = "success") -> dict:
    return {"kind": "tap", "line": f'tap [9] "{label}"', "key": f'tap [9] "{label}"', "outcome": outcome}


# Files by Google-like Downloads: sizes in kB and MB side by side.
DOWNLOADS = folder(FILES.package, "Downloads", ("boarding_pass.pdf", "900 kB • Mar 3"),
                   ("holiday.zip", "1.2 MB • Feb 27"), ("notes.txt", "12 kB • Jan 9"))
# Samsung My Files-like, German: decimal commas ("1,5 MB" is less than "12 MB").
EIGENE_DATEIEN = folder(MY_FILES.package, "Documents", ("Rechnung.pdf", "1,5 MB | 03.03.2026"),
                        ("Vertrag.docx", "12 MB | 01.02.2026"), ("Notiz.txt", "800 KB | 12.01.2026"))


def test_the_largest_file_is_answered_across_units():
    best = rank("Which file in Downloads is the largest?", "", DOWNLOADS, APPS, [])[0]
    assert best.action == {"kind": "done", "answer": "holiday.zip"}


def test_decimal_commas_compare_as_decimals():
    best = rank("Which file in Documents is the biggest?", "", EIGENE_DATEIEN, [MY_FILES, GMAIL], [])[0]
    assert best.action["answer"] == "Vertrag.docx"
    assert details.ranked_name("What is the name of the smallest file in Documents?", EIGENE_DATEIEN.lines) == "Notiz.txt"


def test_the_largest_file_is_kept_for_a_later_note():
    notes = notetaker.by_rules('Find the largest file in Downloads and write its name in a note titled "Clean up".',
                               DOWNLOADS.lines, [])
    assert superlatives.facts(notes) == {"file": "holiday.zip"}  # beside the best row seen (superlatives.BEST)


def test_a_folder_that_is_not_the_one_asked_gives_no_name():
    assert details.ranked_name("What is the name of the largest file in Music?", DOWNLOADS.lines) is None


# Google Photos-like photo page: content-desc-only toolbar icons.
PHOTO_PAGE = screen_of(PHOTOS.package, toolbar("IMG_2041.jpg", icon("Navigate up", (0, 120, 100, 220)),
                                               icon("Share", (600, 120, 700, 220)), icon("Info", (720, 120, 820, 220)),
                                               icon("Delete", (840, 120, 940, 220)),
                                               icon("More options", (960, 120, 1060, 220))),
                       node("android.widget.ImageView", (0, 300, W, 1800), desc="Photo taken Mar 14, 2026 10:02"))
# Its details sheet: each value under its label.
PHOTO_DETAILS = screen_of(PHOTOS.package, toolbar("IMG_2041.jpg", icon("Navigate up", (0, 120, 100, 220))),
                          text("Details", (40, 1200, 600, 1260)), text("Sat, Mar 14, 2026 • 10:02 AM", (40, 1300, 900, 1360)),
                          text("Location", (40, 1400, 600, 1460)), text("Lisbon, Portugal", (40, 1480, 900, 1540)),
                          text("IMG_2041.jpg", (40, 1600, 900, 1660)), text("4.1 MB • 12 MP", (40, 1680, 900, 1740)))


def test_a_photo_question_opens_the_info_sheet():
    best = rank("Where was the photo IMG_2041.jpg taken?", "", PHOTO_PAGE, APPS, [])[0]
    assert best.action["kind"] == "tap" and best.text.startswith(f"tap [{_id(PHOTO_PAGE, 'Info')}]")


def test_the_details_sheet_answers_where_it_was_taken():
    best = rank("Where was the photo IMG_2041.jpg taken?", "", PHOTO_DETAILS, APPS, [tapped("Info")])[0]
    assert best.action == {"kind": "done", "answer": "Lisbon, Portugal"}


def test_a_value_read_from_details_goes_into_a_note():
    task = 'Make a note titled "IMG_2041.jpg" saying where that photo was taken.'
    notes = notetaker.by_rules(task, PHOTO_DETAILS.lines, [])
    assert notes == {"address": "Lisbon, Portugal"}
    rest, reading = subgoals.in_progress(task, notes)
    assert reading is None and rest == 'Make a note titled "IMG_2041.jpg" saying "Lisbon, Portugal".'


def test_french_details_labels_and_button():
    page = screen_of("com.sec.android.gallery3d", toolbar("IMG_77.jpg", icon("Partager", (600, 120, 700, 220)),
                                                           icon("Détails", (720, 120, 820, 220))))
    best = rank("When was IMG_77.jpg taken?", "", page, APPS, [])[0]
    assert best.text.startswith(f"tap [{_id(page, 'Détails')}]")
    lines = ["    Date", "    14 mars 2026 10:02", "    Lieu", "    Lyon"]
    assert details.labelled_value("date", lines) == "14 mars 2026 10:02"
    assert details.labelled_value("address", lines) == "Lyon"
    assert details.labelled_value("size", ["    Taille : 2,3 Mo"]) == "2,3 Mo"


def test_a_details_question_asks_nothing_of_other_questions():
    assert details.label_kind(Asked("phone", set()), "What is Ana's phone number?") is None
    assert details.label_kind(Asked("time", set()), "When was the photo taken?") == "date"


# Files by Google-like file page and the Android share sheet.
FILE_PAGE = screen_of(FILES.package, toolbar("report.pdf", icon("Navigate up", (0, 120, 100, 220)),
                                              icon("Share", (720, 120, 820, 220)), icon("More options", (960, 120, 1060, 220))),
                      text("Size", (40, 400, 600, 460)), text("2.4 MB", (40, 480, 600, 540)))
SHARE_SHEET = screen_of("android", text("Share", (40, 1300, 600, 1360)),
                        node("android.widget.LinearLayout", (0, 1400, 360, 1700), text("Gmail", (40, 1600, 320, 1660)), click=True),
                        node("android.widget.LinearLayout", (360, 1400, 720, 1700), text("WhatsApp", (400, 1600, 680, 1660)), click=True),
                        node("android.widget.LinearLayout", (720, 1400, W, 1700), text("Drive", (760, 1600, 1040, 1660)), click=True))


def test_a_file_is_sent_from_its_own_app():
    home = screen_of("com.google.android.apps.nexuslauncher", text("Gmail", (40, 1800, 300, 1860)))
    best = rank("Email the file report.pdf to ana@example.com", "", home, APPS, [])[0]
    assert best.action == {"kind": "open_app", "app": "Files"}


def test_the_file_page_share_button_then_the_app_on_the_share_sheet():
    task = "Email the file report.pdf to ana@example.com"
    best = rank(task, "", FILE_PAGE, APPS, [])[0]
    assert best.text.startswith(f"tap [{_id(FILE_PAGE, 'Share')}]")
    best = rank(task, "", SHARE_SHEET, APPS, [tapped("Share")])[0]
    assert best.text.startswith(f"tap [{_id(SHARE_SHEET, 'Gmail')}]")
    best = rank("Send IMG_2041.jpg to Dana Cole on WhatsApp", "", SHARE_SHEET, APPS, [tapped("Share")])[0]
    assert best.text.startswith(f"tap [{_id(SHARE_SHEET, 'WhatsApp')}]")


def test_what_is_sent_and_what_is_not():
    assert sharing.item_sent("Send IMG_2041.jpg to Dana on WhatsApp") == "photo"
    assert sharing.item_sent("Share the file report.pdf with Ana") == "file"
    assert sharing.item_sent("Email Ana the address of the party") is None
    assert sharing.item_sent("Rename report.pdf to final.pdf") is None
    assert sharing.is_share("Teilen") and sharing.is_share("共有") and not sharing.is_share("Send")


def test_a_search_that_finds_nothing_gives_up():
    page = screen_of(FILES.package, node("android.widget.EditText", (0, 100, W, 220), text="invoice_march.pdf", editable=True),
                     text("No results found", (40, 600, 900, 660)))
    history = [{"kind": "open_app", "line": "open_app Files", "key": "open_app Files", "outcome": "success"},
               {"kind": "type", "line": 'type [5] "invoice_march.pdf"', "key": "type [5]", "outcome": "success"}]
    best = rank("Move invoice_march.pdf to the Documents folder.", "", page, APPS, history)[0]
    assert best.action["kind"] == "done" and best.action.get("success") is False


def _id(screen, label: str) -> int:
    return next(i for i, text in screen.labels.items() if text == label)


# Google Photos-like grid: Compose cells named by content-desc only.
def photo_grid(*names: str):
    cells = [node("android.view.View", (0, 300 + 200 * i, W, 480 + 200 * i), desc=f"Photo, {name}", click=True)
             for i, name in enumerate(names)]
    return screen_of(PHOTOS.package, toolbar("Photos"), node("android.view.View", (0, 300, W, 2200), *cells, scroll=True))


def test_the_photo_goes_in_the_album_not_the_photo_named_like_the_album():
    grid = photo_grid("IMG_5817.jpg Birthday cake", "IMG_2365.jpg Beach")
    best = rank('Put IMG_2365.jpg in the "Birthday" album', "", grid, APPS, [])[0]
    assert best.action["kind"] == "tap" and "IMG_2365.jpg" in best.text


def test_a_photo_someone_named_is_acted_on_not_typed():
    grid = photo_grid("IMG_5817.jpg Birthday cake", "IMG_2365.jpg Beach")
    history = [{"kind": "open_app", "line": "open_app Gmail", "key": "open_app Gmail", "outcome": "success"},
               {"kind": "open_app", "line": "open_app Photos", "key": "open_app Photos", "outcome": "success"}]
    best = rank('Ana Ruiz emailed me which photo to put in the "Birthday" album. Do it.', "", grid, APPS, history,
                notes={"file": "IMG_2365.jpg"})[0]
    assert best.action["kind"] == "tap" and "IMG_2365.jpg" in best.text


def test_do_it_takes_the_action_from_what_was_sent():
    assert canonical('Ana Ruiz emailed me which photo to put in the "Birthday" album. Do it.').startswith("Do it")
    part = subgoals.read_part('Ana Ruiz emailed me which photo to put in the "Birthday" album. Do it.')
    assert part is not None and part.asked.kind == "file" and part.rest == 'put that photo in the "Birthday" album'
    assert subgoals.in_progress('Ana Ruiz emailed me which photo to put in the "Birthday" album. Do it.',
                                {"file": "IMG_2365.jpg"})[0] == 'put IMG_2365.jpg in the "Birthday" album'


def test_the_album_picker_row_is_tapped_and_then_done():
    picker = screen_of(PHOTOS.package, toolbar("Add to album", icon("Navigate up", (0, 120, 100, 220))),
                       node("android.view.View", (0, 300, W, 2200),
                            file_row(300, "Holidays", "3 items"), file_row(480, "Road trip", "0 items"), scroll=True))
    task = 'Add the photo IMG_2365.jpg to the album "Road trip".'
    history = [tapped("Photo, IMG_2365.jpg Beach"), tapped("Add to album")]
    best = rank(task, "", picker, APPS, history)[0]
    assert best.action["kind"] == "tap" and "Road trip" in best.text
    page = screen_of(PHOTOS.package, toolbar("IMG_2365.jpg", icon("Share", (600, 120, 700, 220))),
                     node("android.widget.Button", (40, 2000, 600, 2100), text="Add to album", click=True))
    best = rank(task, "", page, APPS, [*history, tapped("Road trip, 0 items")])[0]
    assert best.action["kind"] == "done"


def test_place_and_name_questions_in_other_words():
    assert answers.asked("In which place did I take IMG_26290.jpg?").kind == "address"
    assert answers.asked("What is the place of the picture IMG_4.jpg?").kind == "address"
    assert answers.asked("Find the biggest file in my Downloads folder.").kind == "name"
    assert answers.asked("Find the Downloads folder and open it") is None
    part = subgoals.read_part("Tell Dana Cole via WhatsApp what my latest picture is called.")
    assert part is not None and part.asked.kind == "file" and "name of my latest picture" in part.question


def test_the_newest_photo_is_the_first_of_the_grid():
    grid = photo_grid("IMG_9001.jpg Mountain", "IMG_5817.jpg Birthday cake")
    task = "Send Dana Cole the file name of my latest picture on WhatsApp"
    assert notetaker.by_rules(task, grid.lines, []) == {"file": "IMG_9001.jpg"}


def test_a_photo_mentioned_in_a_message_is_read_there():
    part = subgoals.read_part("Favourite the picture Ana Ruiz mentioned in their last SMS.")
    assert part is not None and part.rest == "Favourite it." and "SMS" in part.place
    assert subgoals.object_key("the picture IMG_4.jpg") == "IMG_4.jpg"


def test_a_new_note_named_like_a_file_gets_that_title():
    assert [v.kind for v in task_values("Write it into a new note named IMG_4.jpg.")] == ["title"]
    assert [v.kind for v in task_values("Delete the file named IMG_4.jpg.")] == ["file"]


def test_an_album_missing_from_the_whole_albums_tab_gives_up():
    tabs = node("android.widget.LinearLayout", (0, 300, W, 420),
                node("android.widget.TextView", (0, 300, 360, 420), text="Photos", click=True),
                node("android.widget.TextView", (360, 300, 720, 420), text="Albums", click=True, selected=True))
    albums = screen_of(PHOTOS.package, toolbar("Photos"), tabs, file_row(500, "Holidays", "3 items"),
                       file_row(680, "Family", "3 items"), icon("New album", (900, 2100, 1040, 2240)))
    best = rank('Rename my album "Garden" to "Garden old".', "", albums, APPS, [tapped("Albums")])[0]
    assert best.action["kind"] == "done" and best.action.get("success") is False


def test_after_the_share_sheet_the_target_app_keeps_the_task():
    compose = screen_of(GMAIL.package, toolbar("Compose", icon("Send", (960, 120, 1060, 220))),
                        node("android.widget.EditText", (0, 300, W, 420), text="", desc="To", editable=True),
                        text("report.pdf", (40, 500, 900, 560)))
    history = [tapped("Share"), tapped("Gmail")]
    ranked = rank("Share report.pdf from Files by mail with ana@example.com", "", compose, APPS, history)
    assert ranked[0].action["kind"] == "type" and all(c.action["kind"] != "open_app" or c.score < 0 for c in ranked)
