"""iCalendar (RFC 5545) for one event and for a member's calendar feed.

Times are written in UTC ("...Z"), which every calendar converts to its own zone;
the UID stays the same for an event and SEQUENCE grows with each change, so an
updated download or feed replaces the entry instead of adding another.
"""

from collections.abc import Iterable
from datetime import UTC, datetime

from app.core.db import utcnow
from app.core.markup import plain_text
from app.core.security import absolute
from app.events.models import Event, EventStatus

PRODUCT = "-//M4EG peer-learning network//Events//EN"


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n")
    )  # fmt: skip


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a leading space (RFC 5545, 3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _when(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _vevent(event: Event, url: str, stamp: datetime) -> list[str]:
    status = "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED"
    return [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"SEQUENCE:{event.sequence}",
        f"DTSTAMP:{_when(stamp)}",
        f"LAST-MODIFIED:{_when(event.updated_at)}",
        f"DTSTART:{_when(event.starts_at)}",
        f"DTEND:{_when(event.ends_at)}",
        f"SUMMARY:{_escape(event.title)}",
        f"DESCRIPTION:{_escape(plain_text(event.description, 1500) + chr(10) + url)}",
        f"URL:{url}",
        f"STATUS:{status}",
        "END:VEVENT",
    ]


def calendar(events: Iterable[Event], name: str | None = None) -> str:
    """A VCALENDAR with one VEVENT per event."""
    stamp = utcnow()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]  # fmt: skip
    if name:
        lines.append(f"X-WR-CALNAME:{_escape(name)}")
    for event in events:
        lines += _vevent(event, absolute(f"/events/{event.id}"), stamp)
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
