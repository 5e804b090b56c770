"""Early help in a real browser: the outreach counsellor holds an anonymous consultation, links it to the
child later, and the caseworker reads it in the child's course. The administrator renames a level of the
concern scale; an empty name is refused and changes nothing."""

import random
import uuid

from selenium.webdriver.support.ui import Select


def logout(spor):
    spor.submit_and_wait("button#logout-submit")
    spor.wait_for("input#username")


def register_child(spor, family, cpr):
    spor.login("caseworker")
    spor.register_child(cpr, "Ida", family)
    return spor.path


def test_anonymous_consultation_linked_to_the_child(spor):
    tag = uuid.uuid4().hex[:6]
    family = f"Sparring{tag}"
    rng = random.Random(tag)
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}17-4{rng.randint(100, 998) // 2 * 2:03d}"
    child_path = register_child(spor, family, cpr)
    logout(spor)

    spor.login("outreach")
    spor.open("/consultations")
    Select(spor.find("select#consultation-asked")).select_by_value("teacher")
    spor.find("textarea#consultation-question").send_keys(f"E2E {tag}: en elev virker trist og sulten")
    spor.find("textarea#consultation-advice").send_keys("Tal med forældrene og tilbyd et netværksmøde")
    spor.checkpoint("anonymous-form")
    spor.submit_and_wait("button#consultation-submit")
    assert "anonyme" in spor.wait_for(".notice").text
    item = next(li for li in spor.find_all("ul.consultations li") if tag in li.text)
    item.find_element("css selector", "summary").click()
    item.find_element("css selector", "input[name=cpr]").send_keys(cpr)
    spor.checkpoint("link-form")
    item.find_element("css selector", "form button[type=submit]").click()
    spor.wait_for(".notice")
    linked = next(li for li in spor.find_all("ul.consultations li") if tag in li.text)
    assert family in linked.text, linked.text
    spor.checkpoint("linked")
    logout(spor)

    spor.login("caseworker")
    spor.open(child_path)
    timeline = spor.find("ol.timeline").text
    assert f"E2E {tag}" in timeline
    assert "først holdt anonymt" in timeline
    spor.checkpoint("child-with-consultation")


def test_concern_scale_renamed_by_the_administrator(spor):
    spor.login("admin")
    spor.open("/admin/concern-scale")
    field = spor.find("input#nameDa-3")
    original = field.get_attribute("value")
    field.clear()
    field.send_keys("Udsat (E2E)")
    spor.submit_and_wait("button#scale-submit")
    assert spor.wait_for(".notice").text
    spor.checkpoint("saved")
    # Put the name back so other tests read the default.
    field = spor.find("input#nameDa-3")
    field.clear()
    field.send_keys(original)
    empty = spor.find("input#nameDa-2")
    saved_two = empty.get_attribute("value")
    # An empty name is refused with the reason, and nothing changes.
    spor.driver.execute_script("arguments[0].removeAttribute('required'); arguments[0].value = ' ';", empty)
    spor.submit_and_wait("button#scale-submit")
    assert spor.find_all(".error"), "an empty name is refused"
    spor.checkpoint("refused")
    spor.find("input#nameDa-2").clear()
    spor.find("input#nameDa-2").send_keys(saved_two)
    spor.submit_and_wait("button#scale-submit")
    assert spor.wait_for(".notice").text
    assert spor.find("input#nameDa-3").get_attribute("value") == original
