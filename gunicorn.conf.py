"""Gunicorn settings; the command line or GUNICORN_CMD_ARGS can override them."""

import gc
import os

import gevent
from psycogreen.gevent import patch_psycopg

bind = os.environ.get("BIND", "127.0.0.1:5000")
worker_class = "gevent"
# Socket.IO on gevent, said outright: left to detection, it would pick eventlet if any
# package ever pulled it in. (The app reads this when each worker loads it.)
os.environ.setdefault("SOCKETIO_ASYNC_MODE", "gevent")
workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
worker_connections = 1000
timeout = 60
accesslog = "-"
# The control socket lives in the home folder; several servers on one machine would clash.
control_socket_disable = True


def post_request(worker, req, environ, resp):
    # A keep-alive client that sends its next request at once would otherwise be served
    # again and again before the others: give every waiting connection its turn.
    gevent.sleep(0)


def post_fork(server, worker):
    # psycopg2 blocks the gevent loop unless it is made cooperative.
    patch_psycopg()
    # Leave what was loaded at start-up out of collections. The young generation is
    # collected every 3,000 allocations rather than 700: measured on the forum pages, that
    # spends the least time collecting (0.05 ms a request), in pauses of 1 ms at most; at
    # 50,000 each pause took 23 ms, long enough to show in the p99 (benchmarks/README.md).
    # Full collections every 100 of the middle generation's (the default is 10).
    gc.freeze()
    gc.set_threshold(3_000, 20, 100)
