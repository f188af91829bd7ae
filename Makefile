# allomancy-openapi: every target installs what it needs first (Python venv and/or node_modules).
# On a fresh machine:  make conformance   (the main job)   |   make test   (the project's tests)

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON_BOOT ?= python3.11
VENV        := .venv
PY          := $(VENV)/bin/python
PIP         := $(VENV)/bin/pip
BIN         := $(VENV)/bin
NODE_BIN    := node_modules/.bin
SPEC        := openapi.yaml

VENV_STAMP  := $(VENV)/.installed
DIST_VENV   := .venv-dist
WHEELHOUSE  := .wheelhouse
TEST_WORKERS ?= 2
NODE_STAMP  := node_modules/.installed

# No telemetry, update notices or funding messages from the Node tools.
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export SCARF_ANALYTICS := false
export DO_NOT_TRACK := 1
export NPM_CONFIG_AUDIT := false
export NPM_CONFIG_FUND := false
export NPM_CONFIG_UPDATE_NOTIFIER := false
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# Playwright drives the installed Chromium (tests/chromium.py); it must never download one.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

# The distributions (each a folder with its own pyproject.toml); `make venv` installs them editable.
DISTS       := spec sandbox contract_tests generated/allomancy-client
PY_SOURCES  := spec sandbox contract_tests clientkit scripts benchmarks soak
# ruff and mypy --strict cover every hand-written product and tool module; tests are checked by ruff only.
MYPY_TARGETS := spec/allomancy_spec sandbox/allomancy_sandbox contract_tests/allomancy_conformance clientkit/kit \
                scripts benchmarks soak

.PHONY: help venv node format lint lint-python lint-spec lint-ts test test-quick conformance generate generate-python \
        generate-ts customer-page sandbox docs dist breaking bench clean

help:
	@echo "make conformance  run the conformance suite against the embedded sandbox (the main job)"
	@echo "make test         run every test (parallel workers; about 10 minutes on 2 cores)"
	@echo "make test-quick   the fast inner loop: every test but the slow end-to-end ones"
	@echo "make lint         spec validators and linters, ruff, ruff format --check, mypy --strict, import layers"
	@echo "make format       normalize $(SPEC) and format the Python sources in place"
	@echo "make generate     regenerate the Python client (generated/) and the TypeScript client's types"
	@echo "make dist         the wheels (spec, sandbox, suite, client) and the npm tarball into dist/wheels"
	@echo "make customer-page  build the example customer page into examples/customer-page/dist"
	@echo "make sandbox | docs | breaking | bench | soak"
	@echo "make venv | node  install the Python venv / node_modules only"

# ---- environments (stamp files: re-run when their inputs change) ----

venv: $(VENV_STAMP)

# Also downloads the third-party wheels the four distributions need into $(WHEELHOUSE), so that tests/dist installs
# them without the network.
$(VENV_STAMP): pyproject.toml spec/pyproject.toml sandbox/pyproject.toml contract_tests/pyproject.toml
	test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PIP) install --quiet -e '.[dev]' $(addprefix -e ./,$(DISTS))
	$(PIP) download --quiet --dest $(WHEELHOUSE) $(addprefix ./,$(DISTS))
	touch $@

node: $(NODE_STAMP)

# npm ci leaves lifecycle scripts npm blocks by default (a telemetry postinstall) blocked.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# ---- spec tooling ----

format: $(VENV_STAMP)
	$(PY) scripts/format_spec.py $(SPEC)
	$(BIN)/ruff format $(PY_SOURCES) tests
	$(BIN)/ruff check --fix-only $(PY_SOURCES) tests

lint: lint-spec lint-python lint-ts

lint-spec: $(VENV_STAMP) $(NODE_STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODE_BIN)/spectral lint $(SPEC) --ruleset .spectral.yaml --fail-severity warn
	$(PY) scripts/redocly_lint.py $(SPEC)
	$(PY) scripts/check_spec.py $(SPEC)
	$(PY) scripts/format_spec.py --check $(SPEC)

lint-python: $(VENV_STAMP)
	$(BIN)/ruff check $(PY_SOURCES) tests
	$(BIN)/ruff format --check $(PY_SOURCES) tests
	$(BIN)/mypy --strict $(MYPY_TARGETS)
	$(BIN)/lint-imports

# tsc --strict over the TypeScript client, its tests and the example customer page.
lint-ts: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) scripts/build_ts.py check

# Every test, on parallel workers (pytest-xdist; tests/conftest.py keeps each file, and tests/client, on one worker).
test: $(VENV_STAMP) $(NODE_STAMP)
	$(BIN)/pytest -n $(TEST_WORKERS)

test-quick: $(VENV_STAMP) $(NODE_STAMP)
	$(BIN)/pytest -n $(TEST_WORKERS) -m "not slow"

# ---- client ----

generate: generate-python generate-ts

# Regenerate generated/allomancy-client from $(SPEC) (pinned generator, overrides/ config and templates).
generate-python: $(VENV_STAMP)
	$(PY) scripts/generate.py

# Its TypeScript twin: typescript-client/src/schema.ts (pinned openapi-typescript) and the package's version.
generate-ts: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) scripts/generate_ts.py

# The example customer page (esbuild bundle of examples/customer-page/src), ready to serve as static files.
customer-page: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) scripts/build_ts.py page

# ---- publishing ----

# dist/: the bundled spec (openapi.yaml, openapi.json) and one self-contained reference page (index.html).
docs: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) scripts/build_docs.py --spec $(SPEC) --out dist

# Fail on a breaking change against the last released spec (releases/openapi-X.Y.Z.yaml), unless the major was raised.
breaking: $(VENV_STAMP)
	$(PY) scripts/breaking.py $(SPEC)

# The conformance suite (contract_tests/) against the embedded sandbox, or ALLOMANCY_BASE_URL; reports in reports/.
# Extra flags: make conformance CONFORMANCE_ARGS="--examples 100 --seed 7" (see allomancy-conformance --help).
conformance: $(VENV_STAMP)
	$(BIN)/allomancy-conformance $(CONFORMANCE_ARGS)

# Wheels of the four distributions into dist/wheels (the spec is packaged inside allomancy-spec), and beside them
# the TypeScript client's npm tarball (allomancy-client-X.Y.Z.tgz, versioned with the spec).
# Built with a bare venv (pip only; setuptools comes through pip's build isolation), not the dev environment.
dist: $(NODE_STAMP)
	test -x $(DIST_VENV)/bin/python || $(PYTHON_BOOT) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python scripts/build_wheels.py dist/wheels
	$(DIST_VENV)/bin/python scripts/build_ts.py pack --out dist/wheels

# Soak the sandbox (a subprocess, loopback only): 32 clients x 20 s of mixed traffic with exact lost-update
# checks, then a rate-limited run (every 429 has Retry-After, polite clients finish). Exit 1 on any violation.
# Extra flags: make soak SOAK_ARGS="--clients 8 --duration 5 --json reports/soak.json" (python -m soak --help).
.PHONY: soak
soak: $(VENV_STAMP)
	$(PY) -m soak $(SOAK_ARGS)

# Benchmarks (benchmarks/, loopback only, about 6 min): sandbox vs Prism static under wrk, the conformance run,
# generated client vs raw httpx, generation time; prints one table. Needs wrk (installed by .ci/run; see README).
# Extra flags: make bench BENCH_ARGS="--quick" or "--only http,client" or "--strict" (python -m benchmarks.run --help).
bench: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) -m benchmarks.run $(BENCH_ARGS)

# ---- sandbox ----

# Serve the stateful sandbox in the foreground on $SANDBOX_HOST:$SANDBOX_PORT (127.0.0.1:8400);
# state in $SANDBOX_DB (.sandbox/sandbox.db), demo keys printed and written to $SANDBOX_KEYS_FILE.
sandbox: $(VENV_STAMP)
	$(BIN)/allomancy-sandbox serve

clean:
	rm -rf .pytest_cache .hypothesis reports dist build .sandbox .venv-dist .wheelhouse typescript-client/dist typescript-client/build \
	       examples/customer-page/dist
	find . -name __pycache__ -not -path './.venv/*' -not -path './node_modules/*' -prune -exec rm -rf {} +
