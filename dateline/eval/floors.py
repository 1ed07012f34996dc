"""Quality floors pinned in floors.json; a score below its floor fails `dateline eval`."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Mapping


def load_floors() -> dict[str, dict[str, float]]:
    return json.loads(resources.files("dateline.eval").joinpath("floors.json").read_text())


def flatten(result: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """{"boilerplate": {"recall": 1.0}} -> {"boilerplate_recall": 1.0} (numbers only)."""
    flat: dict[str, float] = {}
    for key, value in result.items():
        name = f"{prefix}{key}"
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            flat[name] = float(value)
        elif isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}_"))
    return flat


def below_floors(section: str, metrics: Mapping[str, float],
                 floors: Mapping[str, Mapping[str, float]] | None = None) -> list[str]:
    """Every metric of `section` that is under its pinned floor, as 'name 0.71 < 0.75'."""
    pinned = (floors if floors is not None else load_floors()).get(section, {})
    failures = []
    for name, floor in pinned.items():
        score = metrics.get(name)
        if score is None:
            failures.append(f"{section}.{name} missing (floor {floor})")
        elif score + 1e-9 < floor:
            failures.append(f"{section}.{name} {score:.3f} < {floor}")
    return failures
