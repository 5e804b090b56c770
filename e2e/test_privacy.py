"""No personal data in the server's log.

This runs after every other test (`late(2)`): the caseworker looks at their children, opens one,
and searches for a child by name and for a CPR number, in the browser. Then the server is stopped
(so that everything it wrote has reached its log) and the log of the whole session — every
journey, the API fuzzing included — must not contain a CPR-like number, any name of a child or of
the staff member seen on those pages, nor the text searched for. An empty log fails the test: the
check must not pass because nothing was written.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus

import pytest

pytestmark = pytest.mark.late(2)

CPR_LIKE = re.compile(r"\b\d{6}-?\d{4}\b")
# A made-up CPR number (1 March 2015), searched for so that a logged query would show.
CPR_SEARCH = "010315-4321"
# "Logget ind som Jens Hansen (Rådgiver)" / "Logged in as Jens Hansen (Caseworker)"
WHO = re.compile(r"^(?:Logget ind som|Logged in as)\s+(?P<name>.+?)\s*\([^()]*\)\s*$")


def search(spor, text: str) -> list[str]:
    """Searches through the form on /search; returns the names in the result list."""
    spor.open("/search")
    field = spor.wait_for("input#search-q")
    field.clear()
    field.send_keys(text)
    spor.submit_and_wait("form#search-form button[type=submit]")
    return [a.text.strip() for a in spor.find_all("a.child-link") if a.text.strip()]


def name_parts(name: str) -> set[str]:
    """The name and its words of at least three letters (given names, family names)."""
    parts = {name}
    parts.update(word for word in re.split(r"[\s-]+", name) if len(word) >= 3)
    return parts


def spellings(text: str) -> set[str]:
    """The text as it is, and as it would stand in a logged URL (percent- or plus-encoded)."""
    return {text, quote(text, safe=""), quote_plus(text), quote(text)}


def test_no_personal_data_in_server_log(spor, spor_server_info):
    # --- the journey: what a caseworker sees ---------------------------------
    spor.login("caseworker")
    spor.wait_for_path("/tray")
    spor.open("/children")
    links = spor.find_all("a.child-link")
    child_names = [a.text.strip() for a in links if a.text.strip()]
    assert child_names, "no a.child-link with a name on the caseworker's /children"

    who = spor.find(".who").text.strip()
    match = WHO.match(who)
    assert match, f"cannot read the user's name from .who: {who!r}"
    staff_name = match.group("name")

    links[0].click()
    spor.wait_for("ol#timeline")
    heading = spor.find("h1").text.strip()
    assert child_names[0] in heading, \
        f"the child page's <h1> {heading!r} does not name {child_names[0]!r}"

    searched = [child_names[-1], CPR_SEARCH]
    found = search(spor, child_names[-1])
    assert child_names[-1] in found, f"searching for {child_names[-1]!r} did not find the child"
    spor.checkpoint("search-result")
    search(spor, CPR_SEARCH)

    # --- the log of the whole session ----------------------------------------
    spor_server_info.stop()  # flushes: the complete log is on disk once the process has exited
    log = spor_server_info.log_path.read_text(encoding="utf-8", errors="replace")
    assert log.strip(), f"the server log {spor_server_info.log_path} is empty"
    print(f"\nserver log: {len(log.splitlines())} lines, {len(log)} characters; checked for "
          f"{len(child_names)} child names, the staff name and {len(searched)} searches")

    lines = log.splitlines()
    problems = []
    for number, line in enumerate(lines, 1):
        for hit in CPR_LIKE.finditer(line):
            problems.append(f"line {number}: CPR-like number {hit.group()!r}: {line.strip()[:300]}")

    forbidden = set()
    for text in searched:
        forbidden |= spellings(text)
    for name in child_names + [staff_name]:
        for part in name_parts(name):
            forbidden |= spellings(part)
    for text in sorted(forbidden):
        pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
        for number, line in enumerate(lines, 1):
            if pattern.search(line):
                problems.append(f"line {number}: {text!r}: {line.strip()[:300]}")

    assert not problems, (f"personal data in the server log {spor_server_info.log_path}:\n"
                          + "\n".join(problems[:50])
                          + (f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""))
