"""Live room benchmark: many signed-in people in one room, chat persisted and broadcast.

    python benchmarks/rooms.py                     # SQLite, 500 people, one process
    python benchmarks/rooms.py --database postgresql://postgres@127.0.0.1:5432/m4eg_bench_rooms
                                                   # PostgreSQL: one process, then two
    python benchmarks/rooms.py --clients 50 --seconds 5                   # a quick look

For each number of server processes: seeds a fresh database (the demo data, the members,
one webinar under way with its room open and everyone registered), serves it with
gunicorn as production does (one gevent worker per process; with two, on two ports
sharing Redis for the rooms and the chat limits), and connects every member from
load-generator processes with the light client of sioclient.py, each a browser tab on
the room page (/events and /notifications on one WebSocket, permessage-deflate offered).
Everyone joins at once; when the room is quiet, `--senders` of them chat, `--rate`
messages a second in all, evenly spaced, for `--seconds` (each sender well under the
limit of 5 messages in 10 seconds). Every client counts every message it receives, once
per id, and its delay from the sender's clock (one machine, one clock).

Figures: the time until everyone is in the room, messages sent and acknowledged,
deliveries a second, messages lost and received twice, delivery latency (p50/p95/p99),
server CPU (user+system of the workers) per 1,000 deliveries and the workers' memory per
connected client (RSS once everyone is in, less RSS before anyone connected). The
generators' own CPU is shown: the machine's cores are shared by both. Needs Redis at
--redis for two processes. Talks only to 127.0.0.1.
"""

import argparse
import contextlib
import json
import multiprocessing
import os
import pstats
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.forums import cpu_seconds, prepare_database, rss_mb  # noqa: E402
from benchmarks.sioclient import Connection, Swarm  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
AGENT = "m4eg-room-benchmark"  # sessions are bound to the client's address and user agent
NAMESPACES = ("/notifications", "/events")  # what the room page opens, on one connection
SLOW_MS = 150  # the target for p99: when the slower deliveries were sent is shown
BODY = re.compile(r"bench (\d+)-(\d+) ([\d.]+)")


# Set-up: database, servers, cookies -------------------------------------------------


def machine_busy_seconds() -> float:
    """CPU time spent by everything on the machine, all cores (from /proc/stat)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields[:7]) - idle) / os.sysconf("SC_CLK_TCK")  # steal not counted


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def seed(env: dict, clients: int) -> dict:
    """Migrate, add the demo data, then the members and the open event; their cookies."""
    flask = [str(BIN / "flask")]
    for command in (["db", "upgrade"], ["demo", "seed"]):
        subprocess.run([*flask, *command], env=env, cwd=ROOT, check=True, capture_output=True)
    code = (
        "import json\n"
        "from app import create_app\n"
        "from app.accounts.models import User\n"
        "from app.extensions import db\n"
        "from benchmarks.seed_rooms import seed\n"
        "app = create_app()\n"
        "with app.app_context():\n"
        "    h = db.session.scalar(db.select(User.password_hash).limit(1))\n"
        f"    print(json.dumps(seed(app, {clients}, h, {AGENT!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


# --profile: gunicorn.conf.py as it is, plus cProfile in the worker, switched on while a
# file profile-<phase>-<worker pid>.on exists in the instance folder; the statistics go to
# the same name with .pstats. cProfile under gevent sees every greenlet of the worker;
# the time spent in each function itself (tottime) is what to read.
PROFILED_CONFIG = """
import cProfile, os, pathlib, gevent
exec(open({config!r}).read())

def post_worker_init(worker):
    gevent.spawn(_profile_switch, pathlib.Path({folder!r}), os.getpid())

def _profile_switch(folder, pid):
    profile, phase = None, None
    while True:
        gevent.sleep(0.1)
        on = sorted(folder.glob(f"profile-*-{{pid}}.on"))
        if profile is None and on:
            phase, profile = on[0], cProfile.Profile()
            profile.enable()
        elif profile is not None and not phase.exists():
            profile.disable()
            profile.dump_stats(phase.with_suffix(".pstats"))
            profile = None
"""

# --gc-pauses: gunicorn.conf.py as it is, plus a line in the server log for each collection
# of the older generations (the ones that can pause the worker for long).
GC_CONFIG = """
import gc as _gc, sys as _sys, time as _time
exec(open({config!r}).read())
_production_post_fork = post_fork

def post_fork(server, worker):
    _production_post_fork(server, worker)
    started = [0.0]

    def pause(phase, info):
        if phase == "start":
            started[0] = _time.perf_counter()
        elif info["generation"] > 0:
            ms = (_time.perf_counter() - started[0]) * 1000
            print(f"gc-pause {{_time.time():.3f}} {{info['generation']}} {{ms:.1f}}",
                  file=_sys.stderr, flush=True)

    _gc.callbacks.append(pause)
"""


class Server:
    """One gunicorn process as production runs it: gunicorn.conf.py, one gevent worker."""

    def __init__(self, env: dict, log: Path, profile: bool = False, gc_pauses: bool = False):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**env, "BIND": f"127.0.0.1:{self.port}", "SITE_URL": self.base}
        config = ROOT / "gunicorn.conf.py"
        for wanted, name, template in ((gc_pauses, "gc", GC_CONFIG),
                                       (profile, "profiled", PROFILED_CONFIG)):  # fmt: skip
            if wanted:
                wrapper = log.parent / f"gunicorn-{name}-{log.stem}.conf.py"
                wrapper.write_text(template.format(config=str(config), folder=str(log.parent)))
                config = wrapper
        with log.open("w") as out:
            self.process = subprocess.Popen(
                [str(BIN / "gunicorn"), "-c", str(config), "--access-logfile", "/dev/null",
                 "wsgi:app"],
                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.log = log
        self.worker = self._wait_for_worker()

    def _wait_for_worker(self) -> int:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=2)  # noqa: S310 - loopback
                break
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError(f"server did not start:\n{self.log.read_text()}") from None
                time.sleep(0.2)
        children = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True, check=True
        )
        return int(children.stdout.split()[0])

    def check_signed_in(self, cookie: str, event_id: int) -> None:
        """The room page answers a minted cookie as it answers a member who signed in."""
        request = urllib.request.Request(
            f"{self.base}/events/{event_id}/room", headers={"Cookie": cookie, "User-Agent": AGENT}
        )
        with urllib.request.urlopen(request) as response:  # noqa: S310 - loopback
            page = response.read().decode()
            assert "/login" not in response.url and "Sign out" in page, "cookie not signed in"

    def profile(self, phase: str) -> Path:
        """Start profiling the worker; remove the file returned to stop."""
        switch = self.log.parent / f"profile-{phase}-{self.worker}.on"
        switch.touch()
        time.sleep(0.3)
        return switch

    def gc_pauses(self, start: float, end: float) -> list[float]:
        """The worker's collections of generations 1 and 2 between start and end, in ms."""
        pauses = []
        for line in self.log.read_text().splitlines():
            if line.startswith("gc-pause "):
                _, at, _generation, ms = line.split()
                if start <= float(at) <= end:
                    pauses.append(float(ms))
        return pauses

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


# The load generator (one of several processes) ---------------------------------------


@dataclass
class Results:
    """What one generator saw, sent back to the parent at the end of the chat."""

    acked: list[int] = field(default_factory=list)  # ids of the messages its senders sent
    ack_ms: list[float] = field(default_factory=list)
    refused: Counter = field(default_factory=Counter)
    unanswered: int = 0
    received: Counter = field(default_factory=Counter)  # message id -> clients that got it
    twice: int = 0
    latency_ms: list[float] = field(default_factory=list)
    slow: Counter = field(default_factory=Counter)  # second of the chat -> deliveries > SLOW_MS
    closed: Counter = field(default_factory=Counter)
    other_events: Counter = field(default_factory=Counter)
    cpu: float = 0.0


class Generator:
    """Some of the clients, in one process: connects them, joins them to the room, sends
    the chat of its senders on the shared schedule, counts what every client receives.
    Commands come from the parent over a pipe watched by the same loop."""

    def __init__(self, pipe, clients: list[tuple[int, str, int]], event_id: int,
                 deflate: bool) -> None:  # fmt: skip
        self.pipe, self.clients, self.event_id, self.deflate = pipe, clients, event_id, deflate
        self.swarm = Swarm()
        self.swarm.watch(pipe, self._command)
        self.conns: dict[int, Connection] = {}
        self.seen: dict[int, set[int]] = {}
        self.joined: dict[int, float] = {}
        self.failed: dict[int, str] = {}
        self.results = Results()
        self.joins_reported = False
        self.chat_start = self.cpu_start = 0.0
        self.last_other = time.monotonic()
        self.done = False

    def _command(self) -> None:
        name, *args = self.pipe.recv()
        getattr(self, f"do_{name}")(*args)

    def run(self) -> None:
        self.swarm.run(stop=lambda: self.done)

    # Connecting and joining ------------------------------------------------------

    def do_connect(self) -> None:
        for index, cookie, port in self.clients:
            try:
                conn = Connection(self.swarm, ("127.0.0.1", port), cookie, AGENT, NAMESPACES,
                                  self.deflate)  # fmt: skip
            except OSError as error:
                self.failed[index] = f"connect: {error}"
                continue
            conn.index = index
            conn.on_connect, conn.on_event, conn.on_close = self._connected, self._event, self._lost
            self.conns[index], self.seen[index] = conn, set()
        self._report_joins()

    def _connected(self, conn: Connection, namespace: str) -> None:
        if namespace == "/events":
            conn.emit("/events", "join", {"event_id": self.event_id},
                      lambda reply: self._joined(conn, reply))  # fmt: skip

    def _joined(self, conn: Connection, reply: dict) -> None:
        if reply.get("ok"):
            self.joined[conn.index] = time.time()
        else:
            self.failed[conn.index] = f"join refused: {reply.get('error')}"
        self._report_joins()

    def _lost(self, conn: Connection, reason: str) -> None:
        self.results.closed[reason] += 1
        if conn.index not in self.joined:
            self.failed.setdefault(conn.index, reason)
            self._report_joins()

    def _report_joins(self) -> None:
        if not self.joins_reported and len(self.joined) + len(self.failed) == len(self.clients):
            self.pipe.send(("joined", list(self.joined.values()), dict(self.failed)))
            self.joins_reported = True

    def do_quiet(self, seconds: float) -> None:
        """Answer once no event but chat has come for seconds (the presence lists sent
        while people joined are done)."""

        def check() -> None:
            if time.monotonic() - self.last_other >= seconds:
                self.pipe.send(("quiet", dict(self.results.other_events)))
            else:
                self.swarm.at(time.monotonic() + 0.1, check)

        check()

    # The chat ----------------------------------------------------------------------

    def do_chat(self, start: float, seconds: float, rate: float, senders: list[int],
                drain: float) -> None:  # fmt: skip
        """Send from the senders this process holds: sender k of the list at start + k/rate,
        then every len(senders)/rate seconds; report drain seconds after the last."""
        self.results = Results(other_events=self.results.other_events)
        self.chat_start = start
        self.cpu_start = _own_cpu()
        offset = time.monotonic() - time.time()  # wall clock -> monotonic
        interval = len(senders) / rate
        for rank, index in enumerate(senders):
            if index in self.conns:
                first = start + rank / rate + offset
                self.swarm.at(first, self._sender(index, first, start + seconds + offset, interval))
        self.swarm.at(start + seconds + drain + offset, self._report_chat)

    def _sender(self, index: int, when: float, end: float, interval: float):
        conn, seq = self.conns[index], iter(range(1 << 30))

        def send() -> None:
            nonlocal when
            if conn.closed is None:
                sent = time.time()
                body = f"bench {index}-{next(seq)} {sent:.6f}"
                conn.emit("/events", "chat_send", {"event_id": self.event_id, "body": body},
                          lambda reply: self._acked(reply, sent))  # fmt: skip
                self.results.unanswered += 1
            when += interval
            if when < end:
                self.swarm.at(when, send)

        return send

    def _acked(self, reply: dict, sent: float) -> None:
        self.results.unanswered -= 1
        if reply.get("ok"):
            self.results.acked.append(reply["message"]["id"])
            self.results.ack_ms.append((time.time() - sent) * 1000)
        else:
            self.results.refused[reply.get("error", "?")] += 1

    def _event(self, conn: Connection, namespace: str, name: str, text: str) -> None:
        if name != "chat_message":
            self.results.other_events[name] += 1
            self.last_other = time.monotonic()
            return
        message = json.loads(text)[1]
        seen = self.seen[conn.index]
        if message["id"] in seen:
            self.results.twice += 1
            return
        seen.add(message["id"])
        self.results.received[message["id"]] += 1
        found = BODY.search(message["html"])
        if found:
            sent = float(found.group(3))
            latency = (self.swarm.now - sent) * 1000
            self.results.latency_ms.append(latency)
            if latency > SLOW_MS:
                self.results.slow[int(sent - self.chat_start)] += 1

    def _report_chat(self) -> None:
        self.results.cpu = _own_cpu() - self.cpu_start
        self.pipe.send(("chat", self.results))

    def do_close(self) -> None:
        for conn in self.conns.values():
            conn.on_close = lambda conn, reason: None
            conn.close()
        self.done = True


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def generate(pipe, clients, event_id, deflate) -> None:
    Generator(pipe, clients, event_id, deflate).run()


# One run: seed, serve, connect, chat, measure ---------------------------------------


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def gather(pipes, kind: str, timeout: float) -> list:
    """The answer of kind from every generator."""
    answers = []
    deadline = time.monotonic() + timeout
    for pipe in pipes:
        if not pipe.poll(max(0.0, deadline - time.monotonic())):
            raise RuntimeError(f"a load generator did not answer {kind!r} in {timeout:.0f} s")
        name, *payload = pipe.recv()
        assert name == kind, (name, kind)
        answers.append(payload)
    return answers


def start_generators(args, servers: list[Server], data: dict):
    """args.generators processes; client i goes to server i % len(servers)."""
    context = multiprocessing.get_context("fork")
    pipes, processes = [], []
    for g in range(args.generators):
        clients = [
            (i, data["cookies"][i], servers[i % len(servers)].port)
            for i in range(g, args.clients, args.generators)
        ]
        parent, child = context.Pipe()
        process = context.Process(
            target=generate, args=(child, clients, data["event_id"], not args.no_deflate)
        )
        process.start()
        pipes.append(parent)
        processes.append(process)
    return pipes, processes


def run(args, processes: int) -> dict:
    """Seed, serve with this many processes, and measure; the figures of one row."""
    instance = Path(tempfile.mkdtemp(prefix="m4eg-bench-rooms-"))
    url = prepare_database(None if args.database == "sqlite" else args.database, instance)
    env = {
        **os.environ, "INSTANCE_PATH": str(instance), "DATABASE_URL": url,
        "FLASK_APP": "wsgi.py", "M4EG_CONFIG": "development", "PYTHONPATH": str(ROOT),
        "SECRET_KEY": uuid.uuid4().hex + uuid.uuid4().hex, "MAIL_SERVER": "",
    }  # fmt: skip
    for name in ("SOCKETIO_MESSAGE_QUEUE", "RATELIMIT_STORAGE_URI", "RATELIMIT_ENABLED"):
        env.pop(name, None)
    if processes > 1:
        env["SOCKETIO_MESSAGE_QUEUE"] = f"{args.redis}/0"
        env["RATELIMIT_STORAGE_URI"] = f"{args.redis}/1"
        env["SOCKETIO_CHANNEL"] = f"bench-rooms-{uuid.uuid4().hex}"
    env.update(setting.split("=", 1) for setting in args.server_env)
    started = time.monotonic()
    data = seed(env, args.clients)
    print(f"seeded {args.clients} members in {time.monotonic() - started:.1f} s ({instance})")
    servers = [
        Server(env, instance / f"server-{n}.log", args.profile, args.gc_pauses)
        for n in range(processes)
    ]
    pipes, generators = [], []
    try:
        servers[0].check_signed_in(data["cookies"][0], data["event_id"])
        rss_idle = sum(rss_mb(s.worker) for s in servers)
        pipes, generators = start_generators(args, servers, data)
        return measure(args, servers, pipes, rss_idle)
    finally:
        for pipe in pipes:
            with contextlib.suppress(OSError):  # that generator may be gone already
                pipe.send(("close",))
        for process in generators:
            process.join(timeout=10)
        for server in servers:
            server.stop()


@contextlib.contextmanager
def profiled(enabled: bool, servers: list[Server], phase: str):
    """With --profile: cProfile in the workers during the block; the top functions after."""
    if not enabled:
        yield
        return
    switches = [server.profile(phase) for server in servers]
    try:
        yield
    finally:
        for switch in switches:
            switch.unlink()
        for switch in switches:
            stats = switch.with_suffix(".pstats")
            for _ in range(100):
                if stats.exists():
                    break
                time.sleep(0.1)
            print(f"\n-- profile of {switch.stem} (by time in the function itself) --")
            pstats.Stats(str(stats)).sort_stats("tottime").print_stats(30)


def measure(args, servers: list[Server], pipes, rss_idle: float) -> dict:
    load = os.getloadavg()[0]
    with profiled(args.profile, servers, "join"):
        started = time.time()
        for pipe in pipes:
            pipe.send(("connect",))
        joins = gather(pipes, "joined", timeout=120)
        for pipe in pipes:
            pipe.send(("quiet", args.settle))
        quiet = gather(pipes, "quiet", timeout=120)
        settled_s = time.time() - started
    joined = [t for times, _ in joins for t in times]
    failed = {i: why for _, fails in joins for i, why in fails.items()}
    join_s = max(joined) - started if joined else float("nan")
    rss_joined = sum(rss_mb(s.worker) for s in servers)
    idle_before = sum(cpu_seconds(s.worker) for s in servers)
    time.sleep(1)
    idle_pct = (sum(cpu_seconds(s.worker) for s in servers) - idle_before) * 100
    senders = [round(k * args.clients / args.senders) for k in range(args.senders)]
    with profiled(args.profile, servers, "chat"):
        cpu_before = sum(cpu_seconds(s.worker) for s in servers)
        busy_before = machine_busy_seconds()
        start = time.time() + 0.5
        for pipe in pipes:
            pipe.send(("chat", start, args.seconds, args.rate, senders, args.drain))
        reports = [r for (r,) in gather(pipes, "chat", timeout=args.seconds + args.drain + 60)]
        cpu = sum(cpu_seconds(s.worker) for s in servers) - cpu_before
        busy = machine_busy_seconds() - busy_before
        pauses = [ms for s in servers for ms in s.gc_pauses(start, time.time())]
    acked = {i for r in reports for i in r.acked}
    received = Counter()
    for r in reports:
        received.update(r.received)
    deliveries = sum(received[i] for i in acked)
    latency = [ms for r in reports for ms in r.latency_ms]
    return {
        "processes": len(servers), "clients": args.clients, "joined": len(joined),
        "failed": failed, "join_s": join_s, "settled_s": settled_s, "load": load,
        "acked": len(acked), "refused": sum((r.refused for r in reports), Counter()),
        "unanswered": sum(r.unanswered for r in reports),
        "deliveries": deliveries, "per_s": deliveries / args.seconds,
        "lost": len(joined) * len(acked) - deliveries, "twice": sum(r.twice for r in reports),
        "strays": sum(n for i, n in received.items() if i not in acked),
        "p50": percentile(latency, 50), "p95": percentile(latency, 95),
        "p99": percentile(latency, 99), "max": max(latency, default=float("nan")),
        "ack_p99": percentile([ms for r in reports for ms in r.ack_ms], 99),
        "cpu_per_1000": cpu * 1000 / max(deliveries / 1000, 1e-9),
        "cpu_pct": cpu / args.seconds * 100,
        "generator_pct": sum(r.cpu for r in reports) / args.seconds * 100,
        "others_pct": max(0.0, busy - cpu - sum(r.cpu for r in reports)) / args.seconds * 100,
        "rss_idle": rss_idle, "rss_joined": rss_joined,
        "rss_end": sum(rss_mb(s.worker) for s in servers),
        "kb_per_client": (rss_joined - rss_idle) * 1024 / max(len(joined), 1),
        "closed": sum((r.closed for r in reports), Counter()),
        "gc_pauses": pauses if args.gc_pauses else None,
        "idle_pct": idle_pct,
        "slow": sum((r.slow for r in reports), Counter()),
        "other_events": sum((Counter(q) for (q,) in quiet), Counter()),
    }  # fmt: skip


# Output -----------------------------------------------------------------------------


def print_table(rows: list[dict]) -> None:
    print()
    print("| processes | joined | all in (s) | acknowledged | deliveries/s | lost | twice | "
          "p50 ms | p95 ms | p99 ms | max ms | CPU ms/1,000 deliveries | workers' CPU % | "
          "RSS KB/client | generators' CPU % |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['processes']} | {r['joined']}/{r['clients']} | {r['join_s']:.1f} | "
            f"{r['acked']} | {r['per_s']:,.0f} | {r['lost']} | {r['twice']} | {r['p50']:.0f} | "
            f"{r['p95']:.0f} | {r['p99']:.0f} | {r['max']:.0f} | {r['cpu_per_1000']:.0f} | "
            f"{r['cpu_pct']:.0f} | {r['kb_per_client']:.0f} | {r['generator_pct']:.0f} |"
        )
    for r in rows:
        print(
            f"\n{r['processes']} process(es): load average {r['load']:.2f} before the run, "
            f"other processes (the database, Redis, the rest) {r['others_pct']:.0f}% of a core "
            "during the chat; "
            f"room quiet {r['settled_s']:.1f} s after the first connection; chat refused "
            f"{dict(r['refused']) or 0}, unanswered {r['unanswered']}, not from this chat "
            f"{r['strays']}; acknowledgement p99 {r['ack_p99']:.0f} ms; worker RSS "
            f"{r['rss_idle']:.0f} MB before, {r['rss_joined']:.0f} MB with everyone in, "
            f"{r['rss_end']:.0f} MB after the chat; workers' CPU in the second before the chat "
            f"{r['idle_pct']:.0f}%; other events while joining "
            f"{dict(r['other_events'])}"
        )
        if r["slow"]:
            seconds = ", ".join(f"{s} s: {n}" for s, n in sorted(r["slow"].items()))
            print(f"  deliveries over {SLOW_MS} ms, by the second of the chat they were sent: "
                  f"{seconds}")  # fmt: skip
        if r["gc_pauses"] is not None:
            pauses = sorted(r["gc_pauses"], reverse=True)
            print(
                "  collections of the older generations during the chat: "
                f"{len(pauses)}, {sum(pauses):.0f} ms in all, the longest {pauses[:5]} ms"
            )
        if r["others_pct"] > 25:
            print("  the machine was busy with other work: the delays are not the server's alone")
        if r["failed"]:
            print(f"  not joined: {Counter(r['failed'].values()).most_common(5)}")
        if r["closed"]:
            print(f"  connections closed: {dict(r['closed'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", default="sqlite", help="sqlite or a PostgreSQL URL")
    parser.add_argument(
        "--processes", type=int, nargs="+", help="a run for each (default 1 on SQLite, else 1 2)"
    )
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--senders", type=int, default=100)
    parser.add_argument("--rate", type=float, default=20, help="chat messages a second, in all")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--settle", type=float, default=1,
                        help="seconds without presence lists before the chat")  # fmt: skip
    parser.add_argument("--drain", type=float, default=5, help="seconds to wait for the last")
    parser.add_argument("--generators", type=int, default=4, help="load-generator processes")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379")
    parser.add_argument("--no-deflate", action="store_true", help="do not offer compression")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile the workers (figures then include its cost)")  # fmt: skip
    parser.add_argument("--gc-pauses", action="store_true",
                        help="log the workers' collections of the older generations")  # fmt: skip
    parser.add_argument("--server-env", action="append", default=[], metavar="NAME=VALUE",
                        help="an extra setting for the servers (experiments)")  # fmt: skip
    args = parser.parse_args()
    args.senders = min(args.senders, args.clients)
    args.processes = args.processes or ([1] if args.database == "sqlite" else [1, 2])
    if max(args.processes) > 1:
        try:
            redis.Redis.from_url(args.redis, socket_connect_timeout=2).ping()
        except redis.RedisError as error:
            parser.error(f"two processes share rooms through Redis at {args.redis}: {error}")
    if args.senders / args.rate < 2:
        parser.error("each sender would exceed 5 messages in 10 s: more --senders")
    rows = []
    for processes in args.processes:
        print(f"== {processes} server process(es), {args.clients} clients, {args.database} ==")
        rows.append(run(args, processes))
    print_table(rows)
    if any(r["lost"] or r["twice"] or r["refused"] or r["joined"] < r["clients"] for r in rows):
        sys.exit("messages lost, received twice or refused, or people not in the room")


if __name__ == "__main__":
    main()
