"""The API's description is valid OpenAPI 3, and the API refuses a caller without a token."""

import json
import urllib.error
import urllib.request

from openapi_spec_validator import validate


def test_openapi_document_is_valid(spor_server):
    with urllib.request.urlopen(spor_server + "/api/openapi.json", timeout=10) as response:
        assert response.status == 200
        document = json.load(response)
    assert document["openapi"].startswith("3.")
    validate(document)  # raises on an invalid document
    assert "/api/v1/children/{childID}/entries" in document["paths"]


def test_api_without_token_is_refused_in_json(spor_server):
    try:
        urllib.request.urlopen(spor_server + "/api/v1/children", timeout=10)
        raise AssertionError("the API answered without a token")
    except urllib.error.HTTPError as error:
        assert error.code == 401
        body = json.load(error)
        assert body["message"], "the error has no message"
