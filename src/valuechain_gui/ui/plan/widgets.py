"""Small editors shared by the action form and the plan table's delegate.

* :class:`OptionalDateEdit`: a QDateEdit with a calendar popup and a "no date" state;
* :class:`EuroSpinBox`: a budget in euros, formatted by the locale, with a "not set" state;
* :class:`EnumCombo`: a combo box over an enum (plus an optional "not set" entry);
* :class:`CountryCombo`: an editable combo over the ISO country list (English/French names) with
  a completer matching anywhere in the name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QDoubleSpinBox, QWidget

from .countries import country_list, find_country
from .labels import from_qdate, to_qdate

#: The date standing for "no date" in :class:`OptionalDateEdit` (below any real deadline).
NO_DATE = QDate(1900, 1, 1)


def ui_language() -> str:
    """"fr" when the default QLocale (set from the interface language) is French, else "en"."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def date_edit_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd/MM/yyyy`` in French)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class OptionalDateEdit(QDateEdit):
    """A date editor with a calendar popup that can also hold "no date".

    The "no date" state is the minimum date shown as a special text; Delete clears the date;
    when the popup opens on "no date" the calendar shows today. :meth:`value` returns a
    ``datetime.date`` or None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("no date"))
        self.setDisplayFormat(date_edit_format())
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)
        self.setToolTip(self.tr("Press Delete to clear the date."))

    def value(self) -> date | None:
        """The date, or None in the "no date" state."""
        current = self.date()
        return None if current == NO_DATE else from_qdate(current)

    def set_value(self, value: date | QDate | None) -> None:
        """Show ``value`` (a date, a QDate, or None / an invalid QDate for "no date")."""
        if isinstance(value, QDate):
            value = from_qdate(value)
        self.setDate(to_qdate(value) if value is not None else NO_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Open the calendar on today's month rather than on the "no date" placeholder."""
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show \
                and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setSelectedDate(today)
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Delete clears the date (back to "no date"); other keys edit as usual."""
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(NO_DATE)
            event.accept()
            return
        super().keyPressEvent(event)


class EuroSpinBox(QDoubleSpinBox):
    """A budget in euros: locale-formatted (group separators, decimal mark, € placed as the
    locale places currency), 0 to 10 billion, 2 decimals; one step below 0 means "not set".

    :meth:`value_or_none` returns the amount (float, euros) or None.
    """

    NOT_SET = -0.01

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(self.NOT_SET, 1e10)
        self.setSingleStep(1000.0)
        self.setGroupSeparatorShown(True)
        self.setSpecialValueText(self.tr("not set"))
        sample = QLocale().toCurrencyString(1.0, "€")
        if sample.startswith("€"):
            self.setPrefix("€")
        else:
            self.setSuffix("\u00a0€")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setValue(self.NOT_SET)

    def value_or_none(self) -> float | None:
        """The amount in euros, or None when "not set"."""
        return None if self.value() < 0 else round(self.value(), 2)

    def set_value(self, value: float | None) -> None:
        """Show an amount in euros (None: "not set")."""
        self.setValue(self.NOT_SET if value is None else float(value))


class EnumCombo(QComboBox):
    """A combo box over enum members, shown with ``label(member)``.

    Args:
        members: the enum members, in display order.
        label: member → translated text.
        none_text: if given, a first entry meaning None (e.g. "not set").
    """

    def __init__(self, members: Iterable[Enum], label: Callable[[Any], str],
                 none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        members = list(members)
        if none_text is not None:
            self.addItem(none_text, None)
        for member in members:
            self.addItem(label(member), member.value)
        self._enum = type(members[0]) if members else None

    def value(self) -> Any:
        """The selected member (None for the "not set" entry)."""
        token = self.currentData()
        return None if token is None or self._enum is None else self._enum(token)

    def set_value(self, value: Enum | str | None) -> None:
        """Select ``value`` (a member, its token, or None)."""
        token = value.value if isinstance(value, Enum) else value
        index = self.findData(token)
        self.setCurrentIndex(max(index, 0))


class CountryCombo(QComboBox):
    """An editable combo over every country (names in the interface language) with a completer
    that matches anywhere in the name, case-insensitively.

    :meth:`value` gives the ISO alpha-2 code of the chosen country, or the typed text as is when
    it names no country (the model keeps free text then).
    """

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language = language or ui_language()
        self.addItem("", "")
        for country in country_list(self.language):
            self.addItem(country.name(self.language), country.code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMaxVisibleItems(15)

    def value(self) -> str:
        """ISO code of the country named in the box, else the typed text (trimmed)."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index) or "")
        found = find_country(text)
        return found.code if found else text

    def set_value(self, value: str) -> None:
        """Show a stored country value (a code, or free text)."""
        index = self.findData(value.strip().upper()) if len(value.strip()) == 2 else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(value)
