"""The built gazetteer index kept between processes: a marshal file under the user cache
directory, keyed by the city file and the shipped tables, written atomically."""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from array import array
from dataclasses import astuple
from pathlib import Path

from .gazetteer import GazEntry, Gazetteer, _data_text

CACHE_FORMAT = 4  # bumped when name folding or the tables read change
TABLES = ("places.tsv", "aliases.tsv", "countries.tsv", "regions.tsv")
_STATE = ("names", "cc", "admin1", "index", "country_names", "city_file")
_ARRAYS = ("lat", "lon", "pop", "gid")


def _cache_path(data_dir: str, city_file: str) -> Path | None:
    """Where the built index is kept between processes ($DATELINE_CACHE_DIR, else ~/.cache)."""
    base = os.environ.get("DATELINE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "dateline")
    try:
        st = os.stat(os.path.join(data_dir, city_file))
    except OSError:
        return None
    tables = "".join(_data_text(name) for name in TABLES)
    ident = f"{CACHE_FORMAT}|{city_file}|{st.st_size}|{st.st_mtime_ns}|{tables}"
    return Path(base) / f"gazetteer-{hashlib.sha1(ident.encode()).hexdigest()[:16]}.marshal"


def _save(gaz: Gazetteer, path: Path) -> None:
    """Write the index atomically: a unique temp file in the same folder, then os.replace, so
    two processes starting at once never leave a half-written cache behind."""
    state: dict[str, object] = {name: getattr(gaz, name) for name in _STATE}
    state.update({name: getattr(gaz, name).tobytes() for name in _ARRAYS})
    state["extra"] = {k: [astuple(e) for e in v] for k, v in gaz.extra.items()}
    state["format"] = CACHE_FORMAT
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(state))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _restore(path: Path) -> Gazetteer:
    """The cached index; ValueError when the file is not a complete cache of this format."""
    state = marshal.loads(path.read_bytes())
    if not isinstance(state, dict) or state.get("format") != CACHE_FORMAT:
        raise ValueError("not a gazetteer cache of this format")
    gaz = Gazetteer.__new__(Gazetteer)
    for name in _STATE:
        setattr(gaz, name, state[name])
    for name, code in zip(_ARRAYS, "ddqq"):
        arr = array(code)
        arr.frombytes(state[name])
        setattr(gaz, name, arr)
    rows = len(gaz.names)
    if not (len(gaz.cc) == len(gaz.admin1) == rows and all(
            len(getattr(gaz, name)) == rows for name in _ARRAYS)) or not gaz.index:
        raise ValueError("gazetteer cache columns disagree")
    gaz.extra = {k: [GazEntry(*e) for e in v] for k, v in state["extra"].items()}
    return gaz
