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
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import InputFileError, SalesopsError
from .labels import t

__all__ = ["RouteSolution", "VRPTWInstance", "check_vrptw", "haversine_km", "read_solomon",
           "route_distance", "solve_vrptw"]


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km (arrays welcome)."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = (np.sin((lat2 - lat1) / 2) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0088 * 2 * np.arcsin(np.sqrt(a))


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

    def as_dict(self) -> dict:
        return {"distance": self.distance, "vehicles": self.vehicles, "routes": self.routes,
                "seconds": round(self.seconds, 3)}


def route_distance(instance: VRPTWInstance, routes: list[list[int]]) -> float:
    d = instance.distances
    return float(sum(d[0, r[0]] + sum(d[a, b] for a, b in itertools.pairwise(r))
                     + d[r[-1], 0] for r in routes if r))


def check_vrptw(instance: VRPTWInstance, routes: list[list[int]]) -> list[str]:
    """Independent feasibility check: every customer once, capacity, windows, depot due."""
    problems = []
    d = instance.distances
    seen = [c for r in routes for c in r]
    if sorted(seen) != list(range(1, len(instance.demand))):
        problems.append("customers missing or repeated")
    for k, r in enumerate(routes):
        if sum(instance.demand[c] for c in r) > instance.capacity:
            problems.append(f"route {k}: capacity")
        now, prev = instance.ready[0], 0
        for c in r:
            now = max(now + instance.service[prev] + d[prev, c], instance.ready[c])
            if now > instance.due[c] + 1e-6:
                problems.append(f"route {k}: customer {c} late")
            prev = c
        if now + instance.service[prev] + d[prev, 0] > instance.due[0] + 1e-6:
            problems.append(f"route {k}: back late")
    return problems


def solve_vrptw(instance: VRPTWInstance, *, time_limit_seconds: float = 30,
                engine: str = "pyvrp", seed: int = 0) -> RouteSolution:
    """Minimise total distance (vehicles free, at most the instance's fleet).

    ``engine="pyvrp"`` (hybrid genetic search; distances scaled to 1/1000 for its integer
    arithmetic, the result re-measured in double precision) or ``"ortools"`` (parallel
    cheapest insertion + guided local search).
    """
    start = time.perf_counter()
    if engine == "pyvrp":
        routes = _solve_pyvrp(instance, time_limit_seconds, seed)
    elif engine == "ortools":
        routes = _solve_ortools(instance, time_limit_seconds)
    else:
        raise SalesopsError(t("error.routes_engine", engine=engine))
    seconds = time.perf_counter() - start
    routes = [r for r in routes if r]
    return RouteSolution(instance.name, engine, route_distance(instance, routes), len(routes),
                         routes, seconds, feasible=not check_vrptw(instance, routes))


_SCALE = 1000


def _solve_pyvrp(inst: VRPTWInstance, seconds: float, seed: int) -> list[list[int]]:
    from pyvrp import Model
    from pyvrp.stop import MaxRuntime

    m = Model()
    depot = m.add_depot(m.add_location(*inst.xy[0]), tw_early=int(inst.ready[0] * _SCALE),
                        tw_late=int(inst.due[0] * _SCALE))
    m.add_vehicle_type(num_available=inst.vehicles, capacity=int(inst.capacity),
                       start_depot=depot, end_depot=depot,
                       tw_early=int(inst.ready[0] * _SCALE), tw_late=int(inst.due[0] * _SCALE))
    locations = [depot_location(m)]
    for c in range(1, len(inst.demand)):
        loc = m.add_location(*inst.xy[c])
        m.add_client(loc, delivery=int(inst.demand[c]),
                     service_duration=round(inst.service[c] * _SCALE),
                     tw_early=round(inst.ready[c] * _SCALE),
                     tw_late=round(inst.due[c] * _SCALE))
        locations.append(loc)
    dist = inst.distances
    for i, a in enumerate(locations):
        for j, b in enumerate(locations):
            # rounding down keeps every schedule that is feasible in exact arithmetic feasible
            value = math.floor(dist[i, j] * _SCALE)
            m.add_edge(a, b, distance=value, duration=value)
    result = m.solve(stop=MaxRuntime(seconds), seed=seed, display=False)
    # activities number clients from 0 in the order they were added: customer = idx + 1
    return [[int(a.idx) + 1 for a in route if a.is_client()] for route in result.best.routes()]


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


def _solve_ortools(inst: VRPTWInstance, seconds: float) -> list[list[int]]:
    from ortools.constraint_solver import pywrapcp

    n = len(inst.demand)
    dist = np.floor(inst.distances * _SCALE).astype(np.int64)
    manager = pywrapcp.RoutingIndexManager(n, inst.vehicles, 0)
    routing = pywrapcp.RoutingModel(manager)

    def distance_cb(i, j):
        return int(dist[manager.IndexToNode(i), manager.IndexToNode(j)])

    def time_cb(i, j):
        a, b = manager.IndexToNode(i), manager.IndexToNode(j)
        return int(dist[a, b] + round(inst.service[a] * _SCALE))

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
    params = _search_parameters(seconds)
    solution = routing.SolveWithParameters(params)
    if solution is None:
        return []
    routes = []
    for v in range(inst.vehicles):
        index, route = routing.Start(v), []
        index = solution.Value(routing.NextVar(index))
        while not routing.IsEnd(index):
            route.append(manager.IndexToNode(index))
            index = solution.Value(routing.NextVar(index))
        routes.append(route)
    return routes


# ------------------------------------------------------------------------------------------
# field visits
# ------------------------------------------------------------------------------------------
