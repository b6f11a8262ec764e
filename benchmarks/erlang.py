"""Erlang C staffing for many intervals: salesops beside pyworkforce's ErlangC, same run.

    pip install pyworkforce        # the peer, for this benchmark only
    python benchmarks/erlang.py    # 10,000 intervals

The intervals are a year-like spread of half hours (calls 0–400 per 30 minutes, AHT 60–600 s,
targets 80/20 with an 85% occupancy cap and 30% shrinkage), drawn with a fixed seed. Both
libraries size every interval; pyworkforce takes minutes, so AHT and the answer-time target
are converted (its ``asa`` argument is the answer-time target, in minutes).

salesops is timed twice: :func:`salesops.erlang.interval_staffing` on the table of 10,000
intervals (what the call planner and the workbooks use: validation once, then numpy over all
intervals) and :func:`salesops.erlang.erlang_staffing` called once per interval (the scalar
function, validation in every call). The two must agree bit for bit.

Printed: time per library, the ratio, how many intervals get a different head count, and the
largest difference in service level and waiting probability where both report one (goal:
agreement to 1e-9).
"""

from __future__ import annotations

import argparse
import time

import numpy as np


def intervals(n: int) -> list[tuple[float, float]]:
    rng = np.random.default_rng(20261122)
    calls = np.round(rng.gamma(2.0, 40.0, n)).clip(0, 400)
    aht = rng.integers(60, 601, n).astype(float)
    return list(zip(calls.tolist(), aht.tolist(), strict=True))


def run_salesops_table(cases, target_sl, target_s, occ, shrink):
    import pandas as pd

    from salesops.erlang import interval_staffing

    forecast = pd.DataFrame(cases, columns=["calls", "aht_seconds"])
    out = interval_staffing(forecast, interval_minutes=30, target_sl=target_sl,
                            target_seconds=target_s, max_occupancy=occ, shrinkage=shrink)
    return list(zip(out["required_agents"].tolist(), out["scheduled_agents"].tolist(),
                    out["service_level"].tolist(), out["p_wait"].tolist(), strict=True))


def run_salesops(cases, target_sl, target_s, occ, shrink):
    from salesops.erlang import erlang_staffing

    out = []
    for calls, aht in cases:
        r = erlang_staffing(calls, 30, aht, target_sl, target_s, max_occupancy=occ,
                            shrinkage=shrink)
        out.append((r.agents, r.scheduled_agents, r.service_level, r.p_wait))
    return out


def run_pyworkforce(cases, target_sl, target_s, occ, shrink):
    from pyworkforce.queuing import ErlangC

    out = []
    for calls, aht in cases:
        if calls == 0:
            out.append((0, 0, 1.0, 0.0))  # pyworkforce cannot size an empty interval
            continue
        e = ErlangC(transactions=calls, aht=aht / 60, asa=target_s / 60, interval=30,
                    shrinkage=shrink)
        r = e.required_positions(service_level=target_sl, max_occupancy=occ)
        out.append((r["raw_positions"], r["positions"], r["service_level"],
                    r["waiting_probability"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--intervals", type=int, default=10_000)
    args = parser.parse_args()
    cases = intervals(args.intervals)
    settings = (0.8, 20.0, 0.85, 0.3)
    import salesops.erlang  # noqa: F401  (the import is not part of the timing)

    t0 = time.perf_counter()
    ours = run_salesops_table(cases, *settings)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    scalar = run_salesops(cases, *settings)
    t_scalar = time.perf_counter() - t0
    t0 = time.perf_counter()
    peer = run_pyworkforce(cases, *settings)
    t_peer = time.perf_counter() - t0
    diff_agents = sum(a[0] != b[0] for a, b in zip(ours, peer, strict=True))
    diff_sched = sum(a[1] != b[1] for a, b in zip(ours, peer, strict=True))
    same = [(a, b) for a, b in zip(ours, peer, strict=True) if a[0] == b[0]]
    sl_gap = max((abs(a[2] - b[2]) for a, b in same), default=0.0)
    pw_gap = max((abs(a[3] - b[3]) for a, b in same), default=0.0)
    print("| library | intervals | seconds | ms per interval | × salesops |")
    print("|---|---:|---:|---:|---:|")
    for name, secs in (("salesops interval_staffing (table)", t_ours),
                       ("salesops erlang_staffing (one call per interval)", t_scalar),
                       ("pyworkforce ErlangC", t_peer)):
        print(f"| {name} | {len(cases):,} | {secs:.2f} | {1000 * secs / len(cases):.3f} | "
              f"{secs / t_ours:.2f}× |")
    print()
    differ = sum(a != b for a, b in zip(ours, scalar, strict=True))
    print(f"table vs one call per interval: {differ} intervals differ (bit for bit)")
    print(f"intervals with a different agent count: {diff_agents}; "
          f"different scheduled heads: {diff_sched}")
    print(f"largest |Δ service level| where the count agrees: {sl_gap:.2e}; "
          f"largest |Δ P(wait)|: {pw_gap:.2e}")
    # where the answers differ, is it a float-noise boundary (exactly on the cap, or heads
    # exactly N / (1 − shrinkage))? Then the exact answer is salesops'.
    from salesops.erlang import traffic_erlangs

    on_cap = sum(1 for c, a, b in zip(cases, ours, peer, strict=True) if a[0] != b[0]
                 and abs(traffic_erlangs(c[0], 30, c[1]) / a[0] - settings[2]) < 1e-9)
    exact_heads = sum(1 for a, b in zip(ours, peer, strict=True) if a[1] != b[1]
                      and abs(b[0] / (1 - settings[3]) - round(b[0] / (1 - settings[3])))
                      < 1e-9)
    print(f"of the differing agent counts, exactly on the 85% cap (pyworkforce adds one for "
          f"float noise): {on_cap}/{diff_agents}")
    print(f"of the differing scheduled heads, N/(1−shrinkage) a whole number (pyworkforce's "
          f"ceil of 20.000000000000004): {exact_heads}/{diff_sched}")


if __name__ == "__main__":
    main()
