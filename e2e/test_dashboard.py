"""The policy in numbers in a real browser, on demo data: a card per indicator with its trend, small counts
shown as "<5", and the children behind a number open to a team lead but refused to policy staff."""


def logout(spor):
    spor.submit_and_wait("button#logout-submit")
    spor.wait_for("input#username")


def test_dashboard_suppression_and_drill_down(spor):
    spor.login("policy")
    spor.open("/policy")
    cards = spor.find_all("section.indicator-card")
    assert len(cards) >= 15, len(cards)
    assert spor.find_all("section.indicator-card svg.trend"), "each card draws its trend"
    cells = [td.text for td in spor.find_all("section.indicator-card table td")]
    assert "<5" in cells, "a small district count is suppressed"
    spor.checkpoint("dashboard")

    spor.open("/policy/indicators/immediate-help-share")
    assert not spor.find_all("a#drill-down"), "policy staff are not offered the children"
    spor.open("/policy/indicators/immediate-help-share/children")
    assert "ikke adgang" in spor.find("body").text, "the children behind a number are refused to policy staff"
    spor.checkpoint("drill-down-refused")
    logout(spor)

    spor.login("teamlead")
    spor.open("/policy/indicators/immediate-help-share")
    spor.find("a#drill-down").click()
    spor.wait_for("table#indicator-children")
    spor.checkpoint("drill-down-team-lead")
