"""QA texts: whole-file errors show no stray place, recovery counts use real English plurals.

The "newer version" box ended with "(at version)" (the JSON key read, shown as a place); the
recovery dialog read "18 link(s), 23 flow(s)".
"""

from __future__ import annotations

import json

import pytest

from valuechain_gui.io.project.codec import FORMAT_NAME, ProjectFileError
from valuechain_gui.io.project.file import loads_project
from valuechain_gui.ui.text import messages
from valuechain_gui.ui.shell import recovery


def load_error(document: object) -> ProjectFileError:
    with pytest.raises(ProjectFileError) as caught:
        loads_project(json.dumps(document).encode(), "/p/chain.vchain")
    return caught.value


@pytest.mark.parametrize(("document", "code"), [
    ({"format": FORMAT_NAME, "version": 999}, "newer_version"),
    ({"format": FORMAT_NAME, "version": "two"}, "bad_version"),
    ({"format": "something-else", "version": 1}, "not_a_project"),
])
def test_whole_file_errors_name_no_place(english, document, code):
    error = load_error(document)
    assert error.code == code
    text = messages.error_text(error)
    assert "(at " not in text
    assert len(text.splitlines()) == 1
    if code == "newer_version":
        assert "999" in text


def test_errors_inside_the_file_still_say_where(english):
    error = ProjectFileError("invalid", "{expected}", location="links[3].status",
                             expected="expected one of strong, weak, missing", more=0)
    assert messages.error_text(error).endswith("\n(at links[3].status)")


@pytest.mark.parametrize(("counts", "expected"), [
    ({"links": 18, "flows": 23, "actions": 2}, "18 links, 23 flows, 2 actions"),
    ({"links": 1, "flows": 1, "actions": 1}, "1 link, 1 flow, 1 action"),
])
def test_recovery_counts_use_plurals(english, counts, expected):
    assert recovery._counts_text(counts) == expected
