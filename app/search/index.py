"""The Whoosh index on disk: schema and analyzers, its folder, lock, state and searchers.

The folder (SEARCH_INDEX_DIR, read at call time) holds the Whoosh files plus two of
ours: index.json (a random id and the schema version, written once when the folder is
made) and outbox.json (the outbox position this index has reached).
"""

import json
import logging
import os
import tempfile
import threading
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from gevent import monkey
from whoosh import index as whoosh_index
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import FileIndex
from whoosh.searching import Searcher
from whoosh.util.filelock import FileLock, try_for

from app.search.analysis import FAMILIES, analyzer_for, spelling_analyzer

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3  # bump when the schema changes: sync then rebuilds every index
META_FILE = "index.json"
STATE_FILE = "outbox.json"
TITLE_BOOST = 3.0
WRITE_LOCK = "MAIN_WRITELOCK"  # the file Whoosh's IndexWriter locks (index "MAIN")


def build_schema() -> Schema:
    """Stored fields to show a hit, keywords to filter on, text fields per analyzer family."""
    schema = Schema(
        key=ID(unique=True, stored=True),
        doc_type=ID(stored=True),
        doc_id=ID(stored=True),
        language=ID(stored=True),
        title=STORED(),
        body=STORED(),
        url=STORED(),
        access=KEYWORD(lowercase=False),
        created_at=DATETIME(stored=True, sortable=True),
    )
    for name in FAMILIES:
        analyzer = analyzer_for(name)
        # chars=True keeps where each word sits, so snippets are marked from the index
        # instead of analysing every shown text again (the slow part of a search).
        schema.add(f"title_{name}", TEXT(analyzer=analyzer, field_boost=TITLE_BOOST, chars=True))
        schema.add(f"body_{name}", TEXT(analyzer=analyzer, chars=True))
    # Words as written (case-folded only), for spelling suggestions; no positions needed.
    schema.add("spell", TEXT(analyzer=spelling_analyzer(), phrase=False))
    schema.add("facet_*", KEYWORD(stored=True, commas=True, lowercase=False), glob=True)
    return schema


TEXT_FIELDS = [f"{part}_{name}" for name in FAMILIES for part in ("title", "body")]


def index_dir() -> Path:
    """This host's index folder (SEARCH_INDEX_DIR, read at call time)."""
    return Path(current_app.config["SEARCH_INDEX_DIR"])


def _write_json(path: Path, data: dict) -> None:
    # Readers in other processes see the old file or the new one, never half of one.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(fd, 0o644)  # like Whoosh's own files (mkstemp makes them private)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _read_json(path: Path) -> dict | None:
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def index_id(folder: Path) -> str | None:
    """The id of the index in folder, None when there is no usable index of this schema."""
    meta = _read_json(folder / META_FILE)
    if not meta or meta.get("schema") != SCHEMA_VERSION:
        return None
    return str(meta.get("id"))


@dataclass
class State:
    """How far this index has applied the outbox."""

    last_id: int = 0  # every row up to here is applied, except the gaps
    # Ids below last_id not seen yet (a transaction still open, or rolled back), with the
    # time (epoch seconds) they were first missed. Retried until they are old.
    gaps: dict[int, float] = field(default_factory=dict)


def read_state(folder: Path) -> State | None:
    """The outbox position recorded in folder, None when there is none."""
    data = _read_json(folder / STATE_FILE)
    if data is None:
        return None
    try:
        gaps = {int(k): float(v) for k, v in (data.get("gaps") or {}).items()}
        return State(last_id=int(data.get("last_id", 0)), gaps=gaps)
    except (TypeError, ValueError):
        return None


def write_state(folder: Path, state: State) -> None:
    """Record the outbox position (atomically: temp file, then os.replace)."""
    _write_json(folder / STATE_FILE, {"last_id": state.last_id, "gaps": state.gaps})


def is_ready(folder: Path) -> bool:
    """True when folder holds an index of this schema with a recorded outbox position."""
    return (
        index_id(folder) is not None
        and whoosh_index.exists_in(str(folder))
        and read_state(folder) is not None
    )


def open_index(folder: Path) -> FileIndex | None:
    """The index in folder, or None when it is missing or not usable."""
    if not is_ready(folder):
        return None
    try:
        return whoosh_index.open_dir(str(folder))
    except Exception:  # a damaged index is the same as a missing one: rebuild it
        log.exception("search index in %s cannot be opened", folder)
        return None


def create_index(folder: Path) -> FileIndex:
    """A new empty index in folder (which must be new or empty)."""
    folder.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(folder), build_schema())
    _write_json(folder / META_FILE, {"id": uuid.uuid4().hex, "schema": SCHEMA_VERSION})
    return ix


@contextmanager
def write_lock(folder: Path, timeout: float) -> Iterator[bool]:
    """Hold Whoosh's own writer lock (retrying until timeout); yields False if not taken.

    Holding it ourselves, rather than inside the writer, keeps it until the outbox
    position is written, so the index and outbox.json change together.
    """
    lock = FileLock(str(folder / WRITE_LOCK))
    taken = try_for(lock.acquire, timeout=timeout, delay=0.05)
    try:
        yield bool(taken)
    finally:
        if taken:
            lock.release()


# One searcher per thread (Whoosh searchers are not shared between threads),
# refreshed when the index changed and reopened when the folder was replaced.
# Under gevent, threading.local is per greenlet, that is per request: a searcher would
# be opened for every search and left to the garbage collector. The greenlets of a
# worker take turns on one OS thread and a search never yields, so they share one.
_local = (
    monkey.get_original("threading", "local")()
    if monkey.is_module_patched("threading")
    else threading.local()
)
_generation = 0
# Which index (its id) and which commit of it each searcher reads: docsets.py caches by it.
_identities: "weakref.WeakKeyDictionary[Searcher, tuple[str, int]]" = weakref.WeakKeyDictionary()


@dataclass
class _Cached:
    index_id: str
    generation: int
    searcher: Searcher


def searcher() -> Searcher | None:
    """This thread's up-to-date searcher on the current index, None without an index."""
    folder = index_dir()
    cache: dict[str, _Cached] = _local.__dict__.setdefault("searchers", {})
    current_id = index_id(folder)
    cached = cache.get(str(folder))
    if cached and (cached.index_id != current_id or cached.generation != _generation):
        _close(cache.pop(str(folder)).searcher)
        cached = None
    if current_id is None:
        return None
    if cached is None:
        ix = open_index(folder)
        if ix is None:
            return None
        cached = _Cached(current_id, _generation, ix.searcher())
        cache[str(folder)] = cached
    elif not cached.searcher.up_to_date():
        cached.searcher = cached.searcher.refresh()
    if cached.searcher not in _identities:
        _identities[cached.searcher] = (current_id, cached.searcher.reader().generation())
    return cached.searcher


def searcher_identity(searcher: Searcher) -> tuple[str, int]:
    """The index id and generation a searcher reads (document numbers hold within one)."""
    identity = _identities.get(searcher)
    if identity is None:  # a searcher opened elsewhere: good for its own lifetime only
        identity = _identities[searcher] = (uuid.uuid4().hex, searcher.reader().generation())
    return identity


def _close(old: Searcher) -> None:
    try:
        old.close()
    except Exception:  # already gone with its folder
        log.debug("closing an old searcher failed", exc_info=True)


def reset_searchers() -> None:
    """Drop every thread's searchers (each reopens on its next search)."""
    global _generation  # noqa: PLW0603 - a counter shared by all threads, read without lock
    _generation += 1
    for cached in _local.__dict__.pop("searchers", {}).values():
        _close(cached.searcher)
