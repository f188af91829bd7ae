"""Helpers for the sandbox soak run (scripts/soak.py) and the hostile-input tests (tests/hostile/).

- server.py    start `python -m sandbox` as a subprocess on a free loopback port with a file database,
               capture its stdout/stderr, SIGKILL or stop it, restart it on the same database.
- stats.py     a thread-safe recorder of statuses, problem codes and latencies, and table printing.
- workload.py  the mixed-traffic soak run, the rate-limited run, and their verification.
- crash.py     the crash-safety round: write burst, SIGKILL, restart on the same database, exact checks.
- httpclient.py  a light keep-alive HTTP client (http.client) so 32 client threads load the server, not the client.
- problems.py  the spec's problem codes (read from openapi.yaml) and a problem+json checker.
- rawhttp.py   a raw-socket HTTP/1.1 client for requests httpx refuses to send (CR/LF in headers...).

`scripts/soak.py` is the command-line entry point (it is run by path and never imported, so the
package of the same name is what `import soak` gives).
"""
