"""Services named across languages on super-app homes, the app's own name said in the task, sums in yen and won,
names heard as no screen word, and a search page already open (agents/ui_concepts.toml, agents/label_fit.py,
agents/money_amounts.py, agents/transliterated.py, agents/search_queries.py). Invented apps only."""

from __future__ import annotations

from test_ui_conventions import element, first, node

from cascadroid.agents.money_amounts import said_amount
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.transliterated import sounded
from cascadroid.device.uiautomator import parse_observation


def _screen(*kids: str, package: str = "com.example.app", keyboard: bool = False):
    inner = "".join(kids)
    if keyboard:  # an input method's window below the app, its keys one letter each
        inner += node("FrameLayout", (0, 1500, 1080, 2300), "", "", *[
            node("View", (108 * k, 1600, 108 * (k + 1), 1750), key, clickable=True)
            for k, key in enumerate("qwertyuiop")]).replace("com.example.app", "com.google.android.inputmethod.latin")
    xml = "<hierarchy>" + node("FrameLayout", (0, 0, 1080, 2400), "", "", inner).replace(
        'package="com.example.app"', f'package="{package}"') + "</hierarchy>"
    observation = parse_observation(xml)
    return observation, perceive(observation)


def _tile(x: int, y: int, name: str) -> str:
    return node("LinearLayout", (x, y, x + 250, y + 220), "", "",
                node("TextView", (x + 10, y + 150, x + 240, y + 210), name), clickable=True)


def _bills():
    return _screen(node("TextView", (40, 900, 800, 960), "Recharge & Pay Bills"),
                   *[_tile(20 + 265 * k, 1000, n) for k, n in enumerate(["Mobile Recharge", "DTH", "Electricity",
                                                                         "Credit Card Payment"])],
                   node("ScrollView", (0, 300, 1080, 2200), "", "", scrollable=True))


def test_electricity_said_in_the_users_language_is_the_electricity_tile():
    observation, screen = _bills()
    tile = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id) == "Electricity")
    for task in ("bijli ka bill bharna hai", "pagá la luz", "bayar tagihan listrik", "elektrik faturasını öde"):
        assert first(task, screen) == {"kind": "tap", "element": tile}, task
    assert first("recharge my mobile", screen) != {"kind": "tap", "element": tile}  # must not fire


def _wallet(package: str):
    return _screen(node("TextView", (40, 120, 500, 200), "ZumPay"),
                   *[_tile(20 + 265 * k, 400, n) for k, n in enumerate(["スキャン", "チャージ", "送る・受け取る", "残高"])],
                   node("LinearLayout", (20, 700, 1060, 860), "", "", node("TextView", (40, 720, 600, 800), "ZumPay残高"),
                        node("TextView", (700, 720, 1040, 800), "1,200円"), clickable=True),
                   package=package)


def test_the_apps_own_name_in_the_task_names_no_card_on_that_app():
    observation, screen = _wallet("jp.co.zumpay.android.app")
    send = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id) == "送る・受け取る")
    assert first("send 500 yen to Hiro on ZumPay", screen) == {"kind": "tap", "element": send}
    observation, screen = _wallet("com.example.app")  # must not fire: on another app the name is the card's
    card = next(e.id for e in observation.elements if e.clickable and "ZumPay残高" in screen.labels.get(e.id, ""))
    assert first("show my ZumPay balance", screen) == {"kind": "tap", "element": card}


def test_sums_in_yen_won_and_dirhams_are_sums_and_a_verb_after_a_number_is_none():
    assert said_amount("send 1000 yen to Kenta") == "1000" and said_amount("pay 300 dirhams") == "300"
    assert said_amount("transfer 20000 won to Minji") == "20000"
    assert said_amount("the team won 3 games") is None


def test_a_capitalised_name_is_heard_as_no_word_of_the_screen():
    assert sounded("send it to Kenta on the way", "アカウント") == 0
    assert sounded("mera account dikhao", "अकाउंट") == 1  # must not fire: a word said in another script


def _search_page(*chips: str):
    return _screen(node("ImageButton", (0, 110, 120, 230), "", "Geri", clickable=True),
                   node("EditText", (140, 120, 1040, 230), "Ürün ara", "", clickable=True,
                        rid="com.example.app:id/searchEditText", focused=True),
                   node("ScrollView", (0, 250, 1080, 1480), "", "",
                        *[node("TextView", (40 + 200 * k, 400, 220 + 200 * k, 480), c, clickable=True)
                          for k, c in enumerate(chips)], scrollable=True), keyboard=True)


def test_on_a_search_page_with_the_keyboard_up_the_item_not_shown_is_typed_without_its_ordering_verb():
    observation, screen = _search_page("Ekmek", "Yumurta", "Kahve")
    field = element(observation, resource_id="com.example.app:id/searchEditText").id
    assert screen.keyboard_shown
    action = first("yarım kilo kaşar peyniri söyleyeyim", screen)
    assert action["kind"] == "type" and action["element"] == field and "söyle" not in action["text"] \
        and "kaşar" in action["text"]
    chip = element(observation, text="Yumurta").id
    assert first("yumurta söyleyeyim", screen) == {"kind": "tap", "element": chip}  # must not fire: it is shown


def _home(*tiles: str):
    """An invented wallet's home: big entries under the search bar, a grid of services, "More" last."""
    return _screen(node("LinearLayout", (40, 120, 1040, 220), "", "", node("TextView", (60, 140, 900, 200), "搜索"),
                        clickable=True),
                   *[_tile(20 + 265 * (k % 4), 300 + 250 * (k // 4), n) for k, n in enumerate(tiles)])


def test_a_ride_no_control_names_is_the_homes_getting_around_entry():
    observation, screen = _home("扫一扫", "收付款", "出行", "卡包", "余额", "花呗", "转账", "更多")
    section = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id, "") == "出行")
    for task in ("帮我叫个车去火车站", "get me a taxi to the airport", "pesenin ojek ke kantor"):
        assert first(task, screen) == {"kind": "tap", "element": section}, task
    observation, screen = _home("扫一扫", "收付款", "出行", "打车", "余额", "花呗", "转账", "更多")
    section = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id, "") == "出行")
    assert first("帮我打个车", screen) != {"kind": "tap", "element": section}  # must not fire: the service is shown
    observation, screen = _home("Scan", "Pay", "Transport", "Cards", "Balance", "Transfer", "Food", "More")
    food = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id, "") == "Food")
    assert first("pedir comida", screen) != {"kind": "tap", "element": next(
        e.id for e in observation.elements if e.clickable and screen.labels.get(e.id, "") == "Transport")}
    assert food


def test_a_car_or_bike_said_as_no_ride_is_no_getting_around_entry():
    # review 29b item 12: a loan, an insurance, a wash or a sale of a vehicle asks no ride
    observation, screen = _home("Scan", "Pay", "Transport", "Bills", "Balance", "Transfer", "Food", "More")
    transport = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id, "") == "Transport")
    for task in ("pay my car loan", "show my car insurance", "book a car wash", "sell my bike",
                 "vende mi moto a Kio", "paga el seguro de mi coche"):
        assert first(task, screen) != {"kind": "tap", "element": transport}, task
    for task in ("get me a car to the airport", "pesan motor ke kantor"):
        assert first(task, screen) == {"kind": "tap", "element": transport}, task


def _top_up(*cards: str):
    """An invented carrier's top-up page: a promotion naming a sum, then a grid of sum cards, three to a row."""
    return _screen(node("LinearLayout", (20, 300, 1060, 480), "", "",
                        node("TextView", (40, 320, 1040, 460), "¡Recarga $100 o más y llévate 2 GB extra!"),
                        clickable=True),
                   *[node("LinearLayout", (20 + 350 * (k % 3), 600 + 230 * (k // 3), 340 + 350 * (k % 3),
                                           800 + 230 * (k // 3)), "", "",
                          node("TextView", (40 + 350 * (k % 3), 620 + 230 * (k // 3), 320 + 350 * (k % 3),
                                            700 + 230 * (k // 3)), c),
                          node("TextView", (40 + 350 * (k % 3), 710 + 230 * (k // 3), 320 + 350 * (k % 3),
                                            780 + 230 * (k // 3)), "Vigencia 30 días"), clickable=True)
                     for k, c in enumerate(cards)])


def test_the_sum_said_is_tapped_on_its_card_of_a_top_up_grid_not_on_the_promotion_repeating_it():
    observation, screen = _top_up("$20", "$50", "$100", "$150", "$200", "$500")
    card = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id, "").startswith("$100 |"))
    for task in ("recárgame 100 varos", "recarga de 100 pesos a mi línea", "top up $100 please"):
        assert first(task, screen) == {"kind": "tap", "element": card}, task
    observation, screen = _top_up("$20", "$100")  # must not fire: two cards are no grid of sums
    card = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id, "").startswith("$100 |"))
    from cascadroid.agents.candidates import Candidate
    from cascadroid.agents.money_amounts import cards
    out = [Candidate({"kind": "tap", "element": card}, "card", 0.0)]
    cards(out, "recárgame 100 varos", screen)
    assert out[0].score == 0.0


def test_a_publishers_name_in_the_package_is_no_app_name_when_the_apps_label_says_another():
    """com.kestrel.android.post is the app "Post" of the publisher Kestrel: "the email from Kestrel" names the sender's
    row, which keeps what it earned; an app whose label says the package's word keeps it as its name."""
    from cascadroid.agents import label_fit
    from cascadroid.agents.candidates import Candidate
    from cascadroid.device.types import AppInfo

    rows = [("Lena Vogt", "Budget for May"), ("Kestrel", "Your storage is almost full"), ("Omar Haddad", "Dinner?")]
    observation, screen = _screen(node("RecyclerView", (0, 300, 1080, 2100), "", "", *[
        node("LinearLayout", (0, 320 + 200 * n, 1080, 500 + 200 * n), "", "",
             node("TextView", (40, 330 + 200 * n, 700, 400 + 200 * n), who),
             node("TextView", (40, 410 + 200 * n, 1000, 480 + 200 * n), what), clickable=True)
        for n, (who, what) in enumerate(rows)], scrollable=True), package="com.kestrel.android.post")
    row = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id, "").startswith("Kestrel"))

    def after(apps: list[AppInfo]) -> float:
        out = [Candidate({"kind": "tap", "element": row}, "tap", 2.0)]
        label_fit.own_app(out, "mark the email from Kestrel as read", screen, apps)
        return out[0].score
    assert after([AppInfo(label="Post", package="com.kestrel.android.post")]) == 2.0  # the sender's name, kept
    assert after([AppInfo(label="Kestrel Post", package="com.kestrel.android.post")]) < 2.0  # the app's own name
    assert after([]) < 2.0  # the apps unknown: the package's words are the app's name, as before
