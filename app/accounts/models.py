"""Countries, local authorities, members and invitations."""

import enum
import re
import secrets
import unicodedata
from datetime import datetime

from flask_babel import lazy_gettext as _l
from flask_login import UserMixin
from sqlalchemy import Column, ForeignKey, String, Table, Text, event, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import TimestampMixin
from app.extensions import db


class Role(enum.StrEnum):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    MODERATOR = "moderator"
    ADMIN = "admin"


class UserStatus(enum.StrEnum):
    PENDING = "pending"  # signed up, waiting for a facilitator's approval
    ACTIVE = "active"
    REJECTED = "rejected"
    DISABLED = "disabled"


class AuthorityKind(enum.StrEnum):
    CITY = "city"
    TOWN = "town"
    RURAL = "rural"


def initials_of(name: str) -> str:
    """Up to two letters for an avatar: "Olena Kovalenko" -> "OK"."""
    parts = [p for p in name.split() if p[:1].isalpha()]
    letters = "".join(p[0] for p in parts[:2]) or name[:1] or "?"
    return letters.upper()


def avatar_colour_of(user_id: int | None) -> int:
    return user_id % 8 if user_id else 0


def new_login_token() -> str:
    return secrets.token_urlsafe(24)


class Country(TimestampMixin, db.Model):
    __tablename__ = "countries"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(2), unique=True)  # ISO 3166-1 alpha-2
    name_en: Mapped[str] = mapped_column(String(100))

    authorities: Mapped[list["LocalAuthority"]] = relationship(back_populates="country")

    def __repr__(self) -> str:
        return f"<Country {self.code}>"


class LocalAuthority(TimestampMixin, db.Model):
    __tablename__ = "local_authorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_local: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), index=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id"), index=True)
    region: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default=AuthorityKind.CITY)
    population: Mapped[int | None] = mapped_column(default=None)
    joined_year: Mapped[int | None] = mapped_column(default=None)

    country: Mapped[Country] = relationship(back_populates="authorities")
    members: Mapped[list["User"]] = relationship(back_populates="authority")

    def __repr__(self) -> str:
        return f"<LocalAuthority {self.name_en}>"


group_members = Table(
    "group_members",
    db.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Group(TimestampMixin, db.Model):
    """A named set of members (the pilot communities, a working group) used in permissions."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list["User"]] = relationship(secondary=group_members, back_populates="groups")


class User(UserMixin, TimestampMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # The short name used in @mentions, unique, made from the name on creation.
    handle: Mapped[str | None] = mapped_column(String(60), unique=True, default=None)
    # Stored lower-cased, so uniqueness is case-insensitive on every database.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    position: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20), default=Role.MEMBER)
    status: Mapped[str] = mapped_column(String(20), default=UserStatus.ACTIVE, index=True)
    authority_id: Mapped[int | None] = mapped_column(ForeignKey("local_authorities.id"), index=True)
    country_id: Mapped[int | None] = mapped_column(ForeignKey("countries.id"), index=True)
    locale: Mapped[str] = mapped_column(String(5), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    bio: Mapped[str] = mapped_column(Text, default="")
    # Part of the session id: changing it signs the member out everywhere.
    login_token: Mapped[str] = mapped_column(String(64), unique=True, default=new_login_token)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    # The secret in the member's private feed addresses (None until asked for; resettable).
    feed_token: Mapped[str | None] = mapped_column(
        String(64), unique=True, index=True, default=None
    )

    authority: Mapped[LocalAuthority | None] = relationship(back_populates="members")
    country: Mapped[Country | None] = relationship()
    approved_by: Mapped["User | None"] = relationship(remote_side="User.id")
    groups: Mapped[list[Group]] = relationship(secondary=group_members, back_populates="members")

    @property
    def group_ids(self) -> set[int]:
        return {group.id for group in self.groups}

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.FACILITATOR, Role.MODERATOR, Role.ADMIN)

    def get_id(self) -> str:
        return self.login_token

    @property
    def is_active(self) -> bool:
        return self.status == UserStatus.ACTIVE

    @property
    def initials(self) -> str:
        return initials_of(self.name)

    @property
    def avatar_colour(self) -> int:
        return avatar_colour_of(self.id)

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class Invitation(TimestampMixin, db.Model):
    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    role: Mapped[str] = mapped_column(String(20), default=Role.MEMBER)
    country_id: Mapped[int | None] = mapped_column(ForeignKey("countries.id"), index=True)
    authority_id: Mapped[int | None] = mapped_column(ForeignKey("local_authorities.id"), index=True)
    invited_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    nonce: Mapped[str] = mapped_column(String(64), default=new_login_token)
    expires_at: Mapped[datetime] = mapped_column()
    accepted_at: Mapped[datetime | None] = mapped_column(default=None)
    accepted_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    invited_by: Mapped[User] = relationship(foreign_keys=[invited_by_id])
    authority: Mapped[LocalAuthority | None] = relationship()
    country: Mapped[Country | None] = relationship()


class ApiToken(TimestampMixin, db.Model):
    """A personal API token: it acts as its member. Only its SHA-256 hash is kept."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The first characters of the token, shown so a member can tell their tokens apart.
    hint: Mapped[str] = mapped_column(String(12))
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship()

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


ROLE_LABELS = {
    Role.MEMBER: _l("Member"),
    Role.FACILITATOR: _l("Facilitator"),
    Role.MODERATOR: _l("Moderator"),
    Role.ADMIN: _l("Administrator"),
}
STATUS_LABELS = {
    UserStatus.PENDING: _l("Waiting for approval"),
    UserStatus.ACTIVE: _l("Active"),
    UserStatus.REJECTED: _l("Not approved"),
    UserStatus.DISABLED: _l("Disabled"),
}
AUTHORITY_KIND_LABELS = {
    AuthorityKind.CITY: _l("City"),
    AuthorityKind.TOWN: _l("Town"),
    AuthorityKind.RURAL: _l("Rural community"),
}


def handle_from_name(name: str) -> str:
    """A mention handle from a name, in any script: "Olena Kovalenko" -> "olena.kovalenko"."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", name).lower())
    return ".".join(words)[:40].strip(".") or "member"


@event.listens_for(User, "before_insert")
def _give_handle(mapper, connection, user: User) -> None:
    if user.handle:
        return
    base = handle_from_name(user.name or "")
    taken = set(
        connection.execute(select(User.handle).where(User.handle.like(f"{base}%"))).scalars()
    )
    handle, n = base, 1
    while handle in taken:
        n += 1
        handle = f"{base}{n}"
    user.handle = handle
