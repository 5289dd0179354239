"""Delivery progress as pages show it, from small hand-made plans, without a
build: each action's status in words and by shape, its lead, due month and
updates, the summaries' bars and tables, the honest empty states, and the
Board's report."""

from __future__ import annotations

import datetime as dt
import json
import re

from support.html import Page, element_text

from macros.data.models import DeliveryPlan, Portfolio, PublishedIds
from macros.addresses import moved_anchors
from macros.render.plan import render_delivery_plan
from macros.render.progress import BAR_WIDTH, GAP, axis_numbers, stacked_bars
from macros.analysis.progress import states_from_json
from macros.render.progress import render_progress_report

WORDS = {None: "Not reported", "not-started": "Not started", "on-track": "On track", "at-risk": "At risk",
         "off-track": "Off track", "complete": "Complete"}
NO_PORTFOLIO = Portfolio.model_validate({"title": "Portfolio", "workstream": "elsewhere", "status": "agreed"})
TODAY = dt.date(2026, 12, 2)


def plan(*actions: dict, second: tuple[dict, ...] = ()) -> DeliveryPlan:
    # As JSON, whose dates are text (a YAML file's are dates), as of the report's date.
    return DeliveryPlan.model_validate_json(json.dumps({
        "pillars": [{"id": "lead", "name": "LEAD"}, {"id": "enable", "name": "ENABLE"}],
        "workstreams": [{"id": "convene", "pillar": "lead", "name": "Convene", "next_year": list(actions)},
                        {"id": "learn", "pillar": "enable", "name": "Learn", "next_year": list(second)}]}),
        context={"today": TODAY})


def act(action_id: str, **fields) -> dict:
    return {"id": action_id, "text": f"Text of {action_id}.", **fields}


def test_every_status_is_shown_in_words_and_by_a_shape_of_its_own():
    statuses = list(WORDS)
    html = render_delivery_plan(plan(*[act(f"a-{i}", **({"status": s} if s else {}))
                                       for i, s in enumerate(statuses)]), NO_PORTFOLIO)
    shapes = []
    for index, status in enumerate(statuses):
        assert WORDS[status] in element_text(html, f"a-{index}")
        item = re.search(rf'<li class="ogic-action" id="a-{index}">(.*?)</li>', html, re.S).group(1)
        shapes.append(re.search(r'<svg class="ogic-status__icon"[^>]*aria-hidden="true"[^>]*>(.*?)</svg>',
                                item, re.S).group(1))
    assert len(set(shapes)) == len(statuses)  # six statuses, six different drawings


def test_an_action_shows_its_lead_due_month_and_latest_update_first():
    html = render_delivery_plan(plan(act("event", status="at-risk", lead="The events group", due="2027-03",
                                         updates=[{"date": "2026-06-01", "text": "Planning began."},
                                                  {"date": "2026-09-03", "text": "Venue booked."},
                                                  {"date": "2026-07-15", "text": "Budget agreed."}])),
                                 NO_PORTFOLIO)
    text = element_text(html, "event")
    assert "At risk" in text and "Lead: The events group" in text and "Due March 2027" in text
    # Given out of order in the data: the latest (3 September) first, then the earlier ones newest first.
    assert "Latest update, 3 September 2026: Venue booked." in text
    assert "Earlier updates (2)" in text
    assert text.index("15 July 2026: Budget agreed.") < text.index("1 June 2026: Planning began.")


def test_an_action_nobody_reported_says_so_and_nothing_more():
    html = render_delivery_plan(plan(act("quiet")), NO_PORTFOLIO)
    text = element_text(html, "quiet")
    assert "Not reported" in text
    assert not any(word in text for word in ("Lead:", "Due ", "update"))
    assert "No progress has been reported on these actions yet" in Page(html).text
    assert "by status" not in Page(html).text  # one sentence says so, not a summary of "Not reported" per heading


def test_once_one_action_is_reported_the_plan_no_longer_says_none_is():
    html = render_delivery_plan(plan(act("quiet"), act("going", status="on-track")), NO_PORTFOLIO)
    assert "No progress has been reported" not in Page(html).text


def test_each_pillar_and_workstream_has_its_counts_in_a_table_and_an_accessible_bar():
    html = render_delivery_plan(plan(act("a", status="on-track"), act("b"), act("c", status="on-track"),
                                     second=(act("d", status="complete"),)), NO_PORTFOLIO)
    # Each pillar here has one workstream with actions: its summary would repeat its pillar's, so only
    # the pillar's is shown.
    assert 'id="progress--convene"' not in html and 'id="progress--learn"' not in html
    for anchor, rows in (("lead", {"On track": "2", "Not reported": "1"}), ("enable", {"Complete": "1"})):
        summary = re.search(rf'<div class="ogic-progress" id="progress--{anchor}">(.*?)</table>', html, re.S).group(1)
        table = {Page(th).text: Page(td).text for th, td in
                 re.findall(r'<tr><th scope="row">(.*?)</th><td class="ogic-num">(.*?)</td></tr>', summary)}
        assert table == rows, anchor
        svg = Page(summary).find("svg", id=f"progress--{anchor}-chart")[0]
        assert svg["role"] == "img"
        assert svg["aria-labelledby"] == f"progress--{anchor}-chart-title progress--{anchor}-chart-desc"
        desc = re.search(r"<desc[^>]*>(.*?)</desc>", summary).group(1)
        assert all(f"{status}: {count}." in desc for status, count in rows.items()), desc


def test_each_status_fills_its_part_with_a_texture_of_its_own_and_the_table_is_the_key():
    # A part too narrow for its shape is still told apart without colour (WCAG 1.4.1).
    statuses = [s for s in WORDS if s]
    html = render_delivery_plan(plan(*[act(f"a-{i}", status=s) for i, s in enumerate(statuses)], act("none")),
                                NO_PORTFOLIO)
    summary = re.search(r'<div class="ogic-progress" id="progress--lead">(.*?)</table>', html, re.S).group(1)
    chart = re.search(r'<svg class="ogic-progress__svg".*?</svg>', summary, re.S).group(0)
    patterns = dict(re.findall(r'<pattern id="([^"]+)"[^>]*>(.*?)</pattern>', chart, re.S))
    fills = re.findall(r'<rect [^>]*fill="url\(#([^)]+)\)"', chart)
    assert len(fills) == len(WORDS) and set(fills) <= set(patterns)  # every part's fill is defined
    assert len({patterns[fill] for fill in fills if not fill.endswith("not-reported")}) == len(statuses)
    keys = re.findall(r'<tr><th scope="row"><svg class="ogic-progress__swatch[^>]*>.*?url\(#([^)]+)\).*?</svg>'
                      r'(.*?)</th>', summary, re.S)
    assert {fill: Page(words).text for fill, words in keys} == {
        f"progress--lead-chart-fill-{status or 'not-reported'}": WORDS[status] for status in WORDS}


def test_a_pillar_with_two_workstreams_with_actions_shows_each_workstreams_summary_too():
    two = DeliveryPlan.model_validate({
        "pillars": [{"id": "lead", "name": "LEAD"}],
        "workstreams": [{"id": "convene", "pillar": "lead", "name": "Convene",
                         "next_year": [act("a", status="on-track")]},
                        {"id": "integrate", "pillar": "lead", "name": "Integrate", "next_year": [act("b")]}]})
    html = render_delivery_plan(two, NO_PORTFOLIO)
    assert all(f'id="progress--{anchor}"' in html for anchor in ("lead", "convene", "integrate"))


def test_the_bars_carry_their_counts_and_an_axis_of_whole_actions():
    states = states_from_json([{"id": f"a{i}", "status": "on-track" if i < 5 else None} for i in range(7)])
    bars = stacked_bars("x", [(None, states)])
    [row] = bars.rows
    assert [(part.status, part.count, part.labelled) for part in row.parts] == [(None, 2, True), ("on-track", 5, True)]
    assert [number for _, number in bars.ticks] == [0, 2, 4, 6, 7]
    assert bars.ticks[0][0] == 0 and bars.ticks[-1][0] == BAR_WIDTH  # 0 at the start, the longest bar's end
    html = render_delivery_plan(plan(*[act(f"a{i}", status="on-track") for i in range(5)], act("z")), NO_PORTFOLIO)
    svg = re.search(r'<svg[^>]*id="progress--lead-chart".*?</svg>', html, re.S).group(0)
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "5" in texts and "6" in texts and "Number of actions" in texts  # a part's count, the total, the axis


def test_the_axis_leaves_out_a_step_too_close_to_the_last_number_to_be_read_apart():
    assert axis_numbers(21) == [0, 5, 10, 15, 21]  # not "20" beside "21"
    assert axis_numbers(7) == [0, 2, 4, 6, 7]


def test_the_bar_parts_are_in_proportion_with_a_gap_between_them():
    states = states_from_json([{"id": i, "status": s} for i, s in
                               (("a", None), ("b", "on-track"), ("c", None), ("d", None))])
    [row] = stacked_bars("x", [(None, states)]).rows
    # 4 actions fill BAR_WIDTH (254): 3 not reported = 190.5 wide, then 1 on track = 63.5 wide; each part
    # gives up GAP (2) to the white between parts, 1 on each side.
    assert [(p.status, p.count, p.x, p.width) for p in row.parts] == [
        (None, 3, 1.0, 188.5), ("on-track", 1, 191.5, 61.5)]
    assert BAR_WIDTH == 254 and GAP == 2


def test_bars_share_one_scale_so_lengths_compare():
    one = states_from_json([{"id": "a"}])
    two = states_from_json([{"id": "b"}, {"id": "c"}])
    short, long = stacked_bars("x", [("One", one), ("Two", two)]).rows
    assert short.parts[0].width + GAP == 127 and long.parts[0].width + GAP == 254  # 1 of 2, 2 of 2, of 254
    assert long.y - short.y > 22 + 20  # each bar has its name above it


def test_retired_ids_lead_on_from_the_plan_page():
    current = plan(act("kept"))
    published = PublishedIds.model_validate({"offer": [], "actions": ["kept", "merged", "handed-over"],
                                             "moved_actions": {"merged": "kept",
                                                               "handed-over": "offer.md#qi-training"}})
    moved = moved_anchors(published.moved_actions, {"kept": "Kept."}, "delivery-plan/")
    html = render_delivery_plan(current, NO_PORTFOLIO, "delivery-plan/", moved)
    assert 'id="merged" data-ogic-moved-to="#kept"' in html
    assert 'id="handed-over" data-ogic-moved-to="../offer/#qi-training"' in html


def test_in_a_published_version_each_action_links_to_itself_under_latest():
    html = render_delivery_plan(plan(act("kept")), NO_PORTFOLIO, "delivery-plan/", versioned=True)
    assert '<a class="ogic-action__link" href="../../latest/delivery-plan/#kept">' in html


# --- the Board's report ---

NO_IDS = PublishedIds.model_validate({"offer": []})


def report(current: DeliveryPlan, previous_version=None, previous=None, published=NO_IDS) -> str:
    html = render_progress_report(current, published, TODAY, "../delivery-plan/", previous_version, previous)
    return element_text(f'<div id="report">{html}</div>', "report")


def test_with_nothing_reported_the_report_says_so_and_names_no_repository_file():
    text = report(plan(act("a"), act("b")))
    assert "No progress has been reported yet" in text
    assert "data/" not in text and "CONTRIBUTING" not in text  # the Board reads it: Open items says where
    assert "No action has a due month yet, so none can be overdue." in text
    assert "No action has an update recorded yet." in text
    assert "No action has an update yet, so none can be out of date." in text
    assert "more than 90 days old" not in text
    assert "There is no earlier published version of the play book to compare with" in text


def test_the_report_lists_overdue_quiet_and_never_updated_actions_as_of_its_date():
    text = report(plan(act("late", status="on-track", due="2026-11",
                           updates=[{"date": "2026-09-03", "text": "Booked."}]),          # overdue; 90 days
                       act("quiet", status="at-risk", updates=[{"date": "2026-09-02", "text": "Began."}]),  # 91
                       act("silent", status="not-started", due="2026-12"),
                       act("done", status="complete", due="2026-10")))
    overdue = text[text.index("Overdue actions"):text.index("Actions without a recent update")]
    quiet = text[text.index("Actions without a recent update"):text.index("No update recorded")]
    never = text[text.index("No update recorded"):text.index("Changes since")]
    assert "Text of late." in overdue and "Due November 2026" in overdue
    assert not any(f"Text of {a}." in overdue for a in ("quiet", "silent", "done"))
    assert "Text of quiet." in quiet and "91 days before this report" in quiet and "Text of late." not in quiet
    assert "Text of silent." in never and "Text of done." not in never
    assert "This report is as of 2 December 2026" in text


def test_the_report_links_each_action_to_its_place_in_the_plan():
    html = render_progress_report(plan(act("late", due="2026-01")), NO_IDS, TODAY, "../delivery-plan/", None, None)
    assert '<a href="../delivery-plan/#late">Text of late.</a>' in html


def entry(action_id, status=None, updates=()):
    return {"id": action_id, "text": f"Text of {action_id}.", "pillar": "lead", "pillar_name": "LEAD",
            "workstream": "convene", "workstream_name": "Convene", "status": status,
            "updates": [{"date": d, "text": t} for d, t in updates]}


def test_the_report_says_what_changed_since_the_previous_version():
    previous = [entry("a", "on-track"), entry("gone", "at-risk"), entry("merged")]
    published = PublishedIds.model_validate({"offer": [], "actions": ["a", "gone", "merged", "new"],
                                             "moved_actions": {"merged": "a"}})
    text = report(plan(act("a", status="off-track", updates=[{"date": "2026-11-20", "text": "Supplier gone."}]),
                       act("new")), "1.0", previous, published)
    assert "Changes since version 1.0" in text
    changes = text[text.index("Status changes"):]
    assert "Text of a. (LEAD: Convene) On track Off track" in changes
    assert "20 November 2026, Text of a. (LEAD: Convene): Supplier gone." in changes
    assert "New actions Text of new. (LEAD: Convene)" in changes
    removed = changes[changes.index("Removed actions"):]
    assert "Text of gone." in removed and "Text of merged. (LEAD: Convene): where it went" in removed


def test_the_report_is_honest_when_there_is_nothing_to_compare():
    same = plan(act("a", status="on-track"))
    assert "Nothing changed since version 1.0" in report(same, "1.0", [entry("a", "on-track")])
    assert "Version 1.0 was published before the play book recorded delivery progress" in report(same, "1.0", None)
