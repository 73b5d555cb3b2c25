"""The outbox: enqueue() in the content's transaction, apply() to this host's index.

enqueue() only adds a row to the session. When that transaction commits, the rows
are applied to the index (briefly waiting for the writer lock; when it is busy, or
anything fails, the rows simply wait). `flask search sync` and the periodic job
apply whatever is left.
Each index records how far it got (index.State), so each host can keep its own index
by replaying the same outbox; the database stays the source of truth.
"""

import logging
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import partial

from flask import current_app, has_app_context
from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction
from whoosh.writing import IndexWriter

from app.core.db import after_commit
from app.extensions import db
from app.search import index
from app.search.analysis import family
from app.search.documents import SOURCES, Document, Loader, document_key
from app.search.index import State
from app.search.models import OutboxAction, SearchOutbox

log = logging.getLogger(__name__)

BATCH = 500  # outbox rows per index commit
LOAD_CHUNK = 200  # ids per source.load() call
GAP_SECONDS = 600  # how long a missing outbox id may still turn up (an open transaction)
MAX_GAPS = 5000
STORED_BODY_CHARS = 20_000  # enough for snippets; the whole body is indexed
WEB_WRITER_TIMEOUT = 1.0  # seconds a commit waits for the index; then the job applies
MARKS = dict.fromkeys(map(ord, "\ue000\ue001"))  # our highlight marks (query.py)

_SCHEDULED = "search.apply_scheduled"  # session.info: this transaction applies after commit


def enqueue(doc_type: str, doc_id: int, action: str = OutboxAction.UPSERT) -> None:
    """Record, in the current transaction, that a document must be (re)indexed or deleted."""
    enqueue_in(db.session(), doc_type, doc_id, action)


def enqueue_in(session: Session, doc_type: str, doc_id: int, action: str = "upsert") -> None:
    """enqueue() on a given session (for SQLAlchemy event listeners)."""
    if action not in (OutboxAction.UPSERT, OutboxAction.DELETE):
        raise ValueError(f"unknown outbox action {action!r}")
    if not session.info.get(_SCHEDULED):
        session.info[_SCHEDULED] = True
        after_commit(session, partial(_apply_after_commit, session))
    session.add(SearchOutbox(doc_type=doc_type, doc_id=int(doc_id), action=str(action)))


def _apply_after_commit(committed: Session) -> None:
    """Apply the outbox once the content is committed; on any failure the rows just wait."""
    committed.info.pop(_SCHEDULED, None)
    if not has_app_context():
        return  # the periodic job will apply these rows
    # The committing session cannot run SQL until its commit returns, and the sources
    # read through db.session: lend them a fresh session for the duration.
    registry = db.session.registry
    outer = registry()
    fresh = db.session.session_factory()
    registry.set(fresh)
    try:
        timeout = float(current_app.config.get("SEARCH_WRITER_TIMEOUT", WEB_WRITER_TIMEOUT))
        apply(timeout=timeout, limit=BATCH)
    except Exception:  # the content is committed; the rows stay for the next apply
        log.exception("applying the search outbox after commit failed")
    finally:
        fresh.close()
        registry.set(outer)


def _rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    if previous_transaction.parent is None:  # core's after_commit dropped our callback too
        session.info.pop(_SCHEDULED, None)


def listen() -> None:
    """Forget the scheduled apply when a transaction rolls back (idempotent)."""
    if not event.contains(Session, "after_soft_rollback", _rolled_back):
        event.listen(Session, "after_soft_rollback", _rolled_back)


def apply(timeout: float, limit: int = BATCH) -> int | None:
    """Apply up to limit outbox rows to this host's index; None when it is missing or locked."""
    folder = index.index_dir()
    if not index.is_ready(folder):
        return None
    with index.write_lock(folder, timeout) as locked:
        if not locked:
            log.info("search index is busy; the outbox waits for the next apply")
            return None
        ix = index.open_index(folder)  # after the lock: a rebuild may just have swapped it
        if ix is None:
            return None
        state = index.read_state(folder) or State()
        rows, new_state = _pending(state, limit)
        if rows:
            writer = ix.writer(_lk=False)  # the lock is held above
            try:
                write_changes(writer, rows)
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
        if new_state != state:
            index.write_state(folder, new_state)
    return len(rows)


def apply_all(timeout: float) -> int | None:
    """Apply the whole outbox in batches; None when the index is missing or locked."""
    total = 0
    while True:
        done = apply(timeout)
        if done is None:
            return None if total == 0 else total
        total += done
        if done < BATCH:
            return total


def _pending(state: State, limit: int) -> tuple[list[SearchOutbox], State]:
    """The next rows in id order (plus late rows that filled gaps) and the state after them."""
    now = time.time()
    late = []
    gap_ids = sorted(state.gaps)
    for start in range(0, len(gap_ids), 500):
        chunk = gap_ids[start : start + 500]
        late += db.session.scalars(select(SearchOutbox).where(SearchOutbox.id.in_(chunk))).all()
    fresh = db.session.scalars(
        select(SearchOutbox)
        .where(SearchOutbox.id > state.last_id)
        .order_by(SearchOutbox.id)
        .limit(limit)
    ).all()
    gaps = {i: seen for i, seen in state.gaps.items() if now - seen < GAP_SECONDS}
    for row in late:
        gaps.pop(row.id, None)
    last_id = state.last_id
    for row in fresh:
        if last_id:  # with no position yet, ids before the first row are not gaps
            gaps.update(dict.fromkeys(range(max(last_id + 1, row.id - MAX_GAPS), row.id), now))
        last_id = row.id
    if len(gaps) > MAX_GAPS:
        log.warning("search outbox: %d missing ids; forgetting the oldest", len(gaps))
        gaps = dict(sorted(gaps.items())[-MAX_GAPS:])
    rows = sorted([*late, *fresh], key=lambda row: row.id)
    return rows, State(last_id=last_id, gaps=gaps)


def write_changes(writer: IndexWriter, rows: Iterable[SearchOutbox]) -> None:
    """Bring the documents named by rows up to date with the database."""
    latest: dict[tuple[str, int], str] = {}
    for row in rows:  # in id order: the last action for a document wins
        latest[(row.doc_type, row.doc_id)] = row.action
    upserts: dict[str, list[int]] = {}
    for (doc_type, doc_id), action in latest.items():
        if action == OutboxAction.DELETE:
            writer.delete_by_term("key", document_key(doc_type, doc_id))
        else:
            upserts.setdefault(doc_type, []).append(doc_id)
    for doc_type, ids in upserts.items():
        source = SOURCES.get(doc_type)
        if source is None:
            log.warning("search outbox names unknown document type %r; skipped", doc_type)
            continue
        for start in range(0, len(ids), LOAD_CHUNK):
            chunk = ids[start : start + LOAD_CHUNK]
            found = {doc.doc_id for doc in load_documents(source.load, chunk, writer)}
            for doc_id in set(chunk) - found:  # gone, or no longer indexable
                writer.delete_by_term("key", document_key(doc_type, doc_id))


def load_documents(
    load: Loader, ids: list[int], writer: IndexWriter, add: bool = False
) -> list[Document]:
    """Load documents through a source and write them (update, or add into a new index)."""
    documents = load(ids)
    for doc in documents:
        fields = index_fields(doc)
        if add:
            writer.add_document(**fields)
        else:
            writer.update_document(**fields)
    return documents


def index_fields(doc: Document) -> dict:
    """The Whoosh fields for a document: its text in its language's fields, and its words
    as written in the spelling field (for "did you mean")."""
    title = (doc.title or "").translate(MARKS)
    body = (doc.body or "").translate(MARKS)
    name = family(doc.language)
    fields: dict = {
        "key": doc.key,
        "doc_type": doc.doc_type,
        "doc_id": str(doc.doc_id),
        "language": doc.language,
        "title": title,
        "body": body[:STORED_BODY_CHARS],
        "url": doc.url,
        "access": " ".join(token.replace(" ", "_") for token in doc.access),
        f"title_{name}": title,
        f"body_{name}": body,
        "spell": f"{title}\n{body}",
    }
    if doc.created_at is not None:
        fields["created_at"] = _naive_utc(doc.created_at)
    for facet, value in doc.facets.items():
        values = value if isinstance(value, list | tuple | set) else [value]
        fields[f"facet_{facet}"] = ",".join(str(v).replace(",", " ") for v in values)
    return fields


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
