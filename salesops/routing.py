"""Vehicle routing with time windows: the engines and the Solomon benchmark they are measured on.

:func:`solve_vrptw` solves a VRPTW instance with PyVRP's hybrid genetic search (default) or
OR-Tools routing with guided local search; :func:`check_vrptw` is an independent checker in
double precision; :func:`read_solomon` reads the Solomon (1987) instances
(``benchmarks/routes.py`` compares both engines with the best-known solutions). Distances on the
ground are :func:`haversine_km`. The visit planner (:mod:`salesops.visits`) uses these engines
for the schedule's visits.

Examples
--------
>>> float(round(haversine_km(22.3790, 112.6980, 22.5960, 113.0780), 1))  # Kaiping → Jiangmen
45.9
"""

from __future__ import annotations

import itertools
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .errors import InputFileError, SalesopsError
from .labels import t

__all__ = ["Break", "RouteSolution", "VRPTWInstance", "break_clock", "check_vrptw",
           "haversine_km", "place_break", "read_solomon", "route_distance", "solve_vrptw"]


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km (arrays welcome)."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = (np.sin((lat2 - lat1) / 2) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0088 * 2 * np.arcsin(np.sqrt(a))


# ------------------------------------------------------------------------------------------
# a break every route takes (the lunch): shared by the visit planner and the benchmark
# ------------------------------------------------------------------------------------------
# share of a day with a break that PyVRP gets on the shortened clock; the rest goes to the
# repairs, then to OR-Tools' local search from PyVRP's routes on the real clock
PYVRP_SHARE = 0.8


@dataclass(frozen=True)
class Break:
    """A break of ``length`` that starts at or after ``earliest`` and ends by ``latest``.

    A route that is back before ``earliest`` takes none (the day was over before lunch). The
    break pauses the route: it is taken on the road or while waiting, never during a visit.
    """

    earliest: int
    latest: int
    length: int


def break_clock(windows: list[tuple[int, int] | None], lunch: Break, *,
                service: list[int] | None = None, back: list[int] | None = None,
                day_end: int | None = None, either_side: bool = False
                ) -> tuple[list[tuple[int, int] | None], list[bool]]:
    """Time windows on the clock without the break (for an engine that knows no breaks).

    A window that opens at or after ``earliest + length`` is an *afternoon* window: the break
    is surely taken before it, so on the shortened clock it moves ``length`` earlier — and so
    does one whose visit (``service``) cannot be over before the break's latest start: it
    can only come after the break, so from the break's earliest end. One that closes after
    the break's earliest end and, visited at its opening, leaves no room for the break
    before ``day_end`` (``back``: the drive from each node to the base) moves ``length``
    earlier too. The others keep theirs.
    With ``either_side``, a window the break may fall before (it closes after ``earliest``)
    and that is at least ``length`` wide also closes ``length`` earlier, so it is kept
    whichever side of the break the visit lands, and a narrower one that closes after
    ``earliest`` must be over by then. :func:`place_break` then puts the break back exactly
    and re-checks every window.

    >>> lunch = Break(690, 810, 60)
    >>> break_clock([None, (600, 610), (800, 900), (650, 780)], lunch)[0]
    [None, (600, 610), (740, 840), (650, 780)]
    >>> break_clock([None, (600, 610), (800, 900), (650, 780)], lunch, either_side=True)
    ([None, (600, 610), (740, 840), (650, 720)], [False, False, True, False])
    """
    lo, length = lunch.earliest, lunch.length
    service = service if service is not None else [0] * len(windows)
    afternoon = [w is not None and (w[0] >= lo + length
                                    or w[0] + service[k] > lunch.latest - length)
                 for k, w in enumerate(windows)]
    shifted = []
    for k, (w, late) in enumerate(zip(windows, afternoon, strict=True)):
        if w is not None and late:
            w = (max(w[0], lo + length) - length, w[1] - length)
        elif either_side and w is not None and w[1] >= lo and w[1] - length >= w[0]:
            w = (w[0], w[1] - length)
        elif either_side and w is not None and w[1] >= lo and lo - service[k] >= w[0]:
            w = (w[0], lo - service[k])  # over before the break may start
        elif day_end is not None and w is not None and w[1] >= lo + length \
                and w[0] + service[k] + back[k] > day_end - length:
            w, afternoon[k] = (w[0] - length, w[1] - length), True  # no room after it
        shifted.append(w)
    return shifted, afternoon


def place_break(route: list[int], travel, service, windows: list[tuple[int, int] | None],
                start: int, lunch: Break | None
                ) -> tuple[list[int], int | None, int] | None:
    """The real clock of one route with its break: each stop's start, the break's start
    and the return time — or ``None`` when no place for the break keeps every window.

    ``route`` lists nodes (0 is the base) into the ``travel`` matrix, ``service`` and
    ``windows`` (``(earliest, latest)`` start, or ``None``); the route leaves at ``start``.
    Every gap between two stops (and after the last) is tried; in a gap the break starts as
    early as it may (``lunch.earliest``, or when the previous visit ends) and the drive
    pauses for it, so the stops after it start as early as their windows allow. The
    feasible placement that is back earliest wins.

    >>> travel = [[0, 30, 30], [30, 0, 10], [30, 10, 0]]
    >>> place_break([1, 2], travel, [0, 60, 60], [None, None, (800, 820)], 540,
    ...             Break(690, 810, 60))
    ([570, 800], 690, 890)
    """
    plain = _route_clock(route, travel, service, windows, start, lunch, None)
    if lunch is None or (plain is not None and plain[2] <= lunch.earliest):
        return plain  # no break, or the route is back before lunch time
    best = None
    for gap in range(len(route) + 1):
        clock = _route_clock(route, travel, service, windows, start, lunch, gap)
        if clock is not None and (best is None or clock[2] < best[2]):
            best = clock
    return best


def _route_clock(route, travel, service, windows, start, lunch, gap):
    """The route's clock with the break before stop ``gap`` (``len(route)``: on the way
    back; ``None``: no break); ``None`` when a window or the break's own window is missed."""
    now, prev, starts, lunch_at = start, 0, [], None
    for k, node in enumerate([*route, 0]):
        arrive = now + travel[prev][node]
        if k == gap:  # the break starts as soon as it may; the drive pauses for it
            lunch_at = max(lunch.earliest, now)
            if lunch_at + lunch.length > lunch.latest:
                return None
            arrive = max(arrive + lunch.length if lunch_at < arrive else arrive,
                         lunch_at + lunch.length)
        if node == 0:
            return starts, lunch_at, arrive
        begin = arrive
        if windows[node] is not None:
            early, late = windows[node]
            if begin > late:
                return None
            begin = max(begin, early)
        starts.append(begin)
        now, prev = begin + service[node], node
    raise AssertionError("unreachable")  # the loop ends at the base


# ------------------------------------------------------------------------------------------
# Solomon VRPTW benchmark
# ------------------------------------------------------------------------------------------
@dataclass
class VRPTWInstance:
    """A Solomon instance: node 0 is the depot; travel time equals Euclidean distance."""

    name: str
    vehicles: int
    capacity: int
    xy: np.ndarray
    demand: np.ndarray
    ready: np.ndarray
    due: np.ndarray
    service: np.ndarray

    @property
    def distances(self) -> np.ndarray:
        diff = self.xy[:, None, :] - self.xy[None, :, :]
        return np.sqrt((diff ** 2).sum(axis=2))

    def subset(self, nodes: list[int], vehicles: int | None = None) -> VRPTWInstance:
        """The instance with only ``nodes`` (the depot 0 first), renumbered 0, 1, 2 …"""
        keep = np.asarray(nodes)
        return replace(self, xy=self.xy[keep], demand=self.demand[keep],
                       ready=self.ready[keep], due=self.due[keep], service=self.service[keep],
                       vehicles=self.vehicles if vehicles is None else vehicles)


def read_solomon(path: str | os.PathLike) -> VRPTWInstance:
    """Read a Solomon VRPTW instance (vehicle count and capacity, then one row per node)."""
    path = Path(path)
    if not path.exists():
        raise InputFileError(t("error.file_missing", file=str(path)))
    lines = [ln.split() for ln in path.read_text().splitlines() if ln.strip()]
    try:
        i = next(k for k, ln in enumerate(lines) if ln[:1] == ["VEHICLE"])
        vehicles, capacity = (int(v) for v in lines[i + 2][:2])
        rows = [list(map(float, ln)) for ln in lines[i + 3:] if ln[0].isdigit()]
    except (StopIteration, ValueError, IndexError) as exc:
        raise InputFileError(t("error.curtois_format", file=path.name, line=exc)) from exc
    data = np.array(rows)
    return VRPTWInstance(path.stem, vehicles, capacity, data[:, 1:3], data[:, 3].astype(int),
                         data[:, 4], data[:, 5], data[:, 6])


@dataclass
class RouteSolution:
    """Routes (lists of customer numbers), total distance in double precision, vehicles."""

    instance: str
    engine: str
    distance: float
    vehicles: int
    routes: list[list[int]]
    seconds: float
    feasible: bool = True
    #: with a break: when each route's break starts (``None``: back before it), else empty
    lunch_starts: list[float | None] = field(default_factory=list)

    def as_dict(self) -> dict:
        out = {"distance": self.distance, "vehicles": self.vehicles, "routes": self.routes,
               "seconds": round(self.seconds, 3)}
        if self.lunch_starts:
            out["lunch_starts"] = self.lunch_starts
        return out


def route_distance(instance: VRPTWInstance, routes: list[list[int]]) -> float:
    d = instance.distances
    return float(sum(d[0, r[0]] + sum(d[a, b] for a, b in itertools.pairwise(r))
                     + d[r[-1], 0] for r in routes if r))


#: the engines round distances down to 1/1000: a route's clock runs up to this much early
_ROUNDING = 0.05


def check_vrptw(instance: VRPTWInstance, routes: list[list[int]], lunch: Break | None = None,
                lunch_starts: list[float | None] | None = None) -> list[str]:
    """Independent feasibility check: every customer once, capacity, windows, depot due —
    and with ``lunch``, each route's break (starting at ``lunch_starts[k]``) inside its
    window and never during a visit (a break that would overlap one is taken before it and
    the visit waits), the drive paused for it; a route back after the break's earliest
    start without a break is reported. Double precision, no engine code shared;
    a break that starts less than 0.05 before a visit ends (the engines round distances
    down to 1/1000) is taken at its end."""
    problems = []
    d = instance.distances
    seen = [c for r in routes for c in r]
    if sorted(seen) != list(range(1, len(instance.demand))):
        problems.append("customers missing or repeated")
    for k, r in enumerate(routes):
        if sum(instance.demand[c] for c in r) > instance.capacity:
            problems.append(f"route {k}: capacity")
        brk = None if lunch is None or lunch_starts is None else lunch_starts[k]
        if brk is not None and not (lunch.earliest - 1e-6 <= brk
                                    and brk + lunch.length <= lunch.latest + 1e-6):
            problems.append(f"route {k}: break outside its window")
        free, prev = instance.ready[0], 0  # when the vehicle may leave ``prev``
        for c in [*r, 0]:
            arrive = free + d[prev, c]
            service_from = max(arrive, instance.ready[c]) if c else arrive
            if brk is not None and free - _ROUNDING <= brk and (
                    not c or brk < service_from + instance.service[c] - _ROUNDING):
                # before this visit (it may not overlap it): on the road the drive pauses
                brk = max(brk, free)
                arrive = max(arrive + lunch.length if brk < arrive else arrive,
                             brk + lunch.length)
                brk = None
            begin = max(arrive, instance.ready[c]) if c else arrive
            if c and begin > instance.due[c] + 1e-6:
                problems.append(f"route {k}: customer {c} late")
            if not c and begin > instance.due[0] + 1e-6:
                problems.append(f"route {k}: back late")
            if not c and lunch is not None and lunch_starts is not None \
                    and lunch_starts[k] is None and begin > lunch.earliest + 1e-6:
                problems.append(f"route {k}: no break")
            free, prev = begin + instance.service[c], c
        if brk is not None:
            problems.append(f"route {k}: break before the route starts")
    return problems


def solve_vrptw(instance: VRPTWInstance, *, time_limit_seconds: float = 30,
                engine: str = "pyvrp", seed: int = 0, lunch: Break | None = None
                ) -> RouteSolution:
    """Minimise total distance (vehicles free, at most the instance's fleet).

    ``engine="pyvrp"`` (hybrid genetic search; distances scaled to 1/1000 for its integer
    arithmetic, the result re-measured in double precision) or ``"ortools"`` (parallel
    cheapest insertion + guided local search).

    ``lunch``: every route takes this break (in the instance's time units). PyVRP, which
    knows no breaks, solves on the clock without it (:func:`break_clock`) and each route
    is then put on the real clock (:func:`place_break`) — the visit planner's method; the
    customers of a route with no gap for the break are routed again, and the last of them
    by OR-Tools with a break interval per vehicle (``engine`` then reads
    ``"pyvrp+ortools"``), as :func:`salesops.plan_visits` falls back to OR-Tools.

    Examples
    --------
    >>> inst = VRPTWInstance("two", 2, 10, np.array([[0, 0], [3, 4], [6, 8]], float),
    ...                      np.array([0, 1, 1]), np.array([0., 0, 0]),
    ...                      np.array([100., 50, 100]), np.array([0., 5, 5]))
    >>> sol = solve_vrptw(inst, time_limit_seconds=0.2, lunch=Break(20, 60, 30))
    >>> sol.routes, sol.feasible, sol.lunch_starts
    ([[1, 2]], True, [20.0])
    """
    start = time.perf_counter()
    if engine not in ("pyvrp", "ortools"):
        raise SalesopsError(t("error.routes_engine", engine=engine))
    found = _solve_pyvrp(instance, time_limit_seconds, seed, lunch) if engine == "pyvrp" \
        else None
    if found is None and (engine == "ortools" or lunch is not None):
        found = (*_solve_ortools(instance, time_limit_seconds, lunch),
                 "ortools" if engine == "ortools" else "pyvrp+ortools")
    routes, starts, engine = found
    seconds = time.perf_counter() - start
    kept = [k for k, r in enumerate(routes) if r]
    routes = [routes[k] for k in kept]
    starts = [starts[k] for k in kept] if lunch is not None else []
    problems = check_vrptw(instance, routes, lunch, starts)
    return RouteSolution(instance.name, engine, route_distance(instance, routes), len(routes),
                         routes, seconds, feasible=not problems, lunch_starts=starts)


_SCALE = 1000


def integer_problem(inst: VRPTWInstance, lunch: Break | None = None):
    """Integer travel (rounded down: a schedule feasible in exact arithmetic stays feasible),
    service, windows and break, × 1000."""
    travel = np.floor(inst.distances * _SCALE).astype(np.int64)
    service = [round(v * _SCALE) for v in inst.service]
    windows = [None] + [(round(inst.ready[c] * _SCALE), round(inst.due[c] * _SCALE))
                        for c in range(1, len(inst.demand))]
    brk = None if lunch is None else Break(round(lunch.earliest * _SCALE),
                                           round(lunch.latest * _SCALE),
                                           round(lunch.length * _SCALE))
    return travel, service, windows, brk


def _solve_pyvrp(inst: VRPTWInstance, seconds: float, seed: int, lunch: Break | None = None
                 ) -> tuple[list[list[int]], list[float | None], str] | None:
    """PyVRP's routes, their break starts and the engines used; ``None`` when a route has no
    gap for the break.

    With a break, :data:`PYVRP_SHARE` of the time goes to the whole problem on the
    shortened clock; the customers of any route that then has no gap for the break (a few
    routes at most) are routed again with their windows kept either side of the break
    (``either_side``, 5%), and those still without one by OR-Tools with break intervals
    (5%). The rest of the time OR-Tools' guided local search starts from those routes on
    the real clock, where the break may move between visits; its routes are kept when
    they are shorter.
    """
    everyone = list(range(1, len(inst.demand)))
    problem = integer_problem(inst, lunch)
    if lunch is None:
        routes, _ = _pyvrp_routes(inst, problem, everyone, seconds, seed, False)
        return routes, [None] * len(routes), "pyvrp"
    deadline = time.perf_counter() + seconds
    found = _pyvrp_routes(inst, problem, everyone, PYVRP_SHARE * seconds, seed, False)
    good, bad = _with_breaks(inst, problem, *found)
    engine = "pyvrp"
    if bad:
        again = _pyvrp_routes(inst, problem, sorted(c for r in bad for c in r),
                              0.05 * seconds, seed, True)
        more, bad = _with_breaks(inst, problem, *again)
        good += more
    if bad:  # the last few: OR-Tools, which models the break itself
        rest = [0, *sorted(c for r in bad for c in r)]
        sub = inst.subset(rest, vehicles=min(inst.vehicles, len(rest) - 1))
        routes, starts = _solve_ortools(sub, 0.05 * seconds, lunch)
        if sorted(rest[c] for r in routes for c in r) != rest[1:]:
            return None
        good += [([rest[c] for c in r], at) for r, at in zip(routes, starts, strict=True)]
        engine = "pyvrp+ortools"
    routes, starts = [r for r, _ in good], [at for _, at in good]
    left = deadline - time.perf_counter()
    if left > 0.05 * seconds:
        polished = _solve_ortools(inst, left, lunch, start=routes)
        kept = [(r, at) for r, at in zip(*polished, strict=True) if r]
        if kept and sorted(c for r, _ in kept for c in r) == everyone \
                and not check_vrptw(inst, [r for r, _ in kept], lunch,
                                    [at for _, at in kept]) \
                and route_distance(inst, [r for r, _ in kept]) \
                < route_distance(inst, routes) - 1e-6:
            routes, starts = [r for r, _ in kept], [at for _, at in kept]
            engine = "pyvrp+ortools"
    return routes, starts, engine


def _pyvrp_routes(inst, problem, customers, seconds, seed, either_side):
    """PyVRP on ``customers`` of :func:`integer_problem` ``problem`` (the clock without its
    break): routes of customer numbers and whether the search found a feasible solution."""
    from pyvrp import Model
    from pyvrp.stop import MaxRuntime

    travel, service, windows, brk = problem
    early, late = round(inst.ready[0] * _SCALE), round(inst.due[0] * _SCALE)
    clock = windows if brk is None else break_clock(
        windows, brk, service=service, back=travel[:, 0].tolist(), day_end=late,
        either_side=either_side)[0]
    m = Model()
    depot = m.add_depot(m.add_location(*inst.xy[0]), tw_early=early, tw_late=late)
    m.add_vehicle_type(num_available=inst.vehicles, capacity=int(inst.capacity),
                       start_depot=depot, end_depot=depot, tw_early=early,
                       tw_late=late - (brk.length if brk else 0))
    nodes = [0, *customers]
    locations = [depot_location(m)]
    for c in customers:
        loc = m.add_location(*inst.xy[c])
        m.add_client(loc, delivery=int(inst.demand[c]), service_duration=service[c],
                     tw_early=clock[c][0], tw_late=clock[c][1])
        locations.append(loc)
    for i, a in enumerate(locations):
        for j, b in enumerate(locations):
            value = int(travel[nodes[i], nodes[j]])
            m.add_edge(a, b, distance=value, duration=value)
    result = m.solve(stop=MaxRuntime(seconds), seed=seed, display=False)
    # activities number clients from 0 in the order they were added
    routes = [[customers[int(a.idx)] for a in route if a.is_client()]
              for route in result.best.routes()]
    return routes, result.is_feasible()


def _with_breaks(inst, problem, routes, feasible):
    """Each route with its break start (``(route, start)``), and the routes without a gap
    for the break (all of them when the search found nothing feasible)."""
    if not feasible:
        return [], routes
    travel, service, windows, brk = problem
    late = round(inst.due[0] * _SCALE)
    good, bad = [], []
    for route in routes:
        clock = place_break(route, travel, service, windows, round(inst.ready[0] * _SCALE),
                            brk)
        if clock is None or clock[2] > late:
            bad.append(route)
        else:
            good.append((route, None if clock[1] is None else clock[1] / _SCALE))
    return good, bad


def depot_location(model):
    return model.locations[0]


def _search_parameters(seconds: float):
    """Parallel cheapest insertion, then guided local search until the time limit."""
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = (
        routing_enums_pb2.FirstSolutionStrategy.PARALLEL_CHEAPEST_INSERTION)
    params.local_search_metaheuristic = (
        routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH)
    params.time_limit.FromMilliseconds(int(seconds * 1000))
    return params


def solve_from(routing, params, start: list[list[int]] | None):
    """Solve an OR-Tools ``RoutingModel``; with ``start`` (one list of nodes per vehicle)
    its guided local search begins from those routes instead of cheapest insertion — from
    scratch when OR-Tools cannot read them as a solution."""
    first = None
    if start:
        routing.CloseModelWithParameters(params)
        first = routing.ReadAssignmentFromRoutes(start, True)
    if first is not None:
        return routing.SolveFromAssignmentWithParameters(first, params)
    return routing.SolveWithParameters(params)


def _solve_ortools(inst: VRPTWInstance, seconds: float, lunch: Break | None = None,
                   start: list[list[int]] | None = None
                   ) -> tuple[list[list[int]], list[float | None]]:
    """OR-Tools routing; with ``lunch`` a break interval per vehicle (never during a visit).

    ``start``: routes (customer numbers) to begin the guided local search from instead of
    cheapest insertion; ignored when OR-Tools cannot read them as a solution."""
    from ortools.constraint_solver import pywrapcp

    n = len(inst.demand)
    dist, service, _windows, brk = integer_problem(inst, lunch)
    manager = pywrapcp.RoutingIndexManager(n, inst.vehicles, 0)
    routing = pywrapcp.RoutingModel(manager)

    def distance_cb(i, j):
        return int(dist[manager.IndexToNode(i), manager.IndexToNode(j)])

    def time_cb(i, j):
        a, b = manager.IndexToNode(i), manager.IndexToNode(j)
        return int(dist[a, b] + service[a])

    transit = routing.RegisterTransitCallback(distance_cb)
    routing.SetArcCostEvaluatorOfAllVehicles(transit)
    demand_cb = routing.RegisterUnaryTransitCallback(
        lambda i: int(inst.demand[manager.IndexToNode(i)]))
    routing.AddDimensionWithVehicleCapacity(demand_cb, 0, [int(inst.capacity)] * inst.vehicles,
                                            True, "load")
    tcb = routing.RegisterTransitCallback(time_cb)
    horizon = int(inst.due[0] * _SCALE)
    routing.AddDimension(tcb, horizon, horizon, False, "time")
    time_dim = routing.GetDimensionOrDie("time")
    for node in range(1, n):
        time_dim.CumulVar(manager.NodeToIndex(node)).SetRange(
            round(inst.ready[node] * _SCALE), round(inst.due[node] * _SCALE))
    if brk is not None:
        add_breaks(routing, time_dim, inst.vehicles, brk,
                   [service[manager.IndexToNode(i)] for i in range(routing.Size())])
    params = _search_parameters(seconds)
    solution = solve_from(routing, params, start and (
        [list(r) for r in start] + [[]] * (inst.vehicles - len(start))))
    if solution is None:
        return [], []
    routes, starts = [], []
    for v in range(inst.vehicles):
        index, route = routing.Start(v), []
        index = solution.Value(routing.NextVar(index))
        while not routing.IsEnd(index):
            route.append(manager.IndexToNode(index))
            index = solution.Value(routing.NextVar(index))
        routes.append(route)
        at = break_start(solution, v) if brk is not None else None
        starts.append(None if at is None else at / _SCALE)
    return routes, starts


def add_breaks(routing, time_dim, vehicles: int, lunch: Break, visit_transits: list[int]) -> None:
    """One break interval per vehicle on OR-Tools' time dimension, never during a visit
    (``visit_transits``: the service time of each routing index)."""
    solver = routing.solver()
    for v in range(vehicles):
        interval = solver.FixedDurationIntervalVar(
            lunch.earliest, lunch.latest - lunch.length, lunch.length, False, f"lunch{v}")
        time_dim.SetBreakIntervalsOfVehicle([interval], v, visit_transits)


def break_start(solution, vehicle: int) -> int | None:
    """When vehicle ``vehicle``'s break (made by :func:`add_breaks`) starts in ``solution``."""
    breaks = solution.IntervalVarContainer()
    for k in range(breaks.Size()):
        element = breaks.Element(k)
        if element.Var().Name() == f"lunch{vehicle}":
            return element.StartValue()
    return None


# ------------------------------------------------------------------------------------------
# field visits
# ------------------------------------------------------------------------------------------
