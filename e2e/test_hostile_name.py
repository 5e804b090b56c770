"""A child registered with markup in the name: every page shows it as text, and the browser stays on Spor.

Issue 18 found that a child's name holding a meta refresh tag sent every caseworker who opened the child to
another site (Plot wrote the title into meta tags, unescaped). The refresh here points at a closed port on
this machine, so a browser that followed it would leave Spor's origin.
"""

import random
import time
import uuid
from urllib.parse import urlparse

from selenium.webdriver.support.ui import Select

REFRESH = '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/evil">'


def test_a_name_holding_a_meta_refresh_is_shown_as_text(spor):
    tag = uuid.uuid4().hex[:6]
    rng = random.Random(tag)
    # A made-up girl born 2014 (even serial).
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}14-4{rng.randint(100, 998) // 2 * 2:03d}"
    given = f'Mira{tag}"><i id="pwn">{REFRESH}'
    family = f"Hostile{tag}"

    # caseworker2: the privacy test reads `caseworker`'s children's names and looks for them in the server log.
    spor.login("caseworker2")
    spor.open("/children/new")
    spor.find("input#register-cpr").send_keys(cpr)
    spor.find("input#register-givenName").send_keys(given)
    spor.find("input#register-familyName").send_keys(family)
    Select(spor.find("select#register-district")).select_by_value("Område Grenaa")
    spor.submit_and_wait("button#register-submit")
    child = spor.path
    assert child.startswith("/children/") and child != "/children/new", f"not registered: at {child}"
    origin = urlparse(spor.driver.current_url).netloc

    # Open the child as a caseworker opening it later would, and give a refresh time to fire.
    spor.open("/search")
    spor.open(child)
    time.sleep(2)
    assert urlparse(spor.driver.current_url).netloc == origin, f"the browser left Spor: {spor.driver.current_url}"
    assert spor.path == child
    assert not spor.find_all("i#pwn"), "the name became markup"
    assert not spor.find_all('meta[http-equiv="refresh"]'), "the name became a meta tag"
    heading = spor.find("h1").text
    assert f"Mira{tag}" in heading and REFRESH in heading, f"the name is not shown as typed: {heading!r}"
    assert REFRESH in spor.driver.title, f"the title does not show the name as text: {spor.driver.title!r}"
    spor.checkpoint("hostile-name-child")
