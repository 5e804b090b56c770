"""The pages of each role render and pass axe: the worklist, the meeting form, break-the-glass review,
the export, and the English versions."""

import pytest


@pytest.mark.parametrize("user, paths", [
    ("caseworker", ["/tray", "/intake", "/children/new", "/search?q=a", "/account", "/account/totp", "/meetings/new",
                    "/consultations"]),
    ("teamlead", ["/team", "/tray", "/team/not-relevant", "/team/break-glass", "/policy"]),
    ("policy", ["/policy", "/policy/tracker", "/policy/initiatives/brus", "/policy/rounds", "/policy/report/2025",
                "/policy/report/2025/export/html"]),
    ("outreach", ["/outreach", "/meetings/new", "/consultations", "/actions"]),
    ("professional", ["/professional", "/actions"]),
    ("admin", ["/admin", "/admin/users", "/admin/concern-scale", "/admin/offers", "/admin/offers/new", "/admin/rules",
               "/admin/verify"]),
])
def test_role_pages_pass_axe(spor, user, paths):
    spor.login(user)
    for path in paths:
        spor.open(path)
        assert spor.find_all("h1"), f"{path} has no h1"
        assert not spor.find_all(".error-page"), f"{path} shows an error page"
        spor.checkpoint(path.strip("/").replace("/", "-").replace("?", "-") or "home")


def test_child_export_and_correction_pages_pass_axe(spor):
    spor.login("caseworker")
    spor.open("/children")
    link = spor.find_all("a.child-link")[0].get_attribute("href")
    spor.driver.get(link)
    spor.checkpoint("child")
    spor.driver.get(link + "/export")
    assert spor.find_all("h1")
    spor.checkpoint("export")
    spor.driver.get(link)
    correct = spor.find_all("a.correct-link")
    assert correct, "an open case has entries, each with a link to correct it"
    correct[0].click()
    # A note or concern is corrected on the correction form; a step of the course is amended on its own form.
    spor.wait_for("form#correct-form, form#course-form")
    assert spor.find_all("[name=reason], [name=correctionReason]"), "a correction asks its reason"
    spor.checkpoint("correct")
