"""The partners a Project cites, its alliance pipeline and its correspondence decisions (a part
of :class:`~.project.Project`).

Mixed into :class:`~valuechain_gui.model.project.Project`, which holds the state and the other
operations. Invariants kept by every operation here (a violation raises
:class:`~valuechain_gui.errors.ModelError` and changes nothing):

* a cited partner has a non-blank name; no two cited partners have the same name and country
  (compared trimmed and case-insensitively);
* an alliance joins a cited partner and an action of the plan; at most one alliance per
  (partner, action); removing a partner removes its alliances and decisions, removing an action
  (:meth:`AllianceOperations.remove_action_and_alliances`) its alliances, removing a link its
  decisions (:meth:`Project.remove_links`), each put back exactly by the matching restore;
* a correspondence decision names an existing link and a cited partner; it is keyed
  ``(link id, partner id, name_key(their link))``;
* limits: :data:`~valuechain_gui.limits.MAX_PARTNERS`, ``MAX_ALLIANCES``,
  ``MAX_CORRESPONDENCES`` (and, per record, those of :mod:`.partner_doors`).
"""

from __future__ import annotations

import copy
from datetime import date
from typing import TYPE_CHECKING, Any

from ..errors import ModelError
from ..limits import MAX_ALLIANCES, MAX_CORRESPONDENCES, MAX_PARTNERS
from . import doors, partner_doors
from .entities import Action, Link, name_key
from .enums import CooperationStage
from .events import EventKind
from .partner_doors import ALLIANCE_FIELDS, PARTNER_FIELDS
from .partners import Alliance, Correspondence, Decision, Partner, StageChange
from .records import CorrespondenceKey, RemovedAction, RemovedPartner


def partner_key(name: str, country: str) -> tuple[str, str]:
    """The key under which cited partners must be unique: (name key, country case-folded)."""
    return name_key(name), country.strip().casefold()


def _insert(mapping: dict[Any, Any], key: Any, value: Any, index: int | None) -> dict[Any, Any]:
    """``mapping`` with ``key: value`` at ``index`` (end when None or past the end)."""
    if index is None or index >= len(mapping):
        mapping[key] = value
        return mapping
    items = list(mapping.items())
    items.insert(index, (key, value))
    return dict(items)


class AllianceOperations:
    """Queries and undoable operations on cited partners, alliances and correspondences."""

    links: dict[str, Link]
    actions: dict[str, Action]
    partners: dict[str, Partner]
    alliances: dict[str, Alliance]
    correspondences: dict[CorrespondenceKey, Correspondence]

    if TYPE_CHECKING:
        def _emit(self, kind: EventKind, ids: tuple = (), fields: tuple[str, ...] = ()) -> None: ...
        def _note_places(self, places: list[str]) -> None: ...
        def remove_action(self, action_id: str) -> tuple[int, Action]: ...
        def add_action(self, action: Action, index: int | None = None) -> None: ...

    # Indexes kept beside the dicts so that loading thousands of records stays linear: built
    # on demand, extended by additions, dropped (None) by any other change.
    _partner_index: dict[tuple[str, str], str] | None = None
    _pair_index: set[tuple[str, str]] | None = None

    def _partner_keys(self) -> dict[tuple[str, str], str]:
        if self._partner_index is None:
            self._partner_index = {partner_key(p.name, p.country): p.id
                                   for p in self.partners.values()}
        return self._partner_index

    def _alliance_pairs(self) -> set[tuple[str, str]]:
        if self._pair_index is None:
            self._pair_index = {(a.partner_id, a.action_id) for a in self.alliances.values()}
        return self._pair_index

    def _forget_indexes(self) -> None:
        self._partner_index = None
        self._pair_index = None

    # ------------------------------------------------------------------ queries
    def partner(self, partner_id: str) -> Partner:
        """The cited partner with this id; ModelError ``unknown_partner`` if none."""
        try:
            return self.partners[partner_id]
        except KeyError:
            raise ModelError("unknown_partner", "No partner with id {id}.", id=partner_id) from None

    def alliance(self, alliance_id: str) -> Alliance:
        """The alliance with this id; ModelError ``unknown_alliance`` if none."""
        try:
            return self.alliances[alliance_id]
        except KeyError:
            raise ModelError("unknown_alliance", "No alliance with id {id}.",
                             id=alliance_id) from None

    def find_partner(self, name: str, country: str = "") -> Partner | None:
        """The cited partner with this name and country (trimmed, case-insensitive), or None."""
        partner_id = self._partner_keys().get(partner_key(name, country))
        return self.partners.get(partner_id) if partner_id is not None else None

    def alliances_of_action(self, action_id: str) -> list[Alliance]:
        """The alliances of one action, in pipeline order."""
        return [a for a in self.alliances.values() if a.action_id == action_id]

    def alliances_of_partner(self, partner_id: str) -> list[Alliance]:
        """The alliances of one cited partner, in pipeline order."""
        return [a for a in self.alliances.values() if a.partner_id == partner_id]

    def decision(self, link_id: str, partner_id: str, their_link: str) -> Decision | None:
        """The group's decision on "our link ↔ their link", or None (not decided)."""
        found = self.correspondences.get((link_id, partner_id, name_key(their_link)))
        return found.decision if found is not None else None

    # ------------------------------------------------------------------ partners
    def _check_unique_partner(self, name: str, country: str, partner_id: str | None) -> None:
        other = self.find_partner(name, country)
        if other is not None and other.id != partner_id:
            raise ModelError("duplicate_partner", "A partner named {name} ({country}) is "
                             "already cited.", name=name.strip(), country=country)

    def cite_partner(self, partner: Partner, index: int | None = None) -> None:
        """Cite ``partner`` (a copy of a directory entry, or a new one) in the project.

        Raises ModelError: ``duplicate_id``, ``duplicate_partner``, ``blank_name``, ``too_many``
        and those of :mod:`.partner_doors`.
        """
        if partner.id in self.partners:
            raise ModelError("duplicate_id", "Id {id} is already used.", id=partner.id)
        if len(self.partners) >= MAX_PARTNERS:
            raise doors.too_many("partners", len(self.partners) + 1, MAX_PARTNERS)
        at = len(self.partners) if index is None else min(index, len(self.partners))
        notes: list[str] = []
        values = partner_doors.partner(partner, f"partners[{at}]", notes.append)
        self._check_unique_partner(values["name"], values["country"], None)
        for name, value in values.items():
            setattr(partner, name, value)
        self._note_places(notes)
        self.partners = _insert(self.partners, partner.id, partner, index)
        self._partner_keys()[partner_key(partner.name, partner.country)] = partner.id
        self._emit(EventKind.PARTNER_ADDED, (partner.id,))

    def update_partner(self, partner_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of a cited partner (see ``PARTNER_FIELDS``); returns the old values."""
        partner = self.partner(partner_id)
        unknown = set(changes) - set(PARTNER_FIELDS)
        if unknown:
            raise ModelError("unknown_field", "Unknown partner field {field}.", field=min(unknown))
        notes: list[str] = []
        at = list(self.partners).index(partner_id)
        changes = partner_doors.partner_fields(changes, f"partners[{at}]", notes.append)
        if "name" in changes or "country" in changes:
            self._check_unique_partner(changes.get("name", partner.name),
                                       changes.get("country", partner.country), partner_id)
        old = {name: getattr(partner, name) for name in changes}
        for name, value in changes.items():
            setattr(partner, name, value)
        self._forget_indexes()
        self._note_places(notes)
        self._emit(EventKind.PARTNER_CHANGED, (partner_id,), tuple(changes))
        return old

    def remove_partner(self, partner_id: str) -> RemovedPartner:
        """Stop citing a partner, with its alliances and correspondence decisions."""
        partner = self.partner(partner_id)
        record = RemovedPartner(list(self.partners).index(partner_id), partner)
        record.alliances = [(i, a) for i, a in enumerate(self.alliances.values())
                            if a.partner_id == partner_id]
        record.correspondences = [(i, key, c) for i, (key, c)
                                  in enumerate(self.correspondences.items())
                                  if c.partner_id == partner_id]
        if record.correspondences:
            for _, key, _ in record.correspondences:
                del self.correspondences[key]
            self._emit(EventKind.CORRESPONDENCES_CHANGED,
                       tuple(key for _, key, _ in record.correspondences))
        if record.alliances:
            for _, alliance in record.alliances:
                del self.alliances[alliance.id]
            self._emit(EventKind.ALLIANCE_REMOVED, tuple(a.id for _, a in record.alliances))
        del self.partners[partner_id]
        self._forget_indexes()
        self._emit(EventKind.PARTNER_REMOVED, (partner_id,))
        return record

    def restore_partner(self, record: RemovedPartner) -> None:
        """Undo :meth:`remove_partner`: the partner, its alliances and decisions, in place."""
        self.partners = _insert(self.partners, record.partner.id, record.partner, record.index)
        self._forget_indexes()
        self._emit(EventKind.PARTNER_ADDED, (record.partner.id,))
        if record.alliances:
            for index, alliance in record.alliances:
                self.alliances = _insert(self.alliances, alliance.id, alliance, index)
            self._forget_indexes()
            self._emit(EventKind.ALLIANCE_ADDED, tuple(a.id for _, a in record.alliances))
        self._restore_correspondences(record.correspondences)

    # ------------------------------------------------------------------ alliances
    def add_alliance(self, alliance: Alliance, index: int | None = None) -> None:
        """Add a pipeline entry (at ``index`` in pipeline order, default last).

        Raises ModelError: ``duplicate_id``, ``unknown_partner``, ``unknown_action``,
        ``duplicate_alliance`` (the partner is already in this action's pipeline),
        ``too_many`` and those of :mod:`.partner_doors`.
        """
        if alliance.id in self.alliances:
            raise ModelError("duplicate_id", "Id {id} is already used.", id=alliance.id)
        if len(self.alliances) >= MAX_ALLIANCES:
            raise doors.too_many("alliances", len(self.alliances) + 1, MAX_ALLIANCES)
        partner = self.partner(alliance.partner_id)
        if alliance.action_id not in self.actions:
            raise ModelError("unknown_action", "No action with id {id}.", id=alliance.action_id)
        if (alliance.partner_id, alliance.action_id) in self._alliance_pairs():
            raise ModelError("duplicate_alliance", "{name} is already a partner of this action.",
                             name=partner.name)
        at = len(self.alliances) if index is None else min(index, len(self.alliances))
        notes: list[str] = []
        values = partner_doors.alliance(alliance, f"alliances[{at}]", notes.append)
        for name, value in values.items():
            setattr(alliance, name, value)
        self._note_places(notes)
        self.alliances = _insert(self.alliances, alliance.id, alliance, index)
        self._alliance_pairs().add((alliance.partner_id, alliance.action_id))
        self._emit(EventKind.ALLIANCE_ADDED, (alliance.id,))

    def remove_alliance(self, alliance_id: str) -> Alliance:
        """Remove a pipeline entry; returns it (put it back with :meth:`add_alliance` at the
        index it had in ``alliances``)."""
        alliance = self.alliance(alliance_id)
        del self.alliances[alliance_id]
        self._forget_indexes()
        self._emit(EventKind.ALLIANCE_REMOVED, (alliance_id,))
        return alliance

    def update_alliance(self, alliance_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of an alliance (see ``ALLIANCE_FIELDS``); returns the old values."""
        alliance = self.alliance(alliance_id)
        unknown = set(changes) - set(ALLIANCE_FIELDS)
        if unknown:
            raise ModelError("unknown_field", "Unknown alliance field {field}.",
                             field=min(unknown))
        notes: list[str] = []
        at = list(self.alliances).index(alliance_id)
        changes = partner_doors.alliance_fields(changes, f"alliances[{at}]", notes.append)
        old = {name: getattr(alliance, name) for name in changes}
        for name, value in changes.items():
            setattr(alliance, name, value)
        self._note_places(notes)
        self._emit(EventKind.ALLIANCE_CHANGED, (alliance_id,), tuple(changes))
        return old

    def set_alliance_stage(self, alliance_id: str, stage: CooperationStage | str, on: date,
                           by: str = "", note: str = "") -> dict[str, Any]:
        """Move an alliance to ``stage``, appending a dated :class:`StageChange` to its history.

        Reaching :attr:`CooperationStage.VALIDATED` records the validation: ``validated_on``
        (``on``), ``validated_by`` (``by``) and ``validation_note`` (``note``). Returns the old
        values; :meth:`update_alliance` with them undoes the move exactly.
        """
        alliance = self.alliance(alliance_id)
        reached: CooperationStage = partner_doors.member(CooperationStage, "stage", stage)
        if doors.day("on", on) is None:
            raise ModelError("bad_date", "{field} expects a date (or nothing), not {given}.",
                             field="on", given="None")
        changes: dict[str, Any] = {
            "stage": reached,
            "history": [*copy.copy(alliance.history), StageChange(reached, on, by, note)]}
        if reached == CooperationStage.VALIDATED:
            changes.update(validated_on=on, validated_by=by, validation_note=note)
        return self.update_alliance(alliance_id, **changes)

    # ------------------------------------------------------------------ actions with alliances
    def remove_action_and_alliances(self, action_id: str) -> RemovedAction:
        """Remove an action of the plan with its alliances (a user deleting the action)."""
        if action_id not in self.actions:
            raise ModelError("unknown_action", "No action with id {id}.", id=action_id)
        alliances = [(i, a) for i, a in enumerate(self.alliances.values())
                     if a.action_id == action_id]
        if alliances:
            for _, alliance in alliances:
                del self.alliances[alliance.id]
            self._forget_indexes()
            self._emit(EventKind.ALLIANCE_REMOVED, tuple(a.id for _, a in alliances))
        index, action = self.remove_action(action_id)
        return RemovedAction(index, action, alliances)

    def restore_action(self, record: RemovedAction) -> None:
        """Undo :meth:`remove_action_and_alliances`."""
        self.add_action(record.action, record.index)
        if record.alliances:
            for index, alliance in record.alliances:
                self.alliances = _insert(self.alliances, alliance.id, alliance, index)
            self._forget_indexes()
            self._emit(EventKind.ALLIANCE_ADDED, tuple(a.id for _, a in record.alliances))

    # ------------------------------------------------------------------ correspondences
    def set_correspondence(self, link_id: str, partner_id: str, their_link: str,
                           decision: Decision | str | None) -> Decision | None:
        """Record the group's decision on "our link ↔ their link" (None forgets it); returns the
        previous decision (None when there was none), to undo by setting it back.

        Raises ModelError: ``unknown_link``, ``unknown_partner``, ``blank_name`` (their link),
        ``bad_value``, ``too_many``.
        """
        if link_id not in self.links:
            raise ModelError("unknown_link", "No link with id {id}.", id=link_id)
        self.partner(partner_id)
        decision = partner_doors.decision(decision)
        their_link = doors.text("their_link", their_link, "correspondences",
                                lambda place: self._note_places([place]))
        if not their_link.strip():
            raise ModelError("blank_name", "A link name cannot be blank.")
        key = (link_id, partner_id, name_key(their_link))
        found = self.correspondences.get(key)
        previous = found.decision if found is not None else None
        if decision is None:
            if found is None:
                return None
            del self.correspondences[key]
        elif found is not None:
            found.decision = decision
        else:
            if len(self.correspondences) >= MAX_CORRESPONDENCES:
                raise doors.too_many("correspondences", len(self.correspondences) + 1,
                                     MAX_CORRESPONDENCES)
            self.correspondences[key] = Correspondence(link_id, partner_id, their_link, decision)
        self._emit(EventKind.CORRESPONDENCES_CHANGED, (key,))
        return previous

    def _take_correspondences_of_links(self, gone: set[str]
                                       ) -> list[tuple[int, CorrespondenceKey, Correspondence]]:
        """Remove the decisions about the links ``gone``; returns them with their indices."""
        taken = [(i, key, c) for i, (key, c) in enumerate(self.correspondences.items())
                 if c.link_id in gone]
        if taken:
            for _, key, _ in taken:
                del self.correspondences[key]
            self._emit(EventKind.CORRESPONDENCES_CHANGED, tuple(key for _, key, _ in taken))
        return taken

    def _restore_correspondences(
            self, records: list[tuple[int, CorrespondenceKey, Correspondence]]) -> None:
        if records:
            for index, key, record in records:
                self.correspondences = _insert(self.correspondences, key, record, index)
            self._emit(EventKind.CORRESPONDENCES_CHANGED, tuple(key for _, key, _ in records))
