"""What the PDF report shows, gathered without Qt: the cover never invents a date, the share
version drops owners, budgets and the working group, the gap chart ranks the gaps with their
fix-together sets, and the alliances, votes and changes sections appear only with something to
show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from valuechain_gui.io.report.dossier import gather, long_date
from valuechain_gui.model import Action, ActionKind, LinkStatus
from valuechain_gui.model.snapshots import Snapshot, chain_state


def test_the_cover_leaves_the_workshop_date_blank_when_the_project_has_none(small_project):
    cover = dict(gather(small_project, today=date(2026, 12, 4)).cover)
    assert cover["Workshop date"] == ""
    assert cover["Participants"] == "0"
    small_project.update_meta(date=date(2026, 3, 1), participants=["Alice", "Bob"])
    cover = dict(gather(small_project, "fr").cover)
    assert cover["Date de l'atelier"] == "1er mars 2026"
    assert cover["Participants"] == "2" and cover["Groupe de travail"] == "Alice, Bob"


def test_the_share_version_drops_owners_budgets_and_the_working_group(small_project):
    small_project.update_meta(participants=["Alice"])
    link = small_project.link_by_name("LiDAR sensors")
    small_project.add_action(Action(link.id, ActionKind.LOCAL_REINFORCEMENT, title="Train",
                                    owner="Bob Owner", budget=12000.0, notes="secret"))
    internal = gather(small_project)
    shared = gather(small_project, share_version=True)
    local = internal.plan[0].table
    assert "Owner" in local.headers and "Budget (€)" in local.headers
    row = dict(zip(local.headers, local.rows[-1]))
    assert row["Owner"] == "Bob Owner" and row["Budget (€)"] == "12,000\u00a0€"
    shared_local = shared.plan[0].table
    assert "Owner" not in shared_local.headers and "Budget (€)" not in shared_local.headers
    everything = repr(shared)
    for secret in ("Bob Owner", "12,000", "secret", "Alice"):
        assert secret not in everything
    assert shared.share_note


def test_the_chart_ranks_the_gaps_with_their_fix_together_sets(small_project):
    dossier = gather(small_project)
    assert [bar.name for bar in dossier.bars] == ["Perception software", "LiDAR sensors"]
    assert dossier.bars[0].status == LinkStatus.MISSING and dossier.bars[0].rank == 1
    assert dossier.bars[0].sets == [1] and dossier.bars[1].sets == [1]
    assert dossier.fix_together is not None
    assert dossier.fix_together.lines[1] == ("1. to reach Farms: fix Perception software; "
                                             "strengthen LiDAR sensors")


def test_sections_with_nothing_to_show_are_left_out(small_project):
    dossier = gather(small_project)
    assert dossier.alliances is None and dossier.votes is None and dossier.changes is None


def test_changes_are_those_since_the_last_snapshot(small_project):
    farms = small_project.link_by_name("Farms")
    old = Snapshot("First", date(2026, 1, 5), chain_state(small_project))
    small_project.set_status([farms.id], LinkStatus.WEAK)
    newer = Snapshot("Second", date(2026, 2, 5), chain_state(small_project))
    small_project.update_meta(snapshots=(old, newer))
    assert gather(small_project).changes is None  # nothing since the last one
    small_project.set_status([farms.id], LinkStatus.STRONG)
    changes = gather(small_project).changes
    assert changes is not None
    assert changes.lines == ["Compared with the snapshot “Second” of 5 February 2026."]
    assert changes.table.rows[0] == ["Status changed: Farms, weak → strong", "weak", "strong"]
    assert changes.table.rows[1][0] == "Action obsolete: Reinforce Farms (Farms)"


@dataclass(frozen=True)
class _Votes:
    """Stands for the workshop votes of one link (``counts()`` and ``dissent(status)``)."""

    tally: dict[str, int]

    def counts(self) -> dict[str, int]:
        return self.tally

    def dissent(self, status: LinkStatus) -> float | None:
        cast = sum(n for k, n in self.tally.items() if k != "unknown")
        return (cast - self.tally.get(status.value, 0)) / cast if cast else None


def test_votes_appear_most_divided_first_when_the_project_keeps_votes(small_project):
    sensors = small_project.link_by_name("LiDAR sensors")  # weak
    vehicle = small_project.link_by_name("Vehicle integration")  # strong
    small_project.votes = {sensors.id: _Votes({"weak": 4, "strong": 1}),
                           vehicle.id: _Votes({"strong": 2, "missing": 2, "unknown": 1})}
    votes = gather(small_project, "en").votes
    assert votes is not None
    assert votes.table.headers == ["Link", "Status", "strong", "weak", "missing",
                                   "Don't know", "Dissent"]
    assert votes.table.rows == [["Vehicle integration", "strong", "2", "0", "2", "1", "50%"],
                                ["LiDAR sensors", "weak", "1", "4", "0", "0", "20%"]]


def test_long_dates_in_both_languages():
    assert long_date("en", date(2027, 12, 31)) == "31 December 2027"
    assert long_date("fr", date(2027, 8, 1)) == "1er août 2027"


def test_columns_nobody_filled_in_are_left_out_of_the_plan_tables(small_project):
    link = small_project.link_by_name("LiDAR sensors")
    small_project.add_action(Action(link.id, ActionKind.LOCAL_REINFORCEMENT, title="Train",
                                    owner="Bob"))
    table = gather(small_project).plan[0].table
    assert table.headers == ["Rank", "Link", "Action", "Owner", "Progress"]
    assert sum(table.widths) in range(98, 103)
