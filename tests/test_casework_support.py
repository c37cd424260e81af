"""Shared helpers for the casework tests (users in groups, a small known catalogue), and the groups."""

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User

from casework import roles
from tests.factories import (
    MunicipalityFactory,
    OfferingFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
)
from triage import flow

PASSWORD = "een-lang-en-sterk-wachtwoord"

# Answers that fit Werk als Beste Zorg in the small catalogue below.
FIT_ANSWERS = {
    "concern": "mental",
    "care": "specialist_ggz",
    "care_provider": "yulius",
    "severity": "severe",
    "situation": "job_seeking",
    "benefit": "bijstand",
    "wish": "paid_work_now",
    "municipality": "GM0505",
    "age": "35",
}


def make_user(username: str, *groups: str, password: str | None = None, **extra) -> User:
    """Without a password unless asked (hashing is slow); tests log in with force_login."""
    roles.setup_groups(django_apps)
    user = User.objects.create_user(username, password=password, **extra)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def make_professional(username: str = "klantmanager", **extra) -> User:
    return make_user(username, roles.PROFESSIONAL, first_name="Kim", last_name="de Klantmanager", **extra)


def make_curator(username: str = "beheerder", **extra) -> User:
    extra.setdefault("is_staff", True)
    return make_user(username, roles.CURATOR, **extra)


def small_catalogue():
    """Drechtsteden (Alblasserdam, Dordrecht) with Werk als Beste Zorg at Yulius; Twente with nothing
    regional; jobcoaching everywhere, for WIA/Wajong and keeping a job."""
    drechtsteden = RegionFactory(code="AM07", name="Drechtsteden")
    twente = RegionFactory(code="AM12", name="Twente")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=drechtsteden)
    MunicipalityFactory(code="GM0482", name="Alblasserdam", region=drechtsteden)
    MunicipalityFactory(code="GM0153", name="Enschede", region=twente)
    yulius = OrganisationFactory(slug="yulius", name="Yulius")
    uwv = OrganisationFactory(slug="uwv", name="UWV", kind="uwv")
    wabz = ProgrammeFactory(
        slug="werk-als-beste-zorg", name="Werk als Beste Zorg", concerns=["mental"], care=["specialist_ggz"],
        benefits=["bijstand", "ww"], wishes=["paid_work_now"], situations=["job_seeking"],
        description="IPS-achtige begeleiding vanuit de behandeling.",
        summary="Hulp bij werk vanuit uw behandeling.",
        how_to_refer="Verwijs via de behandelaar bij Yulius.", how_to_apply="Vraag het uw behandelaar.",
    )
    OfferingFactory(programme=wabz, provider=yulius, scope="regions", regions=[drechtsteden],
                    requires_care_at_provider=True)
    coaching = ProgrammeFactory(
        slug="jobcoaching", name="Jobcoaching", concerns=["mental", "other_limitation"],
        benefits=["wia_wga", "wajong"], wishes=["keep_job", "paid_work_now"],
        situations=["job_seeking", "employed_at_risk"],
    )
    OfferingFactory(programme=coaching, provider=uwv, scope="national")
    return {"drechtsteden": drechtsteden, "twente": twente, "wabz": wabz, "jobcoaching": coaching}


def give_answers(client, answers: dict) -> None:
    """Through the wizard's own form posts, as a person would."""
    for key, value in answers.items():
        response = client.post(f"/vraag/{flow.BY_KEY[key].slug}/antwoord", {"answer": value})
        assert response.status_code == 302, (key, response.status_code)


@pytest.mark.django_db
def test_groups_exist_and_curators_get_every_catalogue_permission_and_the_gaps():
    roles.setup_groups(django_apps)
    curator = Group.objects.get(name=roles.CURATOR)
    professional = Group.objects.get(name=roles.PROFESSIONAL)
    codenames = set(curator.permissions.values_list("content_type__app_label", "codename"))
    for action in ("add", "change", "view", "delete"):
        assert ("programmes", f"{action}_programme") in codenames
        assert ("programmes", f"{action}_offering") in codenames
    assert ("triage", "view_gaprecord") in codenames
    assert ("triage", "change_gaprecord") not in codenames
    assert professional.permissions.count() == 0


@pytest.mark.django_db
def test_setting_up_the_groups_twice_changes_nothing():
    roles.setup_groups(django_apps)
    count = Group.objects.get(name=roles.CURATOR).permissions.count()
    roles.setup_groups(django_apps)
    assert Group.objects.count() == 2
    assert Group.objects.get(name=roles.CURATOR).permissions.count() == count


@pytest.mark.django_db
def test_roles_follow_the_groups_and_superusers_count_as_curators():
    professional = make_professional()
    curator = make_curator()
    boss = User.objects.create_superuser("baas", password=PASSWORD)
    assert roles.is_professional(professional)
    assert not roles.is_curator(professional)
    assert roles.is_curator(curator)
    assert not roles.is_professional(curator)
    assert roles.is_curator(boss)
