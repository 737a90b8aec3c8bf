"""Cascade fixtures: a canary corpus of generated secrets in realistic prompts, a recording cloud.

``canary_corpus()`` builds (deterministically) more than 200 secrets - phone numbers in
several countries and formats, Luhn-valid cards, mod-97-valid IBANs, one-time codes, e-mail
addresses, street addresses and contact names - and places them in prompts shaped like what
the agents send: a contacts screen as an element list, a message thread, a notes screen.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import phonenumbers
import pytest

from cascadroid.cascade.privacy import iban_ok, luhn_ok
from cascadroid.models import OpenAICompatibleModel, Price, PriceTable
from cascadroid.testing import RecordingServer

CLOUD_STAND_IN = "cloud-stand-in"
CLOUD_PRICE = Price(input_per_mtok=2.50, output_per_mtok=10.00)

_FIRST = ["Alice", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ingrid", "Jamal",
          "Katya", "Liam", "Mariana", "Nikhil", "Olga", "Pedro", "Quentin", "Rosa", "Sven", "Tamsin"]  # fmt: skip
_LAST = ["Okafor", "Lindqvist", "Moreau", "Petrenko", "Castellanos", "Haddad", "Whitfield", "Tanaka",
         "Brennan", "Oyelaran", "Novak", "Fairbanks", "Delacroix", "Ramaswamy", "Kowalczyk", "Albuquerque"]  # fmt: skip
_STREETS = ["Maple", "Juniper", "Harbor View", "Old Mill", "Chestnut", "Willow Creek", "Kingsley", "Larkspur"]
_STREET_WORDS = ["Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Place"]
_CITIES = [("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Madison", "WI"), ("Boulder", "CO")]
_UK = [("London", "SW1A 2AA"), ("Leeds", "LS1 4DY"), ("Bristol", "BS8 1TH"), ("Oxford", "OX1 3PA")]
_DE_STREETS = ["Bergstraße", "Lindenallee", "Mühlenweg", "Schillerstraße", "Rosengasse"]
_US_AREAS = ["212", "415", "646", "312", "617", "202", "305", "512", "206", "303", "213", "718"]


@dataclass
class Canary:
    kind: str
    text: str  # as written in the prompt

    def forms(self) -> list[bytes]:
        """The byte strings that must not reach the cloud: as written, and compacted."""
        compact = "".join(ch for ch in self.text if ch not in " -.()")
        forms = {self.text}
        if self.kind in ("phone", "card", "iban"):
            forms.add(compact)
        return [f.encode() for f in forms]


@dataclass
class CanaryCorpus:
    canaries: list[Canary] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)

    def leaked(self, raw: bytes) -> list[Canary]:
        return [c for c in self.canaries if any(form in raw for form in c.forms())]


def _us_phone(rng: random.Random) -> str:
    while True:
        area, exchange, line = rng.choice(_US_AREAS), rng.randint(201, 989), rng.randint(0, 9999)
        if exchange % 100 == 11:
            continue
        number = f"{area}{exchange:03d}{line:04d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "US")):
            break
    style = rng.randrange(4)
    return [
        f"({area}) {exchange:03d}-{line:04d}",
        f"{area}-{exchange:03d}-{line:04d}",
        f"+1 {area} {exchange:03d} {line:04d}",
        f"{area}.{exchange:03d}.{line:04d}",
    ][style]


def _intl_phone(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.5:
            text = f"+44 7700 900{rng.randint(0, 999):03d}"
        else:
            text = f"+49 30 {rng.randint(1000000, 9999999)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text)):
            return text


def _card(rng: random.Random) -> str:
    kind = rng.randrange(3)
    prefix, length = [("4", 16), (str(rng.randint(51, 55)), 16), (rng.choice(["34", "37"]), 15)][kind]
    while True:
        body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
        for check in string.digits:
            if luhn_ok(body + check):
                digits = body + check
                break
        if length == 15:
            return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
        sep = rng.choice([" ", "-", ""])
        return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


def _iban(rng: random.Random) -> str:
    country = rng.choice(["DE", "GB", "FR", "NL"])
    if country == "DE":
        bban = "".join(rng.choice(string.digits) for _ in range(18))
    elif country == "GB":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(rng.choice(string.digits) for _ in range(14))
    elif country == "FR":
        bban = "".join(rng.choice(string.digits) for _ in range(23))
    else:
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(rng.choice(string.digits) for _ in range(10))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if not iban_ok(compact):
        raise AssertionError(f"generated IBAN {compact} fails its own check")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if rng.random() < 0.6 else compact


def _otp(rng: random.Random) -> tuple[str, str]:
    code = str(rng.randint(10 ** 5, 10 ** rng.choice([6, 7, 8]) - 1))
    sentence = rng.choice([
        f"Your verification code is {code}. Do not share it.",
        f"{code} is your one-time code for signing in.",
        f"Use OTP {code} to confirm the payment.",
        f"Security code: {code} (valid 10 minutes)",
        f"Your login code is {code}",
    ])  # fmt: skip
    return code, sentence


def _address(rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        city, state = rng.choice(_CITIES)
        return f"{rng.randint(10, 9899)} {rng.choice(_STREETS)} {rng.choice(_STREET_WORDS)}, {city}, {state} {rng.randint(10000, 99999)}"
    if style == 1:
        city, postcode = rng.choice(_UK)
        return f"{rng.randint(2, 240)} {rng.choice(_STREETS)} {rng.choice(_STREET_WORDS)}, {city} {postcode}"
    return f"{rng.choice(_DE_STREETS)} {rng.randint(1, 180)}"


def canary_corpus(seed: int = 7, prompts: int = 30) -> CanaryCorpus:
    """More than 200 secrets in ``prompts`` prompts of three shapes (deterministic for ``seed``)."""
    rng = random.Random(seed)
    corpus = CanaryCorpus()
    used_names: set[str] = set()
    for index in range(prompts):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        while name in used_names:
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        used_names.add(name)
        corpus.contacts.append(name)
        phone, phone2 = _us_phone(rng), _intl_phone(rng)
        email = f"{name.split()[0].lower()}.{name.split()[1].lower()}{rng.randint(1, 99)}@{rng.choice(['example.com', 'mail.example.org', 'post.example.net'])}"
        card, iban, address = _card(rng), _iban(rng), _address(rng)
        code, otp_sentence = _otp(rng)
        secrets = [
            Canary("phone", phone), Canary("phone", phone2), Canary("email", email), Canary("card", card),
            Canary("iban", iban), Canary("otp", code), Canary("address", address),
        ]  # fmt: skip
        corpus.canaries += secrets
        shape = index % 3
        if shape == 0:
            prompt = (
                "Screen: com.android.contacts/.ContactDetail\nElements:\n"
                f'[0] TextView "{name}" bounds=[48,220][1032,300] clickable\n'
                f'[1] TextView "Mobile {phone}" bounds=[48,320][1032,380] clickable\n'
                f'[2] TextView "Work {phone2}" bounds=[48,400][1032,460]\n'
                f'[3] TextView "{email}" bounds=[48,480][1032,540]\n'
                f'[4] TextView "Home: {address}" bounds=[48,560][1032,640]\n'
                f'[5] TextView "Notes: card {card}, IBAN {iban}" bounds=[48,660][1032,740]\n'
                f'[6] TextView "Last SMS: {otp_sentence}" bounds=[48,760][1032,840]\n'
                "Subgoal: open the chat with this contact. Answer with the element id to tap."
            )
        elif shape == 1:
            prompt = (
                "Screen: com.google.android.apps.messaging/.ConversationActivity\nThread with "
                f"{name}:\n"
                f"- {name.split()[0]}: hi! new number is {phone}, or {phone2} when I'm abroad\n"
                f"- me: ok. can you send me your IBAN? {name.split()[0]} wrote it as {iban}\n"
                f"- {name.split()[0]}: pay with my card {card} if easier. mail me at {email}\n"
                f"- Bank: {otp_sentence}\n"
                f"- {name.split()[0]}: parcel goes to {address}\n"
                "Task: reply that the payment is done. What should the reply say?"
            )
        else:
            prompt = (
                "Screen: com.example.notes/.EditNote\nNote text:\n"
                f"Landlord {name} - {phone} / {phone2} - {email}\n"
                f"Flat: {address}\nRent to {iban}; backup card {card}\n"
                f"SMS: {otp_sentence}\n"
                "Task: summarise this note in one line."
            )
        corpus.prompts.append(prompt)
    return corpus


@pytest.fixture(scope="session")
def canaries() -> CanaryCorpus:
    corpus = canary_corpus()
    if len(corpus.canaries) < 200:
        raise RuntimeError(f"the canary corpus has only {len(corpus.canaries)} secrets")
    return corpus


def echo_placeholders(request_json: dict) -> str:
    """A cloud responder that answers with the placeholders (and a phrase) it was sent."""
    import re

    text = "\n".join(str(m.get("content", "")) for m in request_json.get("messages", []))
    found = re.findall(r"<[A-Z]+_\d+>", text)
    return "Reply: done. " + " ".join(dict.fromkeys(found))


@pytest.fixture
def recording_cloud() -> Iterator[Callable[..., RecordingServer]]:
    """A factory: ``recording_cloud(responder)`` -> a running RecordingServer, closed after the test."""
    servers: list[RecordingServer] = []

    def start(responder: Callable[[dict], str] = echo_placeholders, **kwargs: object) -> RecordingServer:
        server = RecordingServer(responder=responder, model=CLOUD_STAND_IN, **kwargs)  # type: ignore[arg-type]
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def cloud_client(server: RecordingServer, **kwargs: object) -> OpenAICompatibleModel:
    """An OpenAICompatibleModel on ``server``, priced at CLOUD_PRICE, with fast retries."""
    options: dict = {"max_retries": 1, "retry_backoff_s": 0.01, "timeout_s": 10.0, **kwargs}
    return OpenAICompatibleModel(
        base_url=server.url,
        model=CLOUD_STAND_IN,
        prices=PriceTable({CLOUD_STAND_IN: CLOUD_PRICE}),
        require_price=True,
        **options,
    )
