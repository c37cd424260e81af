import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programmes.catalogue import find_municipalities, normalise_place
from programmes.models import Municipality, Programme
from programmes.services import catalogue_changed
from programmes.snapshot import VERSION_KEY, build_catalogue, derived, get_catalogue, remembered
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
    with django_assert_num_queries(0):  # the version lives in the cache: no query at all
        assert get_catalogue() is first
    ProgrammeFactory(slug="tweede")
    assert get_catalogue().programme("tweede") is not None


@pytest.mark.django_db
def test_a_write_that_does_not_say_so_is_not_seen_until_the_next_catalogue_change():
    # Every catalogue write goes through programmes.services, which changes the version; this
    # shows why that matters (a bare update is invisible) and that the next change picks it up.
    ProgrammeFactory(slug="eerste", name="Eerste")
    assert get_catalogue().programme("eerste").name == "Eerste"
    Programme.objects.filter(slug="eerste").update(name="Hernoemd")
    assert get_catalogue().programme("eerste").name == "Eerste"
    catalogue_changed()
    assert get_catalogue().programme("eerste").name == "Hernoemd"


@pytest.mark.django_db
def test_a_lost_version_key_makes_every_process_rebuild(django_assert_max_num_queries):
    ProgrammeFactory(slug="eerste")
    first = get_catalogue()
    cache.delete(VERSION_KEY)  # e.g. Redis restarted
    assert get_catalogue() is not first


@pytest.mark.django_db
def test_derived_values_are_computed_once_per_version():
    calls = []

    def count(catalogue):
        calls.append(catalogue)
        return len(catalogue.programmes)

    ProgrammeFactory(slug="eerste")
    assert derived("count", count) == 1
    assert derived("count", count) == 1
    ProgrammeFactory(slug="tweede")
    assert derived("count", count) == 2
    assert len(calls) == 2


@pytest.mark.django_db
def test_snapshot_query_count_is_the_same_at_two_catalogue_sizes():
    ProgrammeFactory()
    OfferingFactory()
    with CaptureQueriesContext(connection) as small:
        build_catalogue()
    for _ in range(10):
        OfferingFactory(scope="regions", regions=[RegionFactory()])
    with CaptureQueriesContext(connection) as large:
        build_catalogue()
    assert len(large) == len(small)


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
    assert get_catalogue() is first
    settings.CATALOGUE_RECHECK_SECONDS = 0
    assert get_catalogue().programme("tweede") is not None


@pytest.mark.django_db
def test_snapshot_notices_a_gemeente_moved_to_another_region_by_the_import(tmp_path):
    first_region = RegionFactory(code="AM01")
    second_region = RegionFactory(code="AM02")
    MunicipalityFactory(code="GM0505", region=first_region)
    assert get_catalogue().municipalities["GM0505"].region_code == "AM01"
    municipality = Municipality.objects.get(code="GM0505")
    municipality.region = second_region
    municipality.save()
    catalogue_changed()  # as import_regions and the admin do
    assert get_catalogue().municipalities["GM0505"].region_code == "AM02"


@pytest.mark.django_db
def test_remembered_builds_once_per_key_keeps_the_most_recent_and_forgets_all_on_a_catalogue_change():
    ProgrammeFactory(slug="eerste")
    built = []

    def build(key):
        built.append(key)
        return f"value {key}"

    for key in ["a", "b", "a", "c", "a", "b"]:  # limit 2: "b" was pushed out by "c"
        assert remembered("test", key, lambda key=key: build(key), limit=2) == f"value {key}"
    assert built == ["a", "b", "c", "b"]
    ProgrammeFactory(slug="tweede")
    remembered("test", "a", lambda: build("a"), limit=2)
    assert built == ["a", "b", "c", "b", "a"]


@pytest.mark.django_db
def test_what_was_made_from_a_catalogue_that_has_changed_since_is_not_kept():
    ProgrammeFactory(slug="eerste")
    read_at_the_start = get_catalogue()
    ProgrammeFactory(slug="tweede")  # the catalogue changes while the request runs
    built = []
    for _ in range(2):
        remembered("test", "a", lambda: built.append(1) or "made from the old one", limit=2,
                   catalogue=read_at_the_start)
    assert len(built) == 2  # built each time, kept never
    current = get_catalogue()
    for _ in range(2):
        remembered("test", "a", lambda: built.append(1) or "made from the current one", limit=2,
                   catalogue=current)
    assert len(built) == 3
