"""Gallery: photos (favourite, delete, details with date and place), albums (create, add, rename)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from pydantic import BaseModel, Field

from ..app import App, Screen
from ..page import Page, ToolbarAction

PLACES = ["Lisbon", "Zurich", "Kyoto", "Oslo", "Lakeside", "Riverside Park", "Cape Town", "Seville"]
SUBJECTS = ["Sunset", "Beach", "Cat", "Birthday cake", "Mountain", "Old town", "Harbor", "Snow", "Market", "Bridge"]
TABS = ("Photos", "Albums", "Favourites")


class Photo(BaseModel):
    id: int
    name: str  # file name, e.g. "IMG_2041.jpg"
    caption: str  # what it shows
    taken: date
    place: str
    favourite: bool = False


class Album(BaseModel):
    id: int
    name: str
    photo_ids: list[int] = Field(default_factory=list)


class GalleryState(BaseModel):
    photos: list[Photo] = Field(default_factory=list)
    albums: list[Album] = Field(default_factory=list)
    next_id: int = 1


class Gallery(App[GalleryState]):
    name = "gallery"
    label = "Gallery"
    package = "com.google.android.apps.photos"
    icon = "photo"
    home_slot = 65

    def initial_state(self, rng: random.Random) -> GalleryState:
        state = GalleryState()
        today = self.runtime.now.date()
        numbers = rng.sample(range(1000, 9999), 9)
        for number, caption in zip(sorted(numbers), rng.sample(SUBJECTS, 9)):
            state.photos.append(Photo(id=state.next_id, name=f"IMG_{number}.jpg", caption=caption,
                                      taken=today - timedelta(days=rng.randint(1, 300)), place=rng.choice(PLACES),
                                      favourite=rng.random() < 0.2))
            state.next_id += 1
        for name in rng.sample(["Holidays", "Family", "Screenshots", "Food"], 2):
            state.albums.append(Album(id=state.next_id, name=name,
                                      photo_ids=[p.id for p in rng.sample(state.photos, 3)]))
            state.next_id += 1
        return state

    def main_screen(self) -> Screen:
        return Grid(self)

    # queries and changes
    def photo(self, photo_id: int) -> Photo | None:
        return next((p for p in self.state.photos if p.id == photo_id), None)

    def named(self, name: str) -> Photo | None:
        return next((p for p in self.state.photos if p.name.lower() == name.strip().lower()), None)

    def album(self, name: str) -> Album | None:
        return next((a for a in self.state.albums if a.name.lower() == name.strip().lower()), None)

    def newest(self) -> list[Photo]:
        return sorted(self.state.photos, key=lambda p: (p.taken, p.id), reverse=True)

    def add_photo(self, name: str, caption: str, taken: date, place: str) -> Photo:
        photo = Photo(id=self.state.next_id, name=name, caption=caption, taken=taken, place=place)
        self.state.next_id += 1
        self.state.photos.append(photo)
        return photo

    def add_album(self, name: str, photo_ids: list[int] | None = None) -> Album:
        album = Album(id=self.state.next_id, name=name, photo_ids=list(photo_ids or []))
        self.state.next_id += 1
        self.state.albums.append(album)
        return album

    def delete(self, photo_id: int) -> None:
        self.state.photos = [p for p in self.state.photos if p.id != photo_id]
        for album in self.state.albums:
            album.photo_ids = [i for i in album.photo_ids if i != photo_id]


def photo_desc(photo: Photo) -> str:
    return f"Photo {photo.name}, {photo.caption}, taken {photo.taken:%b %-d, %Y}" + \
        (", favourite" if photo.favourite else "")


class Grid(Screen):
    activity = ".home.HomeActivity"
    app: Gallery

    def __init__(self, app: Gallery) -> None:
        super().__init__(app)
        self.tab = "Photos"

    def build(self, page: Page) -> None:
        page.toolbar("Gallery")
        page.tabs(TABS, self.tab, self._tab, rid="tabs")
        if self.tab == "Albums":
            page.scroll_list("album_list", self.app.state.albums, self._album_row, row_height=72,
                             empty_text="No albums")
            page.fab("New album", lambda: self.push(NewAlbum(self.app)), icon="add", rid="new_album")
            return
        photos = self.app.newest()
        if self.tab == "Favourites":
            photos = [p for p in photos if p.favourite]
        page.scroll_list("photo_list", photos, self._photo_row, row_height=72,
                         empty_text="No favourites yet" if self.tab == "Favourites" else "No photos")

    def _tab(self, tab: str) -> None:
        self.tab = tab
        self.scroll.clear()

    def _photo_row(self, page: Page, photo: Photo, index: int) -> None:
        page.item(photo.name, f"{photo.taken:%b %-d, %Y}", rid="photo_cell", icon="photo", desc=photo_desc(photo),
                  on_click=lambda: self.push(PhotoView(self.app, photo.id)))

    def _album_row(self, page: Page, album: Album, index: int) -> None:
        page.item(album.name, f"{len(album.photo_ids)} items", rid="album_row", icon="photo_album",
                  on_click=lambda: self.push(AlbumView(self.app, album.id)))

    def on_back(self) -> bool:
        if self.tab != "Photos":
            self._tab("Photos")
            return True
        return False


class PhotoView(Screen):
    activity = ".photo.PhotoPagerActivity"
    app: Gallery

    def __init__(self, app: Gallery, photo_id: int) -> None:
        super().__init__(app)
        self.photo_id = photo_id
        self.info = False

    def build(self, page: Page) -> None:
        photo = self.app.photo(self.photo_id)
        if photo is None:
            page.toolbar("", back=self.close)
            return
        page.toolbar(photo.name, back=self.close, actions=[
            ToolbarAction("Remove from favourites" if photo.favourite else "Favourite", self._favourite,
                          icon="star" if photo.favourite else "star_border", rid="favorite"),
            ToolbarAction("Info", self._info, icon="info", rid="details"),
            ToolbarAction("Delete", self._delete, icon="delete", rid="trash")])
        page.text("", desc=photo_desc(photo) if not self.info else "Photo", rid="photo_view", height=320)
        if self.info:
            page.item("Date", f"{photo.taken:%A, %B %-d, %Y}", rid="details_date", height=64)
            page.item("Location", photo.place, rid="details_location", height=64)
            page.item("File", photo.name, rid="details_file", height=64)
        page.button("Add to album", lambda: self.push(PickAlbum(self.app, photo.id)), rid="add_to_album")

    def _info(self) -> None:
        self.info = not self.info

    def _favourite(self) -> None:
        photo = self.app.photo(self.photo_id)
        if photo is not None:
            photo.favourite = not photo.favourite

    def _delete(self) -> None:
        self.app.delete(self.photo_id)
        self.app.toast("Moved to trash")
        self.close()


class PickAlbum(Screen):
    activity = ".album.PickAlbumActivity"
    app: Gallery

    def __init__(self, app: Gallery, photo_id: int) -> None:
        super().__init__(app)
        self.photo_id = photo_id

    def build(self, page: Page) -> None:
        page.toolbar("Add to album", back=self.close)
        page.scroll_list("album_list", self.app.state.albums, self._row, row_height=72, empty_text="No albums")

    def _row(self, page: Page, album: Album, index: int) -> None:
        page.item(album.name, f"{len(album.photo_ids)} items", rid="album_row", icon="photo_album",
                  on_click=lambda: self._add(album.id))

    def _add(self, album_id: int) -> None:
        album = next((a for a in self.app.state.albums if a.id == album_id), None)
        if album is not None and self.photo_id not in album.photo_ids:
            album.photo_ids.append(self.photo_id)
            self.app.toast(f"Added to {album.name}")
        self.close()


class AlbumView(Screen):
    activity = ".album.AlbumActivity"
    app: Gallery

    def __init__(self, app: Gallery, album_id: int) -> None:
        super().__init__(app)
        self.album_id = album_id

    def build(self, page: Page) -> None:
        album = next((a for a in self.app.state.albums if a.id == self.album_id), None)
        if album is None:
            page.toolbar("", back=self.close)
            return
        page.toolbar(album.name, back=self.close, actions=[
            ToolbarAction("Rename album", lambda: self.push(NewAlbum(self.app, album.id)), icon="edit",
                          rid="rename_album")])
        photos = [p for p in self.app.newest() if p.id in album.photo_ids]
        page.scroll_list("photo_list", photos, self._row, row_height=72, empty_text="This album is empty")

    def _row(self, page: Page, photo: Photo, index: int) -> None:
        page.item(photo.name, f"{photo.taken:%b %-d, %Y}", rid="photo_cell", icon="photo", desc=photo_desc(photo),
                  on_click=lambda: self.push(PhotoView(self.app, photo.id)))


class NewAlbum(Screen):
    """A new album (``album_id`` None) or a new name for an existing one."""

    activity = ".album.EditAlbumActivity"
    app: Gallery

    def __init__(self, app: Gallery, album_id: int | None = None) -> None:
        super().__init__(app)
        self.album_id = album_id
        album = next((a for a in app.state.albums if a.id == album_id), None)
        self.value = album.name if album else ""
        self.focus = "album_name"

    def build(self, page: Page) -> None:
        page.toolbar("Rename album" if self.album_id else "New album", back=self.close)
        page.edit("album_name", self.value, hint="Album title", on_change=self._set, rid="album_title")
        page.button("Done", self._save, rid="done", enabled=bool(self.value.strip()))

    def _set(self, text: str) -> None:
        self.value = text

    def _save(self) -> None:
        name = self.value.strip()
        album = next((a for a in self.app.state.albums if a.id == self.album_id), None)
        if album is not None:
            album.name = name
        elif name:
            self.app.add_album(name)
        self.close()
