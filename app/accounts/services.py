"""Accounts: sign-up, approval, invitations, sign-in, passwords, email and profile."""

from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import bindparam, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from app.accounts.models import (
    Country,
    Invitation,
    LocalAuthority,
    Role,
    User,
    UserStatus,
    new_login_token,
)
from app.core.db import utcnow
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.i18n import COMMON_TIMEZONES, LANGUAGES
from app.core.mail import send_templated
from app.core.permissions import can
from app.core.security import TokenError, external_url, make_token, read_token, site_path
from app.extensions import db
from app.notifications.models import Notification
from app.notifications.services import notify

# Checked when an email is unknown, so a sign-in takes as long either way.
_DUMMY_HASH = generate_password_hash("not-a-real-password")


def normalize_email(email: str) -> str:
    return (email or "").strip().lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalize_email(email)))


def get_user(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound()
    return user


def hash_password(password: str) -> str:
    return generate_password_hash(password)  # scrypt


def check_credentials(email: str, password: str) -> User | None:
    """The account with this email and password (of any status), else None."""
    user = find_user_by_email(email)
    if user is None or not user.password_hash:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


# Run on every signed-in page: built once, with a parameter.
_SESSION_USER = select(
    User,
    select(func.count(Notification.id))
    .where(Notification.user_id == User.id, Notification.read_at.is_(None))
    .scalar_subquery(),
).where(User.login_token == bindparam("token"))


def load_user(login_token: str) -> User | None:
    """The member of a session, with their unread notification count (one query per page)."""
    row = db.session.execute(_SESSION_USER, {"token": login_token}).first()
    if row is None:
        return None
    user, unread_count = row
    user.unread_at_load = unread_count  # read by the page layout (the bell)
    return user


def _check_choices(locale: str, timezone: str) -> None:
    if locale not in LANGUAGES:
        raise Invalid(_l("Choose a language from the list."), field="locale")
    if timezone not in COMMON_TIMEZONES:
        raise Invalid(_l("Choose a time zone from the list."), field="timezone")


def _country_of(country: Country | None, authority: LocalAuthority | None) -> Country | None:
    if authority is not None:
        if country is not None and authority.country_id != country.id:
            raise Invalid(_l("This local authority is in another country."), field="authority")
        return authority.country
    return country


def register(
    name: str,
    email: str,
    password: str,
    position: str,
    country: Country | None,
    authority: LocalAuthority | None,
    locale: str,
    timezone: str,
) -> User | None:
    """Sign up a person who then waits for approval; None when the email is taken.

    A taken email gets a message telling its owner, so the page cannot be used
    to learn who has an account.
    """
    _check_choices(locale, timezone)
    country = _country_of(country, authority)
    if country is None:
        raise Invalid(_l("Choose your country."), field="country")
    existing = find_user_by_email(email)
    if existing is not None:
        send_templated(
            existing.email, existing.locale, "already_registered",
            _l("Someone tried to sign up with your email"),
            user=existing, login_url=external_url("accounts.login"),
            reset_url=external_url("accounts.forgot_password"),
        )  # fmt: skip
        return None
    user = User(
        name=name.strip(), email=normalize_email(email), password_hash=hash_password(password),
        position=position.strip(), country=country, authority=authority, locale=locale,
        timezone=timezone, role=Role.MEMBER, status=UserStatus.PENDING,
    )  # fmt: skip
    db.session.add(user)
    db.session.flush()
    for facilitator in approvers_for(country):
        notify(
            facilitator, "approval_request",
            _l("%(name)s asks to join the network", name=user.name),
            link=site_path("accounts.approvals"), group_key="approvals",
        )  # fmt: skip
    return user


def approvers_for(country: Country) -> list[User]:
    """Facilitators of the country, or the admins when it has none."""
    active = User.status == UserStatus.ACTIVE
    facilitators = db.session.scalars(
        select(User).where(active, User.role == Role.FACILITATOR, User.country_id == country.id)
    ).all()
    return list(facilitators) or list(
        db.session.scalars(select(User).where(active, User.role == Role.ADMIN)).all()
    )


def pending_for(actor: User) -> list[User]:
    """The sign-ups that actor may approve, oldest first."""
    query = select(User).where(User.status == UserStatus.PENDING).order_by(User.created_at)
    if actor.role != Role.ADMIN:
        query = query.where(User.country_id == actor.country_id)
    return [u for u in db.session.scalars(query).all() if can(actor, "approve", u)]


def decide(actor: User, applicant: User, approve: bool) -> User:
    """Approve or reject a pending sign-up, and tell the applicant by email."""
    if not can(actor, "approve", applicant):
        raise PermissionDenied()
    applicant.status = UserStatus.ACTIVE if approve else UserStatus.REJECTED
    applicant.approved_by = actor
    applicant.approved_at = utcnow()
    template = "approved" if approve else "rejected"
    subject = _l("Welcome to the M4EG network") if approve else _l("Your request to join")
    send_templated(
        applicant.email, applicant.locale, template, subject,
        user=applicant, login_url=external_url("accounts.login"),
    )  # fmt: skip
    return applicant


def invite(
    actor: User,
    email: str,
    role: str,
    country: Country | None,
    authority: LocalAuthority | None,
    locale: str,
) -> Invitation:
    """Invite a person by email with a signed, expiring, single-use link."""
    if role not in Role.__members__.values():
        raise Invalid(_l("Choose a role from the list."), field="role")
    if not can(actor, "invite", role):
        raise PermissionDenied(_l("You may not invite people with this role."))
    if locale not in LANGUAGES:
        raise Invalid(_l("Choose a language from the list."), field="locale")
    email = normalize_email(email)
    if find_user_by_email(email) is not None:
        raise Invalid(_l("This person already has an account."), field="email")
    country = _country_of(country, authority)
    if role == Role.MEMBER and authority is None:
        raise Invalid(_l("Members belong to a local authority: choose one."), field="authority")
    if role == Role.FACILITATOR and country is None:
        raise Invalid(_l("Facilitators work with one country: choose it."), field="country")
    days = current_app.config["INVITATION_MAX_AGE_DAYS"]
    invitation = Invitation(
        email=email, role=role, country=country, authority=authority, invited_by=actor,
        expires_at=utcnow() + timedelta(days=days),
    )  # fmt: skip
    db.session.add(invitation)
    db.session.flush()
    token = make_token("invite", {"i": invitation.id, "n": invitation.nonce})
    send_templated(
        email, locale, "invitation", _l("You are invited to the M4EG network"),
        invitation=invitation, inviter=actor, days=days,
        accept_url=external_url("accounts.accept_invitation", token=token),
    )  # fmt: skip
    return invitation


def load_invitation(token: str) -> Invitation:
    """The open invitation behind a link; Invalid with the reason otherwise."""
    max_age = current_app.config["INVITATION_MAX_AGE_DAYS"] * 86400
    try:
        data = read_token("invite", token, max_age=max_age)
        invitation = db.session.get(Invitation, int(data["i"]))
    except TokenError as error:
        if error.expired:
            raise Invalid(_l("This invitation has expired. Ask for a new one.")) from error
        raise Invalid(_l("This invitation link is not valid.")) from error
    except (KeyError, TypeError, ValueError) as error:
        raise Invalid(_l("This invitation link is not valid.")) from error
    if invitation is None or invitation.nonce != data.get("n"):
        raise Invalid(_l("This invitation link is not valid."))
    if invitation.accepted_at is not None:
        raise Invalid(_l("This invitation has already been used. Sign in instead."))
    if invitation.expires_at < utcnow():
        raise Invalid(_l("This invitation has expired. Ask for a new one."))
    return invitation


def accept_invitation(
    invitation: Invitation, name: str, password: str, position: str, locale: str, timezone: str
) -> User:
    """Create the invited member's account, active at once."""
    _check_choices(locale, timezone)
    if find_user_by_email(invitation.email) is not None:
        raise Invalid(_l("This person already has an account."))
    user = User(
        name=name.strip(), email=invitation.email, password_hash=hash_password(password),
        position=position.strip(), role=invitation.role, status=UserStatus.ACTIVE,
        country=invitation.country, authority=invitation.authority, locale=locale,
        timezone=timezone, approved_by=invitation.invited_by, approved_at=utcnow(),
    )  # fmt: skip
    db.session.add(user)
    db.session.flush()
    invitation.accepted_at = utcnow()
    invitation.accepted_user_id = user.id
    return user


def _reset_fingerprint(user: User) -> str:
    # Changes whenever the password changes, so a reset link works only once.
    return user.password_hash[-16:]


def request_password_reset(email: str) -> None:
    """Email a reset link if the address belongs to a member; silent otherwise."""
    user = find_user_by_email(email)
    if user is None or user.status != UserStatus.ACTIVE:
        return
    token = make_token("reset", {"u": user.id, "f": _reset_fingerprint(user)})
    send_templated(
        user.email, user.locale, "reset_password", _l("Reset your password"),
        user=user, hours=current_app.config["PASSWORD_RESET_MAX_AGE_HOURS"],
        reset_url=external_url("accounts.reset_password", token=token),
    )  # fmt: skip


def user_for_reset(token: str) -> User:
    max_age = current_app.config["PASSWORD_RESET_MAX_AGE_HOURS"] * 3600
    try:
        data = read_token("reset", token, max_age=max_age)
        user = db.session.get(User, int(data["u"]))
    except (TokenError, KeyError, TypeError, ValueError) as error:
        raise Invalid(_l("This link is not valid or has expired. Ask for a new one.")) from error
    if user is None or data.get("f") != _reset_fingerprint(user) or not user.is_active:
        raise Invalid(_l("This link is not valid or has expired. Ask for a new one."))
    return user


def set_password(user: User, password: str) -> User:
    """Set a new password and sign the member out of every other session."""
    user.password_hash = hash_password(password)
    user.login_token = new_login_token()
    return user


def change_password(user: User, current: str, new: str) -> User:
    if not check_password_hash(user.password_hash, current):
        raise Invalid(_l("Your current password is not correct."), field="current_password")
    return set_password(user, new)


def request_email_change(user: User, password: str, new_email: str) -> None:
    """Send a confirmation link to the new address; the email changes when it is followed."""
    if not check_password_hash(user.password_hash, password):
        raise Invalid(_l("Your current password is not correct."), field="password")
    new_email = normalize_email(new_email)
    if new_email == user.email:
        raise Invalid(_l("This is already your email address."), field="email")
    if find_user_by_email(new_email) is not None:
        # Same answer as for a free address; the owner is not told anything here.
        return
    token = make_token("email", {"u": user.id, "e": new_email, "o": user.email})
    send_templated(
        new_email, user.locale, "confirm_email", _l("Confirm your new email address"),
        user=user, confirm_url=external_url("accounts.confirm_email", token=token),
    )  # fmt: skip


def confirm_email_change(token: str) -> User:
    try:
        data = read_token("email", token, max_age=86400)
        user = db.session.get(User, int(data["u"]))
    except (TokenError, KeyError, TypeError, ValueError) as error:
        raise Invalid(_l("This link is not valid or has expired.")) from error
    if user is None or user.email != data.get("o"):
        raise Invalid(_l("This link is not valid or has expired."))
    if find_user_by_email(data["e"]) is not None:
        raise Invalid(_l("This email address is already used by another account."))
    user.email = data["e"]
    return user


def update_profile(
    actor: User, user: User, name: str, position: str, bio: str, locale: str, timezone: str
) -> User:
    if not can(actor, "edit_profile", user):
        raise PermissionDenied()
    _check_choices(locale, timezone)
    user.name, user.position, user.bio = name.strip(), position.strip(), bio
    user.locale, user.timezone = locale, timezone
    return user


def set_locale(user: User, locale: str) -> None:
    if locale in LANGUAGES:
        user.locale = locale


def set_role(actor: User, user: User, role: str) -> User:
    if not can(actor, "manage_users"):
        raise PermissionDenied()
    if role not in Role.__members__.values():
        raise Invalid(_l("Choose a role from the list."), field="role")
    if user.id == actor.id and role != Role.ADMIN:
        raise Invalid(_l("You cannot remove your own admin role."), field="role")
    user.role = role
    return user


def create_admin(email: str, name: str, password: str) -> User:
    """Create an active admin, or make an existing account admin."""
    user = find_user_by_email(email)
    if user is None:
        user = User(email=normalize_email(email), name=name, status=UserStatus.ACTIVE)
        db.session.add(user)
    user.role = Role.ADMIN
    user.status = UserStatus.ACTIVE
    user.password_hash = hash_password(password)
    db.session.flush()
    return user


def members_of(authority: LocalAuthority) -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .where(User.authority_id == authority.id, User.status == UserStatus.ACTIVE)
            .order_by(func.lower(User.name))
        ).all()
    )


def user_page(page: int, per_page: int = 50) -> tuple[list[User], int]:
    """One page of all accounts by name, and the number of pages."""
    total = db.session.scalar(select(func.count(User.id)))
    people = db.session.scalars(
        select(User).order_by(User.name, User.id).offset((page - 1) * per_page).limit(per_page)
    ).all()
    return list(people), max((total + per_page - 1) // per_page, 1)
