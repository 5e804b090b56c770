"""A caseworker opens a child, records a concern and a note, and sees both on the timeline."""

import re
import uuid
from urllib.parse import urlparse

from selenium.webdriver.support.ui import Select

UUID_PATH = re.compile(r"^/children/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
                       r"[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")


def timeline_entries(spor):
    return spor.find_all("ol#timeline li.entry")


def assert_posted(spor, child_path, text, what):
    """After a post: back on the child page, a status notice, the text in the newest entry."""
    spor.wait_for_path(child_path)
    errors = [e.text for e in spor.find_all(".error")]
    assert not errors, f"the {what} was refused: {errors}"
    notice = spor.wait_for(".notice")
    assert notice.get_attribute("role") == "status", ".notice must have role=\"status\""
    assert notice.text.strip(), "the .notice is empty"
    entries = timeline_entries(spor)
    assert entries, "the timeline has no li.entry after the post"
    assert text in entries[0].text, (
        f"the new {what} is not the first timeline entry.\n"
        f"expected to contain: {text!r}\nfirst entry: {entries[0].text!r}")


def test_caseworker_adds_concern_and_note(spor):
    spor.login("caseworker")
    spor.wait_for_path("/tray")  # the caseworker's day starts on the work tray
    spor.open("/children")
    links = spor.find_all("a.child-link")
    assert links, "no a.child-link on /children"
    spor.checkpoint("my-children")

    child_path = urlparse(links[0].get_attribute("href")).path
    assert UUID_PATH.match(child_path), f"child link does not point at /children/<uuid>: {child_path}"
    links[0].click()
    spor.wait_for_path(child_path)

    h1 = spor.find_all("h1")
    assert h1 and h1[0].text.strip(), "the child page has no (or an empty) <h1>"
    assert spor.find_all("ol#timeline"), "no ol#timeline on the child page"
    spor.checkpoint("child")

    # --- a concern -------------------------------------------------------
    tag = uuid.uuid4().hex[:10]
    description = f"E2E bekymring {tag}: eleven kommer ofte for sent og virker træt"
    form = spor.find("form#concern-form")
    level = Select(form.find_element("css selector", "select#concern-level"))
    assert {o.get_attribute("value") for o in level.options} >= {"1", "2", "3", "4", "5"}, \
        "select#concern-level should offer the levels 1-5"
    level.select_by_value("3")
    Select(form.find_element("css selector", "select#concern-source")).select_by_value("teacher")
    occurred = form.find_element("css selector", "input#concern-occurred")
    assert occurred.get_attribute("type") == "datetime-local"
    assert occurred.get_attribute("value"), "input#concern-occurred is not prefilled"
    form.find_element("css selector", "textarea#concern-description").send_keys(description)
    spor.submit_and_wait("form#concern-form button#concern-submit")

    assert_posted(spor, child_path, description, "concern")
    spor.checkpoint("after-concern")

    # --- a note (with characters that must come back as plain text) -------
    note = f"E2E notat {tag}: mor ringede <b>kl. 9</b> & aftalte møde på skolen"
    form = spor.find("form#note-form")
    note_occurred = form.find_element("css selector", "input#note-occurred")
    assert note_occurred.get_attribute("value"), "input#note-occurred is not prefilled"
    form.find_element("css selector", "textarea#note-text").send_keys(note)
    spor.submit_and_wait("form#note-form button#note-submit")

    assert_posted(spor, child_path, note, "note")
    entries = timeline_entries(spor)
    assert any(description in e.text for e in entries), "the concern is gone from the timeline"
    assert not entries[0].find_elements("css selector", "b"), "the note's text was not escaped"
    spor.checkpoint("after-note")
