"""Files: folders of files; open a file's details to rename, move, delete, favourite or share it."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from ..app import App, Dialog, DialogButton, Screen
from ..page import Page, ToolbarAction

FOLDERS = ("Downloads", "Documents", "Music", "Recordings")
_FILES = {
    "Downloads": ["boarding_pass.pdf", "menu_cafe_nord.pdf", "setup_guide.pdf", "tickets_museum.pdf",
                  "lease_draft.docx", "map_offline.zip"],
    "Documents": ["CV_2026.pdf", "budget.xlsx", "tax_return.pdf", "meeting_minutes.docx", "recipes.txt",
                  "insurance_card.pdf"],
    "Music": ["morning_run.mp3", "lullaby.mp3", "podcast_ep12.mp3", "piano_practice.m4a"],
    "Recordings": ["voice_memo_03.m4a", "lecture_week5.m4a", "interview.m4a"],
}


class FileItem(BaseModel):
    id: int
    name: str
    folder: str
    size_kb: int
    modified: datetime
    favourite: bool = False


class FilesState(BaseModel):
    files: list[FileItem] = Field(default_factory=list)
    next_id: int = 1


def size_text(size_kb: int) -> str:
    return f"{size_kb / 1024:.1f} MB" if size_kb >= 1024 else f"{size_kb} kB"


class Files(App[FilesState]):
    name = "files"
    label = "Files"
    package = "com.google.android.apps.nbu.files"
    icon = "folder"
    home_slot = 70

    def initial_state(self, rng: random.Random) -> FilesState:
        state = FilesState()
        for folder, names in _FILES.items():
            for name in rng.sample(names, min(len(names), rng.randint(3, 4))):
                state.files.append(FileItem(id=state.next_id, name=name, folder=folder, size_kb=rng.randint(12, 9000),
                                            modified=self.runtime.now - timedelta(hours=rng.randint(2, 400))))
                state.next_id += 1
        return state

    def main_screen(self) -> Screen:
        return Browse(self)

    # queries and changes
    def file(self, file_id: int) -> FileItem | None:
        return next((f for f in self.state.files if f.id == file_id), None)

    def named(self, name: str) -> FileItem | None:
        return next((f for f in self.state.files if f.name.lower() == name.strip().lower()), None)

    def in_folder(self, folder: str) -> list[FileItem]:
        if folder == "Favourites":
            return sorted((f for f in self.state.files if f.favourite), key=lambda f: f.name.lower())
        return sorted((f for f in self.state.files if f.folder == folder), key=lambda f: f.name.lower())

    def add(self, name: str, folder: str, size_kb: int = 100) -> FileItem:
        item = FileItem(id=self.state.next_id, name=name, folder=folder, size_kb=size_kb, modified=self.now())
        self.state.next_id += 1
        self.state.files.append(item)
        return item

    def delete(self, file_id: int) -> None:
        self.state.files = [f for f in self.state.files if f.id != file_id]


class Browse(Screen):
    activity = ".home.HomeActivity"
    app: Files

    def __init__(self, app: Files) -> None:
        super().__init__(app)
        self.query = ""

    def build(self, page: Page) -> None:
        page.toolbar("Files")
        page.edit("search", self.query, hint="Search files", on_change=self._search, rid="search")
        if self.query:
            q = self.query.strip().lower()
            found = sorted((f for f in self.app.state.files if q in f.name.lower()), key=lambda f: f.name.lower())
            page.scroll_list("file_list", found, self._file_row, row_height=72, empty_text="No files found")
            return
        folders = [*FOLDERS, "Favourites"]
        page.scroll_list("folder_list", folders, self._folder_row, row_height=72)

    def _search(self, text: str) -> None:
        self.query = text
        self.scroll.clear()

    def _folder_row(self, page: Page, folder: str, index: int) -> None:
        count = len(self.app.in_folder(folder))
        page.item(folder, f"{count} items", rid="folder_row", icon="star" if folder == "Favourites" else "folder",
                  on_click=lambda: self.push(FolderView(self.app, folder)))

    def _file_row(self, page: Page, item: FileItem, index: int) -> None:
        page.item(item.name, f"{item.folder} · {size_text(item.size_kb)}", rid="file_row", icon="file",
                  on_click=lambda: self.push(FileDetail(self.app, item.id)))

    def on_back(self) -> bool:
        if self.query:
            self._search("")
            return True
        return False


class FolderView(Screen):
    activity = ".browse.FolderActivity"
    app: Files

    def __init__(self, app: Files, folder: str) -> None:
        super().__init__(app)
        self.folder = folder

    def build(self, page: Page) -> None:
        page.toolbar(self.folder, back=self.close)
        page.scroll_list("file_list", self.app.in_folder(self.folder), self._row, row_height=72,
                         empty_text="This folder is empty")

    def _row(self, page: Page, item: FileItem, index: int) -> None:
        page.item(item.name, f"{size_text(item.size_kb)} · {item.modified:%b %-d}", rid="file_row", icon="file",
                  desc=f"{item.name}{', favourite' if item.favourite else ''}",
                  on_click=lambda: self.push(FileDetail(self.app, item.id)))


class FileDetail(Screen):
    activity = ".details.FileDetailsActivity"
    app: Files

    def __init__(self, app: Files, file_id: int) -> None:
        super().__init__(app)
        self.file_id = file_id

    def build(self, page: Page) -> None:
        item = self.app.file(self.file_id)
        if item is None:
            page.toolbar("", back=self.close)
            return
        page.toolbar(item.name, back=self.close, actions=[
            ToolbarAction("Remove from favourites" if item.favourite else "Add to favourites", self._favourite,
                          icon="star" if item.favourite else "star_border", rid="favourite"),
            ToolbarAction("Share", lambda: self.push(ShareSheet(self.app, item.name)), icon="share", rid="share"),
            ToolbarAction("Delete", self._delete, icon="delete", rid="delete")])
        page.item("Name", item.name, rid="detail_name", height=64)
        page.item("Location", f"Internal storage / {item.folder}", rid="detail_location", height=64)
        page.item("Size", size_text(item.size_kb), rid="detail_size", height=64)
        page.item("Modified", f"{item.modified:%b %-d, %Y %H:%M}", rid="detail_modified", height=64)
        page.button("Rename", lambda: self.push(Rename(self.app, item.id)), rid="rename")
        page.button("Move to", lambda: self.push(MoveTo(self.app, item.id)), rid="move")

    def _favourite(self) -> None:
        item = self.app.file(self.file_id)
        if item is not None:
            item.favourite = not item.favourite

    def _delete(self) -> None:
        item = self.app.file(self.file_id)
        if item is None:
            return

        def delete() -> None:
            self.app.delete(self.file_id)
            self.app.toast("1 file deleted")
            self.close()

        self.app.dialog(Dialog(f"Delete {item.name}?", "This file will be permanently deleted.",
                               buttons=[DialogButton("Cancel"), DialogButton("Delete", delete)],
                               package=self.app.package))


class Rename(Screen):
    activity = ".details.RenameActivity"
    app: Files

    def __init__(self, app: Files, file_id: int) -> None:
        super().__init__(app)
        self.file_id = file_id
        item = app.file(file_id)
        self.value = item.name if item else ""
        self.focus = "name"

    def build(self, page: Page) -> None:
        page.toolbar("Rename", back=self.close)
        page.edit("name", self.value, hint="File name", on_change=self._set, rid="rename_field")
        page.button("OK", self._save, rid="rename_ok", enabled=bool(self.value.strip()))

    def _set(self, text: str) -> None:
        self.value = text

    def _save(self) -> None:
        item = self.app.file(self.file_id)
        new = self.value.strip()
        if item is not None and new:
            if any(f.name == new and f.folder == item.folder and f.id != item.id for f in self.app.state.files):
                self.app.toast("A file with this name already exists")
                return
            item.name = new
        self.close()


class MoveTo(Screen):
    activity = ".details.MoveActivity"
    app: Files

    def __init__(self, app: Files, file_id: int) -> None:
        super().__init__(app)
        self.file_id = file_id

    def build(self, page: Page) -> None:
        page.toolbar("Move to", back=self.close)
        page.scroll_list("folder_list", list(FOLDERS), self._row, row_height=72)

    def _row(self, page: Page, folder: str, index: int) -> None:
        page.item(folder, rid="folder_row", icon="folder", on_click=lambda: self._move(folder))

    def _move(self, folder: str) -> None:
        item = self.app.file(self.file_id)
        if item is not None:
            item.folder = folder
            self.app.toast(f"Moved to {folder}")
        self.close()


class ShareSheet(Screen):
    """Share a file's name with another app (Signal or Mail)."""

    activity = ".ChooserActivity"
    app: Files

    def __init__(self, app: Files, text: str) -> None:
        super().__init__(app)
        self.text = text

    def build(self, page: Page) -> None:
        page.toolbar("Share", back=self.close)
        targets = [name for name in ("chat", "mail") if name in self.app.runtime.apps]
        page.scroll_list("chooser_list", targets, self._row, row_height=72)

    def _row(self, page: Page, name: str, index: int) -> None:
        app = self.app.runtime.apps[name]
        page.item(app.label, rid="chooser_row", icon=app.icon, on_click=lambda: self._share(name))

    def _share(self, name: str) -> None:
        self.close()
        target = self.app.runtime.apps[name]
        if name == "chat":
            target.share(self.text)  # type: ignore[attr-defined]
        else:
            target.compose(subject=self.text, body=f"Attached: {self.text}")  # type: ignore[attr-defined]
