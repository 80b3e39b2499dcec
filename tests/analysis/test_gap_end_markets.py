"""End markets: the links marked as such or, when none is, the links with no downstream flow once
return flows are set aside (a link whose only outgoing flows are return flows giving way to its
upstream links), derived when the analysis runs and never written into the links; one rule for
every chain."""

from __future__ import annotations

from valuechain_gui.analysis.gaps import analyse
from valuechain_gui.model import LinkStatus, Project, Stage

from .chains import M, S, U, W, chain, lid, names


def recycling_chain(flagged: bool = False) -> Project:
    # the last stage is end-of-life recycling; Farms and Mines are the uses
    return chain([("Batteries", 0, W, False), ("Assembly", 1, S, False),
                  ("Farms", 2, U, flagged), ("Mines", 2, U, flagged), ("Recycling", 3, M, False)],
                 [("Batteries", "Assembly"), ("Assembly", "Farms"), ("Assembly", "Mines"),
                  ("Assembly", "Recycling")], stages=4)


def test_no_link_marked_the_sinks_are_the_end_markets_whatever_their_stage():
    project = recycling_chain()
    r = analyse(project)
    assert r.end_markets_derived is True
    assert names(project, r.end_markets) == ["Farms", "Mines", "Recycling"]
    assert not any(link.end_market for link in project.links.values())  # nothing written
    # Farms and Mines are reached without a missing link (2 of 3), none without a gap (the
    # batteries are weak): (2/3 + 0) / 2; recycling is one end market of three, not the only one
    assert (r.share_without_missing, r.share_without_gaps) == (2 / 3, 0.0)
    assert r.completeness == 1 / 3
    batteries = r.by_link[lid(project, "Batteries")]
    assert names(project, batteries.bottleneck_for) == ["Farms", "Mines", "Recycling"]
    recycling = r.by_link[lid(project, "Recycling")]
    assert (recycling.reach_end_markets, recycling.bottleneck_for) == (1 / 3, ())


def test_marked_end_markets_win_over_the_sinks():
    project = recycling_chain(flagged=True)
    r = analyse(project)
    assert r.end_markets_derived is False
    assert names(project, r.end_markets) == ["Farms", "Mines"]


def test_a_loop_inside_a_stage_without_return_mark_has_no_end_market():
    # neither flow goes to an earlier stage and none is marked as a return flow: no sink
    project = chain([("A", 0, S, False), ("B", 0, W, False)], [("A", "B"), ("B", "A")])
    r = analyse(project)
    assert r.end_markets == () and r.completeness == 0.0
    assert [n.code for n in r.note_details] == ["loop_without_source", "no_end_market"]


def test_a_loop_back_to_an_earlier_stage_takes_the_links_feeding_the_loop():
    # B's only outgoing flow goes back to an earlier stage (recycling): A, feeding B, is the use
    project = chain([("A", 0, S, False), ("B", 1, W, False)], [("A", "B"), ("B", "A")])
    r = analyse(project)
    assert names(project, r.end_markets) == ["A"] and r.end_markets_derived is True


def test_new_and_moved_links_are_never_marked_by_their_stage():
    project = Project.new(language="en")
    last = project.stages[-1].id
    made = project.make_link("Farms", last)
    assert made.end_market is False
    project.add_link(made)
    other = project.make_link("Mines", project.stages[0].id)
    project.add_link(other)
    project.update_links({other.id: {"stage_id": last}})
    assert (project.links[made.id].end_market, project.links[other.id].end_market) == (False, False)


def test_a_chain_built_by_hand_scores_like_the_same_chain_made_of_stages_given_at_once():
    # by hand: Farms drawn in the first stage, then moved into the last one
    moved = Project(language="en")
    stages = [Stage("Components"), Stage("Integration"), Stage("End use")]
    for stage in stages:
        moved.add_stage(stage)
    specs = [("Sensors", 0, LinkStatus.WEAK), ("Software", 0, LinkStatus.MISSING),
             ("Vehicle", 1, LinkStatus.STRONG), ("Farms", 0, LinkStatus.UNASSESSED),
             ("Mines", 2, LinkStatus.UNASSESSED)]
    links = [moved.make_link(name, stages[i].id) for name, i, _ in specs]
    moved.add_links(links)
    for up, down in [("Sensors", "Vehicle"), ("Software", "Vehicle"), ("Sensors", "Farms"),
                     ("Vehicle", "Mines")]:
        moved.add_flow(lid(moved, up), lid(moved, down))
    for link, (_, _, status) in zip(links, specs):
        if status != LinkStatus.UNASSESSED:
            moved.set_status([link.id], status)
    moved.update_links({lid(moved, "Farms"): {"stage_id": stages[2].id}})
    # at once: Farms made directly in the last stage
    direct = moved.clone()
    direct.remove_links([lid(direct, "Farms")])
    direct.add_link(direct.make_link("Farms", stages[2].id))
    direct.add_flow(lid(direct, "Sensors"), lid(direct, "Farms"))

    def scores(project: Project) -> dict[str, float]:
        return {g.name: g.score for g in analyse(project).gaps}

    assert scores(moved) == scores(direct)
    assert names(moved, analyse(moved).end_markets) == ["Farms", "Mines"]
