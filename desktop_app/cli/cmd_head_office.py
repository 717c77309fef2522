"""`complaint-logger head-office …`: head office's own commands (PostgreSQL).

    head-office init --database URL                  schema and head office's key pair
    head-office register-store CODE KEYFILE --name N --region R
    head-office revoke-store CODE                    a stolen till: refuse its key
    head-office import FILE… [--ack-out FOLDER]      verify, apply, acknowledge
    head-office watch FOLDER [--every S] [--once]    a drop folder, imported as bundles land
    head-office add-person CODE --name N [--region R] [--incidents] [--password-stdin]
    head-office retention-sweep [--complaint-years 6] [--incident-years 6] [--batch 500]

The database comes from --database or $COMPLAINT_LOGGER_HEAD_OFFICE_DB; head office's
private keys from --keys or $COMPLAINT_LOGGER_HEAD_OFFICE_KEYS (default: the user data
folder's head-office folder), readable by its user only.
"""

from __future__ import annotations

import os
from argparse import Namespace, _SubParsersAction
from pathlib import Path

from desktop_app.cli.common import CommandError, parse_day, write_out


def _keys_default() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("TillComplaintLogger", appauthor=False)) / "head-office"


def register(commands: _SubParsersAction) -> None:
    parser = commands.add_parser("head-office", help="head office: every store's records")
    parser.add_argument("--database", metavar="URL",
                        default=os.environ.get("COMPLAINT_LOGGER_HEAD_OFFICE_DB"),
                        help="postgresql://… (or $COMPLAINT_LOGGER_HEAD_OFFICE_DB)")
    parser.add_argument("--keys", metavar="FOLDER", type=Path,
                        default=os.environ.get("COMPLAINT_LOGGER_HEAD_OFFICE_KEYS"),
                        help="head office's private keys (default: the user data folder)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the schema and head office's keys")
    init.set_defaults(run=run_init)
    store = actions.add_parser("register-store", help="register a till's public key")
    store.add_argument("code", metavar="CODE")
    store.add_argument("key_file", type=Path, metavar="KEYFILE")
    store.add_argument("--name", required=True)
    store.add_argument("--region", required=True)
    store.set_defaults(run=run_register)
    revoke = actions.add_parser("revoke-store", help="refuse a store's till keys from now on")
    revoke.add_argument("code", metavar="CODE")
    revoke.set_defaults(run=run_revoke)
    load = actions.add_parser("import", help="import bundles and write acknowledgements")
    load.add_argument("files", nargs="+", type=Path, metavar="FILE")
    load.add_argument("--ack-out", type=Path, metavar="FOLDER",
                      help="where the acknowledgements go (default: beside each bundle)")
    load.set_defaults(run=run_import)
    person = actions.add_parser("add-person", help="a head-office person and their rights")
    person.add_argument("code", metavar="CODE")
    person.add_argument("--name", required=True)
    person.add_argument("--region", help="only this region's stores (default: the chain)")
    person.add_argument("--incidents", action="store_true",
                        help="may read abusive-behaviour incidents")
    person.add_argument("--password-stdin", action="store_true",
                        help="read their database password from stdin")
    person.set_defaults(run=run_add_person)
    sweep = actions.add_parser("retention-sweep",
                               help="anonymise head office's copies older than its setting")
    sweep.add_argument("--complaint-years", type=int,
                       help="this once, instead of head office's setting")
    sweep.add_argument("--incident-years", type=int,
                       help="this once, instead of head office's setting")
    sweep.add_argument("--batch", type=int, default=500)
    sweep.set_defaults(run=run_sweep)
    setting = actions.add_parser("settings", help="show or change head office's settings")
    setting.add_argument("--complaint-years", type=int,
                         help="keep complaints' personal details at most this many years "
                              "after closing (a store's shorter setting wins)")
    setting.add_argument("--incident-years", type=int,
                         help="the same for incidents, from when they happened")
    setting.add_argument("--silent-days", type=int,
                         help="a store is silent after this many days without a bundle")
    setting.set_defaults(run=run_settings)
    watch = actions.add_parser("watch", help="import bundles as they arrive in a folder")
    watch.add_argument("folder", type=Path, metavar="FOLDER")
    watch.add_argument("--every", type=int, default=30, metavar="SECONDS",
                       help="how often to look (default 30)")
    watch.add_argument("--once", action="store_true", help="look once, then stop")
    watch.set_defaults(run=run_watch)
    pack = actions.add_parser("pack", help="print the period pack of the chain, a region "
                                           "or a store")
    pack.add_argument("--from", dest="start", required=True, metavar="DATE")
    pack.add_argument("--to", dest="end", required=True, metavar="DATE")
    scope = pack.add_mutually_exclusive_group()
    scope.add_argument("--region", help="one region's stores")
    scope.add_argument("--store", metavar="CODE", help="one store")
    pack.add_argument("--out", type=Path, metavar="FILE.pdf",
                      help="where to write it (default: the pack's own name, here)")
    pack.set_defaults(run=run_pack)


def _where(args: Namespace) -> tuple[str, Path]:
    if not args.database:
        raise CommandError("Say which database: --database postgresql://… (or set "
                           "COMPLAINT_LOGGER_HEAD_OFFICE_DB).")
    return args.database, Path(args.keys) if args.keys else _keys_default()


def _open(args: Namespace):  # noqa: ANN202 - services.head_office.HeadOffice
    from desktop_app.services import head_office

    url, keys = _where(args)
    return head_office.open_head_office(url, keys)


def run_init(args: Namespace) -> int:
    from desktop_app.services import head_office

    url, keys = _where(args)
    fingerprint = head_office.initialise(url, keys)
    print(f"Head office is set up. Its public key, for every till: "
          f"{keys / head_office.PUBLIC_KEY_FILE}")
    print(f"Fingerprint: {fingerprint} (read it to each store when they install it)")
    return 0


def run_register(args: Namespace) -> int:
    from desktop_app.services import head_office

    try:
        data = args.key_file.read_bytes()
    except OSError as error:
        raise CommandError(f"Could not read {args.key_file}: {error.strerror or error}.") \
            from None
    ho = _open(args)
    try:
        fingerprint = head_office.register_store(ho, args.code, data, name=args.name,
                                                 region=args.region)
    finally:
        ho.close()
    print(f"Registered store {args.code.upper()}'s till. Fingerprint: {fingerprint}")
    return 0


def run_revoke(args: Namespace) -> int:
    from desktop_app.services import head_office

    ho = _open(args)
    try:
        count = head_office.revoke_store_keys(ho, args.code)
    finally:
        ho.close()
    print(f"Revoked {count} key(s) of store {args.code.upper()}: its bundles are refused "
          "until a new till key is registered.")
    return 0


def run_import(args: Namespace) -> int:
    from desktop_app.services import head_office

    ho = _open(args)
    failed = 0
    try:
        for path in args.files:
            result = head_office.import_bundle(ho, path, args.ack_out)
            gaps = "".join(f"; missing {a}-{b}" for a, b in result.gaps)
            print(f"{path.name}: {result.result}. {result.message}{gaps}")
            failed += result.result in ("refused", "quarantined")
    finally:
        ho.close()
    return 1 if failed else 0


def run_watch(args: Namespace) -> int:
    import time

    from desktop_app.services import head_office

    ho = _open(args)
    try:
        while True:
            for result in head_office.watch_once(ho, args.folder):
                print(f"{result.file.name}: {result.result}. {result.message}", flush=True)
            if args.once:
                return 0
            time.sleep(max(1, args.every))
    except KeyboardInterrupt:
        return 0
    finally:
        ho.close()


def run_add_person(args: Namespace) -> int:
    import sys

    from desktop_app.services import head_office

    password = sys.stdin.readline().strip() if args.password_stdin else None
    ho = _open(args)
    try:
        role = head_office.add_person(ho, args.code, args.name, region=args.region,
                                      incidents=args.incidents, password=password)
    finally:
        ho.close()
    where = f"the stores of {args.region}" if args.region else "every store"
    print(f"Added {args.name}: signs in as PostgreSQL role {role}, sees {where}"
          + (", incidents included." if args.incidents else ", no incidents."))
    return 0


def run_sweep(args: Namespace) -> int:
    from desktop_app.services import head_office_retention

    if args.batch < 1:
        raise CommandError("Sweep in batches of at least one record.")
    ho = _open(args)
    try:
        done = head_office_retention.retention_sweep(
            ho, complaint_years=args.complaint_years, incident_years=args.incident_years,
            batch=args.batch)
    finally:
        ho.close()
    print(f"Anonymised {done['complaint']:,} complaints and {done['incident']:,} incidents "
          "past retention.")
    return 0


def run_settings(args: Namespace) -> int:
    from desktop_app.services import head_office_retention

    changes = {name: getattr(args, name)
               for name in ("complaint_years", "incident_years", "silent_days")
               if getattr(args, name) is not None}
    ho = _open(args)
    try:
        now = (head_office_retention.change_settings(ho, **changes) if changes
               else head_office_retention.head_office_settings(ho))
    finally:
        ho.close()
    print(f"Complaints: personal details kept at most {now.complaint_years} years after "
          f"closing.\nIncidents: at most {now.incident_years} years after they happened.\n"
          f"A store is silent after {now.silent_days} days without a bundle.")
    return 0


def run_pack(args: Namespace) -> int:
    from desktop_app.services.head_office_pack import period_pack

    start, end = parse_day(args.start), parse_day(args.end)
    ho = _open(args)
    try:
        report = period_pack(ho, start, end, region=args.region,
                             store_code=args.store.upper() if args.store else None)
    finally:
        ho.close()
    out = args.out or Path(report.filename)
    write_out(out, report.pdf)
    print(f"Wrote the {report.title.lower()} to {out}.")
    return 0
