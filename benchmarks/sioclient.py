"""A light Socket.IO client for load tests: many connections in one thread of one process.

The full python-socketio client saturates a load generator near 8,000 messages a second;
with 500 clients in a room that gets 20 messages a second the generator, not the server,
would be measured. This one speaks only what a browser in the live room speaks:
Engine.IO 4 over a WebSocket from the start (no polling, as room.js asks), Socket.IO 5
text packets (no binary), namespaces multiplexed on one connection, acknowledgements,
and permessage-deflate offered as browsers offer it. Every connection is a non-blocking
socket in one epoll loop; a connection is a small state machine fed with bytes.

    swarm = Swarm()
    conn = Connection(swarm, ("127.0.0.1", 5000), cookie="session=...", agent="bench")
    conn.on_connect = lambda conn, namespace: conn.emit("/events", "join", {...}, on_ack)
    conn.on_event = lambda conn, namespace, name, text: ...
    swarm.run(until=time.monotonic() + 10)
"""

import base64
import contextlib
import heapq
import itertools
import json
import os
import selectors
import socket
import time
import zlib
from collections.abc import Callable
from typing import Any

PATH = "/socket.io/?EIO=4&transport=websocket"
NO_CALLBACK = lambda *args: None  # noqa: E731 - a default that does nothing

# WebSocket opcodes (RFC 6455)
CONTINUATION, TEXT, BINARY, CLOSE, PING, PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA
DEFLATE_TAIL = b"\x00\x00\xff\xff"  # removed by the sender of each compressed message


def encode_frame(opcode: int, payload: bytes) -> bytes:
    """One client frame: final, masked (as RFC 6455 requires of clients)."""
    length = len(payload)
    if length < 126:
        head = bytes((0x80 | opcode, 0x80 | length))
    elif length < 1 << 16:
        head = bytes((0x80 | opcode, 0x80 | 126)) + length.to_bytes(2, "big")
    else:
        head = bytes((0x80 | opcode, 0x80 | 127)) + length.to_bytes(8, "big")
    mask = os.urandom(4)
    repeated = (mask * (length // 4 + 1))[:length]
    masked = (int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")).to_bytes(
        length, "big"
    )
    return head + mask + masked


class Swarm:
    """One epoll loop for many connections, plus timers and other file objects to watch."""

    def __init__(self) -> None:
        self.selector = selectors.DefaultSelector()
        self.timers: list[tuple[float, int, Callable[[], None]]] = []
        self.counter = itertools.count()
        self.now = time.time()  # wall clock of the latest read: receive times come from it

    def watch(self, fileobj: Any, on_ready: Callable[[], None]) -> None:
        """Call on_ready whenever fileobj (a pipe, say) has something to read."""
        self.selector.register(fileobj, selectors.EVENT_READ, lambda events: on_ready())

    def at(self, when: float, callback: Callable[[], None]) -> None:
        """Call callback at time.monotonic() == when (or as soon after as the loop can)."""
        heapq.heappush(self.timers, (when, next(self.counter), callback))

    def run(self, until: float | None = None, stop: Callable[[], bool] | None = None) -> None:
        """Serve the connections until the monotonic time until, or until stop() is true."""
        while not (stop and stop()):
            now = time.monotonic()
            while self.timers and self.timers[0][0] <= now:
                heapq.heappop(self.timers)[2]()
            if until is not None and now >= until:
                return
            wake = min(now + 0.5, until if until is not None else now + 0.5)
            if self.timers:
                wake = min(wake, self.timers[0][0])
            for key, events in self.selector.select(max(0.0, wake - now)):
                key.data(events)


class Connection:
    """One browser tab's Socket.IO connection: WebSocket upgrade, Engine.IO open and pings,
    namespace connections, events sent with acknowledgements and events received.

    Callbacks (set them before the swarm runs): on_connect(conn, namespace) when a
    namespace accepts the connection, on_event(conn, namespace, name, text) for each event
    received (text is the packet's JSON, ["name", data], parsed only by who needs it),
    on_close(conn, reason) once, when the connection fails or closes.
    """

    def __init__(
        self,
        swarm: Swarm,
        address: tuple[str, int],
        cookie: str,
        agent: str,
        namespaces: tuple[str, ...] = ("/events",),
        deflate: bool = True,
    ) -> None:
        self.swarm, self.address, self.namespaces = swarm, address, namespaces
        self.index = -1  # the caller's number for this connection
        self.on_connect: Callable[[Connection, str], None] = NO_CALLBACK
        self.on_event: Callable[[Connection, str, str, str], None] = NO_CALLBACK
        self.on_close: Callable[[Connection, str], None] = NO_CALLBACK
        self.connected: set[str] = set()
        self.closed: str | None = None
        self.acks: dict[int, Callable[[Any], None]] = {}
        self.ack_ids = itertools.count(1)
        self.upgraded = False
        self.inflater: Any = None
        self.fresh_inflater = False  # server_no_context_takeover: one inflater per message
        self.message: list[bytes] = []  # fragments of a message not yet complete
        self.compressed = False
        self.inbuf = bytearray()
        self.outbuf = bytearray()
        self.sock = socket.create_connection(address)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.setblocking(False)
        swarm.selector.register(self.sock, selectors.EVENT_READ, self._ready)
        self._write(self._upgrade_request(cookie, agent, deflate))

    # Sending -----------------------------------------------------------------------

    def emit(
        self, namespace: str, name: str, data: Any, on_ack: Callable[[Any], None] | None = None
    ) -> None:
        """Send an event; on_ack(first argument of the acknowledgement) when it comes."""
        ack = ""
        if on_ack is not None:
            ack_id = next(self.ack_ids)
            self.acks[ack_id] = on_ack
            ack = str(ack_id)
        prefix = "" if namespace == "/" else namespace + ","
        self._send_text(f"42{prefix}{ack}{json.dumps([name, data], separators=(',', ':'))}")

    def close(self, reason: str = "closed by the client") -> None:
        if self.closed is None:
            with contextlib.suppress(OSError):
                self.sock.send(encode_frame(CLOSE, (1000).to_bytes(2, "big")))
            self._closed(reason)

    def _upgrade_request(self, cookie: str, agent: str, deflate: bool) -> bytes:
        host = f"{self.address[0]}:{self.address[1]}"
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"GET {PATH} HTTP/1.1", f"Host: {host}", "Upgrade: websocket",
            "Connection: Upgrade", f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13",
            f"Origin: http://{host}", f"User-Agent: {agent}", f"Cookie: {cookie}",
        ]  # fmt: skip
        if deflate:  # what Chromium and Firefox offer
            lines.append("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits")
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def _send_text(self, text: str) -> None:
        self._write(encode_frame(TEXT, text.encode()))

    def _write(self, data: bytes) -> None:
        if self.closed is not None:
            return
        self.outbuf += data
        self._flush()

    def _flush(self) -> None:
        try:
            sent = self.sock.send(self.outbuf)
        except BlockingIOError:
            sent = 0
        except OSError as error:
            self._closed(f"send failed: {error}")
            return
        del self.outbuf[:sent]
        wanted = selectors.EVENT_READ | (selectors.EVENT_WRITE if self.outbuf else 0)
        if self.swarm.selector.get_key(self.sock).events != wanted:
            self.swarm.selector.modify(self.sock, wanted, self._ready)

    # Receiving ---------------------------------------------------------------------

    def _ready(self, events: int) -> None:
        if events & selectors.EVENT_WRITE:
            self._flush()
        if not events & selectors.EVENT_READ or self.closed is not None:
            return
        try:
            data = self.sock.recv(1 << 18)
        except BlockingIOError:
            return
        except OSError as error:
            self._closed(f"receive failed: {error}")
            return
        if not data:
            self._closed("closed by the server")
            return
        self.swarm.now = time.time()
        self.inbuf += data
        if not self.upgraded and not self._read_upgrade():
            return
        self._read_frames()

    def _read_upgrade(self) -> bool:
        end = self.inbuf.find(b"\r\n\r\n")
        if end < 0:
            return False
        head = self.inbuf[:end].decode("latin-1")
        del self.inbuf[: end + 4]
        status, *headers = head.split("\r\n")
        if " 101 " not in status:
            self._closed(f"upgrade refused: {status}")
            return False
        for line in headers:
            name, _, value = line.partition(":")
            if name.strip().lower() == "sec-websocket-extensions" and "permessage-deflate" in value:
                self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self.fresh_inflater = "server_no_context_takeover" in value
        self.upgraded = True
        return True

    def _read_frames(self) -> None:
        buf, pos = self.inbuf, 0
        while len(buf) - pos >= 2:
            first, second = buf[pos], buf[pos + 1]
            length, head = second & 0x7F, 2
            if length == 126:
                if len(buf) - pos < 4:
                    break
                length, head = int.from_bytes(buf[pos + 2 : pos + 4], "big"), 4
            elif length == 127:
                if len(buf) - pos < 10:
                    break
                length, head = int.from_bytes(buf[pos + 2 : pos + 10], "big"), 10
            if second & 0x80:  # a masked server frame is a protocol error; read it anyway
                head += 4
            if len(buf) - pos < head + length:
                break
            payload = bytes(buf[pos + head : pos + head + length])
            pos += head + length
            self._frame(first, payload)
            if self.closed is not None:
                return
        del buf[:pos]

    def _frame(self, first: int, payload: bytes) -> None:
        opcode = first & 0x0F
        if opcode in (TEXT, BINARY):
            self.message, self.compressed = [payload], bool(first & 0x40)
        elif opcode == CONTINUATION:
            self.message.append(payload)
        elif opcode == PING:
            self._write(encode_frame(PONG, payload))
            return
        elif opcode == CLOSE:
            self._closed("closed by the server (WebSocket close)")
            return
        else:
            return
        if not first & 0x80:  # not the final fragment
            return
        data = b"".join(self.message)
        if self.compressed:
            if self.fresh_inflater:
                self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            data = self.inflater.decompress(data + DEFLATE_TAIL)
        self._engineio(data.decode())

    def _engineio(self, text: str) -> None:
        kind = text[:1]
        if kind == "4":
            self._socketio(text[1:])
        elif kind == "2":  # the server's ping
            self._send_text("3" + text[1:])
        elif kind == "0":  # open: connect the namespaces on this connection
            for namespace in self.namespaces:
                self._send_text(f"40{namespace},")
        elif kind == "1":
            self._closed("closed by the server (Engine.IO close)")

    def _socketio(self, packet: str) -> None:
        kind, rest, namespace = packet[:1], packet[1:], "/"
        if rest.startswith("/"):
            namespace, _, rest = rest.partition(",")
        digits = 0
        while digits < len(rest) and rest[digits].isdigit():
            digits += 1
        if kind == "2":
            name_end = rest.find('"', digits + 2)
            self.on_event(self, namespace, rest[digits + 2 : name_end], rest[digits:])
        elif kind == "3":
            callback = self.acks.pop(int(rest[:digits]), None)
            if callback is not None:
                args = json.loads(rest[digits:])
                callback(args[0] if args else None)
        elif kind == "0":
            self.connected.add(namespace)
            self.on_connect(self, namespace)
        elif kind == "4":
            self._closed(f"{namespace} refused the connection: {rest}")
        elif kind == "1":
            self.connected.discard(namespace)
            self._closed(f"{namespace} disconnected by the server")

    def _closed(self, reason: str) -> None:
        if self.closed is not None:
            return
        self.closed = reason
        with contextlib.suppress(KeyError, ValueError):
            self.swarm.selector.unregister(self.sock)
        self.sock.close()
        self.on_close(self, reason)
