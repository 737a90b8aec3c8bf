"""Super-app services named brand + English word: "اسنپ‌فود" (Snapp Food), "GoFood", "ShopeeFood", "LINE MAN Mart".

Ride, delivery and wallet super-apps name each service tile by their brand joined to an English service
word, often written in the local script ("اسنپ‌فود", "ฟู้ด", "フード"); the user asks in their own words ("برام
غذا سفارش بده", order me food). The brand is what three or more tiles start with; what follows it is the
service. A task naming a service (food, groceries, a ride, a motorbike or a car, a parcel) in any of the languages
below meets the tile whose remainder is that service's English word, in Latin or transliterated; a vehicle named
("xe máy", "pikipiki") is that kind of ride only, and the one the task says it does not want ("ko cần ô tô") none.
Where no tile is that vehicle's, the brand's plain ride tile is (Gojek's "GoRide" is its motorbike taxi, beside
"GoCar"): an "ojek" asked for there is the ride tile, never another vehicle's.
"""

from __future__ import annotations

import os
import re
from typing import Any

from ..unitext import NO_SPACES
from .exclusions import split
from .perceptor import Screen
from .text import normalize, words

_BONUS = 2.0
# service: the words users say for it (many languages) / the English loanword tiles carry, in several scripts.
_TABLE = {
    "food": ("food meal eat restaurant comida comer essen nourriture repas cibo makanan makan yemek еда еду еды "
             "поесть їжа їжу طعام أكل اكل وجبة غذا غذای خوراک אוכל खाना भोजन খাবার อาหาร đồ ăn món ăn thức ăn "
             "料理 ご飯 ごはん 出前 음식 배달음식 外卖 外賣 美食 吃的",
             "food foods فود فود ฟู้ด ฟูด फ़ूड फूड ফুড フード 푸드 фуд"),
    "mart": ("groceries grocery supermarket mercado supermercado lebensmittel courses épicerie spesa belanja sembako "
             "market bakkal продукты продуктів بقالة سوبرماركت خواربار سوپرمارکت מכולת किराना মুদি ของชำ tạp hóa "
             "食料品 スーパー 장보기 食品 超市 雜貨",
             "mart market مارت مارکت ماركت มาร์ท मार्ट মার্ট マート 마트 маркет март"),
    "ride": ("ride taxi cab lift ojek viaje viagem fahrt taxi курс поездка такси поїздка رحلة تاكسي سفر تاکسی מונית "
             "सवारी টেক্সি রাইড แท็กซี่ chuyến xe taksi タクシー 택시 打车 打車",
             "ride rides cab taxi car bike رايد تاکسی ไรด์ राइड রাইড ライド 라이드 райд"),
    "bike": ("motorbike motorcycle moto motor+taxi bike+taxi ojek motor xe+máy xe+ôm mô+tô motosiklet mototaxi "
             "bodaboda boda pikipiki habal-habal motorsiklo мотоцикл байк موتور موتورسیکلت دراجة+نارية मोटरसाइकिल "
             "बाइक বাইক মোটরসাইকেল มอเตอร์ไซค์ มอไซค์ バイク 오토바이 摩托",
             "bike moto motor ไบค์ バイク 바이크 बाइक বাইক байк بایک بايك"),
    "car": ("car ô+tô xe+hơi mobil kereta coche carro voiture macchina автомобиль машину машина araba otomobil kotse "
            "gari سيارة ماشین خودرو कार গাড়ি รถยนต์ รถเก๋ง 自動車 자동차 汽车 汽車 轿车",
            "car cars auto کار कार কার カー 카 кар كار"),
    "send": ("parcel package courier paquete paket paquet pacco kiriman paket посылка посилка طرد بسته מישלוח पार्सल "
             "পার্সেল พัสดุ bưu kiện 荷物 택배 快递 快遞",
             "send box express courier باکس بوکس اکسپرس ส่ง เอ็กซ์เพรส एक्सप्रेस エクスプレス 익스프레스 экспресс"),
}

_VEHICLES = frozenset({"bike", "car"})
_LOANS = {s: {normalize(w) for w in loans.split()} for s, (_, loans) in _TABLE.items()}


def _said(task: str) -> set[str]:
    """The services a task names."""
    task = split(task)[0]  # "đặt xe máy thôi ko cần ô tô": not the car
    said, own = normalize(task), words(task)
    out = set()
    for service, (terms, _) in _TABLE.items():
        for term in terms.split():
            if (normalize(term) in said) if NO_SPACES.search(term) else re.search(
                    rf"(?<!\w){re.escape(normalize(term.replace('+', ' ')))}(?!\w)", said) if "+" in term else term in own:
                out.add(service)
                break
    return out - {"ride"} if out & _VEHICLES else out  # "a motorbike": that kind of ride only


def _brand(label: str, others: list[str]) -> str:
    """What this label and two or more others start with (two letters or more), longest first."""
    prefixes = [os.path.commonprefix([label, o]) for o in others if o != label]
    counts: dict[str, int] = {}
    for p in prefixes:
        for n in range(2, len(p) + 1):
            counts[p[:n]] = counts.get(p[:n], 0) + 1
    shared = [p for p, c in counts.items() if c >= 2]
    return max(shared, key=len, default="")


def _rest(label: str, names: list[str]) -> str:
    """What follows the brand in a tile's name ("" when three or more tiles share no start with it)."""
    brand = _brand(label, names)
    return re.sub(r"^[\s\-_.]+", "", label[len(brand):]) if brand else ""


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Credit a brand tile whose service word is the one the task names (in place)."""
    services = _said(task)
    if not services:
        return
    heads = {i: screen.labels.get(i, "").split(" | ")[0] for i in screen.actionable}  # a row's name before its price
    tiles = {i: normalize(head).replace(" ", "") for i, head in heads.items() if 0 < len(head) <= 24}
    names = list(tiles.values())
    rests = {i: _rest(label, names) for i, label in tiles.items()}
    vehicles = services & _VEHICLES
    if vehicles and not any(r in _LOANS[v] for r in rests.values() for v in vehicles):
        services = services | {"ride"}  # no tile of the vehicle said: the brand's plain ride is it
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or element not in tiles:
            continue
        rest = rests[element]
        others = [v for v in _VEHICLES - vehicles if vehicles and rest in _LOANS[v]]  # "GoCar" is no "ojek"
        if rest and not others and any(rest in _LOANS[s] for s in services):
            candidate.score += _BONUS
