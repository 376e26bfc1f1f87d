"""Who may open the served app: pure rules, no aiohttp (unit-tested on their own).

On a loopback address with no token, only a page served by this machine's loopback names
gets in: a ``Host`` header naming another site is a DNS-rebinding attempt, and an ``Origin``
from another site is a page trying to drive the app through a WebSocket. Beyond loopback,
every request carries the token: in the query string (the printed link) or in the cookie
that the first page sets, so the WebSocket and the static files need no token in their URLs.
"""

from __future__ import annotations

import ipaddress
import secrets
from urllib.parse import quote, urlsplit

TOKEN_MIN_LENGTH = 16
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    """Whether a ``--host`` value only listens on this machine."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    """A fresh token: 32 URL-safe characters from the system's random source."""
    return secrets.token_urlsafe(24)


def _hostname(host_header: str) -> str:
    return (urlsplit("//" + host_header).hostname or "").lower()


def access_allowed(
    expected_token: str | None,
    given_token: str | None,
    host_header: str,
    origin: str | None,
) -> bool:
    """Whether one HTTP or WebSocket request may be answered.

    ``expected_token`` is None only when serving on loopback without a token.
    """
    if expected_token is None:
        hostname = _hostname(host_header)
        if hostname not in LOOPBACK_NAMES and not is_loopback(hostname):
            return False
    elif not secrets.compare_digest((given_token or "").encode(), expected_token.encode()):
        return False
    # A browser names the page that opened a WebSocket or sent a script request: it must
    # be one of ours (same host and port), never another site's page.
    return not origin or urlsplit(origin).netloc.lower() == host_header.lower()


def cookie_name(port: int) -> str:
    """One cookie per port: two servers on one machine do not overwrite each other's."""
    return f"smart_tui_token_{port}"


def page_url(host: str, port: int, token: str | None) -> str:
    """The address to print and open; an IPv6 host goes in brackets."""
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/" + (f"?token={quote(token, safe='')}" if token else "")
