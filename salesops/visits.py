"""Visit plans (COURSE.md §7, §2): the schedule's visits routed — which day, which order, when.

What is due is the follow-up schedule's decision (:mod:`salesops.followup`). :func:`plan_visits`
routes those visits as a rep would accept: each visit on a working day inside its window and
week, kept appointments (hard time windows on their day), a real lunch break inside its window,
each rep starting and ending at the office, and customers of the same area on the same day
because that is what shortens the travel. The engines are PyVRP (days shortened by the lunch,
the lunch then inserted exactly and the plan re-checked) and OR-Tools routing (every
(rep, working day) a vehicle with the day's hours and a lunch break interval; needed for hard
windows). A visit that cannot be planned is dropped at a penalty and reported with the reason.
:func:`routed_schedule` puts the routed dates back into the schedule, so the 跟单记录表 and the
拜访计划表 show one plan.

Distances are haversine × a detour factor (about 1.3 for short urban trips) at ``speed_kmh``;
a user's distance/time matrix replaces them.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from .calendar import WorkCalendar, as_date
from .customer_table import CustomerTable
from .errors import SalesopsError
from .labels import t
from .parsing import format_hhmm, is_blank, parse_hhmm
from .routing import (
    PYVRP_SHARE,
    Break,
    _search_parameters,
    add_breaks,
    break_clock,
    break_start,
    haversine_km,
    place_break,
    solve_from,
)

__all__ = ["VisitPlan", "plan_visits", "routed_schedule"]


@dataclass
class VisitPlan:
    """A visit plan.

    ``itinerary``: date, rep, order, customer_id, name, abc_class, contact_person, phone,
    address, rule (the schedule's code), purpose, arrival, start, end, travel_km,
    travel_minutes, waiting_minutes, locked.
    ``days``: per rep and day — visits, km, driving minutes, working minutes, lunch.
    ``unplanned``: customers that could not be planned, with the reason.
    """

    itinerary: pd.DataFrame
    days: pd.DataFrame
    unplanned: pd.DataFrame
    base: tuple[float, float]
    seconds: float
    status: str
    settings: dict = field(default_factory=dict)

    def summary(self, lang: str | None = None) -> str:
        """One sentence; a plan with nothing in it says why.

        >>> import pandas as pd
        >>> empty = VisitPlan(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), (0, 0), 0, "")
        >>> print(empty.summary("en").split(" — ")[1])
        by the service policy no visit is due in this period, and no appointment was made
        """
        text = t("routes.summary", lang, visits=len(self.itinerary),
                 days=self.days["date"].nunique() if len(self.days) else 0,
                 km=f"{self.days['km'].sum():.0f}" if len(self.days) else "0",
                 unplanned=len(self.unplanned))
        if not len(self.itinerary) and not len(self.unplanned):
            text += t("routes.nothing_due", lang)
        return text

    def __repr__(self) -> str:
        return f"VisitPlan({self.summary()})"


@dataclass
class _Task:
    pos: int  # row in the customer table
    purpose: str
    days: list[int]  # allowed day indexes
    window: tuple[int, int] | None = None  # minutes of the day (appointments, locks)
    locked_rep: int | None = None


def plan_visits(customers: CustomerTable | pd.DataFrame, *, start_date: object, days: int,
                reps=None,
                base: tuple[float, float] = (22.3790, 112.6980), day_start: str = "09:00",
                day_end: str = "17:30", lunch: tuple[str, str, int] | None = ("11:30", "13:30",
                                                                               60),
                visit_minutes: dict[str, int] | None = None,
                appointments: pd.DataFrame | None = None, policy=None,
                locked: pd.DataFrame | None = None, max_visits_per_day: int | None = None,
                speed_kmh: float = 30, detour_factor: float = 1.3,
                travel_matrix: pd.DataFrame | None = None, calendar: WorkCalendar | None = None,
                time_limit_seconds: float = 30, progress=None, engine: str = "auto",
                schedule: pd.DataFrame | None = None, lang: str | None = None) -> VisitPlan:
    """Route the visits the follow-up schedule has due in ``days`` days from ``start_date``.

    Which customers are visited, and in which week, is the follow-up schedule's decision
    (:func:`salesops.followup.follow_up_schedule`, computed here when ``schedule`` is not
    given); this plans the days inside each visit's window and week, the order, the times
    and the lunch.

    Parameters
    ----------
    customers
        The customer table with ``latitude``/``longitude`` (``abc_class`` computed when absent).
    reps
        Rep names (default: the ``owner`` values); each customer is visited by its owner.
    base
        Where every rep starts and ends each day (the office), as (latitude, longitude).
    day_start, day_end
        Working hours; the last visit ends and the rep is back by ``day_end``.
    lunch
        ``(earliest, latest, minutes)``: a real break of that length inside the window.
    visit_minutes
        Minutes a visit takes per class (default A 60, B 45, C 30).
    appointments
        ``customer_id``, ``date`` and ``start`` (``"14:00"``, optional ``end``): a hard window
        on that day (an appointment made by phone).
    locked
        Visits already done or confirmed (``customer_id``, ``date``, ``start``): kept exactly
        as they are; the rest is planned around them (re-planning).
    max_visits_per_day
        Optional cap per rep and day.
    travel_matrix
        Minutes between places, indexed and columned by ``customer_id`` plus ``"base"``;
        replaces haversine × detour at ``speed_kmh``.
    schedule
        The follow-up schedule whose ``channel == "visit"`` rows are routed (the same one the
        跟单记录表 and the call list come from).
    engine
        ``"pyvrp"`` — PyVRP's hybrid genetic search (the Solomon benchmark's quality) on days
        shortened by the lunch, appointments and locked visits as its time windows on that
        clock, then the lunch inserted exactly at the first free moment of its window and the
        whole plan re-checked; ``"ortools"`` — OR-Tools routing with the lunch as a break
        interval; ``"auto"`` (default) — PyVRP for :data:`salesops.routing.PYVRP_SHARE` of
        the time, then OR-Tools' local search from PyVRP's plan on the real clock, where the
        lunch can move between visits, its plan kept when it leaves fewer visits out or
        drives fewer km (``status`` ``"pyvrp+ortools"``); OR-Tools alone when PyVRP's plan
        does not pass the check (benchmarks/appointments.py and benchmarks/breaks.py
        measure the engines on the same problems).
    """
    from .abc import with_classes
    from .policy import VISIT_MINUTES, ServicePolicy

    first = as_date(start_date)
    calendar = calendar or WorkCalendar()
    policy = policy or ServicePolicy()
    visit_minutes = {**VISIT_MINUTES, **(visit_minutes or {})}
    df = with_classes(customers)
    df = df.reset_index(drop=True)
    working = [first + dt.timedelta(days=k) for k in range(days)
               if calendar.is_working_day(first + dt.timedelta(days=k))]
    reps = list(reps) if reps is not None else sorted(
        {str(o) for o in df.get("owner", pd.Series(dtype=object)).dropna()}) or ["rep"]
    if not working:
        raise SalesopsError(t("error.routes_no_days"))
    if engine not in ("auto", "pyvrp", "ortools"):
        raise SalesopsError(t("error.routes_engine", engine=engine))
    if schedule is None:
        from .followup import follow_up_schedule

        done = None if locked is None or not len(locked) else locked.assign(channel="visit")
        schedule = follow_up_schedule(df, policy, first, first + dt.timedelta(days=days - 1),
                                      calendar=calendar, done=done, lang=lang)
    tasks, unplanned = _tasks(df, working, schedule, appointments, locked, reps, lang)
    deadline = time.perf_counter() + time_limit_seconds

    def solve(solver, seconds, **start):
        # each engine lists what it could not plan after what _tasks could not (a copy each)
        return solver(df, tasks, list(unplanned), working, reps, base, parse_hhmm(day_start),
                      parse_hhmm(day_end), lunch, visit_minutes, max_visits_per_day,
                      speed_kmh, detour_factor, travel_matrix, seconds, progress, lang,
                      **start)

    if engine == "ortools":
        return solve(_solve_visits, time_limit_seconds)
    found = solve(_solve_visits_pyvrp, time_limit_seconds * (
        1 if engine == "pyvrp" else PYVRP_SHARE))
    if found is None:
        if engine == "pyvrp":
            raise SalesopsError(t("error.routes_no_solution"))
        return solve(_solve_visits, time_limit_seconds)
    plan, routes = found
    left = deadline - time.perf_counter()
    if engine == "pyvrp" or left < 0.05 * time_limit_seconds:
        return plan
    # OR-Tools' guided local search from PyVRP's routes, on the real clock with the lunch
    polished = solve(_solve_visits, left, start=routes)
    if _key(polished) < _key(plan):
        return replace(polished, status="pyvrp+ortools", seconds=plan.seconds + polished.seconds)
    return plan


def _key(plan: VisitPlan) -> tuple[int, float]:
    """Which of two plans of the same tasks is better: fewer visits left out, then fewer km."""
    return len(plan.unplanned), round(float(plan.days["km"].sum()) if len(plan.days) else 0, 6)


def _tasks(df, working, schedule, appointments, locked, reps, lang):
    """The schedule's visits, each with the days it may go on, plus appointments and locks.

    What is due comes from the follow-up schedule only. A visit may move inside its window,
    its week (Monday–Sunday) and the plan, so week plans and the month plan route the same
    visits in the same weeks. An appointment or a locked visit of a customer inside a visit's
    window is that visit, at its fixed time.
    """
    tasks, unplanned = [], []
    position = {day: k for k, day in enumerate(working)}
    ids = {cid: i for i, cid in enumerate(df["customer_id"])}
    fixed: dict[int, list[tuple[int, tuple[int, int], int | None]]] = {}
    for source, rows in (("appointment", appointments), ("locked", locked)):
        if rows is None or not len(rows):
            continue
        for rec in rows.to_dict("records"):
            pos = ids.get(rec["customer_id"])
            day = as_date(rec["date"])
            if pos is None or day not in position:
                unplanned.append({"customer_id": rec["customer_id"], "reason": t(
                    "routes.reason_outside", lang)})
                continue
            a = parse_hhmm(rec["start"])
            b = parse_hhmm(rec["end"]) if not is_blank(rec.get("end")) else a
            rep = reps.index(str(rec["rep"])) if source == "locked" and "rep" in rec and str(
                rec["rep"]) in reps else None
            fixed.setdefault(pos, []).append((position[day], (a, b), rep))
            tasks.append(_Task(pos, "appointment", [position[day]], (a, b), rep))
    has_xy = (df["latitude"].notna() & df["longitude"].notna()).to_numpy()
    no_xy: set[int] = set()
    visits = schedule[schedule["channel"] == "visit"] if len(schedule) else schedule
    for rec in visits.to_dict("records"):
        pos = ids.get(rec["customer_id"])
        if pos is None:
            continue
        if not has_xy[pos]:
            if pos not in no_xy:
                no_xy.add(pos)
                unplanned.append({"customer_id": rec["customer_id"],
                                  "reason": t("routes.reason_no_coordinates", lang)})
            continue
        day = pd.Timestamp(rec["date"]).date()
        monday = day - dt.timedelta(days=day.weekday())
        lo = max(pd.Timestamp(rec.get("window_start", day)).date(), monday)
        hi = min(pd.Timestamp(rec.get("window_end", day)).date(),
                 monday + dt.timedelta(days=6))
        allowed = [k for d, k in position.items() if lo <= d <= hi] or (
            [position[day]] if day in position else [])
        if not allowed:
            continue
        if any(k in allowed for k, _w, _r in fixed.get(pos, [])):
            continue  # the appointment (or the locked visit) is this visit
        tasks.append(_Task(pos, rec["rule"], allowed))
    return tasks, unplanned


def _solve_visits(df, tasks, unplanned, working, reps, base, day_start, day_end, lunch,
                  visit_minutes, max_visits, speed_kmh, detour, matrix, seconds, progress,
                  lang, start: dict[int, list[int]] | None = None) -> VisitPlan:
    """OR-Tools routing with the lunch as a break interval; ``start``: the visits (task
    nodes) of each vehicle to begin the search from (PyVRP's plan) instead of cheapest
    insertion."""
    from ortools.constraint_solver import pywrapcp

    started = time.perf_counter()
    owners, vehicles, km, travel, service = _geometry(df, tasks, working, reps, base,
                                                      visit_minutes, speed_kmh, detour, matrix)
    nodes = [None, *tasks]  # node 0: the base
    manager = pywrapcp.RoutingIndexManager(len(nodes), len(vehicles), 0)
    routing = pywrapcp.RoutingModel(manager)

    def travel_cb(i, j):
        return int(travel[manager.IndexToNode(i), manager.IndexToNode(j)])

    def time_cb(i, j):
        a, b = manager.IndexToNode(i), manager.IndexToNode(j)
        return int(service[a] + travel[a, b])

    arc = routing.RegisterTransitCallback(travel_cb)
    routing.SetArcCostEvaluatorOfAllVehicles(arc)
    tcb = routing.RegisterTransitCallback(time_cb)
    routing.AddDimension(tcb, 24 * 60, 24 * 60, False, "time")
    time_dim = routing.GetDimensionOrDie("time")
    for v in range(len(vehicles)):
        time_dim.CumulVar(routing.Start(v)).SetRange(day_start, day_end)
        time_dim.CumulVar(routing.End(v)).SetRange(day_start, day_end)
        routing.AddVariableMinimizedByFinalizer(time_dim.CumulVar(routing.Start(v)))
        routing.AddVariableMinimizedByFinalizer(time_dim.CumulVar(routing.End(v)))
    if max_visits:
        count = routing.RegisterUnaryTransitCallback(
            lambda i: 0 if manager.IndexToNode(i) == 0 else 1)
        routing.AddDimensionWithVehicleCapacity(count, 0, [max_visits] * len(vehicles), True,
                                                "visits")
    if lunch:
        add_breaks(routing, time_dim, len(vehicles), _break(lunch),
                   [service[manager.IndexToNode(i)] for i in range(routing.Size())])
    penalty = 100_000
    for node, task in enumerate(tasks, start=1):
        index = manager.NodeToIndex(node)
        allowed = _allowed_vehicles(task, owners, reps, vehicles)
        # (SetAllowedVehiclesForIndex's Python binding rejects every list in OR-Tools 9.15;
        # restricting the vehicle variable is equivalent; -1 = not performed)
        routing.VehicleVar(index).SetValues([-1, *allowed])
        if task.window is not None:
            a, b = task.window
            time_dim.CumulVar(index).SetRange(a, max(a, b))
        cls = df.at[task.pos, "abc_class"]
        weight = {"A": 4, "B": 2, "C": 1}.get(cls, 1) * (10 if task.window else 1)
        routing.AddDisjunction([index], penalty * weight)
    params = _search_parameters(seconds)
    if progress is not None:
        routing.AddAtSolutionCallback(lambda: progress(time.perf_counter() - started,
                                                       routing.CostVar().Max()))
    solution = solve_from(routing, params, start and [start.get(v, [])
                                                      for v in range(len(vehicles))])
    if solution is None:
        raise SalesopsError(t("error.routes_no_solution"))
    rows, day_rows, planned = [], [], set()
    for v, (r, d) in enumerate(vehicles):
        index = routing.Start(v)
        prev, order, km_day, drive = 0, 0, 0.0, 0
        day_rows_start = solution.Min(time_dim.CumulVar(index))
        index = solution.Value(routing.NextVar(index))
        visits = []
        while not routing.IsEnd(index):
            node = manager.IndexToNode(index)
            task = tasks[node - 1]
            planned.add(node)
            order += 1
            begin = solution.Min(time_dim.CumulVar(index))
            visits.append({
                **_stop(df, task, working[d], reps[r], order, km[prev, node],
                        travel[prev, node], lang),
                "start_minutes": begin, "duration": service[node],
                "locked": task.window is not None and task.purpose == "appointment"})
            km_day += km[prev, node]
            drive += travel[prev, node]
            prev = node
            index = solution.Value(routing.NextVar(index))
        end = solution.Min(time_dim.CumulVar(index))
        if visits:
            km_day += km[prev, 0]
            drive += travel[prev, 0]
            lunch_at = break_start(solution, v) if lunch else None
            if lunch_at is not None and lunch_at >= end:
                lunch_at = None  # back at the office before lunch: nothing to report
            _times(visits, day_rows_start, lunch_at, lunch)
            rows += visits
            day_rows.append({"date": pd.Timestamp(working[d]), "rep": reps[r],
                             "visits": len(visits), "km": round(float(km_day), 1),
                             "driving_minutes": int(drive),
                             "start": format_hhmm(day_rows_start), "end": format_hhmm(end),
                             "working_minutes": int(end - day_rows_start),
                             "lunch": format_hhmm(lunch_at) if lunch_at is not None else ""})
    return _finish(df, tasks, planned, unplanned, rows, day_rows, base, started, "solved",
                   {"day_start": day_start, "day_end": day_end, "lunch": lunch}, lang)


def _geometry(df, tasks, working, reps, base, visit_minutes, speed_kmh, detour, matrix):
    """Owners, (rep, day) vehicles, km and whole-minute travel between base and visits,
    and the service minutes of each node (node 0 = the base)."""
    owners = [str(o) if not is_blank(o) else None for o in df.get("owner", [None] * len(df))]
    vehicles = [(r, d) for d in range(len(working)) for r in range(len(reps))]
    lat = np.array([base[0]] + [df.at[t_.pos, "latitude"] for t_ in tasks], dtype=float)
    lon = np.array([base[1]] + [df.at[t_.pos, "longitude"] for t_ in tasks], dtype=float)
    km = haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :]) * detour
    minutes = km / speed_kmh * 60
    if matrix is not None:
        keys = ["base"] + [df.at[t_.pos, "customer_id"] for t_ in tasks]
        minutes = matrix.reindex(index=keys, columns=keys).to_numpy(dtype=float)
        if np.isnan(minutes).any():
            raise SalesopsError(t("error.routes_matrix"))
    travel = np.ceil(minutes).astype(int)
    service = [0] + [visit_minutes.get(df.at[t_.pos, "abc_class"], 30) for t_ in tasks]
    return owners, vehicles, km, travel, service


def _allowed_vehicles(task, owners, reps, vehicles) -> list[int]:
    rep_of = owners[task.pos]
    allowed_reps = [task.locked_rep] if task.locked_rep is not None else (
        [reps.index(rep_of)] if rep_of in reps else list(range(len(reps))))
    return [int(v) for v, (r, d) in enumerate(vehicles) if r in allowed_reps
            and d in task.days]


def _solve_visits_pyvrp(df, tasks, unplanned, working, reps, base, day_start, day_end, lunch,
                        visit_minutes, max_visits, speed_kmh, detour, matrix, seconds,
                        progress, lang) -> tuple[VisitPlan, dict[int, list[int]]] | None:
    """PyVRP on days shortened by the lunch, then the lunch inserted exactly; the plan and
    each vehicle's visits (task nodes), or None when the result does not pass the check
    (the caller falls back to OR-Tools).

    Appointments and locked visits are PyVRP time windows on this shortened clock
    (:func:`~salesops.routing.break_clock`: a window that opens after the lunch can be over
    moves the lunch's length earlier). Each route is then put on the real clock with the
    lunch in the gap that keeps every agreed time (:func:`~salesops.routing.place_break`);
    a plan where no gap does is rejected.
    """
    from pyvrp import Model
    from pyvrp.stop import MaxRuntime

    started = time.perf_counter()
    owners, vehicles, km, travel, service = _geometry(df, tasks, working, reps, base,
                                                      visit_minutes, speed_kmh, detour, matrix)
    brk = _break(lunch) if lunch else None
    length = brk.length if brk else 0
    real = [None, *(task.window for task in tasks)]  # node 0: the base
    clock = break_clock(real, brk)[0] if brk else real
    forbidden = 10**7  # an edge into a visit of another rep or day: never worth it
    m = Model()
    base_loc = m.add_location(0, 0)
    depot = m.add_depot(base_loc, tw_early=day_start, tw_late=day_end)
    locations = [base_loc]
    allowed = [set(_allowed_vehicles(task, owners, reps, vehicles)) for task in tasks]
    for node, task in enumerate(tasks, start=1):
        loc = m.add_location(float(node), 0)
        weight = {"A": 4, "B": 2, "C": 1}.get(df.at[task.pos, "abc_class"], 1)
        window = {}
        if task.window is not None:  # agreed times: on the clock without the lunch
            window = {"tw_early": clock[node][0], "tw_late": clock[node][1]}
            # kept before any visit that could move — unless it cannot be reached in time
            # from the base at all (then it is listed as not planned, with the reason)
            reachable = day_start + int(travel[0, node]) <= window["tw_late"]
            weight = weight * 10 if reachable else 0
        # prizes (1,000 a C visit … 40,000 an A appointment) outweigh any detour in minutes
        # but stay below PyVRP's largest time-warp penalty, so a late visit is never worth it
        m.add_client(loc, delivery=1, service_duration=int(service[node]), required=False,
                     prize=1_000 * weight, **window)
        locations.append(loc)
    for v, _vehicle in enumerate(vehicles):
        profile = m.add_profile()
        m.add_vehicle_type(num_available=1, capacity=max_visits or len(tasks) + 1,
                           start_depot=depot, end_depot=depot, tw_early=day_start,
                           tw_late=day_end - length, profile=profile)
        # only the visits this rep-day may make get real edges; the rest cost `forbidden`
        usable = [0] + [j for j in range(1, len(locations)) if v in allowed[j - 1]]
        blocked = [j for j in range(1, len(locations)) if v not in allowed[j - 1]]
        for i in range(len(locations)):
            for j in usable:
                if i != j:
                    m.add_edge(locations[i], locations[j], distance=int(travel[i, j]),
                               duration=int(travel[i, j]), profile=profile)
            for j in blocked:
                if i != j:
                    m.add_edge(locations[i], locations[j], distance=forbidden,
                               duration=int(travel[i, j]), profile=profile)
    # PyVRP prints its own progress table (iterations, best cost) while it searches — in a
    # terminal; a notebook panel shows its own bar instead
    display = progress is not None and not getattr(progress, "notebook", False)
    result = m.solve(stop=MaxRuntime(seconds), seed=0, display=display)
    if not result.is_feasible():
        return None
    routes: dict[int, list[int]] = {}
    for route in result.best.routes():
        visits = [int(a.idx) + 1 for a in route if a.is_client()]
        if any(route.vehicle_type() not in allowed[node - 1] for node in visits):
            return None
        routes[route.vehicle_type()] = visits
    rows, day_rows, planned = [], [], set()
    for v, visits in sorted(routes.items()):
        r, d = vehicles[v]
        day = place_break(visits, travel, service, real, day_start, brk)
        if day is None:
            return None
        starts, lunch_at, end = day
        if end > day_end:
            return None
        if not visits:
            continue
        stops, prev, km_day, drive = [], 0, 0.0, 0
        for order, (node, begin) in enumerate(zip(visits, starts, strict=True), start=1):
            planned.add(node)
            stops.append({
                **_stop(df, tasks[node - 1], working[d], reps[r], order, km[prev, node],
                        travel[prev, node], lang),
                "duration": service[node], "start_minutes": begin,
                "locked": tasks[node - 1].window is not None})
            km_day += km[prev, node]
            drive += travel[prev, node]
            prev = node
        km_day += km[prev, 0]
        drive += travel[prev, 0]
        _times(stops, day_start, lunch_at, lunch)
        rows += stops
        day_rows.append({"date": pd.Timestamp(working[d]), "rep": reps[r],
                         "visits": len(stops), "km": round(float(km_day), 1),
                         "driving_minutes": int(drive), "start": format_hhmm(day_start),
                         "end": format_hhmm(end), "working_minutes": int(end - day_start),
                         "lunch": format_hhmm(lunch_at) if lunch_at is not None else ""})
    if progress is not None:
        progress(time.perf_counter() - started, result.cost())
    return _finish(df, tasks, planned, unplanned, rows, day_rows, base, started, "pyvrp",
                   {"day_start": day_start, "day_end": day_end, "lunch": lunch}, lang), routes


def _stop(df, task, date, rep, order, km, minutes, lang) -> dict:
    """The itinerary columns of one visit that do not depend on the engine."""
    rec = df.loc[task.pos]
    return {"date": pd.Timestamp(date), "rep": rep, "order": order,
            "customer_id": rec["customer_id"], "name": rec["name"],
            "abc_class": rec["abc_class"], "contact_person": rec.get("contact_person"),
            "phone": rec.get("mobile") if not is_blank(rec.get("mobile"))
            else rec.get("landline"), "address": rec.get("address"),
            "rule": task.purpose, "purpose": t(f"rule.{task.purpose}", lang),
            "travel_km": float(km),
            "travel_minutes": int(minutes)}


def _finish(df, tasks, planned, unplanned, rows, day_rows, base, started, status, settings,
            lang) -> VisitPlan:
    """List what was not planned (with the reason) and assemble the VisitPlan."""
    for node, task in enumerate(tasks, start=1):
        if node not in planned:
            rec = df.loc[task.pos]
            unplanned.append({"customer_id": rec["customer_id"], "name": rec["name"],
                              "abc_class": rec["abc_class"], "purpose": task.purpose,
                              "reason": _reason(task, lang)})
    itinerary = pd.DataFrame(rows)
    if len(itinerary):
        itinerary = itinerary.sort_values(["date", "rep", "order"]).reset_index(drop=True)
    return VisitPlan(itinerary=itinerary, days=pd.DataFrame(day_rows),
                     unplanned=pd.DataFrame(unplanned, columns=["customer_id", "name",
                                                                "abc_class", "purpose",
                                                                "reason"]),
                     base=base, seconds=time.perf_counter() - started, status=status,
                     settings=settings)


def _break(lunch) -> Break:
    """The lunch ``("11:30", "13:30", 60)`` as a break in minutes of the day."""
    return Break(parse_hhmm(lunch[0]), parse_hhmm(lunch[1]), int(lunch[2]))


def _times(visits: list[dict], day_start: int, lunch_at: int | None, lunch) -> None:
    """Arrival, start, end and waiting of each visit in order; the lunch break counts as
    neither travel nor waiting."""
    previous_end = day_start
    length = int(lunch[2]) if lunch and lunch_at is not None else 0
    for visit in visits:
        begin = visit.pop("start_minutes")
        arrival = previous_end + visit["travel_minutes"]
        had_lunch = lunch_at is not None and previous_end <= lunch_at < begin
        if had_lunch and lunch_at < arrival:  # lunch on the way: arrive after it
            arrival += length
        waiting = begin - arrival - (length if had_lunch and lunch_at >= arrival else 0)
        visit["arrival"] = format_hhmm(arrival)
        visit["start"] = format_hhmm(begin)
        visit["end"] = format_hhmm(begin + visit["duration"])
        visit["waiting_minutes"] = int(max(0, waiting))
        previous_end = begin + visit["duration"]


def _reason(task: _Task, lang) -> str:
    if task.window is not None:
        return t("routes.reason_window", lang)
    return t("routes.reason_capacity", lang)


def routed_schedule(schedule: pd.DataFrame, plan: VisitPlan) -> pd.DataFrame:
    """The follow-up schedule with its visits on the days the visit plan routed them.

    Calls, letters and cards stay as they are; each scheduled visit takes the date of the
    routed visit of the same customer and rule (an appointment replaces the customer's visit
    of that week); visits the planner could not fit are left out (they are in
    ``plan.unplanned`` with the reason). The result is what the 跟单记录表 shows, so its visits
    are exactly the 拜访计划表's.

    Examples
    --------
    >>> from salesops import datasets
    >>> from salesops.followup import follow_up_schedule
    >>> customers = datasets.load_customers()
    >>> schedule = follow_up_schedule(customers, start="2026-12-07", end="2026-12-13")
    >>> plan = plan_visits(customers, start_date="2026-12-07", days=7, schedule=schedule,
    ...                    time_limit_seconds=2)
    >>> merged = routed_schedule(schedule, plan)
    >>> visits = merged[merged["channel"] == "visit"]
    >>> sorted(zip(visits["customer_id"], visits["date"])) == sorted(zip(
    ...     plan.itinerary["customer_id"], plan.itinerary["date"]))
    True
    """
    is_visit = schedule["channel"] == "visit"
    others, visits = schedule[~is_visit], schedule[is_visit]
    routed = plan.itinerary
    rows = []
    used: set[int] = set()
    pending = []
    for rec in (routed.sort_values("date").to_dict("records") if len(routed) else []):
        same = visits[(visits["customer_id"] == rec["customer_id"])
                      & (visits["rule"] == rec["rule"])]
        if rec["rule"] == "appointment":  # replaces the customer's visit of that week
            week = pd.Timestamp(rec["date"]).to_period("W")
            same = visits[(visits["customer_id"] == rec["customer_id"])
                          & (visits["date"].dt.to_period("W") == week)]
        free = [i for i in same.sort_values("date").index if i not in used]
        if free:
            used.add(free[0])
            row = dict(visits.loc[free[0]])
        else:
            pending.append(rec)
            continue
        row["date"] = pd.Timestamp(rec["date"])
        if rec["rule"] == "appointment":
            row["rule"], row["purpose"] = "appointment", rec["purpose"]
        rows.append(row)
    for rec in pending:  # an appointment with a customer who had no visit due
        rows.append({"date": pd.Timestamp(rec["date"]), "customer_id": rec["customer_id"],
                     "name": rec["name"], "abc_class": rec["abc_class"], "channel": "visit",
                     "rule": rec["rule"], "purpose": rec["purpose"],
                     "contact_person": rec.get("contact_person"),
                     "owner": rec.get("rep")})
    out = pd.concat([others, pd.DataFrame(rows, columns=schedule.columns)], ignore_index=True)
    return out.sort_values(["date", "owner", "customer_id", "rule"], kind="stable",
                           na_position="last").reset_index(drop=True)
