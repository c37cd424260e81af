"""Place names as people type them (programmes/places.py): pure, against the shipped CBS data."""

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from programmes.places import PlaceIndex, Qualified, shown_name, split_name

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Gemeente:
    code: str
    name: str


def _rows(name):
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


GEMEENTEN = {row["gemeentecode"]: Gemeente(row["gemeentecode"], row["gemeentenaam"])
             for row in _rows("gemeente_arbeidsmarktregio_2026.csv")}
WOONPLAATSEN = _rows("woonplaats_gemeente.csv")


def _aliases():
    aliases = defaultdict(set)
    for row in _rows("gemeente_aliassen.csv"):
        aliases[row["alias"]].add(row["gemeentecode"])
    for row in WOONPLAATSEN:
        aliases[row["woonplaatsnaam"]].add(row["gemeentecode"])
    return aliases


INDEX = PlaceIndex.of(GEMEENTEN, _aliases())


def labels(places):
    return [place.label for place in places]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hoofddorp", Qualified("Hoofddorp")),
        ("Bergen (NH.)", Qualified("Bergen", province="Noord-Holland")),
        ("Bergen (NH)", Qualified("Bergen", province="Noord-Holland")),
        ("Bergen L", Qualified("Bergen", province="Limburg")),
        ("Hengelo (Gld)", Qualified("Hengelo", province="Gelderland")),
        ("Hengelo (O.)", Qualified("Hengelo", province="Overijssel")),
        ("Rijswijk (ZH.)", Qualified("Rijswijk", province="Zuid-Holland")),
        ("Middelburg (Z.)", Qualified("Middelburg", province="Zeeland")),
        ("Elst Ut", Qualified("Elst", province="Utrecht")),
        ("Haren Gn", Qualified("Haren", province="Groningen")),
        ("Hengelo Gelderland", Qualified("Hengelo", province="Gelderland")),
        ("Bergen (Noord-Holland)", Qualified("Bergen", province="Noord-Holland")),
        ("Spaarndam gem. Haarlem", Qualified("Spaarndam", gemeente="haarlem")),
        ("Alteveer gem Hoogeveen", Qualified("Alteveer", gemeente="hoogeveen")),
        ("Beek, gemeente Montferland", Qualified("Beek", gemeente="montferland")),
        # no qualifier: part of the name
        ("Oude Pekela", Qualified("Oude Pekela")),
        ("Bergen op Zoom", Qualified("Bergen op Zoom")),
        ("Nuenen, Gerwen en Nederwetten", Qualified("Nuenen, Gerwen en Nederwetten")),
        ("Hengelo (foo)", Qualified("Hengelo (foo)")),
    ],
)
def test_a_name_is_split_into_its_base_and_what_tells_it_apart(name, expected):
    assert split_name(name) == expected


@pytest.mark.parametrize(
    ("official", "shown"),
    [
        ("Bergen (NH.)", "Bergen (Noord-Holland)"),
        ("Bergen (L.)", "Bergen (Limburg)"),
        ("Hengelo (O.)", "Hengelo (Overijssel)"),
        ("Rijswijk (ZH.)", "Rijswijk (Zuid-Holland)"),
        ("'s-Gravenhage", "'s-Gravenhage"),
        ("Súdwest-Fryslân", "Súdwest-Fryslân"),
    ],
)
def test_gemeenten_are_shown_with_the_province_written_out(official, shown):
    assert shown_name(official) == shown


@pytest.mark.parametrize(
    ("typed", "expected", "note"),
    [
        ("Hoofddorp", ["Hoofddorp, gemeente Haarlemmermeer"],
         "Hoofddorp ligt in de gemeente Haarlemmermeer."),
        ("Scheveningen", ["Scheveningen, gemeente 's-Gravenhage"],
         "Scheveningen ligt in de gemeente 's-Gravenhage."),
        ("Weesp", ["Weesp, gemeente Amsterdam"], "Weesp ligt in de gemeente Amsterdam."),
        ("Bussum", ["Bussum, gemeente Gooise Meren"], "Bussum ligt in de gemeente Gooise Meren."),
        ("hoogvliet", ["Hoogvliet, gemeente Rotterdam"], "Hoogvliet ligt in de gemeente Rotterdam."),
        ("Dordrecht", ["Dordrecht"], ""),
        ("  DORDRECHT ", ["Dordrecht"], ""),
        ("gm0505", ["Dordrecht"], ""),
        ("gemeente Súdwest-Fryslân", ["Súdwest-Fryslân"], ""),
        ("Sudwest Fryslan", ["Súdwest-Fryslân"], ""),
        ("'s-Gravenhage", ["'s-Gravenhage"], ""),
        ("Den Haag", ["Den Haag, gemeente 's-Gravenhage"], "Den Haag ligt in de gemeente 's-Gravenhage."),
        ("Amsterdam", ["Amsterdam"], ""),
        # a qualifier picks one
        ("Bergen (NH.)", ["Bergen (Noord-Holland)"], ""),
        ("Bergen (Limburg)", ["Bergen (Limburg)"], ""),
        ("Bergen L", ["Bergen (Limburg)"], ""),
        ("Hengelo (O.)", ["Hengelo (Overijssel)"], ""),
        ("Hengelo (Gld)", ["Hengelo (Gelderland), gemeente Bronckhorst"],
         "Hengelo (Gelderland) ligt in de gemeente Bronckhorst."),
        ("Beek, gemeente Montferland", ["Beek, gemeente Montferland"],
         "Beek ligt in de gemeente Montferland."),
        ("Den Haag (ZH)", ["Den Haag, gemeente 's-Gravenhage"],
         "Den Haag ligt in de gemeente 's-Gravenhage."),
    ],
)
def test_a_typed_name_finds_its_gemeente(typed, expected, note):
    found = INDEX.find(typed)
    assert labels(found) == expected
    assert found[0].note == note


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Bergen", ["Bergen (Limburg)", "Bergen (Noord-Holland)"]),
        ("Hengelo", ["Hengelo (Overijssel)", "Hengelo (Gelderland), gemeente Bronckhorst"]),
        ("Beek", ["Beek (Limburg)", "Beek, gemeente Berg en Dal", "Beek, gemeente Montferland"]),
        ("Rijswijk", ["Rijswijk (Zuid-Holland)", "Rijswijk (Gelderland), gemeente Buren",
                      "Rijswijk (Noord-Brabant), gemeente Altena"]),
        ("Haren", ["Haren (Groningen), gemeente Groningen", "Haren, gemeente Oss"]),
        ("Nieuwlande", ["Nieuwlande, gemeente Coevorden", "Nieuwlande, gemeente Hoogeveen"]),
    ],
)
def test_a_name_in_more_than_one_gemeente_gives_each_with_a_readable_label(typed, expected):
    assert labels(INDEX.find(typed)) == expected


def test_every_choice_offered_names_exactly_that_place_when_sent_back():
    offered = {place for places in INDEX.by_key.values() for place in places}
    for place in offered:
        assert INDEX.find(place.ref) == (place,), place.ref


def test_every_woonplaats_finds_its_gemeente_and_the_70_shared_names_ask_which():
    by_name = defaultdict(set)
    for row in WOONPLAATSEN:
        by_name[row["woonplaatsnaam"]].add(row["gemeentecode"])
        assert row["gemeentecode"] in {p.code for p in INDEX.find(row["woonplaatsnaam"])}, row
    shared = [name for name, codes in by_name.items() if len(codes) > 1]
    assert len(shared) == 70
    for name in shared:
        assert len(INDEX.find(name)) >= 2, name


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Dordrect", ["Dordrecht"]),
        ("Amsterdm", ["Amsterdam"]),
        ("Rotterdm", ["Rotterdam"]),
        ("Hoofdorp", ["Hoofddorp, gemeente Haarlemmermeer"]),
        ("Dord", ["Dordrecht"]),  # the start of a name
        ("Xyzzy", []),
        ("A", []),
    ],
)
def test_an_unknown_name_suggests_names_spelt_like_it(typed, expected):
    assert INDEX.find(typed) == ()
    assert labels(INDEX.suggest(typed)) == expected


def test_suggestions_are_at_most_the_limit():
    assert len(INDEX.suggest("Ber", limit=5)) == 5


@pytest.mark.django_db
def test_ensure_catalogue_adds_the_woonplaatsen_once_and_again_when_missing():
    from django.core.management import call_command

    from programmes.models import MunicipalityAlias

    call_command("ensure_catalogue", verbosity=0)
    loaded = MunicipalityAlias.objects.count()
    assert MunicipalityAlias.objects.filter(alias="Hoofddorp", municipality__code="GM0394").exists()
    MunicipalityAlias.objects.filter(alias="Weesp").delete()  # a database from before the woonplaatsen
    call_command("ensure_catalogue", verbosity=0)
    assert MunicipalityAlias.objects.count() == loaded
    call_command("ensure_catalogue", verbosity=0)
    assert MunicipalityAlias.objects.count() == loaded
