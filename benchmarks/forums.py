"""Forum page benchmark: server CPU per request, throughput and latency under wrk.

    python benchmarks/forums.py --database sqlite
    python benchmarks/forums.py --database postgresql://postgres@127.0.0.1:5432/m4eg_bench

Seeds 100,000 posts in 5,000 topics into a fresh database, serves it with gunicorn
(one gevent worker, as in production), signs in as a member, and runs wrk with 16
connections against each page. CPU time per request is the worker's user+system
time divided by the requests it served: the figure that survives a noisy machine.
Needs wrk (apt-get install wrk). Talks only to 127.0.0.1.
"""

import argparse
import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TICKS = os.sysconf("SC_CLK_TCK")


def prepare_database(url: str | None, instance: Path) -> str:
    if url is None:
        return f"sqlite:///{instance / 'bench.db'}"
    import sqlalchemy as sa  # noqa: PLC0415 - only for PostgreSQL runs

    url = url.replace("postgresql://", "postgresql+psycopg2://", 1)
    server = sa.create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    name = url.rsplit("/", 1)[1]
    with server.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    return url


def seed(env: dict) -> None:
    flask = [str(BIN / "flask")]
    subprocess.run([*flask, "db", "upgrade"], env=env, cwd=ROOT, check=True, capture_output=True)
    subprocess.run([*flask, "demo", "seed"], env=env, cwd=ROOT, check=True, capture_output=True)
    code = (
        "from app import create_app\n"
        "from app.extensions import db\n"
        "from benchmarks.seed_forums import seed\n"
        "from app.accounts.models import User\n"
        "app = create_app()\n"
        "with app.app_context():\n"
        "    h = db.session.scalar(db.select(User.password_hash).limit(1))\n"
        "    print(seed(h))\n"
    )
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True)  # fmt: skip
    print(f"seeded {out.stdout.strip()} in {time.monotonic() - started:.0f} s")


AGENT = "m4eg-benchmark"  # sessions are bound to the client's address and user agent


def sign_in(base: str) -> str:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("User-Agent", AGENT)]
    page = opener.open(base + "/login").read().decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(
        r'name="csrf-token" content="([^"]+)"', page
    )
    form = urllib.parse.urlencode({"email": "member@demo.test", "password": "demo-password",
                                   "csrf_token": token.group(1)}).encode()  # fmt: skip
    opener.open(base + "/login", form)
    return "; ".join(f"{c.name}={c.value}" for c in jar)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_mb(pid: int, key: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return 0.0


def to_ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url: str, cookie: str, seconds: int, connections: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}",
         "-H", f"User-Agent: {AGENT}",
         url], capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
        "p99": to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", default="sqlite", help="sqlite or a PostgreSQL URL")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    instance = Path(tempfile.mkdtemp(prefix="m4eg-bench-"))
    url = prepare_database(None if args.database == "sqlite" else args.database, instance)
    port = 5700 + os.getpid() % 200
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ, "INSTANCE_PATH": str(instance), "DATABASE_URL": url,
        "FLASK_APP": "wsgi.py", "M4EG_CONFIG": "development", "SITE_URL": base,
        "BIND": f"127.0.0.1:{port}", "RATELIMIT_ENABLED": "0", "PYTHONPATH": str(ROOT),
    }  # fmt: skip
    seed(env)
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null",
         "wsgi:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz")  # noqa: S310 - loopback
                break
            except OSError:
                time.sleep(0.1)
        children = subprocess.run(
            ["pgrep", "-P", str(server.pid)], capture_output=True, text=True, check=True
        )
        worker = int(children.stdout.split()[0])
        cookie = sign_in(base)
        import sqlalchemy as sa  # noqa: PLC0415

        engine = sa.create_engine(url)
        with engine.connect() as conn:
            long_id, normal_id = conn.execute(sa.text(
                "SELECT min(id), min(id) + 101 FROM forum_topics WHERE title LIKE 'Benchmark%'"
            )).one()  # fmt: skip
        pages = {
            "topic page (20 posts)": f"/forums/t/{normal_id}",
            "long topic, page 1": f"/forums/t/{long_id}?page=1",
            "long topic, page 200": f"/forums/t/{long_id}?page=200",
            "category list": "/forums/c/bench-1",
            "latest topics": "/forums/",
        }
        print("| page | req/s | p50 ms | p99 ms | CPU ms/request | non-2xx |")
        print("|---|---|---|---|---|---|")
        for name, path in pages.items():
            request = urllib.request.Request(
                base + path, headers={"Cookie": cookie, "User-Agent": AGENT}
            )
            page = urllib.request.urlopen(request).read().decode()
            assert "member@demo.test" not in page and "Sign out" in page, f"{path}: not signed in"
            run_wrk(base + path, cookie, 2, args.connections)  # warm up
            before = cpu_seconds(worker)
            result = run_wrk(base + path, cookie, args.seconds, args.connections)
            cpu = (cpu_seconds(worker) - before) * 1000 / max(result["requests"], 1)
            print(f"| {name} | {result['rps']:.0f} | {result['p50']:.1f} | {result['p99']:.1f} | "
                  f"{cpu:.2f} | {result['errors']} |")  # fmt: skip
        print(
            f"worker memory: {rss_mb(worker):.0f} MB RSS now, {rss_mb(worker, 'VmHWM'):.0f} MB peak"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
