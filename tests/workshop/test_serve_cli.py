"""``valuechain-gui workshop serve``: votes through HTTP, SIGTERM, the counts in the file."""

from __future__ import annotations

import json
import os
from datetime import date
import shutil
import stat
from pathlib import Path

import pytest

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import Vote

SAMPLE = Path(__file__).parents[2] / "sample_projects" / "autonomous_special_vehicles.vchain"


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "atelier.vchain"
    shutil.copyfile(SAMPLE, path)
    return path


def test_serve_then_votes_through_http_then_sigterm_saves_the_counts(project_file, tmp_path,
                                                                     serve_project):
    links = list(load_project(project_file).links)
    token_file = tmp_path / "token.txt"
    serving = serve_project(project_file, "--token-file", str(token_file))
    try:
        assert serving.token == token_file.read_text().strip()
        assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
        assert serving.vote("ana", links[0], "weak", "<b>pas assez</b>") == 200
        assert serving.vote("bob", links[0], "strong") == 200
        assert serving.vote("ana", links[0], "missing") == 200  # ana changes her vote
        assert serving.vote("ana", links[5], "unknown") == 200
    finally:
        code, out, err = serving.stop()
    assert code == 0, err
    assert "3 votes on 2 links saved" in out
    project = load_project(project_file)
    assert project.votes[links[0]].counts() == {Vote.STRONG: 1, Vote.WEAK: 0, Vote.MISSING: 1,
                                                 Vote.UNKNOWN: 0}
    assert project.votes[links[5]].counts()[Vote.UNKNOWN] == 1
    assert len(project.links) == 27 and len(project.actions) == len(
        load_project(SAMPLE).actions)  # the rest of the project is as it was


def test_a_token_file_given_is_used_as_it_is_stripped(project_file, tmp_path, serve_project):
    token_file = tmp_path / "token.txt"
    token_file.write_text("\n  " + "s3cret-" * 6 + "  \n")
    serving = serve_project(project_file, "--token-file", str(token_file))
    try:
        assert serving.token == "s3cret-" * 6
    finally:
        code, out, _ = serving.stop()
    assert code == 0 and "no new vote; the file is unchanged" in out
    assert "votes" not in json.loads(project_file.read_text(encoding="utf-8"))


def test_a_short_token_file_or_a_missing_project_is_refused_with_one_line(project_file, tmp_path,
                                                                          capsys):
    token_file = tmp_path / "token.txt"
    token_file.write_text("too short")
    assert main(["workshop", "serve", str(project_file), "--token-file", str(token_file)]) == 1
    err = capsys.readouterr().err
    assert "32 printable ASCII" in err and len(err.strip().splitlines()) == 1
    assert main(["workshop", "serve", str(tmp_path / "none.vchain")]) == 1


def test_help_says_it_is_the_voting_page_not_the_relay(capsys):
    assert main(["workshop", "serve", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "voting page" in text and "co-editing relay" in text


def test_votes_are_kept_aside_when_the_project_cannot_be_saved(project_file, serve_project):
    from valuechain_gui.io.project.file_lock import ProjectLock

    link = next(iter(load_project(project_file).links))
    before = project_file.read_bytes()
    serving = serve_project(project_file)
    try:
        assert serving.vote("ana", link, "weak", "à renforcer") == 200
    finally:
        with ProjectLock(project_file):  # the file is open elsewhere when serve stops
            code, _, err = serving.stop()
    assert code == 1 and "open in another window or process" in err
    assert project_file.read_bytes() == before
    [aside] = project_file.parent.glob("atelier.votes-*.json")
    assert json.loads(aside.read_text(encoding="utf-8")) == {"votes": [{
        "link_id": link, "date": date.today().isoformat(),
        "ballots": [{"participant": "ana", "vote": "weak", "comment": "à renforcer",
                     "name": ""}]}]}
    assert str(aside) in err
