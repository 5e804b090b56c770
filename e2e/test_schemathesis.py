"""schemathesis fuzzes the JSON API described at /api/openapi.json: nothing it sends may make the
server answer 5xx, and without a token every operation answers 401.

The caseworker logs in (plain HTTP, no browser), creates a personal API token under /account, and
schemathesis (its CLI, in a subprocess) runs the phases examples, coverage and fuzzing against
every operation with `Authorization: Bearer <token>` and the one check `not_a_server_error`. Half
of the `childID`s of the reading operations, and all of POST's, are real children of the
caseworker, so the requests get past "not found" into the handlers — and POST really appends
(hundreds of) entries to one child's journal: that is why these tests run late (`late(1)`), after
the browser journeys. The same run without the token must get 401 from every operation (note that
schemathesis also sends made-up `Authorization` headers of its own; they must be refused too).

Every request and response goes into a HAR file, read back here: any 5xx is listed with its
request and response. Settings: SPOR_E2E_SCHEMATHESIS_EXAMPLES (max examples per operation,
default 100), SPOR_E2E_SCHEMATHESIS_TIMEOUT (seconds per schemathesis run, default 420: eleven
operations, version 1's and version 2's).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest
import requests

pytestmark = pytest.mark.late(1)

MAX_EXAMPLES = int(os.environ.get("SPOR_E2E_SCHEMATHESIS_EXAMPLES", "100"))
RUN_TIMEOUT = float(os.environ.get("SPOR_E2E_SCHEMATHESIS_TIMEOUT", "420"))
SEED = 7
HTTP_TIMEOUT = 30
DEMO_PASSWORD = "spor-demo-2026"

# The operations of /api/openapi.json that must answer 2xx at least once with the token:
# (method, path pattern) -> label. Version 2 reads and writes an entry as {kind, payload}; a
# notification's body names its child, so the hooks below give it a real one half the time.
OPERATIONS = {
    ("GET", re.compile(r"^/api/v1/children$")): "GET /api/v1/children",
    ("GET", re.compile(r"^/api/v1/children/[^/]+$")): "GET /api/v1/children/{childID}",
    ("GET", re.compile(r"^/api/v1/children/[^/]+/entries$")): "GET /api/v1/children/{childID}/entries",
    ("POST", re.compile(r"^/api/v1/children/[^/]+/entries$")): "POST /api/v1/children/{childID}/entries",
    ("POST", re.compile(r"^/api/v1/notifications$")): "POST /api/v1/notifications",
    ("GET", re.compile(r"^/api/v2/children/[^/]+/entries$")): "GET /api/v2/children/{childID}/entries",
    ("POST", re.compile(r"^/api/v2/children/[^/]+/entries$")): "POST /api/v2/children/{childID}/entries",
    ("POST", re.compile(r"^/api/v2/notifications$")): "POST /api/v2/notifications",
}

# Loaded by schemathesis (SCHEMATHESIS_HOOKS): half the notification bodies (by a checksum of the
# body, so a run is repeatable) name the last fuzzed child by its id, so the registration gets past
# "no such child" into the rules; the other half keep what schemathesis made.
HOOKS = """
import json
import os
import zlib

import schemathesis

CHILD = os.environ["SPOR_E2E_NOTIFICATION_CHILD"]


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    if case.operation.path.endswith("/notifications") and isinstance(case.body, dict):
        if zlib.crc32(json.dumps(case.body, sort_keys=True, default=str).encode()) % 2 == 0:
            case.body["child"] = CHILD
"""


# ---------------------------------------------------------------------------
# Logging in and creating a token, over plain HTTP
# ---------------------------------------------------------------------------

class _CsrfFinder(HTMLParser):
    """Finds the value of the first <input name="csrf"> (and the text of <code id=new-token>)."""

    def __init__(self):
        super().__init__()
        self.csrf: str | None = None
        self.new_token: str | None = None
        self._in_token = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") == "csrf" and self.csrf is None:
            self.csrf = a.get("value")
        if tag == "code" and a.get("id") == "new-token":
            self._in_token = True
            self.new_token = ""

    def handle_endtag(self, tag):
        if tag == "code":
            self._in_token = False

    def handle_data(self, data):
        if self._in_token:
            self.new_token += data


def _parse(html: str) -> _CsrfFinder:
    finder = _CsrfFinder()
    finder.feed(html)
    return finder


def login(base_url: str, username: str, password: str = DEMO_PASSWORD) -> requests.Session:
    """A requests session logged in through the login form (session cookie + CSRF token)."""
    session = requests.Session()
    page = session.get(base_url + "/login", timeout=HTTP_TIMEOUT)
    assert page.status_code == 200, f"GET /login answered {page.status_code}"
    assert "spor_session" in session.cookies, \
        f"GET /login set no spor_session cookie (cookies: {list(session.cookies.keys())})"
    csrf = _parse(page.text).csrf
    assert csrf, "no <input name=csrf> on /login"
    answer = session.post(base_url + "/login", timeout=HTTP_TIMEOUT,
                          data={"username": username, "password": password, "csrf": csrf})
    assert answer.status_code == 200 and urlparse(answer.url).path != "/login", (
        f"logging in as {username} failed: {answer.status_code} at {answer.url}")
    return session


def create_api_token(session: requests.Session, base_url: str, name: str) -> str:
    """Creates a personal API token through /account and returns it."""
    page = session.get(base_url + "/account", timeout=HTTP_TIMEOUT)
    assert page.status_code == 200, f"GET /account answered {page.status_code}"
    csrf = _parse(page.text).csrf
    assert csrf, "no <input name=csrf> on /account"
    answer = session.post(base_url + "/account/tokens", data={"name": name, "csrf": csrf},
                          timeout=HTTP_TIMEOUT)
    assert answer.status_code == 200, f"POST /account/tokens answered {answer.status_code}"
    token = (_parse(answer.text).new_token or "").strip()
    assert token, "POST /account/tokens showed no <code id=\"new-token\">"
    return token


@pytest.fixture(scope="module")
def api_token(spor_server) -> str:
    session = login(spor_server, "caseworker")
    return create_api_token(session, spor_server, "schemathesis")


@pytest.fixture(scope="module")
def fuzzed_children(spor_server, api_token) -> list[str]:
    """Two of the caseworker's children, whose ids schemathesis uses for half its requests.

    Only the last two of the list: fuzzing appends (and may close) entries to their journals,
    and the other children stay as the browser tests knew them.
    """
    answer = requests.get(spor_server + "/api/v1/children", timeout=HTTP_TIMEOUT,
                          headers={"Authorization": f"Bearer {api_token}"})
    assert answer.status_code == 200, (
        f"the new token was refused: GET /api/v1/children answered {answer.status_code}: "
        f"{answer.text[:500]}")
    children = answer.json()
    assert children, "the caseworker has no children in GET /api/v1/children"
    return [child["id"] for child in children[-2:]]


# ---------------------------------------------------------------------------
# Running schemathesis
# ---------------------------------------------------------------------------

class Run:
    """One schemathesis run: its exit status, its output and the exchanges it recorded."""

    def __init__(self, returncode: int, output: str, entries: list[dict], seconds: float):
        self.returncode = returncode
        self.output = output
        self.entries = entries
        self.seconds = seconds

    def report(self) -> str:
        """The part of schemathesis's output worth showing: failures (if any) and the summary."""
        text = self.output
        for marker in ("= FAILURES =", "= ERRORS =", "= WARNINGS =", "= SUMMARY ="):
            at = text.find(marker)
            if at >= 0:
                return text[text.rfind("\n", 0, at) + 1:]
        return text[-6000:]


def run_schemathesis(base_url: str, *, headers: dict[str, str], children: list[str]) -> Run:
    """Runs the schemathesis CLI against base_url/api/openapi.json in a temporary directory.

    The reading operations get a real child's id for half their requests (the other half are
    schemathesis's own, mostly malformed or unknown, ids); half the notifications name the last
    child in their body (HOOKS); POST of an entry always gets the last child, since
    schemathesis's coverage phase (boundary and wrong-typed values for every field of the body)
    uses only fixed values, not dictionaries, and a body sent to an unknown child never gets past
    "not found".
    """
    workdir = Path(tempfile.mkdtemp(prefix="spor-schemathesis-"))
    config = workdir / "schemathesis.toml"
    config.write_text(
        "[dictionaries.children]\n"
        f"values = {json.dumps(children)}\n"
        "\n[parameters]\n"
        '"path.childID" = { dictionary = "children", probability = 0.5 }\n'
        + "".join(
            "\n[[operations]]\n"
            f'include-name = "POST /api/{version}/children/{{childID}}/entries"\n'
            f"parameters = {{ childID = {json.dumps(children[-1])} }}\n"
            for version in ("v1", "v2")),
        encoding="utf-8")
    hooks = workdir / "spor_hooks.py"
    hooks.write_text(HOOKS, encoding="utf-8")
    har = workdir / "run.har"
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config),
               "run", base_url + "/api/openapi.json",
               "--checks", "not_a_server_error",
               "--continue-on-failure",
               "--phases", "examples,coverage,fuzzing",
               "--max-examples", str(MAX_EXAMPLES),
               "--seed", str(SEED),
               "--workers", "1",
               "--request-timeout", "30",
               "--generation-database", "none",
               "--no-color",
               "--report", "har", "--report-har-path", str(har)]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", COLUMNS="120", NO_COLOR="1",
               SCHEMATHESIS_HOOKS=str(hooks), SPOR_E2E_NOTIFICATION_CHILD=children[-1])
    started = time.monotonic()
    try:
        proc = subprocess.run(command, cwd=str(workdir), env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode("utf-8", "replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        pytest.fail(f"schemathesis did not finish within {RUN_TIMEOUT:.0f} s "
                    f"(SPOR_E2E_SCHEMATHESIS_TIMEOUT); its output so far:\n{out[-6000:]}")
    seconds = time.monotonic() - started
    entries: list[dict] = []
    if har.exists():
        entries = json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]
    if os.environ.get("SPOR_E2E_KEEP"):
        print(f"(kept {workdir})")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nschemathesis ({'with' if headers else 'without'} a token): exit {proc.returncode}, "
          f"{len(entries)} requests in {seconds:.1f} s")
    return Run(proc.returncode, proc.stdout, entries, seconds)


def operation(entry: dict) -> str | None:
    """The documented operation a recorded request belongs to, or None."""
    method = entry["request"]["method"].upper()
    path = urlparse(entry["request"]["url"]).path
    for (op_method, pattern), label in OPERATIONS.items():
        if method == op_method and pattern.match(path):
            return label
    return None


def describe(entry: dict) -> str:
    """A recorded exchange as text: the request (method, URL, headers, body) and the response."""
    request, response = entry["request"], entry["response"]
    lines = [f"{request['method']} {request['url']}"]
    lines += [f"    {h['name']}: {h['value']}" for h in request.get("headers", [])
              if h["name"].lower() in ("content-type", "authorization")]
    body = (request.get("postData") or {}).get("text")
    if body is not None:
        lines.append(f"    body: {body[:2000]!r}")
    content = response.get("content") or {}
    lines.append(f"  -> {response['status']} {response.get('statusText', '')}: "
                 f"{(content.get('text') or '')[:2000]!r}")
    return "\n".join(lines)


def server_errors(run: Run) -> list[dict]:
    return [e for e in run.entries if e["response"]["status"] >= 500]


def fail_with(run: Run, headline: str, bad: list[dict]) -> None:
    shown = "\n\n".join(describe(e) for e in bad[:20])
    more = f"\n\n… and {len(bad) - 20} more" if len(bad) > 20 else ""
    pytest.fail(f"{headline}\n\n{shown}{more}\n\n--- schemathesis (exit {run.returncode}) ---\n"
                f"{run.report()}", pytrace=False)


# ---------------------------------------------------------------------------
# The tests
# ---------------------------------------------------------------------------

def test_api_fuzzing_with_token_gives_no_server_error(spor_server, api_token, fuzzed_children):
    run = run_schemathesis(spor_server, headers={"Authorization": f"Bearer {api_token}"},
                           children=fuzzed_children)
    assert run.entries, f"schemathesis recorded no requests\n{run.output[-6000:]}"

    errors = server_errors(run)
    if errors:
        fail_with(run, f"{len(errors)} of {len(run.entries)} requests got a 5xx answer:", errors)
    if run.returncode != 0:
        pytest.fail(f"schemathesis exited with {run.returncode}:\n{run.report()}", pytrace=False)

    # Not vacuous: every operation was reached with the token and answered 2xx at least once.
    succeeded = {operation(e) for e in run.entries if 200 <= e["response"]["status"] < 300}
    missing = sorted(set(OPERATIONS.values()) - succeeded)
    assert not missing, (f"no 2xx answer during fuzzing for: {missing} — did the token or the "
                         f"children ({fuzzed_children}) stop working?\n{run.report()}")


def test_api_without_token_answers_401(spor_server, fuzzed_children):
    run = run_schemathesis(spor_server, headers={}, children=fuzzed_children)
    assert run.entries, f"schemathesis recorded no requests\n{run.output[-6000:]}"

    documented = [e for e in run.entries if operation(e)]
    bad = [e for e in run.entries
           if e["response"]["status"] >= 500 or (operation(e) and e["response"]["status"] != 401)]
    if bad:
        fail_with(run, f"{len(bad)} of {len(run.entries)} requests without a (valid) token got a "
                       f"5xx answer or, to a documented operation, not 401:", bad)
    reached = {operation(e) for e in documented}
    assert reached == set(OPERATIONS.values()), \
        f"schemathesis did not try every operation without a token: {sorted(reached)}"
    if run.returncode != 0:
        pytest.fail(f"schemathesis exited with {run.returncode}:\n{run.report()}", pytrace=False)
