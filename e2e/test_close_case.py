"""Closing a case in a real browser: the child page's *Luk sagen* opens the closing page, which lists what is still
open; with a running measure the closing is refused with the measure named and nothing saved; once the measure has
ended through its own step, the case closes with its reason."""

import re

import pytest
from selenium.webdriver.support.ui import Select

# Closing a demo child's case ends its plan and help: run after the tests that look for such a child among the
# caseworker's (the portal's young person with a plan), before the API fuzzing (`late(1)`).
pytestmark = pytest.mark.late(0.5)

CHILD_PATH = re.compile(r"^/children/[0-9A-Fa-f-]{36}$")


def child_with_one_running_measure(spor):
    """One of the caseworker's children whose case has one measure running and no placement, found by reading the
    child pages, not by clicking. Not the first two or the last two (other tests write on those), and one without a
    plan where there is one (the portal's test looks for a child with a plan)."""
    spor.open("/children")
    spor.wait_for("body")
    paths = []
    for link in spor.find_all("a[href^='/children/']"):
        path = re.sub(r"^https?://[^/]+", "", link.get_attribute("href") or "")
        if CHILD_PATH.match(path) and path not in paths:
            paths.append(path)
    with_plan = None
    for path in paths[2:-2]:
        spor.open(path)
        spor.wait_for("#glance-measures")
        measures = spor.find_all("#glance-measures li")
        if (len(measures) == 1 and spor.find_all("#step-link-measure-end") and not spor.find_all("#step-link-placement-end")
                and spor.find_all("#close-link")):
            found = (path, measures[0].find_element("css selector", "strong").text)
            if not spor.find_all("#glance-plan li"):
                return found
            with_plan = with_plan or found
    if with_plan:
        return with_plan
    raise AssertionError(f"none of the caseworker's {len(paths)} children has exactly one running measure")


def test_closing_a_case_with_a_running_measure_is_refused_with_the_measure_named(spor):
    spor.login("caseworker")
    child, measure = child_with_one_running_measure(spor)
    spor.open(child)

    # The child page's Luk sagen is a link to the closing page: no one-click close.
    assert not spor.find_all("form#close-form")
    spor.click("a#close-link", wait=True)
    spor.wait_for_path(f"{child}/close")
    running = spor.find("#closing-measures").text
    assert measure in running, running
    assert spor.find_all("#closing-blocked")
    assert spor.find_all("#closing-measures a[href$='/course/measure-end']")
    spor.find("#closing-deadlines")
    spor.find("#closing-accounts")
    spor.checkpoint("closing-blocked")

    # Submitted anyway: refused with the measure named, the reason kept, nothing saved.
    spor.type("textarea#close-reason", "Familien klarer sig selv nu")
    spor.click("button#close-submit", wait=True)
    error = spor.find(".error[role=alert]").text
    assert measure in error, error
    assert spor.find("textarea#close-reason").get_attribute("value") == "Familien klarer sig selv nu"
    spor.checkpoint("closing-refused")
    spor.open(child)
    assert "Familien klarer sig selv nu" not in spor.find("body").text, "nothing was saved"
    assert spor.find_all("#close-link"), "the case is still open"
    assert measure in spor.find("#glance-measures").text

    # The measure ends through its own step, reached from the closing page.
    spor.open(f"{child}/close")
    spor.click("#closing-measures a[href$='/course/measure-end']", wait=True)
    spor.wait_for("form#course-form")
    reasons = [o.get_attribute("value") for o in Select(spor.find("select#step-reason")).options if o.get_attribute("value")]
    spor.choose("select#step-reason", "goalsReached" if "goalsReached" in reasons else reasons[0])
    spor.click("button#course-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    # Now the case closes, with its reason.
    spor.open(f"{child}/close")
    assert not spor.find_all("#closing-blocked")
    spor.type("textarea#close-reason", "Målene er nået, familien klarer sig selv")
    spor.click("button#close-submit", wait=True)
    spor.wait_for_path(child)
    assert not spor.find_all("#close-link"), "a closed case has nothing to close"
    assert "Målene er nået, familien klarer sig selv" in spor.find("body").text
    spor.checkpoint("case-closed")
