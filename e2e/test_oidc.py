"""Staff sign in through a real OpenID provider (issue 25, item 1).

The `oidc_stack` fixture (conftest.py) starts e2e/oidc_provider.py — Authlib's authorization server with PKCE and
OpenID Connect, its RSA key made at start — and a small demo configured with SPOR_OIDC_* and
SPOR_LOCAL_PASSWORDS=admin-only. Roles and teams come from the provider's claims. The spoiled tokens are made by the
provider itself, switched through its admin endpoint for the next token only: a claim changed after signing
(tamper), another client as audience, an `exp` an hour ago. The replayed state is the provider's last redirect back to
Spor (code and state), opened again after the sign-in it finished.
"""

from conftest import DEMO_PASSWORD

TOKEN_REFUSED = "kunne ikke godkendes"


def sign_in(spor, stack, username, *, password=None):
    """From Spor's login page through the provider's form: 4 counted actions (the button, two fields, submit)."""
    spor.open("/login")
    spor.wait_for("a#login-oidc")
    spor.click("a#login-oidc", wait=True)
    spor.wait_for("input#provider-username")
    spor.type("input#provider-username", username)
    spor.type("input#provider-password", password or stack.passwords[username])
    spor.click("button#provider-submit", wait=True)


def assert_signed_out(spor):
    assert not spor.find_all("form#logout-form"), f"signed in at {spor.driver.current_url}"


def error_text(spor):
    errors = spor.find_all(".error")
    return " ".join(e.text for e in errors)


def users_page_row(spor, username):
    rows = [r for r in spor.find_all("table#users tbody tr") if r.find_elements("css selector", "td")
            and r.find_elements("css selector", "td")[0].text.split(" ")[0] == username]
    assert rows, f"{username} is not on the administrator's list of users"
    return [td.text for td in rows[0].find_elements("css selector", "td")]


def test_a_caseworker_and_a_team_lead_sign_in_with_role_and_team_from_the_provider(oidc_spor, oidc_stack):
    spor = oidc_spor
    spor.open("/login")
    button = spor.wait_for("a#login-oidc")
    assert button.text == f"Log ind med {oidc_stack.provider_name}"
    spor.checkpoint("login-with-provider")

    for username, role_name in (("sara", "Rådgiver"), ("lars", "Leder")):
        spor.actions = 0
        sign_in(spor, oidc_stack, username)
        spor.wait_for_path("/tray")
        assert spor.actions == 4, spor.actions
        who = spor.find(".who").text
        assert role_name in who and username.capitalize() in who, who
        spor.checkpoint(f"{username}-signed-in")
        # Signing out ends the provider's session too: it sends the browser back to Spor's login page.
        spor.click("#logout-submit", wait=True)
        spor.wait_for_path("/login")
        assert_signed_out(spor)

    # The provider asks for the password again: its session ended with Spor's.
    spor.click("a#login-oidc", wait=True)
    assert spor.find_all("input#provider-username"), "the provider's session outlived the sign-out"

    # The administrator (the one password left) finds both with the provider's role and team.
    spor.login("admin", DEMO_PASSWORD)
    spor.wait_for_path("/admin")
    spor.open("/admin/users")
    sara, lars = users_page_row(spor, "sara"), users_page_row(spor, "lars")
    assert sara[2:4] == ["Rådgiver", "Team Grenaa"], sara
    assert lars[2:4] == ["Leder", "Team Auning"], lars
    spor.checkpoint("admin-users")


def test_a_caseworker_cannot_sign_in_with_a_password_when_staff_sign_in_at_the_provider(oidc_spor, oidc_stack):
    spor = oidc_spor
    spor.login("caseworker", DEMO_PASSWORD)
    assert_signed_out(spor)
    assert oidc_stack.provider_name in error_text(spor)


def test_a_user_removed_at_the_provider_cannot_sign_in(oidc_spor, oidc_stack):
    spor = oidc_spor
    sign_in(spor, oidc_stack, "mette")
    spor.wait_for_path("/tray")
    spor.click("#logout-submit", wait=True)
    spor.wait_for_path("/login")

    oidc_stack.provider.remove_user("mette")
    sign_in(spor, oidc_stack, "mette")
    # The provider refuses her; she gives up there and is sent back to Spor refused.
    assert spor.find_all("#provider-error"), "the provider let a removed user in"
    assert_signed_out(spor)
    spor.click("button#provider-cancel", wait=True)
    spor.wait_for_path("/login/oidc/callback")
    assert "afviste at logge dig ind" in error_text(spor)
    assert_signed_out(spor)
    spor.checkpoint("refused-by-provider")


def test_a_user_whose_role_the_provider_took_away_is_deactivated(oidc_spor, oidc_stack):
    spor = oidc_spor
    sign_in(spor, oidc_stack, "ole")
    spor.wait_for_path("/tray")
    spor.click("#logout-submit", wait=True)
    spor.wait_for_path("/login")

    oidc_stack.provider.set_claims("ole", {"spor_team": "Team Auning"})
    sign_in(spor, oidc_stack, "ole")
    assert "ingen rolle i Spor" in error_text(spor)
    assert_signed_out(spor)
    spor.login("admin", DEMO_PASSWORD)
    spor.open("/admin/users")
    assert users_page_row(spor, "ole")[4].startswith("Deaktiveret"), users_page_row(spor, "ole")


def test_a_tampered_a_wrongly_addressed_and_an_expired_id_token_are_refused(oidc_spor, oidc_stack):
    spor = oidc_spor
    for mode in ("tamper", "wrong_audience", "expired"):
        oidc_stack.provider.spoil_next_token(mode)
        spor.open("/login")
        spor.click("a#login-oidc", wait=True)
        if spor.find_all("input#provider-username"):
            spor.type("input#provider-username", "lars")
            spor.type("input#provider-password", oidc_stack.passwords["lars"])
            spor.click("button#provider-submit", wait=True)
        spor.wait_for_path("/login/oidc/callback")
        assert TOKEN_REFUSED in error_text(spor), (mode, error_text(spor))
        assert_signed_out(spor)
    spor.checkpoint("token-refused")


def test_a_replayed_state_is_refused(oidc_spor, oidc_stack):
    spor = oidc_spor
    sign_in(spor, oidc_stack, "sara")
    spor.wait_for_path("/tray")
    callback = oidc_stack.provider.last_redirect()
    assert "state=" in callback and "code=" in callback, callback
    spor.click("#logout-submit", wait=True)
    spor.wait_for_path("/login")

    spor.driver.get(callback)
    spor.wait_for(".error")
    assert "allerede brugt" in error_text(spor), error_text(spor)
    assert_signed_out(spor)
    spor.open("/tray")
    spor.wait_for_path("/login")
