"""The Allomancy conformance suite (run it with `make conformance`; see README.md)."""
