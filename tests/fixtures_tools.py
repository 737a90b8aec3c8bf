"""Tool fixtures: a small world of real tools (contacts, weather, an SMS outbox) over real data."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from pydantic import BaseModel

from cascadroid.errors import UnknownTaskError
from cascadroid.tools import ToolRegistry, tool


class Contact(BaseModel):
    name: str
    phone: str
    email: str


class Weather(BaseModel):
    city: str
    temp_c: float
    condition: str


@dataclass
class ToolsWorld:
    """The state the tools read and change; tests check it after a run."""

    contacts: dict[str, Contact] = field(
        default_factory=lambda: {
            "bob": Contact(name="Bob Stone", phone="+15550001", email="bob@example.com"),
            "alice": Contact(name="Alice Wu", phone="+15550002", email="alice@example.com"),
        }
    )
    weather: dict[str, Weather] = field(
        default_factory=lambda: {
            "paris": Weather(city="Paris", temp_c=18.5, condition="rain"),
            "rome": Weather(city="Rome", temp_c=26.0, condition="sunny"),
        }
    )
    outbox: list[tuple[str, str]] = field(default_factory=list)
    real_calls: int = 0

    def registry(self) -> ToolRegistry:
        world = self

        @tool
        def find_contact(name: str) -> Contact:
            """Look up a contact by first name.

            Args:
                name: first name, any case.
            """
            world.real_calls += 1
            try:
                return world.contacts[name.lower()]
            except KeyError:
                raise UnknownTaskError(f"no contact named {name!r}", hint="check the name") from None

        @tool
        def get_weather(city: str) -> Weather:
            """Current weather in a city.

            Args:
                city: city name, e.g. "Paris".
            """
            world.real_calls += 1
            return world.weather[city.lower()]

        @tool
        def send_sms(phone: str, text: str) -> str:
            """Send an SMS; returns a delivery id.

            Args:
                phone: number in international format.
                text: the message.
            """
            world.real_calls += 1
            world.outbox.append((phone, text))
            return f"sms-{len(world.outbox)}"

        @tool
        def list_cities() -> list[str]:
            """Cities with weather data."""
            world.real_calls += 1
            return [w.city for w in world.weather.values()]

        return ToolRegistry([find_contact, get_weather, send_sms, list_cities])


@pytest.fixture
def tools_world() -> ToolsWorld:
    return ToolsWorld()


@pytest.fixture
def tools_registry(tools_world: ToolsWorld) -> ToolRegistry:
    return tools_world.registry()
