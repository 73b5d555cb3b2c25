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
    # A page makes tens of thousands of short-lived objects: collect the young
    # generation less often, and leave what was loaded at start-up out of collections.
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
