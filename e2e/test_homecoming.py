"""The homecoming as a course and the foster carers in a real browser, counted (issue 24, item 3): on the child page of a
demo child placed in a foster family, its caseworker names the foster carers (for a network foster family each carer's
relation to the child is asked), decides the homecoming, plans it (an offer of support, the contact with the family) and
ends the placement by homecoming; the child page shows the carers and the course step by step, and the follow-up after
the homecoming is on her tray."""

import datetime
import re

from selenium.webdriver.support.ui import Select

CHILD_PATH = re.compile(r"^/children/[0-9A-Fa-f-]{36}$")


def placed_child_with_a_foster_family(spor):
    """A child of one of the demo's caseworkers, placed in a foster family with no homecoming decided yet, found by reading
    the child pages; the caseworker who has it is logged in."""
    for user in ("caseworker2", "caseworker3", "caseworker"):
        spor.driver.delete_all_cookies()
        spor.login(user)
        spor.open("/children")
        spor.wait_for("body")
        paths = []
        for link in spor.find_all("a[href^='/children/']"):
            path = re.sub(r"^https?://[^/]+", "", link.get_attribute("href") or "")
            if CHILD_PATH.match(path) and path not in paths:
                paths.append(path)
        for path in paths:
            spor.open(path)
            spor.wait_for("body")
            if spor.find_all("form#foster-carers-form") and spor.find_all("form#homecoming-decision-form") \
                    and not spor.find_all("section#foster-carers .foster-carers-named"):
                return user, path
    raise AssertionError("no caseworker of the demo has a child placed in a foster family without named carers")


def no_errors(spor):
    assert not spor.find_all(".error, .field-error"), [e.text for e in spor.find_all(".error, .field-error")]


def test_the_homecoming_decided_planned_and_ended_and_the_foster_carers_named(spor):
    user, child = placed_child_with_a_foster_family(spor)
    spor.open(child)
    network = bool(spor.find_all("select#foster-relation0"))
    asks_guidance = bool(spor.find_all("select#homecoming-decision-complaintGuidance"))
    assert Select(spor.find("select#homecoming-decision-outcome")).first_selected_option.get_attribute("value") == "", \
        "the decision's outcome is asked, not preset"

    # Counted: the foster carers — a given and a family name (2), their relation when a network family (1), save (1).
    spor.actions = 0
    spor.type("input#foster-givenName0", "Birthe")
    spor.type("input#foster-familyName0", "<b>Hansen</b>")
    if network:
        assert Select(spor.find("select#foster-relation0")).first_selected_option.get_attribute("value") == "", "asked, not preset"
        spor.choose("select#foster-relation0", "grandparent")
    spor.checkpoint("foster-carers")
    spor.click("button#foster-carers-submit", wait=True)
    no_errors(spor)
    carers_actions = spor.actions
    named = spor.find("section#foster-carers .foster-carers-named").text
    assert named.startswith("Plejefamilie: Birthe <b>Hansen</b>"), named
    assert "plejefamilie" in named.split("(")[-1], named

    # The decision: open it (1), the outcome (1), the day of the homecoming (1), the reasons (1), the child's views — here
    # a reason she was not heard, in place of the conversation the journal offers (2) —, the complaint guidance from 10 (1),
    # save (1).
    spor.actions = 0
    spor.click("details#homecoming-decision-step summary")
    spor.choose("select#homecoming-decision-outcome", "granted")
    home_on = (datetime.date.today() + datetime.timedelta(days=14)).isoformat()
    spor.type_date("input#homecoming-decision-homecomingOn", home_on)
    spor.type("textarea#homecoming-decision-reasons", "Forældrene kan igen drage omsorg for barnet")
    spor.choose("select#homecoming-decision-heardIn", "")
    spor.type("textarea#homecoming-decision-notHeardReason", "Barnet blev hørt på plejefamiliens møde; referatet følger")
    if asks_guidance:
        spor.choose("select#homecoming-decision-complaintGuidance", "yes")
    spor.checkpoint("homecoming-decision")
    spor.click("button#homecoming-decision-submit", wait=True)
    no_errors(spor)
    decision_actions = spor.actions

    # The plan (its day offered from the decision, the school from the child's institution): an offer of support (1), the
    # contact with the family (1), the school when the journal knows none (1), save (1).
    spor.actions = 0
    spor.wait_for("form#homecoming-plan-form")
    assert spor.find("input#homecoming-plan-homecomingOn").get_attribute("value") == home_on, "the decision's day offered"
    spor.choose("input#homecoming-plan-support-familiebehandling", "")
    spor.type("textarea#homecoming-plan-familyContact", "Ugentligt møde med forældrene de første tre måneder")
    if not spor.find("input#homecoming-plan-school").get_attribute("value"):
        spor.type("input#homecoming-plan-school", "Allingåbro Skole")
    spor.checkpoint("homecoming-plan")
    spor.click("button#homecoming-plan-submit", wait=True)
    no_errors(spor)
    # The end of the placement (1).
    spor.wait_for("form#homecoming-end-form")
    spor.click("button#homecoming-end-submit", wait=True)
    no_errors(spor)
    spor.wait_for_path(child)
    course_actions = spor.actions
    total = carers_actions + decision_actions + course_actions
    print(f"homecoming: foster carers {carers_actions}, decision {decision_actions}, plan and end {course_actions} "
          f"counted actions ({total} in all; {'a network foster family' if network else 'a foster family'}, "
          f"{'with' if asks_guidance else 'without'} complaint guidance)")
    assert carers_actions == (4 if network else 3), carers_actions
    assert decision_actions == (8 if asks_guidance else 7), decision_actions
    assert course_actions in (3, 4), course_actions

    # Check: the child page's Hjemgivelse, step by step …
    section = spor.find("section#homecoming").text
    for text in ("1. Afgørelse om hjemgivelse", "Bevilget", "2. Plan for hjemgivelsen", "Støtte efter hjemgivelsen: Familiebehandling",
                 "3. Anbringelsen ophører", "Hjemgivet", "4. Opfølgning efter hjemgivelsen", "Opfølgningsperioden løber til og med"):
        assert text in section, f"{text!r} not in {section!r}"
    assert spor.find_all("form#homecoming-follow-up-form"), "the follow-up's form"
    spor.checkpoint("homecoming-course")
    timeline = spor.find("ol.timeline").text
    assert "Plan for hjemgivelse" in timeline and "Plejefamilie" in timeline, timeline

    # … and the follow-up after the homecoming on the caseworker's tray.
    name = spor.find("h1").text.strip()
    spor.open("/tray")
    spor.wait_for("body")
    rows = [row.text for row in spor.find_all("tr, li") if "Opfølgning efter hjemgivelse" in row.text]
    assert any(name.split(" ")[0] in row for row in rows), (name, rows)
    spor.checkpoint("homecoming-tray")

    # The foster carers' list names the carer with the child.
    spor.open("/foster-carers")
    spor.wait_for("body")
    listed = spor.find("table#foster-carers-list").text
    assert "Birthe <b>Hansen</b>" in listed and name.split(" ")[0] in listed, listed
    spor.checkpoint("foster-carers-list")
