"""The ``salesops`` command line: the same functions as the notebooks, for scripts and graders.

Every subcommand that computes something takes ``--json``. Exit codes: 0 done, 1 the data has
errors (e.g. ``customers check`` found some), 2 the request could not be carried out (bad file,
bad option, would overwrite); the message says why, without a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Sequence

from .errors import SalesopsError
from .labels import language, t

__all__ = ["main"]


def _print_json(payload: object) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))


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
    return {"rows": len(customers),
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
        for rec in problems.to_dict("records"):
            print(f"[{t('severity.' + rec['severity'])}] {rec['problem']}: {rec['message']}")
        print(t("cli.rows", rows=len(customers), errors=errors,
                warnings=len(problems) - errors))
    return 1 if errors else 0


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
    from .workbooks import abc_workbook

    result = abc_workbook(args.file, args.output, cutoffs=_cutoffs(args.cutoffs),
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
    return 0


def _cmd_followup(args: argparse.Namespace) -> int:
    from .workbooks import followup_workbook

    result = followup_workbook(args.file, args.output, start=args.start, weeks=args.weeks,
                               overwrite=args.overwrite)
    if args.json:
        records = result.schedule.assign(date=result.schedule["date"].dt.date.astype(str))
        records = records.astype(object).where(records.notna(), None)
        _print_json(records.to_dict("records"))
    else:
        counts = result.schedule.groupby("channel").size()
        print(", ".join(f"{t('channel.' + k)} {v}" for k, v in counts.items()))
        print(t("cli.wrote", file=result.path))
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=["zh", "en"], default=None,
                        help="language of headers and messages (default zh)")
    common.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser = argparse.ArgumentParser(prog="salesops", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", parents=[common],
                          help="build every tracker from the sample data")
    demo.add_argument("--out", default="out", help="output folder (default: out)")
    demo.add_argument("--overwrite", action="store_true",
                      help="replace existing files (the old ones are kept as *.bak.xlsx)")
    demo.add_argument("--template", default=None, help="a restyled tracker.xlsx")
    demo.set_defaults(func=_cmd_demo)

    customers = sub.add_parser("customers", help="customer-information table")
    csub = customers.add_subparsers(dest="action", required=True)
    check = csub.add_parser("check", parents=[common], help="list the problems of a file")
    check.add_argument("file")
    check.add_argument("--sheet", default=None)
    check.set_defaults(func=_cmd_customers_check)
    clean = csub.add_parser("clean", parents=[common],
                            help="write the normalised table with a problems sheet")
    clean.add_argument("file")
    clean.add_argument("-o", "--output", required=True)
    clean.add_argument("--sheet", default=None)
    clean.add_argument("--overwrite", action="store_true")
    clean.add_argument("--template", default=None)
    clean.set_defaults(func=_cmd_customers_clean)

    abc = sub.add_parser("abc", parents=[common], help="ABC classes, Pareto chart, funnel")
    abc.add_argument("file")
    abc.add_argument("-o", "--output", required=True)
    abc.add_argument("--cutoffs", default=None,
                     help="A,B cut-offs, e.g. 0.8,0.95 (value), 0.2,0.5 (count) or amounts")
    abc.add_argument("--basis", choices=["value", "count", "amount"], default="value")
    abc.add_argument("--overwrite", action="store_true")
    abc.set_defaults(func=_cmd_abc)

    followup = sub.add_parser("followup", parents=[common],
                              help="follow-up schedule and 跟单记录表")
    followup.add_argument("file")
    followup.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    followup.add_argument("--weeks", type=int, default=4)
    followup.add_argument("-o", "--output", required=True)
    followup.add_argument("--overwrite", action="store_true")
    followup.set_defaults(func=_cmd_followup)
    return parser


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"{t('cli.warning')}{message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``salesops`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with language(args.lang), warnings.catch_warnings():
            # a person reads warnings once, as a sentence, without file names and line numbers
            warnings.simplefilter("once")
            warnings.showwarning = _show_warning
            return args.func(args)
    except SalesopsError as exc:
        print(str(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
