"""The real window on a real X server (Xvfb), driven with real key and mouse events (xdotool).

Offscreen, Qt hands synthetic events straight to a widget: menus never grab the keyboard and
shortcuts are matched differently, so the key-routing bugs below only show on X11. Each test
starts the application in a subprocess (:mod:`x11_testing`) on the sample project.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from x11_testing import AppDriver, xdotool, xvfb_display  # noqa: F401 - xvfb_display is a fixture

SAMPLE = Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain"
SENSORS = "Capteurs LiDAR, radar et caméras"
#: The map's single keys (CanvasView actions), as xdotool names them. Left/Right are left out:
#: in a menu they open the neighbouring menu, which the sweep does not follow.
#: X key names of the accented letters a French keyboard types with one key (À propos: à).
KEYSYMS = {"à": "agrave", "é": "eacute", "è": "egrave", "ç": "ccedilla", "ù": "ugrave"}
MAP_KEYS = ("1", "2", "3", "0", "s", "f", "Delete", "BackSpace", "Insert", "F2", "Up", "Down")


@pytest.fixture
def start_app(xvfb_display, tmp_path):  # noqa: F811 - the fixture imported above
    """``start(language, size)``: the sample (a copy) open in the real window on Xvfb."""
    drivers: list[AppDriver] = []

    def start(language: str = "fr", size: tuple[int, int] = (1280, 680)) -> AppDriver:
        project = tmp_path / f"sample-{len(drivers)}.vchain"
        shutil.copy(SAMPLE, project)
        driver = AppDriver(xvfb_display, project, language, size,
                           tmp_path / f"app-{len(drivers)}.log")
        drivers.append(driver)
        return driver

    yield start
    for driver in drivers:
        driver.close()


def open_menu(app: AppDriver, menu: dict) -> dict:
    state = app.keys(f"alt+{menu['mnemonic']}")
    assert state["popup"] is not None and state["popup"]["title"] == menu["title"], state
    return state


@pytest.mark.parametrize("language", ["fr", "en"])
def test_x11_every_menu_mnemonic_chooses_its_entry_and_no_map_key_fires(start_app, language):
    app = start_app(language)
    app.command("select", SENSORS)
    menus = app.command("menus")
    app.command("probe")  # entries record that they were chosen instead of acting
    for menu in menus:
        assert menu["mnemonic"] and menu["mnemonic"].isascii(), menu["title"]
        letters = [e["mnemonic"] for e in menu["entries"] if e["mnemonic"]]
        assert len(letters) == len(set(letters)), f"{menu['title']}: a letter used twice"
        for entry in menu["entries"]:
            if not entry["mnemonic"]:
                continue
            app.command("close_popups")
            app.command("clear")
            open_menu(app, menu)
            state = app.keys(KEYSYMS.get(entry["mnemonic"], entry["mnemonic"]))
            where = f"{menu['title']} then {entry['mnemonic']}"
            if entry["submenu"]:
                assert state["popup"] and state["popup"]["title"] == entry["text"], where
                assert state["triggered"] == [], where
            else:
                assert state["triggered"] == [entry["id"]], where
        # the map's keys typed in the open menu: none of them reaches the map
        app.command("close_popups")
        app.command("clear")
        open_menu(app, menu)
        keys = [key for key in MAP_KEYS if key not in letters]
        state = app.keys(*keys)
        assert [i for i in state["triggered"] if i.startswith("view:")] == [], menu["title"]
        assert state["popup"] is not None, f"{menu['title']} closed by {keys}"
    app.command("close_popups")
    assert app.keys("s")["triggered"] == ["view:strategic"]  # the map still has its keys


def test_x11_menu_letters_open_dialogs_and_leave_the_map_alone(start_app):
    app = start_app("fr")
    app.command("select", SENSORS)
    state = app.keys("alt+f")
    state = app.keys("s")  # Fichier > Enregistrer sous
    assert state["modal"] is not None and state["modal"]["class"] == "QFileDialog", state
    assert state["undo"] == []  # the link was not made strategic
    app.command("close_popups")
    app.keys("alt+d")
    state = app.keys("f")  # Édition > Préférences
    assert state["modal"] is not None and state["modal"]["title"] == "Préférences", state
    assert state["undo"] == []  # no flow drawn
    state = app.keys("s", "1", "Delete")  # typed in the dialog: the map does not hear them
    assert state["modal"] is not None and state["undo"] == [], state
    app.command("close_popups")
    app.keys("alt+d")
    state = app.keys("Return")  # the highlighted entry is the (disabled) Annuler: nothing
    assert state["undo"] == [] and state["links"] == 27, state
    assert state["selected"] == [SENSORS]
    app.command("close_popups")
    card = app.command("card", SENSORS)  # the context menu: right button on the card
    xdotool(app.display, "mousemove", *map(str, card["centre"]), "click", "3")
    state = app.wait_until(lambda s: s["popup"] is not None, what="the context menu")
    state = app.keys("s")
    assert state["undo"] == [], state
    app.command("close_popups")


def disc_points(centre: list[int], radius: float) -> list[tuple[int, int]]:
    """Points over a handle's visible disc and just around it: the centre, three rings at 8
    angles (the inner side faces the card), and a ring 2 px outside the disc."""
    points = [(centre[0], centre[1])]
    for ring in (radius * 0.4, radius * 0.75, radius - 0.5, radius + 2):
        for step in range(8):
            angle = step * math.pi / 4
            points.append((round(centre[0] + ring * math.cos(angle)),
                           round(centre[1] + ring * math.sin(angle))))
    return list(dict.fromkeys(points))


def test_x11_the_whole_connection_handle_starts_a_flow(start_app):
    app = start_app("fr", (1920, 1050))  # a 1080p screen, the map fitted
    app.command("fit")
    source, target = SENSORS, "Planification de trajectoire"
    assert [source, target] not in app.command("flows")
    app.command("select", source)  # the handle shows on a selected card
    card = app.command("card", source)
    goal = app.command("card", target)["centre"]
    radius = card["handle_radius_px"] + 0.75  # the 1.5-px outline is visible too
    failed = []
    for point in disc_points(card["handle"], radius):
        app.command("select", source)
        app.drag(point, tuple(goal))
        if [source, target] in app.command("flows"):
            app.command("undo")
        else:
            failed.append(point)
    assert failed == [], f"no flow from {failed} (handle at {card['handle']}, r={radius:.1f})"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_x11_the_window_fits_a_1280_by_720_screen(start_app, tmp_path, language):
    app = start_app(language, (1280, 680))
    app.command("select", SENSORS)  # the link form shows
    geometry = app.command("geometry")
    assert geometry["size"] == [1280, 680]
    assert geometry["minimum"][0] <= 1280 and geometry["minimum"][1] <= 680
    assert geometry["status_bottom"] is not None and geometry["status_bottom"] < 680
    assert app.command("grab", str(tmp_path / f"window-1280x680-{language}.png"))["saved"]


def test_x11_presenter_mode_fills_the_screen_without_a_window_manager(start_app):
    """F5 on an X server with no window manager (a kiosk, this Xvfb): nothing honours the
    full-screen request, yet the map covers the whole screen; Escape gives the size back."""
    app = start_app("fr", (1280, 680))
    app.command("select", SENSORS)
    before = app.state()["geometry"]
    app.keys("F5")
    state = app.wait_until(lambda s: s["presenting"] and s["geometry"][2:] == [1920, 1080])
    assert state["geometry"] == [0, 0, 1920, 1080]
    app.keys("Escape")
    state = app.wait_until(lambda s: not s["presenting"] and s["geometry"][2:] == before[2:])
    assert state["selected"] == [SENSORS]
