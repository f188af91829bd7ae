"""The suite's layers, one pytest module per concern (markers L1-L8, see the README's table).

Each module parametrizes its tests from the spec alone (`session.spec_index()`), except L1 (test_operations.py),
whose Schemathesis schema needs the run's catalog; fixtures (fixtures.py) hand every test the run's session, client,
catalog and keys. The package's conftest.py (one level up) opens the session and writes the reports.
"""
