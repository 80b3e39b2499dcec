"""``valuechain-gui snapshot`` and ``diff``: a snapshot saved into the file, the exact lines of
what changed since, and the exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.model import LinkStatus

SAMPLE = (Path(__file__).parent.parent.parent / "sample_projects"
          / "autonomous_special_vehicles.vchain")


def _changed_copy(tmp_path: Path) -> Path:
    """The worked example with a snapshot "Atelier 2025", then changed: a missing link now weak,
    a link renamed, a flow removed."""
    path = tmp_path / "chain.vchain"
    shutil.copy(SAMPLE, path)
    assert main(["snapshot", str(path), "--label", "Atelier 2025"]) == 0
    project = load_project(path)
    assert [s.label for s in project.snapshots] == ["Atelier 2025"]
    gnss = project.link_by_name("Positionnement GNSS-RTK")
    computers = project.link_by_name("Calculateurs embarqués")
    project.set_status([computers.id], LinkStatus.WEAK)
    project.update_link(gnss.id, name="Positionnement GNSS")
    project.remove_flows([next(k for k in project.flows if gnss.id in k)])
    save_project(project, path)
    return path


def test_diff_with_a_snapshot_prints_one_line_per_change_in_the_project_language(tmp_path,
                                                                                  capsys):
    path = _changed_copy(tmp_path)
    capsys.readouterr()
    assert main(["diff", f"{path}#Atelier 2025", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[:2] == [
        "Maillon renommé : Positionnement GNSS-RTK → Positionnement GNSS",
        "Statut modifié : Calculateurs embarqués, manquant → faible",
    ]
    assert lines[2].startswith("Flux supprimé : Positionnement GNSS → ")
    assert main(["diff", f"{path}#atelier 2025", str(path), "--lang", "en"]) == 0
    english = capsys.readouterr()[0].splitlines()
    assert english[1] == "Status changed: Calculateurs embarqués, missing → weak"


def test_diff_of_a_file_with_itself_says_no_change(tmp_path, capsys):
    assert main(["diff", str(SAMPLE), str(SAMPLE), "--lang", "en"]) == 0
    assert capsys.readouterr()[0] == "No change.\n"


def test_bad_inputs_exit_1_and_bad_usage_2(tmp_path, capsys):
    path = _changed_copy(tmp_path)
    capsys.readouterr()
    assert main(["diff", f"{path}#Atelier 2030", str(path)]) == 1
    assert capsys.readouterr()[1] == (f"{path}: no snapshot labelled 'Atelier 2030' "
                                      "(snapshots: 'Atelier 2025')\n")
    assert main(["diff", str(tmp_path / "none.vchain"), str(path)]) == 1
    assert main(["diff", str(path)]) == 2
    assert main(["diff", "#Atelier", str(path)]) == 2
    assert main(["snapshot", str(path), "--label", " "]) == 2
    assert main(["snapshot", str(path)]) == 2


def test_snapshot_keeps_the_file_when_the_save_fails(tmp_path, monkeypatch, capsys):
    path = tmp_path / "chain.vchain"
    shutil.copy(SAMPLE, path)
    before = path.read_bytes()
    import valuechain_gui.io.project.atomic as atomic

    def refuse(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    assert main(["snapshot", str(path), "--label", "x"]) == 1
    assert path.read_bytes() == before


def test_snapshot_does_not_write_a_file_open_elsewhere(tmp_path, capsys):
    from valuechain_gui.io.project.file_lock import ProjectLock

    path = tmp_path / "chain.vchain"
    shutil.copy(SAMPLE, path)
    before = path.read_bytes()
    holder = ProjectLock(path)
    holder.acquire()  # as a window holding the file open would
    try:
        assert main(["snapshot", str(path), "--label", "x"]) == 1
    finally:
        holder.release()
    err = capsys.readouterr().err
    assert err.startswith(f"{path}: open in another window or process") and err.count("\n") == 1
    assert path.read_bytes() == before


def test_a_file_name_with_a_hash_and_a_label_with_one(tmp_path, capsys):
    path = tmp_path / "pôle #2.vchain"
    shutil.copy(SAMPLE, path)
    assert main(["snapshot", str(path), "--label", "Atelier #1"]) == 0
    capsys.readouterr()
    assert main(["diff", f"{path}#Atelier #1", str(path), "--lang", "en"]) == 0
    assert capsys.readouterr()[0] == "No change.\n"
