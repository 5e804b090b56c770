"""An expected child with a notification before birth, joined to the child at birth, the journal continuous (issue 23,
item 1).

A caseworker registers an expected child (due in two months; the expectant mother), registers a notification before
birth (§ 133, stk. 3) from a health visitor on it, enrols the mother in *Gruppeforløb for sårbare gravide* (an open offer,
no decision) and, once the child is born, records the birth with its CPR number. The child page then shows one journal:
the same page, the same entries, now under the child's name. The counted actions (`spor.click/type/choose/type_date`)
are asserted and printed."""

import datetime
import random
import uuid


def test_an_expected_child_is_joined_to_the_child_at_birth_with_one_journal(spor):
    tag = uuid.uuid4().hex[:6]
    rng = random.Random(tag)
    family = f"Kragh{tag}"
    today = datetime.date.today()
    due = today + datetime.timedelta(days=60)
    born = today - datetime.timedelta(days=1)
    # A made-up CPR number of a child born yesterday (7th digit 4: born 2000–2036).
    cpr = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}-4{rng.randint(0, 999):03d}"

    spor.login("caseworker")
    spor.actions = 0
    # Register the expected child.
    spor.click("nav a[href='/expected/new']", wait=True)
    spor.wait_for("form#expected-form")
    spor.checkpoint("expected-form")
    spor.type_date("input#expected-dueDate", due.isoformat())
    spor.choose("select#expected-district", "Område Grenaa")
    spor.type("input#expected-motherGivenName", "Sofie")
    spor.type("input#expected-motherFamilyName", family)
    spor.click("button#expected-submit", wait=True)
    assert not spor.find_all(".field-error"), [e.text for e in spor.find_all(".field-error")]
    child_path = spor.path
    assert child_path.startswith("/children/"), child_path
    heading = spor.find("h1").text
    assert "Forventet barn" in heading and family in heading, heading
    registered = spor.actions
    spor.checkpoint("expected-child")

    # A notification before birth from the health visitor.
    spor.click("a#before-birth-link", wait=True)
    spor.wait_for("form#before-birth-form")
    spor.checkpoint("before-birth-form")
    spor.choose("input#before-birth-channel-phone", "phone")
    spor.choose("input#before-birth-notifierKind-professional", "professional")
    spor.choose("select#before-birth-profession", "healthVisitor")
    spor.type("textarea#before-birth-description", f"E2E {tag}: den gravide fortæller om misbrug og uro i hjemmet")
    spor.choose("input#before-birth-concernsAbuse-no", "no")
    spor.click("button#before-birth-submit", wait=True)
    assert not spor.find_all(".field-error"), [e.text for e in spor.find_all(".field-error")]
    assert spor.path == child_path, spor.path
    notified = spor.actions

    # Support to the expectant mother: the open offer, from the child page, without a decision.
    spor.click("a#step-link-enrolment", wait=True)
    spor.wait_for("form#enrol-form")
    spor.choose("select#enrol-offer", "saarbare-gravide")
    mother = [o.get_attribute("value") for o in spor.find_all("select#enrol-parent option") if o.get_attribute("value")]
    assert len(mother) == 1, mother
    spor.choose("select#enrol-parent", mother[0])
    spor.click("button#enrol-submit", wait=True)
    assert not spor.find_all(".field-error"), [e.text for e in spor.find_all(".field-error")]
    supported = spor.actions
    spor.open(child_path)
    before = [e.get_attribute("id") for e in spor.find_all("ol.timeline li.entry")]
    assert len(before) == 3, before  # caseworker assigned, the notification, the offer started

    # The birth.
    spor.click("a#birth-link", wait=True)
    spor.wait_for("form#birth-form")
    spor.checkpoint("birth-form")
    assert spor.find("input#birth-familyName").get_attribute("value") == family
    spor.type("input#birth-cpr", cpr)
    spor.type("input#birth-givenName", "Ida")
    spor.click("button#birth-submit", wait=True)
    assert not spor.find_all(".field-error"), [e.text for e in spor.find_all(".field-error")]
    assert spor.path == child_path, spor.path
    total = spor.actions

    # One journal: the same page and entries, under the child's name, with a CPR number.
    assert spor.find("h1").text == f"Ida {family}", spor.find("h1").text
    after = [e.get_attribute("id") for e in spor.find_all("ol.timeline li.entry")]
    assert after == before, (before, after)
    timeline = spor.find("ol.timeline").text
    assert "Gruppeforløb for sårbare gravide" in timeline, timeline[:600]
    assert f"E2E {tag}" in timeline, timeline[:600]
    facts = spor.find(".facts").text
    assert born.strftime("%d.%m.%Y") in facts, facts
    spor.checkpoint("child-born")
    print(f"\ncounted actions: register the expected child = {registered}, notification before birth = {notified - registered}, "
          f"support = {supported - notified}, birth = {total - supported}, total = {total}")
    assert registered <= 6, registered
    assert total <= 21, total
