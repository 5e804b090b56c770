"""A placed child's contact in a real browser, counted (issue 24, item 3): on the child page of a placed demo child, its
caseworker makes a contact plan with the child's parent (the running placement and the household
offered; supervision asked, unanswered until she answers) and records three visits, one cancelled by the parent with
the reason. The child page's Samvær shows the plan, two visits held and one cancelled, held against due."""

import datetime
import re

from selenium.webdriver.support.ui import Select

CHILD_PATH = re.compile(r"^/children/[0-9A-Fa-f-]{36}$")

# The plan: from the day the placement began (1), supervised? (1), save (1). The first visit: its day (1), save (1).
# The second: its day (1), cancelled by the parent (1), the reason (1), save (1). The third (today, held): a note (1),
# save (1). In all 11 — and one more (opening *Ny samværsplan*) when the child already has a plan, which it replaces.
CASEWORKER_ACTIONS = 11


def placed_child_without_a_plan(spor):
    """A child of one of the demo's caseworkers with a placement running and a parent in the household (preferably
    without a contact plan yet), found by reading the child pages (the demo's first caseworker has no placed child; the second and third
    have one each)."""
    with_plan = None
    for user in ("caseworker2", "caseworker3", "caseworker"):
        spor.driver.delete_all_cookies()
        spor.login(user)
        found, has_plan = placed_child_of_the_user(spor)
        if found and not has_plan:
            return found
        if found and not with_plan:
            with_plan = (user, found)
    if with_plan:
        spor.driver.delete_all_cookies()
        spor.login(with_plan[0])
        return with_plan[1]
    raise AssertionError("no caseworker of the demo has a child placed with a parent in the household")


def placed_child_of_the_user(spor):
    spor.open("/children")
    spor.wait_for("body")
    paths = []
    for link in spor.find_all("a[href^='/children/']"):
        path = re.sub(r"^https?://[^/]+", "", link.get_attribute("href") or "")
        if CHILD_PATH.match(path) and path not in paths:
            paths.append(path)
    with_plan = None
    for path in paths:
        spor.open(path)
        spor.wait_for("body")
        if not spor.find_all("form#contact-plan-form"):
            continue
        people = [o.get_attribute("value") for o in Select(spor.find("select#contact-plan-person")).options]
        if len(people) > 1:
            if not spor.find_all("#contact .contact-plan"):
                return path, False
            with_plan = with_plan or path
    return with_plan, True


def test_a_contact_plan_and_three_visits_one_cancelled_are_shown_on_the_child_page(spor):
    child = placed_child_without_a_plan(spor)
    spor.open(child)
    replacing = bool(spor.find_all("#contact .contact-plan"))
    today = datetime.date.fromisoformat(spor.find("input#contact-plan-from").get_attribute("value"))
    # (textContent: the form is folded away when it replaces a plan.)
    placement = Select(spor.find("select#contact-plan-placement")).first_selected_option.get_attribute("textContent").strip()
    day, month, year = re.search(r"(\d{2})\.(\d{2})\.(\d{4})$", placement).groups()
    placed_on = datetime.date(int(year), int(month), int(day))
    start = max(placed_on, today - datetime.timedelta(days=28))
    parent = Select(spor.find("select#contact-plan-person")).first_selected_option.get_attribute("textContent").strip()
    assert Select(spor.find("select#contact-plan-supervised")).first_selected_option.get_attribute("value") == "", \
        "supervision is asked, not preset"

    # Counted: the plan …
    spor.actions = 0
    if replacing:
        spor.click("details#contact-plan-step summary")
    spor.type_date("input#contact-plan-from", start.isoformat())
    spor.choose("select#contact-plan-supervised", "yes")
    spor.checkpoint("contact-plan")
    spor.click("button#contact-plan-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.wait_for("form#contact-visit-form")

    # … and three visits, one cancelled.
    first, second = (max(start, today - datetime.timedelta(days=d)) for d in (14, 7))
    spor.type_date("input#contact-visit-day", first.isoformat())
    spor.click("button#contact-visit-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.type_date("input#contact-visit-day", second.isoformat())
    spor.choose("select#contact-visit-outcome", "parent")
    spor.type("textarea#contact-visit-reason", "Forælderen var syg")
    spor.checkpoint("contact-visit-cancelled")
    spor.click("button#contact-visit-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.type("textarea#contact-visit-note", "Gik en tur og spiste is")
    spor.click("button#contact-visit-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.wait_for_path(child)
    assert spor.actions == CASEWORKER_ACTIONS + (1 if replacing else 0), spor.actions
    print(f"contact: {spor.actions} counted actions ({'replacing the plan in force' if replacing else 'a first plan'})")

    # Check: the child page's Samvær.
    section = spor.find("section#contact")
    plan = section.find_element("css selector", ".contact-plan h3").text
    assert parent.split(" (")[0] in plan and "overvåget" in plan, plan
    assert len(section.find_elements("css selector", "li.visit-held")) == 2
    cancelled = section.find_elements("css selector", "li.visit-cancelled")
    assert len(cancelled) == 1 and "aflyst af forælderen (Forælderen var syg)" in cancelled[0].text, [c.text for c in cancelled]
    tally = section.find_element("css selector", ".contact-tally").text
    assert tally.startswith("Gennemført: 2 · Aflyst: 1 · Forventet indtil i dag efter planen:"), tally
    spor.checkpoint("contact-shown")
    timeline = spor.find("ol.timeline").text
    assert "Forælderen var syg" in timeline, timeline
