"""Tasks on Files and Gallery: rename, move, delete, favourite, albums, and questions."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from ...script import Step
from ..apps.files import FOLDERS, size_text
from ..apps.gallery import PLACES, SUBJECTS
from .base import QuestionTask, TaskTemplate
from .common import TODAY
from .nav import FILES_PKG, GALLERY_PKG, open_album, open_file, open_photo
from .plan import Plan, rid

NEW_FILES = ["invoice_march.pdf", "holiday_plan.docx", "scan_0042.pdf", "notes_lecture.txt", "flight_info.pdf",
             "warranty.pdf", "song_demo.mp3", "contract_v2.docx"]
ALBUMS = ["Road trip", "Garden", "Pets", "Weekend", "Hiking", "Birthday"]


def the_file(device: Any, name: str) -> Any:
    found = device.app("files").named(name)
    if found is None:
        raise LookupError(name)
    return found


def the_photo(device: Any, name: str) -> Any:
    found = device.app("gallery").named(name)
    if found is None:
        raise LookupError(name)
    return found


# ---- Files --------------------------------------------------------------------------------------
class FileTask(TaskTemplate):
    """Setup: a file ``file`` in ``folder`` (and no other file of that name)."""

    apps = ("files",)
    favourite = False

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"file": rng.choice(NEW_FILES), "folder": rng.choice(FOLDERS[:2]), "size": rng.randint(40, 8000)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        for item in [f for f in app.state.files if f.name == params["file"]]:
            app.delete(item.id)
        app.add(params["file"], params["folder"], params["size"]).favourite = self.favourite


class FilesRename(FileTask):
    name = "files_rename"
    difficulty = "medium"
    tags = ("files", "rename")
    may_change = ("files.files.*.name",)
    goal = "Rename the file {file} to {new_name}."
    goals = ("In Files, change the name of {file} to {new_name}.",
             "The file {file} has a confusing name - could you call it {new_name} instead?",
             "rename {file} -> {new_name}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        stem, ext = params["file"].rsplit(".", 1)
        return {**params, "new_name": f"{rng.choice(['final', 'old', 'keep', 'shared'])}_{stem}.{ext}"}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        app = device.app("files")
        return app.named(params["file"]) is None and app.named(params["new_name"]) is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_file(Plan(device), params["file"]).tap(resource_id=rid(FILES_PKG, "rename"))
        plan.type(params["new_name"], resource_id=rid(FILES_PKG, "rename_field"))
        return plan.tap(resource_id=rid(FILES_PKG, "rename_ok")).done()


class FilesDelete(FileTask):
    name = "files_delete"
    difficulty = "easy"
    tags = ("files", "delete")
    may_change = ("files.files",)
    goal = "Delete the file {file}."
    goals = ("Remove {file} from my phone's files.",
             "I don't need {file} any more, please delete it to free some space.",
             "delete {file}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("files").named(params["file"]) is None and bool(device.app("files").state.files)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_file(Plan(device), params["file"]).tap(resource_id=rid(FILES_PKG, "delete"))
        return plan.tap(text="Delete").done()


class FilesFavourite(FileTask):
    name = "files_favourite"
    difficulty = "easy"
    tags = ("files", "favourite")
    may_change = ("files.files.*.favourite",)
    goal = "Add {file} to my favourites in Files."
    goals = ("Favourite the file {file}.",
             "I open {file} all the time; can you star it as a favourite in the Files app?",
             "fav {file}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return the_file(device, params["file"]).favourite

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_file(Plan(device), params["file"]).tap(content_desc="Add to favourites").done()


class FilesUnfavourite(FileTask):
    name = "files_unfavourite"
    difficulty = "easy"
    tags = ("files", "favourite")
    favourite = True
    may_change = ("files.files.*.favourite",)
    goal = "Remove {file} from my favourites in Files."
    goals = ("Unfavourite {file}.",
             "{file} doesn't need to be in my favourites any more - take it out please.",
             "unfav {file}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not the_file(device, params["file"]).favourite

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_file(Plan(device), params["file"]).tap(content_desc="Remove from favourites").done()


class FilesMove(FileTask):
    name = "files_move"
    difficulty = "medium"
    tags = ("files", "move")
    may_change = ("files.files.*.folder",)
    goal = "Move {file} from {folder} to {target}."
    goals = ("Put the file {file} into the {target} folder.",
             "{file} ended up in {folder} by mistake; could you move it over to {target}?",
             "mv {file} {target}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        return {**params, "target": rng.choice([f for f in FOLDERS if f != params["folder"]])}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return the_file(device, params["file"]).folder == params["target"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_file(Plan(device), params["file"]).tap(resource_id=rid(FILES_PKG, "move"))
        return plan.tap_row(params["target"]).done()


class FilesSizeQuestion(FileTask, QuestionTask):
    name = "files_size_question"
    difficulty = "easy"
    tags = ("files", "question")
    goal = "How big is the file {file}?"
    goals = ("What's the size of {file}?",
             "I want to email {file} - can you check how large it is first?",
             "size of {file}?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [size_text(the_file(device, params["file"]).size_kb)]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_file(Plan(device), params["file"]).done(self.expected(device, params)[0])


class FilesCountQuestion(QuestionTask):
    name = "files_count_question"
    apps = ("files",)
    difficulty = "easy"
    tags = ("files", "question", "count")
    goal = "How many files are in my {folder} folder?"
    goals = ("Count the files in {folder}.",
             "Roughly cleaning up storage: tell me how many files the {folder} folder holds.",
             "{folder}: file count?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"folder": rng.choice(FOLDERS), "extra": rng.randint(0, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name in NEW_FILES[: params["extra"]]:
            if device.app("files").named(name) is None:
                device.app("files").add(name, params["folder"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(len(device.app("files").in_folder(params["folder"])))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Files").tap_row(params["folder"]).done(self.expected(device, params)[0])


class FilesLargestQuestion(QuestionTask):
    name = "files_largest_question"
    apps = ("files",)
    difficulty = "hard"
    tags = ("files", "question", "compare")
    goal = "Which file in {folder} is the largest?"
    goals = ("Find the biggest file in my {folder} folder.",
             "My storage is nearly full - which single file in {folder} takes the most space?",
             "largest file in {folder}?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"folder": rng.choice(FOLDERS)}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [max(device.app("files").in_folder(params["folder"]), key=lambda f: f.size_kb).name]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Files").tap_row(params["folder"]).done(self.expected(device, params)[0])


# ---- Gallery ------------------------------------------------------------------------------------
class PhotoTask(TaskTemplate):
    """Setup: a photo ``photo`` (the newest) showing ``caption`` taken at ``place``."""

    apps = ("gallery",)
    favourite = False

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"photo": f"IMG_{rng.randint(10000, 99999)}.jpg", "caption": rng.choice(SUBJECTS),
                "place": rng.choice(PLACES), "days": rng.randint(0, 1)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        photo = device.app("gallery").add_photo(params["photo"], params["caption"],
                                                TODAY - timedelta(days=params["days"]), params["place"])
        photo.favourite = self.favourite


class GalleryFavourite(PhotoTask):
    name = "gallery_favourite_photo"
    difficulty = "easy"
    tags = ("gallery", "favourite")
    may_change = ("gallery.photos.*.favourite",)
    goal = "Mark the photo {photo} as a favourite."
    goals = ("Favourite {photo} in Gallery.",
             "I love the picture {photo} - add it to my favourites please.",
             "fav photo {photo}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return the_photo(device, params["photo"]).favourite

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_photo(Plan(device), params["photo"]).tap(content_desc="Favourite").done()


class GalleryUnfavourite(PhotoTask):
    name = "gallery_unfavourite_photo"
    difficulty = "easy"
    tags = ("gallery", "favourite")
    favourite = True
    may_change = ("gallery.photos.*.favourite",)
    goal = "Remove {photo} from my favourite photos."
    goals = ("Unfavourite the picture {photo}.",
             "{photo} shouldn't be among my favourites - could you take it out?",
             "unfav {photo}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not the_photo(device, params["photo"]).favourite

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_photo(Plan(device), params["photo"]).tap(content_desc="Remove from favourites").done()


class GalleryDelete(PhotoTask):
    name = "gallery_delete_photo"
    difficulty = "easy"
    tags = ("gallery", "delete")
    may_change = ("gallery.photos", "gallery.albums")
    goal = "Delete the photo {photo}."
    goals = ("Move {photo} to the trash.",
             "The picture {photo} came out blurry, please delete it from the gallery.",
             "delete {photo}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("gallery").named(params["photo"]) is None and bool(device.app("gallery").state.photos)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_photo(Plan(device), params["photo"]).tap(resource_id=rid(GALLERY_PKG, "trash")).done()


class GalleryCreateAlbum(TaskTemplate):
    name = "gallery_create_album"
    apps = ("gallery",)
    difficulty = "easy"
    tags = ("gallery", "album", "create")
    may_change = ("gallery.albums",)
    goal = "Create a new album called \"{album}\" in Gallery."
    goals = ("New Gallery album: {album}.",
             "Could you make me an empty photo album named \"{album}\"?",
             "album {album}, please")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"album": rng.choice(ALBUMS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("gallery")
        app.state.albums = [a for a in app.state.albums if a.name != params["album"]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("gallery").album(params["album"]) is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Gallery").tap(text="Albums").tap(content_desc="New album")
        plan.type(params["album"], resource_id=rid(GALLERY_PKG, "album_title"))
        return plan.tap(resource_id=rid(GALLERY_PKG, "done")).done()


class PhotoAlbumTask(PhotoTask):
    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "album": rng.choice(ALBUMS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        GalleryCreateAlbum().setup(device, params)
        device.app("gallery").add_album(params["album"])


class GalleryAddToAlbum(PhotoAlbumTask):
    name = "gallery_add_to_album"
    difficulty = "medium"
    tags = ("gallery", "album")
    may_change = ("gallery.albums.*.photo_ids",)
    goal = "Add the photo {photo} to the album \"{album}\"."
    goals = ("Put {photo} in my {album} album.",
             "That {caption} shot ({photo}) belongs in the \"{album}\" album - add it there please.",
             "{photo} -> album {album}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        album = device.app("gallery").album(params["album"])
        return album is not None and the_photo(device, params["photo"]).id in album.photo_ids

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_photo(Plan(device), params["photo"]).tap(resource_id=rid(GALLERY_PKG, "add_to_album"))
        return plan.tap_row(params["album"]).done()


class GalleryRenameAlbum(PhotoAlbumTask):
    name = "gallery_rename_album"
    difficulty = "medium"
    tags = ("gallery", "album", "rename")
    may_change = ("gallery.albums.*.name",)
    goal = "Rename the album \"{album}\" to \"{new_album}\"."
    goals = ("Change the name of my {album} album to {new_album}.",
             "I'd rather my \"{album}\" album were called \"{new_album}\" - can you rename it?",
             "album {album} -> {new_album}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        return {**params, "new_album": f"{params['album']} {rng.choice(['2025', 'best', 'old'])}"}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        app = device.app("gallery")
        return app.album(params["album"]) is None and app.album(params["new_album"]) is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_album(Plan(device), params["album"]).tap(content_desc="Rename album")
        plan.type(params["new_album"], resource_id=rid(GALLERY_PKG, "album_title"))
        return plan.tap(resource_id=rid(GALLERY_PKG, "done")).done()


class GalleryPlaceQuestion(PhotoTask, QuestionTask):
    name = "gallery_photo_place_question"
    difficulty = "medium"
    tags = ("gallery", "question")
    goal = "Where was the photo {photo} taken?"
    goals = ("In which place did I take {photo}?",
             "Check the details of the picture {photo} and tell me where it was shot.",
             "{photo} location?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [the_photo(device, params["photo"]).place]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_photo(Plan(device), params["photo"]).tap(content_desc="Info")
        return plan.done(self.expected(device, params)[0])


class GalleryAlbumCountQuestion(PhotoAlbumTask, QuestionTask):
    name = "gallery_album_count_question"
    difficulty = "easy"
    tags = ("gallery", "question", "count")
    goal = "How many photos are in my \"{album}\" album?"
    goals = ("Count the pictures in the {album} album.",
             "How full is my {album} album - how many photos does it have?",
             "{album} album size?")

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        app = device.app("gallery")
        album = app.album(params["album"])
        rng = random.Random(params["photo"])
        album.photo_ids = [p.id for p in rng.sample(app.state.photos, rng.randint(1, 4))]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(len(device.app("gallery").album(params["album"]).photo_ids))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_album(Plan(device), params["album"]).done(self.expected(device, params)[0])


class GalleryDateQuestion(PhotoTask, QuestionTask):
    name = "gallery_photo_date_question"
    difficulty = "easy"
    tags = ("gallery", "question", "date")
    goal = "On what date was {photo} taken?"
    goals = ("When did I take the photo {photo}?",
             "I need the day the picture {photo} was taken for my diary - which date was it?",
             "{photo} date?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        taken: date = the_photo(device, params["photo"]).taken
        return [f"{taken:%B} {taken.day}", f"{taken.day} {taken:%B}", taken.isoformat(), f"{taken:%b} {taken.day}"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_photo(Plan(device), params["photo"]).done(self.expected(device, params)[0])


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    FilesRename, FilesDelete, FilesFavourite, FilesUnfavourite, FilesMove, FilesSizeQuestion, FilesCountQuestion,
    FilesLargestQuestion, GalleryFavourite, GalleryUnfavourite, GalleryDelete, GalleryCreateAlbum, GalleryAddToAlbum,
    GalleryRenameAlbum, GalleryPlaceQuestion, GalleryAlbumCountQuestion, GalleryDateQuestion,
)
