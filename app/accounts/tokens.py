"""Personal API tokens and private feed addresses: made, listed, used and revoked."""

import hashlib
import secrets
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select, update

from app.accounts.models import ApiToken, User, UserStatus
from app.core.db import utcnow
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.permissions import can
from app.extensions import db

# Makes a leaked token easy to recognise (secret scanners, logs).
TOKEN_PREFIX = "m4eg_"  # noqa: S105 - a public prefix, not a secret
HINT_LENGTH = len(TOKEN_PREFIX) + 4
NAME_MAX = 80
MAX_TOKENS = 25  # active tokens per member
# "Last used" is kept to the minute, so a busy script does not write on every request.
TOUCH_EVERY = timedelta(minutes=1)
# Longer than any token we make; a longer value is refused before it is hashed.
RAW_MAX = 200


def hash_token(raw: str) -> str:
    """The stored form of a token: the hex SHA-256 of its text."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def new_token_text() -> str:
    """A new token: the prefix and 32 random bytes, URL-safe."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def tokens_of(user: User) -> list[ApiToken]:
    """The member's tokens that still work, newest first."""
    return list(
        db.session.scalars(
            select(ApiToken)
            .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
            .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
        ).all()
    )


def create_token(user: User, name: str) -> tuple[ApiToken, str]:
    """Make a named token for user; returns it with its text, which is never stored."""
    name = (name or "").strip()
    if not name:
        raise Invalid(_l("Give the token a name."), field="name")
    if len(name) > NAME_MAX:
        raise Invalid(_l("Enter at most %(max)d characters.", max=NAME_MAX), field="name")
    active = db.session.scalar(
        select(func.count(ApiToken.id)).where(
            ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)
        )
    )
    if active >= MAX_TOKENS:
        raise Invalid(
            _l("You have %(n)d tokens already: revoke one first.", n=MAX_TOKENS), field="name"
        )
    raw = new_token_text()
    token = ApiToken(user=user, name=name, token_hash=hash_token(raw), hint=raw[:HINT_LENGTH])
    db.session.add(token)
    db.session.flush()
    return token, raw


def get_token(actor: User, token_id: int) -> ApiToken:
    """One of actor's working tokens; NotFound for any other."""
    token = db.session.get(ApiToken, token_id)
    if token is None or token.is_revoked or not can(actor, "manage_api_token", token):
        raise NotFound()
    return token


def revoke_token(actor: User, token: ApiToken) -> ApiToken:
    """Stop a token from working; the record stays, marked revoked."""
    if not can(actor, "manage_api_token", token):
        raise PermissionDenied()
    if token.revoked_at is None:
        token.revoked_at = utcnow()
    return token


def user_for_token(raw: str, now: datetime | None = None) -> User | None:
    """The active member a token's text belongs to, else None; notes when it was used."""
    if not raw or len(raw) > RAW_MAX:
        return None
    token = db.session.scalar(
        select(ApiToken).where(
            ApiToken.token_hash == hash_token(raw), ApiToken.revoked_at.is_(None)
        )
    )
    if token is None:
        return None
    user = db.session.get(User, token.user_id)
    if user is None or user.status != UserStatus.ACTIVE:
        return None
    now = now or utcnow()
    # One conditional UPDATE: concurrent requests cannot move the time backwards.
    db.session.execute(
        update(ApiToken)
        .where(
            ApiToken.id == token.id,
            or_(ApiToken.last_used_at.is_(None), ApiToken.last_used_at < now - TOUCH_EVERY),
        )
        .values(last_used_at=now)
        .execution_options(synchronize_session=False)
    )
    return user


# Private feeds ------------------------------------------------------------


def reset_feed_token(user: User) -> str:
    """Give the member a new private feed secret; their old feed addresses stop working."""
    user.feed_token = secrets.token_urlsafe(32)
    db.session.flush()
    return user.feed_token


def user_for_feed_token(raw: str) -> User | None:
    """The active member whose private feed secret this is, else None. Reads only."""
    if not raw or len(raw) > RAW_MAX:
        return None
    user = db.session.scalar(select(User).where(User.feed_token == raw))
    if user is None or user.status != UserStatus.ACTIVE:
        return None
    return user
