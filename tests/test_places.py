"""find_places and the gazetteer on hand-written fictional sentences."""

from __future__ import annotations


from dateline.annotate.places.gazetteer import load_gazetteer
from dateline.annotate.places import dateline_in_text



def test_gazetteer_alternate_names():
    gaz = load_gazetteer()
    assert max(gaz.lookup("Kharkov"), key=lambda e: e.population).name == "Kharkiv"
    assert any(e.precision == "country" and e.country == "US" for e in gaz.lookup("U.S."))


def test_kiev_resolves_to_kyiv(places):
    out = places("Shelling hit Kiev and Kharkov on Monday, officials said.")
    kiev = out["Kiev"]
    assert kiev.name == "Kyiv" and kiev.country == "UA" and kiev.precision == "city"
    assert abs(kiev.lat - 50.45) < 0.1 and abs(kiev.lon - 30.52) < 0.1
    assert out["Kharkov"].name == "Kharkiv"


def test_paris_texas_by_qualifier(places):
    out = places("Storms hit Paris, Texas, on Monday, flooding several streets.")
    assert out["Paris"].country == "US" and abs(out["Paris"].lat - 33.66) < 0.1
    assert out["Texas"].precision == "region"


def test_paris_france_by_default_and_texas_by_dateline(places):
    text = "Tourists crowded Paris on Sunday as the museums reopened."
    assert places(text)["Paris"].country == "FR"
    assert places(text, dateline="PARIS, Texas")["Paris"].country == "US"


def test_seas_and_regions(places):
    out = places("Warships gathered in the Black Sea and the Sea of Azov. Fighting continued in "
                 "Crimea and the Donbas.")
    assert out["Black Sea"].precision == "water" and out["Sea of Azov"].precision == "water"
    assert out["Crimea"].precision == "region" and out["Crimea"].country == "UA"
    assert out["Donbas"].country == "UA"


def test_a_sea_is_not_the_land_it_is_named_after(places):
    out = places("The rings formed in the Tasman Sea off Australia last year.")
    assert out["Tasman Sea"].country != "NZ" and out["Tasman Sea"].precision == "water"


def test_the_sky_is_no_town_unless_one_is_said(places):
    out = places("The planets lie beyond the Milky Way, far from Earth and Jupiter. He lives in "
                 "Jupiter, Florida.")
    assert all(p.lat is None for t, p in out.items() if t in ("Earth", "Milky Way"))
    assert {p.country for t, p in out.items() if t == "Jupiter"} <= {None, "US"}


def test_a_name_spelled_with_its_own_accents_is_that_town(places):
    text = ("A family from New York and Florida died when their plane went down in Costa Rica. "
            "They were headed to San José from Guanacaste, officials in Costa Rica said.")
    assert places(text)["San José"].country == "CR"


def test_country_has_point_inside(places):
    ua = places("Ukraine asked for more help on Tuesday.")["Ukraine"]
    assert ua.precision == "country" and ua.country == "UA"
    assert 44 < ua.lat < 53 and 22 < ua.lon < 41


def test_dateline_in_text():
    assert dateline_in_text("Title\n\nKHARKIV, Ukraine — Troops moved.") == "KHARKIV, Ukraine"
    assert dateline_in_text("No dateline here. Troops moved.") is None


def test_gazetteer_cache_round_trip(tmp_path):
    from dateline.annotate.places.gazetteer_cache import _restore, _save

    gaz = load_gazetteer()
    _save(gaz, tmp_path / "g.marshal")
    back = _restore(tmp_path / "g.marshal")
    for name in ("Kiev", "Crimea", "Paris", "U.S.", "Black Sea"):
        assert back.lookup(name) == gaz.lookup(name)


def test_an_old_name_of_a_big_city_sets_the_storys_country(places):
    # "Kharkov" is Kharkiv's old name, not a town of its own: the story is in Ukraine, so
    # "Odessa" is Odesa, not Odessa, Texas
    out = places("Fighting raged in Kharkov and Odessa.")
    assert out["Odessa"].country == "UA"


def test_an_apposition_naming_the_country_qualifies_the_town(places):
    out = places("Protesters gathered in Victoria, the capital of the Seychelles, on Friday.")
    assert out["Victoria"].country == "SC" and out["Victoria"].precision == "city"
