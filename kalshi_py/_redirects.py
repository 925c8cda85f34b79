"""Following a redirect without handing credentials to another host.

httpx copies a request's headers onto the redirected request and runs its `Auth` only once, so
with `follow_redirects=True` the `KALSHI-ACCESS-*` headers would travel to whatever host a
`Location` names, signed for the wrong path. The pipeline follows redirects itself instead: a hop
to the same origin (scheme, host, port) as the call is signed afresh for its own path; a hop to
another origin carries no credentials at all (no `KALSHI-ACCESS-*`, `Authorization` or `Cookie`).

The httpx clients kalshi-py creates also carry `credential_guard` as a request hook, so that a
redirect httpx follows by itself (`client.get_httpx_client().get(...)`) strips them too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

__all__ = [
    "CREDENTIAL_HEADERS",
    "async_credential_guard",
    "credential_guard",
    "next_hop",
    "same_origin",
    "strip_credentials",
]

CREDENTIAL_HEADERS = (
    "authorization",
    "cookie",
    "kalshi-access-key",
    "kalshi-access-signature",
    "kalshi-access-timestamp",
)


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


def strip_credentials(request: httpx.Request) -> None:
    for name in list(request.headers):
        if name.lower() in CREDENTIAL_HEADERS or name.lower().startswith("kalshi-access-"):
            del request.headers[name]


def credential_guard(base_url: str) -> Callable[[httpx.Request], None]:
    """An httpx request hook that strips credentials from a request to another origin than
    `base_url`'s, for redirects httpx follows on its own."""
    origin = httpx.URL(base_url)

    def guard(request: httpx.Request) -> None:
        if not same_origin(request.url, origin):
            strip_credentials(request)

    return guard


def async_credential_guard(base_url: str) -> Callable[[httpx.Request], Awaitable[None]]:
    guard = credential_guard(base_url)

    async def async_guard(request: httpx.Request) -> None:
        guard(request)

    return async_guard


def next_hop(
    http: httpx.Client | httpx.AsyncClient,
    first: httpx.Request,
    current: httpx.Request,
    response: httpx.Response,
    timeout: httpx.Timeout,
) -> tuple[httpx.Request, bool] | None:
    """The request a redirect answer leads to, and whether it may carry credentials (it goes to
    the origin of `first`, the call's own request); None when the answer names no location."""
    location = response.headers.get("location")
    if not location:
        return None
    try:
        url = current.url.join(location)
    except httpx.InvalidURL:
        return None
    method = current.method
    if (response.status_code == 303 and method != "HEAD") or (
        response.status_code in (301, 302) and method == "POST"
    ):
        method = "GET"
    keep_body = method == current.method and response.status_code in (307, 308)
    headers = {"Accept-Encoding": current.headers.get("accept-encoding", "gzip, deflate")}
    if keep_body and "content-type" in current.headers:
        headers["Content-Type"] = current.headers["content-type"]
    request = http.build_request(
        method, url, content=current.read() if keep_body else None, headers=headers, timeout=timeout
    )
    trusted = same_origin(url, first.url)
    if not trusted:
        strip_credentials(request)
    return request, trusted
