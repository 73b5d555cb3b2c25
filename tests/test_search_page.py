"""The site search page: sorting, "did you mean", and the kinds of results kept together."""

import re

import pytest

from tests.factories import make_authority

pytestmark = pytest.mark.usefixtures("search_index")


def result_titles(page: str) -> list[str]:
    return re.findall(r'<h2 class="h6 mb-1"><a href="[^"]+">(.*?)</a>', page)


def test_results_sorted_by_newest_keep_the_order_through_kinds_and_pages(client):
    for name in ("Harbour Alpha", "Harbour Beta", "Harbour Gamma"):
        make_authority(name_en=name, name_local=name)
    best = client.get("/search?q=harbour").get_data(as_text=True)
    assert '<option value="relevance" selected>' in best

    newest = client.get("/search?q=harbour&sort=newest").get_data(as_text=True)
    assert [re.sub("<[^>]+>", "", t) for t in result_titles(newest)] == [
        "Harbour Gamma", "Harbour Beta", "Harbour Alpha"
    ]  # fmt: skip
    assert '<option value="newest" selected>' in newest
    assert 'href="/search?q=harbour&amp;type=authority&amp;sort=newest"' in newest
    odd = client.get("/search?q=harbour&sort=sideways").get_data(as_text=True)
    assert '<option value="relevance" selected>' in odd and "search-results" in odd


def test_a_suggestion_is_offered_when_nothing_matches(client):
    make_authority(name_en="Ungheni")
    page = client.get("/search?q=ungeni&type=authority").get_data(as_text=True)
    assert "Nothing matches “ungeni”." in page
    assert '<a href="/search?q=ungheni&amp;type=authority">ungheni</a>' in page
    assert "search-suggestion" not in client.get("/search?q=ungheni").get_data(as_text=True)


def test_a_new_search_stays_within_the_chosen_kind(client):
    make_authority(name_en="Soroca")
    page = client.get("/search?q=soroca&type=authority").get_data(as_text=True)
    assert '<input type="hidden" name="type" value="authority">' in page
    assert 'name="type"' not in client.get("/search?q=soroca").get_data(as_text=True)
