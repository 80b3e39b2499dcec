"""The voting server's HTTP answers: the page and the small JSON API, as a Starlette app.

Every call needs the session's token (the page: ``/?t=TOKEN``; the API: ``Authorization:
Bearer TOKEN``) and is refused with 403 and no project data otherwise. ``POST /api/votes``
takes at most :data:`MAX_BODY` bytes (413 past it, however the body comes), a JSON object
``{"participant", "link", "vote", "comment"?, "name"?}`` (400 for anything else), a link put to
the vote (404 otherwise) and still open (409 when closed). See the README for the API.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from .ballot_box import BallotBox, BallotError
from .guards import ASGIApp, RateLimiter, guarded
from .page import content_security_policy, page_bytes

#: Largest body of a vote, in bytes (8 KiB).
MAX_BODY = 8 * 1024

_STATUS = {"unknown_link": 404, "closed": 409, "bad_vote": 400, "too_long": 400}


class _TooLarge(Exception):
    pass


def _forbidden() -> Response:
    return PlainTextResponse("Forbidden", status_code=403)


def _error(status: int, code: str) -> Response:
    return JSONResponse({"error": code}, status_code=status)


def build_app(box: BallotBox, token: str, limiter: RateLimiter | None = None) -> ASGIApp:
    """The ASGI app serving ``box`` to holders of ``token``."""
    expected = token.encode("utf-8")

    def _same(given: str | None) -> bool:
        return given is not None and secrets.compare_digest(given.encode("utf-8"), expected)

    def _authorised(request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        return scheme.lower() == "bearer" and _same(given)

    async def page(request: Request) -> Response:
        if not _same(request.query_params.get("t")):
            return _forbidden()
        return Response(page_bytes(), media_type="text/html; charset=utf-8")

    async def links(request: Request) -> Response:
        if not _authorised(request):
            return _forbidden()
        participant = request.query_params.get("participant", "")
        show = box.show_comments
        answer: list[dict[str, Any]] = []
        for link_id, name, status in box.links():
            mine = box.ballot_of(participant, link_id) if participant else None
            entry: dict[str, Any] = {
                "id": link_id, "name": name, "status": status, "open": box.is_open(link_id),
                "my_vote": mine.vote.value if mine else None,
                "my_comment": mine.comment if mine else ""}
            if show:
                entry["comments"] = [b.comment for b in box.ballots(link_id) if b.comment]
            answer.append(entry)
        return JSONResponse(answer)

    async def state(request: Request) -> Response:
        if not _authorised(request):
            return _forbidden()
        return JSONResponse({"current": box.current, "open": box.open_links(),
                             "language": box.language, "show_comments": box.show_comments})

    async def vote(request: Request) -> Response:
        if not _authorised(request):
            return _forbidden()
        try:
            body = await _read_body(request)
        except _TooLarge:
            return _error(413, "too_large")
        except ClientDisconnect:
            return _error(400, "incomplete")
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return _error(400, "malformed_json")
        if not isinstance(data, dict) or not all(
                isinstance(data.get(k, ""), str) for k in ("participant", "link", "vote",
                                                           "comment", "name")):
            return _error(400, "bad_vote")
        try:
            box.cast(data.get("participant", ""), data.get("link", ""), data.get("vote", ""),
                     data.get("comment", ""), data.get("name", ""))
        except BallotError as exc:
            return _error(_STATUS.get(exc.code, 400), exc.code)
        return JSONResponse({"ok": True, "link": data["link"], "vote": data["vote"]})

    app = Starlette(routes=[
        Route("/", page, methods=["GET"]),
        Route("/api/links", links, methods=["GET"]),
        Route("/api/state", state, methods=["GET"]),
        Route("/api/votes", vote, methods=["POST"]),
    ])
    return guarded(app, content_security_policy(), limiter or RateLimiter())


async def _read_body(request: Request) -> bytes:
    """The request's body, refused past :data:`MAX_BODY` bytes whatever its Content-Length
    says (declared too large: refused before reading; streamed or lied about: counted)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)
