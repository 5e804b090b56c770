"""Abuse preparedness (issue 24, item 1): a notification about abuse phoned in to the intake, then its checklist on the
child page worked through step by step — the conversation with the child (recorded from the checklist, then named as the
step, the parents' suspicion asked unanswered), the police, the børnehus, the decision not to inform the parents yet —
each step on the timeline with its time, and the investigation the suspicion makes mandatory opened from it with the
notification chosen. The journey's actions are counted."""

import random
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from selenium.webdriver.support.ui import Select

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def local(moment: datetime) -> str:
    """A datetime-local field's value."""
    return moment.strftime("%Y-%m-%dT%H:%M")


def shown(moment: datetime) -> str:
    """How the page writes a time in Danish (Format.dateTime)."""
    return moment.strftime("%d.%m.%Y kl. %H.%M")


def test_abuse_notification_checklist_worked_through(spor):
    tag = uuid.uuid4().hex[:6]
    family = f"Beredskab{tag}"
    rng = random.Random(tag)
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}15-4{rng.randint(100, 998) // 2 * 2:03d}"
    now = datetime.now(COPENHAGEN).replace(second=0, microsecond=0)
    received = now - timedelta(hours=3)
    police_at = now - timedelta(hours=1)

    # Setup, not counted: the child is in Spor and the caseworker's.
    spor.login("caseworker")
    spor.register_child(cpr, "Ida", family)
    spor.open("/intake")
    spor.wait_for("a#register-notification")
    spor.actions = 0

    # The notification about abuse, phoned in three hours ago (8 actions).
    spor.click("a#register-notification", wait=True)
    spor.wait_for("form#intake-form")
    spor.type("input#intake-cpr", cpr)
    spor.choose("input#intake-channel-phone", "phone")
    spor.choose("input#intake-notifierKind-privatePerson", "privatePerson")
    spor.type_date("input#intake-receivedAt", local(received))
    spor.type("textarea#intake-description", f"E2E {tag}: en nabo hører barnet skrige; barnet har fortalt, at far slår")
    spor.choose("input#intake-concernsAbuse-yes", "yes")
    spor.click("button#intake-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    after_notification = spor.actions

    # The child page: the checklist, every step pending (1 action).
    row = next(r for r in spor.find_all("table#intake tbody tr") if family in r.text)
    spor.actions += 1
    row.find_element("css selector", "a.intake-link").click()
    checklist = spor.wait_for("section#preparedness")
    assert shown(received) in checklist.text, checklist.text
    assert len(spor.find_all("li.preparedness-step.pending")) == 5
    spor.checkpoint("checklist-new")

    # The conversation with the child, recorded from the checklist (4 actions) …
    spor.click("a#preparedness-write-conversation", wait=True)
    spor.wait_for("form#course-form")
    spor.type("input#step-place", "På skolen, uden forældrene")
    spor.type("textarea#step-childsWords", "Far bliver vred og slår")
    spor.click("button#course-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    # … then named as the step: the journal's conversation offered, the parents' suspicion unanswered until answered (3).
    spor.wait_for("section#preparedness")
    spor.click("details#prep-childConversation-step summary")
    conversation = Select(spor.find("select#prep-childConversation-conversation"))
    assert conversation.first_selected_option.get_attribute("value"), "the conversation is offered"
    suspected = Select(spor.find("select#prep-childConversation-parentsSuspected"))
    assert suspected.first_selected_option.get_attribute("value") == "", "the legal question starts unanswered"
    spor.choose("select#prep-childConversation-parentsSuspected", "yes")
    spor.checkpoint("conversation-step")
    spor.click("button#prep-childConversation-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    # The police, consulted an hour ago: an earlier time of the same day (4 actions).
    spor.click("details#prep-police-step summary")
    spor.choose("select#prep-police-police", "consultedNotReported")
    spor.type_date("input#prep-police-occurredAt", local(police_at))
    spor.click("button#prep-police-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    # The børnehus (3 actions).
    spor.click("details#prep-childrensHouse-step summary")
    spor.choose("select#prep-childrensHouse-childrensHouse", "referred")
    spor.click("button#prep-childrensHouse-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    # The decision not to inform the parents yet, with its reason (3 actions).
    spor.click("details#prep-parentsNotInformed-step summary")
    spor.type("textarea#prep-parentsNotInformed-reason", "Far er mistænkt; politiet afhører ham først")
    spor.click("button#prep-parentsNotInformed-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.checkpoint("checklist-four-steps")

    # The investigation, opened from the checklist with the notification chosen (3 actions).
    spor.click("a#preparedness-start-investigation", wait=True)
    spor.wait_for("form#course-form")
    assert Select(spor.find("select#step-kind")).first_selected_option.get_attribute("value") == "investigation"
    assert Select(spor.find("select#step-notification")).first_selected_option.get_attribute("value"), "the notification is chosen"
    spor.type("textarea#step-reason", "Mistanke om vold fra far: børnefaglig undersøgelse")
    spor.checkpoint("investigation-from-checklist")
    spor.click("button#course-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    total = spor.actions
    print(f"\ncounted actions: notification {after_notification}, checklist and investigation {total - after_notification}, in all {total}")
    assert total <= 30, total

    # Check: the checklist complete, each step ✓ with its time; the timeline holds every step with its time.
    checklist = spor.wait_for("section#preparedness")
    assert spor.find_all("p.preparedness-complete"), checklist.text
    done = spor.find_all("li.preparedness-step.done")
    assert len(done) == 5, checklist.text
    for item in done:
        assert item.find_element("css selector", ".preparedness-done time").text, item.text
    police = spor.find("li#preparedness-police")
    assert shown(police_at) in police.text, police.text
    assert "Samråd holdt, ikke politianmeldt" in police.text
    assert "Far er mistænkt; politiet afhører ham først" in spor.find("li#preparedness-parentsNotInformed").text
    steps = spor.find_all("ol#timeline li.kind-preparednessStep")
    assert len(steps) == 4, len(steps)
    times = [s.find_element("css selector", ".entry-head time").text for s in steps]
    assert all(times), times
    assert shown(police_at) in times, times
    kinds = [k.text for k in spor.find_all("ol#timeline .entry-kind")]
    assert "Børnefaglig undersøgelse" in kinds and "Børnesamtale" in kinds, kinds
    spor.checkpoint("checklist-complete")
