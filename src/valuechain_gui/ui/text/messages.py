"""User-facing texts for typed errors: ``code`` → translated sentence.

The Qt-free layers raise :class:`~valuechain_gui.errors.ValueChainError` subclasses, each
carrying a stable ``code`` and ``params`` (docs/architecture.md, "Layers"); this module turns them
into text in the interface language with ``QCoreApplication.translate("Messages", ...)``, and
words what opening a project or an edit changed. The problems of a spreadsheet import are worded
by :mod:`.import_problems`. A code not listed here falls back to the English message, so nothing
is ever shown empty (``tests/ui/text/test_messages.py`` fails when a code raised in ``src/`` has
no template here).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from valuechain_gui.errors import ValueChainError
from valuechain_gui.io.sheets.problems import ImportFailed
from valuechain_gui.text_safety import escape_controls
from .import_problems import problems_text

_CONTEXT = "Messages"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def error_templates() -> dict[str, str]:
    """Translated templates of :class:`ValueChainError` codes (dict code → text with ``{named}``
    placeholders from the error's ``params``), built at call time in the current language."""
    return {
        # saving (io/project/atomic.py SaveError; params path, reason)
        "disk_full": _t("The disk is full: {path} was not written. The previous file is intact."),
        "read_only": _t("The folder is read-only: {path} was not written. "
                        "The previous file is intact."),
        "locked": _t("{path} is locked or read-only (is it open in another program?). "
                     "Nothing was written."),
        "write_failed": _t("{path} could not be written ({reason}). The previous file is intact."),
        "verify_failed": _t("{path}: the written file did not read back correctly ({reason}). "
                            "The previous file is intact."),
        "name_too_long": _t("The file name is too long ({length} bytes): saving it also writes "
                            "{longest}, longer than the {limit} bytes this folder allows. "
                            "Nothing was written; choose a name of at most {room} bytes."),
        # another writer holds the project file (io/project/file_lock.py ProjectLockedError)
        "open_elsewhere": _t("{path} is open in another window or process ({app}, process "
                             "{pid} on {host}). Nothing was written."),
        "written_elsewhere": _t("{path} was changed by another window or process in the "
                                "meantime. Nothing was written."),
        # a file of the other kind (io/project/file_kind.py WrongFileKindError)
        "is_a_project": _t("This is a valuechain-gui project, not a spreadsheet: open it, or "
                           "export it to Excel."),
        "is_a_spreadsheet": _t("This is a spreadsheet, not a valuechain-gui project: import it "
                               "(File > Import Spreadsheet)."),
        "project_too_large": _t("{path} was not written: the project would take {size_mb} MB, "
                                "more than the {limit_mb} MB a project file may hold. The "
                                "previous file is intact."),
        # a partner's map (io/project/partner_map.py PartnerMapError)
        "partner_map_empty": _t("This map has no link: there is nothing to compare with our "
                                "chain."),
        # model invariants (model/project.py ModelError)
        "blank_name": _t("A name cannot be blank."),
        "duplicate_link_name": _t("A link named “{name}” already exists."),
        "bad_weight": _t("A status weight must be a number from 0 to 1 (not {value})."),
        "self_flow": _t("A link cannot flow into itself."),
        "duplicate_flow": _t("This flow already exists."),
        "unknown_link": _t("This link no longer exists."),
        "unknown_stage": _t("This stage no longer exists."),
        "unknown_flow": _t("This flow no longer exists."),
        "unknown_action": _t("This action no longer exists."),
        "unknown_field": _t("“{field}” is not a field that can be changed."),
        "duplicate_id": _t("The identifier {id} is already used."),
        "bad_stage": _t("Links cannot move to the stage being removed."),
        # partners, alliances, correspondences (model/alliance_operations.py ModelError)
        "unknown_partner": _t("This partner is no longer cited by the project."),
        "unknown_alliance": _t("This alliance no longer exists."),
        "duplicate_partner": _t("A partner named “{name}” ({country}) is already cited."),
        "duplicate_alliance": _t("“{name}” is already a partner of this action."),
        "action_has_alliances": _t("This action has partners in its pipeline; remove them "
                                   "with it."),
        "bad_value": _t("“{field}” cannot be {given}."),
        # the model's doors (model/doors.py ModelError) and the limits (valuechain_gui/limits.py)
        "bad_date": _t("“{field}” takes a date (or nothing), not {given}."),
        "bad_text": _t("“{field}” takes text, not {given}."),
        "bad_number": _t("“{field}” takes a finite number (or nothing)."),
        "bad_position": _t("A position must be two finite numbers between -{limit} and {limit} "
                           "pixels."),
        "too_many": _t("There would be too many of them: {count} (at most {limit})."),
        # opening files (io/project/codec.py, io/project/file.py ProjectFileError)
        "not_found": _t("The file does not exist (it may have been moved or deleted)."),
        "unreadable": _t("The file cannot be read ({reason})."),
        "empty": _t("The file is empty: it is not a valuechain-gui project."),
        "not_text": _t("This is not a valuechain-gui project (it is not a text file)."),
        "not_json": _t("The file is not valid JSON: it may be truncated or damaged ({reason})."),
        "not_a_project": _t("This is not a valuechain-gui project file."),
        "bad_version": _t("The file has no valid format version: it is not a valuechain-gui "
                          "project, or it is damaged."),
        "newer_version": _t("This file uses format version {file_version}, written by a newer "
                            "valuechain-gui; this version reads format versions up to "
                            "{supported}. Update valuechain-gui to open it (nothing was changed)."),
        "migration_failed": _t("This file of format version {file_version} could not be "
                               "converted to version {supported} ({reason})."),
        "invalid": _t("The file contains a value that is not allowed: {message}."),
        "too_large": _t("The file is {size_mb} MB; valuechain-gui opens project files of at "
                        "most {limit_mb} MB (nothing was read)."),
        "too_complex": _t("The file holds {count} JSON objects and lists; a project holds at "
                          "most {limit} (nothing was read)."),
        # what was changed when a file was opened (io/project/guard.py ProjectFileWarning)
        "text_cleaned": _t("characters that cannot be saved or exported were removed "
                           "({chars})."),
        "text_cleaned_more": _t("… and {count} more places with such characters were cleaned."),
        # spreadsheet import (io/sheets/problems.py ImportFailed; its problems are listed instead)
        "import_failed": _t("Nothing was imported."),
        # Excel export (io/excel/errors.py ExportError)
        "bad_map_image": _t("The map picture could not be read ({reason})."),
        "unknown_language": _t("The workbook language “{language}” is unknown "
                               "(expected fr or en)."),
        # the partner directory (directory/errors.py DirectoryError; "locked" and "unreadable"
        # as above, the directory window says them its own way)
        "corrupt": _t("The partner directory {path} is damaged or is not a partner directory. "
                      "Restore a copy, or choose another file in Preferences."),
        "newer": _t("The partner directory {path} was written by a newer version of "
                    "valuechain-gui. Update the application to use it."),
        "missing": _t("There is no partner directory at {path}."),
        "duplicate": _t("Another partner of the directory {path} already has this name in this "
                        "country."),
        # the participants' voting (workshop/: BallotError, TokenFileError, VotingServerError)
        "bad_vote": _t("A vote is strong, weak, missing or unknown."),
        "too_long": _t("“{field}” is longer than {limit} characters."),
        "closed": _t("Voting on this link is closed."),
        "cannot_listen": _t("The voting page cannot listen on {host}:{port} ({reason})."),
        "token_file": _t("The token file {path} cannot be used ({reason})."),
        "bad_token": _t("The token file {path} must hold at least {count} printable ASCII "
                        "characters."),
        # map rendering (ui/export/render.py RenderError)
        "bad_size": _t("The picture width must be between 200 and 20,000 pixels "
                       "(asked: {width})."),
        "bad_page_size": _t("Unknown page size {page_size} (use {allowed})."),
        "bad_output_extension": _t("Cannot render to {path}: the file name must end in "
                                   "{allowed}."),
        "no_picture": _t("The picture of the map ({width} × {height} pixels) could not be "
                         "made: not enough memory."),
        # co-editing (sync/: the relay, its token and stores, the sync of a file)
        "relay_refused": _t("{url}: the relay refused the connection (HTTP {status}{reason})."),
        "relay_unreachable": _t("{url}: the relay cannot be reached ({reason})."),
        "relay_timeout": _t("{url}: the relay did not answer within {timeout} s."),
        "relay_closed": _t("{url}: the relay closed the connection ({reason})."),
        "relay_lost_edits": _t("{relay}: the room {room} did not take the edits; try again."),
        "corrupt_store": _t("{path}: the store of the room {room} is damaged ({reason}); the "
                            "room is not served."),
        "token_missing": _t("{path}: there is no such token file."),
        "token_file": _t("The token file {path} cannot be used ({reason})."),
        "bad_token": _t("The token file {path} must hold at least {count} printable ASCII "
                        "characters."),
        "relay_cannot_listen": _t("{host}:{port}: the relay cannot listen there ({reason})."),
        "no_room": _t("{path} does not exist: give the room to create it from."),
        "empty_room": _t("{relay}: the room {room} holds no map ({reason})."),
        "bad_crdt_state": _t("{path}: the stored co-editing state is damaged ({reason})."),
        "bad_update": _t("An update from the co-editing room was not applied ({reason})."),
    }


def too_many_templates() -> dict[str, str]:
    """Translated templates of the ``too_many`` refusal per ``params["what"]`` (a limit of
    :mod:`valuechain_gui.limits`; placeholders ``{count}``, ``{limit}``)."""
    return {
        "links": _t("Too many links: {count} (a project holds at most {limit})."),
        "flows": _t("Too many flows: {count} (a project holds at most {limit})."),
        "link_flows": _t("Too many flows on one link: {count} (at most {limit} per link)."),
        "stages": _t("Too many stages: {count} (a project holds at most {limit})."),
        "actions": _t("Too many actions: {count} (a plan holds at most {limit})."),
        "partners": _t("Too many cited partners: {count} (a project holds at most {limit})."),
        "alliances": _t("Too many alliances: {count} (a project holds at most {limit})."),
        "correspondences": _t("Too many correspondence decisions: {count} (a project holds at "
                              "most {limit})."),
        "map_links": _t("Too many links in a partner's map: {count} (at most {limit})."),
        "entries": _t("Too many entries in one list: {count} (at most {limit})."),
        "names": _t("Too many names in one list: {count} (a list holds at most {limit})."),
    }


def invalid_value_templates() -> dict[str, str]:
    """Translations of the English "what was expected" texts a ``ProjectFileError("invalid")``
    carries (``params["expected"]`` from :func:`valuechain_gui.io.project.schema.error_message`, or the
    template of :mod:`valuechain_gui.io.project.codec`), keyed by that English text."""
    # imported here: the schema (pydantic, ~0.2 s) is not needed before a file is read
    from valuechain_gui.io.project.schema import POSITION_EXPECTED

    return {
        # io/project/schema.py _MESSAGES and date check
        "a required field is missing": _t("a required field is missing"),
        "expected text": _t("expected text"),
        "expected a non-empty text": _t("expected a non-empty text"),
        "expected true or false": _t("expected true or false"),
        "expected a number": _t("expected a number"),
        "expected a whole number": _t("expected a whole number"),
        "expected a finite number": _t("expected a finite number"),
        "expected a list": _t("expected a list"),
        "expected a list of 2 numbers [x, y]": _t("expected a list of 2 numbers [x, y]"),
        "expected an object {...}": _t("expected an object {...}"),
        "expected a date written YYYY-MM-DD": _t("expected a date written YYYY-MM-DD"),
        POSITION_EXPECTED: _t("expected a position [x, y] with x and y between -1,000,000 and "
                              "1,000,000 pixels"),
        "expected a number from 0 to 1": _t("expected a number from 0 to 1"),
        # io/project/codec.py templates
        "expected an id no other link has": _t("expected an identifier no other link has"),
        "expected an id no other stage has": _t("expected an identifier no other stage has"),
        "expected an id no other action has": _t("expected an identifier no other action has"),
        "expected a non-blank link name": _t("expected a non-blank link name"),
        "expected a non-blank stage name": _t("expected a non-blank stage name"),
        "expected a unique link name; {name} is already used (names are compared ignoring case "
        "and spaces)": _t("expected a unique link name; “{name}” is already used (names are "
                          "compared ignoring case and spaces)"),
        "expected the id of a stage (no stage has id {id})":
            _t("expected the identifier of a stage (no stage has the identifier {id})"),
        "expected the id of a link (no link has id {id})":
            _t("expected the identifier of a link (no link has the identifier {id})"),
        "a link cannot flow into itself (upstream and downstream are the same link)":
            _t("a link cannot flow into itself (upstream and downstream are the same link)"),
        "this flow is listed twice": _t("this flow is listed twice"),
        # io/project/partners_codec.py templates
        "expected an id no other partner has": _t("expected an identifier no other partner has"),
        "expected each partner once; {name} ({country}) is already cited (partners are "
        "compared by name and country)": _t("expected each partner once; “{name}” ({country}) "
                                            "is already cited (partners are compared by name "
                                            "and country)"),
        "expected a non-blank partner name": _t("expected a non-blank partner name"),
        "expected an id no other alliance has": _t("expected an identifier no other alliance "
                                                   "has"),
        "expected the id of a cited partner (no partner has id {id})":
            _t("expected the identifier of a cited partner (no partner has the identifier "
               "{id})"),
        "expected the id of an action (no action has id {id})":
            _t("expected the identifier of an action (no action has the identifier {id})"),
        "expected each partner once per action; {name} is already a partner of this action":
            _t("expected each partner once per action; “{name}” is already a partner of this "
               "action"),
        "expected one decision per pair of links; this pair is decided twice":
            _t("expected one decision per pair of links; this pair is decided twice"),
    }


#: Error codes about the file as a whole: their location (the JSON key "format_version" read to
#: tell them, "version", "format"...) names no place a user could look at, so none is shown.
_WHOLE_FILE_CODES = frozenset({"newer_version", "bad_version", "not_a_project"})


def error_text(error: BaseException) -> str:
    """The message to show for ``error`` (str), in the interface language.

    A :class:`ValueChainError` with a known ``code`` gets its translated template filled from
    ``params``; its ``location`` (JSON path, line and column...) is appended when it has one
    (except for errors about the whole file: newer/bad format version, not a project). An
    error carrying import ``problems`` (:class:`~valuechain_gui.io.sheets.problems.ImportFailed`)
    gives :func:`problems_text`. An ``OSError`` gives ``FILENAME: reason``; other errors their
    own text.
    """
    if isinstance(error, ImportFailed) and error.problems:
        return problems_text(error.problems)
    if isinstance(error, ValueChainError):
        text = _error_sentence(error)
        location = _location(error) if error.code not in _WHOLE_FILE_CODES else None
        if location:
            text = _t("{text}\n(at {location})").format(text=text, location=location)
        return text
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        names = [str(n) for n in (error.filename, error.filename2) if n is not None]
        return f"{' → '.join(names)}: {reason}" if names and error.strerror else reason
    return str(error)


def _error_sentence(error: ValueChainError) -> str:
    params: dict[str, Any] = dict(error.params)
    if error.code == "locked" and params.get("reason") == "read-only":  # ui/document/document.py
        template: str | None = _t("{path} is open in another valuechain-gui window; use Save As.")
    elif error.code == "invalid":
        params["message"] = _invalid_detail(error)
        template = error_templates()["invalid"]
    elif error.code == "too_many" and params.get("what") in too_many_templates():
        template = too_many_templates()[params["what"]]
    else:
        template = error_templates().get(error.code)
    if template is None:
        return error.message
    return _fill(template, params, error.message)


def _invalid_detail(error: ValueChainError) -> str:
    """What a ``ProjectFileError("invalid")`` expected, translated where the text is known."""
    known = invalid_value_templates()
    params = error.params
    if "expected" in params:
        expected = str(params["expected"])
        if expected.startswith("expected one of "):
            detail = _t("expected one of {tokens}").format(
                tokens=expected.removeprefix("expected one of "))
        else:
            detail = known.get(expected, expected)
    else:
        detail = _fill(known.get(error.template, error.template), params, error.message)
    more = int(params.get("more") or 0)
    if more:
        detail = QCoreApplication.translate("Messages", "{detail} (and %n more problem(s))", "",
                                            more).format(detail=detail)
    return detail


def _location(error: ValueChainError) -> str | None:
    """``error.location`` in the interface language (a JSON path is kept as it is)."""
    params = error.params
    if error.code == "not_json" and "line" in params and "column" in params:
        return _t("line {line}, column {column}").format(line=params["line"],
                                                          column=params["column"])
    if error.code == "not_text" and "byte" in params:
        return _t("byte {byte}").format(byte=params["byte"])
    if error.location == "(top level)":
        return _t("top level")
    return error.location


def _fill(template: str, params: dict[str, Any], fallback: str) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return fallback


def load_warnings_text(warnings: list[Any]) -> str:
    """What was changed when a project was opened (``LoadResult.warnings``), one line per place:
    ``PLACE: text`` in the interface language (the place is a JSON path, kept as it is)."""
    lines = []
    for warning in warnings:
        text = _error_sentence(warning)
        place = escape_controls(warning.location) if warning.location else ""
        lines.append(f"{place}: {text}" if place else text)
    return "\n".join(lines)


def cleaned_places_text(places: list[str]) -> str:
    """The status-bar notice after an edit whose text the model cleaned (``places``: JSON
    paths from :meth:`~valuechain_gui.model.Project.take_cleaned_places`)."""
    shown = ", ".join(places[:3]) + (", …" if len(places) > 3 else "")
    return QCoreApplication.translate(
        _CONTEXT, "Characters that cannot be saved or exported were removed in %n place(s): "
        "{places}", "", len(places)).format(places=shown)
