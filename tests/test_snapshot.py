import pytest

from programmes.catalogue import find_municipalities, normalise_place
from programmes.snapshot import get_catalogue
from tests.factories import MunicipalityFactory, OfferingFactory, ProgrammeFactory, RegionFactory


@pytest.mark.django_db
def test_snapshot_holds_programme_with_its_offerings_and_parts():
    region = RegionFactory(code="AM07", name="Drechtsteden")
    offering = OfferingFactory(scope="regions", regions=[region], requires_care_at_provider=True)
    catalogue = get_catalogue()
    programme = catalogue.programme(offering.programme.slug)
    assert programme is not None
    assert programme.offerings[0].region_codes == frozenset({"AM07"})
    assert programme.offerings[0].requires_care_at_provider is True
    assert programme.funding_for("bijstand").payer == "Gemeente"
    assert programme.evidence[0].design == "RCT"


@pytest.mark.django_db
def test_snapshot_is_rebuilt_after_a_catalogue_change_and_reused_otherwise(django_assert_num_queries):
    ProgrammeFactory(slug="eerste")
    first = get_catalogue()
    with django_assert_num_queries(1):
        assert get_catalogue() is first
    ProgrammeFactory(slug="tweede")
    assert get_catalogue().programme("tweede") is not None


@pytest.mark.django_db
def test_snapshot_query_count_does_not_grow_with_the_catalogue(django_assert_num_queries):
    ProgrammeFactory()
    OfferingFactory()
    from programmes.snapshot import clear_cache

    clear_cache()
    with django_assert_num_queries(14) as small:
        get_catalogue()
    for _ in range(10):
        OfferingFactory(scope="regions", regions=[RegionFactory()])
    clear_cache()
    with django_assert_num_queries(len(small.captured_queries)):
        get_catalogue()


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("'s-Gravenhage", "s gravenhage"),
        ("Hengelo (O.)", "hengelo"),
        ("gemeente Súdwest-Fryslân", "sudwest fryslan"),
        ("  DORDRECHT ", "dordrecht"),
    ],
)
def test_place_names_are_normalised_for_comparison(typed, key):
    assert normalise_place(typed) == key


@pytest.mark.django_db
def test_municipality_is_found_by_name_or_code():
    dordrecht = MunicipalityFactory(code="GM0505", name="Dordrecht")
    catalogue = get_catalogue()
    assert find_municipalities(catalogue, "dordrecht") == [catalogue.municipalities[dordrecht.code]]
    assert find_municipalities(catalogue, "gm0505") == [catalogue.municipalities["GM0505"]]
    assert find_municipalities(catalogue, "Atlantis") == []


@pytest.mark.django_db
def test_snapshot_is_not_rechecked_within_the_recheck_interval(settings, django_assert_num_queries):
    settings.CATALOGUE_RECHECK_SECONDS = 60
    ProgrammeFactory(slug="eerste")
    first = get_catalogue()
    ProgrammeFactory(slug="tweede")
    with django_assert_num_queries(0):
        assert get_catalogue() is first
    settings.CATALOGUE_RECHECK_SECONDS = 0
    assert get_catalogue().programme("tweede") is not None


@pytest.mark.django_db
def test_snapshot_notices_a_gemeente_moved_to_another_region():
    from programmes.models import Municipality

    first_region = RegionFactory(code="AM01")
    second_region = RegionFactory(code="AM02")
    MunicipalityFactory(code="GM0505", region=first_region)
    assert get_catalogue().municipalities["GM0505"].region_code == "AM01"
    Municipality.objects.filter(code="GM0505").update(region=second_region)
    assert get_catalogue().municipalities["GM0505"].region_code == "AM02"
