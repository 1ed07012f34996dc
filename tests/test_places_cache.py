"""The gazetteer cache: atomic writes and damaged files rejected on load."""

from __future__ import annotations

import marshal

import pytest

from dateline.annotate.places.gazetteer import load_gazetteer
from dateline.annotate.places.gazetteer_cache import _restore, _save


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "cache" / "g.marshal"
    _save(load_gazetteer(), path)
    _save(load_gazetteer(), path)  # a second writer replaces, never appends
    assert [p.name for p in path.parent.iterdir()] == ["g.marshal"]
    assert _restore(path).lookup("Emilia-Romagna") == load_gazetteer().lookup("Emilia-Romagna")


@pytest.mark.parametrize("payload", [b"", b"garbage", marshal.dumps({"format": 0}),
                                     marshal.dumps([1, 2, 3])])
def test_damaged_cache_is_rejected(tmp_path, payload):
    path = tmp_path / "g.marshal"
    path.write_bytes(payload)
    with pytest.raises((ValueError, EOFError)):
        _restore(path)


def test_truncated_cache_is_rejected(tmp_path):
    path = tmp_path / "g.marshal"
    _save(load_gazetteer(), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises((ValueError, EOFError)):
        _restore(path)
