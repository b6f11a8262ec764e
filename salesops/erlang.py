"""Inbound staffing per interval: Erlang B, Erlang C and Erlang A (with abandonment).

Conventions (the published call-centre ones, tests/data/erlang/README.md):

* traffic A = calls × AHT / interval length (Erlangs);
* Erlang B by the recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)) — stable for any size,
  no factorials (C(A=12345, N=12421) = 0.3812 computes exactly);
* Erlang C: P(wait) C = N·B / (N − A·(1 − B)); service level SL(t) = 1 − C·e^(−(N−A)·t/AHT);
  average speed of answer ASA = C·AHT / (N − A); occupancy = A / N;
* Erlang A (M/M/N+M, callers abandon after an exponential patience with mean ``patience``):
  exact birth–death probabilities; SL(t) = P(answered within t) over *all* callers (those who
  hang up count as not answered), ASA = mean time in queue of all callers, occupancy = carried
  traffic / N;
* scheduled heads = ceil(N / (1 − shrinkage)).

The required N is the smallest N (> A for Erlang C) meeting **every** target given: service
level, maximum occupancy, maximum ASA. ``binding`` names the target that set it.

Units are in the parameter names: ``interval_minutes``, ``aht_seconds``, ``target_seconds``,
``patience_seconds``.

Examples
--------
>>> r = erlang_staffing(calls=100, interval_minutes=30, aht_seconds=180, target_sl=0.8,
...                     target_seconds=20, shrinkage=0.3)
>>> r.agents, r.scheduled_agents, round(r.service_level, 4), round(r.p_wait, 4)
(14, 20, 0.8884, 0.1741)
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

from .errors import SalesopsError
from .labels import t
from .validation import number, share, whole

__all__ = ["Staffing", "erlang_a", "erlang_b", "erlang_c", "erlang_evaluate", "erlang_staffing",
           "interval_staffing", "traffic_erlangs"]


def traffic_erlangs(calls: float, interval_minutes: float, aht_seconds: float) -> float:
    """Offered traffic A = calls × AHT / interval.

    >>> traffic_erlangs(100, 30, 180)
    10.0
    """
    number("calls", calls)
    number("interval_minutes", interval_minutes, above=True)
    number("aht_seconds", aht_seconds, above=True)
    return calls * aht_seconds / (interval_minutes * 60)


def erlang_b(agents: int, traffic: float) -> float:
    """Blocking probability of an Erlang B system (recursion, stable for large N).

    >>> round(erlang_b(17, 10.0), 4), erlang_b(1, 1.0), erlang_b(2, 1.0)
    (0.0129, 0.5, 0.2)
    """
    whole("agents", agents)
    b = 1.0
    for n in range(1, int(agents) + 1):
        b = traffic * b / (n + traffic * b)
    return b


def erlang_c(agents: int, traffic: float) -> float:
    """Probability that a caller waits (Erlang C); 1.0 when N ≤ A (the queue never clears).

    >>> round(erlang_c(132, 123.0), 4), round(erlang_c(12421, 12345.0), 4)
    (0.3211, 0.3812)
    """
    if agents <= traffic:
        return 1.0
    b = erlang_b(agents, traffic)
    return agents * b / (agents - traffic * (1 - b))


@dataclass(frozen=True)
class Staffing:
    """Staffing of one interval and what it achieves."""

    agents: int
    scheduled_agents: int
    service_level: float
    p_wait: float
    asa_seconds: float
    occupancy: float
    traffic: float
    binding: str
    abandon_rate: float = 0.0

    def as_dict(self) -> dict:
        return asdict(self)

    def summary(self, lang: str | None = None) -> str:
        return t("erlang.summary", lang, agents=self.agents, scheduled=self.scheduled_agents,
                 sl=f"{self.service_level:.1%}", asa=f"{self.asa_seconds:.1f}",
                 occ=f"{self.occupancy:.1%}", binding=t(f"binding.{self.binding}", lang))


def _erlang_c_metrics(n: int, a: float, aht: float, target: float) -> tuple[float, float,
                                                                            float, float]:
    if n <= a:
        return 0.0, 1.0, math.inf, 1.0
    c = erlang_c(n, a)
    sl = 1 - c * math.exp(-(n - a) * target / aht)
    asa = c * aht / (n - a)
    return sl, c, asa, a / n


def erlang_a(agents: int, traffic: float, aht_seconds: float, patience_seconds: float,
             target_seconds: float) -> dict:
    """Erlang A (M/M/N+M): exact metrics with abandonment.

    Returns ``p_wait``, ``service_level`` (answered within ``target_seconds``, over all
    callers), ``asa_seconds`` (mean time in queue of all callers), ``abandon_rate``,
    ``occupancy``.

    >>> m = erlang_a(14, 10.0, 180, 300, 20)
    >>> round(m["p_wait"], 5), round(m["service_level"], 6), round(m["abandon_rate"], 6)
    (0.14526, 0.916792, 0.013984)
    """
    number("aht_seconds", aht_seconds, above=True)
    number("patience_seconds", patience_seconds, above=True)
    number("target_seconds", target_seconds)
    n = whole("agents", agents)
    mu = 1.0 / aht_seconds
    lam = traffic * mu
    theta = 1.0 / patience_seconds
    if lam == 0:
        return {"p_wait": 0.0, "service_level": 1.0, "asa_seconds": 0.0, "abandon_rate": 0.0,
                "occupancy": 0.0}
    if n * mu <= lam and (lam - n * mu) / theta > 200_000:
        # Overloaded and nearly infinite patience: the queue grows until hang-ups balance it,
        # hundreds of thousands of callers deep. This is the θ → 0 limit: everyone waits,
        # N agents are always busy, the excess hangs up, nobody is answered in time.
        return {"p_wait": 1.0, "service_level": 0.0, "asa_seconds": math.inf,
                "abandon_rate": 1 - n * mu / lam, "occupancy": 1.0}
    # unnormalised log-probabilities of n callers in the system (birth–death chain)
    logs = [0.0]
    for k in range(1, n + 1):
        logs.append(logs[-1] + math.log(lam) - math.log(k * mu))
    k, peak, log_lam = 0, max(logs), math.log(lam)
    while True:
        k += 1
        logs.append(logs[-1] + log_lam - math.log(n * mu + k * theta))
        peak = max(peak, logs[-1])
        if logs[-1] < peak - 40 and k > 10:  # the rest weighs less than e^-40
            break
    logp = np.array(logs)
    p = np.exp(logp - logp.max())
    p /= p.sum()
    queue = np.arange(len(p)) - n
    waiting = queue > 0
    p_wait = float(p[n:].sum())  # an arrival finds all agents busy (PASTA)
    lq = float((queue[waiting] * p[waiting]).sum())
    abandon_rate = theta * lq / lam
    # a caller who finds j = n_found − n + 1 ahead-and-self in queue: position falls at rate
    # N·μ + (j−1)·θ, the caller hangs up at rate θ; answered when leaving position 1
    arrivals_queued = p[n:]  # found n, n+1, ... callers: position j = 1, 2, ...
    answered = _answered_within(arrivals_queued, n * mu, theta, target_seconds)
    service_level = float(p[:n].sum() + answered)
    carried = traffic * (1 - abandon_rate)
    return {"p_wait": p_wait, "service_level": service_level, "asa_seconds": lq / lam,
            "abandon_rate": abandon_rate, "occupancy": carried / n if n else 1.0}


def _answered_within(weights: np.ndarray, service_rate: float, theta: float, t_: float
                     ) -> float:
    """Σ_j weights[j−1] · P(a caller at queue position j is answered within t_).

    Uniformization of the pure-death chain over positions with absorbing 'answered' and
    'hung up' states; the vector runs backwards over starting positions.
    """
    positions = len(weights)
    if positions == 0 or t_ <= 0:
        return 0.0
    j = np.arange(1, positions + 1)
    down = service_rate + (j - 1) * theta  # leave position j towards j−1 (or answered at 1)
    out = down + theta
    rate = float(out.max())
    steps_mean = rate * t_
    # probability mass in transient states, started with the arrival distribution
    mass = weights.astype(float).copy()
    answered = 0.0
    poisson = math.exp(-steps_mean)
    cumulative = poisson
    k = 0
    # answered by step k, weighted by P(at least k+1 events in [0, t]) summed over k
    while 1 - cumulative > 1e-15 and k < 100_000:
        move = mass * (down / rate)
        answered_now = move[0]
        stay = mass * (1 - out / rate)
        mass = stay
        mass[:-1] += move[1:]
        k += 1
        answered += answered_now * (1 - cumulative)
        poisson *= steps_mean / k
        cumulative += poisson
        if mass.sum() < 1e-18:
            break
    return float(answered)


def erlang_evaluate(calls: float, interval_minutes: float, aht_seconds: float, agents: int,
                    target_seconds: float = 20, *, patience_seconds: float | None = None,
                    shrinkage: float = 0.0) -> Staffing:
    """What a given head count achieves in one interval.

    >>> r = erlang_evaluate(1000, 60, 120, 35, 20)
    >>> round(r.service_level, 4), round(r.p_wait, 4), round(r.asa_seconds, 2)
    (0.4724, 0.6965, 50.15)
    """
    number("calls", calls)
    number("target_seconds", target_seconds)
    whole("agents", agents)
    number("patience_seconds", patience_seconds, above=True, optional=True)
    a = traffic_erlangs(calls, interval_minutes, aht_seconds)
    n = int(agents)
    if patience_seconds is None:
        sl, pw, asa, occ = _erlang_c_metrics(n, a, aht_seconds, target_seconds)
        abandon = 0.0
    else:
        m = erlang_a(n, a, aht_seconds, patience_seconds, target_seconds)
        sl, pw, asa, occ, abandon = (m["service_level"], m["p_wait"], m["asa_seconds"],
                                     m["occupancy"], m["abandon_rate"])
    if a == 0:
        sl, pw, asa, occ = 1.0, 0.0, 0.0, 0.0
    return Staffing(agents=n, scheduled_agents=_scheduled(n, shrinkage), service_level=sl,
                    p_wait=pw, asa_seconds=asa, occupancy=occ, traffic=a, binding="given",
                    abandon_rate=abandon)


def _scheduled(agents: int, shrinkage: float) -> int:
    number("shrinkage", shrinkage, high=1, below=True)
    # round away float noise before ceil: 14 / 0.7 is 20.000000000000004 in binary
    return math.ceil(round(agents / (1 - shrinkage), 9))


def erlang_staffing(calls: float, interval_minutes: float, aht_seconds: float,
                    target_sl: float = 0.8, target_seconds: float = 20, *,
                    max_occupancy: float | None = None, max_asa_seconds: float | None = None,
                    shrinkage: float = 0.0, patience_seconds: float | None = None,
                    max_agents: int = 1_000_000) -> Staffing:
    """The fewest agents meeting every target in one interval (Erlang C, or A with patience).

    Parameters
    ----------
    calls
        Calls offered in the interval.
    interval_minutes, aht_seconds
        Interval length and average handling time (talk + hold + wrap-up).
    target_sl, target_seconds
        Service level: share of calls answered within ``target_seconds`` (e.g. 80/20).
    max_occupancy
        Upper limit on agent occupancy A/N (e.g. 0.85), optional.
    max_asa_seconds
        Upper limit on the average speed of answer, optional.
    shrinkage
        Share of paid time not on the phone (breaks, training, absence): scheduled heads =
        ceil(N / (1 − shrinkage)).
    patience_seconds
        Mean caller patience: switches to Erlang A (callers hang up).

    Examples
    --------
    >>> r = erlang_staffing(1000, 60, 120, 0.8, 20, max_occupancy=0.85)
    >>> r.agents, r.binding, round(r.service_level, 4), round(r.asa_seconds, 2)
    (40, 'occupancy', 0.9372, 3.43)
    """
    number("calls", calls)
    number("target_seconds", target_seconds)
    number("max_asa_seconds", max_asa_seconds, optional=True)
    number("patience_seconds", patience_seconds, above=True, optional=True)
    share("target_sl", target_sl, one=False)
    if max_occupancy is not None:
        share("max_occupancy", max_occupancy)
    a = traffic_erlangs(calls, interval_minutes, aht_seconds)
    _scheduled(0, shrinkage)
    if a == 0:
        return Staffing(0, 0, 1.0, 0.0, 0.0, 0.0, 0.0, "no_calls")
    if patience_seconds is None:
        first = math.floor(a) + 1  # Erlang C needs N > A, or the queue never clears
        n, b, last_failing = first, erlang_b(first - 1, a), []
        while n <= max_agents:
            b = a * b / (n + a * b)  # Erlang B for n agents: one step of the recursion
            c = n * b / (n - a * (1 - b))
            sl = 1 - c * math.exp(-(n - a) * target_seconds / aht_seconds)
            asa = c * aht_seconds / (n - a)
            failing = [name for name, ok in (
                ("service_level", sl >= target_sl - 1e-12),
                ("occupancy", max_occupancy is None or a / n <= max_occupancy + 1e-12),
                ("asa", max_asa_seconds is None or asa <= max_asa_seconds + 1e-12)) if not ok]
            if not failing:
                break
            last_failing, n = failing, n + 1
        else:
            raise SalesopsError(t("error.erlang_too_many", agents=max_agents))
        return Staffing(agents=n, scheduled_agents=_scheduled(n, shrinkage), service_level=sl,
                        p_wait=c, asa_seconds=asa, occupancy=a / n, traffic=a,
                        binding=_binding(last_failing) if n > first else "stability")
    n, last_failing = 1, []
    while n <= max_agents:
        m = erlang_a(n, a, aht_seconds, patience_seconds, target_seconds)
        failing = [name for name, ok in (
            ("service_level", m["service_level"] >= target_sl - 1e-12),
            ("occupancy", max_occupancy is None or m["occupancy"] <= max_occupancy + 1e-12),
            ("asa", max_asa_seconds is None or m["asa_seconds"] <= max_asa_seconds + 1e-12))
            if not ok]
        if not failing:
            break
        last_failing, n = failing, n + 1
    else:
        raise SalesopsError(t("error.erlang_too_many", agents=max_agents))
    return Staffing(agents=n, scheduled_agents=_scheduled(n, shrinkage),
                    service_level=m["service_level"], p_wait=m["p_wait"],
                    asa_seconds=m["asa_seconds"], occupancy=m["occupancy"], traffic=a,
                    binding=_binding(last_failing) if n > 1 else "minimum",
                    abandon_rate=m["abandon_rate"])


def _binding(failing_before: list[str]) -> str:
    """The target that was still failing one agent below the answer (occupancy wins ties:
    it is the rule a person can see directly)."""
    for name in ("occupancy", "asa", "service_level"):
        if name in failing_before:
            return name
    return "stability"


def interval_staffing(forecast, *, aht_seconds: float | None = None, interval_minutes: float = 30,
                      target_sl: float = 0.8, target_seconds: float = 20,
                      max_occupancy: float | None = None, max_asa_seconds: float | None = None,
                      shrinkage: float = 0.0, patience_seconds: float | None = None):
    """Staffing for every interval of a forecast (a week of half hours, say).

    Parameters
    ----------
    forecast
        DataFrame with ``calls`` per interval, an ``interval_start`` (datetime) and optionally
        ``aht_seconds`` per interval (otherwise ``aht_seconds=`` applies to all).
    Other parameters
        As :func:`erlang_staffing`.

    Returns
    -------
    DataFrame
        The forecast plus ``traffic``, ``required_agents``, ``scheduled_agents``,
        ``service_level``, ``p_wait``, ``asa_seconds``, ``occupancy``, ``abandon_rate``,
        ``binding``. ``required_agents`` is what :func:`salesops.roster.build_roster` covers.

    Notes
    -----
    Every row gets exactly what :func:`erlang_staffing` gives for it (bit for bit), but the
    inputs are checked once for the whole table and the Erlang C search runs on all
    intervals together with numpy (10,000 intervals in about 0.02 s, ``benchmarks/erlang.py``).
    With ``patience_seconds`` (Erlang A) each distinct (calls, AHT) pair is solved once.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"interval_start": pd.date_range("2026-11-23 09:00", periods=3,
    ...                                                     freq="30min"),
    ...                   "calls": [0, 100, 40]})
    >>> interval_staffing(f, aht_seconds=180)["required_agents"].tolist()
    [0, 14, 7]
    """
    import pandas as pd

    if "calls" not in forecast.columns:
        raise SalesopsError(t("error.missing_columns", columns="calls"))
    if aht_seconds is None and "aht_seconds" not in forecast.columns:
        raise SalesopsError(t("error.missing_columns", columns="aht_seconds"))
    ahts = (forecast["aht_seconds"] if "aht_seconds" in forecast.columns and aht_seconds is None
            else pd.Series(aht_seconds, index=forecast.index))
    calls = forecast["calls"].astype(float).to_numpy()
    aht = ahts.astype(float).to_numpy()
    options = {"max_occupancy": max_occupancy, "max_asa_seconds": max_asa_seconds,
               "shrinkage": shrinkage, "patience_seconds": patience_seconds}
    if len(calls):
        # validation once for the whole table: the first row checks every setting with
        # erlang_staffing's own messages, then the columns are checked in one pass
        erlang_staffing(float(calls[0]), interval_minutes, float(aht[0]), target_sl,
                        target_seconds, **options)
        bad_calls = ~np.isfinite(calls) | (calls < 0)
        bad_aht = ~np.isfinite(aht) | (aht <= 0)
        if (bad_calls | bad_aht).any():
            row = int(np.argmax(bad_calls | bad_aht))
            name, value = (("calls", calls[row]) if bad_calls[row]
                           else ("aht_seconds", aht[row]))
            number(name, float(value), above=name == "aht_seconds")
    if patience_seconds is None:
        columns = _erlang_c_columns(calls, interval_minutes, aht, target_sl, target_seconds,
                                    max_occupancy, max_asa_seconds, shrinkage)
    else:
        columns = _erlang_a_columns(calls, interval_minutes, aht, target_sl, target_seconds,
                                    options)
    out = forecast.copy()
    for column, values in columns.items():
        out[column] = values
    return out


_COLUMNS = ("traffic", "required_agents", "scheduled_agents", "service_level", "p_wait",
            "asa_seconds", "occupancy", "abandon_rate", "binding")


def _erlang_a_columns(calls, interval_minutes, aht, target_sl, target_seconds, options
                      ) -> dict:
    """Erlang A per interval (each its own birth–death chain), equal inputs solved once."""
    cache: dict[tuple[float, float], Staffing] = {}
    rows = []
    for c, h in zip(calls.tolist(), aht.tolist(), strict=True):
        if (c, h) not in cache:  # forecasts repeat the same volumes: solve each once
            cache[c, h] = erlang_staffing(c, interval_minutes, h, target_sl, target_seconds,
                                          **options)
        r = cache[c, h]
        rows.append((r.traffic, r.agents, r.scheduled_agents, r.service_level, r.p_wait,
                     r.asa_seconds, r.occupancy, r.abandon_rate, r.binding))
    values = list(zip(*rows, strict=True)) if rows else [()] * len(_COLUMNS)
    kinds = (float, np.int64, np.int64, float, float, float, float, float, object)
    return {name: np.array(v, dtype=kind) for name, v, kind in
            zip(_COLUMNS, values, kinds, strict=True)}


def _erlang_c_columns(calls: np.ndarray, interval_minutes: float, aht: np.ndarray,
                      target_sl: float, target_seconds: float, max_occupancy: float | None,
                      max_asa_seconds: float | None, shrinkage: float,
                      max_agents: int = 1_000_000) -> dict:
    """:func:`erlang_staffing` (Erlang C) for every interval at once, with numpy.

    The same search as the scalar one — Erlang B up to N = ⌊A⌋, then one recursion step per
    extra agent until every target holds — run on all unfinished intervals together, with
    the same floating-point operations in the same order, so every figure is bit-for-bit
    the scalar one (the exponential goes through :func:`math.exp`, as there).
    """
    m = len(calls)
    a = calls * aht / (interval_minutes * 60)
    first = np.floor(a) + 1  # Erlang C needs N > A
    agents = np.zeros(m, dtype=np.int64)
    sl, p_wait = np.ones(m), np.zeros(m)
    asa, occupancy = np.zeros(m), np.zeros(m)
    binding = np.full(m, "no_calls", dtype=object)
    todo = np.flatnonzero(a > 0)
    if todo.size and first[todo].max() > max_agents:
        raise SalesopsError(t("error.erlang_too_many", agents=max_agents))
    # Erlang B for ⌊A⌋ agents by the recursion, intervals sorted so the ones still climbing
    # are a tail of the order
    order = todo[np.argsort(first[todo], kind="stable")]
    tops = first[order] - 1
    b_sorted = np.ones(order.size)
    a_sorted = a[order]
    start = 0
    for n in range(1, int(tops.max()) + 1 if order.size else 1):
        start = int(np.searchsorted(tops, n, side="left"))  # tops[start:] >= n
        ab = a_sorted[start:] * b_sorted[start:]
        b_sorted[start:] = ab / (n + ab)
    b = np.ones(m)
    b[order] = b_sorted
    # the search over N, all open intervals together
    idx = todo
    n = first[todo].copy()
    fail_sl = fail_occ = fail_asa = np.zeros(idx.size, dtype=bool)
    bb = b[idx]
    while idx.size:
        if n.max() > max_agents:
            raise SalesopsError(t("error.erlang_too_many", agents=max_agents))
        aa, hh = a[idx], aht[idx]
        ab = aa * bb
        bb = ab / (n + ab)  # Erlang B for n agents: one step of the recursion
        cc = n * bb / (n - aa * (1 - bb))
        exponent = -(n - aa) * target_seconds / hh
        ss = 1 - cc * np.fromiter(map(math.exp, exponent.tolist()), float, exponent.size)
        qq = cc * hh / (n - aa)
        ok_sl = ss >= target_sl - 1e-12
        ok_occ = (aa / n <= max_occupancy + 1e-12 if max_occupancy is not None
                  else np.ones(idx.size, dtype=bool))
        ok_asa = (qq <= max_asa_seconds + 1e-12 if max_asa_seconds is not None
                  else np.ones(idx.size, dtype=bool))
        done = ok_sl & ok_occ & ok_asa
        k = idx[done]
        agents[k] = n[done]
        sl[k], p_wait[k], asa[k] = ss[done], cc[done], qq[done]
        occupancy[k] = aa[done] / n[done]
        # the target still failing one agent below (occupancy wins ties, as _binding)
        binding[k] = np.where(n[done] == first[k], "stability", np.where(
            fail_occ[done], "occupancy", np.where(fail_asa[done], "asa", np.where(
                fail_sl[done], "service_level", "stability"))))
        keep = ~done
        idx, n, bb = idx[keep], n[keep] + 1, bb[keep]
        fail_sl, fail_occ, fail_asa = ~ok_sl[keep], ~ok_occ[keep], ~ok_asa[keep]
    heads = {int(v): _scheduled(int(v), shrinkage) for v in np.unique(agents)}
    scheduled = np.array([heads[v] for v in agents.tolist()], dtype=np.int64)
    traffic = np.where(a > 0, a, 0.0)
    return dict(zip(_COLUMNS, (traffic, agents, scheduled, sl, p_wait, asa, occupancy,
                               np.zeros(m), binding), strict=True))
