"""Site search on a real Whoosh index: outbox, languages, permissions, commands, the page."""

import re
import shutil
from contextlib import contextmanager
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from whoosh import index as whoosh_index

from app.accounts.models import Group, Role, UserStatus
from app.core import jobs
from app.extensions import db
from app.search import Document, SearchOutbox, country_token, group_token, search, tokens_for
from app.search import index as search_files
from app.search.documents import SOURCES, STAFF, Source
from app.search.outbox import apply
from tests.factories import make_authority, make_country, make_user

pytestmark = pytest.mark.usefixtures("search_index")


def titles(text, user=None, **options):
    return [hit.title for hit in search(text, user, **options).hits]


def keys(text, user=None, **options):
    return {(hit.doc_type, hit.doc_id) for hit in search(text, user, **options).hits}


def found(text, user, doc_type, doc_id) -> bool:
    return (doc_type, doc_id) in keys(text, user)


@contextmanager
def index_locked(app, folder):
    """Another process holds the index writer (commits wait 0.1 s for it, then move on)."""
    app.config["SEARCH_WRITER_TIMEOUT"] = 0.1
    held = whoosh_index.open_dir(str(folder)).writer()
    try:
        yield
    finally:
        held.cancel()
        app.config.pop("SEARCH_WRITER_TIMEOUT")


def run(app, *args):
    result = app.test_cli_runner().invoke(args=list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_a_committed_authority_and_member_are_found_at_once():
    place = make_authority(name_en="Cahul", name_local="Cahul", region="Sud")
    person = make_user(name="Olena Kovalenko", position="Head of investment", authority=place)

    assert found("cahul", None, "authority", place.id)
    assert found("Kovalenko", person, "member", person.id)
    assert found("investment", person, "member", person.id)
    assert found("cahul", person, "member", person.id)  # the authority's name is on the member


def test_visitors_find_authorities_but_not_members(client, login_as):
    place = make_authority(name_en="Ungheni")
    person = make_user(name="Ion Ungheanu", position="Mayor of Ungheni", authority=place)

    assert found("Ungheni", None, "authority", place.id)
    assert not found("Ungheni", None, "member", person.id)
    page = client.get("/search?q=Ungheni").get_data(as_text=True)
    assert "/network/authorities/" in page and "Ion Ungheanu" not in page

    login_as(make_user())
    page = client.get("/search?q=Ungheni").get_data(as_text=True)
    assert "Ion Ungheanu" in page


def test_inactive_and_pending_people_are_not_found():
    waiting = make_user(name="Petru Waiting", status=UserStatus.PENDING)
    viewer = make_user()
    assert not found("Petru", viewer, "member", waiting.id)


def test_russian_words_match_in_other_inflections():
    person = make_user(
        name="Анна Петрова", locale="ru", position="Специалист",
        bio="Отвечаю за развитие малого бизнеса в городах области.",
    )  # fmt: skip
    viewer = make_user()

    assert found("бизнесу", viewer, "member", person.id)
    assert found("города", viewer, "member", person.id)
    hit = next(h for h in search("развитием", viewer).hits if h.doc_id == person.id)
    assert "\ue000развитие\ue001" in hit.snippet
    assert not found("туризм", viewer, "member", person.id)


def test_georgian_and_armenian_words_match_exactly():
    kutaisi = make_authority(
        name_en="Kutaisi", name_local="ქუთაისი", region="იმერეთი",
        country=make_country("GE", "Georgia"),
    )  # fmt: skip
    armenia = make_country("AM", "Armenia")
    gyumri = make_authority(name_en="Gyumri", name_local="Գյումրի", region="Շիրակ", country=armenia)
    yerevan = make_authority(name_en="Yerevan", name_local="Երևան", region="", country=armenia)

    assert keys("ქუთაისი") == {("authority", kutaisi.id)}
    assert keys("იმერეთი") == {("authority", kutaisi.id)}
    assert keys("Գյումրի") == {("authority", gyumri.id)}
    assert keys("Երեւան") == {("authority", yerevan.id)}  # the ligature և written as two letters
    assert keys("ქუთა") == set()  # a word matches whole, not a part of it


def test_deleting_or_disabling_removes_from_results_at_once():
    place = make_authority(name_en="Drochia")
    person = make_user(name="Maria Drochiana")
    viewer = make_user()
    assert found("Drochia", None, "authority", place.id)
    assert found("Drochiana", viewer, "member", person.id)

    db.session.delete(place)
    person.status = UserStatus.DISABLED
    db.session.commit()

    assert not found("Drochia", None, "authority", place.id)
    assert not found("Drochiana", viewer, "member", person.id)


def test_renaming_an_authority_updates_it_and_its_members():
    place = make_authority(name_en="Old Town")
    person = make_user(name="Vasile Rusu", authority=place)
    place.name_en = "Riverside"
    db.session.commit()

    assert found("Riverside", None, "authority", place.id)
    assert not found("Old", None, "authority", place.id)
    assert found("Riverside", person, "member", person.id)


def test_the_outbox_is_applied_after_commit(search_index):
    place = make_authority(name_en="Nisporeni")
    row = db.session.scalar(select(SearchOutbox).where(SearchOutbox.doc_id == place.id))
    assert (row.doc_type, row.action) == ("authority", "upsert")
    assert search_files.read_state(search_index).last_id >= row.id
    assert found("Nisporeni", None, "authority", place.id)


def test_a_change_made_while_the_index_is_locked_waits_for_sync(app, search_index):
    with index_locked(app, search_index):
        place = make_authority(name_en="Floresti")
        assert not found("Floresti", None, "authority", place.id)
        assert apply(timeout=0.1) is None  # still locked: nothing dropped
    waiting = db.session.scalar(
        select(func.count(SearchOutbox.id)).where(SearchOutbox.doc_id == place.id)
    )
    assert waiting == 1

    assert "Applied 1 change" in run(app, "search", "sync")
    assert found("Floresti", None, "authority", place.id)


def test_the_periodic_job_applies_what_was_left(app, search_index):
    with index_locked(app, search_index):
        place = make_authority(name_en="Glodeni")
    assert "search.sync" in jobs.PERIODIC
    assert "search.sync: 1" in run(app, "jobs", "run")
    assert found("Glodeni", None, "authority", place.id)


def test_outbox_rows_that_commit_late_are_still_applied(app, search_index):
    early, late = make_authority(name_en="Orhei"), make_authority(name_en="Soroca")
    with whoosh_index.open_dir(str(search_index)).writer() as writer:  # as if never applied
        writer.delete_by_term("key", f"authority:{early.id}")
        writer.delete_by_term("key", f"authority:{late.id}")
    last = search_files.read_state(search_index).last_id
    # Row last+2 commits first; last+1 belongs to a transaction still open.
    db.session.add(SearchOutbox(id=last + 2, doc_type="authority", doc_id=late.id))
    db.session.commit()
    run(app, "search", "sync")
    assert found("Soroca", None, "authority", late.id)
    assert last + 1 in search_files.read_state(search_index).gaps

    db.session.add(SearchOutbox(id=last + 1, doc_type="authority", doc_id=early.id))
    db.session.commit()
    run(app, "search", "sync")
    assert found("Orhei", None, "authority", early.id)
    assert search_files.read_state(search_index).gaps == {}


def test_a_deleted_index_folder_is_restored_by_sync_and_by_rebuild(app, search_index):
    place = make_authority(name_en="Causeni")
    shutil.rmtree(search_index)
    assert titles("Causeni") == []  # no index: nothing found, no error
    make_authority(name_en="Comrat")  # a commit without an index is fine too

    assert "rebuilt" in run(app, "search", "sync")
    assert found("Causeni", None, "authority", place.id)
    assert titles("Comrat") != []

    shutil.rmtree(search_index)
    output = run(app, "search", "rebuild")
    assert "Rebuilt:" in output and "authority" in output
    assert found("Causeni", None, "authority", place.id)


def test_failures_while_indexing_lose_nothing_and_keep_the_old_index(app, search_index,
                                                                     monkeypatch):  # fmt: skip
    kept = make_authority(name_en="Edinet")

    def broken(ids):
        raise RuntimeError("the database went away")

    monkeypatch.setitem(SOURCES, "authority", replace(SOURCES["authority"], load=broken))
    waiting = make_authority(name_en="Rezina")  # the commit succeeds all the same
    assert app.test_cli_runner().invoke(args=["search", "rebuild"]).exit_code != 0
    monkeypatch.undo()

    assert found("Edinet", None, "authority", kept.id)  # the old index is still whole
    assert not found("Rezina", None, "authority", waiting.id)
    assert [p.name for p in search_index.parent.iterdir() if ".new-" in p.name] == []
    run(app, "search", "sync")
    assert found("Rezina", None, "authority", waiting.id)


def test_an_index_ahead_of_a_restored_database_is_rebuilt_by_sync(app, search_index):
    # The index once applied ids this database has not reached (it was restored from a backup).
    search_files.write_state(search_index, search_files.State(last_id=10**9))
    place = make_authority(name_en="Straseni")  # its outbox id is below the recorded one
    assert not found("Straseni", None, "authority", place.id)
    assert "ahead of this database" in run(app, "search", "status")

    assert "rebuilt" in run(app, "search", "sync")
    assert found("Straseni", None, "authority", place.id)


def test_status_compares_database_and_index(app, search_index):
    make_authority()
    make_user()
    output = run(app, "search", "status")
    assert "The index is up to date." in output
    assert re.search(r"^authority +2 +2$", output, re.M)  # the member's authority too
    assert re.search(r"^member +1 +1$", output, re.M)

    with index_locked(app, search_index):
        make_authority()
    output = run(app, "search", "status")
    assert "differs" in output and "not applied yet" in output


def test_tokens_say_who_sees_what(app, monkeypatch):
    moldova, georgia = make_country("MD", "Moldova"), make_country("GE", "Georgia")
    local = make_user(country=moldova, authority=None)
    abroad = make_user(country=georgia, authority=None)
    moderator = make_user(role=Role.MODERATOR, country=georgia, authority=None)
    pilots = Group(name="Pilot towns", members=[abroad])
    db.session.add(pilots)
    db.session.commit()
    assert tokens_for(None) == {"public"}
    assert {"members", country_token(moldova.id), f"user:{local.id}"} <= tokens_for(local)
    assert group_token(pilots.id) in tokens_for(abroad) and STAFF in tokens_for(moderator)

    notes = {
        1: [country_token(moldova.id)], 2: [group_token(pilots.id)], 3: [STAFF], 4: ["members"]
    }  # fmt: skip

    def load(ids):
        return [Document("note", i, f"Budget note {i}", "", f"/notes/{i}", "en", notes[i])
                for i in ids if i in notes]  # fmt: skip

    monkeypatch.setitem(SOURCES, "note", Source("note", load, lambda: list(notes), "Notes"))
    run(app, "search", "rebuild")

    def seen(user):
        return {doc_id for doc_type, doc_id in keys("budget", user) if doc_type == "note"}

    assert seen(None) == set()
    assert seen(local) == {1, 4}
    assert seen(abroad) == {2, 4}
    assert seen(moderator) == {3, 4}


def test_the_page_shows_counts_snippets_and_escapes_html(client, login_as):
    place = make_authority(name_en="<script>alert(1)</script> Balti", region="<b>North</b> hills")
    make_user(name="Elena Balti", position="Balti <i>planner</i>", authority=place)
    login_as(make_user())

    page = client.get("/search?q=balti").get_data(as_text=True)
    assert "<script>alert(1)" not in page and "<b>North" not in page and "<i>planner" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Balti</mark>" in page
    assert 'data-type="authority">Local authorities <span' in page
    assert ">2</span>" in page and ">1</span>" in page  # all, then each type
    assert "<mark>Balti</mark> &lt;i&gt;planner&lt;/i&gt;" in page

    people = client.get("/search?q=balti&type=member").get_data(as_text=True)
    assert 'aria-current="page" href="/search?q=balti&amp;type=member"' in people
    assert "Elena <mark>Balti</mark>" in people and f"/network/authorities/{place.id}" not in people


def test_the_page_pages_by_twenty_and_says_when_nothing_matches(client):
    for n in range(23):
        make_authority(name_en=f"Valley {n}")
    first = client.get("/search?q=valley").get_data(as_text=True)
    second = client.get("/search?q=valley&page=2").get_data(as_text=True)
    assert first.count('<li class="mb-3" data-type="authority">') == 20
    assert second.count('<li class="mb-3" data-type="authority">') == 3 and "2 / 2" in second

    nothing = client.get("/search?q=zzzyx").get_data(as_text=True)
    assert "Nothing matches “zzzyx”." in nothing
    empty = client.get("/search").get_data(as_text=True)
    assert "search-nothing" not in empty and "search-results" not in empty


def test_an_authority_saved_through_the_form_is_found_by_its_new_name(client, login_as):
    place = make_authority(name_en="Calarasi")
    login_as(make_user(role=Role.ADMIN, authority=None))
    response = client.post(
        f"/network/authorities/{place.id}/edit",
        data={"name_local": "Călărași", "name_en": "Calarasi Town", "country": place.country_id,
              "region": "Centre", "kind": "town"},
    )  # fmt: skip
    assert response.status_code == 302

    page = client.get("/search?q=calarasi").get_data(as_text=True)
    assert "<mark>Calarasi</mark> Town (<mark>Călărași</mark>)" in page
