"""The PLOVER inventory, the trigger lexicon and the PLOVER -> ACLED mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.annotate.events import ontology
from dateline.annotate.events.ontology import (ACLED_TYPES, PLOVER_TO_ACLED, PLOVER_TYPES,
                                               acled_type, load_lexicon, normalize_type,
                                               parse_lexicon)

DOC = Path(__file__).resolve().parents[1] / "docs" / "ontology.md"


def test_every_type_has_an_acled_entry():
    assert set(PLOVER_TO_ACLED) == set(PLOVER_TYPES)
    assert all(v is None or v in ACLED_TYPES for v in PLOVER_TO_ACLED.values())


def test_lexicon_loads_and_covers_types():
    lexicon = load_lexicon()
    types = {row.type for rows in lexicon.values() for row in rows}
    assert types == set(PLOVER_TYPES)


def test_plover_2021_names_fold():
    assert normalize_type("request") == "DEMAND"
    assert normalize_type("ACCUSE") == "DISAPPROVE"
    assert acled_type("FIGHT") == "Battles"
    assert acled_type("FIGHT", "Explosions/Remote violence") == "Explosions/Remote violence"


def test_malformed_row_is_reported():
    with pytest.raises(ValueError, match="line 1"):
        parse_lexicon("attack\tV\tNOT_A_TYPE\t-\n")


def test_docs_table_matches_code():
    if not DOC.is_file():
        pytest.skip("docs/ontology.md absent")
    text = DOC.read_text("utf-8")
    for plover, acled in PLOVER_TO_ACLED.items():
        row = next((line for line in text.splitlines() if line.startswith(f"| {plover} ")), None)
        assert row is not None, f"{plover} missing from docs/ontology.md"
        assert (acled or "—") in row
    assert ontology.LEXICON_FILE in text
