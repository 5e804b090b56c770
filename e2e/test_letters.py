"""Letters (issue 22): a decision is recorded; its letter is drafted from the journal with the reasons, the measures, the
legal basis and the complaint guidance filled in, finalised in at most 3 counted actions, and appears on the timeline
and on the parent's Min side. The PDF is read back by pdftotext and the DOCX by python-docx."""

import io
import re
import shutil
import subprocess
import tempfile
import uuid

import docx
import requests
from selenium.webdriver.support.ui import Select

PASSWORD = "grøn hest hopper højt"


def a_child_with_a_parent(spor):
    """One of the caseworker's children under 18 whose family page offers an account for a parent, and whose decision
    form offers family treatment."""
    spor.open("/children")
    links = [re.sub(r"^https?://[^/]+", "", a.get_attribute("href")) for a in spor.find_all("table.list a[href*='/children/']")]
    for path in links:
        spor.open(path + "/family")
        parents = [o for o in spor.find_all("select#reader option")
                   if re.fullmatch(r"[0-9A-Fa-f-]{36}", o.get_attribute("value") or "")]
        if not parents:
            continue
        spor.open(path + "/course/decision")
        if spor.find_all("form#course-form") and spor.find_all(".check input[name^=offer-familiebehandling]"):
            return path
    raise AssertionError("no child of the caseworker's with a parent to give an account and family treatment to grant")


def session_of(spor):
    session = requests.Session()
    for cookie in spor.driver.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    return session


def test_a_decision_letter_from_the_journal_to_the_parents_min_side(spor):
    tag = uuid.uuid4().hex[:6]
    reasons = f"E2E {tag}: familien har brug for støtte i hjemmet, men ikke til aflastning"
    spor.login("caseworker")
    child = a_child_with_a_parent(spor)

    # The child is heard, and the decision grants family treatment with its reasons.
    spor.open(f"{child}/course/conversation")
    spor.wait_for("form#course-form")
    spor.find("input#step-place").send_keys("Skolen")
    spor.find("textarea#step-childsWords").send_keys(f"E2E {tag}: Jeg vil gerne have hjælp derhjemme")
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]

    spor.open(f"{child}/course/decision")
    spor.wait_for("form#course-form")
    Select(spor.find("select#step-outcome")).select_by_value("granted")
    spor.find(".check input[name^=offer-familiebehandling]").click()
    spor.find("textarea#step-reasons").clear()
    spor.find("textarea#step-reasons").send_keys(reasons)
    spor.find("textarea#step-purpose").send_keys("Styrke familiens rutiner")
    spor.driver.execute_script("document.getElementById('step-expectedEnd').value = '2027-12-31'")
    Select(spor.find("select#step-consentParents")).select_by_value("given")
    heard = Select(spor.find("select#step-heardIn"))
    if not heard.first_selected_option.get_attribute("value"):
        heard.select_by_index(1)
    for field, value in [("complaintGuidance", "yes"), ("consentYoung", "given"), ("makesChildsPlan", "yes")]:
        if spor.find_all(f"select#step-{field}"):
            Select(spor.find(f"select#step-{field}")).select_by_value(value)
    spor.submit_and_wait("button#course-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    spor.wait_for_path(child)
    child_name = spor.find("h1").text.strip()

    # The letter: drafted from the decision, finalised — at most 3 counted actions.
    spor.actions = 0
    spor.click("li.kind-decision a.write-letter", wait=True)
    spor.wait_for("form#letter-form")
    body = spor.find("textarea#letter-body").get_attribute("value")
    assert reasons in body, body
    assert "Familiebehandling efter § 32" in body, body
    assert "Afgørelsen er truffet efter § 32" in body, body
    assert "påklages til Ankestyrelsen" in body and "Klagevejledning" in body, body
    recipients = [label.text for label in spor.find_all("#letter-recipients label")
                  if spor.find(f"input#{label.get_attribute('for')}").is_selected()]
    assert recipients and all("forældremyndighed" in r for r in recipients), recipients
    spor.checkpoint("letter-draft")
    subject = spor.find("input#letter-subject").get_attribute("value")
    spor.click("button#letter-finalise", wait=True)
    assert "/letters/" in spor.path, spor.path
    assert spor.actions <= 3, spor.actions
    letter_page = spor.path
    assert reasons in spor.find("main").text
    spor.checkpoint("letter-as-sent")

    # On the timeline, with its PDF and DOCX.
    spor.open(child)
    entry = spor.find("li.kind-letter")
    assert subject in entry.text
    files = {a.text.split(" ")[0]: a.get_attribute("href") for a in entry.find_elements("css selector", "ul.files a")}
    assert "DOCX" in files, files
    session = session_of(spor)
    document = session.get(files["DOCX"], timeout=30)
    assert document.status_code == 200
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(document.content)).paragraphs)
    assert child_name in text and reasons in text and "påklages til Ankestyrelsen" in text, text[:500]
    if shutil.which("weasyprint"):
        assert "PDF" in files, files
        pdf = session.get(files["PDF"], timeout=30)
        assert pdf.status_code == 200 and pdf.headers["Content-Type"] == "application/pdf"
        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(pdf.content)
            handle.flush()
            read = subprocess.run(["pdftotext", "-layout", handle.name, "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(read.split())
        assert child_name in flat and reasons in flat and "påklages til Ankestyrelsen" in flat, flat[:500]
        assert "Side 1 af" in flat

    # The parent's Min side: an account for a parent the letter went to, and the letter there.
    spor.open(child + "/family")
    options = {o.text: o.get_attribute("value") for o in spor.find_all("select#reader option")}
    parent = next(value for text, value in options.items() if any(text.split(" (")[0] in r for r in recipients))
    Select(spor.find("select#reader")).select_by_value(parent)
    spor.submit_and_wait("button#family-account-submit")
    code = re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", spor.find("#activation-code").text).group(0)
    spor.submit_and_wait("button#logout-submit")
    spor.open("/portal/activate")
    spor.find("input#code").send_keys(code)
    spor.find("input#username").send_keys(f"brev{tag}")
    spor.find("input#password").send_keys(PASSWORD)
    spor.find("input#repeat").send_keys(PASSWORD)
    spor.submit_and_wait("button#activate-submit")
    spor.wait_for_path("/portal")
    letters = spor.find("#portal-letters")
    assert subject in letters.text
    spor.checkpoint("min-side-letters")
    link = letters.find_element("css selector", "a.portal-letter-file").get_attribute("href")
    download = session_of(spor).get(link, timeout=30)
    assert download.status_code == 200 and download.content[:4] in (b"%PDF", b"PK\x03\x04")
    # The staff page of the letter is not the family's.
    spor.open(letter_page)
    assert spor.path == "/login"
