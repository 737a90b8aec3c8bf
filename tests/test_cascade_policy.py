"""Policy configuration: validated up front, loadable from TOML and JSON, resolved per app and kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cascadroid.cascade import CascadeModel, PrivacyPolicy, Router, SpendLedger, load_policy, policy_from_dict
from cascadroid.errors import ConfigurationError
from cascadroid.settings import CascadeSettings, PrivacySettings, Settings
from cascadroid.testing import ScriptedModel


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"privacy": {"modez": {}}}, "privacy.modez"),
        ({"privacy": {"kinds": {"ssn": "mask"}}}, "ssn"),
        ({"privacy": {"kinds": {"card": "encrypt"}}}, "encrypt"),
        ({"budget": {"per_run_usd": -0.01}}, "budget.per_run_usd"),
        ({"budget": {"per_day_usd": -5}}, "budget.per_day_usd"),
        ({"prices": {"m": {"input_per_mtok": 1.0}}}, "output_per_mtok"),
        ({"routing": {"min_confidence": 1.5}}, "routing.min_confidence"),
    ],
)
def test_bad_policies_fail_at_configuration_time(data: dict, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        policy_from_dict(data)


def test_settings_reject_a_bad_cascade_section() -> None:
    with pytest.raises(ConfigurationError, match="cascade.budget.per_run_usd"):
        Settings.load(cascade={"budget": {"per_run_usd": -1}})


def test_a_cloud_model_without_a_price_fails_before_any_run() -> None:
    local = ScriptedModel(["unused"], name="local")
    cloud = ScriptedModel(["unused"], name="unpriced-model")
    with pytest.raises(ConfigurationError, match="no price for model 'unpriced-model'"):
        CascadeModel.create(local, cloud)
    priced = CascadeModel.create(local, cloud, policy_from_dict({"prices": {"unpriced-model": {"input_per_mtok": 1, "output_per_mtok": 2}}}))
    assert priced.router.price is not None and priced.router.price.output_per_mtok == 2
    assert local.calls == cloud.calls == 0


def test_a_budget_without_a_ledger_fails_at_construction(tmp_path: Path) -> None:
    settings = policy_from_dict({"budget": {"per_run_usd": 1.0}})
    with pytest.raises(ConfigurationError, match="no spend ledger"):
        Router(settings)
    assert Router(settings, ledger=SpendLedger(tmp_path / "l.sqlite")).ledger is not None
    from_path = policy_from_dict({"budget": {"per_run_usd": 1.0, "ledger_path": str(tmp_path / "x.sqlite")}})
    assert Router(from_path).ledger is not None


def test_router_and_model_must_agree_on_the_cloud_model() -> None:
    local, cloud = ScriptedModel(["x"], name="local"), ScriptedModel(["x"], name="gpt-4o-mini")
    with pytest.raises(ConfigurationError, match="router prices cloud model None"):
        CascadeModel(local, cloud, Router())


def test_load_policy_from_toml_and_json(tmp_path: Path) -> None:
    toml = tmp_path / "policy.toml"
    toml.write_text(
        '[cascade.privacy]\ndefault_mode = "mask"\nlocal_only_apps = ["com.bank"]\n'
        '[cascade.privacy.kinds]\ncard = "local_only"\n'
        '[cascade.privacy.apps."com.example.notes"]\n"*" = "allow"\n'
        "[cascade.budget]\nper_day_usd = 2.5\non_exceeded = \"hard_stop\"\n"
    )
    from_toml = load_policy(toml)
    assert from_toml.budget.per_day_usd == 2.5 and from_toml.budget.on_exceeded == "hard_stop"
    as_json = tmp_path / "policy.json"
    as_json.write_text(json.dumps(from_toml.model_dump(mode="json")))
    assert load_policy(as_json) == from_toml


def test_load_policy_errors_name_the_file_and_the_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="does not exist"):
        load_policy(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[privacy\n")
    with pytest.raises(ConfigurationError, match="cannot read policy file"):
        load_policy(broken)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("[budget]\nper_week_usd = 3\n")
    with pytest.raises(ConfigurationError, match=r"unknown.toml.*budget.per_week_usd"):
        load_policy(unknown)


def test_mode_resolution_per_app_and_kind() -> None:
    policy = PrivacyPolicy(
        PrivacySettings(
            default_mode="mask",
            kinds={"card": "local_only", "email": "allow"},
            apps={"com.notes": {"*": "allow", "card": "mask"}},
            local_only_apps=["com.bank"],
        )
    )
    assert policy.mode_for("phone") == "mask"
    assert policy.mode_for("card") == "local_only"
    assert policy.mode_for("email") == "allow"
    assert policy.mode_for("phone", "com.notes") == "allow"
    assert policy.mode_for("card", "com.notes") == "mask"
    assert policy.mode_for("email", "com.bank") == "local_only"


def test_default_settings_are_a_valid_policy() -> None:
    assert CascadeSettings().privacy.default_mode == "mask"
