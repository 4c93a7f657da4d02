"""Key players on small crafted articles: merging, roles, nationalities, junk."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.document import Document
from briefing.analysis.loading import document_from_text
from briefing.analysis.players import PLAYER_KINDS, Player, find_players


def article(*paragraphs: str, title: str = "Talks resume") -> Document:
    """A plain-text article with a title line and the given paragraphs."""
    return document_from_text("\n\n".join(paragraphs), title=title)


def players(*paragraphs: str, title: str = "Talks resume") -> dict[str, Player]:
    """The players of a crafted article, by name."""
    return {p.name: p for p in find_players(article(*paragraphs, title=title))}


def test_full_name_title_and_possessives_are_one_player() -> None:
    found = players(
        "Prime Minister Jane Doerr announced a housing plan on Tuesday.",
        "Critics said Ms Doerr had moved too fast.",
        "Doerr’s office declined to comment, and Doerr's aides were silent.",
    )
    doerr = found["Jane Doerr"]
    assert doerr.kind == "person"
    assert doerr.role == "Prime Minister"
    assert "Ms Doerr" in doerr.aliases
    assert doerr.mentions == 4
    assert doerr.sentences == (1, 2, 3)
    assert not [name for name in found if name != "Jane Doerr" and "Doerr" in name]


def test_surname_first_names_take_the_honorific_on_their_first_word() -> None:
    found = players(
        "Premier Li Qiang met Defence Minister Dong Jun in the capital.",
        "Mr Li said the talks were useful, and Mr Dong agreed.",
        "Later Mr Li left for the airport.",
    )
    assert "Mr Li" in found["Li Qiang"].aliases
    assert found["Li Qiang"].mentions == 3
    assert "Mr Dong" in found["Dong Jun"].aliases
    assert found["Dong Jun"].role == "Defence Minister"
    assert "Li" not in found and "Dong" not in found


def test_an_honorific_prefers_the_name_that_ends_with_the_word() -> None:
    found = players(
        "Anna Wang, a lawyer, met Wang Tao on Friday.",
        "Ms Wang said the meeting went well.",
        "Wang Tao left without speaking to reporters.",
    )
    assert "Ms Wang" in found["Anna Wang"].aliases
    assert "Ms Wang" not in found["Wang Tao"].aliases


def test_roles_from_titles_appositions_and_descriptors() -> None:
    found = players(
        "The transport minister, Daniel Reyes, said the line would reopen.",
        "Maria Lopez, the mayor of Valencia, welcomed the news.",
        "American billionaire Jim Rowe has offered to pay for repairs.",
        "Lena Ortiz of the Green Party called the plan reckless.",
        "Senior engineer Tom Baker said the tunnel was safe.",
        "Reyes, Lopez, Rowe, Ortiz and Baker will meet again next week.",
    )
    assert found["Daniel Reyes"].role == "transport minister"
    assert found["Maria Lopez"].role == "mayor of Valencia"
    assert found["Jim Rowe"].role == "American billionaire"
    assert found["Lena Ortiz"].role == "Green Party"
    assert found["Tom Baker"].role == "Senior engineer"


def test_no_role_when_the_article_states_none() -> None:
    found = players(
        "Peter Hallam arrived on Monday.",
        "Hallam said he was glad to be back.",
    )
    assert found["Peter Hallam"].role is None


def test_demonym_titles_and_country_forms_link_to_the_country() -> None:
    found = players(
        "Chinese Defence Minister Dong Jun rejected a meeting with his US counterpart.",
        "The US government said it regretted the decision.",
        "China has not explained its refusal, and Washington said it would try again.",
        "The US side hopes to meet in Singapore next month.",
    )
    assert found["Dong Jun"].role == "Chinese Defence Minister"
    us = found["US"]
    assert us.kind == "country"
    assert "US government" in us.aliases
    assert "Washington" in us.aliases
    assert {1, 2, 3, 4} <= set(us.sentences)
    assert 1 in found["China"].sentences
    assert "Singapore" not in found, "a venue is not a player"
    assert "Chinese" not in found


def test_a_capital_that_is_only_a_venue_is_not_the_country() -> None:
    found = players(
        "Diplomats gathered in Paris for the summit.",
        "The French president, Claire Aubert, hosted the talks in Paris.",
        "Aubert said the talks had gone well.",
    )
    assert "France" not in found
    assert "Paris" not in found
    assert found["Claire Aubert"].role == "French president"


def test_acronyms_and_parenthesised_aliases_join_their_organisation() -> None:
    found = players(
        "The World Health Organisation (WHO) issued new advice on Monday.",
        "WHO officials said the advice would be reviewed.",
        "The Federal Aviation Administration grounded the jets, and the FAA said checks would follow.",
    )
    assert found["World Health Organisation"].mentions == 3
    assert "WHO" in found["World Health Organisation"].aliases
    assert "FAA" in found["Federal Aviation Administration"].aliases
    assert found["Federal Aviation Administration"].kind == "organisation"


def test_lower_case_camps_and_national_teams_are_groups() -> None:
    found = players(
        "The pro-government camp won a majority, while the reformist camp lost seats.",
        "Leaders of the pro-government camp celebrated.",
        "The Kenyan team finished second, and the Kenyan team's coach was delighted.",
    )
    assert found["pro-government camp"].kind == "group"
    assert found["pro-government camp"].mentions == 2
    assert found["Kenyan team"].kind == "group"


def test_junk_capitals_are_not_players() -> None:
    found = players(
        "However, on Monday the State Department said talks would resume in March.",
        "Defence officials said the State Department had not consulted them.",
        "Meanwhile, State officials declined to comment on Friday.",
        "Although it was late, Tuesday brought no news.",
        title="Storm Hits Coast As Thousands Flee",
    )
    names = set(found)
    assert "State Department" in names
    for junk in ("However", "Monday", "March", "Friday", "Tuesday", "Defence", "State"):
        assert junk not in names
    for headline_word in ("Storm", "Hits", "Coast", "Thousands", "Flee"):
        assert headline_word not in names


def test_sentence_initial_common_words_and_credits_are_not_players() -> None:
    document = document_from_text(
        "Talks resume\n\nBy Sam Keller\n\nIodine levels fell, the ministry said.\n\n"
        "The ministry said iodine was added to salt. Officials at the Health Ministry agreed."
    )
    names = {p.name for p in find_players(document)}
    assert "Iodine" not in names
    assert "Sam Keller" not in names
    assert "Health Ministry" in names


def test_products_and_events_are_not_players() -> None:
    found = players(
        "Acme Corp said Widget Pro 7 would ship before the Winter Olympics.",
        "Acme Corp expects strong sales.",
    )
    assert "Acme Corp" in found
    assert "Widget Pro 7" not in found
    assert "Winter Olympics" not in found


def test_players_are_ranked_and_point_at_their_sentences() -> None:
    document = article(
        "Senator Ruth Alvarez opened the hearing on Monday.",
        "Alvarez questioned the witnesses for hours.",
        "Ms Alvarez later told reporters that Brian Cole, a lobbyist, had misled the panel.",
        "Cole denied it.",
        "Alvarez said the hearing would resume next week.",
    )
    found = find_players(document, frozenset({1}))
    assert [p.name for p in found][:2] == ["Ruth Alvarez", "Brian Cole"]
    for player in found:
        assert player.kind in PLAYER_KINDS
        assert player.sentences == tuple(sorted(set(player.sentences)))
        assert all(1 <= s <= len(document.sentences) for s in player.sentences)
        assert player.mentions >= len(player.sentences)
    assert found[1].role == "lobbyist"


def test_summary_sentences_raise_a_player() -> None:
    paragraphs = (
        "Anna Berg opened the meeting on Monday.",
        "Much later, Carl Dunn arrived with new papers.",
        "Berg and Dunn spoke until midnight.",
    )
    plain = [p.name for p in find_players(article(*paragraphs))]
    boosted = [p.name for p in find_players(article(*paragraphs), frozenset({2, 3}))]
    assert plain[0] == "Anna Berg"
    assert boosted[0] == "Carl Dunn"


def test_empty_and_nameless_articles_have_no_players() -> None:
    assert find_players(article("it was a quiet day, and nothing happened at all.")) == []


def test_the_publication_and_credited_names_are_not_players() -> None:
    text = (
        "Talks resume\n\nThe Daily Courier has learned that Acme Corp will close.\n\n"
        "Acme Corp said the plant was losing money, the Daily Courier reported.\n\n"
        "Reporting by Sam Keller"
    )
    document = document_from_text(text, source="https://www.dailycourier.com/news/acme")
    names = {p.name for p in find_players(document)}
    assert "Acme Corp" in names
    assert "Daily Courier" not in names
    assert "Sam Keller" not in names


def test_sentences_in_capitals_give_only_countries() -> None:
    found = players(
        "THE PRIME MINISTER SAID ON MONDAY THAT FRANCE WOULD JOIN THE TALKS.",
        "France has not confirmed it.",
    )
    assert set(found) == {"France"}


def test_titles_led_by_an_organisation_and_affiliations_after_a_name() -> None:
    found = players(
        "House Speaker Mike Johnson said the bill was dead on arrival.",
        "NATO Secretary General Jens Stoltenberg welcomed the vote.",
        "Sen. Rand Paul of Kentucky delayed the vote, and Senate Majority Leader Ann Moss, D-N.Y., objected.",
        "Johnson, Stoltenberg, Paul and Moss will meet on Friday.",
    )
    assert found["Mike Johnson"].role == "House Speaker"
    assert found["Jens Stoltenberg"].role == "NATO Secretary General"
    assert found["Ann Moss"].role == "Senate Majority Leader"
    assert "Rand Paul" in found
    assert not [name for name in found if "Kentucky" in name or "D-N.Y." in name]


def test_apposition_beats_an_abbreviated_title() -> None:
    found = players(
        "Sen. Mitch Harlow, the Republican leader, said the bill would pass.",
        "Harlow spoke for an hour.",
    )
    assert found["Mitch Harlow"].role == "Republican leader"


def test_shared_plural_heads_quoted_titles_and_name_particles() -> None:
    found = players(
        "After talks between the State and Homeland Security Departments, visas were granted.",
        'The robot, named "Spirit of the North Sea," scored well for the Kenyan team.',
        "Mexican energy minister Luz María de la Fuente said the plan was sound.",
        "De la Fuente will travel to the site, the State Department said.",
    )
    assert "State Department" in found
    assert "Homeland Security Department" in found
    assert not [name for name in found if "Spirit" in name or "North Sea" in name]
    assert found["Luz María de la Fuente"].role == "Mexican energy minister"


def test_common_words_capitalised_now_and_then_are_not_players() -> None:
    found = players(
        "Iodine deficiency is rising, and iodine is cheap.",
        "Doctors say iodine should be added to salt, because Iodine keeps children healthy.",
        "The Health Ministry said iodine supplies were adequate.",
    )
    assert "Iodine" not in found
    assert "Health Ministry" in found


def test_a_capitalised_descriptor_before_a_known_name_becomes_its_role() -> None:
    found = players(
        "The video featured Scientologist Peter Hale speaking to fans.",
        "Peter Hale later said the video was private.",
    )
    assert found["Peter Hale"].role == "Scientologist"
    assert found["Peter Hale"].mentions == 2
    assert not [name for name in found if name.startswith("Scientologist")]


def test_a_lone_head_word_joins_its_organisation_or_is_dropped() -> None:
    found = players(
        "The Department of Energy said prices would fall.",
        "The Department added that supplies were secure.",
        "The Commission did not comment, and the Agency was silent.",
    )
    assert found["Department of Energy"].mentions == 2
    assert "Commission" not in found and "Agency" not in found


def test_roles_said_later_in_the_text() -> None:
    found = players(
        "Omar Haddad arrived in the capital on Sunday.",
        "Haddad, who is the chief negotiator for the rebels, met diplomats.",
        "Nina Brandt was the mayor of Lyon until last year.",
        "Brandt and Haddad spoke briefly.",
    )
    assert found["Omar Haddad"].role == "chief negotiator for the rebels"
    assert found["Nina Brandt"].role == "mayor of Lyon"


_PIECES = [
    "Mr",
    "Mr.",
    "Ms",
    "President",
    "Foreign",
    "Minister",
    "of",
    "the",
    "The",
    "and",
    "de",
    "la",
    "Anna",
    "Wang",
    "Li",
    "Qin",
    "Gang",
    "Acme",
    "Corp",
    "Department",
    "State",
    "US",
    "U.S.",
    "Chinese",
    "American",
    "Washington",
    "Paris",
    "Monday",
    "May",
    "5",
    "IE6",
    "WHO",
    "camp",
    "pro-Beijing",
    "team",
    "Afghan",
    "said",
    "in",
    "'s",
    "’s",
    ",",
    ".",
    "(",
    ")",
    '"',
    "“",
    "”",
    "–",
    ":",
    "Image",
    "who",
    "is",
    "a",
    "billionaire",
    "NATO",
    "Secretary",
    "General",
    "D-N.Y.",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25), min_size=1, max_size=6)
)
def test_any_text_gives_well_formed_players(paragraphs: list[list[str]]) -> None:
    text = "\n\n".join(" ".join(words) + " end." for words in paragraphs)
    document = document_from_text(text)
    for player in find_players(document, frozenset({1})):
        assert player.name.strip()
        assert player.kind in PLAYER_KINDS
        assert player.sentences
        assert all(1 <= s <= len(document.sentences) for s in player.sentences)
        assert player.mentions >= len(player.sentences)
        assert player.name not in player.aliases


def test_a_name_shortened_bare_to_its_first_word_is_an_organisation() -> None:
    found = players(
        "Bayern Munich lost to Real Madrid on Wednesday.",
        "Bayern had led until the final minutes, and Real scored twice.",
        "President Xi Jinping spoke on Friday, and Mr Xi later left.",
    )
    assert found["Bayern Munich"].kind == "organisation"
    assert found["Real Madrid"].kind == "organisation"
    assert found["Xi Jinping"].kind == "person"


def test_a_clause_before_a_name_is_not_its_role() -> None:
    found = players(
        "After meeting the minister, Carla Stone said the deal was close.",
        "Stone left soon after.",
    )
    assert found["Carla Stone"].role is None
