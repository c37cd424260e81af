"""Plain helpers for tests at the HTTP boundary: the wizard's form posts, a professional's saved
case, the admin's programme form."""

import re

from triage import flow
from triage.personas import YULIUS_CLIENT

# --- A page's CSRF token (a kept page carries each visitor's own) --------------------------------

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(body: str) -> str:
    return CSRF_TOKEN.search(body).group(1)


def without_csrf_token(body: str) -> str:
    """The page with its token left out, to compare two visitors' pages."""
    return CSRF_TOKEN.sub("", body)


# --- The wizard ----------------------------------------------------------------------------------

# Every answer of the Yulius client as typed in the wizard, the gemeente by name.
FULL = {**{k: str(v) for k, v in YULIUS_CLIENT.answers.items()}, "municipality": "Dordrecht"}


def answer(client, slug, value, **extra):
    return client.post(f"/vraag/{slug}/antwoord", {"answer": value}, **extra)


def walk(client, answers):
    """Through the wizard's own form posts, as a person would; the last response (where it led)."""
    response = None
    for key, value in answers.items():
        response = answer(client, flow.BY_KEY[key].slug, value)
        assert response.status_code == 302, (key, response.status_code)
    return response


def give_answers(client, answers: dict) -> None:
    """Through the wizard's own form posts, as a person would."""
    walk(client, answers)


# --- A professional's case -----------------------------------------------------------------------

CASE_FORM = {"reference": "KdK-001", "consent": "on", "chosen": "werk-als-beste-zorg"}


def save(client, **changes):
    """Save the answers in the session as a case: the form filled in well, with changes."""
    return client.post("/casussen/opslaan", {**CASE_FORM, **changes})


# --- The admin's programme form (/beheer/) -------------------------------------------------------

ADD = "/beheer/programmes/programme/add/"
UWV_FUNDING = {
    "benefit": "ww", "payer": "UWV", "budget": "Re-integratie", "applicant": "UWV", "source": "seed 003",
}

# (formset prefix, related name, fields posted per row)
INLINES = [
    ("offerings", "offerings", [
        "provider", "availability", "scope", "regions", "municipalities", "requires_care_at_provider",
        "desk", "contact", "phone", "url", "note", "last_verified",
        "concerns", "care", "severities", "situations", "benefits", "wishes", "min_age", "max_age",
    ]),
    ("funding", "funding", [
        "order", "benefit", "payer", "budget", "applicant", "legal_basis", "note", "derived", "source",
        "provenance",
    ]),
    ("evidence", "evidence", [
        "order", "is_key", "result", "figure", "design", "participants", "year", "study", "source",
        "provenance",
    ]),
    ("conditions", "conditions", ["order", "question", "client_text", "offering"]),
    ("sources", "sources", ["order", "document", "year", "locator", "url", "note", "provenance"]),
]
PROGRAMME_FIELDS = [
    "name", "slug", "kind", "status", "summary", "description",
    "concerns", "care", "severities", "situations", "benefits", "wishes", "min_age", "max_age",
    "integrated_care", "offered_by_institutions",
    "duration", "intensity", "how_to_apply", "how_to_refer",
    "dutch_evidence", "recognition_level", "recognition_valid_until", "evidence_summary",
    "source_caveat", "period", "last_verified",
]


def form_value(value):
    if isinstance(value, bool):
        return "on" if value else None
    if value is None:
        return ""
    if isinstance(value, list):
        return value
    if hasattr(value, "all"):  # many-to-many
        return [str(item.pk) for item in value.all()]
    if hasattr(value, "pk"):
        return str(value.pk)
    return str(value)


def put(data, key, value):
    value = form_value(value)
    if value is not None:
        data[key] = value


def programme_data(programme=None, **overrides) -> dict:
    """What the programme's change form posts: its fields and every inline with its stored rows."""
    from tests.factories import SupportKindFactory

    data = {}
    if programme is None:
        defaults = {
            "name": "IPS Proef", "slug": "ips-proef", "kind": SupportKindFactory().pk, "status": "concept",
            "summary": "U krijgt hulp bij betaald werk.", "description": "Individuele plaatsing en steun.",
            "benefits": ["bijstand"], "recognition_level": "not_assessed", "dutch_evidence": "none",
        }
        for key, value in defaults.items():
            put(data, key, value)
    else:
        for name in PROGRAMME_FIELDS:
            put(data, name, getattr(programme, name if name != "kind" else "kind"))
        put(data, "expected_version", programme.version)  # the version the form was opened at
    for prefix, related, fields in INLINES:
        rows = list(getattr(programme, related).all()) if programme else []
        data.update({
            f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": str(len(rows)),
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000",
        })
        for i, row in enumerate(rows):
            data[f"{prefix}-{i}-id"] = str(row.pk)
            data[f"{prefix}-{i}-programme"] = str(programme.pk)
            for name in fields:
                put(data, f"{prefix}-{i}-{name}", getattr(row, name))
    if programme is None:
        add_row(data, "sources", document="seed 003", locator="Tabel 3", order=1)
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def add_row(data, prefix, **values):
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    for name, value in values.items():
        put(data, f"{prefix}-{index}-{name}", value)
    return data


def change_url(obj) -> str:
    return f"/beheer/programmes/{obj._meta.model_name}/{obj.pk}/change/"


def opened(client, obj) -> dict:
    """What the browser would post back from an admin change page as it was rendered (someone
    'opens' it)."""
    from tests.production.web import form_fields

    page = client.get(change_url(obj)).content.decode()
    data: dict[str, list[str]] = {}
    for name, value in form_fields(page, f"{obj._meta.model_name}_form"):
        data.setdefault(name, []).append(value)
    return {key: values if len(values) != 1 else values[0] for key, values in data.items()}


def post_change(client, obj, data):
    return client.post(change_url(obj), data)


# --- The shipped catalogue, the second factor ----------------------------------------------------


def load_shipped_catalogue() -> None:
    """fixtures/catalogue.json, loaded the way ensure_catalogue does (the snapshot is told)."""
    from django.core.management import call_command

    from programmes.services import catalogue_changed, record_missing_history

    call_command("loaddata", "catalogue", verbosity=0)
    record_missing_history()
    call_command("import_places", verbosity=0)  # the woonplaatsen (data/), as ensure_catalogue adds them
    catalogue_changed()


def mark_verified(client, user) -> None:
    """As if `user` had also given the second factor (django-otp) in this client's session."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    device, _ = StaticDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


# --- Faults ----------------------------------------------------------------------------------------


def database_down(monkeypatch) -> None:
    """Every query from now on fails as when PostgreSQL cannot be reached."""
    from django.db import OperationalError, connection

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connection, "cursor", unreachable)
