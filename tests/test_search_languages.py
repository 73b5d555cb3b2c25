"""Word forms per content language, on a real index: what a reader types finds what was written."""

from datetime import UTC, datetime, timedelta

import pytest

from app.search import PUBLIC, Document, search
from app.search import maintenance as search_maintenance
from app.search.documents import SOURCES, Source

pytestmark = pytest.mark.usefixtures("search_index")
START = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture
def library(monkeypatch):
    """Index throw-away case studies: library(doc, ...) rebuilds the index with them."""
    documents: dict[int, Document] = {}

    def load(ids):
        return [documents[i] for i in ids if i in documents]

    source = Source("casebook", load, lambda: list(documents), "Case studies")
    monkeypatch.setitem(SOURCES, "casebook", source)

    def add(*docs: Document) -> None:
        documents.update({doc.doc_id: doc for doc in docs})
        search_maintenance.rebuild(search_maintenance.plan_rebuild())

    return add


def case(doc_id: int, language: str, title: str, body: str = "") -> Document:
    return Document("casebook", doc_id, title, body, f"/cases/{doc_id}", language, [PUBLIC],
                    START + timedelta(days=doc_id))  # fmt: skip


def ids(text: str) -> set[int]:
    return {hit.doc_id for hit in search(text, None, doc_type="casebook").hits}


def test_english_finds_other_forms_of_a_word(library):
    library(case(1, "en", "Investment in district heating"), case(2, "en", "Tourism routes"))
    assert ids("investments") == {1}
    assert ids("heated") == {1}


def test_ukrainian_words_are_found_in_their_other_forms(library):
    library(
        case(1, "uk", "Зелене відновлення громади", "Громада оновила котельні."),
        case(2, "uk", "Туристичні маршрути", "Нові маршрути для відвідувачів."),
    )  # fmt: skip
    assert ids("зеленого відновлення") == {1}
    assert ids("зеленого") == {1}  # зелене is зелень or зелений: both are indexed
    assert ids("громадою") == {1}
    assert ids("маршрут") == {2}
    hit = search("котельня", None, doc_type="casebook").hits[0]
    assert "\ue000котельні\ue001" in hit.snippet


def test_russian_words_are_found_in_their_other_forms_with_yo_or_ye(library):
    library(case(1, "ru", "Зелёное восстановление", "Малый бизнес в городах области."))
    assert ids("зелёного восстановления") == {1}
    assert ids("зеленого") == {1}
    assert ids("городу бизнеса") == {1}
    assert ids("туризм") == set()


def test_romanian_comma_and_cedilla_letters_and_missing_diacritics_match(library):
    library(
        case(1, "ro", "Investiţiile oraşului", "Cedilla, as older keyboards type it."),
        case(2, "ro", "Investițiile orașului", "Comma below, as the standard says."),
        case(3, "ro", "Primăria Călărași", "Dezvoltarea întreprinderilor mici."),
    )  # fmt: skip
    assert ids("investiţii") == {1, 2}
    assert ids("investiții") == {1, 2}
    assert ids("orașe") == {1, 2}
    assert ids("oras") == {1, 2}  # no diacritics at all
    assert ids("calarasi") == {3}
    assert ids("intreprinderile") == {3}
    assert ids("dezvoltare") == {3}


def test_azerbaijani_capitals_and_suffixes(library):
    library(
        case(1, "az", "İNVESTİSİYALAR VƏ İNKİŞAF", "Şəhərlərdə yeni layihələr."),
        case(2, "az", "Turizm marşrutları", "Kəndlər üçün."),
    )  # fmt: skip
    # Dotted capital İ is i: lower() would leave a combining dot and miss these.
    assert ids("inkişaf") == {1}
    assert ids("investisiya") == {1}
    assert ids("şəhər") == {1}  # -lər and -də come off once ə is read as e
    assert ids("kənd") == {2}


def test_armenian_words_are_stemmed_and_georgian_matches_whole_words(library):
    library(
        case(1, "hy", "Ներդրումների ծրագիր", "Երևանի համայնքներ"),
        case(2, "ka", "ქუთაისის ბიზნესი", "ᲥᲣᲗᲐᲘᲡᲘ მცირე მეწარმეობა"),
    )  # fmt: skip
    assert ids("ներդրում") == {1}
    assert ids("Երեւան") == {1}  # the ligature և written as two letters
    assert ids("ქუთაისი") == {2}  # Mtavruli capitals are folded to the usual letters
    assert ids("ქუთა") == set()


def test_a_query_in_one_language_does_not_match_another_languages_stems_by_accident(library):
    library(case(1, "en", "Business incubator"), case(2, "uk", "Бізнес-інкубатор"))
    assert ids("incubators") == {1}
    assert ids("інкубатори") == {2}
