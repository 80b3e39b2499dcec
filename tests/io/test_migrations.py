"""Format migration chain, proven with a test-only version 2 (no real format change exists yet).

The test step pretends that format 1 called a link's notes ``comment`` and that version 2 renamed
it ``notes``: a v1 file opens under v2, is migrated once, and its original is kept as
``NAME.v1.vchain.bak``, never overwritten.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from valuechain_gui.io import migrations
from valuechain_gui.io.project_file import (
    ProjectFileError,
    load_project,
    load_project_with_info,
    save_project,
    version_backup_path,
)

V1 = Path(__file__).parent.parent / "fixtures" / "format_v1"


def rename_comment_to_notes(data: dict) -> dict:
    """Test-only step 1 → 2: links' ``comment`` becomes ``notes``."""
    for link in data.get("links", []):
        if "comment" in link:
            link["notes"] = link.pop("comment")
    return data


@pytest.fixture
def version_2(monkeypatch):
    """Pretend the application is at format version 2 with one migration step."""
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: rename_comment_to_notes})


def v1_file_with_comment(folder: Path) -> Path:
    data = json.loads((V1 / "extra_keys.vchain").read_text(encoding="utf-8"))
    data["links"][0].pop("notes")
    data["links"][0]["comment"] = "Only one supplier in Europe"
    target = folder / "old.vchain"
    target.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return target


def test_a_v1_file_opens_under_v2_migrated(tmp_path, version_2):
    target = v1_file_with_comment(tmp_path)
    result = load_project_with_info(target)
    assert (result.file_version, result.migrated) == (1, True)
    radar = result.project.links["ln-1"]
    assert radar.notes == "Only one supplier in Europe"
    assert "comment" not in radar.extra
    assert radar.extra == {"maturity": {"trl": 4, "source": "survey 2025"}}  # unknown keys kept


def test_first_save_keeps_the_v1_original_and_a_second_save_does_not_overwrite_it(
        tmp_path, version_2):
    target = v1_file_with_comment(tmp_path)
    original = target.read_bytes()
    project = load_project(target)
    save_project(project, target)
    kept = tmp_path / "old.v1.vchain.bak"
    assert version_backup_path(target, 1) == kept
    assert kept.read_bytes() == original
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 2
    first_save = target.read_bytes()
    project.update_meta(pole_name="Renamed")
    save_project(project, target)
    assert kept.read_bytes() == original  # never overwritten
    assert (tmp_path / "old.vchain.bak").read_bytes() == first_save
    again = load_project_with_info(target)
    assert (again.file_version, again.migrated) == (2, False)
    assert again.project.pole_name == "Renamed"
    assert again.project.links["ln-1"].notes == "Only one supplier in Europe"


def test_an_existing_v1_backup_is_never_replaced(tmp_path, version_2):
    target = v1_file_with_comment(tmp_path)
    kept = tmp_path / "old.v1.vchain.bak"
    kept.write_bytes(b"the very first original")
    save_project(load_project(target), target)
    assert kept.read_bytes() == b"the very first original"


@pytest.mark.parametrize("name", ["full.vchain", "empty.vchain", "extra_keys.vchain"])
def test_every_frozen_v1_fixture_still_opens_under_v2(tmp_path, version_2, name):
    result = load_project_with_info(V1 / name)
    assert (result.file_version, result.migrated) == (1, True)
    copy = tmp_path / name
    shutil.copy(V1 / name, copy)
    save_project(result.project, copy)
    assert load_project(copy) == result.project


def test_newer_than_v2_is_refused_naming_3_and_2(tmp_path, version_2):
    target = tmp_path / "f.vchain"
    target.write_text('{"format": "valuechain-gui-project", "version": 3}', encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(target)
    assert info.value.code == "newer_version"
    assert "format version 3" in str(info.value) and "up to 2" in str(info.value)


def test_a_failing_or_missing_step_is_a_typed_error(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 3)

    def broken(data: dict) -> dict:
        raise KeyError("stages")

    monkeypatch.setattr(migrations, "MIGRATIONS", {1: rename_comment_to_notes, 2: broken})
    with pytest.raises(ProjectFileError) as info:
        load_project(V1 / "full.vchain")
    assert (info.value.code, info.value.location) == ("migration_failed", "version")
    assert "version 1" in info.value.message and "version 3" in info.value.message
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: rename_comment_to_notes})
    with pytest.raises(ProjectFileError) as info:
        load_project(V1 / "full.vchain")
    assert "no migration from format version 2" in info.value.message


def test_migrate_does_not_touch_its_input(version_2):
    data = {"format": "valuechain-gui-project", "version": 1,
            "links": [{"id": "l", "comment": "x"}]}
    out = migrations.migrate(data, 1)
    assert out["links"][0] == {"id": "l", "notes": "x"}
    assert out["version"] == 2
    assert data["links"][0] == {"id": "l", "comment": "x"}


def test_at_the_current_version_nothing_is_migrated():
    assert migrations.CURRENT_VERSION == 1
    result = load_project_with_info(V1 / "full.vchain")
    assert result.migrated is False
