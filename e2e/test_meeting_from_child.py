"""A network meeting opened from the child page knows the child: the caseworker names nobody, and the meeting lands on
that child's timeline (issue 21). Counted from the child page to the saved meeting."""

from urllib.parse import urlparse


def test_network_meeting_from_the_child_page(spor):
    spor.login("caseworker")
    spor.open("/children")
    links = spor.find_all("a.child-link")
    assert links, "no a.child-link on /children"
    name = links[0].text.strip()
    child_path = urlparse(links[0].get_attribute("href")).path
    spor.open(child_path)
    spor.wait_for("a#step-link-meeting")

    spor.actions = 0
    spor.click("a#step-link-meeting", wait=True)
    heading = spor.wait_for("h2#meeting-child")
    assert name in heading.text, (name, heading.text)
    assert not spor.find_all("input#meeting-cpr"), "the child is known: no CPR number asked"
    assert not spor.find_all("input#meeting-birth"), "the child is known: no birth date asked"
    spor.checkpoint("meeting-for-a-known-child")
    spor.type("textarea#meeting-worries", "E2E: meget fravær om mandagen")
    spor.type("textarea#meeting-workingWell", "Gode venner i klassen")
    spor.type("textarea#meeting-needsToHappen", "Fast morgenrutine")
    spor.click("button#meeting-submit", wait=True)
    assert spor.actions <= 5, spor.actions

    spor.wait_for_path(child_path)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    assert spor.wait_for(".notice").text
    assert "E2E: meget fravær om mandagen" in spor.find("main").text
    spor.checkpoint("child-after-meeting")
