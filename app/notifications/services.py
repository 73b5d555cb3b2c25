"""notify() for every feature, delivery choices, the email queue and the daily digest."""

import logging
from dataclasses import dataclass
from datetime import datetime

import pytz
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update

from app.accounts.models import User, UserStatus
from app.core import jobs
from app.core.db import after_commit, utcnow
from app.core.errors import Invalid
from app.core.mail import send_templated
from app.core.security import TokenError, external_url, make_token, read_token
from app.extensions import db, socketio
from app.notifications.models import Delivery, EmailState, Notification, NotificationPreference

log = logging.getLogger(__name__)
NAMESPACE = "/notifications"
DIGEST_HOUR = 7  # local time of the member
EMAIL_BATCH = 200
DIGEST = "digest"  # the unsubscribe "kind" that stops the daily digest


@dataclass(frozen=True)
class Kind:
    label: object  # a lazy string
    default: Delivery


KINDS: dict[str, Kind] = {
    "approval_request": Kind(_l("People waiting for your approval"), Delivery.EMAIL),
    "account": Kind(_l("News about your account"), Delivery.EMAIL),
    "announcement": Kind(_l("Announcements from the network"), Delivery.DIGEST),
}


def register_kind(name: str, label: object, default: Delivery = Delivery.IN_APP) -> None:
    """Let a feature add a kind of notification (shown on the preferences page)."""
    KINDS[name] = Kind(label, default)


def delivery_for(user: User, kind: str) -> Delivery:
    chosen = db.session.scalar(
        select(NotificationPreference.delivery).where(
            NotificationPreference.user_id == user.id, NotificationPreference.kind == kind
        )
    )
    return Delivery(chosen) if chosen else KINDS[kind].default


def preferences(user: User) -> dict[str, Delivery]:
    chosen = dict(
        db.session.execute(
            select(NotificationPreference.kind, NotificationPreference.delivery).where(
                NotificationPreference.user_id == user.id
            )
        ).all()
    )
    return {kind: Delivery(chosen.get(kind, info.default)) for kind, info in KINDS.items()}


def set_preference(user: User, kind: str, delivery: str) -> None:
    if kind not in KINDS or delivery not in Delivery.__members__.values():
        raise Invalid(_l("Choose one of the offered options."))
    pref = db.session.scalar(
        select(NotificationPreference).where(
            NotificationPreference.user_id == user.id, NotificationPreference.kind == kind
        )
    )
    if pref is None:
        pref = NotificationPreference(user_id=user.id, kind=kind)
        db.session.add(pref)
    pref.delivery = delivery


def notify(
    recipient: User,
    kind: str,
    subject: str,
    link: str = "",
    body: str = "",
    group_key: str | None = None,
) -> Notification | None:
    """Tell a member about something; delivered by their choice for this kind.

    link is a path on this site (site_path()); emails make it absolute.

    With a group_key, an unread notification about the same thing is refreshed
    instead of adding another.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    if recipient.status != UserStatus.ACTIVE:
        return None
    if group_key:
        existing = db.session.scalar(
            select(Notification).where(
                Notification.user_id == recipient.id,
                Notification.group_key == group_key,
                Notification.read_at.is_(None),
            )
        )
        if existing is not None:
            existing.updated_at = utcnow()
            return existing
    delivery = delivery_for(recipient, kind)
    state = {
        Delivery.IN_APP: EmailState.NONE,
        Delivery.EMAIL: EmailState.PENDING,
        Delivery.DIGEST: EmailState.DIGEST,
    }[delivery]
    with force_locale(recipient.locale):  # stored in the recipient's language
        subject, body = str(subject)[:300], str(body)
    notification = Notification(
        user_id=recipient.id, kind=kind, subject=subject, body=body,
        link=link, group_key=group_key, email_state=state,
    )  # fmt: skip
    db.session.add(notification)
    db.session.flush()
    count, user_id = unread_count(recipient), recipient.id  # read now: after commit, SQL is closed
    after_commit(db.session, lambda: push_unread(user_id, count))
    return notification


def push_unread(user_id: int, count: int) -> None:
    """Update the bell in every open page of the member."""
    socketio.emit("unread", {"count": count}, namespace=NAMESPACE, to=f"user:{user_id}")


def unread_count(user: User) -> int:
    return db.session.scalar(
        select(func.count(Notification.id)).where(
            Notification.user_id == user.id, Notification.read_at.is_(None)
        )
    )


def list_for(user: User, before_id: int | None = None, limit: int = 30) -> list[Notification]:
    """A page of the member's notifications, newest first (keyset by id)."""
    query = select(Notification).where(Notification.user_id == user.id)
    if before_id:
        query = query.where(Notification.id < before_id)
    return list(db.session.scalars(query.order_by(Notification.id.desc()).limit(limit)).all())


def mark_read(user: User, notification_id: int) -> Notification | None:
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != user.id:
        return None
    if notification.read_at is None:
        notification.read_at = utcnow()
        db.session.flush()
        count, user_id = unread_count(user), user.id
        after_commit(db.session, lambda: push_unread(user_id, count))
    return notification


def mark_all_read(user: User) -> int:
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    user_id = user.id
    after_commit(db.session, lambda: push_unread(user_id, 0))
    return result.rowcount


def unsubscribe_token(user: User, kind: str) -> str:
    return make_token("unsubscribe", {"u": user.id, "k": kind})


def unsubscribe_url(user: User, kind: str) -> str:
    return external_url("notifications.unsubscribe", token=unsubscribe_token(user, kind))


def read_unsubscribe(token: str) -> tuple[User, str]:
    try:
        data = read_token("unsubscribe", token)
        user = db.session.get(User, int(data["u"]))
        kind = data["k"]
    except (TokenError, KeyError, TypeError, ValueError) as error:
        raise Invalid(_l("This link is not valid.")) from error
    if user is None or (kind not in KINDS and kind != DIGEST):
        raise Invalid(_l("This link is not valid."))
    return user, kind


def unsubscribe(token: str) -> tuple[User, str]:
    """Stop emails of one kind (the notifications stay in the app)."""
    user, kind = read_unsubscribe(token)
    if kind == DIGEST:
        kinds = [k for k, delivery in preferences(user).items() if delivery == Delivery.DIGEST]
    else:
        kinds = [kind]
    for name in kinds:
        set_preference(user, name, Delivery.IN_APP)
    return user, kind


def _unsubscribe_headers(url: str) -> dict[str, str]:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def send_pending_emails() -> int:
    """Send the notifications whose members want email at once; each exactly once."""
    sent = 0
    ids = db.session.scalars(
        select(Notification.id)
        .where(Notification.email_state == EmailState.PENDING)
        .order_by(Notification.id)
        .limit(EMAIL_BATCH)
    ).all()
    for notification_id in ids:
        claimed = db.session.execute(
            update(Notification)
            .where(
                Notification.id == notification_id, Notification.email_state == EmailState.PENDING
            )
            .values(email_state=EmailState.SENDING)
        ).rowcount
        db.session.commit()  # other hosts see the claim before we send
        if not claimed:
            continue
        notification = db.session.get(Notification, notification_id)
        try:
            url = unsubscribe_url(notification.user, notification.kind)
            send_templated(
                notification.user.email, notification.user.locale, "notification",
                notification.subject, notification=notification, user=notification.user,
                kind=KINDS[notification.kind], unsubscribe_url=url,
                headers=_unsubscribe_headers(url),
            )  # fmt: skip
        except Exception:
            log.exception("could not email notification %s", notification_id)
            notification.email_state = EmailState.FAILED
        else:
            notification.email_state = EmailState.SENT
            notification.emailed_at = utcnow()
            sent += 1
        db.session.commit()
    return sent


def _local_now(user: User, now: datetime) -> datetime:
    try:
        return now.astimezone(pytz.timezone(user.timezone))
    except pytz.UnknownTimeZoneError:
        return now


def send_digests(now: datetime | None = None) -> int:
    """Send each member waiting for a digest one email a day, after 07:00 their time."""
    now = now or utcnow()
    users = db.session.scalars(
        select(User).where(
            User.id.in_(
                select(Notification.user_id).where(Notification.email_state == EmailState.DIGEST)
            )
        )
    ).all()
    sent = 0
    for user in users:
        local = _local_now(user, now)
        if local.hour < DIGEST_HOUR:
            continue
        key = f"digest:{user.id}:{local.date().isoformat()}"
        if not jobs.claim(key):
            continue
        db.session.commit()
        # What the member already read in the app is not worth an email.
        db.session.execute(
            update(Notification)
            .where(
                Notification.user_id == user.id,
                Notification.email_state == EmailState.DIGEST,
                Notification.read_at.is_not(None),
            )
            .values(email_state=EmailState.NONE)
        )
        waiting = db.session.scalars(
            select(Notification)
            .where(Notification.user_id == user.id, Notification.email_state == EmailState.DIGEST)
            .order_by(Notification.id)
        ).all()
        if not waiting:
            db.session.commit()
            continue
        try:
            url = unsubscribe_url(user, DIGEST)
            send_templated(
                user.email, user.locale, "digest", _l("Your daily summary from the M4EG network"),
                user=user, notifications=waiting, kinds=KINDS,
                notifications_url=external_url("notifications.index"),
                preferences_url=external_url("notifications.preferences"),
                headers=_unsubscribe_headers(url), unsubscribe_url=url,
            )  # fmt: skip
        except Exception:
            log.exception("could not send the digest to user %s", user.id)
            db.session.rollback()
            jobs.release(key)
            db.session.commit()
            continue
        for notification in waiting:
            notification.email_state = EmailState.SENT
            notification.emailed_at = now
        db.session.commit()
        sent += 1
    return sent


def mark_group_read(user: User, group_keys: list[str]) -> None:
    """Mark read what a member has now seen elsewhere (e.g. by opening the topic)."""
    result = db.session.execute(
        update(Notification)
        .where(
            Notification.user_id == user.id,
            Notification.group_key.in_(group_keys),
            Notification.read_at.is_(None),
        )
        .values(read_at=utcnow())
    )
    if result.rowcount:
        db.session.flush()
        count, user_id = unread_count(user), user.id
        after_commit(db.session, lambda: push_unread(user_id, count))
