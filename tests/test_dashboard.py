"""The programme dashboard: what each figure counts, per country and in total, the lists
behind the numbers, the CSV files, the SVG charts, and who may see them."""

import csv
import io
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event as sa_event

from app.accounts.models import Group, Role
from app.core.db import utcnow
from app.events.models import Attendance, EventStatus, Registration, RegistrationStatus
from app.extensions import db
from app.forums.models import Post
from app.network import charts
from app.network import dashboard as figures
from app.network import dashboard_lists as lists
from app.network.dashboard_counts import PILOT_GROUP, month_starts
from app.network.models import Funding, Ledp, Project
from tests.factories import (
    make_authority,
    make_country,
    make_event,
    make_practice,
    make_topic,
    make_user,
)

SVG = "{http://www.w3.org/2000/svg}"


def engaged() -> figures.Figure:
    return figures.board().figures["authorities_engaged"]


def member_of(country_code: str = "MD", authority=None, **fields):
    country = make_country(country_code, {"MD": "Moldova", "GE": "Georgia"}[country_code])
    return make_user(authority=authority or make_authority(country), country=country, **fields)


def past_event(**fields):
    return make_event(starts_in=timedelta(days=-3), **fields)


def attend(person, event=None) -> None:
    db.session.add(Attendance(event_id=(event or past_event()).id, user_id=person.id, sid="s1"))
    db.session.commit()


def register(person, event, status: str = RegistrationStatus.REGISTERED) -> None:
    db.session.add(Registration(event_id=event.id, user_id=person.id, status=status))
    db.session.commit()


def ledp(authority, status: str, follows: bool = True) -> Ledp:
    plan = Ledp(authority_id=authority.id, title=f"LEDP of {authority.name_en}", period_start=2025,
                period_end=2030, status=status, follows_methodology=follows)  # fmt: skip
    db.session.add(plan)
    db.session.commit()
    return plan


def project(authority, stage: str = "idea", cost=None, currency="EUR", secured=()) -> Project:
    author = make_user(role=Role.ADMIN)
    item = Project(authority_id=authority.id, title=f"Project {stage} {cost}", stage=stage,
                   cost=cost, currency=currency, created_by_id=author.id)  # fmt: skip
    item.funding = [Funding(source="donor", amount=Decimal(a)) for a in secured]
    db.session.add(item)
    db.session.commit()
    return item


def pilots(*people) -> Group:
    group = Group(name=PILOT_GROUP)
    group.members = list(people)
    db.session.add(group)
    db.session.commit()
    return group


def staff(client, login_as, role=Role.FACILITATOR):
    return login_as(make_user(role=role, authority=None))


def read_csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


# -- engaged authorities ---------------------------------------------------------------


def test_a_member_who_posts_makes_their_authority_count():
    md, ge = make_country("MD", "Moldova"), make_country("GE", "Georgia")
    poster, silent = member_of("MD"), member_of("GE")
    assert engaged().total == 0
    make_topic(author=poster)
    figure = engaged()
    assert figure.total == 1 and figure.of(md.id) == 1 and figure.of(ge.id) == 0
    assert figures.board().figures["authorities_not_engaged"].of(ge.id) == 1
    assert silent.authority_id not in {r.authority.id for r in lists.listing(
        "authorities_engaged", lists.Filters()).rows}  # fmt: skip


def test_a_deleted_post_or_one_in_a_deleted_topic_does_not_count():
    topic = make_topic(author=member_of())
    topic.deleted_at = utcnow()
    db.session.commit()
    assert engaged().total == 0
    other = make_topic(author=member_of())
    post = db.session.scalar(db.select(Post).where(Post.topic_id == other.id))
    post.deleted_at = utcnow()
    db.session.commit()
    assert engaged().total == 0 and figures.board().figures["forum_posts"].total == 0


def test_attending_an_event_makes_an_authority_count_by_the_room_or_a_registration():
    in_room, registered, waitlisted, too_early, called_off = (member_of() for _ in range(5))
    attend(in_room, make_event())  # joined the live room; the event need not have ended
    ended = past_event()
    register(registered, ended)
    register(waitlisted, ended, RegistrationStatus.WAITLISTED)
    register(too_early, make_event())  # not ended yet
    cancelled = past_event()
    cancelled.status = EventStatus.CANCELLED
    register(called_off, cancelled)
    counted = {r.authority.id for r in lists.listing("authorities_engaged", lists.Filters()).rows}
    assert counted == {in_room.authority_id, registered.authority_id}
    board = figures.board()
    assert board.figures["authorities_engaged"].total == 2
    assert board.figures["event_attendance"].total == 2


def test_an_authority_never_counts_twice():
    town = make_authority(make_country())
    first, second = member_of(authority=town), member_of(authority=town)
    for person in (first, second):
        make_topic(author=person, replies=0)
        attend(person)
        attend(person)  # left and came back
    board = figures.board()
    assert board.figures["authorities_engaged"].total == 1
    assert board.figures["event_attendance"].total == 2  # two people
    assert board.figures["forum_posts"].total == 2
    rows = lists.listing("authorities_engaged", lists.Filters()).rows
    assert [(r.authority.id, r.attended, r.posts) for r in rows] == [(town.id, 2, 2)]


def test_programme_staff_are_not_counted_as_people_at_events():
    facilitator = make_user(role=Role.FACILITATOR, authority=None)
    attend(facilitator)
    board = figures.board()
    assert board.figures["event_attendance"].total == 0
    assert board.figures["authorities_engaged"].total == 0


# -- LEDPs and pilot portfolios ---------------------------------------------------------


def test_ledps_count_when_prepared_with_the_methodology():
    md, ge = make_country("MD", "Moldova"), make_country("GE", "Georgia")
    for status in ("adopted", "implementation", "revision", "completed"):
        ledp(make_authority(md), status)
    ledp(make_authority(ge), "adopted")
    ledp(make_authority(ge), "preparation")
    ledp(make_authority(ge), "adopted", follows=False)  # another method
    board = figures.board()
    prepared, preparing = board.figures["ledps_prepared"], board.figures["ledps_preparation"]
    assert (prepared.total, prepared.of(md.id), prepared.of(ge.id)) == (5, 4, 1)
    assert prepared.target == 50 and prepared.percent == 10
    assert (preparing.total, preparing.of(ge.id)) == (1, 1)
    listed = lists.listing("ledps_prepared", lists.Filters(country=ge)).rows
    assert [plan.status for plan in listed] == ["adopted"] and listed[0].follows_methodology


def test_pilot_portfolios_their_projects_stages_and_funding_gap():
    md, ge = make_country("MD", "Moldova"), make_country("GE", "Georgia")
    a, b, c = make_authority(md), make_authority(ge), make_authority(md)
    pilots(member_of(authority=a), member_of(authority=a), member_of("GE", authority=b))
    project(a, "ready", cost=Decimal("1000"), secured=("250", "50"))
    project(a, "ready", cost=None)  # no estimate yet
    project(a, "ready", cost=Decimal("100"), secured=("300",))  # more than enough
    project(a, "ready", cost=Decimal("5000"), currency="MDL")
    project(a, "concept")
    project(a, "dropped")
    project(c, "ready", cost=Decimal("9999"))  # not a pilot: outside these figures
    board = figures.board()
    f = board.figures
    assert (f["pilot_authorities"].total, f["pilot_portfolios"].total) == (2, 1)
    assert f["pilot_portfolios"].of(md.id) == 1 and f["pilot_portfolios"].of(ge.id) == 0
    assert f["pilot_projects"].total == 5 and f["pilot_projects"].target == 50
    assert not f["pilot_projects"].reached and not f["pilot_portfolios"].reached
    assert board.stages["ready"].total == 4 and board.stages["dropped"].total == 1
    gaps = {g.currency: g for g in board.gaps}
    assert gaps["EUR"].total_amount == Decimal("700.00")
    assert gaps["EUR"].total_projects == 3 and gaps["EUR"].total_without_cost == 1
    assert gaps["MDL"].total_amount == Decimal("5000.00")
    ready = lists.listing("pilot_projects", lists.Filters(stage="ready")).rows
    assert sorted((r.project.currency, r.gap) for r in ready if r.gap is not None) == [
        ("EUR", Decimal("0")), ("EUR", Decimal("700.00")), ("MDL", Decimal("5000.00"))]  # fmt: skip
    assert {r.project.authority_id for r in ready} == {a.id}
    portfolios = lists.listing("pilot_portfolios", lists.Filters()).rows
    assert [(r.authority.id, r.projects) for r in portfolios] == [(a.id, 5)]


# -- over time -------------------------------------------------------------------------


def test_monthly_figures_fall_in_their_month():
    now = utcnow()
    make_country("MD", "Moldova")
    newcomer = member_of(created_at=now)
    member_of(created_at=now - timedelta(days=800))  # long before the twelve months
    make_practice(author=newcomer)
    make_topic(author=newcomer)
    attend(newcomer)
    attend(newcomer)  # a person counts once a month
    found = figures.monthly(now=now)
    assert len(found.months) == 12 and found.months[-1] == date(now.year, now.month, 1)
    assert found.series["members"][-1] == 1 and sum(found.series["members"]) == 1
    assert found.series["practices_published"][-1] == 1
    assert found.series["forum_posts"][-1] == 1
    assert found.series["event_attendance"][-1] == 1
    georgia = figures.monthly(make_country("GE", "Georgia"), now=now)
    assert sum(sum(values) for values in georgia.series.values()) == 0


def test_month_starts_cross_the_year():
    starts = month_starts(datetime(2026, 2, 10, tzinfo=UTC))
    assert starts[0] == datetime(2025, 3, 1, tzinfo=UTC)
    assert starts[-2:] == [datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)]


def test_a_practice_counts_once_with_its_translations():
    author = member_of()
    original = make_practice(author=author)
    translation = make_practice(author=author, language="ro")
    translation.translation_group = original.translation_group = original.id
    db.session.commit()
    assert figures.board().figures["practices_published"].total == 1
    assert sum(figures.monthly().series["practices_published"]) == 1
    rows = lists.listing("practices_published", lists.Filters()).rows
    assert [(r.practice.id, r.languages) for r in rows] == [(original.id, ["en", "ro"])]


# -- pages, lists and CSV ---------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.ADMIN])
def test_facilitators_and_admins_open_the_dashboard(client, login_as, role):
    staff(client, login_as, role)
    for url in ["/network/dashboard", "/network/dashboard.csv",
                "/network/dashboard/monthly.csv", "/network/dashboard/list/members"]:  # fmt: skip
        assert client.get(url).status_code == 200, url
    assert "/network/dashboard" in client.get("/network/").get_data(as_text=True)


def test_members_and_visitors_may_not(client, login_as):
    urls = ["/network/dashboard", "/network/dashboard.csv", "/network/dashboard/monthly.csv",
            "/network/dashboard/list/authorities_engaged"]  # fmt: skip
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]
    for role in (Role.MEMBER, Role.MODERATOR):
        login_as(make_user(role=role))
        for url in urls:
            assert client.get(url).status_code == 403, (role, url)
        assert "/network/dashboard" not in client.get("/network/").get_data(as_text=True)


def test_the_csv_has_every_figure_with_its_target(client, login_as):
    md = make_country("MD", "Moldova")
    make_country("GE", "Georgia")
    make_topic(author=member_of("MD"))
    ledp(make_authority(md), "adopted")
    staff(client, login_as)
    response = client.get("/network/dashboard.csv")
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert list(rows[0]) == ["indicator", "country", "value", "target"]
    found = {(r["indicator"], r["country"]): (r["value"], r["target"]) for r in rows}
    assert found[("authorities_engaged", "total")] == ("1", "350")
    assert found[("authorities_engaged", "MD")] == ("1", "")
    assert found[("authorities_engaged", "GE")] == ("0", "")
    assert found[("ledps_prepared", "total")] == ("1", "50")
    assert found[("pilot_portfolios", "total")] == ("0", "12")
    assert found[("members", "total")][0] == "1" and found[("forum_posts", "MD")][0] == "1"
    assert ("pilot_projects_stage_ready", "total") in found


def test_the_monthly_csv_has_a_row_per_month(client, login_as):
    member_of(created_at=utcnow())
    make_country("GE", "Georgia")
    staff(client, login_as)
    rows = read_csv(client.get("/network/dashboard/monthly.csv"))
    assert list(rows[0]) == ["month", "new_members", "practices_published", "forum_posts",
                             "event_attendance"]  # fmt: skip
    assert len(rows) == 12 and rows[-1]["month"] == utcnow().strftime("%Y-%m")
    assert rows[-1]["new_members"] == "1" and rows[0]["new_members"] == "0"
    georgia = read_csv(client.get("/network/dashboard/monthly.csv?country=GE"))
    assert georgia[-1]["new_members"] == "0"


def test_each_number_links_to_the_list_behind_it(client, login_as):
    md = make_country("MD", "Moldova")
    make_country("GE", "Georgia")
    poster = member_of("MD")
    make_topic(author=poster)
    staff(client, login_as)
    page = client.get("/network/dashboard").get_data(as_text=True)
    link = f'href="/network/dashboard/list/authorities_engaged?country={md.code}">1</a>'
    assert link in page
    listing = client.get(f"/network/dashboard/list/authorities_engaged?country={md.code}")
    text = listing.get_data(as_text=True)
    assert f'href="/network/authorities/{poster.authority_id}"' in text
    assert poster.authority.name_en in text
    georgia = client.get("/network/dashboard/list/authorities_engaged?country=GE")
    assert poster.authority.name_en not in georgia.get_data(as_text=True)
    people = client.get("/network/dashboard/list/forum_posts").get_data(as_text=True)
    assert f'href="/members/{poster.id}"' in people
    month = utcnow().strftime("%Y-%m")
    assert poster.name in client.get(
        f"/network/dashboard/list/forum_posts?month={month}").get_data(as_text=True)  # fmt: skip
    assert poster.name not in client.get(
        "/network/dashboard/list/forum_posts?month=2001-01").get_data(as_text=True)  # fmt: skip


def test_plans_and_projects_link_to_their_authority(client, login_as):
    md = make_country("MD", "Moldova")
    planned, pilot = make_authority(md), make_authority(md)
    ledp(planned, "implementation")
    pilots(member_of(authority=pilot))
    item = project(pilot, "ready", cost=Decimal("1000"), secured=("400",))
    staff(client, login_as)
    plans = client.get("/network/dashboard/list/ledps_prepared").get_data(as_text=True)
    assert f'href="/network/authorities/{planned.id}"' in plans and "LEDP of" in plans
    ready = client.get("/network/dashboard/list/pilot_projects?stage=ready&country=MD")
    text = ready.get_data(as_text=True)
    assert f'href="/network/authorities/{pilot.id}"' in text and item.title in text
    assert "€600" in text  # the gap: cost less what is secured
    rows = read_csv(client.get("/network/dashboard.csv"))
    found = {(r["indicator"], r["country"]): r["value"] for r in rows}
    assert found[("funding_gap_ready_eur", "total")] == "600.00"
    assert found[("funding_gap_ready_eur", "MD")] == "600.00"
    assert found[("ready_projects_eur", "total")] == "1"


def test_a_list_refuses_what_it_does_not_know(client, login_as):
    staff(client, login_as)
    assert client.get("/network/dashboard/list/nothing").status_code == 404
    assert client.get("/network/dashboard/list/members?country=ZZ").status_code == 404
    assert client.get("/network/dashboard/list/members?month=May").status_code == 404
    assert client.get("/network/dashboard/list/pilot_projects?stage=gone").status_code == 404
    assert client.get("/network/dashboard/list/members?page=-4").status_code == 200


def test_a_long_list_comes_a_page_at_a_time():
    town = make_authority(make_country())
    for _ in range(lists.PAGE_SIZE + 1):
        make_user(authority=town)
    first = lists.listing("members", lists.Filters())
    last = lists.listing("members", lists.Filters(), page=99)
    assert (first.total, first.pages, len(first.rows)) == (101, 2, 100)
    assert (last.page, len(last.rows)) == (2, 1)


# -- charts ----------------------------------------------------------------------------


def parse(svg) -> ET.Element:
    return ET.fromstring(str(svg))  # noqa: S314 - the app's own output, in a test


def svgs(page: str) -> list[ET.Element]:
    found = [parse(m) for m in re.findall(r"<svg\b.*?</svg>", page, flags=re.S)]
    return [svg for svg in found if svg.get("class") == "chart"]  # not the page's icons


def texts(svg: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]


def test_the_charts_are_well_formed_svg_with_their_values(client, login_as):
    md = make_country("MD", "Moldova")
    make_topic(author=member_of("MD"), replies=2)  # three posts this month
    ledp(make_authority(md), "adopted")
    staff(client, login_as)
    page = client.get("/network/dashboard").get_data(as_text=True)
    drawn = svgs(page)
    assert len(drawn) == 4 + 3 + 4  # progress bars, by country, by month
    for svg in drawn:
        assert svg.get("viewBox") and svg.get("role") == "img"
        assert svg.find(f"{SVG}title").text and svg.find(f"{SVG}desc").text
    by_id = {svg.find(f"{SVG}title").get("id"): svg for svg in drawn}
    assert "1 of 50 (2%)" in texts(by_id["progress-ledps_prepared-title"])
    assert "3" in texts(by_id["monthly-forum_posts-title"])
    assert "<details" in page and "The figures as a table" in page


def test_a_reached_target_is_marked(client, login_as, monkeypatch):
    ledp(make_authority(make_country()), "completed")
    staff(client, login_as)
    assert "Target reached" not in client.get("/network/dashboard").get_data(as_text=True)
    monkeypatch.setitem(figures.PROGRAMME_TARGETS, "ledps_prepared", 1)
    page = client.get("/network/dashboard").get_data(as_text=True)
    card = page[page.index('id="target-ledps_prepared"') :][:1500]
    assert "Target reached" in card and "1 of 1 (100%)" in card


def test_chart_text_is_escaped(app):
    with app.test_request_context():
        svg = charts.column_chart("c", 'Posts <b>&</b> "replies"', "desc </svg>",
                                  ["Jan<", "Feb"], [3, 1200])  # fmt: skip
        bars = charts.bar_list("h", "T", "D", ["Ünïcode & co"], [7])
        line = charts.line_chart("l", "T", "D", ["a", "b"], [0, 0])
        progress = charts.progress_bar("p", "T", 400, 350)
    root = parse(svg)
    assert root.find(f"{SVG}title").text == 'Posts <b>&</b> "replies"'
    assert "Jan<" in texts(root) and "1,200" in texts(root) and "3" in texts(root)
    assert "Ünïcode & co" in texts(parse(bars))
    assert len(parse(line).findall(f"{SVG}g")) == 3  # the axes and two points
    assert "400 of 350 (114%)" in texts(parse(progress))


def test_nice_scale_gives_whole_steps():
    assert charts.nice_scale(0) == (4, 1)
    assert charts.nice_scale(3) == (3, 1)
    assert charts.nice_scale(47) == (50, 10)
    assert charts.nice_scale(1200) == (1500, 500)


# -- speed -----------------------------------------------------------------------------


def count_queries(work) -> int:
    statements = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    engine = db.engine
    sa_event.listen(engine, "before_cursor_execute", seen)
    try:
        work()
    finally:
        sa_event.remove(engine, "before_cursor_execute", seen)
    return len(statements)


def test_the_number_of_queries_does_not_grow_with_the_network():
    country = make_country()
    pilots(member_of())

    def grow(n: int) -> None:
        for _ in range(n):
            person = member_of(authority=make_authority(country))
            make_topic(author=person)
            attend(person)
            ledp(person.authority, "adopted")
            project(person.authority, "ready", cost=Decimal(100))

    grow(2)
    db.session.expire_all()
    few = count_queries(lambda: (figures.board(), figures.monthly()))
    grow(8)
    db.session.expire_all()
    many = count_queries(lambda: (figures.board(), figures.monthly()))
    assert few == many < 25
