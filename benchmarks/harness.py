"""Shared helpers for the benchmark jobs: loopback servers that always die, wrk, tool installs.

Every server is started on 127.0.0.1 on a port the OS picked (bind to port 0), in its own process
group, and is stopped in a `finally` (SIGTERM to that group, SIGKILL after a grace period).
Every load loop is bounded by a request count or a duration.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import allomancy_spec
from allomancy_conformance.launcher import (
    SandboxProcess,
    ServerProcess,
    answers_http,
    child_pids,
    launch,
    running,
    stop_process,
)

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
PY = sys.executable
HOST = "127.0.0.1"

# The server stack under test is whatever `allomancy-sandbox serve` passes to uvicorn.run by default (serve_sandbox.py
# records it; the access log is off unless --access-log). The minimal baseline apps get the same recorded arguments.

# One load setting for every HTTP target (sandbox, Prism, minimal apps).
WRK_THREADS = 2
WRK_CONNECTIONS = 32
WRK_DURATION_S = 10
WRK_WARMUP_S = 3
WRK_TIMEOUT_S = 2

# Bench-only Python tools: pinned in the dev extra of the root pyproject.toml (installed by `make venv`); the
# benchmarks never install anything.
PROFILER_PINS = {"py-spy": "py-spy==0.4.3"}

START_TIMEOUT_S = 60.0
STOP_GRACE_S = 5.0


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so `finally` blocks still stop the servers this process started
    (each runs in its own process group, out of reach of a signal sent to ours)."""

    def handler(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- servers


Server = ServerProcess  # a peer or the sandbox under load: the suite's launcher starts and stops them all


def stop_process_group(process: subprocess.Popen[Any]) -> None:
    """SIGTERM the process group this script started (the child ran in a new session), then SIGKILL."""
    stop_process(process, group=True, grace=STOP_GRACE_S)


@contextmanager
def serve(
    name: str,
    command: Sequence[str],
    port: int,
    *,
    env: Mapping[str, str] | None = None,
    ready_path: str = "/",
    workdir: Path | None = None,
) -> Iterator[ServerProcess]:
    """Run a server on 127.0.0.1:port until the block ends; wait until `ready_path` answers at all."""
    logdir = Path(tempfile.mkdtemp(prefix=f"bench-{name}-")) if workdir is None else workdir
    try:
        with running(
            name,
            command,
            port,
            ready=answers_http(f"http://{HOST}:{port}{ready_path}"),
            log_path=logdir / f"{name}.log",
            cwd=ROOT,
            env=env,
            own_group=True,
            timeout=START_TIMEOUT_S,
        ) as server:
            yield server
    finally:
        if workdir is None:
            shutil.rmtree(logdir, ignore_errors=True)


def describe_flag(value: Any) -> Any:
    """A uvicorn.run argument as JSON: classes and functions as "module:qualname"."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if hasattr(value, "__module__") and hasattr(value, "__qualname__"):
        return f"{value.__module__}:{value.__qualname__}"
    return repr(value)


def resolve_flag(name: str, value: Any) -> Any:
    """The inverse of describe_flag for the arguments that may be classes ("http", "loop")."""
    if name in ("http", "loop") and isinstance(value, str) and ":" in value:
        module_name, _, qualname = value.partition(":")
        target: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            target = getattr(target, part)
        return target
    return value


@dataclass
class Sandbox:
    server: SandboxProcess
    uvicorn_flags: dict[str, Any]  # what the sandbox command passes to uvicorn.run

    @property
    def base_url(self) -> str:
        return str(self.server.base_url)

    @property
    def keys(self) -> dict[str, Any]:
        return dict(self.server.keys)

    @property
    def all_key(self) -> str:
        return str(self.server.key("all"))


@contextmanager
def sandbox(env: Mapping[str, str] | None = None) -> Iterator[Sandbox]:
    """The sandbox as `allomancy-sandbox serve` runs it by default, through serve_sandbox.py:
    a file database in a temp dir, rate limit off, no CORS; `env` adds SANDBOX_* settings (e.g. SANDBOX_WORKERS)."""
    workdir = Path(tempfile.mkdtemp(prefix="bench-sandbox-"))
    flags_file = workdir / "uvicorn-flags.json"
    server = launch(
        {"BENCH_UVICORN_FLAGS_OUT": str(flags_file), **(env or {})},
        module="benchmarks.serve_sandbox",
        cwd=ROOT,
        workdir=workdir,
    )
    try:
        flags = json.loads(flags_file.read_text(encoding="utf-8")) if flags_file.is_file() else {}
        yield Sandbox(server=server, uvicorn_flags=flags)
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def prism_command(port: int) -> list[str]:
    return [str(prism_bin()), "mock", "-h", HOST, "-p", str(port), str(SPEC), "-v", "warn"]


def prism_bin() -> Path:
    path = ROOT / "node_modules" / ".bin" / "prism"
    if not path.exists():
        raise SystemExit("Prism is missing: run `make node` (it is a devDependency in package.json)")
    return path


def python_version_of(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


# ---------------------------------------------------------------------------------------------- tools


def ensure_wrk() -> str:
    """wrk on PATH; the benchmarks never install system packages (`.ci/run` and the README name it)."""
    found = shutil.which("wrk")
    if not found:
        raise SystemExit("wrk is not installed: `apt-get install wrk` first (see the README's prerequisites)")
    return found


def ensure_python_tool(name: str) -> None:
    """Fail with a hint when a bench-only tool of the dev extra (py-spy) is missing or not the pinned version."""
    pin = PROFILER_PINS[name]
    if python_version_of(name) != pin.split("==")[1]:
        raise SystemExit(f"{pin} is not installed in this venv: run `make venv` (it is in the dev extra)")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its child processes (server workers), all threads (Linux /proc)."""
    total = 0.0
    for one in [pid, *child_pids(pid)]:
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


@dataclass
class WrkResult:
    command: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int
    # Server CPU time per request (user + system, whole process): far less sensitive than req/s to other
    # load on the machine, since it counts only the cycles the server itself spent.
    server_cpu_us: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str, command: str) -> WrkResult:
    def grab(pattern: str) -> re.Match[str]:
        match = re.search(pattern, output, re.MULTILINE)
        if match is None:
            raise ValueError(f"wrk output has no {pattern!r}:\n{output}")
        return match

    summary = grab(r"^\s*(\d+) requests in ([\d.]+)(us|ms|s|m)")
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return WrkResult(
        command=command,
        requests=int(summary.group(1)),
        seconds=_ms(summary.group(2) + summary.group(3)) / 1000.0,
        rps=float(grab(r"^Requests/sec:\s+([\d.]+)").group(1)),
        p50_ms=_ms(grab(r"^\s+50%\s+(\S+)").group(1)),
        p90_ms=_ms(grab(r"^\s+90%\s+(\S+)").group(1)),
        p99_ms=_ms(grab(r"^\s+99%\s+(\S+)").group(1)),
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(int(n) for n in errors.groups()) if errors else 0,
    )


def wrk_command(url: str, headers: Mapping[str, str], duration_s: int, *, latency: bool = True) -> list[str]:
    command = [
        ensure_wrk(),
        f"-t{WRK_THREADS}",
        f"-c{WRK_CONNECTIONS}",
        f"-d{duration_s}s",
        f"--timeout={WRK_TIMEOUT_S}s",
    ]
    if latency:
        command.append("--latency")
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    return [*command, url]


def shown(command: Sequence[str]) -> str:
    """The command line with API keys redacted (wrk's path replaced by its name)."""
    parts = ["wrk" if i == 0 else part for i, part in enumerate(command)]
    text = " ".join(f"'{p}'" if " " in p else p for p in parts)
    return allomancy_spec.redact(text, mask="$KEY")


def run_wrk(
    url: str,
    headers: Mapping[str, str],
    *,
    duration_s: int = WRK_DURATION_S,
    warmup_s: int = WRK_WARMUP_S,
    server_pid: int | None = None,
) -> WrkResult:
    """A short warm-up run (discarded), then the measured run. Both bounded by -d and a hard timeout."""
    if warmup_s > 0:
        subprocess.run(
            wrk_command(url, headers, warmup_s, latency=False), check=True, capture_output=True, timeout=warmup_s + 30
        )
    command = wrk_command(url, headers, duration_s)
    cpu_before = cpu_seconds(server_pid) if server_pid else 0.0
    result = subprocess.run(command, check=True, capture_output=True, text=True, timeout=duration_s + 30)
    parsed = parse_wrk(result.stdout, shown(command))
    if server_pid and parsed.requests:
        parsed.server_cpu_us = (cpu_seconds(server_pid) - cpu_before) / parsed.requests * 1e6
    return parsed


# ---------------------------------------------------------------------------------------------- results


def write_json(path: str | None, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=2)
    if path:
        Path(path).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
