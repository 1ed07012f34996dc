"""Shared fixtures: paths to ../shared data (tests skip cleanly when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "seeds-gold.json"
DEMO = ROOT / "demo" / "corpus"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (../shared beside the checkout)")
    return SEEDS


@pytest.fixture(scope="session")
def gold_path() -> Path:
    if not GOLD.is_file():
        pytest.skip(f"gold file not found at {GOLD} (../shared beside the checkout)")
    return GOLD


@pytest.fixture(scope="session")
def nlp():
    from dateline.annotate.nlp import load_nlp

    return load_nlp()
