"""The soak harness of the sandbox (`make soak`, `python -m soak`; a short run is in tests/hostile/).

- __main__.py  the command: the mixed-traffic run, then the rate-limited run; prints tables, exit 1 on a violation.
- workload.py  the mixed-traffic soak run, the rate-limited run, and their verification.
- crash.py     the crash-safety round: write burst, SIGKILL, restart on the same database, exact checks.
- stats.py     a thread-safe recorder of statuses, problem codes and latencies, and table printing.
- httpclient.py  a light keep-alive HTTP client (http.client) so 32 client threads load the server, not the client.

The sandbox is started through allomancy_conformance.launcher (the project's one launcher), the problem+json
checks and the raw-socket client come from the conformance suite (allomancy_conformance.problems, .rawhttp).
"""
