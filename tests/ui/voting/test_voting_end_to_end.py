"""End to end: the real voting server on 127.0.0.1, three participants posting votes over HTTP
(urllib), the card's bar and the link's panel showing them; and the screenshots of the map with
live counts and of the address view, in French and English."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtGui import QColor

from valuechain_gui.ui import style
from valuechain_gui.ui.text import i18n
from valuechain_gui.ui.voting.dialogs import AddressView
from valuechain_gui.ui.voting.overlay import VoteBar
from valuechain_gui.ui.voting.texts import VOTE_STATUS

from conftest import close_window, make_window

ROOT = Path(__file__).resolve().parents[3]
#: Set VALUECHAIN_SCREENSHOTS=1 to refresh the screenshots kept in docs/screenshots.
KEEP_SHOTS = os.environ.get("VALUECHAIN_SCREENSHOTS") == "1"


def _post_vote(url: str, participant: str, link_id: str, vote: str) -> int:
    parts = urlsplit(url)
    token = parse_qs(parts.query)["t"][0]
    body = json.dumps({"participant": participant, "link": link_id, "vote": vote}).encode()
    request = urllib.request.Request(
        f"{parts.scheme}://{parts.netloc}/api/votes", data=body, method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as answer:
        return answer.status


def _bar(win, link_id: str) -> VoteBar | None:
    return next((i for i in win.scene.items() if isinstance(i, VoteBar) and i.link_id == link_id),
                None)


def test_three_participants_vote_over_http_and_the_card_shows_it(window, qtbot):
    win, project = window, window.document.project
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    url = win.voting.server.url
    assert url.startswith("http://127.0.0.1:")
    software = project.link_by_name("Logiciel de perception").id
    for participant, vote in (("anne", "weak"), ("bruno", "missing"), ("chloe", "weak")):
        assert 200 <= _post_vote(url, participant, software, vote) < 300
    qtbot.waitUntil(lambda: _bar(win, software) is not None
                    and _bar(win, software).total() == 3, timeout=5000)
    assert _bar(win, software).counts == {"strong": 0, "weak": 2, "missing": 1, "unknown": 0}
    win.scene.select_links([software])
    text = win.docks.properties_dock.votes_label.text()
    assert "3 votes" in text and "Dissent from the status decided: 33 %" in text

    assert win.voting.close_voting()
    assert project.votes[software].counts()["weak"] == 2
    with pytest.raises(OSError):  # the server has stopped
        _post_vote(url, "dora", software, "strong")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_screenshots_of_the_map_with_live_counts_and_of_the_address(
        language, qapp, qtbot, tmp_path, monkeypatch):
    translators = i18n.install_translators(qapp, language, cache_dir=tmp_path / "qm")
    win = make_window(qapp, qtbot, tmp_path, monkeypatch, language)
    try:
        project = win.document.project
        assert win.voting.open("127.0.0.1", 0, show_address=False)
        box = win.voting.box
        plan = {"Logiciel de perception": "wwmws", "Calculateurs embarqués": "mmmwu",
                "Positionnement GNSS-RTK": "wsw", "Intégration système": "sssw",
                "Certification et sécurité fonctionnelle": "mmwuu"}
        token = {"s": "strong", "w": "weak", "m": "missing", "u": "unknown"}
        for name, votes in plan.items():
            for i, kind in enumerate(votes):
                box.cast(f"p{i}", project.link_by_name(name).id, token[kind])
        qtbot.waitUntil(lambda: len([i for i in win.scene.items()
                                     if isinstance(i, VoteBar)]) == len(plan), timeout=5000)
        win.scene.select_links([project.link_by_name("Calculateurs embarqués").id])
        area = win.scene.card(project.link_by_name("Capteurs LiDAR, radar et caméras").id) \
            .sceneBoundingRect().united(win.scene.card(project.link_by_name(
                "Certification et sécurité fonctionnelle").id).sceneBoundingRect())
        qtbot.wait(50)  # the window's first fit happens once it has its size
        win.view.keep_fitted = False
        win.view.fitInView(area.adjusted(-40, -150, 40, 200))  # the voted cards, readable
        qtbot.wait(50)  # let the offscreen window paint before grabbing it
        shot = win.grab()
        folder = ROOT / "docs" / "screenshots" if KEEP_SHOTS else tmp_path
        assert shot.save(str(folder / f"voting_map_{language}.png"))
        image = shot.toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
                   for y in range(0, image.height(), 2)}
        for status in VOTE_STATUS.values():  # each vote's tint is on screen
            assert QColor(style.STATUS_FILL[status]).name() in colours

        view = AddressView(win.voting.server.url)
        view.resize(720, 820)
        view.show()
        qtbot.waitExposed(view)
        host_port = win.voting.server.url.split("://", 1)[1]
        assert view.address_label.text() + view.token_label.text() == host_port
        assert view.qr_label.pixmap().width() >= 240
        assert view.grab().save(str(folder / f"voting_address_{language}.png"))
        view.close()
    finally:
        close_window(win)
        i18n.remove_translators(qapp, translators)
