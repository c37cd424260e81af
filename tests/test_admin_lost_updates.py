"""No lost updates anywhere in the admin: per entry point, two curators in sequence. A opens a
page, B opens another (or the same) page and saves, A saves: A is refused with a Dutch message
and B's change is kept."""

from html import unescape

import pytest
from django.test import Client

from programmes import models, rules
from tests.catalogue_factories import MunicipalityAliasFactory
from tests.factories import (
    ConditionFactory,
    MunicipalityFactory,
    OfferingFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
    SupportKindFactory,
    make_curator,
)
from tests.helpers import opened, post_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def curators():
    a, b = Client(), Client()
    a.force_login(make_curator("curator-a"))
    b.force_login(make_curator("curator-b"))
    return a, b


def concept_offering(**fields):
    """An offering's own page writes only offerings of concepts (a published programme's are
    changed in its draft: tests/test_drafts.py)."""
    return OfferingFactory(programme=ProgrammeFactory(status="concept"), **fields)


def edited(programme):
    """Where a save of a programme's page went: its draft when it is published, else itself."""
    programme.refresh_from_db()
    return models.Programme.objects.filter(draft_of=programme).first() or programme


def assert_refused(response, what: str):
    assert response.status_code == 200, response.status_code  # the form again, nothing saved
    body = response.content.decode()
    assert rules.CONCURRENT_EDITS[what] in unescape(body)
    assert "errornote" in body


# --- The programme and its parts ----------------------------------------------------------------


def test_programme_page_against_programme_page(curators):
    a, b = curators
    programme = ProgrammeFactory(name="Gedeeld")
    form_a = opened(a, programme)
    form_b = opened(b, programme)
    assert post_change(b, programme, {**form_b, "name": "Door B"}).status_code == 302
    assert_refused(post_change(a, programme, {**form_a, "name": "Door A"}), "programme")
    # B's save of the published programme went into its draft; A's older page cannot undo it.
    assert edited(programme).name == "Door B"


@pytest.mark.parametrize(("prefix", "field", "related"), [
    ("funding", "note", "funding"),
    ("evidence", "result", "evidence"),
    ("conditions", "question", "conditions"),
    ("sources", "note", "sources"),
])
def test_a_change_to_one_part_alone_makes_an_open_programme_page_stale(curators, prefix, field, related):
    # Funding, evidence, conditions and sources are edited only on the programme's page: a save that
    # changes nothing but one such row must still move the programme's version on (issue 12 point 7).
    a, b = curators
    programme = ProgrammeFactory(status="concept")
    ConditionFactory(programme=programme)
    form_a = opened(a, programme)
    form_b = opened(b, programme)
    assert post_change(b, programme, {**form_b, f"{prefix}-0-{field}": "Door B"}).status_code == 302
    assert_refused(post_change(a, programme, {**form_a, f"{prefix}-0-{field}": "Door A"}), "programme")
    assert getattr(getattr(programme, related).get(), field) == "Door B"


def test_programme_page_against_the_offerings_own_page(curators):
    """The issue's case: A opens a programme, B edits one of its offerings on the offering's own
    page, A saves the programme (with the offering as A saw it): refused, B's change kept."""
    a, b = curators
    offering = concept_offering(contact="Oud contact")
    programme = offering.programme
    form_a = opened(a, programme)
    form_b = opened(b, offering)
    assert post_change(b, offering, {**form_b, "contact": "Contact van B"}).status_code == 302
    assert_refused(post_change(a, programme, {**form_a, "name": "Door A"}), "programme")
    offering.refresh_from_db()
    programme.refresh_from_db()
    assert offering.contact == "Contact van B"
    assert programme.name != "Door A"


def test_offerings_own_page_against_the_programme_page(curators):
    a, b = curators
    offering = concept_offering(contact="Oud contact")
    programme = offering.programme
    form_a = opened(a, offering)
    form_b = opened(b, programme)
    assert post_change(b, programme, {**form_b, "offerings-0-contact": "Contact van B"}).status_code == 302
    assert_refused(post_change(a, offering, {**form_a, "contact": "Contact van A"}), "offering")
    assert edited(programme).offerings.get().contact == "Contact van B"


def test_offerings_own_page_against_itself(curators):
    a, b = curators
    offering = concept_offering(contact="Oud contact")
    form_a = opened(a, offering)
    form_b = opened(b, offering)
    assert post_change(b, offering, {**form_b, "contact": "Contact van B"}).status_code == 302
    assert_refused(post_change(a, offering, {**form_a, "note": "Notitie van A"}), "offering")
    offering.refresh_from_db()
    assert (offering.contact, offering.note) == ("Contact van B", "")


def test_offerings_own_page_against_another_offering_of_the_same_programme(curators):
    a, b = curators
    first = concept_offering()
    second = OfferingFactory(programme=first.programme)
    form_a = opened(a, first)
    form_b = opened(b, second)
    assert post_change(b, second, {**form_b, "contact": "Contact van B"}).status_code == 302
    # A's page shows the programme's offering as it was; the programme has moved on since.
    assert_refused(post_change(a, first, {**form_a, "contact": "Contact van A"}), "offering")


def test_deleting_an_offering_on_its_own_page_makes_an_open_programme_page_stale(curators):
    a, b = curators
    offering = concept_offering()
    programme = offering.programme
    form_a = opened(a, programme)
    response = b.post(f"/beheer/programmes/offering/{offering.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert_refused(post_change(a, programme, {**form_a, "name": "Door A"}), "programme")
    assert not models.Offering.objects.filter(pk=offering.pk).exists()


def test_adding_an_offering_on_its_own_page_makes_an_open_programme_page_stale(curators):
    a, b = curators
    programme = ProgrammeFactory(status="concept")
    form_a = opened(a, programme)
    form_b = b.get("/beheer/programmes/offering/add/")
    assert form_b.status_code == 200
    response = b.post("/beheer/programmes/offering/add/", {
        "programme": programme.pk, "provider": OrganisationFactory().pk, "availability": "offered",
        "scope": "national", "desk": "provider",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    assert_refused(post_change(a, programme, {**form_a, "name": "Door A"}), "programme")
    assert programme.offerings.count() == 1


def test_publishing_makes_an_open_programme_page_stale(curators):
    from programmes.services import publish

    a, _b = curators
    programme = ProgrammeFactory(status="concept")
    form_a = opened(a, programme)
    assert publish(programme=programme, reason="Klaar", checked_by="B").published
    assert_refused(post_change(a, programme, {**form_a, "status": "concept", "name": "Door A"}), "programme")
    programme.refresh_from_db()
    assert programme.status == "published"


def test_an_import_makes_every_open_page_stale(curators, tmp_path):
    from django.core.management import call_command

    a, _b = curators
    programme = ProgrammeFactory(slug="geimporteerd", name="Voor de import")
    organisation = OrganisationFactory(slug="org-import", name="Voor de import")
    form_programme = opened(a, programme)
    form_organisation = opened(a, organisation)
    export = tmp_path / "catalogus.json"
    call_command("export_catalogue", "--output", str(export), verbosity=0)
    # The file carries the same versions as the database: still, the import moves them on.
    call_command("import_catalogue", str(export), verbosity=0)
    assert_refused(post_change(a, programme, {**form_programme, "name": "Door A"}), "programme")
    assert_refused(post_change(a, organisation, {**form_organisation, "name": "Door A"}), "organisation")


# --- Organisations, kinds of support, places -------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "field", "what"),
    [
        (lambda: OrganisationFactory(name="Oud"), "name", "organisation"),
        (lambda: SupportKindFactory(name="Oud"), "name", "supportkind"),
        (lambda: RegionFactory(name="Oud"), "name", "region"),
        (lambda: MunicipalityFactory(name="Oud"), "name", "municipality"),
    ],
)
def test_own_page_against_own_page(curators, make, field, what):
    a, b = curators
    obj = make()
    form_a = opened(a, obj)
    form_b = opened(b, obj)
    assert post_change(b, obj, {**form_b, field: "Door B"}).status_code == 302
    assert_refused(post_change(a, obj, {**form_a, field: "Door A"}), what)
    obj.refresh_from_db()
    assert getattr(obj, field) == "Door B"
    # Opened again, A's change goes through.
    assert post_change(a, obj, {**opened(a, obj), field: "Door A"}).status_code == 302


def test_a_gemeentes_aliases_are_edited_under_its_version(curators):
    a, b = curators
    alias = MunicipalityAliasFactory(alias="Den Haag")
    municipality = alias.municipality
    form_a = opened(a, municipality)
    form_b = opened(b, municipality)
    assert post_change(b, municipality, {**form_b, "aliases-0-alias": "Haag"}).status_code == 302
    refused = post_change(a, municipality, {**form_a, "aliases-0-alias": "'s-Gravenhage"})
    assert_refused(refused, "municipality")
    alias.refresh_from_db()
    assert alias.alias == "Haag"


def test_no_standalone_page_saves_past_a_check(curators):
    a, _b = curators
    assert a.get("/beheer/programmes/municipalityalias/").status_code == 404
    for part in ("funding", "evidence", "condition", "source"):
        assert a.get(f"/beheer/programmes/{part}/").status_code == 404, part
    # The kinds' list has no editable column that would save past their version.
    page = a.get("/beheer/programmes/supportkind/").content.decode()
    SupportKindFactory()
    assert 'name="form-0-order"' not in page
