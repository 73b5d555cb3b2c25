# ruff: noqa: E402 - run as a script, the repository root goes on sys.path before the imports
"""Practice library benchmark: index rebuild, publish to visible, search latency over HTTP.

    python benchmarks/library.py --database sqlite [--count 20000]
    python benchmarks/library.py --database postgresql://postgres@127.0.0.1:5432/m4eg_bench_library

Seeds 20,000 published practices in seven languages into a fresh database, times
`flask search rebuild`, serves with gunicorn (one gevent worker, as in production),
signs in as a member, then:
- publishes practices through the services in another process and polls the search
  API until each one is found (commit to visible);
- runs a fixed set of about 200 queries (one word, two words, a phrase, filtered by
  country, by theme, newest first, misspelt) one at a time against /api/v1/search and
  the /library/ page (hits with highlights and facet counts), then four at a time;
- runs the same queries in one process through app.search.search(), and through
  SQLite FTS5 (unicode61, diacritics removed; bm25, snippet(), facet counts by
  GROUP BY) built over the same documents, as the embedded reference.
Each pass is preceded by a warm-up with other queries of the same kinds, so neither
engine answers a measured query from its caches. Talks only to 127.0.0.1.
"""

import argparse
import http.client
import json
import os
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select, text

from app import create_app
from app.accounts.models import User
from app.extensions import db
from app.library import services
from app.library.search import FACETS, PRACTICE, load_practices, practice_ids
from app.search import search
from app.search.outbox import LOAD_CHUNK
from benchmarks import seed_library
from benchmarks.forums import AGENT, cpu_seconds, prepare_database, rss_mb, sign_in
from benchmarks.seed_library import LANGUAGES, Language

BIN = Path(sys.executable).parent
COUNT = 20_000
MEASURED, WARM_UP, CONCURRENT = 1, 2, 3  # seeds of three query sets of the same shape
PER_LANGUAGE = {"one word": 5, "two words": 5, "phrase": 5, "country": 4, "theme": 3,
                "newest": 3, "misspelt": 3}  # fmt: skip
CLIENTS = 4
PROBES = 5  # practices published to time commit -> visible
VISIBLE_TIMEOUT = 30.0
FTS_SNIPPET_TOKENS = 40
COUNTRIES = sorted({lang.country for lang in LANGUAGES if lang.country})


# --- The queries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    kind: str
    language: str
    words: str  # as typed into the search box
    terms: tuple[str, ...]  # the words, for FTS5
    phrase: bool = False
    country: str | None = None
    theme: str | None = None
    sort: str = "relevance"

    def params(self) -> dict[str, str]:
        """The query string of the API and of the library page."""
        params = {"q": self.words, "type": PRACTICE, "sort": self.sort}
        params |= {"country": self.country} if self.country else {}
        params |= {"theme": self.theme} if self.theme else {}
        return params

    def filters(self) -> dict[str, list[str]]:
        return {name: [value] for name, value in (("country", self.country),
                                                   ("theme", self.theme)) if value}  # fmt: skip


def _words(lang: Language) -> list[list[str]]:
    """The words of each sentence and phrase of a language (numbers and slots left out)."""
    texts = [*lang.sentences, *lang.topics, *lang.indicators, *lang.partners]
    return [re.findall(r"[^\W\d_]+", re.sub(r"\{\w+\}", " ", text)) for text in texts]


def _misspelt(word: str) -> str:
    """Two letters in the middle swapped: the typo "did you mean" should undo."""
    i = len(word) // 2
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


@dataclass(frozen=True)
class Vocabulary:
    """What queries in one language are made of."""

    lang: Language
    words: list[str]  # of five letters or more
    long_words: list[str]  # of eight letters or more, to misspell
    pairs: list[tuple[str, str]]  # consecutive words, for phrases

    @classmethod
    def of(cls, lang: Language) -> "Vocabulary":
        texts = _words(lang)
        words = sorted({w for ws in texts for w in ws if len(w) >= 5})
        long_words = [w for w in words if len(w) >= 8 and w[len(w) // 2] != w[len(w) // 2 - 1]]
        pairs = [(a, b) for ws in texts for a, b in pairwise(ws) if len(a + b) >= 9]
        return cls(lang, words, long_words, pairs)


def _query(kind: str, vocabulary: Vocabulary, rng: random.Random, themes: list[str]) -> Query:
    code, word = vocabulary.lang.code, rng.choice(vocabulary.words)
    if kind == "two words":
        terms = (word, rng.choice(vocabulary.words))
        return Query(kind, code, " ".join(terms), terms)
    if kind == "phrase":
        terms = rng.choice(vocabulary.pairs)
        return Query(kind, code, f'"{" ".join(terms)}"', terms, phrase=True)
    if kind == "misspelt":
        wrong = _misspelt(rng.choice(vocabulary.long_words))
        return Query(kind, code, wrong, (wrong,))
    country = (vocabulary.lang.country or rng.choice(COUNTRIES)) if kind == "country" else None
    theme = rng.choice(themes) if kind == "theme" else None
    sort = "newest" if kind == "newest" else "relevance"
    return Query(kind, code, word, (word,), country=country, theme=theme, sort=sort)


def queries(seed: int, themes: list[str]) -> list[Query]:
    """About 200 queries of fixed kinds in every language; another seed gives other words."""
    rng = random.Random(seed)
    made = []
    for lang in LANGUAGES:
        vocabulary = Vocabulary.of(lang)
        for kind, count in PER_LANGUAGE.items():
            made += [_query(kind, vocabulary, rng, themes) for _ in range(count)]
    return made


def save_queries(folder: Path, themes: list[str]) -> dict[int, list[Query]]:
    """The three query sets, also written for the process that times them inside the app."""
    sets = {seed: queries(seed, themes) for seed in (MEASURED, WARM_UP, CONCURRENT)}
    data = {seed: [asdict(q) for q in batch] for seed, batch in sets.items()}
    (folder / "queries.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return sets


def load_queries(folder: Path) -> dict[int, list[Query]]:
    data = json.loads((folder / "queries.json").read_text(encoding="utf-8"))
    return {int(seed): [Query(**item | {"terms": tuple(item["terms"])}) for item in batch]
            for seed, batch in data.items()}  # fmt: skip


# --- Inside the application (run in a process of its own with the benchmark's environment) ---


def seed_practices(count: str, out: str) -> None:
    """Seed the practices; write how many per language and how long it took."""
    with create_app().app_context():
        started = time.monotonic()
        made = seed_library.seed(int(count))
        _write(out, {"languages": made, "seconds": time.monotonic() - started})


def publish_probes(rounds: str) -> None:
    """Publish practices one by one through the services; after each commit print its
    word and the time, then wait for a line on stdin (the poller found it)."""
    with create_app().app_context():
        member = db.session.scalar(select(User).where(User.email == "member@demo.test"))
        reviewer = db.session.scalar(select(User).where(User.email == "facilitator@demo.test"))
        for n in range(int(rounds)):
            word = f"visibilityprobe{n}"
            data = services.PracticeInput(
                title=f"Street lighting with motion sensors ({word})",
                summary="LED lamps and motion sensors on the main streets, with the savings.",
                body=f"## What we did\n\nWe replaced 1,200 lamps. The word {word} marks it.",
                language="en", country_id=member.country_id, authority_id=member.authority_id,
                sdgs=[7, 11],
            )  # fmt: skip
            practice = services.create_practice(member, data)
            services.submit(member, practice)
            db.session.commit()
            services.publish(reviewer, practice)
            started = time.time()
            db.session.commit()  # the after-commit applier writes it to the index
            done = time.time()
            print("probe", json.dumps({"word": word, "at": started, "commit": done - started}),
                  flush=True)  # fmt: skip
            sys.stdin.readline()


def measure_in_process(folder: str, out: str) -> None:
    """search() and FTS5, each warmed up on one query set, then timed on the measured one."""
    sets = load_queries(Path(folder))
    with create_app().app_context():
        member = db.session.scalar(select(User).where(User.email == "member@demo.test"))

        def whoosh(q: Query) -> int:
            return search(q.words, member, doc_type=PRACTICE, filters=q.filters(),
                          facets=FACETS, sort=q.sort).total  # fmt: skip

        timed_whoosh = _after_warm_up(whoosh, sets)
        fts = Fts5(Path(folder) / "fts5.db")
        build = fts.build()
        _write(out, {"whoosh": timed_whoosh, "fts5": _after_warm_up(fts.search, sets),
                     "fts5_build": build})  # fmt: skip


def _after_warm_up(run: Callable[[Query], int], sets: dict[int, list[Query]]) -> list[dict]:
    _timed(run, sets[WARM_UP])
    return _timed(run, sets[MEASURED])


def _timed(run: Callable[[Query], int], batch: Iterable[Query]) -> list[dict]:
    """Each query once: milliseconds (wall and CPU) and matches."""
    timings = []
    for q in batch:
        started, cpu = time.perf_counter(), time.process_time()
        total = run(q)
        timings.append({"kind": q.kind, "ms": (time.perf_counter() - started) * 1000,
                        "cpu_ms": (time.process_time() - cpu) * 1000, "found": total})  # fmt: skip
    return timings


class Fts5:
    """SQLite FTS5 over the documents the search index holds: title and body, with the
    facets in a table of their own. No stemming for any of our languages."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)

    def build(self) -> dict:
        """Load the documents with the library's own loader, then insert them."""
        self.db.executescript("""
            CREATE VIRTUAL TABLE docs USING fts5(
                title, body, published UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE facets (doc INTEGER, name TEXT, value TEXT);
        """)
        ids = sorted(practice_ids())
        load_seconds = insert_seconds = 0.0
        for start in range(0, len(ids), LOAD_CHUNK):
            started = time.perf_counter()
            documents = load_practices(ids[start : start + LOAD_CHUNK])
            loaded = time.perf_counter()
            self._insert(documents)
            load_seconds += loaded - started
            insert_seconds += time.perf_counter() - loaded
        started = time.perf_counter()
        self.db.executescript("""
            CREATE INDEX ix_facets_name_value ON facets (name, value, doc);
            CREATE INDEX ix_facets_doc ON facets (doc, name, value);
            INSERT INTO docs (docs) VALUES ('optimize');
        """)
        self.db.commit()
        insert_seconds += time.perf_counter() - started
        return {"documents": len(ids), "load_seconds": load_seconds,
                "insert_seconds": insert_seconds}  # fmt: skip

    def _insert(self, documents: list) -> None:
        self.db.executemany(
            "INSERT INTO docs (rowid, title, body, published) VALUES (?, ?, ?, ?)",
            [(d.doc_id, d.title, d.body, d.created_at.isoformat()) for d in documents],
        )
        self.db.executemany(
            "INSERT INTO facets (doc, name, value) VALUES (?, ?, ?)",
            [(d.doc_id, name, str(value)) for d in documents for name, values in d.facets.items()
             for value in (values if isinstance(values, list) else [values])],
        )  # fmt: skip

    def search(self, q: Query) -> int:
        """A page of 20 with highlighted title and snippet, and counts per facet value."""
        # The terms are letters only: quoted, nothing in them is read as FTS5 syntax.
        if q.phrase:
            match = '"' + " ".join(q.terms) + '"'
        else:
            match = " OR ".join(f'"{term}"' for term in q.terms)
        where, args = "docs MATCH ?", [match]
        for name, values in q.filters().items():
            # "+" keeps SQLite from handing the list of ids to FTS5, which would then run
            # the MATCH once per listed document (several times slower).
            where += " AND +docs.rowid IN (SELECT doc FROM facets WHERE name = ? AND value = ?)"
            args += [name, values[0]]
        order = "published DESC" if q.sort == "newest" else "bm25(docs, 3.0, 1.0)"
        self.db.execute(
            f"SELECT rowid, highlight(docs, 0, '<mark>', '</mark>'), "  # noqa: S608 - no input
            f"snippet(docs, 1, '<mark>', '</mark>', '…', {FTS_SNIPPET_TOKENS}) "
            f"FROM docs WHERE {where} ORDER BY {order} LIMIT 20",
            args,
        ).fetchall()
        counts = self.db.execute(
            f"SELECT f.name, f.value, count(*) FROM docs JOIN facets f ON f.doc = docs.rowid "  # noqa: S608
            f"WHERE {where} GROUP BY f.name, f.value",
            args,
        ).fetchall()
        return sum(count for name, _, count in counts if name == "language")


def _write(path: str, data: dict) -> None:
    Path(path).write_text(json.dumps(data), encoding="utf-8")


# --- From outside: the server, the HTTP client, the figures ---------------------------------


def in_app(env: dict, function: str, *args: str, **popen) -> subprocess.Popen:
    """Run one of the functions above in a new process with the benchmark's environment."""
    code = "import sys, benchmarks.library as b; getattr(b, sys.argv[1])(*sys.argv[2:])"
    return subprocess.Popen([sys.executable, "-c", code, function, *args], cwd=ROOT, env=env,
                            text=True, **popen)  # fmt: skip


def run_in_app(env: dict, function: str, *args: str) -> None:
    process = in_app(env, function, *args)
    if process.wait() != 0:
        raise SystemExit(f"{function} failed")


def seed(env: dict, instance: Path, count: int) -> dict:
    flask = [str(BIN / "flask")]
    for command in (["db", "upgrade"], ["demo", "seed"]):
        subprocess.run([*flask, *command], env=env, cwd=ROOT, check=True, capture_output=True)
    out = instance / "seeded.json"
    run_in_app(env, "seed_practices", str(count), str(out))
    return json.loads(out.read_text())


def theme_slugs(url: str) -> list[str]:
    """The managed list of themes (the migration adds it)."""
    with create_engine(url).connect() as conn:
        return list(conn.scalars(text("SELECT slug FROM library_themes ORDER BY position")))


def rebuild(env: dict) -> dict:
    """`flask search rebuild`: wall clock, CPU time of it and its indexing processes (the
    figure a busy machine changes least), and the documents it indexed."""
    cpu_before = _children_cpu()
    started = time.monotonic()
    done = subprocess.run([str(BIN / "flask"), "search", "rebuild"], env=env, cwd=ROOT,
                          check=True, capture_output=True, text=True)  # fmt: skip
    seconds = time.monotonic() - started
    counts = re.search(r"Rebuilt: (.*)\.", done.stdout).group(1)
    return {"seconds": seconds, "cpu_seconds": _children_cpu() - cpu_before,
            "documents": sum(int(n) for n in re.findall(r"(\d+) \w+", counts))}  # fmt: skip


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Client:
    """One keep-alive connection to the server, signed in."""

    def __init__(self, port: int, cookie: str) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.headers = {"Cookie": cookie, "User-Agent": AGENT}

    def get(self, path: str) -> tuple[float, bytes]:
        started = time.perf_counter()
        try:
            response = self._send(path)
        except (http.client.RemoteDisconnected, ConnectionError):
            # gunicorn closes a keep-alive connection idle for 2 s: open a new one.
            self.connection.close()
            response = self._send(path)
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise SystemExit(f"GET {path}: {response.status} {body[:300]!r}")
        return elapsed, body

    def _send(self, path: str) -> http.client.HTTPResponse:
        self.connection.request("GET", path, headers=self.headers)
        return self.connection.getresponse()


def api_path(q: Query) -> str:
    return "/api/v1/search?" + urllib.parse.urlencode(q.params())


def page_path(q: Query) -> str:
    return "/library/?" + urllib.parse.urlencode(q.params())


def api_summary(body: bytes) -> dict:
    """How many matched, and whether "did you mean" was offered."""
    data = json.loads(body)
    return {"found": int(data["total"]), "suggested": bool(data["suggestion"])}


def http_pass(client: Client, worker: int, path: Callable[[Query], str], batch: list[Query],
              summary: Callable[[bytes], dict] | None = None) -> dict:  # fmt: skip
    """Each query once, one at a time: latencies and the worker's CPU per request."""
    before = cpu_seconds(worker)
    timings = []
    for q in batch:
        ms, body = client.get(path(q))
        timings.append({"kind": q.kind, "ms": ms} | (summary(body) if summary else {}))
    cpu = (cpu_seconds(worker) - before) * 1000 / len(batch)
    return {"timings": timings, "cpu_ms": cpu}


def concurrent_pass(port: int, cookie: str, worker: int, batch: list[Query]) -> dict:
    """The queries spread over CLIENTS connections sending at the same time."""
    clients = [Client(port, cookie) for _ in range(CLIENTS)]
    shares = [batch[i::CLIENTS] for i in range(CLIENTS)]

    def run(pair: tuple[Client, list[Query]]) -> list[dict]:
        client, share = pair
        return [{"kind": q.kind, "ms": client.get(api_path(q))[0]} for q in share]

    before, started = cpu_seconds(worker), time.monotonic()
    with ThreadPoolExecutor(CLIENTS) as pool:
        timings = [t for part in pool.map(run, zip(clients, shares, strict=True)) for t in part]
    seconds = time.monotonic() - started
    cpu = (cpu_seconds(worker) - before) * 1000 / len(batch)
    return {"timings": timings, "cpu_ms": cpu, "rps": len(batch) / seconds}


def publish_to_visible(env: dict, client: Client) -> list[dict]:
    """Commit in another process, then poll the API until the practice is found."""
    probe = in_app(env, "publish_probes", str(PROBES), stdin=subprocess.PIPE,
                   stdout=subprocess.PIPE)  # fmt: skip
    results = []
    try:
        while line := probe.stdout.readline():
            if not line.startswith("probe "):
                continue
            sent = json.loads(line.removeprefix("probe "))
            q = Query("probe", "en", sent["word"], (sent["word"],))
            while not api_summary(client.get(api_path(q))[1])["found"]:
                if time.time() - sent["at"] > VISIBLE_TIMEOUT:
                    break
                time.sleep(0.005)
            results.append({"commit": sent["commit"], "visible": time.time() - sent["at"]})
            probe.stdin.write("next\n")
            probe.stdin.flush()
    finally:
        probe.stdin.close()
        probe.wait(timeout=60)
    if probe.returncode != 0 or len(results) < PROBES:
        raise SystemExit("publish_probes failed")
    return results


def start_server(env: dict, base: str) -> tuple[subprocess.Popen, int]:
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null",
         "wsgi:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/healthz")  # noqa: S310 - loopback
            break
        except OSError:
            time.sleep(0.1)
    children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True,
                              check=True)  # fmt: skip
    return server, int(children.stdout.split()[0])


# --- Figures ----------------------------------------------------------------------------------


def percentiles(values: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return statistics.median(values), cuts[94], cuts[98]


def row(name: str, timings: list[dict], cpu: float | None = None, extra: str = "") -> str:
    p50, p95, p99 = percentiles([t["ms"] for t in timings])
    found = [t["found"] for t in timings if t.get("found") is not None]
    hits = f"{sum(1 for n in found if n)}/{len(found)}" if found else "-"
    if cpu is None and "cpu_ms" in timings[0]:
        cpu = statistics.fmean(t["cpu_ms"] for t in timings)
    cpu_text = f"{cpu:.1f}" if cpu is not None else "-"
    return (f"| {name} | {len(timings)} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {cpu_text} | "
            f"{hits} | {extra} |")  # fmt: skip


def by_kind(columns: dict[str, list[dict]]) -> list[str]:
    names = list(columns)
    lines = ["| kind | " + " | ".join(f"{n} p50 / p95 ms" for n in names) + " |",
             "|---|" + "---|" * len(names)]  # fmt: skip
    for kind in PER_LANGUAGE:
        cells = []
        for timings in columns.values():
            ms = [t["ms"] for t in timings if t["kind"] == kind]
            cells.append(f"{statistics.median(ms):.1f} / {percentiles(ms)[1]:.1f}")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def ratio(a: list[dict], b: list[dict]) -> str:
    pa, pb = percentiles([t["ms"] for t in a]), percentiles([t["ms"] for t in b])
    return f"p50 ×{pa[0] / pb[0]:.1f}, p95 ×{pa[1] / pb[1]:.1f}"


def report(figures: dict) -> None:
    f = figures
    probes = f["probes"]
    visible = statistics.median(p["visible"] for p in probes) * 1000
    commit = statistics.median(p["commit"] for p in probes) * 1000
    build = f["in_process"]["fts5_build"]
    print("\n| step | figure | target |\n|---|---|---|")
    print(f"| practices seeded | {sum(f['seeded']['languages'].values()):,} "
          f"({', '.join(f'{k} {v}' for k, v in f['seeded']['languages'].items())}) in "
          f"{f['seeded']['seconds']:.0f} s | |")  # fmt: skip
    built = f["rebuild"]
    print(
        f"| full rebuild, `flask search rebuild` | {built['seconds']:.1f} s for "
        f"{built['documents']:,} documents ({built['documents'] / built['seconds']:.0f}/s; "
        f"{built['cpu_seconds']:.0f} s of CPU), index {f['index_mb']:.0f} MB | under 120 s |"
    )
    print(f"| publish to visible over HTTP (median of {len(probes)}, slowest) | {visible:.0f} ms, "
          f"{max(p['visible'] for p in probes) * 1000:.0f} ms (commit with index write "
          f"{commit:.0f} ms) | under 1000 ms |")  # fmt: skip
    print(
        f"| FTS5 build, same documents | {build['insert_seconds']:.1f} s to insert "
        f"(+ {build['load_seconds']:.1f} s loading them with the library's loader) | |"
    )
    print(f"| worker memory after the queries | {f['rss'][0]:.0f} MB RSS, {f['rss'][1]:.0f} MB "
          f"peak | |")  # fmt: skip
    print(f"| machine load (1-minute average, 2 cores) | {f['load']['rebuild']:.1f} before the "
          f"rebuild, {f['load']['queries']:.1f} before the queries | |")  # fmt: skip
    api, page = f["api"], f["page"]
    whoosh, fts = f["in_process"]["whoosh"], f["in_process"]["fts5"]
    print("\n| measured | queries | p50 ms | p95 ms | p99 ms | CPU ms/query | with hits | |")
    print("|---|---|---|---|---|---|---|---|")
    misspelt = [t for t in api["timings"] if t["kind"] == "misspelt"]
    offered = f"did you mean: {sum(t['suggested'] for t in misspelt)}/{len(misspelt)} misspelt"
    print(row("HTTP /api/v1/search, 1 client", api["timings"], api["cpu_ms"], offered))
    print(row("HTTP /library/ page, 1 client", page["timings"], page["cpu_ms"]))
    print(row(f"HTTP /api/v1/search, {CLIENTS} clients", f["concurrent"]["timings"],
              f["concurrent"]["cpu_ms"], f"{f['concurrent']['rps']:.0f} req/s"))  # fmt: skip
    print(row("Whoosh in-process, search()", whoosh))
    print(row("SQLite FTS5 in-process (reference)", fts))
    print(f"\nRatio to FTS5: HTTP API {ratio(api['timings'], fts)}; "
          f"Whoosh in-process {ratio(whoosh, fts)}.\n")  # fmt: skip
    columns = {"API": api["timings"], "page": page["timings"], "search()": whoosh, "FTS5": fts}
    print("\n".join(by_kind(columns)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", default="sqlite", help="sqlite or a PostgreSQL URL")
    parser.add_argument("--count", type=int, default=COUNT, help="practices to seed")
    args = parser.parse_args()
    instance = Path(tempfile.mkdtemp(prefix="m4eg-bench-library-"))
    url = prepare_database(None if args.database == "sqlite" else args.database, instance)
    port = 5700 + os.getpid() % 200
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ, "INSTANCE_PATH": str(instance), "DATABASE_URL": url,
        "FLASK_APP": "wsgi.py", "M4EG_CONFIG": "development", "SITE_URL": base,
        "BIND": f"127.0.0.1:{port}", "RATELIMIT_ENABLED": "0", "PYTHONPATH": str(ROOT),
    }  # fmt: skip
    figures: dict = {"seeded": seed(env, instance, args.count)}
    print(f"seeded {figures['seeded']} in {instance}", flush=True)
    sets = save_queries(instance, theme_slugs(url))
    figures["load"] = {"rebuild": os.getloadavg()[0]}
    figures["rebuild"] = rebuild(env)
    index = instance / "search-index"
    figures["index_mb"] = sum(p.stat().st_size for p in index.iterdir()) / 2**20
    print(f"rebuilt: {figures['rebuild']}", flush=True)
    server, worker = start_server(env, base)
    try:
        figures["load"]["queries"] = os.getloadavg()[0]
        cookie = sign_in(base)
        client = Client(port, cookie)
        for path in (api_path, page_path):  # warm up: other words, same kinds
            http_pass(client, worker, path, sets[WARM_UP])
        figures["api"] = http_pass(client, worker, api_path, sets[MEASURED], api_summary)
        figures["page"] = http_pass(client, worker, page_path, sets[MEASURED])
        figures["concurrent"] = concurrent_pass(port, cookie, worker, sets[CONCURRENT])
        figures["rss"] = (rss_mb(worker), rss_mb(worker, "VmHWM"))
        print("HTTP passes done", flush=True)
        figures["probes"] = publish_to_visible(env, client)
    finally:
        server.terminate()
        server.wait(timeout=10)
    out = instance / "in-process.json"
    run_in_app(env, "measure_in_process", str(instance), str(out))
    figures["in_process"] = json.loads(out.read_text())
    (instance / "figures.json").write_text(json.dumps(figures))
    report(figures)


if __name__ == "__main__":
    main()
