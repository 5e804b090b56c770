"""Two siblings (issue 24, item 2): the caseworker links a brother as the sister's sibling on her household page, places
the sister through the placement step — which lists the brother from the journal and asks about him, unanswered until she
answers: not placed together, his assessment asked for — and the placement's record says so; the assessment asked for is
an afdækning on the brother's own journal, which she then concludes there (the assessment recorded)."""

import random
import uuid

from selenium.webdriver.support.ui import Select

# Counted: the household link (1), the brother's CPR number (1), living together? (1), link (1) = 4; opening the placement
# step (1), placed together? (1), assessed? (1), save (1) = 4, beside the placement's own fields; the afdækning
# concluded on the brother's page: open the step (1), six texts (the ICS triangle's three, the child's and the parents'
# views — the brother has no conversation to offer —, the conclusion) (6), save (1) = 8. 16 in all.
LINK_ACTIONS = 4
SIBLING_ACTIONS = 4
ASSESSMENT_ACTIONS = 8


def register(spor, cpr, given, family):
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys(given)
    spor.find("input#register-familyName").send_keys(family)
    Select(spor.find("select#register-district")).select_by_value("Område Grenaa")
    spor.submit_and_wait("button#register-submit")
    return spor.path


def save_step(spor, child, name):
    spor.checkpoint(f"step-{name}")
    spor.click("button#course-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.wait_for_path(child)


def test_two_siblings_one_placed_the_others_assessment_asked_for_and_recorded(spor):
    tag = uuid.uuid4().hex[:6]
    rng = random.Random(tag)
    family = f"Soeskende{tag}"
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    # A girl born 2015 (even serial) and her brother born 2017 (odd serial).
    sister_cpr = f"{day:02d}{month:02d}15-4{rng.randint(100, 998) // 2 * 2:03d}"
    brother_cpr = f"{day:02d}{month:02d}17-4{rng.randint(100, 998) // 2 * 2 + 1:03d}"

    # Setup, not counted: both children registered by the caseworker.
    spor.login("caseworker")
    brother = register(spor, brother_cpr, "Bror", family)
    sister = register(spor, sister_cpr, "Søs", family)

    # The household: the brother linked as the sister's sibling, living together.
    spor.actions = 0
    spor.click("a#household-edit", wait=True)
    spor.wait_for("form#household-sibling-form")
    spor.type("input#sibling-cpr", brother_cpr)
    spor.choose("select#sibling-livesWith", "yes")
    spor.checkpoint("household")
    spor.click("button#household-sibling-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    assert spor.actions == LINK_ACTIONS, spor.actions
    siblings = spor.find("table#household-siblings").text
    assert f"Bror {family}" in siblings and "bor sammen med barnet" in siblings, siblings
    spor.open(sister)
    household = spor.find("#glance-household").text
    assert f"Bror {family}" in household and "søskende" in household, household

    # Setup, not counted: the sister heard, and her placement in a network foster family decided (§ 46).
    spor.open(f"{sister}/course/conversation")
    spor.wait_for("form#course-form")
    spor.find("input#step-place").send_keys("Skolen")
    spor.find("textarea#step-childsWords").send_keys(f"E2E {tag}: Jeg vil gerne bo hos moster")
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.open(f"{sister}/course/decision")
    spor.wait_for("form#course-form")
    Select(spor.find("select#step-outcome")).select_by_value("granted")
    spor.find("input[name=offer-netvaerksplejefamilie]").click()
    if spor.find_all("select[name=basis-netvaerksplejefamilie]"):
        Select(spor.find("select[name=basis-netvaerksplejefamilie]")).select_by_value("placementWithConsent")
    spor.find("textarea#step-reasons").send_keys(f"E2E {tag}: mor kan ikke drage omsorg for Søs lige nu")
    spor.find("textarea#step-purpose").send_keys("Tryghed og stabil hverdag hos moster")
    spor.driver.execute_script("document.getElementById('step-expectedEnd').value = '2027-12-31'")
    Select(spor.find("select#step-consentParents")).select_by_value("given")
    Select(spor.find("select#step-heardIn")).select_by_index(1)
    Select(spor.find("select#step-complaintGuidance")).select_by_value("yes")
    if spor.find_all("select#step-makesChildsPlan"):
        Select(spor.find("select#step-makesChildsPlan")).select_by_value("yes")
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.wait_for_path(sister)

    # The placement step lists the brother, offered from the journal, and asks about him, unanswered.
    spor.actions = 0
    spor.click('nav.course-steps a[href$="/course/placement-start"]', wait=True)
    spor.wait_for("fieldset#placement-siblings")
    asked = spor.find("fieldset#placement-siblings").text
    assert f"Bror {family}" in asked, asked
    together = spor.find("fieldset#placement-siblings select[name^=together-]")
    assessed = spor.find("fieldset#placement-siblings select[name^=assessment-]")
    assert Select(together).first_selected_option.get_attribute("value") == "", "not answered for her"
    assert Select(assessed).first_selected_option.get_attribute("value") == "", "not answered for her"
    # The placement's own fields (not counted: the step's, not the siblings').
    Select(spor.find("select#step-placementKind")).select_by_value("networkFosterFamily")
    Select(spor.find("select#step-nearHome")).select_by_value("yes")
    Select(spor.find("select#step-schoolKept")).select_by_value("yes")
    spor.find("textarea#step-contactArrangements").send_keys("Samvær med mor og Bror hver weekend")
    spor.choose(f"select#{together.get_attribute('id')}", "no")
    spor.choose(f"select#{assessed.get_attribute('id')}", "askedFor")
    save_step(spor, sister, "placement-start")
    assert spor.actions == SIBLING_ACTIONS, spor.actions

    # The placement's record: the brother not placed together, his assessment asked for.
    record = spor.find("li.kind-placementStarted .placement-siblings").text
    assert f"Bror {family}" in record and "ikke anbragt sammen" in record and "vurdering bedt om" in record, record

    # The brother's journal: the afdækning asked for at the placement, concluded there — the assessment recorded.
    spor.open(brother)
    timeline = spor.find("ol.timeline").text
    assert "Vurdering af søskende" in timeline, timeline
    spor.checkpoint("brother-asked-for")
    spor.actions = 0
    spor.click('nav.course-steps a[href$="/course/assessment-conclusion"]', wait=True)
    spor.wait_for("form#course-form")
    spor.type("textarea#step-childsDevelopment", "Bror trives i skolen og har gode venner")
    spor.type("textarea#step-parentingCapacity", "Mor magter Bror, når Søs er anbragt")
    spor.type("textarea#step-familyAndNetwork", "Moster har samvær med begge børn")
    spor.type("textarea#step-parentsViews", "Mor ønsker, at Bror bliver hjemme")
    spor.type("textarea#step-conclusion", f"E2E {tag}: Brors situation er vurderet; ingen foranstaltning")
    assert not spor.find("textarea#step-childsViews").get_attribute("value"), "the brother has no words of his own to offer"
    spor.type("textarea#step-childsViews", "Bror vil gerne se Søs hver weekend")
    save_step(spor, brother, "assessment-conclusion")
    assert spor.actions == ASSESSMENT_ACTIONS, spor.actions
    assert f"E2E {tag}: Brors situation er vurderet" in spor.find("ol.timeline").text
    spor.checkpoint("brother-assessed")
