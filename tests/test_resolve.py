"""Cross-article resolution: pure functions over known entities and one article's mentions."""

from __future__ import annotations

from dateline.annotate.entities.grouping import entity_id
from dateline.fuse.resolve import (KnownEntity, absorbed_ids, choose_canonical, known_from,
                                   resolve_mentions)
from dateline.model import EntityMention


def _m(text: str, canonical: str, type_: str = "PERSON", key: str | None = None) -> EntityMention:
    return EntityMention(0, len(text), text, type_, canonical,
                         entity_id(type_, key or canonical.lower()))


ZEL = KnownEntity("per:zel", "Volodymyr Zelenskyy", "PERSON")
BORIS = KnownEntity("per:boris", "Boris Johnson", "PERSON")
DWAYNE = KnownEntity("per:dwayne", "Dwayne Johnson", "PERSON")


def test_surname_only_article_links_to_known_full_name():
    out = resolve_mentions([ZEL, BORIS], [_m("Zelensky", "Zelensky")])
    assert out[0].entity_id == "per:zel" and out[0].canonical == "Volodymyr Zelenskyy"
    assert out[0].text == "Zelensky"


def test_full_name_variant_links():
    out = resolve_mentions([ZEL], [_m("Wolodymyr Zelenskiy", "Wolodymyr Zelenskiy")])
    assert out[0].entity_id == "per:zel"


def test_ambiguous_surname_left_alone():
    m = _m("Johnson", "Johnson")
    assert resolve_mentions([BORIS, DWAYNE], [m]) == [m]


def test_known_id_takes_store_spelling():
    m = EntityMention(0, 4, "Kiev", "PLACE", "Kiev", "plc:kyiv")
    out = resolve_mentions([KnownEntity("plc:kyiv", "Kyiv", "PLACE")], [m])
    assert out[0].canonical == "Kyiv"


def test_acronym_links_to_known_org():
    known = [KnownEntity("org:ijf", "International Judo Federation", "ORG")]
    assert resolve_mentions(known, [_m("IJF", "IJF", "ORG")])[0].entity_id == "org:ijf"


def test_full_name_absorbs_stored_surname():
    known = [KnownEntity("per:putin", "Putin", "PERSON")]
    full = _m("Vladimir Putin", "Vladimir Putin")
    assert absorbed_ids(known, [full]) == {"per:putin": full.entity_id}


def test_choose_canonical_majority_then_first_seen():
    assert choose_canonical(["Zelenskyy", "Zelensky", "Zelensky"]) == "Zelensky"
    assert choose_canonical(["Zelenskyy", "Zelensky", "Zelenskiy"]) == "Zelenskyy"


def test_known_from_dedupes():
    ms = [_m("Putin", "Vladimir Putin"), _m("Vladimir Putin", "Vladimir Putin")]
    assert len(known_from(ms)) == 1


def test_gendered_surnames_stay_apart():
    known = [KnownEntity("per:peskov", "Dmitry Peskov", "PERSON")]
    m = _m("Elizaveta Peskova", "Elizaveta Peskova")
    assert resolve_mentions(known, [m]) == [m]
    assert resolve_mentions(known, [_m("Peskova", "Peskova")])[0].entity_id != "per:peskov"


def test_title_is_no_first_name():
    known = [KnownEntity("per:putin", "Vladimir Putin", "PERSON")]
    assert resolve_mentions(known, [_m("President Putin", "President Putin")])[0].entity_id \
        == "per:putin"


def test_stored_lone_org_is_absorbed_by_full_name():
    known = [KnownEntity("org:putin", "Putin", "ORG")]
    full = _m("Vladimir Putin", "Vladimir Putin")
    assert absorbed_ids(known, [full]) == {"org:putin": full.entity_id}
