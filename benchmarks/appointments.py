"""Visit plans with appointments: PyVRP (time windows on the clock without the lunch) beside
OR-Tools routing (time dimension + a lunch break interval), the same problems, same run.

    python benchmarks/appointments.py                  # December, 10% appointments, 30 s
    python benchmarks/appointments.py --seconds 10 --share 0.2 --seeds 0 1 2

The problem is the sample's month (150 customers, two reps, every working day of December
2026 — the visits the follow-up schedule has due) with a share of the visits turned into
appointments agreed by phone: on the visit's scheduled day, at the course's two-choice times
(10:15 in the morning, 15:25 in the afternoon, alternating; a random sample per seed of the
visits to customers within an hour of the office, so every appointment can be kept). Both
engines receive exactly the same tasks (``salesops.visits.plan_visits`` with ``engine=``), and
every plan is checked by the tests' independent checker (hours, travel, lunch inside its
window, no overlaps) and for the appointments kept at their minute.

Three engines: ``auto`` (salesops' default: PyVRP, then OR-Tools' local search from PyVRP's
plan, the better kept), ``pyvrp`` alone and ``ortools`` alone. Printed per engine and seed:
the engine whose plan was kept, visits planned, appointments kept, unplanned, km, the
checker's findings and the seconds; then the km gap of ``auto`` and of ``pyvrp`` to OR-Tools
(negative = shorter).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' checker

from salesops import datasets
from salesops.abc import classify_abc
from salesops.followup import follow_up_schedule
from salesops.routing import haversine_km
from salesops.visits import plan_visits
from tests.test_visits import check_plan


def problem(share: float, seed: int):
    """Customers, the month's schedule and the appointments of one seed."""
    customers = classify_abc(datasets.load_customers())
    schedule = follow_up_schedule(customers, start="2026-12-01", end="2026-12-31")
    visits = schedule[schedule["channel"] == "visit"].reset_index(drop=True)
    # customers an hour or less from the office (30 km/h, roads × 1.3): a rep leaving at
    # 09:00 can be there at 10:15, and back by 17:30 after a 15:25 visit
    where = customers.set_index("customer_id").loc[visits["customer_id"]]
    minutes = np.asarray(haversine_km(22.3790, 112.6980, where["latitude"],
                                      where["longitude"])) * 1.3 * 2
    near = visits[minutes <= 60]
    rng = np.random.default_rng(seed)
    count = max(1, round(share * len(visits)))
    chosen = near.iloc[np.sort(rng.choice(len(near), min(count, len(near)), replace=False))]
    appointments = pd.DataFrame({
        "customer_id": chosen["customer_id"].to_numpy(),
        "date": pd.to_datetime(chosen["date"]).dt.strftime("%Y-%m-%d").to_numpy(),
        "start": ["10:15" if k % 2 == 0 else "15:25" for k in range(len(chosen))]})
    return customers, schedule, appointments


def run(engine: str, customers, schedule, appointments, seconds: float) -> dict:
    started = time.perf_counter()
    plan = plan_visits(customers, start_date="2026-12-01", days=31, schedule=schedule,
                       appointments=appointments, engine=engine, time_limit_seconds=seconds)
    took = time.perf_counter() - started
    it = plan.itinerary
    keys = {(c, d, s) for c, d, s in appointments[["customer_id", "date", "start"]].to_numpy()}
    kept = sum((c, pd.Timestamp(d).strftime("%Y-%m-%d"), s) in keys
               for c, d, s in it[["customer_id", "date", "start"]].to_numpy()) if len(it) else 0
    return {"engine": plan.status, "visits": len(it), "kept": kept,
            "appointments": len(appointments), "unplanned": len(plan.unplanned),
            "km": round(float(plan.days["km"].sum()), 1) if len(plan.days) else 0.0,
            "problems": len(check_plan(plan)), "seconds": round(took, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--share", type=float, default=0.1)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    args = parser.parse_args(argv)
    print(f"{'seed':>4} {'engine':>13} {'visits':>6} {'kept':>9} {'unplanned':>9} {'km':>8} "
          f"{'checker':>7} {'s':>6}")
    gaps = {"auto": [], "pyvrp": []}
    for seed in args.seeds:
        customers, schedule, appointments = problem(args.share, seed)
        rows = {engine: run(engine, customers, schedule, appointments, args.seconds)
                for engine in ("auto", "pyvrp", "ortools")}
        for r in rows.values():
            print(f"{seed:>4} {r['engine']:>13} {r['visits']:>6} "
                  f"{r['kept']:>4}/{r['appointments']:<4} {r['unplanned']:>9} {r['km']:>8} "
                  f"{r['problems']:>7} {r['seconds']:>6}")
        if rows["ortools"]["km"]:
            for engine, found in gaps.items():
                found.append(rows[engine]["km"] / rows["ortools"]["km"] - 1)
                print(f"     km gap {engine} vs ortools: {found[-1]:+.1%} (visits "
                      f"{rows[engine]['visits'] - rows['ortools']['visits']:+d})")
    for engine, found in gaps.items():
        if found:
            print(f"{engine}: mean km gap to ortools over {len(found)} seeds "
                  f"{np.mean(found):+.1%}, worst {max(found):+.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
