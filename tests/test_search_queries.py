"""What a reader can ask of the search: phrases, typed filters, facets, sorting, suggestions,
related documents, and text that must never break it. A real index, throw-away documents."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.accounts.models import Role
from app.search import PUBLIC, STAFF, Document, related, search
from tests.factories import make_user
from tests.test_search_languages import library  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("search_index")
START = datetime(2023, 1, 1, tzinfo=UTC)
FACETS = ("country", "theme", "sdg", "kind", "stage", "language", "year")


def practice(doc_id: int, title: str, body: str = "", language: str = "en", **facets) -> Document:
    return Document(
        "casebook", doc_id, title, body, f"/cases/{doc_id}", language, [PUBLIC],
        START + timedelta(days=doc_id), facets={"language": language, **facets},
    )  # fmt: skip


@pytest.fixture
def shelf(library):  # noqa: F811 - the fixture imported above
    """Five public practices and one only staff may see."""
    docs = [
        practice(1, "Green recovery of district heating", "Energy savings in schools.",
                 country="UA", theme=["green-recovery", "energy"], sdg=["7", "11"],
                 kind="case_study", stage="implemented", year=["2021", "2022"]),
        practice(2, "Solar roofs for kindergartens", "Energy from the sun; green budget.",
                 country="MD", theme=["energy"], sdg=["7"], kind="guide", stage="pilot",
                 year=["2022"]),
        practice(3, "Зелене відновлення громади", "Енергоефективність шкіл.", language="uk",
                 country="UA", theme=["green-recovery"], sdg=["13"], kind="case_study",
                 stage="scaled", year=["2023"]),
        practice(4, "Tourism routes in wine villages", "Recovery of small hotels, green trails.",
                 country="GE", theme=["tourism"], sdg=["8"], kind="ledp", stage="idea",
                 year=["2020"]),
        practice(5, "Market hall renovation", "A recovery plan; energy is green here too.",
                 country="AM", theme=["smes"], sdg=["8"], kind="case_study", stage="pilot",
                 year=["2022"]),
    ]  # fmt: skip
    hidden = replace(
        practice(6, "Confidential energy audit", "Energy audit draft.", country="UA",
                 theme=["energy"], kind="template", stage="idea", year=["2022"]),
        access=[STAFF],
    )  # fmt: skip
    library(*docs, hidden)
    return docs


def ids(text, user=None, **options):
    return [hit.doc_id for hit in search(text, user, doc_type="casebook", **options).hits]


def counts(results, facet):
    return dict(results.facets[facet])


def test_titles_weigh_more_than_bodies_and_phrases_keep_words_together(shelf):
    assert ids("green")[0] == 1  # in the title of 1, in the bodies of 2, 4 and 5
    assert ids("recovery")[0] == 1  # in the title of 1, in the bodies of 4 and 5
    assert set(ids('"green recovery"')) == {1}
    assert set(ids("green recovery")) >= {1, 4, 5}


def test_filters_typed_in_the_query(shelf):
    assert set(ids("energy country:UA")) == {1}
    assert set(ids("energy country:ua")) == {1}  # codes in any case
    assert set(ids("theme:energy")) == {1, 2}
    assert set(ids("year:2022 green")) == {1, 2, 5}
    assert set(ids("lang:uk")) == {3}
    assert set(ids("type:casebook energy")) == {1, 2, 5}
    assert set(ids("recovery stage:idea stage:pilot")) == {4, 5}  # one facet twice: either
    results = search("energy country:UA kind:guide", None, doc_type="casebook")
    assert results.total == 0 and results.filters == {"country": ["UA"], "kind": ["guide"]}


def test_an_unknown_field_name_is_just_text(shelf):
    assert set(ids("colour:green")) == {1, 2, 4, 5}
    assert ids("colour:nothing-like-it") == []


def test_filters_of_one_facet_are_or_and_of_several_facets_and(shelf):
    assert set(ids("", filters={"country": ["UA", "MD"]})) == {1, 2, 3}
    assert set(ids("", filters={"country": ["UA", "MD"], "kind": ["case_study"]})) == {1, 3}
    assert set(ids("", filters={"country": "UA"})) == {1, 3}  # one value as before
    assert ids("", filters={"country": ["UA"], "year": ["2020"]}) == []


def test_facet_counts_leave_out_their_own_filter(shelf):
    results = search("energy", None, doc_type="casebook", facets=FACETS,
                     filters={"country": ["UA"]})  # fmt: skip
    assert results.total == 1  # practice 1 (5 says energy too, but in Armenia)
    # Other countries are still offered, with what choosing them instead would give.
    assert counts(results, "country") == {"UA": 1, "MD": 1, "AM": 1}
    assert counts(results, "theme") == {"green-recovery": 1, "energy": 1}
    assert counts(results, "year") == {"2021": 1, "2022": 1}

    both = search("energy", None, doc_type="casebook", facets=FACETS,
                  filters={"country": ["UA", "MD"], "stage": ["pilot"]})  # fmt: skip
    assert both.total == 1  # practice 2
    assert counts(both, "country") == {"MD": 1, "AM": 1}  # with stage=pilot, any country
    assert counts(both, "stage") == {"implemented": 1, "pilot": 1}  # UA or MD, any stage


def test_browsing_without_words_lists_every_practice_newest_first_with_facets(shelf):
    results = search("", None, doc_type="casebook", facets=FACETS)
    assert [hit.doc_id for hit in results.hits] == [5, 4, 3, 2, 1]
    assert results.total == 5 and results.suggestion is None
    assert counts(results, "country") == {"UA": 2, "MD": 1, "GE": 1, "AM": 1}
    assert counts(results, "kind") == {"case_study": 3, "guide": 1, "ledp": 1}
    assert results.facets["sdg"] == [("7", 2), ("8", 2), ("11", 1), ("13", 1)]
    assert results.hits[0].facets["theme"] == "smes"
    assert results.hits[0].snippet == "A recovery plan; energy is green here too."


def test_sorting_by_newest(shelf):
    assert ids("green", sort="newest") == [5, 4, 2, 1]
    assert ids("green", sort="relevance")[0] == 1
    assert search("green", None, sort="sideways").sort == "relevance"


def test_staff_only_documents_are_not_found_or_counted_for_others(shelf):
    staff = make_user(role=Role.MODERATOR)
    for user in (None, make_user()):
        results = search("audit", user, doc_type="casebook", facets=FACETS)
        assert results.total == 0 and results.hits == []
        browse = search("", user, doc_type="casebook", facets=FACETS)
        assert counts(browse, "kind").get("template") is None
        assert counts(browse, "theme")["energy"] == 2
    browse = search("", staff, doc_type="casebook", facets=FACETS)
    assert counts(browse, "kind")["template"] == 1 and counts(browse, "theme")["energy"] == 3
    assert 6 in ids("audit", staff)


def test_did_you_mean_only_when_little_matches(shelf):
    results = search("kindergarden", None)
    assert results.total == 0 and results.suggestion == "kindergartens"
    assert ids(results.suggestion) == [2]
    typed = search("rofs country:MD", None)
    assert typed.suggestion == "roofs country:MD"  # the filter is kept
    assert search("energy", None).suggestion is None  # enough matches: no suggestion asked
    assert search("zzqxv", None).suggestion is None  # nothing close


def test_related_practices(shelf):
    similar = related("casebook", 1, None, limit=3)
    found = [hit.doc_id for hit in similar]
    assert found and 1 not in found and 6 not in found and len(found) <= 3
    assert found[0] == 5  # green, recovery and energy: the most shared words
    staff_found = [hit.doc_id for hit in related("casebook", 1, make_user(role=Role.ADMIN))]
    assert 6 in staff_found
    assert related("casebook", 999, None) == []
    assert related("nothing", 1, None) == []


@pytest.mark.parametrize("text", [
    '"green recovery', 'green"', '"', '""', "AND", "OR", "NOT", "-", "+", "AND OR NOT",
    "green AND", "NOT green", "(", ")", "((green", "green)", "*", "*:*", "country:", ":",
    "x" * 10_000, "green " * 3_000, "\x00\x01\x1b[31m", "\ud800", "\ue000green\ue001",
    "💚 ♻️", "ქუთაისი 🇬🇪", "green^5", "gre*", "[a TO z]", "title:green", "type:", "'",
    "country:\"\"", "year:\"2022", "\\", "green\\", "{}", "<script>",
])  # fmt: skip
def test_any_text_gives_results_or_nothing_never_an_error(shelf, text):
    results = search(text, None, facets=FACETS)
    assert results.total >= 0 and isinstance(results.facets, dict)
    assert all(hit.doc_id != 6 for hit in results.hits)


def test_only_stop_words_find_nothing_rather_than_everything(shelf):
    assert search("the of and", None, doc_type="casebook").total == 0
