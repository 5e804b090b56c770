"""Fixtures for Spor's real-browser tests (headless Chromium + Selenium + axe).

The session starts one demo server:

    $SPOR_BIN demo --children 300 --years 3 --seed 7 --port PORT

with SPOR_DATA_DIR set to a fresh temporary directory, waits for GET /healthz,
and stops it at the end; `spor_server` is its base URL and `spor_server_info`
also has the path of its log (stdout and stderr). Every test gets a fresh
browser (`driver`) and the `spor` helper, whose `checkpoint()` saves a
screenshot into e2e/screenshots/ and asserts that axe finds no accessibility
violations on the page.

Tests marked `@pytest.mark.late(n)` run after all others, in increasing n (the
API fuzzing changes journals; the log check must see everything the others did).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

E2E_DIR = Path(__file__).resolve().parent
REPO_ROOT = E2E_DIR.parent
SCREENSHOT_DIR = E2E_DIR / "screenshots"

CHROMIUM = os.environ.get("SPOR_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("SPOR_CHROMEDRIVER", "/usr/bin/chromedriver")
STARTUP_TIMEOUT = float(os.environ.get("SPOR_E2E_STARTUP_TIMEOUT", "300"))
WAIT_TIMEOUT = float(os.environ.get("SPOR_E2E_WAIT_TIMEOUT", "20"))

DEMO_PASSWORD = "spor-demo-2026"


# ---------------------------------------------------------------------------
# The server
# ---------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, lines: int = 80) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        return f"(no server log: {e})"
    return "\n".join(text.splitlines()[-lines:])


def _spor_bin() -> str:
    candidate = os.environ.get("SPOR_BIN")
    if not candidate:
        default = REPO_ROOT / ".build" / "debug" / "spor"
        if default.exists():
            candidate = str(default)
    if not candidate:
        pytest.fail("SPOR_BIN is not set (export SPOR_BIN=$(swift build --show-bin-path)/spor)")
    if not (os.path.isfile(candidate) and os.access(candidate, os.X_OK)):
        pytest.fail(f"SPOR_BIN={candidate!r} is not an executable file")
    return candidate


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    # The server runs in its own process group (start_new_session=True), so
    # this reaches only the process we started and its children.
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


_failed_tests: list[str] = []


def pytest_collection_modifyitems(config, items):
    """Moves tests marked `late(n)` to the end, in increasing n (stable otherwise)."""
    def lateness(item):
        marker = item.get_closest_marker("late")
        if marker is None:
            return 0
        return marker.args[0] if marker.args else 1
    items.sort(key=lateness)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)
    if report.failed:
        _failed_tests.append(item.nodeid)


@dataclass
class SporServer:
    """The session's demo server: its base URL and the file its output goes to."""

    base_url: str
    log_path: Path
    process: subprocess.Popen

    def stop(self) -> None:
        """Stops the server now (idempotent), so that everything it wrote is in the log."""
        _stop(self.process)


@pytest.fixture(scope="session")
def spor_server(spor_server_info) -> str:
    """The base URL of the session's demo server, e.g. http://127.0.0.1:PORT."""
    return spor_server_info.base_url


@pytest.fixture(scope="session")
def spor_server_log(spor_server_info) -> Path:
    """The path of the server's log (its stdout and stderr) for this session."""
    return spor_server_info.log_path


@pytest.fixture(scope="session")
def spor_server_info():
    """Starts `spor demo` once for the session; yields a SporServer."""
    binary = _spor_bin()
    workdir = Path(tempfile.mkdtemp(prefix="spor-e2e-"))
    data_dir = workdir / "data"
    data_dir.mkdir()
    log_path = workdir / "server.log"
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"

    env = dict(os.environ)
    env["SPOR_DATA_DIR"] = str(data_dir)
    env.pop("SPOR_DATABASE_URL", None)  # always the embedded SQLite store here
    command = [binary, "demo", "--children", "300", "--years", "3", "--seed", "7",
               "--port", str(port)]

    log_file = open(log_path, "wb")
    proc = subprocess.Popen(command, cwd=str(REPO_ROOT), env=env, stdin=subprocess.DEVNULL,
                            stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
    keep = False
    try:
        started = time.monotonic()
        while True:
            if _healthy(base_url + "/healthz"):
                break
            if proc.poll() is not None:
                keep = True
                pytest.fail(f"spor demo exited with status {proc.returncode} before /healthz "
                            f"answered.\ncommand: {' '.join(command)}\n--- server log "
                            f"({log_path}) ---\n{_tail(log_path)}", pytrace=False)
            if time.monotonic() - started > STARTUP_TIMEOUT:
                keep = True
                pytest.fail(f"spor demo did not answer GET /healthz with 200 within "
                            f"{STARTUP_TIMEOUT:.0f} s.\ncommand: {' '.join(command)}\n"
                            f"--- server log ({log_path}) ---\n{_tail(log_path)}", pytrace=False)
            time.sleep(0.5)
        print(f"\nspor demo ready at {base_url} after {time.monotonic() - started:.1f} s "
              f"(log: {log_path})")
        yield SporServer(base_url=base_url, log_path=log_path, process=proc)
    finally:
        _stop(proc)
        log_file.close()
        if _failed_tests:
            keep = True
            print(f"\n--- tail of the server log ({log_path}) ---\n{_tail(log_path)}")
        if keep or os.environ.get("SPOR_E2E_KEEP"):
            print(f"(kept {workdir})")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# The browser
# ---------------------------------------------------------------------------

def _new_driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=1280,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture
def driver(spor_server, request):
    """A fresh headless Chromium for each test (so no cookies carry over)."""
    drv = _new_driver()
    yield drv
    try:
        rep = getattr(request.node, "rep_call", None)
        if rep is not None and rep.failed:
            _save_screenshot(drv, _test_slug(request.node), "FAILED")
    finally:
        drv.quit()


# ---------------------------------------------------------------------------
# Accessibility and screenshots
# ---------------------------------------------------------------------------

def check_accessibility(driver) -> None:
    """Injects axe-core into the current page, runs it and asserts no violations."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    violations = results.get("violations", [])
    if violations:
        lines = [f"axe found {len(violations)} accessibility violation(s) on {driver.current_url}:"]
        for v in violations:
            targets = []
            for node in v.get("nodes", []):
                targets.extend(" ".join(t) if isinstance(t, list) else str(t)
                               for t in node.get("target", []))
            lines.append(f"  - {v['id']} ({v.get('impact')}): {v.get('help')}")
            lines.append(f"      nodes: {', '.join(targets)}")
        raise AssertionError("\n".join(lines))


def _test_slug(node) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", node.name).strip("_")


def _save_screenshot(driver, slug: str, label: str) -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{slug}--{re.sub(r'[^A-Za-z0-9_.-]+', '_', label)}.png"
    driver.save_screenshot(str(path))
    return path


class Spor:
    """Helpers for one test: navigation, login, checkpoints (screenshot + axe)."""

    def __init__(self, driver, base_url: str, slug: str):
        self.driver = driver
        self.base_url = base_url
        self.slug = slug
        self._shots = 0
        # The user's actions in a counted journey: each click, typed field or choice (`click`, `type`, `choose`).
        self.actions = 0

    # navigation -----------------------------------------------------------
    def url(self, path: str) -> str:
        return urljoin(self.base_url + "/", path.lstrip("/"))

    def open(self, path: str) -> None:
        self.driver.get(self.url(path))

    @property
    def path(self) -> str:
        return urlparse(self.driver.current_url).path

    def wait(self, timeout: float = WAIT_TIMEOUT) -> WebDriverWait:
        return WebDriverWait(self.driver, timeout)

    def find(self, css: str):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def wait_for(self, css: str):
        return self.wait().until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def wait_for_path(self, expected: str, timeout: float = WAIT_TIMEOUT) -> None:
        """Waits until the URL path is `expected`; on timeout says where we are."""
        try:
            WebDriverWait(self.driver, timeout).until(lambda d: self.path == expected)
        except TimeoutException:
            errors = [e.text for e in self.find_all(".error")]
            raise AssertionError(
                f"expected to be at {expected}, but the browser is at {self.driver.current_url}"
                + (f" showing error(s): {errors}" if errors else "")) from None

    def submit_and_wait(self, button_css: str) -> None:
        """Clicks a submit button and waits for the next page to load."""
        old = self.find("html")
        self.find(button_css).click()

        def replaced(driver) -> bool:
            # While the old page is torn down Chromium may answer "Node … does not belong to the
            # document" instead of "stale": both mean the old page is gone.
            try:
                return EC.staleness_of(old)(driver)
            except WebDriverException:
                return True

        self.wait().until(replaced)
        self.wait_for("body")

    # counted actions -------------------------------------------------------
    def click(self, css: str, *, wait: bool = False) -> None:
        """One counted action: a click on `css` (a submit waits for the next page when `wait`)."""
        self.actions += 1
        if wait:
            self.submit_and_wait(css)
        else:
            self.find(css).click()

    def type(self, css: str, text: str) -> None:
        """One counted action: a field typed in."""
        self.actions += 1
        self.find(css).send_keys(text)

    def choose(self, css: str, value: str) -> None:
        """One counted action: a choice in a select (by value) or of a radio button / checkbox (`value` ignored)."""
        self.actions += 1
        element = self.find(css)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        else:
            element.click()

    def type_date(self, css: str, iso: str) -> None:
        """One counted action: a date typed in. (Chromium's date field takes keystrokes in the browser locale's order;
        the value is set as typing would leave it, and the field told so.)"""
        self.actions += 1
        self.driver.execute_script(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1];"
            "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
            css, iso)

    def html_lang(self) -> str:
        return self.find("html").get_attribute("lang") or ""

    # login ----------------------------------------------------------------
    def login(self, username: str, password: str = DEMO_PASSWORD, *, check_login_page=False):
        self.open("/login")
        self.wait_for("input#username")
        if check_login_page:
            self.checkpoint("login-page")
        self.find("input#username").clear()
        self.find("input#username").send_keys(username)
        self.find("input#password").clear()
        self.find("input#password").send_keys(password)
        self.submit_and_wait("button#login-submit")

    # setup ----------------------------------------------------------------
    def register_child(self, cpr: str, given_name: str, family_name: str, district: str = "Område Grenaa") -> None:
        """Setup, not counted: the child registered in Spor by the signed-in caseworker, who then has its case."""
        self.open("/children/new")
        self.find("input#register-cpr").send_keys(cpr)
        self.find("input#register-givenName").send_keys(given_name)
        self.find("input#register-familyName").send_keys(family_name)
        Select(self.find("select#register-district")).select_by_value(district)
        self.submit_and_wait("button#register-submit")
        assert not self.find_all(".error"), [e.text for e in self.find_all(".error")]

    # checkpoints ----------------------------------------------------------
    def screenshot(self, label: str) -> Path:
        self._shots += 1
        return _save_screenshot(self.driver, self.slug, f"{self._shots:02d}-{label}")

    def checkpoint(self, label: str) -> None:
        """Screenshot of the current page, then the accessibility check."""
        self.screenshot(label)
        check_accessibility(self.driver)


@pytest.fixture
def spor(driver, spor_server, request) -> Spor:
    return Spor(driver, spor_server, _test_slug(request.node))


# ---------------------------------------------------------------------------
# Sign-in through an OpenID provider (issue 25): a real provider on loopback
# ---------------------------------------------------------------------------

# The provider's users: (username, role claim, team claim). The passwords are made per run.
OIDC_USERS = {
    "sara": ("Sara Sørensen", "caseworker", "Team Grenaa"),
    "lars": ("Lars Leth", "teamlead", "Team Auning"),
    "mette": ("Mette Moe", "caseworker", "Team Grenaa"),
    "ole": ("Ole Olsen", "caseworker", "Team Auning"),
}


@dataclass
class OIDCStack:
    """A Spor server that signs staff in at the test provider (e2e/oidc_provider.py), and that provider."""

    base_url: str
    provider: object  # oidc_provider.RunningProvider
    passwords: dict
    provider_name: str
    log_path: Path


@pytest.fixture(scope="module")
def oidc_stack():
    """Starts the test provider (Authlib, its keys made at start) and a small demo that signs staff in there,
    with passwords for the administrator only; stops both at the end."""
    import secrets
    import sys
    sys.path.insert(0, str(E2E_DIR))
    import oidc_provider

    binary = _spor_bin()
    workdir = Path(tempfile.mkdtemp(prefix="spor-e2e-oidc-"))
    (workdir / "data").mkdir()
    spor_port, provider_port = _free_port(), _free_port()
    base_url = f"http://127.0.0.1:{spor_port}"
    passwords = {name: secrets.token_urlsafe(12) for name in OIDC_USERS}
    config = {
        "client": {"client_id": "spor", "client_secret": secrets.token_urlsafe(24),
                   "redirect_uris": [base_url + "/login/oidc/callback"], "post_logout_redirect_uris": [base_url + "/login"]},
        "admin_token": secrets.token_urlsafe(24),
        "users": {name: {"password": passwords[name], "sub": secrets.token_hex(8), "name": display,
                         "claims": {"spor_role": role, "spor_team": team}}
                  for name, (display, role, team) in OIDC_USERS.items()},
    }
    provider = oidc_provider.start(config, provider_port, workdir)
    provider_name = "Norddjurs Kommune (test)"
    env = dict(os.environ)
    env.pop("SPOR_DATABASE_URL", None)
    env.update({"SPOR_DATA_DIR": str(workdir / "data"), "SPOR_OIDC_ISSUER": provider.issuer, "SPOR_OIDC_CLIENT_ID": "spor",
                "SPOR_OIDC_CLIENT_SECRET": config["client"]["client_secret"], "SPOR_OIDC_REDIRECT_BASE": base_url,
                "SPOR_OIDC_PROVIDER_NAME": provider_name, "SPOR_LOCAL_PASSWORDS": "admin-only"})
    log_path = workdir / "server.log"
    log_file = open(log_path, "wb")
    proc = subprocess.Popen([binary, "demo", "--children", "60", "--years", "1", "--seed", "7", "--port", str(spor_port)],
                            cwd=str(REPO_ROOT), env=env, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        started = time.monotonic()
        while not _healthy(base_url + "/healthz"):
            if proc.poll() is not None or time.monotonic() - started > STARTUP_TIMEOUT:
                pytest.fail(f"spor demo with OIDC did not start.\n--- server log ---\n{_tail(log_path)}", pytrace=False)
            time.sleep(0.5)
        yield OIDCStack(base_url, provider, passwords, provider_name, log_path)
    finally:
        _stop(proc)
        _stop(provider.process)
        log_file.close()
        if _failed_tests or os.environ.get("SPOR_E2E_KEEP"):
            print(f"(kept {workdir})")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def oidc_spor(oidc_stack, request):
    """A fresh browser and the `Spor` helpers, on the OIDC stack's server."""
    drv = _new_driver()
    helper = Spor(drv, oidc_stack.base_url, _test_slug(request.node))
    yield helper
    try:
        rep = getattr(request.node, "rep_call", None)
        if rep is not None and rep.failed:
            _save_screenshot(drv, _test_slug(request.node), "FAILED")
    finally:
        drv.quit()
