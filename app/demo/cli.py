"""flask demo seed: realistic demo data, idempotent, refused in production."""

import click
from flask import Flask, current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from app.accounts.models import Country, LocalAuthority, User, UserStatus
from app.accounts.services import hash_password, normalize_email
from app.core.db import utcnow
from app.demo import data
from app.demo import events as event_demo
from app.demo import forums as forum_demo
from app.demo import library as library_demo
from app.demo import network as network_demo
from app.extensions import db
from app.notifications.services import notify


def seed(password: str) -> dict[str, int]:
    """Add the demo countries, authorities and people that are missing."""
    countries = {}
    for code, name in data.COUNTRIES:
        country = db.session.scalar(select(Country).where(Country.code == code))
        if country is None:
            country = Country(code=code, name_en=name)
            db.session.add(country)
        countries[code] = country
    db.session.flush()

    authorities = {}
    for code, name_en, name_local, region, kind, population, year in data.AUTHORITIES:
        place = db.session.scalar(
            select(LocalAuthority).where(
                LocalAuthority.name_en == name_en, LocalAuthority.country_id == countries[code].id
            )
        )
        if place is None:
            place = LocalAuthority(
                name_en=name_en, name_local=name_local, country=countries[code], region=region,
                kind=kind, population=population, joined_year=year,
            )  # fmt: skip
            db.session.add(place)
        authorities[name_en] = place
    db.session.flush()

    password_hash = hash_password(password)  # one hash for all: seeding stays fast
    added = 0
    people = [(*p, UserStatus.ACTIVE) for p in data.PEOPLE] + [
        (email, name, "member", code, place, position, lang, UserStatus.PENDING)
        for email, name, code, place, position, lang in data.PENDING
    ]
    for email, name, role, code, place, position, lang, status in people:
        if db.session.scalar(select(User).where(User.email == normalize_email(email))):
            continue
        user = User(
            email=normalize_email(email), name=name, role=role, country=countries[code],
            authority=authorities.get(place), position=position, locale=lang,
            timezone=TIMEZONES[code], password_hash=password_hash, status=status,
            approved_at=utcnow() if status == UserStatus.ACTIVE else None,
        )  # fmt: skip
        db.session.add(user)
        db.session.flush()
        added += 1
        if status == UserStatus.ACTIVE:
            notify(user, "announcement", _l("Welcome to the M4EG peer-learning network"),
                   link="/network/")  # fmt: skip
    return {"countries": len(countries), "authorities": len(authorities), "people added": added}


TIMEZONES = {"AM": "Asia/Yerevan", "AZ": "Asia/Baku", "GE": "Asia/Tbilisi",
             "MD": "Europe/Chisinau", "UA": "Europe/Kyiv"}  # fmt: skip


def init_app(app: Flask) -> None:
    @app.cli.group("demo")
    def demo_cli() -> None:
        """Demo data."""

    @demo_cli.command("seed")
    @click.option("--if-empty", is_flag=True, help="Only when the database has no accounts.")
    def seed_command(if_empty: bool) -> None:
        """Create realistic demo data (idempotent; refused in production)."""
        if current_app.config.get("CONFIG_NAME") == "production":
            raise click.ClickException("Demo data is refused under ProductionConfig.")
        if if_empty and db.session.scalar(select(func.count(User.id))):
            click.echo("The database has accounts already: demo data not added.")
            return
        result = seed(current_app.config["DEMO_PASSWORD"])
        result["forum topics added"] = forum_demo.seed()
        result["practices added"] = library_demo.seed()
        result["events added"] = event_demo.seed()
        result["portfolio projects added"] = network_demo.seed()
        db.session.commit()
        click.echo(", ".join(f"{key}: {value}" for key, value in result.items()))
        password = current_app.config["DEMO_PASSWORD"]
        click.echo(
            f"Demo sign-in (password: {password}): admin@demo.test, facilitator@demo.test, "
            "member@demo.test"
        )
