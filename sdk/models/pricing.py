"""Token prices: turn a response's usage into US dollars.

``PriceTable.default()`` knows a few well-known hosted models; add or override entries for
yours (a llama.cpp server standing in for the cloud costs whatever you say it costs)::

    prices = PriceTable.default()
    prices["my-server-model"] = Price(input_per_mtok=0.20, output_per_mtok=0.80)
    prices.cost_of(response.usage, "my-server-model")

Lookup is by exact name first, then by the longest known name the model name starts with
(``gpt-4o-mini-2024-07-18`` is priced as ``gpt-4o-mini``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..errors import ConfigurationError
from .base import Usage


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens. ``cached_input_per_mtok`` defaults to the input price."""

    input_per_mtok: float
    output_per_mtok: float
    cached_input_per_mtok: float | None = None

    def __post_init__(self) -> None:
        for field in ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok"):
            value = getattr(self, field)
            if value is not None and (value != value or value < 0):
                raise ConfigurationError(
                    f"price {field}={value!r} is not a non-negative number",
                    hint="give US dollars per million tokens, e.g. Price(0.15, 0.60)",
                )

    def cost(self, usage: Usage) -> float:
        """Dollars for ``usage``; cached prompt tokens are charged at the cached rate."""
        cached = min(usage.cached_prompt_tokens, usage.prompt_tokens)
        cached_rate = self.input_per_mtok if self.cached_input_per_mtok is None else self.cached_input_per_mtok
        dollars = (
            (usage.prompt_tokens - cached) * self.input_per_mtok
            + cached * cached_rate
            + usage.completion_tokens * self.output_per_mtok
        )
        return dollars / 1_000_000


# Published list prices (USD per 1M tokens) when this table was written; edit for yours.
DEFAULT_PRICES: Mapping[str, Price] = MappingProxyType(
    {
        "gpt-4o": Price(2.50, 10.00, cached_input_per_mtok=1.25),
        "gpt-4o-mini": Price(0.15, 0.60, cached_input_per_mtok=0.075),
        "gpt-4.1": Price(2.00, 8.00, cached_input_per_mtok=0.50),
        "gpt-4.1-mini": Price(0.40, 1.60, cached_input_per_mtok=0.10),
        "gpt-4.1-nano": Price(0.10, 0.40, cached_input_per_mtok=0.025),
    }
)


class PriceTable(MutableMapping[str, Price]):
    """An editable mapping of model name -> :class:`Price`."""

    def __init__(self, prices: Mapping[str, Price] | None = None) -> None:
        self._prices: dict[str, Price] = {}
        for name, price in (prices or {}).items():
            self[name] = price

    @classmethod
    def default(cls, overrides: Mapping[str, Any] | None = None) -> PriceTable:
        """A fresh table of :data:`DEFAULT_PRICES` plus ``overrides`` (e.g. ``settings.cascade.prices``).

        Editing the table changes nothing global.
        """
        table = cls(DEFAULT_PRICES)
        table.update(overrides or {})
        return table

    def __setitem__(self, name: str, price: Any) -> None:
        """Set a price: a :class:`Price`, or anything with ``input_per_mtok``/``output_per_mtok``."""
        if not isinstance(price, Price):
            try:
                price = Price(
                    price.input_per_mtok,
                    price.output_per_mtok,
                    getattr(price, "cached_input_per_mtok", None),
                )
            except AttributeError:
                raise ConfigurationError(
                    f"price for {name!r} is {price!r}, not a Price",
                    hint="use Price(input_per_mtok=..., output_per_mtok=...)",
                ) from None
        self._prices[name] = price

    def __getitem__(self, name: str) -> Price:
        return self._prices[name]

    def __delitem__(self, name: str) -> None:
        del self._prices[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._prices)

    def __len__(self) -> int:
        return len(self._prices)

    def lookup(self, model: str) -> Price | None:
        """The price of ``model``: exact name, else the longest known prefix, else None."""
        if model in self._prices:
            return self._prices[model]
        prefixes = [name for name in self._prices if model.startswith(name)]
        return self._prices[max(prefixes, key=len)] if prefixes else None

    def require(self, model: str) -> Price:
        """The price of ``model``, or :class:`ConfigurationError` saying how to add one."""
        price = self.lookup(model)
        if price is None:
            known = ", ".join(sorted(self._prices)) or "none"
            raise ConfigurationError(
                f"no price for model {model!r} (known: {known})",
                hint=(
                    f"add one: prices[{model!r}] = Price(input_per_mtok=..., output_per_mtok=...), "
                    f"or put [cascade.prices.\"{model}\"] input_per_mtok=... output_per_mtok=... in the config file"
                ),
            )
        return price

    def cost_of(self, usage: Usage, model: str) -> float | None:
        """Dollars for ``usage`` on ``model``, or None when the model has no price."""
        price = self.lookup(model)
        return None if price is None else price.cost(usage)


def cost_of(usage: Usage, model: str, prices: PriceTable | None = None) -> float | None:
    """Dollars for ``usage`` on ``model`` with ``prices`` (default table when None); None if unpriced."""
    return (prices if prices is not None else PriceTable.default()).cost_of(usage, model)


__all__ = ["DEFAULT_PRICES", "Price", "PriceTable", "cost_of"]
