"""A professional notifies → the caseworker sees it in the intake queue with the countdown → assesses it
→ sends the receipt → the professional sees "kvittering sendt". The professional never sees the case."""

import random
import uuid

from selenium.webdriver.support.ui import Select


def logout(spor):
    spor.submit_and_wait("button#logout-submit")
    spor.wait_for("input#username")


def test_notification_from_professional_to_receipt(spor):
    tag = uuid.uuid4().hex[:6]
    family = f"Intake{tag}"
    rng = random.Random(tag)
    # A made-up child born 2016; the serial's last digit even (a girl). Registered by the caseworker first.
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}16-4{rng.randint(100, 998) // 2 * 2:03d}"

    spor.login("caseworker")
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys("Emma")
    spor.find("input#register-familyName").send_keys(family)
    Select(spor.find("select#register-district")).select_by_value("Område Grenaa")
    spor.checkpoint("register")
    spor.submit_and_wait("button#register-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    logout(spor)

    spor.login("professional")
    spor.wait_for_path("/professional")
    spor.find("input#submission-cpr").send_keys(cpr)
    Select(spor.find("select#submission-kind")).select_by_value("notification")
    spor.find("textarea#submission-description").send_keys(f"E2E {tag}: eleven fortæller om vold derhjemme")
    spor.checkpoint("professional-form")
    spor.submit_and_wait("button#submission-submit")
    assert spor.wait_for(".notice").text
    rows = [r.text for r in spor.find_all("table#submissions tbody tr")]
    assert any(family in r and "Modtaget" in r for r in rows), rows
    spor.checkpoint("professional-received")
    logout(spor)

    spor.login("caseworker")
    spor.open("/intake")
    rows = spor.find_all("table#intake tbody tr")
    row = next(r for r in rows if family in r.text)
    assert "tilbage" in row.text, row.text  # the countdown to the 24-hour assessment
    spor.checkpoint("intake-queue")
    row.find_element("css selector", "a.intake-link").click()
    spor.wait_for("form.assessment-form")

    form = spor.find("form.assessment-form")
    # Danger and acute measures start unanswered: the caseworker answers them.
    Select(form.find_element("css selector", "select[name=inDanger]")).select_by_value("no")
    Select(form.find_element("css selector", "select[name=acuteMeasures]")).select_by_value("no")
    Select(form.find_element("css selector", "select[name=nextStep]")).select_by_value("investigation")
    form.find_element("css selector", "textarea[name=reasoning]").send_keys("Tegn på vold: børnefaglig undersøgelse")
    # The form says what saving does: the investigation it names starts with it.
    assert form.find_element("css selector", ".starts-investigation").is_displayed()
    assert not form.find_element("css selector", ".starts-focusedAssessment").is_displayed()
    spor.checkpoint("child-with-notification")
    form.find_element("css selector", "button[type=submit]").click()
    spor.wait_for(".notice")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    # One submit: the assessment and the investigation it started are both on the timeline.
    kinds = [k.text for k in spor.find_all(".entry-kind")]
    assert "Børnefaglig undersøgelse" in kinds, kinds

    receipt = spor.find("form.receipt-form")
    details = receipt.find_element("xpath", "./ancestor::details")
    details.find_element("css selector", "summary").click()
    assert "Tak for din underretning" in receipt.find_element("css selector", "textarea[name=text]").get_attribute("value")
    receipt.find_element("css selector", "button[type=submit]").click()
    spor.wait_for(".notice")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.checkpoint("after-receipt")
    spor.open("/intake")
    assert family not in spor.find("main").text
    logout(spor)

    spor.login("professional")
    rows = [r.text for r in spor.find_all("table#submissions tbody tr")]
    assert any(family in r and "kvittering sendt" in r for r in rows), rows
    spor.checkpoint("professional-receipt-sent")


def test_caseworker_registers_phoned_in_anonymous_notification(spor):
    """A phone call from an anonymous neighbour, registered from the intake queue in at most 8 counted actions;
    the 24-hour assessment is then on the queue with its countdown, and no receipt is owed to an anonymous caller."""
    tag = uuid.uuid4().hex[:6]
    family = f"Opkald{tag}"
    rng = random.Random(tag)
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}14-4{rng.randint(100, 998) // 2 * 2:03d}"

    # Setup, not counted: the child is in Spor and the caseworker's.
    spor.login("caseworker")
    spor.register_child(cpr, "Noah", family)

    spor.open("/intake")
    spor.wait_for("a#register-notification")
    spor.actions = 0
    spor.click("a#register-notification", wait=True)
    spor.wait_for("form#intake-form")
    spor.checkpoint("intake-register-form")
    spor.type("input#intake-cpr", cpr)
    spor.choose("input#intake-channel-phone", "phone")
    spor.choose("input#intake-notifierKind-anonymous", "anonymous")
    spor.type("textarea#intake-description", f"E2E {tag}: en anonym nabo ringer; barnet er alene hjemme om aftenen")
    spor.choose("input#intake-concernsAbuse-no", "no")
    spor.click("button#intake-submit", wait=True)
    assert spor.actions <= 8, spor.actions
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    spor.wait_for_path("/intake")
    assert "registreret" in spor.wait_for(".notice").text
    row = next(r for r in spor.find_all("table#intake tbody tr") if family in r.text)
    assert "tilbage" in row.text, row.text  # the countdown to the 24-hour assessment
    assert "Anonym" in row.text and "Telefon" in row.text, row.text
    spor.checkpoint("intake-queue-after-registering")

    # On the caseworker's tray: the 24-hour assessment is today's work, with the countdown.
    spor.open("/tray")
    today = spor.wait_for("section#tray-today")
    rows = [r for r in today.find_elements("css selector", "tr.tray-item") if family in r.text]
    assert rows and "tilbage" in rows[0].text, today.text
    assert rows[0].get_attribute("data-rule") == "assessment-24h"
    spor.checkpoint("tray-today-after-registering")
    spor.open("/intake")
    row = next(r for r in spor.find_all("table#intake tbody tr") if family in r.text)

    # On the child page: received by phone, and no receipt to send to an anonymous caller.
    row.find_element("css selector", "a.intake-link").click()
    spor.wait_for("form.assessment-form")
    assert "Modtaget via telefon" in spor.find("ol#timeline").text
    assert not spor.find_all("form.receipt-form")
    spor.checkpoint("child-with-phoned-in-notification")


def test_professional_form_steers_level_4_to_a_notification(spor):
    """Choosing level 4 on a concern shows that it is a notification (no script: the stylesheet shows it); one click
    turns the form into a notification with what was typed kept."""
    spor.login("professional")
    spor.wait_for_path("/professional")
    steer = spor.find("#level-steer")
    assert not steer.is_displayed()
    spor.find("textarea#submission-description").send_keys("Eleven fortæller om slag derhjemme")
    Select(spor.find("select#submission-level")).select_by_value("4")
    assert steer.is_displayed()
    assert "underretning" in steer.text
    spor.checkpoint("professional-level-4")
    spor.submit_and_wait("button#submission-switch")
    assert Select(spor.find("select#submission-kind")).first_selected_option.get_attribute("value") == "notification"
    assert spor.find("textarea#submission-description").get_attribute("value") == "Eleven fortæller om slag derhjemme"
    assert not spor.find("#level-steer").is_displayed()
    spor.checkpoint("professional-switched-to-notification")
