"""Test configuration: GUI tests run headless; shared small fixtures.

QT_QPA_PLATFORM is set here, before anything imports Qt, so ``pytest`` alone is headless.
"""

from __future__ import annotations

import os

import atexit  # noqa: E402
import shutil  # noqa: E402
import uuid  # noqa: E402
import tempfile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Settings, recovery files and caches of the test run never touch the user's real folders.
_SANDBOX = tempfile.mkdtemp(prefix="valuechain-tests-")
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())

import pytest  # noqa: E402

from valuechain_gui.model import LinkStatus, Project  # noqa: E402


@pytest.fixture(autouse=True)
def own_partner_directory(tmp_path_factory, monkeypatch):
    """Each test has its own (not yet existing) default partner directory, so a directory made
    by one test (seeded with the starter pôles) never changes what another one matches."""
    folder = tmp_path_factory.mktemp("directory")
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(folder / "partners.sqlite3"))


@pytest.fixture(autouse=True)
def own_instance_name(monkeypatch):
    """Each test has its own single-instance server name: a test that starts the app never
    hands its files to the user's running app, nor to another test's."""
    monkeypatch.setenv("VALUECHAIN_GUI_INSTANCE", f"valuechain-test-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def small_project() -> Project:
    """Four links over the six template stages: sensor → software → vehicle → farms.

    Statuses: sensor weak, software missing, vehicle strong, farms unassessed (end market).
    """
    project = Project.new(language="en", target_market="Autonomous special vehicles")
    stages = project.stages
    names = [("LiDAR sensors", 1), ("Perception software", 2), ("Vehicle integration", 3),
             ("Farms", 5)]
    links = [project.make_link(name, stages[i].id, position=(i * 200.0, 0.0),
                               end_market=name == "Farms") for name, i in names]
    project.add_links(links)
    ids = [link.id for link in links]
    for up, down in zip(ids, ids[1:]):
        project.add_flow(up, down)
    project.set_status([ids[0]], LinkStatus.WEAK)
    project.set_status([ids[1]], LinkStatus.MISSING)
    project.set_status([ids[2]], LinkStatus.STRONG)
    return project
