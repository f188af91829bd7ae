"""Self-tests of the conformance suite (contract_tests/): unit tests of its parts, the broken-server detection
runs and the live-store safety runs."""
