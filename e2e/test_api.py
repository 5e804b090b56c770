"""The API's description is valid OpenAPI 3 with a schema for every entry kind's payload, the demo's
journals read in version 2 validate against it, and the API refuses a caller without a token."""

import json
import urllib.error
import urllib.request

import jsonschema
from openapi_spec_validator import validate

from test_schemathesis import create_api_token, login


def _document(spor_server):
    with urllib.request.urlopen(spor_server + "/api/openapi.json", timeout=10) as response:
        assert response.status == 200
        return json.load(response)


def test_openapi_document_is_valid(spor_server):
    document = _document(spor_server)
    assert document["openapi"].startswith("3.")
    validate(document)  # raises on an invalid document
    assert "/api/v1/children/{childID}/entries" in document["paths"]
    assert "/api/v2/children/{childID}/entries" in document["paths"]


def test_every_entry_kind_has_its_payload_schema(spor_server):
    schemas = _document(spor_server)["components"]["schemas"]
    kinds = schemas["EntryKind"]["enum"]
    assert "decision" in kinds and "journalNote" in kinds
    # screening has no payload in the domain yet: no entry of it can exist.
    missing = [k for k in kinds if f"Payload.{k}" not in schemas and k != "screening"]
    assert not missing, f"no payload schema for {missing}"
    for kind in kinds:
        if kind != "screening":
            assert schemas[f"Payload.{kind}"]["type"] == "object", kind
            assert schemas[f"Payload.{kind}"]["properties"], kind


def test_the_demo_journals_validate_against_the_document(spor_server):
    """Every entry of the caseworker's children, read in version 2, fits the schema of its kind."""
    document = _document(spor_server)
    root = {"components": document["components"], "$ref": "#/components/schemas/EntryV2"}
    validator = jsonschema.Draft7Validator(root)
    token = create_api_token(login(spor_server, "caseworker"), spor_server, "contract")
    headers = {"Authorization": f"Bearer {token}"}

    def get(path):
        request = urllib.request.Request(spor_server + path, headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    children = get("/api/v1/children")
    assert children, "the caseworker has no children"
    kinds = set()
    for child in children[:12]:
        for entry in get(f"/api/v2/children/{child['id']}/entries"):
            kinds.add(entry["kind"])
            errors = sorted(validator.iter_errors(entry), key=lambda e: list(e.path))
            assert not errors, (f"{entry['kind']} entry {entry['id']} does not fit the document: "
                                f"{[e.message[:300] for e in errors[:3]]}")
    assert len(kinds) >= 3, f"only {sorted(kinds)} read"


def test_api_without_token_is_refused_in_json(spor_server):
    try:
        urllib.request.urlopen(spor_server + "/api/v1/children", timeout=10)
        raise AssertionError("the API answered without a token")
    except urllib.error.HTTPError as error:
        assert error.code == 401
        body = json.load(error)
        assert body["message"], "the error has no message"
