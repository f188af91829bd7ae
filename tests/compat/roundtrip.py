"""Run by test_generators.py in a fresh interpreter, with the openapi-generator Python client on sys.path.

For every documented request example in the spec: load it into the generated request model (oneOf
bodies pick their branch), write it back to JSON, and check every field survived. Then check that the
generated oneOf models refuse a body naming two coupons. Prints one JSON report on stdout.

Usage: python roundtrip.py SPEC PACKAGE
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import warnings
from typing import Any

import allomancy_spec


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def model(package: str, name: str) -> Any:
    return getattr(importlib.import_module(f"{package}.models.{snake(name)}"), name)


def main(spec_path: str, package: str) -> int:
    warnings.simplefilter("ignore")  # pydantic's note on a field named `copy` is not ours to fix
    spec = allomancy_spec.load(spec_path)
    examples = spec["components"]["examples"]
    report: dict[str, Any] = {"checked": [], "problems": []}
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "requestBody" not in op:
                continue
            media = op["requestBody"]["content"]["application/json"]
            name = media["schema"]["$ref"].rsplit("/", 1)[1]
            cls = model(package, name)
            for label, example in (media.get("examples") or {}).items():
                value = examples[example["$ref"].rsplit("/", 1)[1]]["value"] if "$ref" in example else example["value"]
                where = f"{op['operationId']}/{label}"
                try:
                    loaded = cls.from_dict(value)
                    back = json.loads(loaded.to_json())
                except Exception as exc:  # noqa: BLE001 - reported, the test fails on it
                    report["problems"].append(f"{where}: {type(exc).__name__}: {exc}")
                    continue
                lost = {k: (v, back.get(k)) for k, v in value.items() if back.get(k) != v}
                if lost:
                    report["problems"].append(f"{where}: fields changed on the way back: {lost}")
                branch = type(getattr(loaded, "actual_instance", None) or loaded).__name__
                report["checked"].append([where, name, branch])
    two = {"code": "SPRING10", "couponId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "scope": 0}
    try:
        model(package, "ApplyCouponRequest").from_dict(two)
        report["problems"].append("ApplyCouponRequest accepted a body naming the coupon twice")
    except ValueError:
        pass
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
