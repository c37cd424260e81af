"""Pages and APIs go gzipped to browsers that accept it; the CSRF token stays masked anew per response."""

import gzip

import pytest

from tests.helpers import csrf_token

pytestmark = pytest.mark.django_db

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


@pytest.mark.parametrize(
    "path",
    ["/", "/vraag/om-wie", "/catalogus/", "/stroomschema", "/api/hsds/taxonomy_terms",
     "/api/v1/openapi.json"],
)
def test_pages_and_apis_are_gzipped_for_browsers_that_accept_it(client, path):
    plain = client.get(path)
    packed = client.get(path, headers=GZIP)

    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert len(packed.content) < len(plain.content) / 2
    assert "Content-Encoding" not in plain


def page_text(client, path) -> str:
    return gzip.decompress(client.get(path, headers=GZIP).content).decode()


def test_the_csrf_token_is_masked_anew_in_every_compressed_response(client):
    first, second = page_text(client, "/vraag/om-wie"), page_text(client, "/vraag/om-wie")

    assert csrf_token(first) != csrf_token(second)


def test_a_compressed_page_is_the_same_page(client):
    assert page_text(client, "/privacy").startswith("<!DOCTYPE html>")
