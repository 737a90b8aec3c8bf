import pytest

from cascadroid import ConfigurationError
from cascadroid.models import Price, PriceTable, Usage, cost_of
from cascadroid.settings import Settings


def test_cost_is_per_million_tokens_with_cached_prompt_tokens_at_the_cached_rate():
    price = Price(input_per_mtok=2.0, output_per_mtok=10.0, cached_input_per_mtok=1.0)
    usage = Usage(prompt_tokens=1_000, completion_tokens=500, cached_prompt_tokens=400)
    assert price.cost(usage) == pytest.approx((600 * 2.0 + 400 * 1.0 + 500 * 10.0) / 1e6)


def test_cached_tokens_cost_the_input_rate_when_no_cached_rate_is_given():
    usage = Usage(prompt_tokens=1_000, completion_tokens=0, cached_prompt_tokens=1_000)
    assert Price(3.0, 0.0).cost(usage) == pytest.approx(0.003)


def test_lookup_prefers_exact_name_then_longest_prefix():
    table = PriceTable.default()
    assert table.lookup("gpt-4o-mini-2024-07-18") == table["gpt-4o-mini"]
    assert table.lookup("gpt-4o-2024-08-06") == table["gpt-4o"]
    assert table.lookup("my-local-server") is None


def test_default_table_is_a_fresh_copy_each_time():
    edited = PriceTable.default()
    edited["gpt-4o"] = Price(0.0, 0.0)
    del edited["gpt-4o-mini"]
    fresh = PriceTable.default()
    assert fresh["gpt-4o"] != Price(0.0, 0.0)
    assert "gpt-4o-mini" in fresh


def test_user_prices_from_settings_override_the_defaults():
    settings = Settings(cascade={"prices": {"stand-in": {"input_per_mtok": 1.0, "output_per_mtok": 2.0}}})
    table = PriceTable.default(settings.cascade.prices)
    assert table["stand-in"] == Price(1.0, 2.0)
    assert cost_of(Usage(prompt_tokens=1_000_000, completion_tokens=1_000_000), "stand-in", table) == pytest.approx(3.0)


def test_missing_price_names_the_model_and_how_to_add_it():
    with pytest.raises(ConfigurationError) as caught:
        PriceTable.default().require("mystery-model")
    assert "mystery-model" in str(caught.value)
    assert "Price(" in caught.value.hint


def test_unpriced_model_costs_none_not_a_guess():
    assert cost_of(Usage(prompt_tokens=10), "mystery-model") is None


@pytest.mark.parametrize("bad", [-1.0, float("nan")])
def test_negative_or_nan_price_is_refused(bad):
    with pytest.raises(ConfigurationError, match="input_per_mtok"):
        Price(bad, 1.0)


def test_a_price_that_is_not_a_price_is_refused():
    with pytest.raises(ConfigurationError, match="not a Price"):
        PriceTable({"x": 1.5})
