"""The flask commands: demo seed, users create-admin, jobs run."""

from sqlalchemy import func, select

from app.accounts.models import Country, LocalAuthority, Role, User
from app.extensions import db
from app.notifications import services
from app.notifications.models import Delivery
from tests.factories import make_user


def test_demo_seed_is_idempotent_and_realistic(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo", "seed"])
    assert first.exit_code == 0, first.output
    assert "admin@demo.test" in first.output
    people = db.session.scalar(select(func.count(User.id)))
    second = runner.invoke(args=["demo", "seed"])
    assert second.exit_code == 0
    assert db.session.scalar(select(func.count(User.id))) == people
    assert db.session.scalar(select(func.count(Country.id))) == 5
    assert db.session.scalar(select(func.count(LocalAuthority.id))) >= 30
    for email, role in [("admin@demo.test", Role.ADMIN),
                        ("facilitator@demo.test", Role.FACILITATOR),
                        ("member@demo.test", Role.MEMBER)]:  # fmt: skip
        user = db.session.scalar(select(User).where(User.email == email))
        assert user.role == role
    facilitators = db.session.scalars(
        select(User.country_id).where(User.role == Role.FACILITATOR)
    ).all()
    assert len(set(facilitators)) == 5  # one per country


def test_demo_seed_if_empty_keeps_existing_data(app):
    make_user()
    result = app.test_cli_runner().invoke(args=["demo", "seed", "--if-empty"])
    assert "not added" in result.output
    assert db.session.scalar(select(func.count(User.id))) == 1


def test_demo_seed_is_refused_in_production(app):
    app.config["CONFIG_NAME"] = "production"
    try:
        result = app.test_cli_runner().invoke(args=["demo", "seed"])
    finally:
        app.config["CONFIG_NAME"] = "testing"
    assert result.exit_code != 0
    assert "refused" in result.output


def test_create_admin(app, client):
    result = app.test_cli_runner().invoke(
        args=["users", "create-admin", "Boss@Example.org", "--password", "long enough pass"]
    )
    assert result.exit_code == 0, result.output
    admin = db.session.scalar(select(User).where(User.email == "boss@example.org"))
    assert admin.role == Role.ADMIN
    assert (
        client.post(
            "/login", data={"email": "boss@example.org", "password": "long enough pass"}
        ).status_code
        == 302
    )


def test_jobs_run_sends_pending_email(app, mailbox):
    user = make_user(email="jobs@example.org")
    services.set_preference(user, "announcement", Delivery.EMAIL)
    services.notify(user, "announcement", "From the queue")
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["jobs", "run"])
    assert "notifications.email: 1" in result.output
    assert mailbox.last_to("jobs@example.org")["Subject"] == "From the queue"
