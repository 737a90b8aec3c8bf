"""An open popup menu or the pulled-down shade covers the windows under it (agents/popups.py): what lies under them is
read, never tapped. Invented multi-window dumps of other apps and languages, and cases that must not fire."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from test_ui_conventions import element, node

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation


def _window(bounds: tuple[int, int, int, int], *kids: str) -> str:
    return node("FrameLayout", bounds, "", "", *kids)


def _screen(*windows: str):
    observation = parse_observation("<hierarchy>" + "".join(windows) + "</hierarchy>", package="com.example.app")
    return observation, perceive(observation)


def _first(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


# A Portuguese music app's album page: its tracks, a "Compartilhar" button and the tab bar under the open "⋮" menu.
_ALBUM = _window((0, 0, 1080, 2400),
                 node("TextView", (40, 150, 900, 240), "Acústico MTV"),
                 node("Button", (40, 300, 500, 400), "Compartilhar álbum", clickable=True),
                 node("ImageButton", (960, 140, 1060, 240), "", "Mais opções", clickable=True),
                 node("View", (0, 450, 1080, 600), "Sozinho | Caetano Veloso", clickable=True),
                 node("View", (0, 600, 1080, 750), "Desde que o samba é samba | Caetano Veloso", clickable=True),
                 node("View", (0, 2200, 360, 2337), "Início", clickable=True),
                 node("View", (360, 2200, 720, 2337), "Buscar", clickable=True),
                 node("View", (720, 2200, 1080, 2337), "Sua biblioteca", clickable=True))
_MENU = _window((560, 140, 1060, 740),
                node("ListView", (560, 140, 1060, 740), "", "",
                     node("LinearLayout", (560, 160, 1060, 280), "", "", node("TextView", (600, 190, 1020, 250), "Curtir"),
                          clickable=True),
                     node("LinearLayout", (560, 280, 1060, 400), "", "",
                          node("TextView", (600, 310, 1020, 370), "Adicionar à fila"), clickable=True),
                     node("LinearLayout", (560, 400, 1060, 520), "", "",
                          node("TextView", (600, 430, 1020, 490), "Enviar para amigos"), clickable=True),
                     node("LinearLayout", (560, 520, 1060, 640), "", "",
                          node("TextView", (600, 550, 1020, 610), "Ver artista"), clickable=True)))


def test_the_screen_under_an_open_popup_menu_takes_no_taps():
    observation, screen = _screen(_ALBUM, _MENU)
    assert element(observation, text="Compartilhar álbum").id not in screen.actionable
    assert element(observation, text="Sua biblioteca").id not in screen.actionable
    assert any("Compartilhar álbum" in line for line in screen.lines)  # still read
    row = element(observation, text="Enviar para amigos")
    assert screen.target(row.id) in screen.actionable


def test_a_task_matching_a_control_under_the_menu_picks_from_the_menu():
    """'compartilha esse álbum' says the covered button's words; the menu's own sharing item is the one to tap."""
    observation, screen = _screen(_ALBUM, _MENU)
    action = _first("compartilha esse álbum com a Bia", screen)
    covered = {element(observation, text=t).id for t in ("Compartilhar álbum", "Sua biblioteca", "Buscar", "Início")}
    assert action.get("element") not in covered


def test_the_menu_is_found_whichever_window_the_dump_lists_first():
    observation, screen = _screen(_MENU, _ALBUM)
    assert element(observation, text="Compartilhar álbum").id not in screen.actionable


def test_a_lone_tooltip_over_the_screen_covers_nothing():
    tip = _window((500, 260, 1060, 420), node("TextView", (520, 280, 900, 400), "Novo: compartilhe álbuns"),
                  node("Button", (920, 290, 1040, 390), "OK", clickable=True))
    observation, screen = _screen(_ALBUM, tip)
    assert element(observation, text="Compartilhar álbum").id in screen.actionable


def test_suggestions_under_a_focused_field_cover_nothing():
    """An AutoCompleteTextView's list is a popup window too, but typing goes on in the field under it."""
    search = _window((0, 0, 1080, 2400),
                     node("EditText", (40, 140, 1040, 250), "caet", "", rid="com.example.app:id/search", clickable=True,
                          focused=True),
                     node("View", (0, 2200, 540, 2337), "Início", clickable=True))
    hints = _window((40, 250, 1040, 610),
                    node("View", (40, 250, 1040, 370), "caetano veloso", clickable=True),
                    node("View", (40, 370, 1040, 490), "caetano veloso acústico", clickable=True))
    observation, screen = _screen(search, hints)
    assert element(observation, text="caet").id in screen.actionable


def _system(bounds: tuple[int, int, int, int], *kids: str) -> str:
    b = "[{},{}][{},{}]".format(*bounds)
    return (f'<node class="android.widget.FrameLayout" package="com.android.systemui" text="" content-desc="" '
            f'clickable="false" enabled="true" bounds="{b}">{"".join(kids)}</node>')


def _sys_node(cls: str, bounds: tuple[int, int, int, int], text: str = "", desc: str = "", clickable: bool = False) -> str:
    b = "[{},{}][{},{}]".format(*bounds)
    return (f'<node class="android.widget.{cls}" package="com.android.systemui" text={quoteattr(text)} '
            f'content-desc={quoteattr(desc)} clickable="{str(clickable).lower()}" enabled="true" bounds="{b}" />')


def test_the_pulled_down_shade_covers_the_app_under_it():
    """A Russian bank app under the shade: its 'Сообщения' tab is covered, the shade's notification is in front."""
    bank = _window((0, 0, 1080, 2400),
                   node("TextView", (40, 150, 900, 240), "Главная"),
                   node("View", (0, 2200, 540, 2337), "Сообщения", clickable=True),
                   node("View", (540, 2200, 1080, 2337), "Платежи", clickable=True))
    shade = _system((0, 0, 1080, 2400),
                    _sys_node("TextView", (40, 40, 300, 100), "14:05"),
                    _sys_node("Switch", (40, 200, 300, 380), "", "Фонарик", clickable=True),
                    _sys_node("Switch", (320, 200, 580, 380), "", "Wi-Fi", clickable=True),
                    _sys_node("FrameLayout", (20, 600, 1060, 820), "", "Ольга: Ты где? Я у входа", clickable=True),
                    _sys_node("TextView", (700, 900, 1040, 980), "Очистить все", clickable=True))
    observation, screen = _screen(bank, shade)
    assert element(observation, text="Сообщения").id not in screen.actionable
    note = element(observation, content_desc="Ольга: Ты где? Я у входа")
    assert note.id in screen.actionable
    assert _first("включи фонарик", screen) == {"kind": "tap", "element": element(observation, content_desc="Фонарик").id}


def test_the_status_bar_alone_covers_nothing():
    bank = _window((0, 0, 1080, 2400), node("View", (0, 2200, 540, 2337), "Сообщения", clickable=True),
                   node("View", (540, 2200, 1080, 2337), "Платежи", clickable=True))
    bar = _system((0, 0, 1080, 110), _sys_node("TextView", (40, 30, 200, 90), "14:05"),
                  _sys_node("ImageView", (900, 30, 1040, 90), "", "Батарея 80%", clickable=True))
    observation, screen = _screen(bank, bar)
    assert element(observation, text="Сообщения").id in screen.actionable


# A Turkish shop's product page, and its tab bar drawn as a window of its own (a Compose or Flutter bottom bar).
_PRODUCT = _window((0, 0, 1080, 2400),
                   node("TextView", (40, 200, 1040, 300), "Kablosuz Kulaklık Pro 2"),
                   node("TextView", (40, 320, 1040, 400), "1.249,90 TL"),
                   node("Button", (40, 1900, 1040, 2040), "Sepete Ekle", clickable=True),
                   node("ImageButton", (940, 120, 1060, 240), "", "Favorilere ekle", clickable=True))
_TABS = _window((0, 2274, 1080, 2400),
                node("View", (0, 2274, 270, 2400), "", "Anasayfa", clickable=True),
                node("View", (270, 2274, 540, 2400), "", "Kategoriler", clickable=True),
                node("View", (540, 2274, 810, 2400), "", "Sepetim", clickable=True),
                node("View", (810, 2274, 1080, 2400), "", "Hesabım", clickable=True))


def test_a_tab_bar_in_a_window_of_its_own_covers_nothing():
    observation, screen = _screen(_PRODUCT, _TABS)
    button = element(observation, text="Sepete Ekle")
    assert button.id in screen.actionable
    assert _first("bu kulaklığı sepete ekle", screen) == {"kind": "tap", "element": button.id}


def test_a_strip_whose_items_are_stacked_is_still_a_menu():
    menu = _window((0, 2170, 1080, 2400),
                   node("View", (0, 2180, 1080, 2290), "", "Paylaş", clickable=True),
                   node("View", (0, 2290, 1080, 2400), "", "Şikayet et", clickable=True))
    observation, screen = _screen(_PRODUCT, menu)
    assert element(observation, text="Sepete Ekle").id not in screen.actionable
