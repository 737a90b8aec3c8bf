"""Embed cascadroid in a script: run one task of the simulated suite, watch each step, and check
the result on the phone itself (not the agent's own claim).

    python examples/embed_in_script.py                          # the bundled local model (offline)
    python examples/embed_in_script.py --task settings_bluetooth --seed 3
    python examples/embed_in_script.py --model oracle           # the reference-solution test double

The bundled model is tiny; expect it to fail most tasks. Point ``--config`` at a settings file
with a ``[cloud]`` endpoint to let single calls escalate under the cascade policy.
Exit code: 0 when the device check passes, 1 when it does not.
"""

from __future__ import annotations

import argparse
import os
import sys

from cascadroid.agent import Agent, RunFinished
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", default="settings_wifi", help="a template name (`cascadroid tasks list`)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", choices=["local", "oracle"],
                        default=os.environ.get("CASCADROID_EXAMPLE_MODEL", "local"))
    parser.add_argument("--config", default=None, help="TOML settings file")
    parser.add_argument("--data-dir", default=".cascadroid")
    args = parser.parse_args(argv)

    task = registry().instance(args.task, seed=args.seed)
    phone = SimDevice(seed=args.seed)
    task.setup_on(phone)  # the task writes its starting state into the phone's apps
    local = None  # None: the default on-device model
    if args.model == "oracle":
        from cascadroid.testing import OracleModel

        local = OracleModel(task, phone)

    settings = Settings.load(args.config, data_dir=args.data_dir, agent={"max_steps": 15})
    print(f"task: {task.goal}")
    with Agent(phone, local=local, settings=settings) as agent:
        for event in agent.stream(task.goal):
            if isinstance(event, RunFinished):
                result = event.result
            else:
                print(f"  step {event.index}: {event.description} -> {event.outcome} ({event.outcome_reason})")
    passed = task.check(phone, result.answer)
    print(f"run {result.run_id}: {result.status}, {len(result.steps)} steps, "
          f"{int(result.totals.get('model_calls', 0))} model calls, ${result.totals.get('cost_usd', 0):.4f}")
    print(f"check: {'passed' if passed else 'failed'}  (report: cascadroid report {result.run_id} "
          f"--data-dir {args.data_dir} -o run.html)")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
