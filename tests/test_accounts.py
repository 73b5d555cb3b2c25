"""Joining, signing in, passwords, email changes and profiles, through the real pages."""

import re
from datetime import timedelta

from sqlalchemy import select

from app.accounts.models import Invitation, Role, User, UserStatus
from app.core.db import utcnow
from app.extensions import db
from tests.factories import PASSWORD, make_authority, make_country, make_user

NEW_PASSWORD = "a new and long password"


def page_text(response) -> str:
    """The page without its CSRF tokens (they carry a timestamp)."""
    text = response.get_data(as_text=True)
    return re.sub(r'(name="csrf_token" value|name="csrf-token" content)="[^"]*"', "", text)


def fresh(user: User) -> User:
    return db.session.get(User, user.id)


def test_sign_in_and_out(client, login_as):
    user = make_user()
    login_as(user)
    assert user.name in client.get("/").get_data(as_text=True)
    client.post("/logout")
    assert client.get("/account/").status_code == 302


def test_sign_in_is_case_insensitive_and_wrong_password_is_refused(client):
    make_user(email="olena@example.org")
    bad = client.post("/login", data={"email": "olena@example.org", "password": "wrong"})
    assert bad.status_code == 200
    assert "The email or the password is not correct." in bad.get_data(as_text=True)
    good = client.post("/login", data={"email": "OLENA@Example.org", "password": PASSWORD})
    assert good.status_code == 302


def test_unknown_and_known_email_get_the_same_answer(client):
    make_user(email="known@example.org")
    known = client.post("/login", data={"email": "known@example.org", "password": "nope"})
    unknown = client.post("/login", data={"email": "unknown@example.org", "password": "nope"})
    assert page_text(known).replace("known@", "unknown@") == page_text(unknown)
    reset_known = client.post("/forgot-password", data={"email": "known@example.org"})
    reset_unknown = client.post("/forgot-password", data={"email": "unknown@example.org"})
    assert reset_known.status_code == reset_unknown.status_code == 302
    assert reset_known.location == reset_unknown.location


def test_remember_me_sets_a_lasting_cookie(client):
    user = make_user()
    client.post("/login", data={"email": user.email, "password": PASSWORD, "remember": "y"})
    assert client.get_cookie("remember_token") is not None


def test_next_parameter_only_redirects_on_site(client):
    user = make_user()
    response = client.post(
        "/login?next=https://evil.example/x", data={"email": user.email, "password": PASSWORD}
    )
    assert response.location == "/"
    client.post("/logout")
    response = client.post(
        "/login?next=/network/", data={"email": user.email, "password": PASSWORD}
    )
    assert response.location == "/network/"


def test_sign_in_is_rate_limited(client):
    user = make_user()
    statuses = [
        client.post("/login", data={"email": user.email, "password": "wrong"}).status_code
        for _ in range(12)
    ]
    assert statuses[:10] == [200] * 10
    assert statuses[-1] == 429


def test_sign_up_waits_for_a_facilitator_of_the_country(client, mailbox, login_as):
    moldova = make_country("MD", "Moldova")
    ukraine = make_country("UA", "Ukraine")
    town = make_authority(moldova, name_en="Ungheni")
    facilitator = make_user(role=Role.FACILITATOR, country=moldova, authority=None)
    other = make_user(role=Role.FACILITATOR, country=ukraine, authority=None)

    response = client.post("/register", data={
        "name": "Ion Rusu", "email": "Ion.Rusu@example.org", "position": "Mayor",
        "country": moldova.id, "authority": town.id, "locale": "ro",
        "timezone": "Europe/Chisinau", "password": PASSWORD, "confirm": PASSWORD,
    })  # fmt: skip
    assert response.status_code == 200
    applicant = db.session.scalar(select(User).where(User.email == "ion.rusu@example.org"))
    assert applicant.status == UserStatus.PENDING
    pending = client.post("/login", data={"email": "ion.rusu@example.org", "password": PASSWORD})
    assert "waiting for a facilitator" in pending.get_data(as_text=True)

    login_as(other)
    assert "Ion Rusu" not in client.get("/account/approvals").get_data(as_text=True)
    client.post("/account/approvals", data={"user_id": applicant.id, "decision": "approve"})
    assert fresh(applicant).status == UserStatus.PENDING
    client.post("/logout")

    login_as(facilitator)
    assert "Ion Rusu" in client.get("/account/approvals").get_data(as_text=True)
    assert "asks to join" in client.get("/notifications/").get_data(as_text=True)
    client.post("/account/approvals", data={"user_id": applicant.id, "decision": "approve"})
    assert fresh(applicant).status == UserStatus.ACTIVE
    welcome = mailbox.last_to("ion.rusu@example.org")
    assert "aprobat" in mailbox.text(welcome)  # in the applicant's language (Romanian)
    client.post("/logout")
    assert (
        client.post(
            "/login", data={"email": "ion.rusu@example.org", "password": PASSWORD}
        ).status_code
        == 302
    )


def test_sign_up_with_a_taken_email_looks_the_same_and_tells_the_owner(client, mailbox):
    country = make_country()
    owner = make_user(email="taken@example.org")
    form = {
        "name": "Someone", "email": "TAKEN@example.org", "position": "", "country": country.id,
        "authority": "", "locale": "en", "timezone": "UTC", "password": PASSWORD,
        "confirm": PASSWORD,
    }  # fmt: skip
    taken = client.post("/register", data=form)
    free = client.post("/register", data={**form, "email": "free@example.org"})
    assert page_text(taken).replace("TAKEN", "free") == page_text(free)
    assert "already have an account" in mailbox.text(mailbox.last_to(owner.email))
    assert db.session.scalar(select(User).where(User.email == "taken@example.org")).id == owner.id


def test_invitation_link_works_once(client, mailbox, login_as):
    facilitator = make_user(role=Role.FACILITATOR, authority=None)
    town = make_authority(facilitator.country, name_en="Cahul")
    login_as(facilitator)
    response = client.post("/invite", data={
        "email": "new.member@example.org", "role": "member", "country": "",
        "authority": town.id, "locale": "uk",
    })  # fmt: skip
    assert response.status_code == 302
    message = mailbox.last_to("new.member@example.org")
    assert "запрошує" in mailbox.text(message)  # Ukrainian, as chosen
    link = mailbox.links(message)[0]
    client.post("/logout")

    page = client.get(link)
    assert page.status_code == 200
    response = client.post(link, data={
        "name": "Nadia Ursu", "position": "Economic officer", "locale": "ro",
        "timezone": "Europe/Chisinau", "password": PASSWORD, "confirm": PASSWORD,
    })  # fmt: skip
    assert response.status_code == 302
    member = db.session.scalar(select(User).where(User.email == "new.member@example.org"))
    assert member.status == UserStatus.ACTIVE and member.authority_id == town.id
    assert member.role == Role.MEMBER
    client.post("/logout")
    assert client.get(link).status_code == 410


def test_expired_or_tampered_invitation_is_refused(client, mailbox, login_as):
    admin = make_user(role=Role.ADMIN, authority=None)
    town = make_authority()
    login_as(admin)
    client.post("/invite", data={"email": "late@example.org", "role": "member",
                                 "authority": town.id, "locale": "en"})  # fmt: skip
    link = mailbox.links(mailbox.last_to("late@example.org"))[0]
    assert client.get(link[:-3] + "xyz").status_code == 410
    invitation = db.session.scalar(select(Invitation).where(Invitation.email == "late@example.org"))
    invitation.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    assert "expired" in client.get(link).get_data(as_text=True)


def test_members_cannot_invite_and_facilitators_invite_members_only(client, login_as):
    login_as(make_user())
    assert client.get("/invite").status_code == 403
    client.post("/logout")
    login_as(make_user(role=Role.FACILITATOR, authority=None))
    response = client.post("/invite", data={"email": "x@example.org", "role": "admin",
                                            "locale": "en"})  # fmt: skip
    assert response.status_code == 200
    assert "Choose an option from the list." in response.get_data(as_text=True)
    assert db.session.scalar(select(Invitation)) is None


def test_password_reset_by_emailed_link(client, mailbox):
    user = make_user(email="reset.me@example.org")
    client.post("/forgot-password", data={"email": "Reset.Me@example.org"})
    link = mailbox.links(mailbox.last_to(user.email))[0]
    response = client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert (
        client.post("/login", data={"email": user.email, "password": NEW_PASSWORD}).status_code
        == 302
    )
    client.post("/logout")
    reused = client.get(link)
    assert reused.status_code == 302 and "forgot-password" in reused.location


def test_change_password_signs_out_other_sessions(app, client, login_as):
    user = make_user()
    other_device = app.test_client()
    other_device.post("/login", data={"email": user.email, "password": PASSWORD})
    assert other_device.get("/account/").status_code == 200
    login_as(user)
    wrong = client.post(
        "/account/password",
        data={"current_password": "nope", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )
    assert "current password is not correct" in wrong.get_data(as_text=True)
    client.post(
        "/account/password",
        data={"current_password": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )
    assert client.get("/account/").status_code == 200  # this session stays
    assert other_device.get("/account/").status_code == 302  # the other is signed out


def test_change_email_after_confirming_the_new_address(client, mailbox, login_as):
    user = login_as(make_user(email="old@example.org"))
    client.post("/account/email", data={"email": "New@Example.org", "password": PASSWORD})
    assert fresh(user).email == "old@example.org"
    link = mailbox.links(mailbox.last_to("new@example.org"))[0]
    client.get(link)
    assert fresh(user).email == "new@example.org"


def test_profile_with_initials_and_members_of_an_authority(client, login_as):
    town = make_authority(name_en="Soroca")
    make_user(name="Vasile Munteanu", authority=town)
    make_user(name="Pending Person", authority=town, status=UserStatus.PENDING)
    viewer = login_as(make_user(name="ana maria popa"))
    page = client.get(f"/network/authorities/{town.id}").get_data(as_text=True)
    assert "Vasile Munteanu" in page and "Pending Person" not in page
    profile = client.get(f"/members/{viewer.id}").get_data(as_text=True)
    assert ">AM</span>" in profile


def test_visitors_do_not_see_members(client):
    town = make_authority()
    member = make_user(name="Hidden Name", authority=town)
    assert "Hidden Name" not in client.get(f"/network/authorities/{town.id}").get_data(as_text=True)
    assert client.get(f"/members/{member.id}").status_code == 302


def test_admin_changes_a_role(client, login_as):
    target = make_user()
    admin = login_as(make_user(role=Role.ADMIN, authority=None))
    client.post("/account/admin/users", data={"user_id": target.id, "role": "moderator"})
    assert fresh(target).role == Role.MODERATOR
    client.post("/account/admin/users", data={"user_id": admin.id, "role": "member"})
    assert fresh(admin).role == Role.ADMIN
