"""Command line: `serve` (the default) and `keys create|list|revoke|expire|demo`.

The database is SANDBOX_DB (or --db); it is created and seeded on first use. A created key is
printed once and only its hash is stored.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from collections.abc import MutableMapping, Sequence
from typing import Any

from . import db, key_records, seed, seed_ids, timefmt
from .config import Config, ConfigError, from_env
from .demo_keys import keys_document, write_keys_file
from .scopes import SCOPES, parse_scopes
from .server import PortInUse


class CliError(Exception):
    pass


def _open(config: Config) -> tuple[sqlite3.Connection, str]:
    conn = db.connect(config.db_path)
    return conn, seed.ensure_database(conn, config)


def _store_id(conn: sqlite3.Connection, text: str) -> str:
    found = db.find_store(conn, text)
    if found is None:
        raise CliError(f"unknown store {text!r}; known stores: {db.store_listing(conn)}")
    return found


def _key_id(conn: sqlite3.Connection, args: argparse.Namespace) -> str:
    if args.store:
        row = conn.execute(
            "SELECT id FROM api_keys WHERE store_id = ? AND name = ?", (_store_id(conn, args.store), args.key)
        ).fetchone()
    else:
        row = conn.execute("SELECT id FROM api_keys WHERE id = ?", (args.key,)).fetchone()
    if row is None:
        raise CliError(f"no key {args.key!r}" + (f" in store {args.store!r}" if args.store else ""))
    return str(row["id"])


def _when(text: str | None, default: int | None) -> int | None:
    if text is None:
        return default
    epoch = timefmt.parse(text)
    if epoch is None:
        raise CliError(f"not an RFC 3339 date-time: {text!r}")
    return epoch


def _record_json(record: key_records.KeyRecord, now: float) -> dict[str, object]:
    return {
        "id": record.id,
        "storeId": record.store_id,
        "name": record.name,
        "preview": record.preview,
        "scopes": list(record.scopes),
        "expiresAt": timefmt.to_text(record.expires_at) if record.expires_at is not None else None,
        "revoked": record.revoked,
        "usable": record.is_usable(now),
    }


def cmd_create(conn: sqlite3.Connection, secret: str, args: argparse.Namespace) -> int:
    now = int(time.time())
    expires = _when(args.expires, None)
    if args.expires_in_days is not None:
        expires = now + int(args.expires_in_days * 86400)
    try:
        record, key = key_records.create_key(
            conn,
            secret,
            store_id=_store_id(conn, args.store),
            name=args.name,
            scopes=parse_scopes(args.scopes),
            now=now,
            expires_at=expires,
        )
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    print(json.dumps({**_record_json(record, now), "key": key}, indent=2))
    print("Store this key now: it is shown only once.", file=sys.stderr)
    return 0


def cmd_list(conn: sqlite3.Connection, secret: str, args: argparse.Namespace) -> int:
    store = _store_id(conn, args.store) if args.store else None
    now = time.time()
    records = [_record_json(r, now) for r in key_records.list_keys(conn, store)]
    if args.json:
        print(json.dumps(records, indent=2))
        return 0
    for r in records:
        state = "usable" if r["usable"] else ("revoked" if r["revoked"] else "expired")
        print(
            f"{r['id']}  {r['storeId']}  {r['preview']}  {state:<7}  {r['name']}  [{' '.join(r['scopes'])}]"  # type: ignore[arg-type]
            + (f"  expires {r['expiresAt']}" if r["expiresAt"] else "")
        )
    return 0


def cmd_revoke(conn: sqlite3.Connection, secret: str, args: argparse.Namespace) -> int:
    key_records.revoke(conn, _key_id(conn, args))
    print("revoked")
    return 0


def cmd_expire(conn: sqlite3.Connection, secret: str, args: argparse.Namespace) -> int:
    key_records.expire(conn, _key_id(conn, args), _when(args.at, int(time.time())) or 0)
    print("expired" if args.at is None else f"expires at {args.at}")
    return 0


def cmd_demo(conn: sqlite3.Connection, secret: str, args: argparse.Namespace, config: Config) -> int:
    stores = key_records.demo_stores(conn, secret, time.time())
    print(json.dumps(keys_document(config.base_url, stores), indent=2))
    return 0


def cmd_seed(conn: sqlite3.Connection, secret: str, args: argparse.Namespace) -> int:
    from .bigseed import SeedError, seed_customers

    try:
        result = seed_customers(conn, _store_id(conn, args.store), args.customers)
    except SeedError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"added {result.customers} customers, {result.products} products, {result.coupons} coupons and"
        f" {result.gift_cards} gift cards in {result.seconds:.1f} s"
    )
    return 0


def cmd_fresh_store(conn: sqlite3.Connection, secret: str, args: argparse.Namespace, config: Config) -> int:
    from .fresh import create

    started = time.perf_counter()
    document = create(conn, secret, int(time.time()), config.base_url)
    print(f"fresh stores created in {(time.perf_counter() - started) * 1000:.1f} ms", file=sys.stderr)
    if args.keys_file:
        write_keys_file(args.keys_file, document)
        print(f"keys of stores {', '.join(s['id'] for s in document['stores'])} written to {args.keys_file}")
    else:
        print(json.dumps(document, indent=2))
    return 0


def serve(config: Config) -> int:
    from .server import serve as run_server

    return run_server(config)


# serve's flags: (flag, variable, type, help). A flag is written into its variable, which the configuration (and
# every worker process) reads: the flag wins and no setting can reach one process and miss another.
SERVE_FLAGS: tuple[tuple[str, str, type[Any], str], ...] = (
    ("--host", "SANDBOX_HOST", str, "address to listen on (default 127.0.0.1)"),
    ("--port", "SANDBOX_PORT", int, "port to listen on (default 8400)"),
    ("--keys-file", "SANDBOX_KEYS_FILE", str, "demo keys written here (default .sandbox/keys.json; '' = none)"),
    ("--workers", "SANDBOX_WORKERS", int, "server processes (default: half the cores, at most 4)"),
    ("--rate-limit", "SANDBOX_RATE_LIMIT", float, "requests per second per key (default: no limit)"),
    ("--rate-burst", "SANDBOX_RATE_BURST", int, "rate limiter bucket size (default: the rate, rounded up)"),
    ("--credit-limit", "SANDBOX_CREDIT_LIMIT", int, "per-balance credit limit in L$ (default 1000000)"),
    ("--cors-origins", "SANDBOX_CORS_ORIGINS", str, "comma-separated origins allowed by CORS (default none)"),
    (
        "--page-origins",
        "SANDBOX_PAGE_ORIGINS",
        str,
        "comma-separated STORE=ORIGIN: a store's customer page origin (store id or name); mint URLs and CORS use it",
    ),
    ("--http", "SANDBOX_HTTP", str, "HTTP/1.1 parser: httptools (default) or h11"),
)
DB_HELP = "SQLite file (default .sandbox/sandbox.db) [env SANDBOX_DB]"
PORT_IN_USE = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="allomancy-sandbox",
        description="Allomancy API sandbox. Commands: serve (the default), keys, seed, fresh-store; "
        "`allomancy-sandbox COMMAND --help` for each.",
        epilog="exit status: 0 stopped normally, 1 command failed, 2 usage or configuration error, "
        "3 the address to listen on is in use",
    )
    parser.add_argument("--db", help=DB_HELP)
    commands = parser.add_subparsers(dest="command")
    serving = commands.add_parser(
        "serve",
        help="run the HTTP server (default)",
        description="Serve the sandbox; prints the demo keys and writes them to the keys file once listening is "
        "possible. Every flag has its SANDBOX_* variable (the flag wins).",
    )
    serving.add_argument("--db", dest="serve_db", help=DB_HELP)
    for flag, variable, kind, text in SERVE_FLAGS:
        metavar = variable.removeprefix("SANDBOX_")
        serving.add_argument(flag, type=kind, metavar=metavar, help=f"{text} [env {variable}]")
    serving.add_argument(
        "--access-log",
        action="store_true",
        help="log one line per request (off by default: it costs about a quarter of the throughput) "
        "[env SANDBOX_ACCESS_LOG=1]",
    )
    keys_parser = commands.add_parser("keys", help="manage API keys")
    keys_cmds = keys_parser.add_subparsers(dest="keys_command", required=True)

    create = keys_cmds.add_parser("create", help="mint a key (printed once)")
    create.add_argument("--store", required=True, help="store id or name")
    create.add_argument("--name", required=True, help="3..128 characters, unique per store")
    create.add_argument("--scopes", required=True, help=f"comma-separated scopes or 'all' ({', '.join(SCOPES)})")
    expiry = create.add_mutually_exclusive_group()
    expiry.add_argument("--expires", help="RFC 3339 expiry date-time")
    expiry.add_argument("--expires-in-days", type=float, help="expiry relative to now")

    listing = keys_cmds.add_parser("list", help="list keys (previews only)")
    listing.add_argument("--store", help="store id or name")
    listing.add_argument("--json", action="store_true")

    for name, help_text in (("revoke", "revoke a key"), ("expire", "expire a key now (or --at)")):
        sub = keys_cmds.add_parser(name, help=help_text)
        sub.add_argument("key", help="key id, or key name with --store")
        sub.add_argument("--store", help="store id or name (then KEY is the key name)")
        if name == "expire":
            sub.add_argument("--at", help="RFC 3339 date-time (default: now)")
    keys_cmds.add_parser("demo", help="print the demo keys as JSON")

    seeding = commands.add_parser("seed", help="add generated customers (and proportional data) to a store")
    seeding.add_argument("--customers", type=int, required=True, help="how many customers, e.g. 1000000")
    seeding.add_argument("--store", default=seed_ids.STORE1, help=f"store id or name (default {seed_ids.STORE1!r})")
    fresh = commands.add_parser(
        "fresh-store", help="create a new pair of seeded stores and print (or write) their keys-file document"
    )
    fresh.add_argument("--keys-file", help="write the document here (owner-only) instead of printing it")
    return parser


def apply_serve_flags(args: argparse.Namespace, env: MutableMapping[str, str]) -> None:
    for flag, variable, _, _ in SERVE_FLAGS:
        value = getattr(args, flag[2:].replace("-", "_"), None)
        if value is not None:
            env[variable] = str(value)
    if getattr(args, "serve_db", None):
        env["SANDBOX_DB"] = args.serve_db
    if getattr(args, "access_log", False):
        env["SANDBOX_ACCESS_LOG"] = "1"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.db:
        os.environ["SANDBOX_DB"] = args.db
    apply_serve_flags(args, os.environ)
    try:
        config = from_env()
    except ConfigError as exc:
        print(f"allomancy-sandbox: configuration error: {exc}", file=sys.stderr)
        return 2
    if args.command in (None, "serve"):
        try:
            return serve(config)
        except ConfigError as exc:
            print(f"allomancy-sandbox: configuration error: {exc}", file=sys.stderr)
            return 2
        except PortInUse as exc:
            print(
                f"allomancy-sandbox: cannot listen on {config.host}:{config.port} ({exc.strerror}); another server "
                "holds it: choose another port with --port or SANDBOX_PORT (nothing was written)",
                file=sys.stderr,
            )
            return PORT_IN_USE
    conn, secret = _open(config)
    handlers = {"create": cmd_create, "list": cmd_list, "revoke": cmd_revoke, "expire": cmd_expire}
    try:
        if args.command == "seed":
            return cmd_seed(conn, secret, args)
        if args.command == "fresh-store":
            return cmd_fresh_store(conn, secret, args, config)
        if args.keys_command == "demo":
            return cmd_demo(conn, secret, args, config)
        return handlers[args.keys_command](conn, secret, args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        conn.close()


def entry_point() -> None:
    """The `allomancy-sandbox` console command."""
    sys.exit(main())
