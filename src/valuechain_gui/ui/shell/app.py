"""Application entry: ``run_app(project, lang, screenshot)`` behind ``valuechain-gui [open]``.

Creates the QApplication (organisation "valuechain_gui", application "valuechain-gui", which
name the QSettings file), installs the translators (:mod:`.i18n`), opens the main window on the
project or on a new one, and runs the event loop.

With ``screenshot``, the window is shown at a fixed size, and once it is exposed and the map
fitted (a chain of zero-delay timers, never a sleep) the whole window is grabbed to the PNG and
the application exits 0. This works with ``QT_QPA_PLATFORM=offscreen``. When the project cannot
be opened, screenshot mode prints the reason on stderr and returns 1; the interactive mode shows
a dialog and opens an empty project instead.

Interactively, a file given while the app already runs for this user is handed to that instance,
which opens it in a new window (:mod:`.single_instance`), and this process exits 0; otherwise this
process becomes the instance later launches hand their files to. Screenshots never do either.
The windows carry the application icon (:func:`.about.app_icon`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from valuechain_gui import __version__
from valuechain_gui.errors import ValueChainError
from valuechain_gui.ui.document.document import new_document, open_document
from valuechain_gui.ui.shell.about import app_icon
from valuechain_gui.ui.shell.crash_report import install_excepthook
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.shell.qt_log import install as install_qt_log
from valuechain_gui.ui.shell.qt_platform import paint_on_gui_thread, prepare_platform
from valuechain_gui.ui.shell.recovery import offer_recovery
from valuechain_gui.ui.shell.single_instance import InstanceServer, forward
from valuechain_gui.ui.shell.window_opener import WindowOpener
from valuechain_gui.ui.text.i18n import choose_language, install_translators

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
    # Qt appends it to a title that does not end with it already (dialogs'; the main window's
    # does, Document.window_title): which version runs, at a glance
    QApplication.setApplicationDisplayName(f"{APPLICATION} {__version__}")
    QApplication.setApplicationVersion(__version__)
    QApplication.setWindowIcon(app_icon())
    QApplication.setDesktopFileName(APPLICATION)  # resources/linux/valuechain-gui.desktop
    return app  # type: ignore[return-value]


def run_app(project: Path | None = None, lang: str | None = None,
            screenshot: Path | None = None, share: dict[str, object] | None = None) -> int:
    """Open the application window; returns the process exit code.

    Args:
        project: a ``.vchain`` file to open, or None for a new project. A spreadsheet opens a
            new project and offers its import.
        lang: interface language ``"fr"``/``"en"``, or None (preference, then system locale).
        screenshot: when given, save a picture of the whole window there (PNG, or JPEG for
            ``.jpg``/``.jpeg``) and exit (see module doc).
        share: share the project in a room, or join one, once the window shows (the keyword
            arguments of :class:`~valuechain_gui.ui.share.dialog.ShareSettings`).

    Returns:
        0 on success; 1 when ``screenshot`` was asked and the project cannot be opened or the
        picture cannot be written (the reason on stderr).
    """
    problem = prepare_platform(screenshot is not None)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    paint_on_gui_thread()
    install_qt_log()  # harmless offscreen warnings dropped (ui/shell/qt_log.py)
    app = make_application()
    if hands_over(project, screenshot, share) and forward([Path(project)]):
        return 0  # the running instance opens it
    language = choose_language(lang, QSettings())
    app._vcg_translators = install_translators(app, language)  # keep them alive
    if screenshot is not None:
        return _screenshot_of(app, project, language, Path(screenshot))

    opener = WindowOpener(language, app)
    window = opener.open(Path(project) if project is not None else None)
    instance = InstanceServer(parent=app)  # later launches hand their files over
    instance.files_received.connect(opener.open_all)
    instance.listen()
    opener.watch_file_open_events(app)  # macOS: documents opened from the Finder
    QTimer.singleShot(0, lambda: offer_recovery(window))  # projects left unclosed by a crash
    if share is not None:
        QTimer.singleShot(0, lambda: window.sharing.start_from_command_line(share))
    restore_hook = install_excepthook()  # unexpected errors: log, autosave, message
    try:
        return app.exec()
    finally:
        restore_hook()
        instance.close()


def hands_over(project: Path | None, screenshot: Path | None,
               share: dict[str, object] | None) -> bool:
    """Whether this launch offers ``project`` to a running instance: only a plain open of a
    file (a screenshot, or a map shared or joined from the command line, needs this process's
    own window)."""
    return project is not None and screenshot is None and share is None


def _screenshot_of(app: QApplication, project: Path | None, language: str, out: Path) -> int:
    """The screenshot run: the window on ``project`` grabbed to ``out``; the exit code."""
    document = None
    if project is not None:
        try:
            document = open_document(Path(project))
        except (ValueChainError, OSError) as exc:
            print(str(exc), file=sys.stderr)
            return 1
    window = MainWindow(document or new_document(language), language=language,
                        remember_layout=False)
    return _screenshot(app, window, out)


def _screenshot(app: QApplication, window: MainWindow, out: Path) -> int:
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
