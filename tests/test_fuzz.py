"""Hostile and random input never gives a server error (issue: fast, safe and robust)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from programmes import vocabulary as vocab
from tests.factories import (
    MunicipalityFactory,
    OfferingFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
)
from triage import flow, matching
from triage.answers import PLACE_KEY, SESSION_KEY
from triage.voice import SESSION_KEY as VOICE_KEY

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "../../etc/passwd",
        "%00",
        "🙂" * 50,
        "9" * 400,
        "-1",
        "1e9",
        "NaN",
        "GM0505",
        "gm0505",
        "mental",
        "unknown",
        "other",
        "Bergen",
        "null",
        "[]",
        "{}",
    ]
)
VALUE = st.one_of(HOSTILE, st.text(max_size=60), st.integers().map(str))
KEYS = st.one_of(
    st.sampled_from([*flow.KEYS, "alle", "csrfmiddlewaretoken", "code", "answer"]), st.text(max_size=12)
)


@pytest.fixture
def small_catalogue():
    region = RegionFactory(code="AM07", name="Drechtsteden")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=region)
    provider = OrganisationFactory(slug="yulius")
    OfferingFactory(
        programme=ProgrammeFactory(concerns=["mental"]),
        provider=provider,
        scope="regions",
        regions=[region],
        requires_care_at_provider=True,
    )
    OfferingFactory(programme=ProgrammeFactory(benefits=["ww"]))


def query(params):
    from urllib.parse import urlencode

    return urlencode(params, doseq=True)


@FUZZ
@given(params=st.lists(st.tuples(KEYS, VALUE), max_size=8))
def test_api_answers_200_or_400_never_500(client, small_catalogue, params):
    response = client.get(f"/api/v1/recommendations?{query(params)}")
    assert response.status_code in {200, 400}
    body = response.json()
    assert ("errors" in body) == (response.status_code == 400)


# The fields the wizard's forms post: an answer, and for the gemeente a place chosen from a list.
FORM_FIELDS = st.sampled_from(["answer", "place", "typed", "code", "csrfmiddlewaretoken"]) | KEYS


@FUZZ
@given(
    slug=st.sampled_from([flow.VOICE_QUESTION.slug, *(q.slug for q in flow.QUESTIONS)]),
    data=st.dictionaries(FORM_FIELDS, VALUE, max_size=4),
)
def test_every_wizard_step_answers_redirect_or_form_error_never_500(client, small_catalogue, slug, data):
    session = client.session
    session[SESSION_KEY] = {"concern": "mental", "care": "specialist_ggz"}  # every question applies
    session.save()
    response = client.post(f"/vraag/{slug}/antwoord", data)
    assert response.status_code in {302, 422}
    assert client.get(f"/vraag/{slug}").status_code == 200


@FUZZ
@given(stored=st.dictionaries(KEYS, st.one_of(VALUE, st.integers(), st.none(), st.lists(st.integers()))))
def test_tampered_session_answers_never_break_the_pages(client, small_catalogue, stored):
    session = client.session
    session[SESSION_KEY] = stored
    session.save()
    for path in ("/", "/overzicht", "/resultaat", "/stroomschema", "/vraag/voor-wie", "/vraag/woonplaats"):
        assert client.get(path).status_code in {200, 302, 404}


@FUZZ
@given(
    voice=st.one_of(VALUE, st.integers(), st.none(), st.lists(st.integers())),
    place=st.one_of(
        VALUE, st.none(), st.dictionaries(st.sampled_from(["code", "name", "x"]), VALUE | st.none())
    ),
)
def test_tampered_voice_or_woonplaats_in_the_session_never_break_the_wizard(
    client, small_catalogue, voice, place
):
    session = client.session
    answers = {"concern": "none", "municipality": "GM0505"}
    session.update({VOICE_KEY: voice, PLACE_KEY: place, SESSION_KEY: answers})
    session.save()
    for path in ("/vraag/voor-wie", "/vraag/om-wie", "/vraag/woonplaats", "/vraag/leeftijd", "/overzicht"):
        assert client.get(path).status_code == 200


@FUZZ
@given(
    params=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "regio",
                    "gemeente",
                    "uitkering",
                    "soort",
                    "wens",
                    "beeindigd",
                    "region",
                    "benefit",
                    "kind",
                    "wish",
                    "gemeente_code",
                ]
            )
            | KEYS,
            VALUE,
        ),
        max_size=6,
    )
)
def test_catalogue_filters_answer_200_or_400_never_500(client, small_catalogue, params):
    assert client.get(f"/catalogus/?{query(params)}").status_code in {200, 400}
    assert client.get(f"/catalogus/?{query(params)}", HTTP_HX_REQUEST="true").status_code in {200, 400}


@settings(FUZZ, max_examples=30)
@given(
    data=st.dictionaries(
        st.sampled_from(
            [
                "slug",
                "name",
                "kind",
                "status",
                "summary",
                "description",
                "min_age",
                "max_age",
                "benefits",
                "wishes",
                "recognition_level",
                "last_verified",
                "offerings-TOTAL_FORMS",
                "offerings-INITIAL_FORMS",
                "sources-TOTAL_FORMS",
                "funding-TOTAL_FORMS",
                "evidence-TOTAL_FORMS",
                "conditions-TOTAL_FORMS",
                "_save",
            ]
        ),
        VALUE,
        max_size=10,
    )
)
def test_admin_programme_form_never_500(admin_client, small_catalogue, data):
    from programmes.models import Programme

    before = Programme.objects.count()
    response = admin_client.post("/beheer/programmes/programme/add/", data)
    assert response.status_code in {200, 302, 400}
    if response.status_code != 302:
        assert Programme.objects.count() == before  # nothing half-saved


answer_values = {
    "concern": st.sampled_from([v for v, _ in vocab.CONCERNS]),
    "care": st.sampled_from([v for v, _ in vocab.CARE]),
    "care_provider": st.sampled_from(["yulius", "other", "onbekend"]),
    "severity": st.sampled_from([v for v, _ in vocab.SEVERITIES]),
    "situation": st.sampled_from([v for v, _ in vocab.SITUATIONS]),
    "benefit": st.sampled_from([v for v, _ in vocab.BENEFITS]),
    "wish": st.sampled_from([v for v, _ in vocab.WISHES]),
    "municipality": st.sampled_from(["GM0505", "GM0363", "GM9999"]),
    "age": st.integers(min_value=-5, max_value=200),
}


@settings(max_examples=300, deadline=None)
@given(answers=st.fixed_dictionaries({}, optional=answer_values))
def test_matcher_never_raises_on_any_combination_of_valid_or_out_of_range_answers(answers):
    from programmes.catalogue import (
        Catalogue,
        KindData,
        MunicipalityData,
        OfferingData,
        OrganisationData,
        ProgrammeData,
        RegionData,
    )

    yulius = OrganisationData("yulius", "Yulius", "ggz")
    catalogue = Catalogue(
        programmes=(
            ProgrammeData(
                "a",
                "A",
                "published",
                KindData("k", "K"),
                concerns=frozenset({"mental"}),
                offerings=(
                    OfferingData(yulius, "regions", frozenset({"AM07"}), requires_care_at_provider=True),
                ),
            ),
            ProgrammeData(
                "b",
                "B",
                "published",
                KindData("k", "K"),
                benefits=frozenset({"ww"}),
                min_age=18,
                offerings=(OfferingData(yulius, "national"),),
            ),
        ),
        regions={"AM07": RegionData("AM07", "Drechtsteden")},
        municipalities={"GM0505": MunicipalityData("GM0505", "Dordrecht", "AM07")},
        organisations={"yulius": yulius},
    )
    result = matching.match(answers, catalogue)
    assert isinstance(result.gap, bool)


def test_admin_builds_no_more_inline_forms_than_its_bound_whatever_is_posted(admin_client, small_catalogue):
    from programmes.admin import BoundedInlineMixin

    response = admin_client.post(
        "/beheer/programmes/programme/add/",
        {"name": "X", "sources-TOTAL_FORMS": "999999", "sources-INITIAL_FORMS": "0"},
    )
    assert response.status_code == 200
    built = {f.formset.prefix: len(f.formset.forms) for f in response.context["inline_admin_formsets"]}
    assert max(built.values()) <= BoundedInlineMixin.max_rows
