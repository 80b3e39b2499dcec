"""Format migrations: the real step 1 → 2 (the project's settings) on the frozen v1 fixtures, and
the migration chain proven with a test-only next version.

The test-only step pretends that the current format called a link's notes ``comment`` and that
the next version renamed it ``notes``: a current-version file opens under the next version, is
migrated once, and its original is kept as ``NAME.v{N}.vchain.bak``, never overwritten.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from valuechain_gui.io.project import migrations
from valuechain_gui.io.project.file import (
    ProjectFileError,
    load_project,
    load_project_with_info,
    save_project,
    version_backup_path,
)

V1 = Path(__file__).parents[2] / "fixtures" / "format_v1"
V2 = Path(__file__).parents[2] / "fixtures" / "format_v2"
CURRENT = migrations.CURRENT_VERSION
NEXT = CURRENT + 1
REAL_STEPS = dict(migrations.MIGRATIONS)


# ------------------------------------------------------------------ the real step 1 → 2
@pytest.mark.parametrize("name", ["full.vchain", "empty.vchain", "extra_keys.vchain"])
def test_every_frozen_v1_fixture_opens_with_the_default_weights(tmp_path, name):
    result = load_project_with_info(V1 / name)
    assert (result.file_version, result.migrated) == (1, True)
    settings = result.project.settings
    assert (settings.missing_weight, settings.weak_weight, settings.extra) == (1.0, 0.6, {})
    copy = tmp_path / name
    shutil.copy(V1 / name, copy)
    save_project(result.project, copy)
    assert (tmp_path / f"{name[:-len('.vchain')]}.v1.vchain.bak").read_bytes() == (
        V1 / name).read_bytes()
    again = load_project_with_info(copy)
    assert (again.file_version, again.migrated) == (CURRENT, False)
    assert again.project == result.project


def test_the_step_adds_settings_and_keeps_every_other_key():
    data = json.loads((V1 / "extra_keys.vchain").read_text(encoding="utf-8"))
    out = migrations.add_settings(json.loads(json.dumps(data)))
    assert out["settings"] == {"missing_weight": 1.0, "weak_weight": 0.6}
    assert {k: v for k, v in out.items() if k not in ("settings", "version")} == {
        k: v for k, v in data.items() if k != "version"}


def test_a_v1_settings_key_is_kept():
    # a v1 file may carry a "settings" key it did not know (kept as unknown): its keys survive
    data = {"format": "valuechain-gui-project", "version": 1,
            "settings": {"weak_weight": 0.4, "theme": "dark"}}
    assert migrations.migrate(data, 1)["settings"] == {
        "weak_weight": 0.4, "theme": "dark", "missing_weight": 1.0, "country": "FR",
        "region": ""}
    other = {"format": "valuechain-gui-project", "version": 1, "settings": ["a", "b"]}
    out = migrations.migrate(other, 1)
    assert (out["settings"], out["settings_v1"]) == (
        {"missing_weight": 1.0, "weak_weight": 0.6, "country": "FR", "region": ""}, ["a", "b"])


def test_a_bad_weight_in_a_v2_file_is_refused_with_its_place(tmp_path):
    data = json.loads((V2 / "full.vchain").read_text(encoding="utf-8"))
    data["settings"]["weak_weight"] = 1.5
    target = tmp_path / "bad.vchain"
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(target)
    assert (info.value.code, info.value.location) == ("invalid", "settings.weak_weight")
    assert "expected a number from 0 to 1" in str(info.value)


# ------------------------------------------------------------------ the chain, with a test step
def rename_comment_to_notes(data: dict) -> dict:
    """Test-only step CURRENT → NEXT: links' ``comment`` becomes ``notes``."""
    for link in data.get("links", []):
        if "comment" in link:
            link["notes"] = link.pop("comment")
    return data


@pytest.fixture
def next_version(monkeypatch):
    """Pretend the application is one format version further, with one more step."""
    monkeypatch.setattr(migrations, "CURRENT_VERSION", NEXT)
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        {**migrations.MIGRATIONS, CURRENT: rename_comment_to_notes})


def current_file_with_comment(folder: Path) -> Path:
    data = json.loads((V1 / "extra_keys.vchain").read_text(encoding="utf-8"))
    for version in range(1, CURRENT):  # brought to the current version by the real steps
        data = REAL_STEPS[version](data)
    data["version"] = CURRENT
    data["links"][0].pop("notes")
    data["links"][0]["comment"] = "Only one supplier in Europe"
    target = folder / "old.vchain"
    target.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return target


def test_a_current_file_opens_under_the_next_version_migrated(tmp_path, next_version):
    target = current_file_with_comment(tmp_path)
    result = load_project_with_info(target)
    assert (result.file_version, result.migrated) == (CURRENT, True)
    radar = result.project.links["ln-1"]
    assert radar.notes == "Only one supplier in Europe"
    assert "comment" not in radar.extra
    assert radar.extra == {"maturity": {"trl": 4, "source": "survey 2025"}}  # unknown keys kept


def test_first_save_keeps_the_original_and_a_second_save_does_not_overwrite_it(
        tmp_path, next_version):
    target = current_file_with_comment(tmp_path)
    original = target.read_bytes()
    project = load_project(target)
    save_project(project, target)
    kept = tmp_path / f"old.v{CURRENT}.vchain.bak"
    assert version_backup_path(target, CURRENT) == kept
    assert kept.read_bytes() == original
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == NEXT
    first_save = target.read_bytes()
    project.update_meta(pole_name="Renamed")
    save_project(project, target)
    assert kept.read_bytes() == original  # never overwritten
    assert (tmp_path / "old.vchain.bak").read_bytes() == first_save
    again = load_project_with_info(target)
    assert (again.file_version, again.migrated) == (NEXT, False)
    assert again.project.pole_name == "Renamed"
    assert again.project.links["ln-1"].notes == "Only one supplier in Europe"


def test_an_existing_backup_is_never_replaced(tmp_path, next_version):
    target = current_file_with_comment(tmp_path)
    kept = tmp_path / f"old.v{CURRENT}.vchain.bak"
    kept.write_bytes(b"the very first original")
    save_project(load_project(target), target)
    assert kept.read_bytes() == b"the very first original"


@pytest.mark.parametrize("folder, name", [(V1, "full.vchain"), (V1, "empty.vchain"),
                                          (V1, "extra_keys.vchain"), (V2, "full.vchain")])
def test_every_frozen_fixture_still_opens_under_the_next_version(tmp_path, next_version,
                                                                 folder, name):
    result = load_project_with_info(folder / name)
    assert result.migrated is True
    copy = tmp_path / name
    shutil.copy(folder / name, copy)
    save_project(result.project, copy)
    assert load_project(copy) == result.project


def test_newer_than_the_next_version_is_refused_naming_both(tmp_path, next_version):
    target = tmp_path / "f.vchain"
    target.write_text(f'{{"format": "valuechain-gui-project", "version": {NEXT + 1}}}',
                      encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(target)
    assert info.value.code == "newer_version"
    assert (f"format version {NEXT + 1}" in str(info.value)
            and f"up to {NEXT}" in str(info.value))


def test_a_failing_or_missing_step_is_a_typed_error(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "CURRENT_VERSION", NEXT + 1)

    def broken(data: dict) -> dict:
        raise KeyError("stages")

    steps = {**migrations.MIGRATIONS, CURRENT: rename_comment_to_notes, NEXT: broken}
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    with pytest.raises(ProjectFileError) as info:
        load_project(V1 / "full.vchain")
    assert (info.value.code, info.value.location) == ("migration_failed", "version")
    assert "version 1" in info.value.message and f"version {NEXT + 1}" in info.value.message
    del steps[NEXT]
    with pytest.raises(ProjectFileError) as info:
        load_project(V1 / "full.vchain")
    assert f"no migration from format version {NEXT}" in info.value.message


def test_migrate_does_not_touch_its_input(next_version):
    data = {"format": "valuechain-gui-project", "version": CURRENT,
            "links": [{"id": "l", "comment": "x"}]}
    out = migrations.migrate(data, CURRENT)
    assert out["links"][0] == {"id": "l", "notes": "x"}
    assert out["version"] == NEXT
    assert data["links"][0] == {"id": "l", "comment": "x"}


def test_at_the_current_version_nothing_is_migrated():
    assert migrations.CURRENT_VERSION == 4
    result = load_project_with_info(V2.parent / "format_v4" / "full.vchain")
    assert result.migrated is False


def test_version_3_files_get_an_id_that_the_same_content_always_gets():
    data = {"format": "valuechain-gui-project", "version": 3, "target_market": "Hydrogène"}
    first, second = migrations.migrate(data, 3), migrations.migrate(data, 3)
    assert first["id"] == second["id"] and str(uuid.UUID(first["id"])) == first["id"]
    assert "id" not in data  # the input is not changed
    other = migrations.migrate({**data, "target_market": "Batteries"}, 3)
    assert other["id"] != first["id"]


def test_a_version_3_id_is_kept_and_one_of_another_shape_is_set_aside():
    kept = migrations.migrate({"version": 3, "id": "room-of-a-shared-file"}, 3)
    assert kept["id"] == "room-of-a-shared-file"
    odd = migrations.migrate({"version": 3, "id": 42}, 3)
    assert odd["id_v3"] == 42 and uuid.UUID(odd["id"])


def test_a_project_made_here_gets_its_id_on_its_first_save_and_keeps_it(tmp_path, small_project):
    assert "id" not in small_project.extra
    target = tmp_path / "new.vchain"
    save_project(small_project, target)
    given = json.loads(target.read_text(encoding="utf-8"))["id"]
    save_project(small_project, target)
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == given == str(uuid.UUID(given))
