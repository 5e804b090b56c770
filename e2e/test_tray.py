"""The caseworker's day on the work tray: a teacher's level-4 concern about a child without a caseworker reaches the
team's *Ufordelte* list, the team lead gives the child to a caseworker in two actions, and the child is on that
caseworker's tray; the default demo's tray puts today's work first and the backlog apart, and the lead's filters cut it
to one caseworker and one rule."""

import random
import uuid


def logout(spor):
    spor.submit_and_wait("button#logout-submit")
    spor.wait_for("input#username")


def section_text(spor, section_id):
    found = spor.find_all(f"section#{section_id}")
    return found[0].text if found else ""


def test_level_4_concern_to_unassigned_list_to_a_caseworker_in_two_actions(spor):
    tag = uuid.uuid4().hex[:6]
    family = f"Uden{tag}"
    rng = random.Random(tag)
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}15-4{rng.randint(100, 998) // 2 * 2:03d}"

    # Setup, not counted: we learn the caseworker's name; the team lead registers the child (which gives it no caseworker).
    spor.login("caseworker")
    caseworker_name = spor.find("span.who").text.split(" (")[0].replace("Logget ind som ", "").strip()
    logout(spor)
    spor.login("teamlead")
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys("Alba")
    spor.find("input#register-familyName").send_keys(family)
    spor.choose("select#register-district", "Område Grenaa")
    spor.submit_and_wait("button#register-submit")
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    logout(spor)

    # The teacher passes on a level-4 concern.
    spor.login("professional")
    spor.wait_for_path("/professional")
    spor.actions = 0
    spor.type("input#submission-cpr", cpr)
    spor.choose("select#submission-level", "4")
    spor.type("textarea#submission-description", f"E2E {tag}: eleven kommer sulten og træt i skole hver dag")
    spor.click("button#submission-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    teacher_actions = spor.actions
    logout(spor)

    # The team lead sees the child on the team's Ufordelte list and gives it to the caseworker: two actions.
    spor.login("teamlead")
    spor.open("/tray")
    spor.wait_for("section#unassigned")
    rows = [r for r in spor.find_all("section#unassigned tr.unassigned") if family in r.text]
    assert rows, section_text(spor, "unassigned")
    spor.checkpoint("tray-lead-unassigned")
    row_select = rows[0].find_element("css selector", "select").get_attribute("id")
    option = next(o for o in spor.find_all(f"select#{row_select} option") if o.text == caseworker_name)
    spor.actions = 0
    spor.choose(f"select#{row_select}", option.get_attribute("value"))
    spor.click(f"form:has(select#{row_select}) button.assign-submit", wait=True)
    assert spor.actions <= 2, spor.actions
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    assert family in spor.wait_for(".notice").text
    assert family not in section_text(spor, "unassigned")
    logout(spor)

    # The child is on that caseworker's tray.
    spor.login("caseworker")
    spor.open("/tray")
    spor.wait_for("section#new-cases")
    assert family in section_text(spor, "new-cases")
    spor.checkpoint("tray-caseworker-new-case")
    print(f"teacher: {teacher_actions} actions; team lead: {spor.actions} actions")


def test_demo_tray_today_first_backlog_apart_and_the_leads_filters(spor):
    spor.login("caseworker")
    spor.open("/tray")
    spor.wait_for("section#tray-overdue")
    ids = [s.get_attribute("id") for s in spor.find_all("main section")]
    order = [i for i in ids if i.startswith("tray-")]
    assert order[:5] == ["tray-overdue", "tray-today", "tray-thisWeek", "tray-later", "tray-backlog"], order
    if "unassigned" in ids:  # the caseworker's own work due now comes before the team's unassigned children
        assert ids.index("tray-today") < ids.index("unassigned"), ids
    # The backlog is closed by default: its rows do not stand above today's work.
    backlog = spor.find("section#tray-backlog")
    assert "Efterslæb" in backlog.text
    assert not backlog.find_elements("css selector", "details[open]")
    counts = spor.find("#tray-counts").text
    assert "i efterslæb" in counts and "overskredet" in counts, counts
    badge = spor.find_all("nav a[href='/tray'] .badge")
    assert badge and badge[0].text.isdigit(), "the navigation counts what is due today or overdue"
    spor.checkpoint("tray-caseworker-demo")
    logout(spor)

    spor.login("teamlead")
    spor.open("/tray")
    spor.wait_for("form#tray-filter")
    spor.checkpoint("tray-lead-demo")
    loads = spor.find_all("section#tray-loads tbody tr")
    assert loads, "the lead sees each caseworker's load"
    # Cut to the member with the most open work, then to one of the rules on their rows.
    busiest = max(loads, key=lambda row: int(row.find_elements("css selector", "td")[1].text))
    member_name = busiest.find_elements("css selector", "td")[0].text
    assert int(busiest.find_elements("css selector", "td")[1].text) > 0, "the demo's team has open work"
    member_id = next(o.get_attribute("value") for o in spor.find_all("select#filter-member option") if o.text == member_name)
    spor.choose("select#filter-member", member_id)
    spor.click("button#filter-submit", wait=True)
    rows = spor.find_all("tr.tray-item")
    assert rows, "the member's work is listed"
    owners = {r.find_elements("css selector", "td")[3].text.split("\n")[0] for r in rows}
    assert owners == {member_name}, owners
    rule = sorted({r.get_attribute("data-rule") for r in rows})[0]
    spor.choose("select#filter-rule", rule)
    spor.click("button#filter-submit", wait=True)
    cut = {r.get_attribute("data-rule") for r in spor.find_all("tr.tray-item")}
    assert cut == {rule}, cut
    assert f"rule={rule}" in spor.driver.current_url and f"member={member_id}" in spor.driver.current_url
    spor.checkpoint("tray-lead-filtered")
    # English as well.
    spor.find("button[name=lang][value=en]").click()
    spor.wait_for("html[lang=en]")
    assert "Work tray" in spor.find("h1").text
    spor.checkpoint("tray-lead-english")
    spor.find("button[name=lang][value=da]").click()
    spor.wait_for("html[lang=da]")
