"""``.ci/run`` installs what the tests load and stops when it cannot.

CI runs on a machine that may be bare: a system library that is missing there must either be
installed by ``.ci/run`` or stop it with a message naming the package, never be skipped silently.
The script is run here in a sandbox whose PATH holds stand-ins for ``apt-get``, ``dpkg-query``
and ``python3`` (so nothing is installed and no test suite is started), plus the few real tools
the script uses.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CI_RUN = ROOT / ".ci" / "run"
README = ROOT / "README.md"
#: The real tools the script may call besides the stand-ins.
TOOLS = ("bash", "dirname", "basename", "tr", "id", "env")


def ci_packages() -> list[str]:
    """The packages in ``.ci/run``'s SYSTEM_PACKAGES list (comments left out)."""
    block = re.search(r"SYSTEM_PACKAGES=\((.*?)\n\)", CI_RUN.read_text("utf-8"), re.S)
    assert block, "SYSTEM_PACKAGES=( ... ) not found in .ci/run"
    words = []
    for line in block.group(1).splitlines():
        words += line.split("#", 1)[0].split()
    return words


def readme_test_command() -> str:
    text = README.read_text("utf-8")
    after = text.split("Run the tests (headless):", 1)[1]
    return next(line.strip() for line in after.splitlines() if line.strip())


def sandbox(tmp_path: Path, *, apt_get: str | None, installed: bool) -> tuple[Path, dict]:
    """A copy of the repository's ``.ci/run`` in ``tmp_path/repo`` and a PATH of stand-ins.

    Args:
        apt_get: the stand-in ``apt-get``'s shell body (None: no apt-get on PATH).
        installed: what the stand-in ``dpkg-query`` says of every package.
    """
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    shutil.copy(CI_RUN, repo / ".ci" / "run")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        (bin_dir / tool).symlink_to(shutil.which(tool))
    log = tmp_path / "calls.log"

    def stand_in(name: str, body: str) -> None:
        script = bin_dir / name
        script.write_text(f"#!{shutil.which('bash')}\necho \"{name} $*\" >> {log}\n{body}\n")
        script.chmod(0o755)

    if apt_get is not None:
        stand_in("apt-get", apt_get)
    status = "install ok installed" if installed else "unknown ok not-installed"
    stand_in("dpkg-query", f"printf '%s' '{status}'")
    # python3 -m venv .venv: make a .venv whose pip and python only record their arguments
    recorder = f"#!{shutil.which('bash')}\necho \"$(basename \"$0\") $*\" >> {log}\n"
    stand_in("python3", f"{shutil.which('mkdir')} -p .venv/bin\nfor tool in pip python; do "
                        f"printf '%s' '{recorder}' > .venv/bin/$tool; "
                        f"{shutil.which('chmod')} +x .venv/bin/$tool; done")
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    return repo, env


def run(repo: Path, env: dict) -> tuple[subprocess.CompletedProcess, str]:
    done = subprocess.run([shutil.which("bash"), str(repo / ".ci" / "run")], env=env,
                          capture_output=True, text=True, timeout=60, cwd=repo)
    log = repo.parent / "calls.log"
    return done, log.read_text() if log.exists() else ""


def test_a_failed_install_stops_ci_with_the_packages_named(tmp_path):
    repo, env = sandbox(tmp_path, apt_get="exit 100", installed=False)
    done, calls = run(repo, env)
    assert done.returncode != 0
    assert "FAILED" in done.stderr and "libxcb-icccm4" in done.stderr
    if os.geteuid() == 0:  # (not root: refused before apt-get, sudo being absent here)
        assert "apt-get update" in calls
    assert "python3" not in calls and "pytest" not in calls  # the tests never started


def test_installed_packages_need_no_apt_and_the_readme_command_runs(tmp_path):
    repo, env = sandbox(tmp_path, apt_get="exit 100", installed=True)
    done, calls = run(repo, env)
    assert done.returncode == 0, done.stderr
    assert "apt-get" not in calls  # nothing to install: no root needed
    assert "python -m pytest -q" in calls


def test_without_apt_get_it_says_so_and_runs_the_tests(tmp_path):
    repo, env = sandbox(tmp_path, apt_get=None, installed=False)
    done, calls = run(repo, env)
    assert done.returncode == 0, done.stderr
    assert "apt-get not found" in done.stderr
    assert "python -m pytest -q" in calls


def test_ci_runs_the_readme_test_command_verbatim_then_builds_and_smoke_tests_the_app():
    lines = [line for line in CI_RUN.read_text("utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    assert lines[-3:] == [readme_test_command(), ".venv/bin/python tools/build_app.py",
                          ".venv/bin/python tools/smoke_app.py"]


def test_the_app_is_built_and_smoke_tested_only_after_the_tests_passed(tmp_path):
    repo, env = sandbox(tmp_path, apt_get="exit 100", installed=True)
    done, calls = run(repo, env)
    assert done.returncode == 0, done.stderr
    order = [line for line in calls.splitlines() if line.startswith("python ")]
    assert order == ["python -m pytest -q", "python tools/build_app.py",
                     "python tools/smoke_app.py"]


def test_ci_installs_the_readme_window_packages_and_what_the_real_window_tests_use():
    from valuechain_gui.ui.shell.qt_platform import X11_PACKAGES

    readme = README.read_text("utf-8")
    readme_list = re.search(r"sudo apt-get install ([a-z0-9 .+-]+)`", readme)
    assert readme_list
    wanted = set(readme_list.group(1).split()) | set(X11_PACKAGES.split())
    wanted |= {"xvfb", "xdotool", "x11-utils", "poppler-utils", "fonts-dejavu-core", "chromium",
               "chromium-driver", "libreoffice-calc-nogui"}
    assert wanted - set(ci_packages()) == set()


def debian_package(path: str) -> str:
    """The Debian package owning a library (merged /usr: the path as ldd says, then the real
    one), without its architecture; "" when dpkg knows none."""
    for candidate in (path, os.path.realpath(path)):
        owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                               timeout=60)
        if owner.returncode == 0:
            return owner.stdout.split(":", 1)[0]
    return ""


def test_every_x11_and_gl_library_qt_loads_comes_from_a_package_ci_installs():
    """ldd on Qt's platform plugins, each library's Debian package looked up with dpkg -S."""
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    plugins = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
    packages = set(ci_packages())
    outside: list[str] = []
    for plugin in ("libqxcb.so", "libqoffscreen.so"):
        listing = subprocess.run(["ldd", str(plugins / plugin)], capture_output=True, text=True,
                                 timeout=60, check=True).stdout
        assert "not found" not in listing, f"{plugin}: {listing}"
        for name, path in re.findall(r"^\s*(\S+) => (/\S+)", listing, re.M):
            if str(plugins.parents[2]) in path:  # Qt's own libraries, shipped by PySide6
                continue
            if not re.match(r"lib(xcb|X11|xkbcommon|EGL|GL\.|fontconfig|dbus)", name):
                continue  # libc, libstdc++, zlib...: on every system
            package = debian_package(path)
            if package not in packages:
                outside.append(f"{name} ({package or 'no package'})")
    assert outside == []
