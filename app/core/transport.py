"""WebSocket settings that Flask-SocketIO does not expose."""

from collections.abc import Callable, Iterable
from typing import Any

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


def without_websocket_compression(wsgi_app: WSGIApp) -> WSGIApp:
    """Answer WebSocket upgrades without permessage-deflate.

    The WebSocket server (simple-websocket) accepts compression whenever the browser offers
    it, and then compresses every message once per receiver: in a room of 500, one chat
    line is deflated 500 times. Room messages are a few hundred bytes, so the bandwidth
    saved is small; measured with 500 clients (benchmarks/README.md), leaving it off cut
    the server's CPU per 1,000 deliveries from about 90 to 53 ms and the p99 latency from
    141-256 to 44 ms. Not offering the extension to the server turns it off.
    """

    def app(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        environ.pop("HTTP_SEC_WEBSOCKET_EXTENSIONS", None)
        return wsgi_app(environ, start_response)

    return app
