"""The ``salesops`` command line: the same functions as the notebooks, for scripts and graders.

Every subcommand that computes something takes ``--json``. Exit codes: 0 done, 1 the data has
errors (e.g. ``customers check`` found some), 2 the request could not be carried out (bad file,
bad option, would overwrite); the message says why, without a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import warnings
from collections.abc import Sequence

from .errors import SalesopsError, os_error_message
from .labels import language, t
from .validation import share

__all__ = ["main"]


def _json_safe(value: object) -> object:
    """``value`` with NaN and ±Infinity as ``null`` and numpy scalars as Python numbers."""
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        try:
            value = value.item()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _print_json(payload: object) -> None:
    """Print strict JSON (RFC 8259: no NaN or Infinity; an unbounded wait is ``null``)."""
    print(json.dumps(_json_safe(payload), ensure_ascii=False, indent=2, default=str,
                     allow_nan=False))


def _cmd_demo(args: argparse.Namespace) -> int:
    from .demo import build_demo

    written = build_demo(args.out, overwrite=args.overwrite, lang=args.lang,
                         template=args.template)
    if args.json:
        _print_json({name: str(p) for name, p in written.items()})
    else:
        print(t("cli.demo_done", out=args.out))
        for p in written.values():
            print(f"  {p}")
    return 0


def _problems_payload(customers, problems) -> dict:
    from .customer_table import reading_of

    return {"rows": len(customers), "generated_ids": reading_of(customers).generated_ids,
            "problems": [{k: rec[k] for k in ("row", "column", "value", "problem", "severity",
                                              "message")}
                         for rec in problems.to_dict("records")]}


def _cmd_customers_check(args: argparse.Namespace) -> int:
    from .customers import check_customers, read_customers

    customers = read_customers(args.file, sheet=args.sheet)
    problems = check_customers(customers)
    errors = int((problems["severity"] == "error").sum())
    if args.json:
        _print_json(_problems_payload(customers, problems))
    else:
        if customers.reading.generated_ids:
            print(t("reading.ids_generated", count=customers.reading.generated_ids))
        for rec in problems.to_dict("records"):
            print(f"[{t('severity.' + rec['severity'])}] {rec['message']}")
        print(t("cli.rows", rows=len(customers), errors=errors,
                warnings=len(problems) - errors))
    return 1 if errors else 0


def _plan_file(args: argparse.Namespace, today: object):
    """Read the customer file a planning command plans, and say what is wrong with it.

    Its errors are printed (stderr) one sentence each, its warnings as one line pointing at
    ``customers check``; returns ``(customers, errors)`` — the command exits 1 when there are
    errors (the plan is still made from what could be read)."""
    from .customers import check_customers, read_customers

    customers = read_customers(args.file, today=today)
    problems = check_customers(customers)
    errors = problems[problems["severity"] == "error"]
    if len(problems) > len(errors):
        print(t("cli.plan_warnings", count=len(problems) - len(errors), file=args.file),
              file=sys.stderr)
    if customers.reading.generated_ids:
        print(t("reading.ids_generated", count=customers.reading.generated_ids),
              file=sys.stderr)
    return customers, errors


def _say_errors(errors) -> int:
    """Print a file's errors (stderr), one sentence each; 1 when there are any."""
    for message in errors["message"]:
        print(f"[{t('severity.error')}] {message}", file=sys.stderr)
    return 1 if len(errors) else 0


def _cmd_customers_clean(args: argparse.Namespace) -> int:
    from .workbooks import customer_workbook

    result = customer_workbook(args.file, args.output, sheet=args.sheet,
                               overwrite=args.overwrite, template=args.template)
    if args.json:
        payload = _problems_payload(result.customers, result.problems)
        payload["output"] = str(result.path)
        _print_json(payload)
    else:
        print(t("cli.rows", rows=result.rows, errors=result.errors, warnings=result.warnings))
        print(t("cli.wrote", file=result.path))
    return 0


def _cutoffs(text: str | None) -> tuple[float, float] | None:
    if text is None:
        return None
    try:
        a, b = (float(x) for x in text.replace("，", ",").split(","))
    except ValueError as exc:
        raise SalesopsError(t("error.abc_cutoffs", cutoffs=text)) from exc
    return a, b


def _cmd_abc(args: argparse.Namespace) -> int:
    from .workbooks import abc_table, abc_workbook

    if _table_output(args):  # beyond a sheet: the classes as CSV or Parquet
        result = abc_table(args.file, args.output, cutoffs=_cutoffs(args.cutoffs),
                           basis=args.basis, overwrite=args.overwrite)
    else:
        from .excel import HEADER_ROW, MAX_ROWS

        customers, errors = _plan_file(args, None)
        if len(customers) > MAX_ROWS - HEADER_ROW:  # said before any sheet is built
            raise SalesopsError(t("error.abc_too_big_for_excel", rows=f"{len(customers):,}",
                                  limit=f"{MAX_ROWS - HEADER_ROW:,}"))
        result = abc_workbook(customers, args.output, cutoffs=_cutoffs(args.cutoffs),
                              basis=args.basis, overwrite=args.overwrite)
    if args.json:
        cols = ["customer_id", "name", "annual_sales", "abc_rank", "abc_share", "abc_cum_share",
                "abc_class"]
        records = result.classified[cols].rename(columns={"annual_sales": "value"})
        records = records.astype(object).where(records.notna(), None)
        _print_json(records.to_dict("records"))
    else:
        for row in result.summary.itertuples():
            print(f"{row.abc_class}: {row.customers} ({row.customer_share:.0%}) "
                  f"{row.value:,.0f} ({row.value_share:.0%})")
        print(t("cli.wrote", file=result.path))
    return 0 if _table_output(args) else _say_errors(errors)


def _cmd_followup(args: argparse.Namespace) -> int:
    from .workbooks import followup_workbook, plan_end

    customers, errors = _plan_file(args, plan_end(args.start, 7 * args.weeks))
    result = followup_workbook(customers, args.output, start=args.start, weeks=args.weeks,
                               overwrite=args.overwrite, calendar=_calendar(args))
    if args.json:
        records = result.schedule.assign(date=result.schedule["date"].dt.date.astype(str))
        records = records.astype(object).where(records.notna(), None)
        _print_json(records.to_dict("records"))
    else:
        counts = result.schedule.groupby("channel").size()
        print(", ".join(f"{t('channel.' + k)} {v}" for k, v in counts.items()))
        print(t("cli.wrote", file=result.path))
    return _say_errors(errors)


def _cmd_calls_erlang(args: argparse.Namespace) -> int:
    from .erlang import erlang_evaluate, erlang_staffing

    if args.agents is not None:
        r = erlang_evaluate(args.calls, args.interval_minutes, args.aht_seconds, args.agents,
                            args.target_seconds, patience_seconds=args.patience_seconds,
                            shrinkage=args.shrinkage)
    else:
        r = erlang_staffing(args.calls, args.interval_minutes, args.aht_seconds, args.target_sl,
                            args.target_seconds, max_occupancy=args.max_occupancy,
                            max_asa_seconds=args.max_asa_seconds, shrinkage=args.shrinkage,
                            patience_seconds=args.patience_seconds)
    if args.json:
        payload = {"agents": r.agents, "scheduled_agents": r.scheduled_agents,
                   "service_level": r.service_level, "p_wait": r.p_wait,
                   "asa_seconds": r.asa_seconds, "occupancy": r.occupancy,
                   "binding": r.binding, "traffic": r.traffic}
        if args.patience_seconds is not None:
            payload["abandon_rate"] = r.abandon_rate
        _print_json(payload)
    else:
        print(r.summary())
    return 0


def _calendar(args: argparse.Namespace):
    """The working calendar with the user's make-up workdays and extra days off."""
    from .calendar import WorkCalendar

    def dates(text: str | None) -> frozenset:
        return frozenset(d.strip() for d in (text or "").replace("，", ",").split(",")
                         if d.strip())

    return WorkCalendar(holidays=dates(args.holidays), workdays=dates(args.workdays))


def _cmd_calls_plan(args: argparse.Namespace) -> int:
    from .calendar import as_date
    from .workbooks import calls_workbook

    customers, errors = _plan_file(args, as_date(args.date))
    result = calls_workbook(customers, args.output, date=args.date,
                            calls_per_day=args.calls_per_day, overwrite=args.overwrite,
                            calendar=_calendar(args))
    if args.json:
        calls = result.plan.calls.astype(object).where(result.plan.calls.notna(), None)
        _print_json({"date": str(result.plan.date), "target": result.plan.target,
                     "day_off": result.plan.day_off,
                     "shortfall": result.plan.shortfall, "calls": calls.to_dict("records"),
                     "output": str(result.path)})
    else:
        print(result.plan.summary())
        print(t("cli.wrote", file=result.path))
    return _say_errors(errors)


def _cmd_calls_campaign(args: argparse.Namespace) -> int:
    from .calls import direct_staffing, goal_staffing

    common = {"attempts_per_record": args.attempts_per_record,
              "dial_minutes": args.dial_minutes, "contact_minutes": args.contact_minutes,
              "days": args.days, "hours_per_agent_day": args.hours_per_agent_day}
    if args.target_successes is not None:
        if args.contact_rate is None:
            share("--contact-rate", None)
        r = goal_staffing(args.target_successes, args.success_rate, args.contact_rate,
                          **common)
    elif args.records is not None:
        r = direct_staffing(args.records, contact_rate=args.contact_rate or 1.0, **common)
    else:
        raise SalesopsError(t("error.campaign_input"))
    if args.json:
        _print_json(r.as_dict())
    else:
        print(r.formula)
    return 0


def _roster_rules(args: argparse.Namespace):
    from .shifts import RosterRules

    return RosterRules(max_hours_per_week=args.max_hours, min_rest_hours=args.min_rest_hours)


def _time_bar(args: argparse.Namespace, description: str):
    """A bar over ``--seconds`` on the terminal's standard error; none with ``--json``."""
    from .progress import TimeLimitBar

    return TimeLimitBar(args.seconds, description, disable=True if args.json else None)


def _cmd_roster_build(args: argparse.Namespace) -> int:
    from .roster import build_roster
    from .workbooks import roster_workbook

    with _time_bar(args, t("progress.roster")) as bar:
        roster = build_roster(args.agents, args.open, rules=_roster_rules(args),
                              start=args.start, days=args.days, time_limit_seconds=args.seconds,
                              progress=bar)
    if args.output:
        roster_workbook(roster, args.output, overwrite=args.overwrite)
    if args.json:
        _print_json({
            "status": roster.status,
            "shifts": [{"agent": r.agent, "day": int(r.day), "start": r.start, "end": r.end,
                        "hours": float(r.hours)} for r in roster.assignments.itertuples()],
            "hours": {r.agent: float(r.hours) for r in roster.hours.itertuples()},
            "uncovered": [{"day": int(r.day), "start": r.start, "end": r.end}
                          for r in roster.uncovered.itertuples()],
            "explanation": t("sep.clause").join(roster.explanation)})
    else:
        print(roster.grid().to_string())
        print(roster.summary())
        if args.output:
            print(t("cli.wrote", file=args.output))
    if len(roster.uncovered):
        if not args.json:
            print("\n".join(roster.explanation), file=sys.stderr)
        return 2
    return 0


def _cmd_roster_check(args: argparse.Namespace) -> int:
    from .roster_check import check_roster
    from .shifts import check_rules
    from .trackers import read_roster_grid

    table, cells, start = read_roster_grid(args.file)
    rules = check_rules(args.max_hours, team=args.team_rules, min_rest_hours=args.min_rest_hours)
    problems = check_roster(table, args.open, rules, start=start, cells=cells)
    if args.json:
        _print_json({"violations": problems.astype(object).where(problems.notna(), None)
                     .to_dict("records")})
    else:
        for msg in problems["message"]:
            print(msg)
        print(t("roster.check_summary", count=len(problems)))
    return 1 if len(problems) else 0


def _cmd_roster_benchmark(args: argparse.Namespace) -> int:
    from .curtois import read_curtois, solve_curtois

    instance = read_curtois(args.file)
    with _time_bar(args, t("progress.benchmark", instance=instance.name)) as bar:
        r = solve_curtois(instance, time_limit_seconds=args.seconds, progress=bar)
    payload = {"instance": r.instance, "status": r.status, "objective": r.objective,
               "bound": r.bound, "seconds": round(r.seconds, 3)}
    if args.json:
        _print_json(payload)
    else:
        print(payload)
    return 0


def _cmd_routes_plan(args: argparse.Namespace) -> int:
    from .customers import read_customers
    from .visits import plan_visits
    from .workbooks import plan_end, visit_workbook

    customers = read_customers(args.file, today=plan_end(args.start, args.days))
    reps = args.reps_names.split(",") if args.reps_names else None
    plan = plan_visits(customers, start_date=args.start, days=args.days, reps=reps,
                       time_limit_seconds=args.seconds)
    visit_workbook(plan, args.output, overwrite=args.overwrite, protect=[args.file])
    if args.json:
        it = plan.itinerary.assign(date=plan.itinerary["date"].dt.date.astype(str)) \
            if len(plan.itinerary) else plan.itinerary
        _print_json({"visits": it.astype(object).where(it.notna(), None).to_dict("records"),
                     "unplanned": plan.unplanned.astype(object).where(
                         plan.unplanned.notna(), None).to_dict("records"),
                     "output": str(args.output)})
    else:
        print(plan.summary())
        print(t("cli.wrote", file=args.output))
    return 0


def _cmd_routes_solomon(args: argparse.Namespace) -> int:
    from .routing import read_solomon, solve_vrptw

    result = solve_vrptw(read_solomon(args.file), time_limit_seconds=args.seconds,
                         engine=args.engine)
    payload = result.as_dict()
    if args.json:
        _print_json(payload)
    else:
        print(f"{result.instance}: {result.distance:.2f} ({result.vehicles} vehicles, "
              f"{result.seconds:.1f} s, {result.engine})")
    return 0


def _rubric(args: argparse.Namespace):
    from .homework import default_rubric, read_rubric

    return read_rubric(args.rubric) if getattr(args, "rubric", None) else default_rubric()


def _cmd_homework_list(args: argparse.Namespace) -> int:
    from .homework import EXERCISES

    rows = [{"exercise": ex.id, "title": ex.title(), "source": ex.source(),
             "max_score": ex.max_score()} for ex in EXERCISES.values()]
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"{row['exercise']:<11} {row['title']}  ({row['source']})")
    return 0


def _cmd_homework_new(args: argparse.Namespace) -> int:
    from .homework import class_assignments, new_assignment

    if args.students:
        paths = class_assignments(args.exercise, args.students, args.output, start=args.start,
                                  overwrite=args.overwrite)
    else:
        paths = [new_assignment(args.exercise, args.output, student_id=args.student_id,
                                name=args.name, class_name=args.class_name, start=args.start,
                                overwrite=args.overwrite)]
    if args.json:
        _print_json([str(p) for p in paths])
    else:
        for path in paths:
            print(t("cli.wrote", file=path))
    return 0


def _cmd_homework_check(args: argparse.Namespace) -> int:
    from .homework import grade_submission

    grade = grade_submission(args.file, _rubric(args), exercise=args.exercise)
    if args.json:
        payload = grade.as_dict()
        _print_json({k: payload[k] for k in ("exercise", "student_id", "name", "score",
                                             "max_score", "criteria", "warnings")})
    else:
        print(grade.summary())
    return 0 if all(c.passed or c.teacher for c in grade.criteria) else 1


def _cmd_homework_grade(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .homework import grade_class, write_feedback, write_gradebook
    from .homework.assignment import safe_file_name
    from .homework.grading import write_grades_csv

    out = Path(args.output)
    feedback = Path(args.feedback) if args.feedback else out.with_name(
        f"{out.stem}-{t('hw.feedback_folder')}")
    grades_csv = out.with_name(f"{t('hw.csv_name')}.csv")
    source = Path(args.source).resolve()
    for target in (out, feedback, grades_csv):  # never among the submissions
        if source.is_dir() and (target.resolve() == source
                                or source in target.resolve().parents):
            raise SalesopsError(t("hw.error.output_inside", file=str(target),
                                  folder=args.source))
    from .progress import CountBar

    with CountBar(t("progress.grading"), disable=True if args.json else None) as bar:
        result = grade_class(args.source, _rubric(args), exercise=args.exercise,
                             exclude=(out, feedback, grades_csv), progress=bar,
                             students=args.students)
    write_gradebook(result, out, overwrite=args.overwrite)
    grades_csv = write_grades_csv(result, grades_csv, overwrite=args.overwrite)
    used: set[str] = set()
    for grade in result.grades:  # two files of one student get two feedback workbooks
        stem = safe_file_name(f"{grade.student_id}-{grade.name}-{grade.exercise}")
        name, k = stem, 1
        while name in used:
            k += 1
            name = f"{stem}-{k}"
        used.add(name)
        write_feedback(grade, feedback / f"{name}.xlsx", overwrite=args.overwrite)
    if args.json:
        _print_json(result.as_dict())
    else:
        print(result.summary())
        print(t("cli.wrote", file=out))
        print(t("cli.wrote", file=grades_csv))
        print(t("cli.wrote", file=feedback))
    return 0


def _cmd_homework_rubric(args: argparse.Namespace) -> int:
    from .homework import write_rubric

    path = write_rubric(args.output, overwrite=args.overwrite)
    print(t("cli.wrote", file=path))
    return 0


def _finish(args: argparse.Namespace, result, problems, payload=None) -> int:
    """Print the reading problems (stderr), then the JSON payload or the result's summary and
    the file written; exit code 1 when the data has errors."""
    for rec in problems.to_dict("records"):
        print(f"[{t('severity.' + rec['severity'])}] {rec['message']}",
              file=sys.stderr)
    if args.json:
        _print_json(result.as_dict() if payload is None else payload)
    else:
        print(result.summary())
        if args.output:
            print(t("cli.wrote", file=args.output))
    return 1 if (problems["severity"] == "error").any() else 0


def _cmd_service(args: argparse.Namespace) -> int:
    from .service import read_consultations, service_summary

    if args.output:
        from .workbooks import service_workbook

        result = service_workbook(args.file, args.output,
                                  standard_seconds=args.standard_seconds,
                                  overwrite=args.overwrite)
        summary = result.summary
    else:
        summary = service_summary(read_consultations(args.file), args.standard_seconds)
    return _finish(args, summary, summary.problems)


def _records(frame, columns) -> list[dict]:
    """JSON-ready rows: dates as YYYY-MM-DD, blanks as null."""
    out = frame[list(columns)].copy()
    for col in out.columns:
        if str(out[col].dtype).startswith("datetime64"):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    out = out.astype(object).where(out.notna(), None)
    return out.to_dict("records")


def _cmd_complaints(args: argparse.Namespace) -> int:
    from .calendar import as_date
    from .workbooks import complaints_workbook

    result = complaints_workbook(args.file, args.output,
                                 today=as_date(args.today) if args.today else None,
                                 overwrite=args.overwrite)
    status = result.status
    return _finish(args, status, status.problems, {
            "complaints": _records(status.complaints, (
                "complaint_id", "name", "status", "steps_done", "overdue_steps",
                "received_date", "solved_date", "call_due", "letter_due")),
            "overdue": _records(status.overdue, ("complaint_id", "name", "step", "due",
                                                 "days_overdue")),
            "contacts": _records(status.contacts, status.contacts.columns),
            "output": str(result.path)})


def _rates(text: str) -> tuple[float, ...]:
    try:
        return tuple(float(x) for x in text.replace("，", ",").split(",") if x.strip())
    except ValueError as exc:
        raise SalesopsError(t("error.value", name="--churn", value=text,
                              rule=t("value.rule.between", low=0, high=1, ends=""))) from exc


def _cmd_kpi(args: argparse.Namespace) -> int:
    import pandas as pd

    from .kpi import kpi_report
    from .logs import log_problems

    actuals, consultations = {}, None
    if args.consultations:
        from .service import read_consultations

        consultations = read_consultations(args.consultations)
        median = consultations.data["first_response_seconds"].median()
        if median == median:  # not NaN
            actuals["online_reply"] = float(median)
    options = {"churn_rates": _rates(args.churn), "annual_revenue": args.revenue,
               "margin": args.margin, "profit": args.profit,
               "retention_increase": args.retention_increase, "before": args.before,
               "after": args.after, "periods": args.periods, "actuals": actuals,
               "followups": args.followups, "call_report": args.call_report}
    if bool(args.before) != bool(args.after):
        raise SalesopsError(t("error.kpi_no_customer_column",
                              which="--before" if not args.before else "--after"))
    unread = log_problems(consultations)  # what could not be read in the consultation log
    if args.output:
        from .workbooks import kpi_workbook

        report = kpi_workbook(args.output, overwrite=args.overwrite, problems=unread,
                              **options).report
    else:
        report = kpi_report(**options)
    # what could not be read in the period table and in the consultation log, both said
    problems = pd.concat([report.periods.problems if report.periods is not None
                          else log_problems(), unread], ignore_index=True)
    return _finish(args, report, problems)


def _cmd_week(args: argparse.Namespace) -> int:
    import pandas as pd

    from .plan import week_plan
    from .workbooks import plan_end, weekly_workbook

    customers, errors = _plan_file(args, plan_end(args.start, 7 * args.weeks))
    appointments, done, problems = _history_read(args)
    problems = pd.concat([errors[problems.columns], problems], ignore_index=True) if len(
        errors) else problems
    one = week_plan(customers, args.start, weeks=args.weeks, calls_per_day=args.calls_per_day,
                    route_seconds=args.seconds, appointments=appointments, done=done)
    if args.output:
        weekly_workbook(customers, args.output, start=args.start, weeks=args.weeks,
                        plan=one, calls_per_day=args.calls_per_day, overwrite=args.overwrite)
    return _finish(args, one, problems)


def _history_read(args: argparse.Namespace):
    """Appointments from filled-in call lists (``--calls``) and contacts made from filled-in
    跟单记录表 (``--done``), with what could not be read."""
    import pandas as pd

    from .calls import APPOINTMENT_COLUMNS, appointments_from_calls
    from .excel import read_tracker
    from .followup import contacts_made
    from .logs import log_problems

    appointments, done, problems = [], [], [log_problems()]
    for path in args.calls:
        reading = appointments_from_calls(read_tracker(path, "calllist"))
        appointments.append(reading.appointments)
        problems.append(reading.problems)
    for path in args.done:
        log = read_tracker(path, "followup")
        done.append(contacts_made(log))
        problems.append(log.problems)
    return (pd.concat(appointments, ignore_index=True) if appointments
            else pd.DataFrame(columns=APPOINTMENT_COLUMNS),
            pd.concat(done, ignore_index=True) if done else None,
            pd.concat([p for p in problems if len(p)] or problems[:1], ignore_index=True))


def _help(key: str, **fields: object) -> str:
    """A help text from the catalogue, ``%`` escaped for argparse (“+5% 保留”)."""
    return t(key, **fields).replace("%", "%%")


def _calendar_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workdays", default=None,
                        help=_help("cli.help_workdays"))
    parser.add_argument("--holidays", default=None,
                        help=_help("cli.help_holidays"))


def build_parser() -> argparse.ArgumentParser:
    """The ``salesops`` command line: one sub-command group per job, help from the catalogue."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=["zh", "en"], default=None,
                        help=_help("cli.help_lang"))
    common.add_argument("--json", action="store_true", help=_help("cli.help_json"))
    parser = argparse.ArgumentParser(prog="salesops", description=t("cli.description"))
    sub = parser.add_subparsers(dest="command", required=True)
    for add in (_add_demo_parser, _add_customer_parsers, _add_followup_parsers,
                _add_calls_parsers, _add_roster_parsers, _add_routes_parsers, _add_week_parser,
                _add_homework_parsers, _add_service_parsers, _add_prospects_parser):
        add(sub, common)
    _fill_help(parser)
    return parser


def _fill_help(parser: argparse.ArgumentParser) -> None:
    """Every option without its own help gets ``cli.opt.<dest>`` from the catalogue."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _fill_help(child)
        elif action.dest == "help":
            action.help = _help("cli.opt.help")
        elif action.help is None:
            action.help = _help(f"cli.opt.{action.dest}", default=action.default)

def _add_demo_parser(sub, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", parents=[common],
                          help=_help("cli.help_demo"))
    demo.add_argument("--out", default="out", help=_help("cli.help_out"))
    demo.add_argument("--overwrite", action="store_true",
                      help=_help("cli.help_demo_overwrite"))
    demo.add_argument("--template", default=None, help=_help("cli.help_template"))
    demo.set_defaults(func=_cmd_demo)


def _add_customer_parsers(sub, common: argparse.ArgumentParser) -> None:
    customers = sub.add_parser("customers", help=_help("cli.help_customers"))
    csub = customers.add_subparsers(dest="action", required=True)
    check = csub.add_parser("check", parents=[common], help=_help("cli.help_customers_check"))
    check.add_argument("file")
    check.add_argument("--sheet", default=None)
    check.set_defaults(func=_cmd_customers_check)
    clean = csub.add_parser("clean", parents=[common],
                            help=_help("cli.help_customers_clean"))
    clean.add_argument("file")
    clean.add_argument("-o", "--output", required=True)
    clean.add_argument("--sheet", default=None)
    clean.add_argument("--overwrite", action="store_true")
    clean.add_argument("--template", default=None)
    clean.set_defaults(func=_cmd_customers_clean)

    abc = sub.add_parser("abc", parents=[common], help=_help("cli.help_abc"))
    abc.add_argument("file")
    abc.add_argument("-o", "--output", required=True)
    abc.add_argument("--cutoffs", default=None,
                     help=_help("cli.help_cutoffs"))
    abc.add_argument("--basis", choices=["value", "count", "amount"], default="value")
    abc.add_argument("--overwrite", action="store_true")
    abc.set_defaults(func=_cmd_abc)


def _add_followup_parsers(sub, common: argparse.ArgumentParser) -> None:
    followup = sub.add_parser("followup", parents=[common],
                              help=_help("cli.help_followup"))
    followup.add_argument("file")
    followup.add_argument("--from", dest="start", required=True, help=_help("plan.cli.from"))
    followup.add_argument("--weeks", type=int, default=4)
    followup.add_argument("-o", "--output", required=True)
    followup.add_argument("--overwrite", action="store_true")
    _calendar_options(followup)
    followup.set_defaults(func=_cmd_followup)


def _add_calls_parsers(sub, common: argparse.ArgumentParser) -> None:
    from .policy import CALLS_PER_DAY

    calls = sub.add_parser("calls", help=_help("cli.help_calls"))
    callsub = calls.add_subparsers(dest="action", required=True)
    erl = callsub.add_parser("erlang", parents=[common],
                             help=_help("cli.help_erlang"))
    erl.add_argument("--calls", type=float, required=True)
    erl.add_argument("--interval-minutes", type=float, default=30)
    erl.add_argument("--aht-seconds", type=float, required=True)
    erl.add_argument("--target-sl", type=float, default=0.8)
    erl.add_argument("--target-seconds", type=float, default=20)
    erl.add_argument("--max-occupancy", type=float, default=None)
    erl.add_argument("--max-asa-seconds", type=float, default=None)
    erl.add_argument("--shrinkage", type=float, default=0.0)
    erl.add_argument("--patience-seconds", type=float, default=None)
    erl.add_argument("--agents", type=int, default=None,
                     help=_help("cli.help_agents_given"))
    erl.set_defaults(func=_cmd_calls_erlang)
    plan = callsub.add_parser("plan", parents=[common],
                              help=_help("cli.help_calls_plan"))
    plan.add_argument("file")
    plan.add_argument("--date", required=True)
    plan.add_argument("--calls-per-day", type=int, default=CALLS_PER_DAY)
    plan.add_argument("-o", "--output", required=True)
    plan.add_argument("--overwrite", action="store_true")
    _calendar_options(plan)
    plan.set_defaults(func=_cmd_calls_plan)
    camp = callsub.add_parser("campaign", parents=[common],
                              help=_help("cli.help_campaign"))
    camp.add_argument("--records", type=int, default=None)
    camp.add_argument("--target-successes", type=int, default=None)
    camp.add_argument("--success-rate", type=float, default=0.05)
    camp.add_argument("--contact-rate", type=float, default=None)
    # one set of campaign defaults for Python, this command and the panel (salesops.policy)
    from .policy import AGENT_HOURS_PER_DAY, CAMPAIGN_ATTEMPTS, CAMPAIGN_DAYS, CAMPAIGN_DIAL_MINUTES

    camp.add_argument("--attempts-per-record", type=float, default=CAMPAIGN_ATTEMPTS)
    camp.add_argument("--dial-minutes", type=float, default=CAMPAIGN_DIAL_MINUTES)
    camp.add_argument("--contact-minutes", type=float, default=0.0)
    camp.add_argument("--days", type=int, default=CAMPAIGN_DAYS)
    camp.add_argument("--hours-per-agent-day", type=float, default=AGENT_HOURS_PER_DAY)
    camp.set_defaults(func=_cmd_calls_campaign)


def _add_roster_parsers(sub, common: argparse.ArgumentParser) -> None:
    from .shifts import RosterRules

    defaults = RosterRules()
    roster = sub.add_parser("roster", help=_help("cli.help_roster"))
    rsub = roster.add_subparsers(dest="action", required=True)
    rules = argparse.ArgumentParser(add_help=False)
    rules.add_argument("--open", default="09:00-23:00", help=_help("cli.help_open"))
    rules.add_argument("--max-hours", type=float, default=defaults.max_hours_per_week)
    rules.add_argument("--min-rest-hours", type=float, default=defaults.min_rest_hours)
    build = rsub.add_parser("build", parents=[common, rules],
                            help=_help("cli.help_roster_build"))
    build.add_argument("--agents", required=True, help=_help("cli.help_agent_names"))
    build.add_argument("--days", type=int, default=7)
    build.add_argument("--start", default=None, help=_help("cli.help_roster_start"))
    build.add_argument("--seconds", type=float, default=20)
    build.add_argument("-o", "--output", default=None)
    build.add_argument("--overwrite", action="store_true")
    build.set_defaults(func=_cmd_roster_build)
    # a check has the course's rules by default: its own options (a parent's are shared)
    check = rsub.add_parser("check", parents=[common], help=_help("cli.help_roster_check"))
    check.add_argument("file", help=_help("cli.opt.file_roster"))
    check.add_argument("--open", default="09:00-23:00", help=_help("cli.help_open"))
    check.add_argument("--max-hours", type=float, default=defaults.max_hours_per_week)
    check.add_argument("--min-rest-hours", type=float, default=None)
    check.add_argument("--team-rules", action="store_true", help=_help("cli.help_team_rules"))
    check.set_defaults(func=_cmd_roster_check)
    bench = rsub.add_parser("benchmark", parents=[common],
                            help=_help("cli.help_roster_benchmark"))
    bench.add_argument("file", help=_help("cli.opt.file_curtois"))
    bench.add_argument("--seconds", type=float, default=60)
    bench.set_defaults(func=_cmd_roster_benchmark)


def _add_routes_parsers(sub, common: argparse.ArgumentParser) -> None:
    routes = sub.add_parser("routes", help=_help("cli.help_routes"))
    rtsub = routes.add_subparsers(dest="action", required=True)
    rplan = rtsub.add_parser("plan", parents=[common], help=_help("cli.help_routes_plan"))
    rplan.add_argument("file")
    rplan.add_argument("--from", dest="start", required=True)
    rplan.add_argument("--days", type=int, default=7)
    rplan.add_argument("--reps", type=int, default=None,
                       help=_help("cli.help_reps"))
    rplan.add_argument("--reps-names", default=None, help=_help("cli.help_rep_names"))
    rplan.add_argument("--seconds", type=float, default=30)
    rplan.add_argument("-o", "--output", required=True)
    rplan.add_argument("--overwrite", action="store_true")
    rplan.set_defaults(func=_cmd_routes_plan)
    sol = rtsub.add_parser("solomon", parents=[common], help=_help("cli.help_solomon"))
    sol.add_argument("file", help=_help("cli.opt.file_solomon"))
    sol.add_argument("--seconds", type=float, default=30)
    sol.add_argument("--engine", choices=["pyvrp", "ortools"], default="pyvrp")
    sol.set_defaults(func=_cmd_routes_solomon)


def _add_week_parser(sub, common: argparse.ArgumentParser) -> None:
    from .policy import CALLS_PER_DAY

    week = sub.add_parser("week", parents=[common], help=_help("plan.cli.week"))
    week.add_argument("file")
    week.add_argument("--from", dest="start", required=True, help=_help("plan.cli.from"))
    week.add_argument("--weeks", type=int, default=1, help=_help("plan.cli.weeks"))
    week.add_argument("--calls-per-day", type=int, default=CALLS_PER_DAY,
                      help=_help("plan.cli.calls"))
    week.add_argument("--seconds", type=float, default=15, help=_help("plan.cli.seconds"))
    week.add_argument("--calls", action="append", default=[], metavar="CALLS.xlsx",
                      help=_help("plan.cli.calls_done"))
    week.add_argument("--done", action="append", default=[], metavar="FOLLOWUP.xlsx",
                      help=_help("plan.cli.done"))
    week.add_argument("-o", "--output", default=None, help=_help("plan.cli.output"))
    week.add_argument("--overwrite", action="store_true", help=_help("hw.cli.overwrite"))
    week.set_defaults(func=_cmd_week)


def _add_homework_parsers(sub, common: argparse.ArgumentParser) -> None:
    hw = sub.add_parser("homework", help=_help("hw.cli.homework"))
    hsub = hw.add_subparsers(dest="action", required=True)
    hlist = hsub.add_parser("list", parents=[common], help=_help("hw.cli.list"))
    hlist.set_defaults(func=_cmd_homework_list)
    hnew = hsub.add_parser("new", parents=[common], help=_help("hw.cli.new"))
    hnew.add_argument("exercise", help=_help("hw.cli.exercise"))
    hnew.add_argument("-o", "--output", required=True, help=_help("hw.cli.new_output"))
    hnew.add_argument("--student-id", default="", help=_help("hw.cover.student_id"))
    hnew.add_argument("--name", default="", help=_help("hw.cover.name"))
    hnew.add_argument("--class", dest="class_name", default="", help=_help("hw.cover.class_name"))
    hnew.add_argument("--students", default=None, help=_help("hw.cli.students"))
    hnew.add_argument("--start", default=None, help=_help("hw.cli.start"))
    hnew.add_argument("--overwrite", action="store_true", help=_help("hw.cli.overwrite"))
    hnew.set_defaults(func=_cmd_homework_new)
    hcheck = hsub.add_parser("check", parents=[common], help=_help("hw.cli.check"))
    hcheck.add_argument("file")
    hcheck.add_argument("--rubric", default=None, help=_help("hw.cli.rubric"))
    hcheck.add_argument("--exercise", default=None, help=_help("hw.cli.exercise"))
    hcheck.set_defaults(func=_cmd_homework_check)
    hgrade = hsub.add_parser("grade", parents=[common], help=_help("hw.cli.grade"))
    hgrade.add_argument("source", help=_help("hw.cli.source"))
    hgrade.add_argument("-o", "--output", required=True, help=_help("hw.cli.gradebook"))
    hgrade.add_argument("--rubric", default=None, help=_help("hw.cli.rubric"))
    hgrade.add_argument("--exercise", default=None, help=_help("hw.cli.exercise"))
    hgrade.add_argument("--feedback", default=None, help=_help("hw.cli.feedback"))
    hgrade.add_argument("--students", default=None, help=_help("hw.cli.students"))
    hgrade.add_argument("--overwrite", action="store_true", help=_help("hw.cli.overwrite"))
    hgrade.set_defaults(func=_cmd_homework_grade)
    hrub = hsub.add_parser("rubric", parents=[common], help=_help("hw.cli.rubric_out"))
    hrub.add_argument("-o", "--output", required=True)
    hrub.add_argument("--overwrite", action="store_true", help=_help("hw.cli.overwrite"))
    hrub.set_defaults(func=_cmd_homework_rubric)


def _table_output(args: argparse.Namespace) -> bool:
    """``salesops abc -o NAME.csv`` / ``.parquet``: a table, not a workbook."""
    from pathlib import Path

    return args.command == "abc" and Path(args.output).suffix.lower() in (".csv", ".parquet")


def _guard_output(args: argparse.Namespace) -> None:
    """Refuse a bad ``-o`` before any work is done (the same guard the writer applies)."""
    output = getattr(args, "output", None)
    if not output or getattr(args, "students", None):  # homework new --students: a folder
        return
    if _table_output(args):
        return  # abc_table guards its own .csv / .parquet target
    from .excel import guard_output

    inputs = [getattr(args, k) for k in ("file", "source", "before", "after", "periods",
                                         "consultations", "followups", "call_report")
              if getattr(args, k, None)]
    guard_output(output, inputs, overwrite=getattr(args, "overwrite", False))


def _add_service_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Online service, complaints and KPIs (seeds 001, 003, 004)."""
    service = sub.add_parser("service", parents=[common], help=_help("cli.help_service"))
    service.add_argument("file")
    service.add_argument("-o", "--output", default=None, help=_help("cli.help_output"))
    service.add_argument("--standard-seconds", type=float, default=10,
                         help=_help("cli.help_standard_seconds"))
    service.add_argument("--overwrite", action="store_true", help=_help("cli.help_overwrite"))
    service.set_defaults(func=_cmd_service)

    complaints = sub.add_parser("complaints", parents=[common], help=_help("cli.help_complaints"))
    complaints.add_argument("file")
    complaints.add_argument("-o", "--output", required=True, help=_help("cli.help_output"))
    complaints.add_argument("--today", default=None, help=_help("cli.help_today"))
    complaints.add_argument("--overwrite", action="store_true", help=_help("cli.help_overwrite"))
    complaints.set_defaults(func=_cmd_complaints)

    kpi = sub.add_parser("kpi", parents=[common], help=_help("cli.help_kpi"))
    kpi.add_argument("--churn", default="0.2,0.1", help=_help("cli.help_churn"))
    kpi.add_argument("--revenue", type=float, default=10_000, help=_help("cli.help_revenue"))
    kpi.add_argument("--margin", type=float, default=0.3, help=_help("cli.help_margin"))
    kpi.add_argument("--profit", type=float, default=1_000_000, help=_help("cli.help_profit"))
    kpi.add_argument("--retention-increase", type=float, default=0.05,
                     help=_help("cli.help_retention_increase"))
    kpi.add_argument("--before", default=None, help=_help("cli.help_before"))
    kpi.add_argument("--after", default=None, help=_help("cli.help_after"))
    kpi.add_argument("--periods", default=None, help=_help("cli.help_periods"))
    kpi.add_argument("--consultations", default=None, help=_help("cli.help_service"))
    kpi.add_argument("--followups", default=None, help=_help("cli.help_kpi_followups"))
    kpi.add_argument("--call-report", default=None, help=_help("cli.help_kpi_call_report"))
    kpi.add_argument("-o", "--output", default=None, help=_help("cli.help_output"))
    kpi.add_argument("--overwrite", action="store_true", help=_help("cli.help_overwrite"))
    kpi.set_defaults(func=_cmd_kpi)


def _cmd_prospects(args: argparse.Namespace) -> int:
    """成熟 / 希望 / 潜在 for every prospect; exit 1 when a desire or ability cell cannot be
    judged (its class stays empty), 2 when the file has no desire or ability column."""
    from .customers import PROSPECT_CLASSES, check_prospects, classify_prospects, read_customers

    if args.output:
        from .workbooks import prospects_workbook

        result = prospects_workbook(args.file, args.output, sheet=args.sheet,
                                    threshold=args.threshold, overwrite=args.overwrite)
        classified = result.classified
        problems = result.problems[result.problems["problem"] == "bad_prospect_input"]
    else:
        customers = read_customers(args.file, sheet=args.sheet)
        classified = classify_prospects(customers, threshold=args.threshold, errors="coerce")
        problems = check_prospects(customers, threshold=args.threshold)
    classes = classified["prospect_class"]
    counts = {c: int((classes == c).sum()) for c in PROSPECT_CLASSES}
    if args.json:
        keys = ["customer_id", "name", "contact_person", "purchase_desire", "purchasing_power",
                "prospect_class"]
        shown = classified[[k for k in keys if k in classified.columns]]
        records = shown.astype(object).where(shown.notna(), None)
        _print_json({"rows": len(classified), "classes": counts,
                     "prospects": [{"row": int(row), **rec} for row, rec in
                                   zip(records.index, records.to_dict("records"), strict=True)],
                     "problems": problems.to_dict("records"),
                     "output": args.output})
    else:
        for row, name, code in zip(classified.index, classified["name"], classes, strict=True):
            label = t(f"prospect.{code}") if isinstance(code, str) else t("prospect.unknown")
            print(t("cli.prospect_line", row=row, name=name, label=label))
        for rec in problems.to_dict("records"):
            print(f"[{t('severity.error')}] {rec['message']}")
        print(t("cli.prospect_counts", **{c: n for c, n in counts.items()},
                unknown=int(classes.isna().sum())))
        if args.output:
            print(t("cli.wrote", file=args.output))
    return 1 if len(problems) else 0


def _add_prospects_parser(sub, common: argparse.ArgumentParser) -> None:
    """``salesops prospects FILE [-o OUT.xlsx] [--json]`` (seed 000 任务三: 陌生拜访)."""
    prospects = sub.add_parser("prospects", parents=[common], help=_help("cli.help_prospects"))
    prospects.add_argument("file")
    prospects.add_argument("--sheet", default=None, help=_help("cli.help_sheet"))
    prospects.add_argument("--threshold", type=float, default=3,
                           help=_help("cli.help_prospect_threshold"))
    prospects.add_argument("-o", "--output", default=None, help=_help("cli.help_output"))
    prospects.add_argument("--overwrite", action="store_true", help=_help("cli.help_overwrite"))
    prospects.set_defaults(func=_cmd_prospects)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"{t('cli.warning')}{message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``salesops`` command."""
    pre = argparse.ArgumentParser(add_help=False)  # --lang first: the help is in it too
    pre.add_argument("--lang", default=None)
    lang = pre.parse_known_args(argv)[0].lang
    with language(lang if lang in ("zh", "en") else None):  # a bad one: the parser says so
        parser = build_parser()
        args = parser.parse_args(argv)
    try:
        with language(args.lang), warnings.catch_warnings():
            # a person reads warnings once, as a sentence, without file names and line numbers
            warnings.simplefilter("once")
            warnings.showwarning = _show_warning
            _guard_output(args)
            return args.func(args)
    except SalesopsError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except OSError as exc:  # full disk, no permission, name too long: a sentence, exit 2
        print(os_error_message(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
