"""Logging in: every role lands on its home page; a wrong password is refused."""

import pytest

# role (= demo user name) -> the path of its home page
HOME_PATHS = {
    "caseworker": "/tray",
    "teamlead": "/tray",
    "outreach": "/outreach",
    "professional": "/professional",
    "policy": "/policy",
    "admin": "/admin",
}


def assert_page_frame(spor):
    """What every signed-in page has: main landmark, navigation and the logout form."""
    assert spor.find_all("main#main"), "no <main id=\"main\">"
    assert spor.find_all("nav"), "no <nav>"
    assert spor.find_all("form#logout-form"), "no form#logout-form"
    assert spor.find_all("form#logout-form #logout-submit"), "no #logout-submit in the logout form"


@pytest.mark.parametrize("role", list(HOME_PATHS))
def test_role_lands_on_home_page(spor, role):
    # The login page itself is checked once (it is the same page for all roles).
    spor.login(role, check_login_page=(role == "caseworker"))
    spor.wait_for_path(HOME_PATHS[role])

    h1 = spor.find_all("h1")
    assert h1, f"no <h1> on {role}'s home page"
    assert h1[0].text.strip(), f"empty <h1> on {role}'s home page"
    assert_page_frame(spor)
    assert spor.html_lang() == "da", "Danish should be the default language"
    assert not spor.find_all(".error"), "an error is shown after a correct login"

    spor.checkpoint("home")


def test_wrong_password_shows_error(spor):
    spor.login("caseworker", "not-the-demo-password", check_login_page=True)

    error = spor.wait_for(".error")
    assert error.is_displayed(), "the .error element is not visible"
    assert error.get_attribute("role") == "alert", ".error must have role=\"alert\""
    assert error.text.strip(), "the .error element is empty"
    # Still (or again) the login page, and not signed in.
    assert spor.find_all("input#username") and spor.find_all("input#password"), \
        "the login form is not shown again"
    assert spor.path not in HOME_PATHS.values(), f"signed in despite a wrong password ({spor.path})"
    assert not spor.find_all("form#logout-form"), "a logout form is shown after a failed login"

    spor.checkpoint("login-error")
