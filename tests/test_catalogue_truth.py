"""The shipped catalogue is true to the five source documents (issue 10) and can be acted on (issue 11).

These guard the data in fixtures/catalogue.json, written by scripts/catalogue/seed_truth.py from the
research of issue 10: public texts without working notes, sources with real titles, eligibility
that offerings only narrow, a contact route per offering, derived funding said to be derived, and the
few facts the issue names one by one (each with its document and line in a comment).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import models as db_models

from programmes import models, rules
from programmes import vocabulary as vocab
from programmes.forms import ELIGIBILITY_FIELDS, limits_of
from tests.helpers import load_shipped_catalogue

pytestmark = pytest.mark.django_db

# The documents' real titles (research-sources §1.0): 000 and 002 print none, 000's comes from the
# reference list of 003; 003 has no title page and is named as the project names it.
REAL_TITLES = {
    "Werk als Beste Zorg – Resultaten evaluatieonderzoek",
    "‘Samen doen werkt beter’ – Businesscase 2021-2023 ‘Werk als beste Zorg in Twente met inzet van "
    "sleutelfiguren’",
    "Monitor Voorbeeldprojecten",
    "Deskresearch begeleiding naar werk",
    "Hoe houd je regionale samenwerking tussen Werk & Inkomen en GGZ levend?",
}
WORKING_NOTE = re.compile(r"seed|\br\. ?\d|tabel \d", re.IGNORECASE)
# Admin-only fields (line-level provenance) and fields that are not prose.
NOT_PUBLIC = {"provenance", "slug", "url", "website", "eligibility_sources"}
CATALOGUE = [
    models.Organisation, models.SupportKind, models.Programme, models.Offering, models.Condition,
    models.Funding, models.Evidence, models.Source,
]
PROVENANCE = re.compile(r"^00[0-4] r\. \d")


@pytest.fixture
def catalogue(db):
    load_shipped_catalogue()


def public_texts(model):
    fields = [
        f.name for f in model._meta.concrete_fields
        if isinstance(f, db_models.CharField | db_models.TextField) and f.name not in NOT_PUBLIC
        and not f.choices
    ]
    for obj in model.objects.all():
        for name in fields:
            yield obj, name, getattr(obj, name)


def test_every_published_programme_has_a_source_with_a_real_title(catalogue):
    published = models.Programme.objects.published()
    assert published.exists()
    for programme in published:
        documents = set(programme.sources.values_list("document", flat=True))
        assert documents, programme.slug
        assert documents <= REAL_TITLES, (programme.slug, documents - REAL_TITLES)


def test_no_text_people_read_contains_a_working_note(catalogue):
    found = [
        f"{type(obj).__name__} {obj.pk} {name}: {value[:80]}"
        for model in CATALOGUE
        for obj, name, value in public_texts(model)
        if value and WORKING_NOTE.search(value)
    ]
    assert found == []


def test_every_offering_has_a_contact_route(catalogue):
    for offering in models.Offering.objects.select_related("programme", "provider"):
        assert offering.contact.strip(), str(offering)
        assert offering.desk in {key for key, _ in vocab.DESKS}, str(offering)


def test_every_offering_only_narrows_its_programme(catalogue):
    for offering in models.Offering.objects.select_related("programme"):
        programme = offering.programme
        assert rules.narrowing_problems(limits_of(programme), limits_of(offering)) == {}, str(offering)
        if offering.min_age is not None and programme.min_age is not None:
            assert offering.min_age >= programme.min_age, str(offering)
        if offering.max_age is not None and programme.max_age is not None:
            assert offering.max_age <= programme.max_age, str(offering)


def test_derived_funding_rows_say_so_in_their_note(catalogue):
    derived = models.Funding.objects.filter(derived=True)
    assert derived.exists()
    for row in derived:
        assert "afgeleid" in row.note.lower(), str(row)


def test_every_source_figure_and_funding_row_keeps_its_file_and_lines_for_the_admin(catalogue):
    for model in (models.Source, models.Funding, models.Evidence):
        for row in model.objects.all():
            assert PROVENANCE.match(row.provenance), (model.__name__, row.pk, row.provenance)
    for model in (models.Funding, models.Evidence):
        assert not model.objects.filter(source="").exists(), model.__name__


def test_eligibility_sources_fit_the_admin_form(catalogue):
    # The admin keeps one source per eligibility field, at most 200 characters (programmes.forms).
    for model in (models.Programme, models.Offering):
        for obj in model.objects.all():
            assert set(obj.eligibility_sources) <= set(ELIGIBILITY_FIELDS), str(obj)
            assert all(len(text) <= 200 for text in obj.eligibility_sources.values()), str(obj)


def test_every_remaining_limit_of_a_published_programme_names_its_source(catalogue):
    # Issue 10 point 4: each limit carries, in the admin, the source it rests on.
    for programme in models.Programme.objects.published():
        for name in vocab.ELIGIBILITY_CHOICES:
            if getattr(programme, name):
                assert name in programme.eligibility_sources, (programme.slug, name)
        for name in ("min_age", "max_age"):
            if getattr(programme, name) is not None:
                assert name in programme.eligibility_sources, (programme.slug, name)


# --- Facts issue 10 names ------------------------------------------------------------------------


def offering(programme, provider):
    return models.Offering.objects.get(programme__slug=programme, provider__slug=provider)


def test_ips_availability_follows_the_sources(catalogue):
    assert models.Programme.objects.get(slug="ips").offered_by_institutions
    # 003 r. 1429–1430: Vincent van Gogh works with IPS in Midden-Limburg.
    assert offering("ips", "vincent-van-gogh").availability == "offered"
    # 002 r. 536–538: GGZ NHN, only for 2013–2015.
    assert offering("ips", "ggz-noord-holland-noord").availability == "reported"
    # 004 r. 581–598: regions in 2020, institutions unnamed.
    assert offering("ips", "regionale-samenwerking-ggz-wi").availability == "reported"
    # 000 r. 923–924: "Omdat Yulius geen IPS aanbiedt in deze regio".
    yulius = offering("ips", "yulius")
    assert yulius.availability == "not_offered"
    assert list(yulius.regions.values_list("code", flat=True)) == ["AM23"]
    assert "geen IPS" in yulius.note


def test_werk_als_beste_zorg_is_narrowed_per_offering(catalogue):
    programme = models.Programme.objects.get(slug="werk-als-beste-zorg")
    assert (programme.severities, programme.min_age) == ([], None)
    # 000 r. 102–104, 1087: Yulius/Drechtsteden is for EPA in adult care.
    yulius = offering("werk-als-beste-zorg", "yulius")
    assert (yulius.severities, yulius.min_age) == (["severe"], 18)
    # 001 r. 27, 31: Twente also lighter problems and people without a benefit.
    for provider in ("dimence", "mediant"):
        twente = offering("werk-als-beste-zorg", provider)
        assert (twente.severities, twente.benefits) == ([], [])
        assert "januari 2020" in twente.note
        assert "Menzis" in twente.note
    # 001 r. 19, 103: Twente since January 2020.
    assert "Twente sinds januari 2020" in programme.period


def test_werk_als_beste_zorg_key_figure_is_the_cbs_linked_analysis(catalogue):
    # 000 r. 278–288: n=35 and n=37; control +1,2 %-point a year.
    key = models.Evidence.objects.get(programme__slug="werk-als-beste-zorg", is_key=True)
    assert key.participants == 72
    assert "1,2" in key.figure
    assert "35" in key.result
    assert "37" in key.result


def test_jobcoaching_offerings_split_the_benefits(catalogue):
    # 003 r. 1469–1471, 1786–1792: UWV for Wajong, WIA-WGA, Ziektewet; gemeente for bijstand, none.
    assert offering("jobcoaching", "uwv").benefits == ["wajong", "wia_wga", "ziektewet"]
    assert offering("jobcoaching", "gemeente").benefits == ["bijstand", "none"]
    questions = models.Condition.objects.filter(programme__slug="jobcoaching", offering=None)
    assert "Heeft de persoon een baan of begint hij of zij binnenkort?" in set(
        questions.values_list("question", flat=True)
    )
    description = models.Programme.objects.get(slug="jobcoaching").description
    assert "2015" not in description  # 002 r. 3437–3445 is an IPS cost assumption, not a UWV rule


def test_integrated_care_is_ips_and_werk_als_beste_zorg_only(catalogue):
    # 003 r. 2231–2237 names IPS and Werk als Beste Zorg.
    integrated = models.Programme.objects.published().filter(integrated_care=True)
    assert set(integrated.values_list("slug", flat=True)) == {"ips", "werk-als-beste-zorg"}


def test_programmes_resting_only_on_the_2020_report_are_published_reported_and_dated(catalogue):
    for slug in ["meer-grip-op-werk", "krachtwerk", "arbeidsgerichte-dagbesteding", "ips-cmd",
                 "benefits-counselor", "participatiecoach-holland-rijnland"]:
        programme = models.Programme.objects.get(slug=slug)
        assert programme.status == "published", slug
        assert "2020" in programme.source_caveat, slug
        assert set(programme.offerings.values_list("availability", flat=True)) == {"reported"}, slug


def test_the_uwv_summaries_name_the_benefits_not_ww(catalogue):
    # 003 r. 1337–1338: WIA, WAO, WAZ, Wajong or Ziektewet.
    for slug in ("uwv-werkfit-maken", "uwv-naar-werk"):
        summary = models.Programme.objects.get(slug=slug).summary
        assert "WIA-, WAO-, WAZ-, Wajong- of Ziektewet-uitkering" in summary, slug


def test_places_follow_the_sources_with_a_check_where_they_say_in_overleg_or_en_omgeving(catalogue):
    # 003 r. 1920–1922: "Amsterdam en omgeving"; 003 r. 1519–1521: outside Enschede "in overleg".
    clubhuis = offering("clubhuis-de-waterheuvel", "clubhuis-de-waterheuvel")
    assert list(clubhuis.regions.values_list("code", flat=True)) == ["AM18"]
    assert clubhuis.conditions.filter(question__contains="buiten Amsterdam").exists()
    actief = offering("actief-herstel", "mediant")
    assert list(actief.regions.values_list("code", flat=True)) == ["AM05"]
    assert actief.conditions.filter(question__contains="buiten Enschede").exists()


def test_the_fixture_is_what_the_truth_script_writes():
    # Re-running scripts/catalogue/seed_truth.py changes nothing: the committed file is its output.
    root = Path(settings.BASE_DIR)
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "CACHE_URL"}}
    result = subprocess.run(
        [sys.executable, str(root / "scripts" / "catalogue" / "seed_truth.py"), "--check"],
        cwd=root, env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
