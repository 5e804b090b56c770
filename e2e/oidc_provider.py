"""A small, real OpenID Connect provider for Spor's browser tests (issue 25), built on Authlib and Flask.

    python3 e2e/oidc_provider.py --config USERS.json --port PORT [--host 127.0.0.1]

It serves on loopback only: discovery (/.well-known/openid-configuration), its keys (/jwks), the authorization
endpoint with a login form (/authorize), the token endpoint (/token, client_secret_basic, PKCE S256 required) and
RP-initiated logout (/logout). Its RSA signing key is generated at start and never written anywhere.

The configuration file (JSON):

    {"client": {"client_id": "spor", "client_secret": "...", "redirect_uris": ["http://127.0.0.1:P/login/oidc/callback"],
                "post_logout_redirect_uris": ["http://127.0.0.1:P/login"]},
     "admin_token": "...",
     "users": {"sara": {"password": "...", "sub": "...", "name": "Sara R.", "claims": {"spor_role": "caseworker",
                                                                                     "spor_team": "Team Grenaa"}}}}

The tests steer it through /admin/* (each needs the header `Authorization: Bearer <admin_token>`):

    POST /admin/users/<username>/remove        the user can no longer sign in here
    POST /admin/users/<username>/claims        replaces the user's extra claims with the JSON body
    POST /admin/next-token  {"mode": M}        the next ID token is: "tamper" (a claim changed after signing),
                                               "wrong_audience" (aud another client), "expired" (exp an hour ago)
    GET  /admin/last-redirect                  the last address the browser was sent back to Spor with (code, state)
"""

from __future__ import annotations

import argparse
import base64
import json
import secrets
import threading
import time
from urllib.parse import urlencode

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import grants as oidc_grants
from flask import Flask, abort, jsonify, redirect, request, session
from joserfc.jwk import RSAKey
from markupsafe import escape

LOCK = threading.Lock()


class Client:
    """The one registered client: Spor."""

    def __init__(self, config: dict):
        self.client_id = config["client_id"]
        self.client_secret = config["client_secret"]
        self.redirect_uris = list(config["redirect_uris"])
        self.post_logout_redirect_uris = list(config.get("post_logout_redirect_uris", []))

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return self.redirect_uris[0]

    def get_allowed_scope(self, scope):
        allowed = {"openid", "profile"}
        return " ".join(s for s in (scope or "").split() if s in allowed)

    def check_redirect_uri(self, redirect_uri):
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret):
        return secrets.compare_digest(client_secret, self.client_secret)

    def check_endpoint_auth_method(self, method, endpoint):
        return method == "client_secret_basic" if endpoint == "token" else True

    def check_response_type(self, response_type):
        return response_type == "code"

    def check_grant_type(self, grant_type):
        return grant_type == "authorization_code"


class AuthorizationCode:
    def __init__(self, code, client_id, redirect_uri, scope, user, nonce, code_challenge, code_challenge_method):
        self.code = code
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self.scope = scope
        self.user = user
        self.nonce = nonce
        self.code_challenge = code_challenge
        self.code_challenge_method = code_challenge_method
        self.auth_time = int(time.time())
        self.expires_at = time.time() + 300

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def get_nonce(self):
        return self.nonce

    def get_auth_time(self):
        return self.auth_time

    def get_acr(self):
        return None

    def get_amr(self):
        return ["pwd"]


def create_app(config: dict, issuer: str) -> Flask:
    app = Flask(__name__)
    app.secret_key = secrets.token_bytes(32)
    app.config["SESSION_COOKIE_NAME"] = "test_provider_session"

    client = Client(config["client"])
    users: dict = {name: dict(user) for name, user in config["users"].items()}
    admin_token = config["admin_token"]
    codes: dict[str, AuthorizationCode] = {}
    used_nonces: set[str] = set()
    steer = {"next_mode": None, "last_redirect": None}
    key = RSAKey.generate_key(2048, parameters={"kid": secrets.token_hex(8), "use": "sig", "alg": "RS256"}, private=True)

    def user_by_sub(sub):
        return next((dict(u, username=n) for n, u in users.items() if u["sub"] == sub), None)

    class CodeGrant(grants.AuthorizationCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic"]

        def save_authorization_code(self, code, req):
            payload = req.payload
            with LOCK:
                codes[code] = AuthorizationCode(
                    code, client.client_id, payload.redirect_uri, payload.scope, req.user["sub"],
                    payload.data.get("nonce"), payload.data.get("code_challenge"), payload.data.get("code_challenge_method"))

        def query_authorization_code(self, code, _client):
            with LOCK:
                item = codes.get(code)
            if item and item.client_id == _client.get_client_id() and item.expires_at > time.time():
                return item
            return None

        def delete_authorization_code(self, authorization_code):
            with LOCK:
                codes.pop(authorization_code.code, None)

        def authenticate_user(self, authorization_code):
            return user_by_sub(authorization_code.user)

    class OpenIDCode(oidc_grants.OpenIDCode):
        def exists_nonce(self, nonce, req):
            with LOCK:
                if nonce in used_nonces:
                    return True
                used_nonces.add(nonce)
            return False

        def resolve_client_private_key(self, _client):
            return key

        def get_client_algorithm(self, _client):
            return "RS256"

        def get_encode_header(self, _client):
            return {"alg": "RS256", "kid": key.kid}

        def get_client_claims(self, _client):
            now = int(time.time())
            claims = {"iss": issuer, "aud": [_client.get_client_id()], "iat": now, "exp": now + 300}
            mode = steer["next_mode"]
            if mode == "wrong_audience":
                claims["aud"] = ["another-client"]
            elif mode == "expired":
                claims["iat"] = now - 2 * 3600
                claims["exp"] = now - 3600
            return claims

        def generate_user_info(self, user, scope):
            info = {"sub": user["sub"], "name": user.get("name", ""), "preferred_username": user["username"]}
            info.update(user.get("claims", {}))
            return info

        def encode_id_token(self, token, req):
            id_token = super().encode_id_token(token, req)
            mode, steer["next_mode"] = steer["next_mode"], None
            if mode == "tamper":
                # A claim changed after signing: the signature no longer fits the payload.
                header, payload, signature = id_token.split(".")
                claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
                claims["spor_role"] = "admin"
                payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
                id_token = ".".join([header, payload, signature])
            return id_token

    server = AuthorizationServer(app, query_client=lambda cid: client if cid == client.client_id else None,
                                 save_token=lambda token, req: None)
    server.register_grant(CodeGrant, [CodeChallenge(required=True), OpenIDCode(require_nonce=True)])

    def remember_redirect(response):
        location = response.headers.get("Location")
        if location:
            steer["last_redirect"] = location
        return response

    def login_form(message: str = "") -> str:
        alert = f'<p id="provider-error" role="alert">{escape(message)}</p>' if message else ""
        return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test provider</title></head>
<body><main><h1>Test provider</h1>{alert}
<form method="post" action="/authorize?{escape(urlencode(request.args))}">
<label for="provider-username">Username</label> <input id="provider-username" name="username" autocomplete="off">
<label for="provider-password">Password</label> <input id="provider-password" name="password" type="password">
<button id="provider-submit" type="submit" name="action" value="login">Sign in</button>
<button id="provider-cancel" type="submit" name="action" value="cancel">Cancel</button>
</form></main></body></html>"""

    @app.get("/.well-known/openid-configuration")
    def discovery():
        return jsonify({
            "issuer": issuer,
            "authorization_endpoint": issuer + "/authorize",
            "token_endpoint": issuer + "/token",
            "jwks_uri": issuer + "/jwks",
            "end_session_endpoint": issuer + "/logout",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
            "scopes_supported": ["openid", "profile"],
        })

    @app.get("/jwks")
    def jwks():
        return jsonify({"keys": [key.as_dict(private=False)]})

    @app.route("/authorize", methods=["GET", "POST"])
    def authorize():
        # This provider requires PKCE with S256 of every client, as Spor always sends it.
        if request.args.get("code_challenge_method") != "S256" or not request.args.get("code_challenge"):
            return "PKCE (S256) required", 400
        if request.method == "GET":
            signed_in = session.get("username")
            if signed_in in users and request.args.get("prompt") != "login":
                return remember_redirect(server.create_authorization_response(grant_user=dict(users[signed_in], username=signed_in)))
            return login_form()
        if request.form.get("action") == "cancel":
            return remember_redirect(server.create_authorization_response(grant_user=None))
        username = request.form.get("username", "")
        user = users.get(username)
        if not user or not secrets.compare_digest(request.form.get("password", ""), user["password"]):
            return login_form("Unknown user or wrong password."), 401
        session["username"] = username
        return remember_redirect(server.create_authorization_response(grant_user=dict(user, username=username)))

    @app.post("/token")
    def token():
        return server.create_token_response()

    @app.get("/logout")
    def logout():
        session.clear()
        target = request.args.get("post_logout_redirect_uri")
        if target and target in client.post_logout_redirect_uris and request.args.get("client_id") == client.client_id:
            return redirect(target)
        return "Signed out of the test provider."

    def require_admin():
        if not secrets.compare_digest(request.headers.get("Authorization", ""), "Bearer " + admin_token):
            abort(403)

    @app.post("/admin/users/<username>/remove")
    def remove_user(username):
        require_admin()
        with LOCK:
            users.pop(username, None)
        return jsonify({"removed": username})

    @app.post("/admin/users/<username>/claims")
    def set_claims(username):
        require_admin()
        with LOCK:
            if username not in users:
                abort(404)
            users[username]["claims"] = dict(request.get_json(force=True))
        return jsonify({"claims": users[username]["claims"]})

    @app.post("/admin/next-token")
    def next_token():
        require_admin()
        mode = request.get_json(force=True).get("mode")
        if mode not in ("tamper", "wrong_audience", "expired"):
            abort(400)
        steer["next_mode"] = mode
        return jsonify({"next_mode": mode})

    @app.get("/admin/last-redirect")
    def last_redirect():
        require_admin()
        return jsonify({"location": steer["last_redirect"]})

    @app.get("/healthz")
    def healthz():
        return "ok"

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1", choices=["127.0.0.1", "localhost"])
    args = parser.parse_args()
    with open(args.config, encoding="utf-8") as f:
        config = json.load(f)
    issuer = f"http://{args.host}:{args.port}"
    create_app(config, issuer).run(host=args.host, port=args.port, threaded=True, use_reloader=False)



# ---------------------------------------------------------------------------
# Started by the browser tests (e2e/conftest.py's `oidc_stack`)
# ---------------------------------------------------------------------------

class RunningProvider:
    """A provider this module started in its own process group, and the tests' handle on its admin endpoints."""

    def __init__(self, issuer: str, admin_token: str, process, log_path):
        self.issuer = issuer
        self.admin_token = admin_token
        self.process = process
        self.log_path = log_path

    def admin(self, method: str, path: str, body: dict | None = None) -> dict:
        import urllib.request
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.issuer + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + self.admin_token, "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as response:
            return json.loads(response.read() or b"{}")

    def remove_user(self, username: str) -> None:
        self.admin("POST", f"/admin/users/{username}/remove")

    def set_claims(self, username: str, claims: dict) -> None:
        self.admin("POST", f"/admin/users/{username}/claims", claims)

    def spoil_next_token(self, mode: str) -> None:
        self.admin("POST", "/admin/next-token", {"mode": mode})

    def last_redirect(self) -> str | None:
        return self.admin("GET", "/admin/last-redirect")["location"]


def start(config: dict, port: int, workdir, timeout: float = 30.0) -> RunningProvider:
    """Writes `config` into `workdir`, starts this script on 127.0.0.1:`port` and waits until it answers."""
    import os
    import subprocess
    import sys
    import urllib.request
    from pathlib import Path

    workdir = Path(workdir)
    config_path = workdir / "oidc-provider.json"
    config_path.write_text(json.dumps(config), encoding="utf-8")
    os.chmod(config_path, 0o600)
    log_path = workdir / "oidc-provider.log"
    log = open(log_path, "wb")
    process = subprocess.Popen([sys.executable, __file__, "--config", str(config_path), "--port", str(port)],
                               stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    issuer = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    while True:
        try:
            with urllib.request.urlopen(issuer + "/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() - started > timeout:
            raise RuntimeError(f"the test provider did not start; log {log_path}:\n{log_path.read_text(errors='replace')}")
        time.sleep(0.2)
    return RunningProvider(issuer, config["admin_token"], process, log_path)


if __name__ == "__main__":
    main()
