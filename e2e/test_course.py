"""The whole course in a real browser, counted (issue 21): a teacher's notification → the 24-hour assessment that
starts the investigation → child conversation → conclusion → decision with reasons and two measures → plan with a
goal → § 95 follow-up, each step opened from the child page, with the child page's summary checked at each step.
Then a transition (not counted). The caseworker's clicks, typed fields and choices are counted."""

import random
import uuid

from selenium.webdriver.support.ui import Select

# The caseworker's actions from the intake queue to the saved follow-up: 40. Of these, 11 are the legal answers the forms
# may not give for her (danger, acute measures, next step; outcome, consent, complaint guidance, whether a plan is made;
# made with the child and with the parents; the goal's rating, the follow-up's outcome), 6 open a step, 6 save one,
# 2 are § 95, stk. 3's own (when to follow up next, and why), and 15 are what only she can write (the reasoning, where
# the conversation was held and the child's words, the conclusion's five texts, the two measures, the purpose, the
# expected end, that they begin today, how the goal is seen, her assessment). The issue asked for 30: see its note.
CASEWORKER_ACTIONS = 40


def logout(spor):
    spor.submit_and_wait("button#logout-submit")
    spor.wait_for("input#username")


def card(spor, card_id):
    return spor.find(f"#{card_id}").text


def open_step(spor, name):
    """One counted action: the step's link on the child page."""
    spor.click(f'nav.course-steps a[href$="/course/{name}"]', wait=True)
    spor.wait_for("form#course-form")


def save_step(spor, child, name):
    spor.checkpoint(f"step-{name}")
    spor.click("button#course-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.wait_for_path(child)


def test_the_whole_course_from_the_child_page_counted(spor):
    tag = uuid.uuid4().hex[:6]
    family = f"Forloeb{tag}"
    rng = random.Random(tag)
    # A made-up boy born 2013 (odd serial).
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}13-4{rng.randint(100, 998) // 2 * 2 + 1:03d}"

    # Setup, not counted: the child in the register, and a teacher's notification.
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
    spor.type("input#submission-cpr", cpr)
    spor.choose("select#submission-kind", "notification")
    spor.type("textarea#submission-description", f"E2E {tag}: Oskar kommer sulten i skole")
    spor.click("button#submission-submit", wait=True)
    teacher_actions = spor.actions
    assert teacher_actions == 4, teacher_actions
    logout(spor)

    spor.login("caseworker")
    spor.open("/intake")
    spor.actions = 0

    # The 24-hour assessment, from the intake queue's link to the child page: naming the investigation starts it.
    row = next(r for r in spor.find_all("table#intake tbody tr") if family in r.text)
    spor.actions += 1
    row.find_element("css selector", "a.intake-link").click()
    spor.wait_for("form.assessment-form")
    spor.choose("form.assessment-form select[name=inDanger]", "no")
    spor.choose("form.assessment-form select[name=acuteMeasures]", "no")
    spor.choose("form.assessment-form select[name=nextStep]", "investigation")
    spor.type("form.assessment-form textarea[name=reasoning]", "Mistrivsel over tid: børnefaglig undersøgelse")
    spor.checkpoint("assessment")
    spor.click("form.assessment-form button[type=submit]", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    assert "afsluttet inden 4 måneder" in card(spor, "glance-deadlines")
    assert "Ingen aktive indsatser" in card(spor, "glance-measures")

    # The child conversation: held by her (offered), where and the child's words.
    open_step(spor, "conversation")
    spor.type("input#step-place", "Skolen")
    spor.type("textarea#step-childsWords", f"E2E {tag}: Jeg vil gerne have madpakke med")
    save_step(spor, child, "conversation")
    assert f"E2E {tag}: Jeg vil gerne have madpakke med" in spor.find("ol.timeline").text

    # The conclusion: the open investigation and the child's words are offered.
    open_step(spor, "assessment-conclusion")
    assert f"E2E {tag}: Jeg vil gerne have madpakke med" in spor.find("textarea#step-childsViews").get_attribute("value")
    spor.type("textarea#step-childsDevelopment", "Oskar er glad for skolen, men ofte sulten og træt")
    spor.type("textarea#step-parentingCapacity", "Far arbejder om natten og når ikke morgenmaden")
    spor.type("textarea#step-familyAndNetwork", "Farmor bor tæt på og vil gerne hjælpe")
    spor.type("textarea#step-parentsViews", "Far ønsker hjælp til rutinerne")
    spor.type("textarea#step-conclusion", "Familiebehandling og praktisk støtte i hjemmet om morgenen")
    save_step(spor, child, "assessment-conclusion")

    # The decision: the conclusion is offered as its reasons, the conversation as the child's views, each offer with
    # its provision; the measures begin today.
    open_step(spor, "decision")
    assert "Familiebehandling og praktisk støtte" in spor.find("textarea#step-reasons").get_attribute("value")
    assert Select(spor.find("select#step-heardIn")).first_selected_option.get_attribute("value")
    spor.choose("select#step-outcome", "granted")
    spor.choose(".check input[name=offer-familiebehandling]", "")
    spor.choose(".check input[name=offer-stoette-i-hjemmet]", "")
    spor.type("textarea#step-purpose", "Oskar har spist morgenmad og har madpakke med")
    spor.type_date("input#step-expectedEnd", "2027-12-31")
    spor.choose("select#step-consentParents", "given")
    spor.choose("select#step-complaintGuidance", "yes")
    spor.choose("select#step-makesChildsPlan", "yes")
    spor.choose("input#step-startMeasures", "")
    save_step(spor, child, "decision")
    measures = card(spor, "glance-measures")
    assert "amiliebehandling" in measures and "støtte i hjemmet" in measures, measures
    assert "§ 32, stk. 1, nr. 5" in measures and "§ 32, stk. 1, nr. 2" in measures, measures
    assert "Straks-indsats" not in measures, "they began after the investigation concluded"
    assert "Ankestyrelsen" in spor.find("ol.timeline").text

    # The plan: the decision's purpose and expected end are offered as its first goal; how we will know is hers.
    open_step(spor, "plan")
    assert spor.find("input#step-goal0What").get_attribute("value") == "Oskar har spist morgenmad og har madpakke med"
    spor.type("input#step-goal0How", "Læreren ser madpakken")
    spor.choose("select#step-madeWithChild", "yes")
    spor.choose("select#step-madeWithParents", "yes")
    save_step(spor, child, "plan")
    assert "Oskar har spist morgenmad" in card(spor, "glance-plan")
    assert "ikke vurderet endnu" in card(spor, "glance-plan")

    # The § 95 follow-up rates the goal.
    open_step(spor, "follow-up")
    spor.choose("select[id^=step-rating-]", "progress")
    spor.choose("select#step-outcome", "continue")
    spor.type("textarea#step-assessment", "Madpakken er med de fleste dage")
    # § 95, stk. 3: when to follow up next, and why, is hers to decide.
    spor.type_date("input#step-nextFollowUp", "2027-06-01")
    spor.type("input#step-nextFollowUpReason", "Efter at morgenrutinen har holdt en skoleperiode")
    save_step(spor, child, "follow-up")
    assert "I fremgang" in card(spor, "glance-plan")

    assert spor.actions <= CASEWORKER_ACTIONS, spor.actions
    print(f"caseworker actions: {spor.actions}; the teacher's notification: {teacher_actions}")

    # Not counted: a transition without a handover meeting opens a deadline.
    spor.open(f"{child}/course/transition")
    Select(spor.find("select#step-from")).select_by_value("school")
    Select(spor.find("select#step-to")).select_by_value("youthEducation")
    spor.submit_and_wait("button#course-submit")
    assert "Overleveringsmøde ved overgangen" in card(spor, "glance-deadlines")
    spor.checkpoint("child-after-course")
