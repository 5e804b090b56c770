"""Leisure at follow-up in a real browser, counted (issue 23, item 3): a new child with a decision, a measure begun and a
plan that records football (setup, not counted); the caseworker's § 95 follow-up asks what holds now of the football —
unanswered until she answers — and records a new activity with support to take part. The child page shows both."""

import random
import uuid

from selenium.webdriver.support.ui import Select

# Open the follow-up (1), rate the goal (1), what holds now of the football (1), the new activity's kind, name and
# support (3), her assessment (1), the outcome (1), when to follow up next and why (2), save (1).
CASEWORKER_ACTIONS = 11


def test_a_follow_up_records_leisure_and_the_child_page_shows_it(spor):
    tag = uuid.uuid4().hex[:6]
    rng = random.Random(tag)
    # A made-up girl born 2015 (even serial).
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}15-4{rng.randint(100, 998) // 2 * 2:03d}"

    # Setup, not counted: the child in the register, a decision whose measure begins today, and a plan with football.
    spor.login("caseworker")
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys("Ida")
    spor.find("input#register-familyName").send_keys(f"Fritid{tag}")
    Select(spor.find("select#register-district")).select_by_value("Område Grenaa")
    spor.submit_and_wait("button#register-submit")
    child = spor.path

    spor.open(f"{child}/course/decision")
    Select(spor.find("select#step-outcome")).select_by_value("granted")
    spor.find(".check input[name=offer-familiebehandling]").click()
    spor.find("textarea#step-purpose").send_keys("Ida har det godt i skolen og med vennerne")
    spor.type_date("input#step-expectedEnd", "2027-12-31")
    Select(spor.find("select#step-consentParents")).select_by_value("given")
    Select(spor.find("select#step-complaintGuidance")).select_by_value("yes")
    Select(spor.find("select#step-makesChildsPlan")).select_by_value("yes")
    Select(spor.find("select#step-heardIn")).select_by_value("")
    spor.find("textarea#step-notHeardReason").send_keys("Ida var syg; samtalen holdes i næste uge")
    spor.find("input#step-startMeasures").click()
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    spor.open(f"{child}/course/plan")
    spor.find("input#step-goal0How").send_keys("Ida fortæller om en ven")
    Select(spor.find("select#step-goal0Area")).select_by_value("leisure")
    Select(spor.find("select#step-leisure0Kind")).select_by_value("association")
    spor.find("input#step-leisure0Name").send_keys("Fodbold i Grenaa IF")
    Select(spor.find("select#step-madeWithChild")).select_by_value("yes")
    Select(spor.find("select#step-madeWithParents")).select_by_value("yes")
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    assert "Fodbold i Grenaa IF" in spor.find("#glance-plan").text

    # Counted: the follow-up.
    spor.actions = 0
    spor.click('nav.course-steps a[href$="/course/follow-up"]', wait=True)
    spor.wait_for("form#course-form")
    question = spor.find("fieldset.leisure select[id^=step-leisure-]")
    assert Select(question).first_selected_option.get_attribute("value") == "", "what holds now is asked, not preset"
    assert "Fodbold i Grenaa IF" in spor.find("fieldset.leisure").text
    spor.choose("select[id^=step-rating-]", "progress")
    spor.choose("fieldset.leisure select[id^=step-leisure-]", "takesPart")
    spor.choose("select#step-leisureNew0Kind", "culture")
    spor.type("input#step-leisureNew0Name", "Musikskolen, trommer")
    spor.choose("select#step-leisureNew0Support", "leisurePass")
    spor.type("textarea#step-assessment", "Ida er glad for fodbold og er begyndt at spille trommer")
    spor.choose("select#step-outcome", "continue")
    spor.type_date("input#step-nextFollowUp", "2027-06-01")
    spor.type("input#step-nextFollowUpReason", "Efter sæsonen")
    spor.checkpoint("follow-up-leisure")
    spor.click("button#course-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.wait_for_path(child)

    plan_card = spor.find("#glance-plan").text
    assert "Fodbold i Grenaa IF" in plan_card and "Musikskolen, trommer" in plan_card, plan_card
    timeline = spor.find("ol.timeline").text
    assert "Musikskolen, trommer (Kultur eller musik) · Fritidspas · Ny siden sidst" in timeline, timeline
    assert "Fodbold i Grenaa IF (Forening eller idræt) · Deltager stadig" in timeline, timeline
    spor.checkpoint("child-with-leisure")
    assert spor.actions <= CASEWORKER_ACTIONS, spor.actions
    print(f"caseworker actions: {spor.actions}")
