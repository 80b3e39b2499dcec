"""Application entry: ``run_app(project, lang, screenshot)`` behind ``valuechain-gui [open]``.

Creates the QApplication (organisation "valuechain_gui", application "valuechain-gui", which
name the QSettings file), installs the translators (:mod:`.i18n`), opens the main window on the
project or on a new one, and runs the event loop.

With ``screenshot``, the window is shown at a fixed size, and once it is exposed and the map
fitted (a chain of zero-delay timers, never a sleep) the whole window is grabbed to the PNG and
the application exits 0. This works with ``QT_QPA_PLATFORM=offscreen``. When the project cannot
be opened, screenshot mode prints the reason on stderr and returns 1; the interactive mode shows
a dialog and opens an empty project instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ..errors import ValueChainError
from .i18n import choose_language, install_translators
from .qt_log import install as install_qt_log

ORGANIZATION = "valuechain_gui"
APPLICATION = "valuechain-gui"
SCREENSHOT_SIZE = (1440, 900)
#: The screenshot's format follows its extension (the command line refuses others).
IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPG", ".jpeg": "JPG"}
#: Most event-loop turns to wait for the window to be exposed (each ~10 ms at worst).
MAX_EXPOSE_TURNS = 500


def make_application() -> QApplication:
    """The QApplication (the running one if any), with the names QSettings uses."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName(APPLICATION)
    return app  # type: ignore[return-value]


def prepare_platform(headless_ok: bool, environ: dict[str, str] | None = None) -> str | None:
    """Choose Qt's platform before the QApplication exists; returns a problem text or None.

    On Linux with neither ``DISPLAY`` nor ``WAYLAND_DISPLAY`` set and no ``QT_QPA_PLATFORM``
    chosen, Qt would abort the process ("could not load the Qt platform plugin"). For a
    screenshot (``headless_ok``) the offscreen platform is selected instead; for the interactive
    window a plain English sentence says what to do (no Qt yet, so no tr()).
    """
    env = os.environ if environ is None else environ
    if env.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if env.get("WAYLAND_DISPLAY"):
        return None
    if env.get("DISPLAY"):
        return missing_x11_libraries()
    if headless_ok:
        env["QT_QPA_PLATFORM"] = "offscreen"
        return None
    return ("valuechain-gui: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
            "window cannot open. Run it in a desktop session; on a server use "
            "'valuechain-gui PROJECT --screenshot OUT.png' or 'valuechain-gui render PROJECT -o "
            "MAP.png'.")


#: Debian/Ubuntu packages that Qt's X11 plugin needs beyond a minimal desktop (Qt >= 6.5).
X11_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1"


def missing_x11_libraries() -> str | None:
    """A plain message when Qt's X11 platform plugin cannot load (a library is missing), else None.

    Qt aborts the process ("could not load the Qt platform plugin xcb") when a system library of
    its X11 plugin is missing; loading the plugin with ctypes first names the library instead.
    """
    import ctypes
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt/plugins/platforms/libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return (f"valuechain-gui: the window cannot open: a system library of Qt's X11 support "
                f"is missing ({exc}). On Debian or Ubuntu: sudo apt-get install {X11_PACKAGES}")
    return None


def run_app(project: Path | None = None, lang: str | None = None,
            screenshot: Path | None = None) -> int:
    """Open the application window; returns the process exit code.

    Args:
        project: a ``.vchain`` file to open, or None for a new project. A spreadsheet opens a
            new project and offers its import.
        lang: interface language ``"fr"``/``"en"``, or None (preference, then system locale).
        screenshot: when given, save a picture of the whole window there (PNG, or JPEG for
            ``.jpg``/``.jpeg``) and exit (see module doc).

    Returns:
        0 on success; 1 when ``screenshot`` was asked and the project cannot be opened or the
        picture cannot be written (the reason on stderr).
    """
    problem = prepare_platform(screenshot is not None)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    sheet: Path | None = None  # a spreadsheet given as the project: its import is offered
    if project is not None and screenshot is None:  # (the command line refuses a screenshot)
        from ..io.project.file_kind import FileKind, file_kind

        if file_kind(project) is FileKind.SPREADSHEET:
            sheet, project = Path(project), None
    from .document import new_document, open_document
    from .main_window import MainWindow

    install_qt_log()  # harmless offscreen warnings dropped (ui/qt_log.py)
    app = make_application()
    language = choose_language(lang, QSettings())
    app._vcg_translators = install_translators(app, language)  # keep them alive

    document = None
    error: BaseException | None = None
    read_only: bool | None = False
    if project is not None and screenshot is None:
        from .file_lock import check_before_open  # issue 5: open in another instance?

        read_only = check_before_open(None, Path(project))
        if read_only is None:  # cancelled: start with a new project
            project = None
    if project is not None:
        try:
            document = open_document(Path(project))
            document.read_only = bool(read_only)  # issue 5
        except (ValueChainError, OSError) as exc:
            error = exc
    if error is not None and screenshot is not None:
        print(str(error), file=sys.stderr)
        return 1
    window = MainWindow(document or new_document(language), language=language,
                        remember_layout=screenshot is None)
    if document is not None and screenshot is None:  # a screenshot leaves the user's list alone
        window.recent.add(Path(project))

    if screenshot is not None:
        return _screenshot(app, window, Path(screenshot))

    window.show()
    if document is not None:  # texts cleaned on opening: say where
        from .load_notice import show_load_warnings

        show_load_warnings(window, document)
    if error is not None:
        window.show_error(QCoreApplication.translate("App", "Cannot open {name}").format(
            name=Path(project).name), error)
    QTimer.singleShot(0, window.fit_all)
    if sheet is not None:
        from .spreadsheet_open import offer_import

        QTimer.singleShot(0, lambda: offer_import(window, sheet))
    from .recovery import offer_recovery  # issue 5: projects left unclosed by a crash

    QTimer.singleShot(0, lambda: offer_recovery(window))
    from .crash_report import install_excepthook  # unexpected errors: log, autosave, message

    restore_hook = install_excepthook()
    try:
        return app.exec()
    finally:
        restore_hook()


def _screenshot(app: QApplication, window, out: Path) -> int:
    """Show ``window``, wait until it is painted and fitted, grab it to ``out``; exit code."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    result = {"code": 1}

    def later(step: Callable[[], None]) -> None:
        QTimer.singleShot(0, step)

    def wait_exposed(turns: int = 0) -> None:
        handle = window.windowHandle()
        if (handle is None or not handle.isExposed()) and turns < MAX_EXPOSE_TURNS:
            QTimer.singleShot(10, lambda: wait_exposed(turns + 1))
            return
        window.fit_all()
        later(settle)

    def settle() -> None:
        window.fit_all()  # after the layout settled: the view has its final size
        later(grab)

    def grab() -> None:
        pixmap = window.grab()
        if pixmap.save(str(out), IMAGE_FORMATS.get(out.suffix.lower(), "PNG")):
            result["code"] = 0
        else:
            print(f"{out}: the picture could not be written", file=sys.stderr)
        window.document.undo_stack.setClean()  # nothing to save in screenshot mode
        # Closing the last window would post a Quit event handled after exec() returned,
        # leaving every later QEventLoop.exec() returning at once (in-process callers, tests).
        app.setQuitOnLastWindowClosed(False)
        window.close()
        app.exit(result["code"])

    quit_on_close = app.quitOnLastWindowClosed()
    later(wait_exposed)
    code = app.exec()
    app.setQuitOnLastWindowClosed(quit_on_close)
    return result["code"] if code == 0 else code
