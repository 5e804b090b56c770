"""One whole course in a real browser — notification → investigation → conversation → decision → measure →
plan → follow-up → transition — with the child page's summary checked at each step, and the decision refused
while it has neither the child's views nor a reason."""

import random
import uuid

from selenium.webdriver.support.ui import Select


def logout(spor):
    spor.submit_and_wait("button#logout-submit")
    spor.wait_for("input#username")


def step(spor, child_path, name, fill):
    spor.open(f"{child_path}/course/{name}")
    spor.wait_for("form#course-form")
    fill()
    spor.checkpoint(f"step-{name}")
    spor.submit_and_wait("button#course-submit")


def card(spor, card_id):
    return spor.find(f"#{card_id}").text


def select(spor, field, value=None, index=None):
    element = Select(spor.find(f"select#step-{field}"))
    if value is not None:
        element.select_by_value(value)
    else:
        element.select_by_index(index)


def test_a_whole_course(spor):
    tag = uuid.uuid4().hex[:6]
    family = f"Forloeb{tag}"
    rng = random.Random(tag)
    # A made-up boy born 2013 (odd serial).
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}13-4{rng.randint(100, 998) // 2 * 2 + 1:03d}"

    spor.login("caseworker")
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys("Oskar")
    spor.find("input#register-familyName").send_keys(family)
    Select(spor.find("select#register-district")).select_by_value("Område Grenaa")
    spor.submit_and_wait("button#register-submit")
    child = spor.path
    logout(spor)

    spor.login("professional")
    spor.wait_for_path("/professional")
    spor.find("input#submission-cpr").send_keys(cpr)
    Select(spor.find("select#submission-kind")).select_by_value("notification")
    spor.find("textarea#submission-description").send_keys(f"E2E {tag}: Oskar kommer sulten i skole")
    spor.submit_and_wait("button#submission-submit")
    logout(spor)

    spor.login("caseworker")
    spor.open(child)
    assert "Ingen aktive indsatser" in card(spor, "glance-measures")

    def investigation():
        select(spor, "kind", "investigation")
        spor.find("textarea#step-reason").send_keys("Underretning om mistrivsel")
        select(spor, "notification", index=1)
    step(spor, child, "assessment", investigation)
    assert "afsluttet inden 4 måneder" in card(spor, "glance-deadlines")

    def conversation():
        spor.find("input#step-place").send_keys("Skolen")
        spor.find("textarea#step-childsWords").send_keys(f"E2E {tag}: Jeg vil gerne have madpakke med")
    step(spor, child, "conversation", conversation)
    assert f"E2E {tag}: Jeg vil gerne have madpakke med" in spor.find("ol.timeline").text

    def decision_without_views():
        spor.find(".check input[name^=offer-familiebehandling]").click()
        select(spor, "legalBasis", "treatment")
        spor.find("textarea#step-purpose").send_keys("Styrke familiens rutiner")
        spor.driver.execute_script("document.getElementById('step-expectedEnd').value = '2027-12-31'")
        # The outcome, consent and the child's complaint guidance start unanswered (the boy is 13: no consent of his own).
        select(spor, "outcome", "granted")
        select(spor, "consentParents", "given")
        select(spor, "complaintGuidance", "yes")
        select(spor, "heardIn", "")
    step(spor, child, "decision", decision_without_views)
    assert spor.find_all(".error"), "a decision without the child's views or a reason is refused"
    assert "barnets synspunkter" in spor.find(".error").text
    assert spor.find("textarea#step-purpose").get_attribute("value") == "Styrke familiens rutiner"
    spor.checkpoint("decision-refused")
    select(spor, "heardIn", index=1)
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    def measure():
        select(spor, "decision", index=0)
        select(spor, "offer", "familiebehandling")
    step(spor, child, "measure-start", measure)
    measures = card(spor, "glance-measures")
    assert "amiliebehandling" in measures, measures
    assert "Straks-indsats" in measures, "started before any investigation concluded"

    def plan():
        spor.find("input#step-goal0What").send_keys("Oskar har madpakke med hver dag")
        spor.driver.execute_script("document.getElementById('step-goal0ByWhen').value = '2027-06-01'")
        spor.find("input#step-goal0How").send_keys("Læreren ser madpakken")
        spor.find("textarea#step-childsHopes").send_keys("At spille fodbold")
        # Whether the plan was made with the child and the parents is the caseworker's answer.
        select(spor, "madeWithChild", "yes")
        select(spor, "madeWithParents", "yes")
    step(spor, child, "plan", plan)
    assert "Oskar har madpakke med hver dag" in card(spor, "glance-plan")
    assert "ikke vurderet endnu" in card(spor, "glance-plan")

    def follow_up():
        rating = spor.find_all("select[id^=step-rating-]")[0]
        Select(rating).select_by_value("progress")
        select(spor, "outcome", "continue")
        spor.find("textarea#step-assessment").send_keys("Madpakken er med de fleste dage")
        spor.driver.execute_script("document.getElementById('step-nextFollowUp').value = '2027-03-01'")
        spor.find("input#step-nextFollowUpReason").send_keys("Efter vinterferien")
    step(spor, child, "follow-up", follow_up)
    assert "I fremgang" in card(spor, "glance-plan")

    def transition():
        select(spor, "from", "school")
        select(spor, "to", "youthEducation")
    step(spor, child, "transition", transition)
    assert "Overleveringsmøde ved overgangen" in card(spor, "glance-deadlines")
    spor.checkpoint("child-after-course")
