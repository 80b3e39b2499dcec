"""The voting page in a real browser: Debian's headless Chromium driven by Selenium, one
profile per participant (three phones), against the in-process server and ``workshop serve``."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.wait import WebDriverWait

from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import Vote
from valuechain_gui.workshop import BallotBox, new_token
from valuechain_gui.workshop.server import VotingServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SAMPLE = Path(__file__).parents[2] / "sample_projects" / "autonomous_special_vehicles.vchain"
WAIT = 20  # seconds, at most, for anything the page shows
MARKUP = '<img src=x onerror="document.title=\'pwned\'"><b>gras</b>'


def browser(profile: Path) -> WebDriver:
    """A headless Chromium with its own profile, at a phone's size."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        assert path.exists(), f"{path} is missing: install Debian's {package} (.ci/run does)"
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", f"--user-data-dir={profile}", "--window-size=390,844",
                     "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT)
    return driver


@pytest.fixture(scope="module")
def phones(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[WebDriver]]:
    """Three participants' browsers, each with its own profile (its own anonymous id)."""
    drivers: list[WebDriver] = []
    try:
        for k in range(3):
            drivers.append(browser(tmp_path_factory.mktemp(f"profile{k}")))
        yield drivers
    finally:
        for driver in drivers:
            driver.quit()


def wait(driver: WebDriver, condition, message: str):
    """Wait for ``condition``; the page redraws its cards as it polls the server, so an element
    found a moment ago may be gone (stale): the condition is then simply tried again."""
    return WebDriverWait(driver, WAIT, poll_frequency=0.1,
                         ignored_exceptions=(StaleElementReferenceException,)).until(
        condition, message)


def click(driver: WebDriver, selector: str) -> None:
    """Click the element at ``selector``, finding it again if the page redrew it meanwhile."""
    wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, selector).click() or True,
         f"could not click {selector}")


def vote(driver: WebDriver, link_id: str, choice: str, comment: str | None = None) -> None:
    """Vote ``choice`` on the card of ``link_id`` and wait for the page to say it is saved."""
    card = f'section[data-link="{link_id}"]'
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, f"{card} button"),
         f"no card for {link_id}")
    if comment is not None:
        field = driver.find_element(By.CSS_SELECTOR, f"{card} input")
        field.clear()
        field.send_keys(comment)
    click(driver, f'{card} button[data-vote="{choice}"]')
    wait(driver, lambda d: d.find_element(
        By.CSS_SELECTOR, f'{card} button[data-vote="{choice}"]').get_attribute(
        "aria-pressed") == "true", f"the {choice} vote on {link_id} was not saved")


def test_three_participants_vote_and_one_changes_in_the_ballot_box(phones):
    box = BallotBox([("c", "Capteurs LiDAR", "weak"), ("i", "Intégration", "unassessed")])
    server = VotingServer(box, "127.0.0.1", 0, new_token())
    server.start()
    try:
        for phone in phones:
            phone.get(server.url)
        ana, bob, chloe = phones
        assert wait(ana, lambda d: d.find_element(By.ID, "title").text, "no title") == (
            "Vote de la salle")
        vote(ana, "c", "strong", MARKUP)
        vote(bob, "c", "weak")
        vote(chloe, "c", "missing")
        vote(chloe, "c", "weak")  # changes her mind
        assert box.counts("c") == {Vote.STRONG: 1, Vote.WEAK: 2, Vote.MISSING: 0,
                                   Vote.UNKNOWN: 0}
        assert [b.comment for b in box.ballots("c")] == [MARKUP, "", ""]
        # comments are shown to the others only when the facilitator says so, as text
        assert not bob.find_elements(By.CSS_SELECTOR, ".comments li")
        box.show_comments = True
        shown = wait(bob, lambda d: [li.text for li in d.find_elements(
            By.CSS_SELECTOR, ".comments li")], "the room's comments were not shown")
        assert shown[0] == MARKUP
        assert not bob.find_elements(By.CSS_SELECTOR, ".comments img, .comments b")
        assert bob.title != "pwned"
        # the facilitator pushes the link under discussion; the switch turns the page English
        box.set_current("i")
        wait(bob, lambda d: d.find_element(By.CSS_SELECTOR, "section.card").get_attribute(
            "data-link") == "i", "the pushed link did not come first")
        click(bob, "#lang-en")
        wait(bob, lambda d: d.find_element(By.CSS_SELECTOR, "section.current .badge").text == (
            "Under discussion"), "the badge of the link under discussion is not in English")
        box.close_link("i")
        wait(bob, lambda d: not d.find_element(
            By.CSS_SELECTOR, 'section[data-link="i"] button').is_enabled(),
            "a closed link still takes votes")
    finally:
        server.stop()


def test_workshop_serve_saves_the_browsers_votes_on_sigterm(phones, tmp_path, serve_project):
    project_file = tmp_path / "atelier.vchain"
    shutil.copyfile(SAMPLE, project_file)
    first, second = list(load_project(project_file).links)[:2]
    serving = serve_project(project_file)
    try:
        for phone in phones:
            phone.get(serving.url)
        ana, bob, chloe = phones
        vote(ana, first, "missing", "personne ici")
        vote(bob, first, "missing")
        vote(chloe, first, "strong")
        vote(chloe, first, "unknown")  # changes her mind
        vote(ana, second, "weak")
    finally:
        code, out, err = serving.stop()
    assert code == 0, err
    saved = load_project(project_file).votes
    assert saved[first].counts() == {Vote.STRONG: 0, Vote.WEAK: 0, Vote.MISSING: 2,
                                     Vote.UNKNOWN: 1}
    assert saved[second].counts()[Vote.WEAK] == 1
    data = json.loads(project_file.read_text(encoding="utf-8"))
    assert [b["comment"] for b in data["votes"][0]["ballots"]] == ["personne ici", "", ""]
