"""The smaller holes of issue 12: no uploads where none are expected, NUL characters in admin
filters and object ids, and /readyz on a database that refuses writes."""

import pytest
from django.db import connection
from django.test import Client

from tests.factories import make_curator, small_catalogue
from tests.helpers import give_answers
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db

def multipart_post(client, path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(path, {"answer": "mental", "bestand": SimpleUploadedFile("groot.bin", b"x" * 2048)})


@pytest.mark.parametrize("path", ["/vraag/om-wie/antwoord", "/inloggen", "/beheer/login/", "/opnieuw",
                                  "/beheer/programmes/programme/add/"])
def test_a_posted_file_is_refused_where_no_page_takes_one(path):
    # As a browser: the CSRF check reads the body, and meets the file before its content.
    client = Client(raise_request_exception=False, enforce_csrf_checks=True)
    client.force_login(make_curator())
    client.cookies["csrftoken"] = "c" * 32
    response = multipart_post(client, path)
    assert response.status_code == 400
    assert "Dat verzoek begrijpen we niet" in response.content.decode()


def test_the_quick_exit_still_leaves_when_sent_a_file(client):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    response = multipart_post(client, "/weg")
    assert response.status_code == 302
    assert response["Location"] == "/weer"


def test_form_posts_without_a_file_pass_also_as_multipart(client):
    small_catalogue()
    assert client.post("/vraag/om-wie/antwoord", {"answer": "mental"}).status_code == 302  # multipart
    form = "application/x-www-form-urlencoded"
    response = client.post("/vraag/zorg/antwoord", "answer=none", content_type=form)
    assert response.status_code == 302


@pytest.mark.parametrize(
    "path",
    [
        "/beheer/programmes/programme/?status=%00",
        "/beheer/programmes/programme/?q=%00",
        "/beheer/programmes/programme/?kind__id__exact=%00",
        "/beheer/programmes/offering/?scope=ab%00cd",
        "/beheer/programmes/programme/%00/history/",
        "/beheer/programmes/programme/%00/change/",
        "/catalogus/?region=%00",
        "/vraag/%00",
    ],
)
def test_nul_characters_in_a_path_or_filter_give_400_not_503(path):
    client = Client(raise_request_exception=False)
    client.force_login(make_curator())
    response = client.get(path)
    assert response.status_code == 400, response.status_code


def test_readyz_says_ok_when_the_database_accepts_writes(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_readyz_leaves_nothing_behind(client):
    from django.contrib.sessions.models import Session

    before = Session.objects.count()
    client.get("/readyz")
    assert Session.objects.count() == before


def test_readyz_is_503_on_a_database_that_refuses_writes(monkeypatch):
    client = Client(raise_request_exception=False)
    if connection.vendor == "postgresql":
        # A real read-only transaction, as on a standby or with default_transaction_read_only
        # (going read-only is allowed at any point; the test's transaction is rolled back after).
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION READ ONLY")
    else:
        from django.db import OperationalError

        real_cursor = connection.cursor

        class ReadOnlyCursor:
            def __init__(self, cursor):
                self.cursor = cursor

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.cursor.close()

            def execute(self, sql, params=None):
                if sql.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
                    raise OperationalError("attempt to write a readonly database")
                return self.cursor.execute(sql, params)

        monkeypatch.setattr(connection, "cursor", lambda: ReadOnlyCursor(real_cursor()))
    response = client.get("/readyz")
    assert response.status_code == 503
    assert "even niet beschikbaar" in response.content.decode()


def test_the_api_answers_a_nul_with_its_own_json_error(client):
    response = client.get("/api/v1/recommendations?benefit=ww%00")
    assert response.status_code == 400
    assert response.json()["errors"]["query"]
