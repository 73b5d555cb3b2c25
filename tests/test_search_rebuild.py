"""Rebuilding with one indexing process per core, and counts that follow index changes."""

from dataclasses import replace

import pytest
from whoosh import index as whoosh_index

from app.search import maintenance as search_maintenance
from app.search import search
from app.search.documents import SOURCES
from tests.factories import make_authority, make_country
from tests.test_search_languages import case, library  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("search_index")


@pytest.fixture
def parallel(app, monkeypatch):
    """Rebuilds use two indexing processes, however few the documents."""
    monkeypatch.setattr(search_maintenance, "PARALLEL_FROM", 1)
    monkeypatch.setitem(app.config, "SEARCH_REBUILD_PROCS", 2)
    assert search_maintenance.writer_options(10)["procs"] == 2


def test_a_parallel_rebuild_indexes_every_document_once(app, parallel, library, search_index):  # noqa: F811
    languages = ["en", "uk", "ru", "ro", "az", "hy", "ka"]
    docs = [case(n, languages[n % 7], f"Harvest fair {n}", f"Зелене відновлення {n}")
            for n in range(1, 451)]  # fmt: skip
    library(*docs)  # 450 documents in batches of 200: both processes get some

    ix = whoosh_index.open_dir(str(search_index))
    assert len(ix._segments()) >= 2  # one segment per process, not merged
    with ix.searcher() as searcher:
        keys = [fields["key"] for fields in searcher.all_stored_fields()]
    assert len(keys) == len(set(keys)) == 450
    assert search("harvest", None, doc_type="casebook").total == 450
    ukrainian = sum(1 for doc in docs if doc.language == "uk")
    assert search("зеленого", None, doc_type="casebook").total == ukrainian  # lemmatised
    runner = app.test_cli_runner()
    assert "The index is up to date." in runner.invoke(args=["search", "status"]).output


def test_a_failed_parallel_rebuild_ends_its_processes(parallel, library, monkeypatch):  # noqa: F811
    library(case(1, "en", "Orchard cooperative"))

    def broken(ids):
        raise RuntimeError("the database went away")

    monkeypatch.setitem(SOURCES, "casebook", replace(SOURCES["casebook"], load=broken))
    with pytest.raises(RuntimeError):
        search_maintenance.rebuild(search_maintenance.plan_rebuild())
    assert search("orchard", None).total == 1


def test_facet_counts_follow_changes_to_the_index():
    moldova = make_country("MD", "Moldova")
    make_authority(name_en="Bender", country=moldova)
    before = search("", None, doc_type="authority", facets=("country",))
    assert dict(before.facets["country"])["MD"] == 1

    make_authority(name_en="Bender North", country=moldova)  # applied after commit
    after = search("", None, doc_type="authority", facets=("country",))
    assert dict(after.facets["country"])["MD"] == 2 and after.total == before.total + 1
    assert search("bender", None).total == 2
