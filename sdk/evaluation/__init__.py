"""Evaluation tooling behind ``cascadroid bench``, ``calibrate`` and ``report``.

- :mod:`~cascadroid.evaluation.bench`: configurations x simulated tasks x seeds, in processes
  (:mod:`~cascadroid.evaluation.bench_ray` on Ray actors); :mod:`~cascadroid.evaluation.bench_output`
  writes the table, JSON and plot.
- :mod:`~cascadroid.evaluation.calibrate`: a grid of cascade thresholds, its Pareto front and the
  cheapest point meeting a success target (:mod:`~cascadroid.evaluation.calibrate_plot` draws it).
- :mod:`~cascadroid.evaluation.report`: one self-contained HTML page per run.

It sits above the facade and the test doubles (it runs agents against simulated phones and
scripted models); nothing below it imports it. Submodules load on demand.
"""
