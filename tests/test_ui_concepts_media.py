"""Media, maps, social and create controls by concept (agents/ui_concepts.toml): play / pause / next / previous
track, directions, like / dislike / comment / follow / subscribe, new, alarm and inboxes as messages, found in the
labels of many languages and in the words tasks say them with, on invented apps; everyday words of another meaning
("Playa", "I'd like", French "comment", Portuguese "toque") name none of them."""

from __future__ import annotations

import pytest
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.ui_glossary import asked, concepts, control_words, fit, task_concepts

# Each new concept on labels an invented app would show, in five languages or more.
_LABELS = {
    "play": ("Play", "Reproducir", "Wiedergeben", "Riproduci", "Odtwórz", "Воспроизвести", "播放", "再生", "재생", "Oynat"),
    "pause": ("Pause", "Pausar", "Pausieren", "Wstrzymaj", "Пауза", "暂停", "一時停止", "Duraklat", "Tạm dừng"),
    "next": ("Next track", "Piste suivante", "Nächster Titel", "Brano successivo", "Следующий трек", "下一首", "次の曲"),
    "previous": ("Previous", "Anterior", "Vorheriger Titel", "Précédent", "Предыдущий", "上一首", "前の曲", "Önceki"),
    "directions": ("Directions", "Cómo llegar", "Itinéraire", "Routenplaner", "Маршрут", "路线", "経路", "길찾기",
                   "Yol tarifi", "Rute"),
    "like": ("Me gusta", "Gefällt mir", "J'aime", "Mi piace", "Нравится", "いいね", "좋아요", "Beğen", "Curtir"),
    "dislike": ("Dislike", "No me gusta", "Не нравится", "低く評価", "싫어요", "Gefällt mir nicht"),
    "comment": ("Comments", "Comentar", "Kommentieren", "Commenter", "Комментарии", "评论", "コメント", "댓글", "Yorum yap"),
    "follow": ("Follow", "Segui", "Подписаться", "フォロー", "팔로우", "Takip et", "Obserwuj", "关注"),
    "subscribe": ("Subscribe", "Suscribirse", "Abonnieren", "S'abonner", "Подписаться", "订阅", "チャンネル登録", "구독"),
    "new": ("Compose", "Nuevo", "Erstellen", "Nouveau", "Создать", "新建", "新規作成", "Yeni", "Utwórz", "Uus", "Jauns", "ახალი", "புதிய"),
    "alarm": ("Alarm", "Alarma", "Wecker", "Réveil", "Будильник", "闹钟", "アラーム", "알람", "Sveglia", "Žadintuvas", "Budilka", "Vekjari"),
    "message": ("Inbox", "Chats", "Posteingang", "Bandeja de entrada", "Входящие", "收件箱", "受信トレイ", "Gelen kutusu"),
}


@pytest.mark.parametrize("concept", sorted(_LABELS))
def test_each_new_concept_is_found_on_the_labels_of_many_languages(concept):
    for label in _LABELS[concept]:
        assert concept in concepts(label), (concept, label)


def test_a_new_chat_is_new_and_a_message_and_an_alarm_added_is_add_and_alarm():
    for label in ("New chat", "Nuevo mensaje", "Nouvelle discussion", "새 채팅", "新消息", "Nová zpráva", "رسالة جديدة"):
        assert {"new", "message"} <= set(concepts(label)), label
    assert {"add", "alarm"} <= set(concepts("Add alarm"))
    assert {"add", "alarm"} <= set(concepts("Alarm hinzufügen"))


# Words people say the acts with and no label shows (the [said.<language>] sections).
_SAID = {
    "next": ("skip this song", "salta esta canción", "пропусти трек", "切歌", "ข้ามเพลง", "agla gaana chalao", "ganti lagu"),
    "previous": ("go back a song", "предыдущую песню", "回到上一首"),
    "pause": ("stop the music", "para la música", "mach die musik aus", "ferma la musica", "band karo", "останови музыку",
              "止めて", "tắt nhạc"),
    "play": ("gaana chalao", "pon música de Shakira", "põe pra tocar", "放首歌", "틀어줘", "شغّل أغنية"),
    "directions": ("how do I get to the Velvet Fern café", "take me to Lindenplatz", "navigate to work", "hoe kom ik bij de Zonnemolen",
                   "jalan ke Taman Sari", "وديني المطار", "cómo llego a la Plaza Mayor", "как доехать до вокзала",
                   "kaise jaun Nehru Place", "怎么去机场", "nitafikaje Kariakoo"),
    "like": ("give it a like", "dale like a la foto", "лайкни пост", "点个赞", "like karo"),
    "comment": ("leave a comment", "deja un comentario", "оставь комментарий", "コメントして"),
    "follow": ("follow her", "síguela", "follow karo", "フォローして"),
    "subscribe": ("subscribe to the channel", "suscríbete al canal", "abonniere den kanal", "구독해줘"),
    "alarm": ("set an alarm for 6:30", "despiértame a las 7", "разбуди меня в 7", "weck mich um 7", "alarm lagao 6 baje",
              "叫我起床", "起こして"),
    "new": ("set an alarm for 6:30", "pon una alarma a las 7", "alarm kur", "ตั้งปลุก 6 โมง"),
    "send": ("manda el archivo a Ana", "mándale la foto a Leo", "bhej do photo"),
    "off": ("light band karo",),
}


@pytest.mark.parametrize("concept", sorted(_SAID))
def test_the_words_tasks_say_name_their_concept(concept):
    for task in _SAID[concept]:
        assert concept in asked(task), (concept, task)
        assert concept in task_concepts(task), (concept, task)


def test_a_task_in_one_language_meets_the_media_and_maps_control_of_another():
    assert fit(task_concepts("skip this song"), "Siguiente") == 0.75
    assert fit(task_concepts("salta esta canción"), "Next track") == 0.75
    assert fit(task_concepts("how do I get to the station"), "Cómo llegar") == 0.75
    assert fit(task_concepts("hoe kom ik bij het station"), "Directions") == 0.75
    assert fit(task_concepts("stop the music"), "Pausieren") == 0.75
    assert fit(task_concepts("dale like"), "いいね") == 0.75
    assert fit(task_concepts("set an alarm for 7"), "Новый будильник") == 1.5  # new + alarm


def _player(prev: str, pause: str, nxt: str):
    """An invented music app's now-playing screen: a title, and three icon buttons known only by their descriptions."""
    return screen_of(
        node("TextView", (40, 1300, 1040, 1400), "Lantern Moths"),
        node("TextView", (40, 1400, 1040, 1480), "Quiet Orchard"),
        node("ImageButton", (200, 1700, 360, 1860), "", prev, clickable=True),
        node("ImageButton", (460, 1700, 620, 1860), "", pause, clickable=True),
        node("ImageButton", (720, 1700, 880, 1860), "", nxt, clickable=True))


@pytest.mark.parametrize(("lang", "labels"), [("en", ("Previous", "Pause", "Next")), ("es", ("Anterior", "Pausar", "Siguiente")),
                                             ("de", ("Vorheriger Titel", "Pausieren", "Nächster Titel"))])
def test_a_player_in_one_language_does_what_a_task_in_another_asks(lang, labels):
    observation, screen = _player(*labels)
    prev, pause, nxt = (element(observation, content_desc=label).id for label in labels)
    for said_in, task, wanted in (("ru", "пропусти трек", nxt), ("en", "skip this song", nxt), ("es", "salta esta canción", nxt),
                                  ("en", "stop the music", pause), ("ru", "останови музыку", pause),
                                  ("en", "play the previous song", prev)):
        if said_in != lang:  # within one language the ranker's own words decide
            assert first(task, screen) == {"kind": "tap", "element": wanted}, (labels, task)


def _place_sheet(directions: str, save: str, share: str):
    """An invented maps app's place sheet: the place's name, its rating, and a row of action buttons."""
    return screen_of(
        node("TextView", (40, 1200, 1040, 1300), "Velvet Fern Café"),
        node("TextView", (40, 1300, 1040, 1370), "4.6 ★ · Café · 1.2 km"),
        node("Button", (40, 1420, 340, 1540), directions, "", clickable=True),
        node("Button", (380, 1420, 680, 1540), save, "", clickable=True),
        node("Button", (720, 1420, 1020, 1540), share, "", clickable=True))


def test_a_maps_place_sheet_gives_directions_to_a_task_that_asks_the_way_in_another_language():
    """The task names the concept in words labels show too (the ranker reads those; task-only words: above)."""
    for labels in (("Cómo llegar", "Guardar", "Compartir"), ("Itinéraire", "Enregistrer", "Partager"),
                   ("Маршрут", "Сохранить", "Поделиться")):
        observation, screen = _place_sheet(*labels)
        way = element(observation, text=labels[0]).id
        for task in ("directions to Velvet Fern Café", "navigate to Velvet Fern Café", "rute ke Velvet Fern Café"):
            assert first(task, screen) == {"kind": "tap", "element": way}, (labels, task)


def test_words_of_another_meaning_name_none_of_the_new_concepts():
    assert not set(concepts("Playa del Carmen")) & {"play"}
    assert "play" not in concepts(control_words("Play the full episode now before it expires at midnight"))
    assert "like" not in asked("I'd like to order a pizza")  # English "like" is a preposition and a wish
    assert "comment" not in concepts("comment aller à la gare")  # French "comment" is "how"
    assert "play" not in asked("toque aqui para continuar")  # Portuguese "toque" is a tap
    assert "play" not in concepts("lecture notes")  # French "Lecture" (play) is an English word
    assert "new" not in asked("saya baru saja pesan ojek")  # Indonesian "baru" is also "just"
    assert "message" not in asked("pesan ojek ke stasiun")  # Indonesian "pesan" is also "order"
    assert "follow" not in concepts("Seguir comprando")  # Spanish "seguir" is also "continue"
    assert "new" not in concepts("flights to NY") and "directions" not in concepts("a pot of coffee")
    assert "next" not in concepts("Skip") and "later" in concepts("Skip")  # a bare skip is still skipping a step
    assert "alarm" not in asked("warn me about the battery")


def test_taking_a_photo_is_the_shutter_not_the_gallery_sharing_the_word():
    """An invented Spanish camera: "Fotos" (the last shot's thumbnail) and "Tomar foto" (the shutter) share "foto";
    the shutter's own verb is what the task's "sácame una foto" means (the capture concept, within one language)."""
    observation, screen = screen_of(
        node("ImageButton", (40, 120, 160, 240), "", "Ajustes", clickable=True),
        node("ImageButton", (900, 120, 1020, 240), "", "Flash automático", clickable=True),
        node("ImageView", (60, 1900, 220, 2060), "", "Fotos", clickable=True),
        node("ImageButton", (440, 1880, 640, 2080), "", "Tomar foto", clickable=True),
        node("ImageButton", (860, 1900, 1020, 2060), "", "Cambiar a la cámara frontal", clickable=True))
    shutter = element(observation, content_desc="Tomar foto")
    assert first("sácame una foto del recibo", screen) == {"kind": "tap", "element": shutter.id}
    assert first("take a picture", screen) == {"kind": "tap", "element": shutter.id}
