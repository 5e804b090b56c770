"""Policy content in the system (issue 23, item 5) in a real browser: policy staff add an initiative to goal 3.2 from
the tracker; it appears on the tracker under goal 3.2 and in the yearly status report. The journey's user actions are
counted (`spor.click/type/choose`)."""

import uuid


def test_policy_staff_add_an_initiative_to_goal_3_2(spor):
    tag = uuid.uuid4().hex[:6]
    name = f"Fællesskab i fritiden {tag}"
    spor.login("policy")
    spor.open("/policy/tracker")
    spor.wait_for("a[href='/policy/new-initiative']")

    spor.actions = 0
    spor.click("a[href='/policy/new-initiative']", wait=True)
    spor.wait_for("form#initiative-form")
    spor.checkpoint("new-initiative")
    spor.type("input#initiative-name", name)
    spor.type("textarea#initiative-description", "Flere børn og unge i foreningerne.")
    spor.type("input#initiative-goals", "3.2")
    spor.type("input#initiative-owner", "Forebyggelsesteamet")
    spor.type_date("input#initiative-start", "2026-03-01")
    spor.click("button#initiative-submit", wait=True)
    actions = spor.actions
    print(f"counted actions to add the initiative: {actions}")
    assert actions == 7, actions  # open the form, five fields, save
    assert "ny version" in spor.wait_for(".notice").text
    assert name in spor.find("h1").text
    spor.checkpoint("initiative-added")

    spor.open("/policy/tracker")
    goal = spor.wait_for("li#goal-3\\.2")
    assert name in goal.text, goal.text
    spor.checkpoint("tracker")

    # The report of the year the initiative started (the last whole year's may already be saved as a version).
    spor.open("/policy/report/2026")
    spor.wait_for("h1")
    assert name in spor.find("body").text
    spor.checkpoint("report")
