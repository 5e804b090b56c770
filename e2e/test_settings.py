"""The administrator's settings without code (issue 25, item 2).

A small demo is served as if today were Thursday 28 December 2028 (`spor demo --today`): 2 January of the next year,
2029, is a Tuesday (2 January 2027 and 2028 fall on a weekend, where a closed day moves nothing). Not counted: the
caseworker registers a child and the school (the demo's professional) notifies about it; the receipt to the school is due
by the end of Monday 8 January 2029 on the intake team's tray and in the API.

Counted (`spor.click/type/choose`): the administrator opens *Kommunens indstillinger* from her page, adds 2 January 2029
as a closed day and saves (3 actions); the page shows the recount's progress until it is done; the receipt is then due
by the end of Tuesday 9 January on the tray and in the API, and the change is in the setting's history (who, when, from
when). She then sets the target of *straks-indsats* to 85 % (3 more actions: 6 in all), and policy staff find "≥ 85 %" on
the dashboard and in the status report. A parameter below the law's minimum is refused naming the field, and nothing is
saved."""

import datetime
import os
import random
import shutil
import subprocess
import tempfile
import time
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from selenium.webdriver.support.ui import Select

from conftest import (DEMO_PASSWORD, REPO_ROOT, STARTUP_TIMEOUT, Spor, _free_port, _healthy, _new_driver, _spor_bin, _stop,
                      _tail, _test_slug)

TODAY = datetime.date(2028, 12, 28)


@pytest.fixture(scope="module")
def late_december():
    """A small demo served as if today were 28 December 2028; stopped at the end."""
    binary = _spor_bin()
    workdir = Path(tempfile.mkdtemp(prefix="spor-e2e-settings-"))
    (workdir / "data").mkdir()
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    env.pop("SPOR_DATABASE_URL", None)
    env["SPOR_DATA_DIR"] = str(workdir / "data")
    log_path = workdir / "server.log"
    log_file = open(log_path, "wb")
    proc = subprocess.Popen([binary, "demo", "--children", "40", "--years", "1", "--seed", "11", "--today", TODAY.isoformat(),
                             "--port", str(port)],
                            cwd=str(REPO_ROOT), env=env, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                            start_new_session=True)
    failed = True
    try:
        started = time.monotonic()
        while not _healthy(base_url + "/healthz"):
            if proc.poll() is not None or time.monotonic() - started > STARTUP_TIMEOUT:
                pytest.fail(f"spor demo --today did not start.\n--- server log ---\n{_tail(log_path)}", pytrace=False)
            time.sleep(0.5)
        yield base_url
        failed = False
    finally:
        _stop(proc)
        log_file.close()
        if failed or os.environ.get("SPOR_E2E_KEEP"):
            print(f"(kept {workdir})\n{_tail(log_path)}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def spor_late(late_december, request):
    driver = _new_driver()
    yield Spor(driver, late_december, _test_slug(request.node))
    driver.quit()


class _Finder(HTMLParser):
    """The first <input name="csrf"> and the text of <code id="new-token">."""

    def __init__(self):
        super().__init__()
        self.csrf, self.token, self._in_token = None, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") == "csrf" and self.csrf is None:
            self.csrf = a.get("value")
        if tag == "code" and a.get("id") == "new-token":
            self._in_token, self.token = True, ""

    def handle_endtag(self, tag):
        if tag == "code":
            self._in_token = False

    def handle_data(self, data):
        if self._in_token:
            self.token += data


def _found(html):
    finder = _Finder()
    finder.feed(html)
    return finder


def api_token(base_url, username):
    """A personal API token made through /account over plain HTTP (not counted)."""
    session = requests.Session()
    page = session.get(base_url + "/login", timeout=30)
    session.post(base_url + "/login", data={"username": username, "password": DEMO_PASSWORD, "csrf": _found(page.text).csrf}, timeout=30)
    account = session.get(base_url + "/account", timeout=30)
    answer = session.post(base_url + "/account/tokens", data={"name": "settings-e2e", "csrf": _found(account.text).csrf}, timeout=30)
    token = (_found(answer.text).token or "").strip()
    assert token, "no API token made"
    return token


def receipt_in_api(base_url, token, trigger_child_name):
    answer = requests.get(base_url + "/api/v1/worklist", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert answer.status_code == 200, answer.status_code
    items = [i for i in answer.json() if i["rule"] == "receipt-6-working-days" and trigger_child_name in i["childName"]]
    assert len(items) == 1, items
    due = items[0]["due"]
    # As the API's encoder writes a date: an ISO 8601 text, or seconds since 2001 (UTC either way).
    if isinstance(due, (int, float)):
        due = (datetime.datetime(2001, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=due)).isoformat()
    return due


def receipt_on_tray(spor, family):
    spor.open("/tray")
    rows = [r.text for r in spor.find_all("tr[data-rule='receipt-6-working-days']") if family in r.text]
    assert len(rows) == 1, rows
    return rows[0]


def logout(spor):
    spor.submit_and_wait("button#logout-submit")
    spor.wait_for("input#username")


def test_a_closed_day_moves_the_receipt_and_a_target_shows_on_the_dashboard_and_in_the_report(spor_late, late_december):
    spor = spor_late
    tag = uuid.uuid4().hex[:6]
    rng = random.Random(tag)
    family = f"Lukkedag{tag}"
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}16-4{rng.randint(100, 998) // 2 * 2:03d}"

    # Not counted: the child registered and the school's notification today.
    spor.login("caseworker")
    spor.register_child(cpr, "Ida", family)
    logout(spor)
    spor.login("professional")
    spor.find("input#submission-cpr").send_keys(cpr)
    Select(spor.find("select#submission-kind")).select_by_value("notification")
    spor.find("textarea#submission-description").send_keys(f"E2E {tag}: meget fravær op til jul")
    spor.submit_and_wait("button#submission-submit")
    assert spor.wait_for(".notice").text
    logout(spor)

    token = api_token(late_december, "caseworker")
    assert receipt_in_api(late_december, token, family).startswith("2029-01-08"), "by the end of Monday 8 January (Danish time)"
    spor.login("caseworker")
    assert "08.01.2029" in receipt_on_tray(spor, family)
    logout(spor)

    # Counted: the administrator adds 2 January 2029 as a closed day.
    spor.login("admin")
    spor.actions = 0
    spor.click("a#settings-link", wait=True)
    spor.wait_for("form#settings-closed-date-form")
    spor.checkpoint("settings")
    assert spor.find("input#settings-closed-date-validFrom").get_attribute("value") == TODAY.isoformat(), "in force from today"
    spor.type_date("input#settings-closed-date-closedDate", "2029-01-02")
    spor.click("button#settings-closed-date-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    assert spor.wait_for(".notice").text
    # The recount's progress, until it is done.
    deadline = time.monotonic() + 60
    while "genberegnet" not in spor.find("#settings-recount").text:
        assert time.monotonic() < deadline, spor.find("#settings-recount").text
        time.sleep(0.5)
        spor.open("/admin/settings")
    assert "02.01.2029" in spor.find("#settings-extra-dates").text
    history = spor.find_all("#settings-history tr.settings-version")
    assert len(history) == 1 and "Ekstra lukkedage" in history[0].text and "02.01.2029" in history[0].text, [h.text for h in history]
    assert "28.12.2028" in history[0].text, "from when and when"
    spor.checkpoint("closed-day-saved")
    closed_day_actions = spor.actions

    # A parameter below the law's minimum is refused naming the field; nothing is saved (not counted).
    Select(spor.find("select#settings-rule-rule")).select_by_value("support-after-18-decision")
    spor.find("input#settings-rule-value").send_keys("4")
    spor.driver.execute_script("document.querySelector('input#settings-rule-value').removeAttribute('min')")
    spor.submit_and_wait("button#settings-rule-submit")
    errors = [e.text for e in spor.find_all(".field-error")]
    assert any("6" in e for e in errors), errors
    assert spor.find("input#settings-rule-value").get_attribute("value") == "4", "what was typed is kept"
    assert len(spor.find_all("#settings-history tr.settings-version")) == 1, "nothing saved"

    # Counted: the target of immediate help set to 85 %.
    spor.open("/admin/settings")
    spor.choose("select#settings-target-indicator", "immediate-help-share")
    spor.type("input#settings-target-target", "85")
    spor.click("button#settings-target-submit", wait=True)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    assert "≥ 85 %" in spor.find("#settings-target-immediate-help-share").text
    print(f"\ncounted actions: closed day {closed_day_actions}, target {spor.actions - closed_day_actions}, in all {spor.actions}")
    assert closed_day_actions == 3 and spor.actions == 6, spor.actions
    deadline = time.monotonic() + 60
    while "genberegnet" not in spor.find("#settings-recount").text:
        assert time.monotonic() < deadline, spor.find("#settings-recount").text
        time.sleep(0.5)
        spor.open("/admin/settings")
    logout(spor)

    # The receipt across 2 January moved by one working day, on the tray and in the API.
    assert receipt_in_api(late_december, token, family).startswith("2029-01-09")
    spor.login("caseworker")
    row = receipt_on_tray(spor, family)
    assert "09.01.2029" in row and "08.01.2029" not in row, row
    spor.checkpoint("tray-moved")
    logout(spor)

    # The target on the dashboard and in the status report.
    spor.login("policy")
    spor.open("/policy?period=2028")
    card = spor.find("#indicator-immediate-help-share").text
    assert "≥ 85 %" in card, card
    spor.checkpoint("dashboard-target")
    spor.open("/policy/report/2028")
    rows = [r.text for r in spor.find_all("tr") if "straks" in r.text.lower()]
    assert any("≥ 85 %" in r for r in rows), rows
    spor.checkpoint("report-target")
