"""The till's link to head office (docs/bundle-format.md):

    head-office-key install FILE --user CODE   install head office's public key (a manager)
    store-key export --out FILE                this till's public key, for head office
    bundle --out FOLDER [--user CODE]          seal the changes head office has not got
    head-office-ack FILE                       record head office's acknowledgement

`bundle` and `head-office-ack` run unattended (a scheduled task): the bundle is sealed to
head office, and an acknowledgement is checked against head office's key.
"""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction
from pathlib import Path

from desktop_app.cli.common import (CommandError, add_user_arguments, open_context, signed_in,
                                    write_out)
from desktop_app.services import head_office_link


def register(commands: _SubParsersAction) -> None:
    key = commands.add_parser("head-office-key", help="install head office's public key")
    key_actions = key.add_subparsers(dest="action", metavar="ACTION", required=True)
    install = key_actions.add_parser("install", help="install the key file head office sent")
    install.add_argument("file", type=Path, metavar="FILE")
    add_user_arguments(install)
    install.set_defaults(run=run_install)
    store = commands.add_parser("store-key", help="this till's public key, for head office")
    store_actions = store.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = store_actions.add_parser("export", help="write the till's public key file")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(run=run_export_key)
    bundle = commands.add_parser("bundle", help="seal the changes for head office")
    bundle.add_argument("--out", required=True, type=Path, metavar="FOLDER")
    bundle.add_argument("--user", metavar="CODE",
                        help="your staff code (leave out for a scheduled task)")
    bundle.add_argument("--pin-stdin", action="store_true", help="read your PIN from stdin")
    bundle.set_defaults(run=run_bundle)
    ack = commands.add_parser("head-office-ack", help="record head office's acknowledgement")
    ack.add_argument("file", type=Path, metavar="FILE")
    ack.set_defaults(run=run_ack)


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CommandError(f"Could not read {what} {path}: {error.strerror or error}.") from None


def run_install(args: Namespace) -> int:
    data = _read(args.file, "the key file")
    ctx = open_context(args)
    try:
        fingerprint = head_office_link.install_head_office_key(ctx, signed_in(args, ctx), data)
    finally:
        ctx.close()
    print(f"Head office's key is installed. Fingerprint: {fingerprint}")
    print("Check it with head office by phone before sending anything.")
    return 0


def run_export_key(args: Namespace) -> int:
    ctx = open_context(args)
    try:
        data = head_office_link.export_store_key(ctx)
        fingerprint = head_office_link.status(ctx).store_fingerprint
    finally:
        ctx.close()
    write_out(args.out, data)
    print(f"This till's public key is in {args.out}. Fingerprint: {fingerprint}")
    return 0


def run_bundle(args: Namespace) -> int:
    ctx = open_context(args)
    try:
        user = signed_in(args, ctx) if args.user else None
        made = head_office_link.make_bundle(ctx, user, args.out)
    finally:
        ctx.close()
    counts = made.counts
    print(f"Sealed changes {made.first} to {made.last} for head office in {made.path}: "
          f"{counts['complaints']} complaints, {counts['incidents']} incidents, "
          f"{counts['anonymised']} anonymised, {counts['erased']} erased.")
    return 0


def run_ack(args: Namespace) -> int:
    data = _read(args.file, "the acknowledgement")
    ctx = open_context(args)
    try:
        through = head_office_link.read_acknowledgement(ctx, None, data)
        waiting = head_office_link.status(ctx).waiting
    finally:
        ctx.close()
    print(f"Head office holds this till's changes up to {through}; {waiting} waiting.")
    return 0
