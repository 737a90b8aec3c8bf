"""Use a hosted OpenAI-compatible model (OpenAI, a vLLM or llama.cpp server, ...) behind the cascade:
the local model answers first; single calls escalate only as the policy allows.

    export CASCADROID_CLOUD__BASE_URL=https://api.openai.com/v1
    export CASCADROID_CLOUD__API_KEY=sk-...            # never in a file you commit
    export CASCADROID_CLOUD__MODEL=gpt-4o-mini
    python examples/hosted_model.py "Turn on dark mode"

or put the [cloud] section in a TOML file and pass --config cascadroid.toml.
Every escalation is recorded with its reason: `cascadroid runs show RUN_ID` or `cascadroid report RUN_ID`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cascadroid.agent import Agent
from cascadroid.errors import ConfigurationError
from cascadroid.models import OpenAICompatibleModel
from cascadroid.settings import Settings

POLICY = Path(__file__).with_name("privacy_policy.toml")


def build_agent(config: str | Path | None = None, *, local: Any = None, device: Any = None) -> Agent:
    """An Agent on the simulated phone (or ``device``) with the hosted model as its cloud tier."""
    settings = Settings.load(config)
    if not settings.cloud.base_url:
        raise ConfigurationError("no hosted model configured",
                                 hint="set CASCADROID_CLOUD__BASE_URL (and _API_KEY) or pass --config with a [cloud] table")
    cloud = OpenAICompatibleModel(settings.cloud)  # no request is sent until the agent asks it something
    return Agent(device, local=local, cloud=cloud, policy=POLICY, settings=settings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", nargs="?", default="Turn on dark mode")
    parser.add_argument("--config", default=None, help="TOML settings file with a [cloud] table")
    args = parser.parse_args(argv)
    try:
        agent = build_agent(args.config)
    except ConfigurationError as exc:
        print(f"error: {exc.message}\nhint: {exc.hint}", file=sys.stderr)
        return 2
    with agent:
        result = agent.run(args.task)
    print(f"{result.status}: {result.stop_reason}")
    print(f"cloud calls: {int(result.totals.get('cloud_calls', 0))}, cloud tokens: "
          f"{int(result.totals.get('cloud_tokens', 0))}, cost ${result.totals.get('cost_usd', 0):.4f}")
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main())
