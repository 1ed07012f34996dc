"""Export rules on their own: ACLED dates, geo precision, sub-event types, fatalities, and cells
that stay text in CSV and pandas (the exports of a whole store are in test_export.py)."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from dateline.export import ExportError, check_format
from dateline.export import rules
from dateline.export.output import cell, csv_rows


# --- pure rules ---------------------------------------------------------------------------


def test_event_dates_follow_acled_time_precision():
    assert rules.event_date("2024-03-04", "timex") == (rules.dt.date(2024, 3, 4), 1)
    assert rules.event_date("2024-03-04T05:00", "timex")[1] == 1
    assert rules.event_date("2024-03-04", "published") == (rules.dt.date(2024, 3, 4), 2)
    assert rules.event_date("2024-W10") == (rules.dt.date(2024, 3, 7), 2)  # Thursday
    assert rules.event_date("2024-W10-WE") == (rules.dt.date(2024, 3, 9), 2)
    assert rules.event_date("2024-03") == (rules.dt.date(2024, 3, 15), 3)
    assert rules.event_date("2024") == (rules.dt.date(2024, 7, 1), 3)
    assert rules.event_date("2024-02-30") == (None, None)
    assert rules.event_date(None) == (None, None)


def test_geo_precision_town_near_town_and_region():
    assert rules.geo_precision("city", "Goma", "Troops shelled Goma on Monday.") == 1
    assert rules.geo_precision("city", "Goma", "Troops shelled positions near Goma.") == 2
    assert rules.geo_precision("city", "Goma", "Clashes north of Goma.") == 2
    assert rules.geo_precision("region", "Kivu", "Clashes in Kivu.") == 3
    assert rules.geo_precision("country", "Congo", "In Congo.") == 3
    assert rules.geo_precision(None, "X", "") is None


@pytest.mark.parametrize("acled_type, plover, trigger, sentence, expected", [
    ("Explosions/Remote violence", "FIGHT", "shelled", "Troops shelled the town.",
     "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "FIGHT", "airstrike", "An airstrike hit.", "Air/drone strike"),
    ("Explosions/Remote violence", "ASSAULT", "explosion", "A suicide bomber's explosion.",
     "Suicide bomb"),
    ("Explosions/Remote violence", "ASSAULT", "blast", "A roadside blast.",
     "Remote explosive/landmine/IED"),
    ("Battles", "FIGHT", "clashed", "Rebels clashed with troops.", "Armed clash"),
    ("Battles", "COERCE", "seized", "Rebels seized the town.", ""),  # depends on who seized
    ("Violence against civilians", "ASSAULT", "killed", "Gunmen killed 4.", "Attack"),
    ("Violence against civilians", "COERCE", "abducted", "Gunmen abducted 4.",
     "Abduction/forced disappearance"),
    ("Strategic developments", "COERCE", "arrested", "Police arrested 40.", "Arrests"),
    ("Strategic developments", "AGREE", "signed", "They signed a ceasefire.", "Agreement"),
    ("Strategic developments", "AGREE", "offered", "They offered help.", ""),
    ("Protests", "PROTEST", "protested", "Thousands protested.", ""),
    (None, "DEMAND", "urged", "They urged calm.", ""),
])
def test_sub_event_types_only_where_clear(acled_type, plover, trigger, sentence, expected):
    assert rules.sub_event_type(acled_type, plover, trigger, sentence) == expected


def test_fatalities_take_each_report_then_the_most_conservative():
    def fig(value, article="a", start=0):
        return {"value": value, "article_id": article, "start": start}

    # a report's nested "including 3 children" is not added; the lower of two reports wins
    count, chosen = rules.fatalities([[fig(12), fig(3, start=9)], [fig(30, "b")], []])
    assert count == 12 and chosen == fig(12)
    assert rules.fatalities([[], []]) == (0, None)


def test_a_death_figure_belongs_to_the_nearest_violent_trigger():
    figure = {"start": 60, "end": 61}
    triggers = [{"mention_id": "a:0001", "trigger_start": 13, "trigger_end": 21,
                 "acled_type": "Battles"},
                {"mention_id": "a:0002", "trigger_start": 52, "trigger_end": 59,
                 "acled_type": "Violence against civilians"},
                {"mention_id": "a:0003", "trigger_start": 62, "trigger_end": 67,
                 "acled_type": None}]  # speech: never owns deaths
    assert rules.owns(figure, "a:0002", triggers)
    assert not rules.owns(figure, "a:0001", triggers)
    assert not rules.owns(figure, "a:0003", triggers)


@pytest.mark.parametrize("value", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
                                   "\tx", "\rx"])
def test_formula_openings_get_a_quote(value):
    assert cell(value) == "'" + value


def test_hostile_cells_survive_csv_and_pandas():
    rows = [{"a": "=HYPERLINK(\"http://x\",\"y\")", "b": 'he said, "no"\nthen left',
             "c": ["x, y", "z"], "d": -3.5, "e": None, "f": "nul\x00byte"}]
    handle = io.StringIO()
    assert csv_rows(handle, ("a", "b", "c", "d", "e", "f"), rows) == 1
    back = pd.read_csv(io.StringIO(handle.getvalue()))
    assert back.loc[0, "a"] == "'=HYPERLINK(\"http://x\",\"y\")"
    assert back.loc[0, "b"] == 'he said, "no"\nthen left'
    assert back.loc[0, "c"] == "x, y; z"
    assert back.loc[0, "d"] == -3.5  # numbers are never prefixed
    assert pd.isna(back.loc[0, "e"]) and back.loc[0, "f"] == "nulbyte"


def test_unknown_format_is_an_export_error():
    assert check_format(" ACLED ") == "acled"
    with pytest.raises(ExportError) as caught:
        check_format("xlsx")
    assert caught.value.code == "E060" and "acled" in caught.value.message
