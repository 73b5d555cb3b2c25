"""Keeping each host's index whole: rebuild, sync, prune and status."""

import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import current_app
from gevent import monkey
from sqlalchemy import delete, func, select
from whoosh.util.filelock import FileLock

from app.core.db import utcnow
from app.extensions import db
from app.search import index
from app.search.documents import SOURCES
from app.search.index import State
from app.search.models import SearchOutbox
from app.search.outbox import GAP_SECONDS, LOAD_CHUNK, MAX_GAPS, apply_all, load_documents

log = logging.getLogger(__name__)
CLI_WRITER_TIMEOUT = 30.0
REBUILD_LIMIT_MB = 256  # per indexing process
PARALLEL_FROM = 2000  # documents from which a rebuild indexes in several processes
KEEP_DAYS = 7  # outbox rows older than this are pruned; a host further behind rebuilds


class RebuildRunning(Exception):
    """Another process on this host is rebuilding the index."""


class NotAnIndex(Exception):
    """SEARCH_INDEX_DIR holds files that are not a search index: refuse to replace them."""


@dataclass
class RebuildPlan:
    """Where the outbox stood when the rebuild began, and every id to index."""

    state: State
    ids: dict[str, list[int]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(len(ids) for ids in self.ids.values())


def baseline_state() -> State:
    """The outbox position a rebuild starting now covers (recent missing ids kept as gaps)."""
    newest = db.session.scalar(select(func.max(SearchOutbox.id)))
    if newest is None:
        return State()
    cutoff = utcnow() - timedelta(seconds=GAP_SECONDS)
    settled = db.session.scalar(
        select(func.max(SearchOutbox.id)).where(SearchOutbox.created_at < cutoff)
    )
    recent = set(
        db.session.scalars(select(SearchOutbox.id).where(SearchOutbox.id > (settled or 0)))
    )
    floor = settled if settled is not None else min(recent) - 1
    now = time.time()
    start = max(floor + 1, newest - MAX_GAPS)
    return State(last_id=newest, gaps={i: now for i in range(start, newest) if i not in recent})


def plan_rebuild() -> RebuildPlan:
    """Note the outbox position first, then list ids: later changes are replayed by sync."""
    state = baseline_state()
    return RebuildPlan(state, {t: sorted(set(s.all_ids())) for t, s in SOURCES.items()})


def rebuild(plan: RebuildPlan, advance: Callable[[int], Any] = lambda n: None) -> dict[str, int]:
    """Build a new index from the database beside the current one, then swap it in."""
    folder = index.index_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    _check_replaceable(folder)
    lock = FileLock(str(folder.parent / f".{folder.name}.rebuild.lock"))
    if not lock.acquire():
        raise RebuildRunning()
    fresh = folder.parent / f".{folder.name}.new-{uuid.uuid4().hex[:8]}"
    try:
        counts = _build(fresh, plan, advance)
        _swap(fresh, folder)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)  # left only when the build failed
        lock.release()
    index.reset_searchers()
    return counts


def _build(fresh: Path, plan: RebuildPlan, advance: Callable[[int], Any]) -> dict[str, int]:
    ix = index.create_index(fresh)
    writer = ix.writer(**writer_options(plan.total))
    counts: dict[str, int] = {}
    try:
        for doc_type, ids in plan.ids.items():
            load = SOURCES[doc_type].load
            counts[doc_type] = 0
            for start in range(0, len(ids), LOAD_CHUNK):
                chunk = ids[start : start + LOAD_CHUNK]
                counts[doc_type] += len(load_documents(load, chunk, writer, add=True))
                advance(len(chunk))
        writer.commit()
    except BaseException:
        _cancel(writer)
        raise
    index.write_state(fresh, plan.state)
    return counts


def writer_options(total: int) -> dict[str, Any]:
    """A writer for a new index: big sorting pool; for many documents, one indexing process
    per core, each writing its own segment (merging them would cost as much again)."""
    options: dict[str, Any] = {"limitmb": REBUILD_LIMIT_MB}
    procs = int(current_app.config.get("SEARCH_REBUILD_PROCS") or os.cpu_count() or 1)
    # Forking under gevent's monkey patches is unsafe; a small index is faster in-process.
    if procs > 1 and total >= PARALLEL_FROM and not monkey.is_module_patched("threading"):
        options |= {"procs": procs, "multisegment": True, "batchsize": 200}
    return options


def _cancel(writer: Any) -> None:
    """Cancel a writer; Whoosh's parallel writer leaves its processes waiting: end them."""
    try:
        writer.cancel()
    finally:
        for task in getattr(writer, "tasks", ()):
            if task.is_alive():
                task.terminate()
            task.join()


def _check_replaceable(folder: Path) -> None:
    if not folder.exists() or not any(folder.iterdir()):
        return
    names = {p.name for p in folder.iterdir()}
    if index.META_FILE in names or any(n.endswith(".toc") for n in names):
        return
    raise NotAnIndex(f"{folder} holds other files; set SEARCH_INDEX_DIR to a folder of its own")


def _swap(fresh: Path, folder: Path) -> None:
    """Put the new index in place of the old one, after any apply in progress on it."""
    trash = folder.parent / f".{folder.name}.old-{uuid.uuid4().hex[:8]}"
    waiting = index.write_lock(folder, CLI_WRITER_TIMEOUT) if folder.exists() else nullcontext()
    with waiting:
        if folder.exists():
            os.rename(folder, trash)
        try:
            os.rename(fresh, folder)
        except OSError:
            if trash.exists():
                os.rename(trash, folder)  # the old index stays in service
            raise
    shutil.rmtree(trash, ignore_errors=True)


@dataclass
class SyncResult:
    rebuilt: dict[str, int] | None  # documents per type when the index had to be rebuilt
    applied: int | None  # outbox rows applied; None when the index stayed locked
    pruned: int


def sync(timeout: float = CLI_WRITER_TIMEOUT) -> SyncResult:
    """Bring this host's index up to date: rebuild it when missing or unusable, then apply."""
    rebuilt = None
    folder = index.index_dir()
    state = index.read_state(folder)
    newest = db.session.scalar(select(func.max(SearchOutbox.id))) or 0
    # An index ahead of the outbox belongs to another database (restored, or replaced).
    if index.open_index(folder) is None or (state is not None and state.last_id > newest):
        rebuilt = rebuild(plan_rebuild())
    applied = apply_all(timeout)
    return SyncResult(rebuilt=rebuilt, applied=applied, pruned=prune())


def sync_job() -> int:
    """The periodic job: sync (the caller commits the pruning)."""
    try:
        result = sync(timeout=10.0)
    except RebuildRunning:
        return 0
    return (result.applied or 0) + sum((result.rebuilt or {}).values())


def prune() -> int:
    """Delete outbox rows older than SEARCH_OUTBOX_KEEP_DAYS, always keeping the newest."""
    days = int(current_app.config.get("SEARCH_OUTBOX_KEEP_DAYS", KEEP_DAYS))
    newest = db.session.scalar(select(func.max(SearchOutbox.id)))
    if newest is None:
        return 0
    cutoff = utcnow() - timedelta(days=days)
    result = db.session.execute(
        delete(SearchOutbox).where(SearchOutbox.created_at < cutoff, SearchOutbox.id < newest)
    )
    return result.rowcount or 0


@dataclass
class TypeCount:
    doc_type: str
    label: Any
    in_database: int | None  # None for a type no source is registered for
    in_index: int


@dataclass
class Status:
    folder: Path
    ready: bool
    types: list[TypeCount]
    last_applied: int
    newest: int
    oldest: int
    waiting: int  # outbox rows this index has not applied yet
    gaps: int

    @property
    def counts_match(self) -> bool:
        return all(t.in_database == t.in_index for t in self.types)

    @property
    def ahead(self) -> bool:
        """The index applied outbox ids this database does not have (restored or replaced)."""
        return self.last_applied > self.newest

    @property
    def up_to_date(self) -> bool:
        return self.ready and self.waiting == 0 and self.counts_match and not self.ahead


def status() -> Status:
    """Documents per type in the database and in this host's index, and the outbox position."""
    folder = index.index_dir()
    ix = index.open_index(folder)
    state = index.read_state(folder) or State()
    in_index: dict[str, int] = {}
    if ix is not None:
        with ix.searcher() as searcher:
            for term in searcher.lexicon("doc_type"):
                doc_type = term.decode() if isinstance(term, bytes) else term
                in_index[doc_type] = sum(1 for _ in searcher.document_numbers(doc_type=doc_type))
    types = [
        TypeCount(t, s.label, len(set(s.all_ids())), in_index.pop(t, 0)) for t, s in SOURCES.items()
    ]
    types += [TypeCount(t, t, None, n) for t, n in in_index.items() if n]
    newest, oldest = db.session.execute(
        select(func.max(SearchOutbox.id), func.min(SearchOutbox.id))
    ).one()
    waiting = db.session.scalar(
        select(func.count(SearchOutbox.id)).where(
            (SearchOutbox.id > state.last_id) | SearchOutbox.id.in_(list(state.gaps) or [-1])
        )
    )
    return Status(
        folder=folder, ready=ix is not None, types=types, last_applied=state.last_id,
        newest=newest or 0, oldest=oldest or 0, waiting=waiting or 0, gaps=len(state.gaps),
    )  # fmt: skip
