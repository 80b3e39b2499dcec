"""Screenshots of the partner workflow, in English and French, for docs/screenshots/.

Usage (from the repository root; no display needed)::

    QT_QPA_PLATFORM=offscreen python tools/make_partner_screenshots.py [OUT_DIR]

On a copy of the worked example, the two illustrative partner maps are attached (each cites its
cluster), then: Find Partners for the missing link « Supervision de flotte et téléopération »
(``partners_find_LANG.png``); the best candidate added to the link's action and validated by the
member companies (``partners_validated_LANG.png``: the panel shows its stage); the recomposed chain
(``partners_recomposed_LANG.png``); the alliance pipeline board with that alliance selected in its
*validated* column beside the worked example's migrated alliances (``pipeline_LANG.png``). The window is 1440 × 900 with the default layout.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_projects"
MISSING = "Supervision de flotte et téléopération"


def _settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app, language: str, out: Path, work: Path) -> list[Path]:
    """Take the screenshots in ``language``; the files written."""
    from PySide6.QtCore import QSettings, Qt

    from valuechain_gui.model import CooperationStage
    from valuechain_gui.ui.document.document import open_document
    from valuechain_gui.ui.matching.attach_map import attach_map
    from valuechain_gui.ui.shell.main_window import MainWindow
    from valuechain_gui.ui.text import i18n

    translators = i18n.install_translators(app, language, cache_dir=work / "qm")
    example = work / f"example_{language}.vchain"
    shutil.copyfile(SAMPLES / "autonomous_special_vehicles.vchain", example)
    settings = QSettings(str(work / f"settings_{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_document(example), language=language, settings=settings,
                        remember_layout=False)
    window.resize(1440, 900)
    window.show()
    _settle(app)
    for name in ("sensor_valley_cluster", "fleet_robotics_cluster"):
        attach_map(window.document, SAMPLES / "partners" / f"{name}.vchain")
    link = window.document.project.link_by_name(MISSING)
    window.scene.select_links([link.id])
    window.view.centerOn(window.scene.card(link.id))
    window.partners.find_partners()
    dock = window.docks.matching_dock
    dock.tree.setCurrentItem(dock.tree.topLevelItem(0))
    _settle(app)
    written = [out / f"partners_find_{language}.png"]
    window.grab().save(str(written[-1]))
    alliance_id = dock.add_selected()
    by = "Comité des adhérents" if language == "fr" else "Member companies' committee"
    window.document.edit.move_alliance(alliance_id, CooperationStage.VALIDATED, by=by)
    dock.select_candidate(window.document.project.alliances[alliance_id].partner_id)
    _settle(app)
    written.append(out / f"partners_validated_{language}.png")
    window.grab().save(str(written[-1]))
    window.docks.recomposed_dock.show()
    window.docks.recomposed_dock.raise_()
    _settle(app)
    window.docks.recomposed_dock.refresh()
    _settle(app)
    written.append(out / f"partners_recomposed_{language}.png")
    window.grab().save(str(written[-1]))
    pipeline = window.docks.alliances_dock
    pipeline.show()
    pipeline.raise_()
    window.resizeDocks([pipeline], [330], Qt.Orientation.Vertical)
    pipeline.board.select(alliance_id)
    _settle(app)
    written.append(out / f"pipeline_{language}.png")
    window.grab().save(str(written[-1]))
    window.files.maybe_save = lambda: True
    window.close()
    i18n.remove_translators(app, translators)
    return written


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        for language in ("en", "fr"):
            for path in shoot(app, language, out, Path(folder)):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
