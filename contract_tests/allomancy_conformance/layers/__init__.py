"""The suite's layers, one pytest module per concern (markers L1-L8, see the README's table).

Importing a module does no I/O: tests are parametrized from the spec alone (`session.spec_index()`), and the run's
session, client, catalog, keys and L1's Schemathesis schema (`fuzzed_schema`) come through fixtures (fixtures.py).
The package's conftest.py (one level up) opens the session and writes the reports.
"""
