"""Demo practices: written, reviewed and published through the real services."""

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from app.accounts.models import Country, LocalAuthority, Role, User
from app.demo.library_data import PRACTICES
from app.extensions import db
from app.library import services as library
from app.library.models import Practice, PracticeVersion, ReviewStep, Status, Theme

REVIEWERS = {"AM": "facilitator.am@demo.test", "AZ": "facilitator.az@demo.test",
             "GE": "facilitator.ge@demo.test", "MD": "facilitator.md@demo.test",
             "UA": "facilitator@demo.test"}  # fmt: skip


def seed() -> int:
    """Add the demo practices when the library is empty; returns how many were added."""
    if db.session.scalar(select(Practice.id).limit(1)) is not None:
        return 0
    people = {u.email: u for u in db.session.scalars(select(User))}
    countries = {c.code: c for c in db.session.scalars(select(Country))}
    places = {p.name_en: p for p in db.session.scalars(select(LocalAuthority))}
    themes = {t.slug: t.id for t in db.session.scalars(select(Theme))}
    made: list[Practice] = []
    for entry in PRACTICES:
        authors = [people[e] for e in entry["authors"] if e in people]
        if not authors:
            continue
        made.append(_practice(entry, authors, countries, places, themes))
    for entry, practice in zip(PRACTICES, made, strict=False):
        _link(entry, practice, made)
    for entry, practice in zip(PRACTICES, made, strict=False):
        _review(entry, practice, people)
    return len(made)


_BLOCK_START = re.compile(r"\s*([-*+>#|]|\d+[.)])\s")


def unwrap(text: str) -> str:
    """Join lines that the demo data wraps inside one paragraph or list item (the
    sanitiser keeps single line breaks as <br>, as members expect when they type)."""
    lines: list[str] = []
    for line in text.strip().splitlines():
        joins = lines and lines[-1].strip() and line.strip() and not _BLOCK_START.match(line)
        if joins and not lines[-1].lstrip().startswith("#"):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return "\n".join(lines)


def _practice(entry: dict, authors: list[User], countries, places, themes) -> Practice:
    place = places.get(entry.get("authority") or "")
    start, end = entry.get("years") or (None, None)
    amount, currency = entry.get("budget") or (None, "")
    contact_name, contact_email = entry.get("contact") or ("", "")
    data = library.PracticeInput(
        title=entry["title"], summary=entry["summary"], body=unwrap(entry["body"]),
        kind=entry["kind"], language=entry["language"], country_id=countries[entry["country"]].id,
        authority_id=place.id if place else None, author_ids=[a.id for a in authors],
        theme_ids=[themes[s] for s in entry.get("themes", []) if s in themes],
        sdgs=list(entry.get("sdgs", [])), stage=entry["stage"], year_start=start,
        year_end=end, budget_amount=amount, budget_currency=currency,
        funding_sources=entry.get("funding", ""), partners=entry.get("partners", ""),
        lessons=unwrap(entry.get("lessons", "")),
        results=[library.Result(*row) for row in entry.get("results", [])],
        contact_name=contact_name, contact_email=contact_email,
    )  # fmt: skip
    return library.create_practice(authors[0], data)


def _link(entry: dict, practice: Practice, made: list[Practice]) -> None:
    original = entry.get("translation_of")
    if original is not None and original < len(made):
        library.link_translation(practice, made[original])
    related = [made[i].id for i in entry.get("related", []) if i < len(made)]
    if related:
        library.add_related(practice, related)


def _review(entry: dict, practice: Practice, people: dict[str, User]) -> None:
    status = entry.get("status", Status.PUBLISHED)
    if status == Status.DRAFT:
        return
    author = practice.authors[0]
    reviewer = people.get(REVIEWERS[entry["country"]]) or _any_facilitator(people)
    library.submit(author, practice)
    if status == Status.SUBMITTED:
        return
    if status == Status.CHANGES_REQUESTED:
        library.request_changes(reviewer, practice, "Please add the results with their baseline.")
        return
    library.publish(reviewer, practice)
    if status == Status.ARCHIVED:
        library.archive(reviewer, practice, "Replaced by a newer guide.")
    _backdate(practice, entry.get("published"))


def _any_facilitator(people: dict[str, User]) -> User:
    return next(u for u in people.values() if u.role == Role.FACILITATOR)


def _backdate(practice: Practice, published: str | None) -> None:
    # Demo practices appear published over the past years rather than all "just now".
    if not published:
        return
    when = datetime.fromisoformat(published).replace(hour=10, tzinfo=UTC)
    practice.published_at = practice.first_published_at = when
    practice.created_at = practice.submitted_at = when - timedelta(days=14)
    db.session.flush()
    db.session.execute(update(PracticeVersion).where(PracticeVersion.practice_id == practice.id)
                       .values(created_at=when))  # fmt: skip
    db.session.execute(update(ReviewStep).where(ReviewStep.practice_id == practice.id)
                       .values(created_at=when))  # fmt: skip
