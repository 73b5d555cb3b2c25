"""The search outbox: changes to searchable content, written with the content itself."""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import utcnow
from app.extensions import db


class OutboxAction(enum.StrEnum):
    UPSERT = "upsert"  # (re)index from the database; removed when no longer indexable
    DELETE = "delete"


class SearchOutbox(db.Model):
    """One change to one document, replayed in id order by every host's indexer."""

    __tablename__ = "search_outbox"
    __table_args__ = (CheckConstraint("action IN ('upsert', 'delete')", name="action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(40))
    doc_id: Mapped[int] = mapped_column()
    action: Mapped[str] = mapped_column(String(10), default=OutboxAction.UPSERT)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    def __repr__(self) -> str:
        return f"<SearchOutbox {self.id} {self.action} {self.doc_type}:{self.doc_id}>"
