"""Agreed actions are worked to the end (issue 19, item 2): a network meeting agrees two actions owned by a teacher;
the teacher marks one *udført* on *Mine aftaler* and it leaves every list; the other *ikke udført* with a comment, and
it stays visible to the caseworker with the comment, on the child page and on the work tray."""

import random
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo


def logout(spor):
    spor.submit_and_wait("button#logout-submit")
    spor.wait_for("input#username")


def display_name(spor):
    """The signed-in user's name, from "Logget ind som <name> (<role>)"."""
    return spor.find("span.who").text.split(" (")[0].replace("Logget ind som ", "").strip()


def set_value(spor, css, value):
    """A date field is set as the browser would after a pick (typing a date depends on the browser's locale)."""
    spor.actions += 1
    spor.driver.execute_script("arguments[0].value = arguments[1];", spor.find(css), value)


def action_row(spor, text):
    rows = [r for r in spor.find_all("table#actions tbody tr") if text in r.text]
    return rows[0] if rows else None


def test_teacher_marks_one_action_done_and_one_not_done(spor):
    tag = uuid.uuid4().hex[:6]
    family = f"Aftale{tag}"
    rng = random.Random(tag)
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}14-4{rng.randint(100, 998) // 2 * 2:03d}"
    done_text = f"E2E {tag}: ring til PPR"
    not_done_text = f"E2E {tag}: tal med far om morgenerne"
    comment = f"E2E {tag}: far har ikke svaret på tre opkald"
    due = (datetime.now(ZoneInfo("Europe/Copenhagen")) + timedelta(days=7)).date().isoformat()

    # Setup, not counted: the teacher's name; a child with the caseworker; a network meeting agreeing two actions.
    spor.login("professional")
    teacher = display_name(spor)
    logout(spor)
    spor.login("caseworker")
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys("Asta")
    spor.find("input#register-familyName").send_keys(family)
    spor.choose("select#register-district", "Område Grenaa")
    spor.submit_and_wait("button#register-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    child_path = spor.path
    spor.submit_and_wait("button#assign-submit")  # the caseworker takes the case (the form offers themselves)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    spor.open("/meetings/new")
    spor.find("input#meeting-cpr").send_keys(cpr)
    spor.find("textarea#meeting-worries").send_keys("Meget fravær om morgenen")
    spor.find("textarea#meeting-workingWell").send_keys("Gode venner i klassen")
    spor.find("textarea#meeting-needsToHappen").send_keys("Hjælp til at komme af sted")
    for row, what in enumerate([done_text, not_done_text]):
        spor.find(f"input#action{row}What").send_keys(what)
        owner = next(o for o in spor.find_all(f"select#action{row}Owner option") if o.text.startswith(teacher + " ("))
        spor.choose(f"select#action{row}Owner", owner.get_attribute("value"))
        set_value(spor, f"input#action{row}Due", due)
    spor.submit_and_wait("button#meeting-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    logout(spor)

    # The teacher marks the first action done on Mine aftaler.
    spor.login("professional")
    spor.open("/actions")
    row = action_row(spor, done_text)
    assert row is not None, spor.find("main").text
    spor.checkpoint("my-actions")
    form_id = row.find_element("css selector", "input[name=outcome][value=done]").get_attribute("id")
    spor.actions = 0
    spor.click(f"tr#{row.get_attribute('id')} details.task-controls summary")
    spor.checkpoint("my-actions-open")
    spor.choose(f"input#{form_id}", "done")
    spor.click(f"tr#{row.get_attribute('id')} form.task-form button[type=submit]", wait=True)
    assert spor.actions <= 3, spor.actions
    spor.wait_for_path("/actions")
    assert "gemt" in spor.wait_for(".notice").text
    assert action_row(spor, done_text) is None, "a done action leaves the teacher's list"

    # The second: ikke udført, with the comment.
    row = action_row(spor, not_done_text)
    assert row is not None
    row_css = f"tr#{row.get_attribute('id')}"
    spor.click(f"{row_css} details.task-controls summary")
    not_done = row.find_element("css selector", "input[name=outcome][value=notDone]").get_attribute("id")
    spor.choose(f"input#{not_done}", "notDone")
    spor.type(f"{row_css} textarea[name=comment]", comment)
    spor.click(f"{row_css} form.task-form button[type=submit]", wait=True)
    spor.wait_for_path("/actions")
    assert action_row(spor, not_done_text) is None, "not done passes to the caseworker"
    spor.checkpoint("my-actions-after")
    logout(spor)

    # The caseworker: the done action is on no list; the one not done is, with the comment.
    spor.login("caseworker")
    spor.open(child_path)
    timeline = spor.find("ol.timeline").text
    assert comment in timeline, timeline
    assert "Ikke udført" in timeline and "Udført" in timeline
    glance = spor.find("main").text
    assert "Aftalt handling fra netværksmøde" in glance
    spor.checkpoint("child-page")

    spor.open("/tray")
    spor.wait_for("main")
    rows = [r for r in spor.find_all("tr.tray-item") if family in r.text and r.get_attribute("data-rule") == "network-meeting-action"]
    assert len(rows) == 1, [r.text for r in rows]
    assert comment in rows[0].text, rows[0].text
    spor.checkpoint("tray-with-not-done")


def test_a_legal_deadline_marked_not_relevant_needs_a_reason_and_the_team_lead_sees_it(spor):
    tag = uuid.uuid4().hex[:6]
    family = f"Frist{tag}"
    rng = random.Random(tag)
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}13-4{rng.randint(100, 998) // 2 * 2:03d}"
    reason = f"E2E {tag}: læreren har trukket underretningen tilbage og ønsker ingen kvittering"

    # Setup: a child with the caseworker, and a teacher's notification (a receipt is owed within 6 working days).
    spor.login("caseworker")
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys("Ellen")
    spor.find("input#register-familyName").send_keys(family)
    spor.choose("select#register-district", "Område Grenaa")
    spor.submit_and_wait("button#register-submit")
    spor.submit_and_wait("button#assign-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    logout(spor)
    spor.login("professional")
    spor.wait_for_path("/professional")
    spor.find("input#submission-cpr").send_keys(cpr)
    spor.choose("select#submission-kind", "notification")
    spor.find("textarea#submission-description").send_keys(f"E2E {tag}: eleven er ofte sulten")
    spor.submit_and_wait("button#submission-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    logout(spor)

    # The caseworker opens the form from the tray's row.
    spor.login("caseworker")
    spor.open("/tray")
    rows = [r for r in spor.find_all("tr.tray-item") if family in r.text and r.get_attribute("data-rule") == "receipt-6-working-days"]
    assert rows, "the receipt is on the tray"
    spor.driver.get(rows[0].find_element("css selector", "a.task-not-relevant").get_attribute("href"))
    spor.wait_for("form#not-relevant-form")
    spor.checkpoint("not-relevant-form")
    # Without a reason (the browser's own check taken away): refused with the reason, nothing saved.
    spor.driver.execute_script("document.getElementById('not-relevant-reason').removeAttribute('required');")
    spor.submit_and_wait("form#not-relevant-form button[type=submit]")
    assert "Skriv hvorfor fristen ikke er relevant" in spor.find(".error").text
    spor.checkpoint("not-relevant-refused")
    spor.find("textarea#not-relevant-reason").send_keys(reason)
    spor.submit_and_wait("form#not-relevant-form button[type=submit]")
    spor.wait_for_path("/tray")
    assert not [r for r in spor.find_all("tr.tray-item") if family in r.text and r.get_attribute("data-rule") == "receipt-6-working-days"]
    logout(spor)

    spor.login("teamlead")
    spor.open("/team/not-relevant")
    listing = spor.find("table#not-relevant").text
    assert reason in listing and family in listing, listing
    spor.checkpoint("team-not-relevant")
