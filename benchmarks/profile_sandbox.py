"""Profile the sandbox under wrk load with py-spy (sampling, out of process) and summarize the hot spots.

Installs py-spy into the venv on demand (pinned; bench only). For each endpoint: a warm-up, then
`py-spy record --format raw` on the server process while wrk loads it. Prints the frames with the most
samples, by own time and by inclusive time, and keeps the collapsed stacks in reports/bench/ (feed
them to any flamegraph tool). py-spy needs ptrace rights on the server (root, or CAP_SYS_PTRACE).

    python -m benchmarks.profile_sandbox [--seconds 8] [--rate 250] [--top 25]
"""

from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
from pathlib import Path

from benchmarks import harness

OUT_DIR = harness.ROOT / "reports" / "bench"


def summarize(raw: str, top: int) -> str:
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        samples = int(count)
        total += samples
        frames = [re.sub(r":\d+\)$", ")", frame) for frame in stack.split(";")]
        own[frames[-1]] += samples
        for frame in set(frames):
            inclusive[frame] += samples
    if not total:
        return "no samples"
    lines = [f"{total} samples (active threads only)", "own time:"]
    lines += [f"  {100 * n / total:5.1f}%  {frame}" for frame, n in own.most_common(top)]
    lines.append("inclusive (project code):")
    project = [(f, n) for f, n in inclusive.most_common() if re.search(r"\((sandbox|scripts)/", f)]
    lines += [f"  {100 * n / total:5.1f}%  {frame}" for frame, n in project[:top]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    harness.exit_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    harness.ensure_wrk()
    harness.ensure_python_tool("py-spy")
    py_spy = shutil.which("py-spy", path=str(Path(harness.PY).parent)) or "py-spy"
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with harness.sandbox() as sb:
        headers = {"X-API-Key": sb.all_key}
        import httpx

        identifier = httpx.get(f"{sb.base_url}/v1/customers?limit=1", headers=headers).json()["data"][0]["username"]
        for op, path in (("getCustomer", f"/v1/customers/{identifier}"), ("listCustomers", "/v1/customers?limit=100")):
            raw_path = OUT_DIR / f"profile-{op}.txt"
            harness.run_wrk(sb.base_url + path, headers, duration_s=2, warmup_s=0)
            spy = subprocess.Popen(
                [
                    py_spy,
                    "record",
                    "--pid",
                    str(sb.server.pid),
                    "--duration",
                    str(args.seconds),
                    "--rate",
                    str(args.rate),
                    "--format",
                    "raw",
                    "--nonblocking",
                    "--output",
                    str(raw_path),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                result = harness.run_wrk(sb.base_url + path, headers, duration_s=args.seconds, warmup_s=0)
                _, err = spy.communicate(timeout=args.seconds + 30)
            finally:
                if spy.poll() is None:
                    spy.kill()
                    spy.wait()
            print(
                f"== {op}: GET {path}  ({result.rps:.0f} req/s while sampled; stacks in "
                f"{raw_path.relative_to(harness.ROOT)})"
            )
            if spy.returncode != 0 or not raw_path.is_file():
                print(f"py-spy failed ({spy.returncode}): {err.strip()[-500:]}")
                continue
            print(summarize(raw_path.read_text(encoding="utf-8"), args.top))


if __name__ == "__main__":
    main()
