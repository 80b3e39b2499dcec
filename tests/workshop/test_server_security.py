"""The voting server against bad requests, on a real server on 127.0.0.1: no token, a wrong
one, malformed or oversized bodies, unknown links, bursts, markup in comments, paths to files,
other origins."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections import Counter
from datetime import date

from valuechain_gui.model import Vote

WRONG = "w" * 43


def test_without_or_with_a_wrong_token_every_call_is_refused_and_shows_no_project(client, box):
    box.cast("ana", "c", "weak", "secret comment")
    calls = [("GET", "/api/links", None), ("GET", "/api/state", None),
             ("POST", "/api/votes", json.dumps({"participant": "eve", "link": "c",
                                                "vote": "strong"}).encode())]
    for token in (None, WRONG, client.server.token + "x", client.server.token[:-1]):
        for method, path, body in calls:
            status, _, answer = client.request(method, path, body, token=token)
            assert status == 403, (method, path, token)
            for secret in (b"Capteurs", b"secret", b'"c"', b"weak"):
                assert secret not in answer
    for query in ("/", f"/?t={WRONG}", "/?t="):
        status, _, answer = client.request("GET", query, token=None)
        assert status == 403
        assert b"<script" not in answer and b"Capteurs" not in answer
    status, _, _ = client.request("GET", "/api/state", headers={"Authorization": "Basic x"},
                                  token=None)
    assert status == 403
    assert box.counts("c")[Vote.STRONG] == 0


def test_the_page_and_the_api_answer_the_holder_of_the_token(client, box):
    status, headers, page = client.request("GET", f"/?t={client.server.token}", token=None)
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert b"<script>" in page and b"http://" not in page and b"https://" not in page
    status, _, body = client.request("GET", "/api/links")
    assert status == 200
    assert json.loads(body)[0] == {"id": "c", "name": "Capteurs LiDAR", "status": "weak",
                                   "open": True, "my_vote": None, "my_comment": ""}
    status, _, body = client.vote({"participant": "ana", "link": "c", "vote": "missing",
                                   "comment": "personne ici", "name": "Ana"})
    assert status == 200
    assert box.counts("c")[Vote.MISSING] == 1
    box.set_current("c")
    status, _, body = client.request("GET", "/api/state")
    assert json.loads(body) == {"current": "c", "open": ["c", "i"], "language": "fr",
                                "show_comments": False}
    _, _, body = client.request("GET", "/api/links?participant=ana")
    assert json.loads(body)[0]["my_vote"] == "missing"


def test_malformed_json_and_bad_votes_get_400_and_change_nothing(client, box):
    for body in (b"{not json", b"\xff\xfe", b"", b"[1, 2]", b'"weak"',
                 json.dumps({"participant": "ana", "link": "c", "vote": "maybe"}).encode(),
                 json.dumps({"participant": "ana", "link": "c", "vote": 1}).encode(),
                 json.dumps({"participant": "ana", "link": "c", "vote": "weak",
                             "comment": ["x"]}).encode(),
                 json.dumps({"link": "c", "vote": "weak"}).encode(),
                 json.dumps({"participant": "ana", "link": "c", "vote": "weak",
                             "comment": "x" * 281}).encode()):
        status, _, _ = client.vote(body)
        assert status == 400, body
    assert box.ballots("c") == ()


def test_a_vote_on_an_unknown_link_gets_404_and_on_a_closed_one_409(client, box):
    status, _, body = client.vote({"participant": "ana", "link": "nope", "vote": "weak"})
    assert (status, json.loads(body)) == (404, {"error": "unknown_link"})
    box.close_link("c")
    status, _, _ = client.vote({"participant": "ana", "link": "c", "vote": "weak"})
    assert status == 409
    assert box.all_votes(date.today()) == {}


def test_bodies_over_8_kib_get_413_however_they_come(client, box):
    big = json.dumps({"participant": "ana", "link": "c", "vote": "weak",
                      "comment": "x" * 9000}).encode()
    status, _, _ = client.vote(big)
    assert status == 413
    # streamed in chunks, without a Content-Length
    connection = http.client.HTTPConnection("127.0.0.1", client.server.port, timeout=10)
    connection.request("POST", "/api/votes", body=iter([big[:4000], big[4000:]]),
                       headers={"Authorization": f"Bearer {client.server.token}",
                                "Content-Type": "application/json"}, encode_chunked=True)
    assert connection.getresponse().status == 413
    connection.close()
    # a Content-Length far beyond what is sent: refused before reading
    status, _, _ = _raw(client.server.port, client.server.token, declared=10_000_000,
                        body=b'{"participant": "ana"')
    assert status == 413
    # a Content-Length smaller than the body: only the declared bytes are read, which are
    # not a whole vote
    status, _, _ = _raw(client.server.port, client.server.token, declared=30, body=big)
    assert status == 400
    assert box.ballots("c") == ()


def _raw(port: int, token: str, declared: int, body: bytes) -> tuple[int, str, bytes]:
    head = (f"POST /api/votes HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {declared}\r\n"
            "Connection: close\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head + body)
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, response.reason, response.read()


def test_a_burst_of_2000_requests_is_served_or_refused_with_429_and_the_server_goes_on(client):
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + 60

    def burst() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", client.server.port, timeout=10)
        headers = {"Authorization": f"Bearer {client.server.token}"}
        for _ in range(250):
            if time.monotonic() > deadline:
                break
            try:
                connection.request("GET", "/api/state", headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", client.server.port,
                                                        timeout=10)
                status = 0
            with lock:
                statuses[status] += 1
        connection.close()

    threads = [threading.Thread(target=burst) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=70)
    assert sum(statuses.values()) == 2000
    assert set(statuses) <= {200, 429}, statuses
    assert statuses[429] > 0 and statuses[200] > 0
    # the bucket refills: the server answers normally again within seconds
    until = time.monotonic() + 10
    status = 0
    while status != 200 and time.monotonic() < until:
        status, _, _ = client.request("GET", "/api/state")
    assert status == 200


def test_markup_in_a_comment_is_stored_as_text_and_others_see_comments_only_when_shown(
        client, box):
    markup = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    status, _, _ = client.vote({"participant": "ana", "link": "c", "vote": "weak",
                                "comment": markup, "name": "Ana"})
    assert status == 200
    assert box.ballot_of("ana", "c").comment == markup
    status, headers, body = client.request("GET", "/api/links?participant=bob")
    assert headers["content-type"] == "application/json"
    assert b"onerror" not in body and "comments" not in json.loads(body)[0]
    box.show_comments = True
    _, _, body = client.request("GET", "/api/links?participant=bob")
    assert json.loads(body)[0]["comments"] == [markup]
    assert b"Ana" not in body  # names are never shown to other participants


def test_no_file_is_served_but_the_page(client):
    token = client.server.token
    for path in ("/vote.html", "/resources/voting/vote.html", "/../../pyproject.toml",
                 "/%2e%2e/%2e%2e/etc/passwd", "/static/vote.html", "/api/../README.md",
                 f"/index.html?t={token}", "/favicon.ico", "/api"):
        status, _, body = client.request("GET", path)
        assert status == 404, path
        assert b"root:" not in body and b"[project]" not in body and b"<script" not in body


def test_cors_is_closed_and_the_page_has_a_strict_content_security_policy(client):
    origin = {"Origin": "http://evil.example"}
    status, headers, _ = client.request("GET", "/api/state", headers=origin)
    assert status == 200 and "access-control-allow-origin" not in headers
    status, headers, _ = client.request("OPTIONS", "/api/votes", token=None, headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert status in (403, 404, 405) and "access-control-allow-origin" not in headers
    assert "access-control-allow-methods" not in headers
    _, headers, _ = client.request("GET", f"/?t={client.server.token}", token=None)
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "*" not in csp
    assert "script-src 'sha256-" in csp
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-content-type-options"] == "nosniff"
