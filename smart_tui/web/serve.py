"""``smart-tui serve``: the same app in a browser tab, through Textualize's textual-serve.

Each browser tab (each WebSocket) runs ``smart-tui`` as its own subprocess on the same
database, language and read-only choice. Only this module imports textual-serve and aiohttp,
and only the ``serve`` command imports this module.

The page is our own template (``templates/index.html``): textual-serve's pulls a web font
from a third-party host. Its JavaScript, xterm.css and the Roboto Mono font are served from
the installed textual-serve package itself (``/static``), so they always match the server's
protocol; none of them refers to another host, and the Content-Security-Policy header makes
the browser refuse anything that would.
"""

from __future__ import annotations

import argparse
import errno
import os
import secrets
import shlex
import socket
import sys
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from smart_tui.errors import EXIT_OK, EXIT_USAGE, UsageError
from smart_tui.i18n import Translator
from smart_tui.paths import database_path
from smart_tui.services import Workspace

from .access import (
    TOKEN_MIN_LENGTH,
    access_allowed,
    cookie_name,
    is_loopback,
    new_token,
    page_url,
)

HERE = Path(__file__).parent
FONT_SIZE = 16
SHUTDOWN_SECONDS = 2  # Ctrl+C: open tabs get this long, then their apps are told to quit


def app_command(db: Path, lang: str, read_only: bool) -> str:
    """The shell command textual-serve runs for each tab (it uses a shell: quote it all)."""
    parts = [sys.executable, "-m", "smart_tui", "--db", str(db), "--lang", lang]
    if read_only:
        parts.append("--read-only")
    return shlex.join(parts)


class SmartServer(Server):
    """textual-serve's server with our page, a token check on every request, our messages."""

    def __init__(self, command: str, host: str, port: int, *, tr: Translator, title: str,
                 token: str | None, open_browser: bool = False) -> None:
        super().__init__(command, host=host, port=port, title=title,
                         templates_path=HERE / "templates")
        self.tr = tr
        self.token = token
        self.open_browser = open_browser

    def initialize_logging(self) -> None:
        """textual-serve logs every connection at INFO; keep the console for our lines."""
        import logging

        logging.basicConfig(level="WARNING", format="%(message)s")

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self._guard)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Every request, the WebSocket included, is checked before any handler runs."""
        query_token = request.query.get("token")
        given = query_token or request.cookies.get(cookie_name(self.port))
        if not access_allowed(self.token, given, request.host, request.headers.get("Origin")):
            return web.Response(status=403, text=self.tr("serve.forbidden") + "\n")
        response: web.StreamResponse = await handler(request)
        if not response.prepared:  # a WebSocket or a download has already sent its headers
            if self.token and query_token:
                response.set_cookie(cookie_name(self.port), self.token, httponly=True,
                                    samesite="Strict", path="/")
            response.headers.setdefault("Referrer-Policy", "no-referrer")
            response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    async def handle_index(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        nonce = secrets.token_urlsafe(16)
        tr = self.tr
        context = {
            "lang": tr.lang, "title": self.title, "nonce": nonce, "font_size": FONT_SIZE,
            "static": "/static/", "starting": tr("serve.starting"),
            "ended": tr("serve.session_ended"), "restart": tr("serve.restart"),
        }
        response = aiohttp_jinja2.render_template("index.html", request, context)
        host = request.host
        response.headers["Content-Security-Policy"] = "; ".join((
            "default-src 'none'", f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self' 'unsafe-inline'", "font-src 'self'", "img-src 'self' data:",
            f"connect-src 'self' ws://{host} wss://{host}", "base-uri 'none'",
            "form-action 'none'", "frame-ancestors 'none'",
        ))
        return response

    async def on_startup(self, app: web.Application) -> None:
        """textual-serve prints its banner here, before the port is bound: not ours."""

    def serve(self, debug: bool = False) -> None:
        """textual-serve's ``serve``, announcing the address once it really listens."""
        import asyncio
        import signal

        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.request_exit)  # Ctrl+C: a graceful exit
        # The loop stays open (as in textual-serve): the apps' pipe transports close after it
        # at exit, and a closed loop would print "Event loop is closed" tracebacks then.
        web.run_app(self._make_app(), host=self.host, port=self.port, handle_signals=False,
                    loop=loop, print=self._listening, shutdown_timeout=SHUTDOWN_SECONDS)

    def _listening(self, *_: object) -> None:
        """Called by aiohttp once every socket is bound."""
        shown = self.host
        if shown in ("0.0.0.0", "::", ""):  # every address: name the machine
            shown = socket.gethostname()
        print(self.tr("serve.listening", url=page_url(shown, self.port, self.token)), flush=True)
        if self.token:
            print(self.tr("serve.token_note"), flush=True)
        print(self.tr("serve.stop_hint"), flush=True)
        if self.open_browser:
            import webbrowser

            local = self.host if is_loopback(self.host) else "127.0.0.1"
            webbrowser.open(page_url(local, self.port, self.token))


def check_port_free(host: str, port: int) -> None:
    """Bind and release the address first, so a port in use is reported before any banner.

    Raises :class:`OSError` like the real bind would (aiohttp binds later, inside its loop).
    """
    family, _, _, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    with socket.create_server(address[:2], family=family):
        pass


def _token(args: argparse.Namespace, host: str, tr: Translator) -> str | None:
    # The subprocesses inherit the environment: the token stays with the server.
    from_env = os.environ.pop("SMART_TUI_TOKEN", None)
    token = args.token or from_env
    if token is not None and len(token) < TOKEN_MIN_LENGTH:
        raise UsageError(tr("serve.token_too_short", minimum=TOKEN_MIN_LENGTH))
    if token is None and not is_loopback(host):
        token = new_token()
    return token


def cmd_serve(args: argparse.Namespace, tr: Translator) -> int:
    read_only = getattr(args, "read_only", False)
    if not 0 < args.port < 65536:
        raise UsageError(tr("serve.bad_port", port=args.port))
    token = _token(args, args.host, tr)
    db = database_path(args.db).resolve()
    workspace = Workspace.open(db, read_only=read_only)  # a bad database: refused before listening
    try:
        business = workspace.profile().name
    finally:
        workspace.close()
    title = tr("serve.title", business=business) if business else "smart-tui"
    server = SmartServer(app_command(db, tr.lang, read_only), args.host, args.port, tr=tr,
                         title=title, token=token, open_browser=args.open)
    try:
        check_port_free(args.host, args.port)
        server.serve()
    except OSError as exc:  # socket.gaierror (an unknown host name) is one too
        key = "serve.port_in_use" if exc.errno == errno.EADDRINUSE else "serve.cannot_listen"
        detail = exc.strerror or exc.args[-1] if exc.args else exc
        print(tr(key, host=args.host, port=args.port, detail=detail), file=sys.stderr)
        return EXIT_USAGE
    print(tr("serve.stopped"), flush=True)
    return EXIT_OK
