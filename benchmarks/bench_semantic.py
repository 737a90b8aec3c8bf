"""What meaning costs: the ranker's time per screen without and with agents/semantic.py, side by side.

Each real-convention screen (tests/fixtures/real_screens, the batch held now left out) is ranked three
ways in one run: rules only (WEIGHT 0), with meaning and a cold encoder cache (every label new, as on a
screen never met), and with a warm cache (the same screen met again, as step after step in one app).
Printed: mean and 95th-percentile milliseconds per screen, texts encoded per screen, the ratios, and how
often the first candidate changed.

    python benchmarks/bench_semantic.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench_real_screens import current, load_fixtures, noise_fixtures

from cascadroid.agents import semantic


def _timed(algorithm, fixture) -> tuple[float, dict]:
    start = time.perf_counter()
    observation = algorithm.parse(fixture.xml, screenshot=fixture.screenshot)
    screen = algorithm.perceive(observation)
    ranked = algorithm.rank(fixture.task, "", screen, fixture.apps, [])
    return (time.perf_counter() - start) * 1000, ranked[0].action if ranked else {}


def _row(name: str, times: list[float]) -> str:
    p95 = sorted(times)[int(0.95 * (len(times) - 1))]
    return f"  {name:<28} mean {statistics.mean(times):7.1f} ms   p95 {p95:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds of each way (the best round per screen is kept)")
    args = parser.parse_args()
    fixtures, algorithm = noise_fixtures(load_fixtures()), current()
    weight, encoder = semantic.WEIGHT, semantic._ENCODER
    encoder.similarities("warm up the encoder", ["its weights are loaded once"])
    rules, cold, warm, changed, encoded = [], [], [], 0, []
    for fixture in fixtures:
        semantic.WEIGHT = 0.0
        rules.append(min(_timed(algorithm, fixture)[0] for _ in range(args.repeat)))
        plain = _timed(algorithm, fixture)[1]
        semantic.WEIGHT = weight
        best_cold = float("inf")
        for _ in range(args.repeat):
            encoder._cache.clear()
            elapsed, first = _timed(algorithm, fixture)
            best_cold = min(best_cold, elapsed)
        cold.append(best_cold)
        encoded.append(len(encoder._cache))
        warm.append(min(_timed(algorithm, fixture)[0] for _ in range(args.repeat)))
        changed += first != plain
    print(f"{len(fixtures)} screens; ranking time per screen (parse + perceive + rank), best of {args.repeat}:")
    print(_row("rules only", rules))
    print(_row("with meaning, cold cache", cold))
    print(_row("with meaning, warm cache", warm))
    print(f"  ratios to rules only: cold {statistics.mean(cold) / statistics.mean(rules):.2f}x, "
          f"warm {statistics.mean(warm) / statistics.mean(rules):.2f}x; texts encoded per screen "
          f"{statistics.mean(encoded):.1f} (max {max(encoded)}); first candidate changed on {changed}/{len(fixtures)}")


if __name__ == "__main__":
    main()
