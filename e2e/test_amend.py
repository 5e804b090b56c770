"""Amend, don't annul (issue 21, item 3): a decision's reasons are amended through the decision's own form, opened from
the child page with the entry's values; the timeline names the changed field with its old and new value, and the
original entry can still be opened and read."""

import random
import uuid

from selenium.webdriver.support.ui import Select


def select(spor, field, value=None, index=None):
    element = Select(spor.find(f"select#step-{field}"))
    if value is not None:
        element.select_by_value(value)
    else:
        element.select_by_index(index)


def test_amending_a_decisions_reasons_keeps_the_original_readable(spor):
    tag = uuid.uuid4().hex[:6]
    rng = random.Random(tag)
    # A made-up girl born 2013 (even serial): a party from 10, so she gets her own complaint guidance.
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}13-4{rng.randint(100, 998) // 2 * 2:03d}"
    original_reasons = f"E2E {tag}: mor har bedt om hjælp"
    amended_reasons = f"E2E {tag}: mor og far har begge bedt om hjælp"

    # A child of the caseworker's, heard in a conversation, and a decision granting family treatment with its reasons.
    spor.login("caseworker")
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys("Ida")
    spor.find("input#register-familyName").send_keys(f"Rettelse{tag}")
    Select(spor.find("select#register-district")).select_by_value("Område Grenaa")
    spor.submit_and_wait("button#register-submit")
    child = spor.path

    spor.open(f"{child}/course/conversation")
    spor.wait_for("form#course-form")
    spor.find("input#step-place").send_keys("Skolen")
    spor.find("textarea#step-childsWords").send_keys(f"E2E {tag}: Jeg vil gerne blive boende")
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    spor.open(f"{child}/course/decision")
    spor.wait_for("form#course-form")
    select(spor, "outcome", "granted")
    spor.find("input[name=offer-familiebehandling]").click()
    spor.find("textarea#step-reasons").clear()
    spor.find("textarea#step-reasons").send_keys(original_reasons)
    spor.find("textarea#step-purpose").send_keys("Styrke familiens rutiner")
    spor.driver.execute_script("document.getElementById('step-expectedEnd').value = '2027-12-31'")
    select(spor, "consentParents", "given")
    select(spor, "heardIn", index=1)
    select(spor, "complaintGuidance", "yes")
    if spor.find_all("select#step-makesChildsPlan"):
        select(spor, "makesChildsPlan", "yes")
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.wait_for_path(child)

    # Amend: the decision's own form, opened from its entry, with what it says; one field changed and a reason.
    spor.actions = 0
    spor.click("li.kind-decision a.correct-link", wait=True)
    spor.wait_for("form#course-form")
    reasons = spor.find("textarea#step-reasons")
    assert reasons.get_attribute("value") == original_reasons, "the form opens with the entry's values"
    assert spor.find("textarea#step-purpose").get_attribute("value") == "Styrke familiens rutiner"
    assert Select(spor.find("select#step-consentParents")).first_selected_option.get_attribute("value") == "given"
    spor.checkpoint("amend-decision")
    reasons.clear()
    spor.type("textarea#step-reasons", amended_reasons)
    spor.type("textarea#step-correctionReason", "Far var også med til mødet")
    spor.click("button#course-submit", wait=True)
    spor.wait_for_path(child)
    assert spor.actions == 4, spor.actions

    # The timeline: the decision reads as amended, names the changed field old → new, and keeps the original.
    entry = spor.find("li.kind-decision")
    assert amended_reasons in entry.find_element("css selector", ".entry-body.effective").text
    change = entry.find_element("css selector", "ul.changes li").text
    assert "Begrundelse" in change and original_reasons in change and amended_reasons in change, change
    assert "Far var også med til mødet" in entry.find_element("css selector", ".correction").text
    original = entry.find_element("css selector", "details.original-entry")
    assert original.get_attribute("open") is None, "the original is folded"
    original.find_element("css selector", "summary").click()
    assert original_reasons in original.find_element("css selector", ".entry-body").text, "the original can be read"
    spor.checkpoint("amended-decision-on-the-timeline")
