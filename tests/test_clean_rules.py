"""Boilerplate rules on tiny hand-written fictional articles."""

from __future__ import annotations

import pytest

from dateline.clean import clean_document
from dateline.config import Options
from dateline.errors import InputError
from dateline.model import RawDocument

OPTIONS = Options()


def clean(text: str, fmt: str = "text", **meta: object):
    return clean_document(RawDocument("fake.txt", fmt, raw=text, text=text, meta=meta), OPTIONS)


BODY_1 = "The river flooded the lower town of Brindle on Tuesday, officials said."
BODY_2 = "Rescue crews moved 300 residents to the school gym before nightfall."
BODY_3 = "The mayor said repairs to the old bridge would take at least two months."


def test_caption_with_credit_and_its_duplicate_removed() -> None:
    caption = "A boat carries sandbags along Mill Street in Brindle on Tuesday."
    text = (f"Floods hit Brindle\n\n{caption}\n{caption} (Ola Marsh / Northwind Photo)\n\n"
            f"{BODY_1}\n\n{BODY_2}\n")
    article = clean(text)
    assert caption not in article.text
    assert article.text.startswith(BODY_1)
    assert sum(caption in line for line in article.removed) == 2


@pytest.mark.parametrize("credit", [" — AP", " (AP Photo/Ted Vance)",
                                    " Photograph: Ted Vance/Getty Images"])
def test_caption_credit_shapes(credit: str) -> None:
    caption = "Volunteers stack sandbags near the bridge."
    article = clean(f"Floods hit Brindle\n\n{caption}{credit}\n\n{BODY_1}\n\n{BODY_2}")
    assert caption not in article.text
    assert article.wire is None  # a photo credit does not make the story agency copy


def test_recommended_list_removed_to_the_end() -> None:
    text = (f"Floods hit Brindle\n\n{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n\nRecommended Stories\n\n"
            "  • Storm season starts early in the valley\n\n"
            "    Forecasters expect a wet spring across the region this year.\n\n"
            "  • Bridge repairs delayed again\n\n"
            "    The council postponed the vote on funding for the third time.\n")
    article = clean(text)
    assert article.text.endswith(BODY_3)
    assert "Forecasters" not in article.text and "Bridge repairs" not in article.text
    assert "Recommended Stories" in article.removed


@pytest.mark.parametrize("marker", ["ALSO READ:", "Read more...", "Advertisement", "Advertising",
                                    "READ MORE: Brindle council to vote on flood barriers",
                                    "Subscribe to our newsletter", "Sign up for daily alerts",
                                    "Share this article", "·4 min read",
                                    "MOST READ IN NEWS STORM WARNING Brindle braces for gales "
                                    "as river rises BRIDGE SHUT Council closes old crossing",
                                    "Newsletter Sign Up Continue reading the main story Get the "
                                    "Morning Briefing by Email What you need to know to start "
                                    "your day, delivered to your inbox Monday through Friday. "
                                    "Please verify you're not a robot by clicking the box. "
                                    "Invalid email address. Please re-enter. You must select a "
                                    "newsletter to subscribe to.",
                                    "Skip in Skip x Embed x Share CLOSE Flood barriers go up in "
                                    "Brindle | 1:12 Crews worked through the night. (Jan. 4) AP "
                                    "1 of 12 Skip in Skip x Embed x Share CLOSE",
                                    "Your browser does not support iframes.",
                                    "Related stories STORM WARNING Brindle braces for gales "
                                    "'We were ready' Council closes old crossing as river rises"])
def test_marker_lines_removed(marker: str) -> None:
    article = clean(f"Floods hit Brindle\n\n{BODY_1}\n\n{marker}\n\n{BODY_2}\n\n{BODY_3}")
    assert marker not in article.text
    assert article.text == "\n\n".join([BODY_1, BODY_2, BODY_3])


def test_sentences_that_start_like_markers_are_kept() -> None:
    lines = ["More than 40 homes were damaged.", "Share prices of local insurers fell.",
             "By Friday, the water had gone.", "Updated figures show 12 people injured.",
             "Most read the warnings too late."]
    article = clean("Floods hit Brindle\n\n" + "\n\n".join([BODY_1, *lines, BODY_2]))
    for line in lines:
        assert line in article.text


def test_standfirst_before_byline_removed_and_trailing_agency_line_gives_wire() -> None:
    standfirst = "The worst flooding in forty years forced hundreds from home"
    text = (f"Floods hit Brindle\n\n{standfirst}\n\nBy Ana Lee\n\n{BODY_1}\n\n{BODY_2}\n\n"
            "Reuters\n")
    article = clean(text)
    assert article.text == f"{BODY_1}\n\n{BODY_2}"
    assert article.wire == "Reuters"
    assert standfirst in article.removed


def test_lede_without_full_stop_right_before_body_is_kept() -> None:
    lede = "The worst flooding in forty years forced hundreds of families from their homes"
    article = clean(f"Floods hit Brindle\n\n{lede}\n\n{BODY_1}\n\n{BODY_2}")
    assert article.text.startswith(lede)


def test_trailing_list_items_are_kept_but_share_bar_goes() -> None:
    items = ["Best drama: The Quiet Harbour (Northwind, Channel 9)",
             "Best comedy: Six Owls (Lantern Films, Channel 4)"]
    article = clean(f"Awards night\n\n{BODY_1}\n\nThe winners were:\n\n" + "\n".join(items)
                    + "\n\nShare\nTweet")
    assert all(item in article.text for item in items)
    assert "Tweet" not in article.text


def test_reported_from_line_removed_and_gives_authors() -> None:
    text = (f"Floods hit Brindle\n\n{BODY_1}\n\n{BODY_2}\n\nOkafor reported from Brindle and "
            "Lindqvist from Oslo. Staff writer Pia Ruiz in Lagos contributed to this report.")
    article = clean(text)
    assert article.authors == ("Okafor", "Lindqvist")
    assert "reported from" not in article.text


def test_credit_lines_removed() -> None:
    text = (f"{BODY_1}\n\n{BODY_2}\n\nAdditional reporting by Ana Lee in Oslo\n\n"
            "(Reporting by Tom Reed; Editing by Kay Moss)")
    article = clean(text)
    assert article.text == f"{BODY_1}\n\n{BODY_2}"


def test_html_body_lines_follow_the_same_rules() -> None:
    article = clean(f"{BODY_1}\nAdvertisement\n{BODY_2}\nRead more", fmt="html",
                    title="Floods hit Brindle")
    assert article.text == f"{BODY_1}\n{BODY_2}"
    assert article.title == "Floods hit Brindle"


def test_title_repeated_in_body_is_dropped() -> None:
    article = clean(f"Floods hit Brindle\n\n{BODY_1}", fmt="jsonl", title="Floods hit Brindle")
    assert article.text == BODY_1


def test_empty_after_cleaning_is_e006() -> None:
    with pytest.raises(InputError) as caught:
        clean("Advertisement\n\nSubscribe now\n\nRead more...")
    assert caught.value.code == "E006"


def test_body_text_keeps_original_characters() -> None:
    quote = "“We lost everything,” said Dara Venn, whose bakery’s cellar filled with water."
    article = clean(f"Floods hit Brindle\n\n{quote}\n\n{BODY_1}")
    assert quote in article.text


def test_caption_above_a_credit_line_removed() -> None:
    caption = "Volunteers stack sandbags near the old bridge in Brindle."
    text = (f"Floods hit Brindle\n\n{caption}\nPhotograph: Ted Vance/Northwind\n\n"
            f"{BODY_1}\n\n{BODY_2}")
    article = clean(text)
    assert article.text == f"{BODY_1}\n\n{BODY_2}"


def test_prose_opening_with_a_list_heading_kept() -> None:
    line = "Related stories have run in the Brindle Courier all week, the council said."
    article = clean(f"Floods hit Brindle\n\n{BODY_1}\n\n{line}\n\n{BODY_2}")
    assert line in article.text
