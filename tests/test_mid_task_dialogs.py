"""Mid-task screens: a confirmation asking for the task's own act in other words, a permission request the task's
work raised, a keyboard's toolbar under a form, an order's last button asked for in another language. Invented apps
and labels, with cases that must not fire."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.dialog_answers import same_act
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation


def _in(package: str, xml: str) -> str:
    return xml.replace('package="com.example.app"', f'package="{package}"')


def _windows(*windows: str):
    observation = parse_observation("<hierarchy>" + "".join(windows) + "</hierarchy>")
    return observation, perceive(observation)


def _alert(title: str, message: str, negative: str, positive: str) -> str:
    """An AlertDialog at the foot of the screen (ids as the framework writes them), in its own window."""
    return node("FrameLayout", (24, 1700, 1056, 2180), "", "",
                node("LinearLayout", (24, 1700, 1056, 2180), "", "",
                     node("TextView", (80, 1740, 1000, 1800), title, rid="android:id/alertTitle"),
                     node("TextView", (80, 1810, 1000, 1900), message, rid="android:id/message"),
                     node("Button", (60, 1990, 530, 2130), negative, clickable=True, rid="android:id/button2"),
                     node("Button", (550, 1990, 1020, 2130), positive, clickable=True, rid="android:id/button1"),
                     rid="android:id/parentPanel"))


_VIEWER = node("FrameLayout", (0, 0, 1080, 2340), "", "",
               node("ImageView", (0, 500, 1080, 1700), "", "사진", clickable=True),
               node("ImageButton", (20, 2050, 228, 2190), "", "공유", clickable=True),
               node("ImageButton", (644, 2050, 852, 2190), "", "삭제", clickable=True))


def test_a_dialog_asking_for_the_tasks_act_in_other_words_is_answered_yes():
    observation, screen = _windows(_alert("", "동영상 1개를 휴지통으로 이동할까요? 30일 후 영구적으로 삭제됩니다.", "취소",
                                          "휴지통으로 이동"), _VIEWER)
    move = element(observation, text="휴지통으로 이동")
    assert first("이 동영상 지워줘", screen) == {"kind": "tap", "element": move.id}
    assert first("이 동영상 공유해줘", screen) != {"kind": "tap", "element": move.id}  # another act: not this dialog's


def test_removing_an_app_is_its_uninstall_confirmed():
    observation, screen = _windows(_alert("Burbujas Pop", "¿Quieres desinstalar esta app?", "Cancelar", "Desinstalar"),
                                   node("FrameLayout", (0, 0, 1080, 2340), "", "",
                                        node("Button", (48, 1100, 528, 1220), "Desinstalar", clickable=True),
                                        node("Button", (552, 1100, 1032, 1220), "Abrir", clickable=True)))
    uninstall = element(observation, text="Desinstalar", resource_id="android:id/button1")
    assert first("quítame Burbujas Pop, ya no lo uso", screen) == {"kind": "tap", "element": uninstall.id}
    assert first("ábreme Burbujas Pop", screen) != {"kind": "tap", "element": uninstall.id}


def test_the_same_act_is_a_guarded_act_not_a_shared_noun():
    assert same_act("delete this clip", "Video löschen? Es bleibt 30 Tage im Papierkorb.")
    assert not same_act("send this clip to Ana", "Delete 1 video?")
    assert not same_act("open the settings", "Open settings to allow notifications?")


def test_a_dialog_asking_the_act_on_more_than_the_tasks_object_is_no_yes():
    # review 29b item 1: all items, an account, a subscription, every device, another thing
    assert not same_act("delete this photo", "Delete album? All 240 items in this album will be deleted")
    assert not same_act("delete the 6am alarm", "Delete all alarms?")
    assert not same_act("borra esta foto", "¿Eliminar tu cuenta? Se perderán todos tus datos")
    assert not same_act("lösche dieses Foto", "Alle Fotos löschen?")
    assert not same_act("pay my water bill", "Pay $12.99 for Plus? Your subscription renews monthly")
    assert not same_act("log out of Kio's account on this tablet", "Sign out of all devices?")
    assert not same_act("update my address", "Update app? A new version is available")
    assert not same_act("この写真を消して", "すべての写真を削除しますか？")


def test_a_dialog_asking_the_act_on_the_tasks_object_or_one_item_is_still_yes():
    assert same_act("delete this pic", "Delete 1 image? It will be moved to the bin")
    assert same_act("delete all my alarms", "Delete all alarms?")
    assert same_act("borra el álbum Verano", "¿Eliminar álbum? Las fotos seguirán en tu galería")


def test_removing_something_that_is_no_app_confirms_no_uninstall():
    # review 29b item 2: a launcher's icon or shortcut, a history, another thing removed
    assert not same_act("remove the Zapline icon from my home screen", "Do you want to uninstall this app?")
    assert not same_act("delete the shortcut to Mapsy from the home screen", "Uninstall Mapsy? This app will be removed")
    assert not same_act("delete my search history in the store", "Uninstall updates? This app will be replaced")
    assert not same_act("quitar la alarma de las 7", "¿Desinstalar esta app?")
    assert not same_act("entferne das Symbol von Zapline", "Möchtest du diese App deinstallieren?")
    assert same_act("remove the Zapline app", "Do you want to uninstall this app?")
    assert same_act("quítame Zapline del teléfono", "Zapline ¿Quieres desinstalar esta app?")


def _permission(message: str) -> str:
    pc = "com.android.permissioncontroller"
    return _in(pc, node("FrameLayout", (48, 1270, 1032, 2270), "", "",
                        node("LinearLayout", (48, 1270, 1032, 2270), "", "",
                             node("TextView", (120, 1430, 960, 1590), message, rid=f"{pc}:id/permission_message"),
                             node("Button", (96, 1670, 984, 1800), "Tout autoriser", clickable=True,
                                  rid=f"{pc}:id/permission_allow_all_button"),
                             node("Button", (96, 1820, 984, 1950), "Sélectionner des photos", clickable=True,
                                  rid=f"{pc}:id/permission_allow_selected_button"),
                             node("Button", (96, 1970, 984, 2100), "Ne pas autoriser", clickable=True,
                                  rid=f"{pc}:id/permission_deny_button"),
                             rid=f"{pc}:id/grant_dialog")))


_CHAT = _in("com.example.chatter", node(
    "FrameLayout", (0, 0, 1080, 2400), "", "",
    node("TextView", (40, 140, 600, 210), "Maman"),
    node("TextView", (40, 900, 900, 1000), "Envoie-moi les photos des vacances !", clickable=True),
    node("ImageView", (200, 2200, 300, 2300), "", "Galerie", clickable=True)))


def test_a_permission_request_over_the_apps_screen_is_granted_and_the_screen_behind_waits():
    observation, screen = _windows(_permission("Autoriser Chatter à accéder aux photos et vidéos ?"), _CHAT)
    bubble = element(observation, text="Envoie-moi les photos des vacances !")
    assert bubble.id not in screen.actionable  # under the permission controller's card
    top = first("envoie la dernière photo des vacances à Maman", screen)
    grants = {element(observation, text=t).id for t in ("Tout autoriser", "Sélectionner des photos")}
    assert top["kind"] == "tap" and top["element"] in grants


def test_a_permission_the_task_refuses_is_denied():
    observation, screen = _windows(_permission("Autoriser Chatter à accéder aux photos et vidéos ?"), _CHAT)
    deny = element(observation, text="Ne pas autoriser")
    assert first("ne laisse pas Chatter voir mes photos", screen) == {"kind": "tap", "element": deny.id}


def _contacts_request(message: str, allow: str, deny: str) -> str:
    pc = "com.android.permissioncontroller"
    return _in(pc, node("FrameLayout", (48, 1270, 1032, 2270), "", "",
                        node("LinearLayout", (48, 1270, 1032, 2270), "", "",
                             node("TextView", (120, 1430, 960, 1590), message, rid=f"{pc}:id/permission_message"),
                             node("Button", (96, 1670, 984, 1800), allow, clickable=True,
                                  rid=f"{pc}:id/permission_allow_button"),
                             node("Button", (96, 1820, 984, 1950), deny, clickable=True,
                                  rid=f"{pc}:id/permission_deny_button"),
                             rid=f"{pc}:id/grant_dialog")))


_INBOX = _in("com.example.postly", node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                        node("TextView", (40, 300, 1000, 400), "Inbox"),
                                        node("TextView", (40, 500, 1000, 600), "Kio Tann: lunch?", clickable=True)))


def test_a_permission_the_task_has_no_use_for_is_not_granted():
    # review 29b item 16: contacts asked while the task reads a message or asks the weather
    observation, screen = _windows(_contacts_request("Allow Postly to access your contacts?", "Allow", "Don't allow"),
                                   _INBOX)
    allow = element(observation, text="Allow")
    for task in ("what's the weather tomorrow", "read the last message from Kio Tann", "tell me if Kio Tann wrote"):
        assert first(task, screen) != {"kind": "tap", "element": allow.id}, task
    observation, screen = _windows(_contacts_request("Postly Zugriff auf deinen Standort erlauben?", "Zulassen",
                                                     "Nicht zulassen"), _INBOX)
    assert first("lies die letzte Nachricht von Kio", screen) != {
        "kind": "tap", "element": element(observation, text="Zulassen").id}


def test_a_permission_the_task_works_with_is_granted():
    observation, screen = _windows(_contacts_request("Allow Postly to access your contacts?", "Allow", "Don't allow"),
                                   _INBOX)
    allow = element(observation, text="Allow")
    assert first("add Kio Tann to my contacts", screen) == {"kind": "tap", "element": allow.id}


def _keyboard(package: str) -> str:
    return _in(package, node("FrameLayout", (0, 1350, 1080, 2208), "", "",
                             node("ImageView", (20, 1390, 130, 1500), "", "Emoji", clickable=True),
                             node("ImageView", (150, 1390, 260, 1500), "", "Zwischenablage für Überweisung",
                                  clickable=True),
                             node("View", (0, 1560, 270, 1710), "", "1")))


def test_a_keyboards_toolbar_is_no_control_of_the_app_in_front():
    form = node("FrameLayout", (0, 0, 1080, 2208), "", "",
                node("TextView", (56, 300, 1024, 400), "Wie viel möchtest du überweisen?"),
                node("EditText", (56, 680, 1024, 820), "0,00 €", clickable=True, focused=True))
    observation, screen = _windows(form, _keyboard("com.example.keyboard"))
    clip = element(observation, content_desc="Zwischenablage für Überweisung")
    assert clip.id not in screen.actionable
    ranked = rank("überweise 80 € an Jonas", "", screen, [], [])
    assert ranked[0].action["kind"] == "type" and "80" in ranked[0].action["text"]


def test_the_keyboards_own_settings_are_its_controls():
    settings = _in("com.example.keyboard", node(
        "FrameLayout", (0, 0, 1080, 2400), "", "",
        node("Switch", (40, 400, 1040, 520), "Zwischenablage", clickable=True)))
    observation, screen = _windows(settings)
    assert element(observation, text="Zwischenablage").id in screen.actionable


def test_an_order_asked_for_in_another_language_ends_at_the_checkouts_button():
    observation, screen = screen_of(
        node("TextView", (40, 140, 600, 210), "确认订单"),
        node("View", (0, 300, 1080, 460), "朝阳区 某某路 8号 | 李先生", clickable=True),
        node("TextView", (40, 600, 800, 660), "牛肉面 ×1  ¥28"),
        node("TextView", (40, 2240, 600, 2300), "合计 ¥28"),
        node("View", (700, 2212, 1056, 2325), "提交订单", clickable=True))
    submit = element(observation, text="提交订单")
    assert first("好了，帮我下单吧", screen) == {"kind": "tap", "element": submit.id}


def test_a_product_page_is_no_checkout_for_an_order_asked_in_another_language():
    observation, screen = screen_of(
        node("TextView", (40, 300, 1040, 400), "牛肉面礼盒"),
        node("View", (0, 2212, 520, 2325), "加入购物车", clickable=True),
        node("View", (540, 2212, 1056, 2325), "立即购买", clickable=True),
        node("View", (880, 120, 1040, 260), "", "我的订单", clickable=True))
    buy = element(observation, text="立即购买")
    assert first("查看我的订单", screen) != {"kind": "tap", "element": buy.id}


def _payment_page(*rows: str):
    radios = [node("LinearLayout", (0, 500 + k * 200, 1080, 680 + k * 200), "", "",
                   node("RadioButton", (40, 540 + k * 200, 120, 620 + k * 200), label, clickable=True),
                   node("TextView", (140, 540 + k * 200, 1000, 620 + k * 200), label), clickable=True)
              for k, label in enumerate(rows)]
    page = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                node("ScrollView", (0, 300, 1080, 2200), "", "",
                     node("TextView", (40, 320, 1040, 400), "Choose how to pay"), *radios, scrollable=True),
                node("Button", (40, 2220, 1040, 2340), "Use this payment method", clickable=True))
    radio = 'class="android.widget.RadioButton"'
    head, *rest = page.split(radio)  # the first option is picked already
    marks = [f'{radio} checkable="true" checked="{str(k == 0).lower()}"' for k in range(len(rest))]
    return _windows(head + "".join(m + r for m, r in zip(marks, rest)))


def test_a_means_no_option_shows_is_further_down_the_options():
    _, screen = _payment_page("QuickPay Wallet", "Card ending in 4432", "Net Banking")
    assert first("pay for this order with cash on delivery", screen) == {"kind": "swipe", "direction": "down"}


def test_a_means_the_options_show_is_picked_not_scrolled_to():
    _, screen = _payment_page("QuickPay Wallet", "Card ending in 4432", "Net Banking", "Cash on Delivery")
    assert first("pay for this order with cash on delivery", screen) != {"kind": "swipe", "direction": "down"}
    _, screen = _payment_page("QuickPay Wallet", "Card ending in 4432", "Net Banking")
    assert first("pay for this order", screen) != {"kind": "swipe", "direction": "down"}  # no means named


def test_on_leading_a_noun_asks_no_switch_state():
    from cascadroid.agents.goal import parse_goal
    assert parse_goal("pay with cash on delivery").want_on is None
    assert parse_goal("wifi on please").want_on is True
    assert parse_goal("turn on the porch light").want_on is True


def test_on_before_a_place_a_time_or_a_manner_is_still_the_requests_state():
    # review 29b item 11: "on" ends the request, what follows says where, when or how
    from cascadroid.agents.goal import parse_goal
    for task in ("Dark mode on in Zapline", "Location on in Mapsy, please", "Leave Bluetooth on tonight",
                 "Get the flashlight on quickly", "Want Bluetooth on in the car", "Battery saver on until 8am",
                 "Switch it on in Settings", "Is my hotspot on at the moment?"):
        assert parse_goal(task).want_on is True, task
    for task in ("add a note on my calendar", "How many events do I have on Friday?",
                 "which network is my phone on at the moment"):  # a place or a day, no state
        assert parse_goal(task).want_on is None, task


def test_the_name_a_number_is_saved_as_is_typed_in_any_language():
    from cascadroid.agents.values import task_values
    for task in ("Speicher die Nummer als Mira Vogel ab", "guarda el número como Mira Vogel", "save this number as Mira Vogel"):
        assert [(v.text, v.kind) for v in task_values(task)] == [("Mira Vogel", "name")]
    assert all(v.kind != "name" for v in task_values("text Mira as soon as Bo lands"))  # no saving: no name


def test_a_format_or_a_list_a_thing_is_saved_as_is_no_name():
    # review 29b item 10: only a number or a contact is kept under a name (a contact's being two words at least)
    from cascadroid.agents.values import task_values
    for task in ("Save this page as PDF", "Save the photo as JPEG in Downloads", "Speicher die Seite als PDF",
                 "Save the document as PDF and email it to Kio", "Save the contact as Favorite",
                 "Guarda la foto como PNG", "Enregistre le fichier comme Brouillon"):
        assert all(v.kind != "name" for v in task_values(task)), task
    assert [(v.text, v.kind) for v in task_values("save the contact as Mira Vogel")] == [("Mira Vogel", "name")]


def test_a_russian_preposition_names_no_row():
    observation, screen = screen_of(
        node("RecyclerView", (0, 200, 1080, 2200), "", "",
             node("TextView", (0, 300, 1080, 420), "О себе", clickable=True),
             node("TextView", (0, 420, 1080, 540), "Уведомления и звуки", clickable=True),
             node("TextView", (0, 540, 1080, 660), "Язык", clickable=True), scrollable=True))
    about = element(observation, text="О себе")
    assert first("открой в настройках «Вопросы о Пингвине»", screen) != {"kind": "tap", "element": about.id}


def _save_sheet(*lists: str):
    """A save-to-list sheet in a window of its own over the place's page (rows whose texts are their children's)."""
    rows = [node("LinearLayout", (0, 1380 + k * 170, 1080, 1550 + k * 170), "", "",
                 node("TextView", (168, 1410 + k * 170, 900, 1470 + k * 170), name),
                 node("TextView", (168, 1472 + k * 170, 900, 1522 + k * 170), "Privat · 4 platser"), clickable=True)
            + node("ImageView", (920, 1425 + k * 170, 1020, 1505 + k * 170), "", "", clickable=True)  # its tick box
            for k, name in enumerate(lists)]
    sheet = node("FrameLayout", (0, 1060, 1080, 2337), "", "",
                 node("TextView", (48, 1125, 700, 1205), "Spara i lista"),
                 node("Button", (820, 1115, 1040, 1215), "Klar", clickable=True),
                 node("LinearLayout", (0, 1240, 1080, 1380), "", "",
                      node("ImageView", (48, 1280, 128, 1360), "", "Lägg till"),
                      node("TextView", (168, 1285, 900, 1345), "Ny lista"), clickable=True), *rows)
    page = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                node("TextView", (40, 300, 1040, 400), "Kafé Lindgården", clickable=True),
                node("Button", (40, 900, 300, 1000), "Spara", clickable=True))
    return _windows(sheet, page)


def test_a_sheet_of_rows_saying_nothing_themselves_is_a_sheet_not_a_keyboard():
    observation, screen = _save_sheet(*[f"Lista {k}" for k in range(1, 6)])  # eleven controls saying nothing
    assert screen.dialog and element(observation, text="Spara").id not in screen.actionable


def test_an_item_named_on_a_row_beats_the_control_making_a_new_one():
    observation, screen = _save_sheet("Favoriter", "Helgresor", "Stjärnmärkta platser")
    row = next(i for i in screen.actionable if screen.labels.get(i, "").startswith("Helgresor"))
    maker = next(i for i in screen.actionable if "Ny lista" in screen.labels.get(i, ""))
    assert first("Lägg till Kafé Lindgården i min Helgresor-lista", screen) == {"kind": "tap", "element": row}
    assert first("Lägg till Kafé Lindgården i en ny lista", screen) == {"kind": "tap", "element": maker}


def test_a_new_item_asked_for_in_other_words_keeps_its_maker():
    observation, screen = screen_of(
        node("View", (0, 300, 1080, 460), "Mira Vogel | see you at 8", clickable=True),
        node("View", (0, 460, 1080, 620), "Tom Berg | thanks!", clickable=True),
        node("ImageButton", (880, 2000, 1040, 2160), "", "New group", clickable=True))
    maker = element(observation, content_desc="New group")
    assert first('set up a group named "Lake weekend" with Mira Vogel and Tom Berg', screen) == {
        "kind": "tap", "element": maker.id}


def test_a_task_about_whats_nearby_grants_the_location_it_asks_for():
    # "nearby" says the task needs where the phone is, in the languages that say it without "location"
    for message, allow, deny, task in (
            ("要允许“饭圈”获取此设备的位置信息吗？", "允许", "拒绝", "帮我找找附近好吃的面馆"),
            ("“Tabemo”にこのデバイスの位置情報へのアクセスを許可しますか？", "許可", "許可しない", "近くのラーメン屋を探して"),
            ("Tabemo에서 이 기기의 위치 정보에 액세스하도록 허용하시겠습니까?", "허용", "허용 안함", "근처 맛집 찾아줘")):
        observation, screen = _windows(_contacts_request(message, allow, deny), _INBOX)
        assert first(task, screen) == {"kind": "tap", "element": element(observation, text=allow).id}, task


def test_binning_or_getting_rid_of_things_asks_for_their_delete_button():
    from cascadroid.agents.ui_glossary import task_concepts
    for task in ("those three scam texts, just bin them", "get rid of the blurry photos", "ditch it"):
        assert "delete" in task_concepts(task), task
    for task in ("open the recycle bin", "what's in the trash?"):  # a place, not an act
        assert "delete" not in task_concepts(task), task


def test_a_flight_about_to_leave_asks_for_airplane_mode_and_a_flight_to_book_does_not():
    from cascadroid.agents.ui_glossary import concepts, task_concepts
    for task in ("곧 이륙한대, 폰 전파 싹 다 끊어 놔", "we're about to take off, kill the signal", "もうすぐ離陸するから電波切って"):
        assert "airplane" in task_concepts(task), task
    for task in ("book a flight to Rome", "show my boarding pass"):
        assert "airplane" not in task_concepts(task), task
    assert "airplane" in concepts("비행기 탑승 모드")  # One UI's Korean tile
