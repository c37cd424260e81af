"""Place names as people type them, resolved to gemeenten. Pure: no Django, no ORM.

A place is a gemeente itself, or a name that points into one: a BAG woonplaats ("Hoofddorp" →
Haarlemmermeer, from data/woonplaats_gemeente.csv) or another name people use ("Den Haag",
"Scheveningen", from data/gemeente_aliassen.csv). Both reach the catalogue as aliases.

Official names tell places with the same name apart by a qualifier: CBS writes gemeenten as
"Bergen (NH.)", "Hengelo (O.)"; the BAG writes woonplaatsen as "Bergen (NH)", "Bergen L",
"Hengelo (Gld)", "Spaarndam gem. Haarlem", "Bavel AC" (Alphen-Chaam), "Hoogvliet Rotterdam".
People see them with the province written out ("Bergen (Noord-Holland)") and may type them with
or without a qualifier; a name that is left with places in more than one gemeente is asked about.

`PlaceIndex.of(municipalities, aliases)` is built once per catalogue version (the catalogue keeps
it: `Catalogue.places`); a look-up is then a dictionary access, and only a name we do not know
is compared with every known name (for "Bedoelt u …?").
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

PROVINCES: Mapping[str, str] = {
    # CBS and BAG abbreviations, lower case without dots, and the names themselves
    **dict.fromkeys(("nh", "noord holland"), "Noord-Holland"),
    **dict.fromkeys(("zh", "zuid holland"), "Zuid-Holland"),
    **dict.fromkeys(("nb", "noord brabant", "brabant"), "Noord-Brabant"),
    **dict.fromkeys(("l", "li", "limburg"), "Limburg"),
    **dict.fromkeys(("gld", "gl", "gelderland"), "Gelderland"),
    **dict.fromkeys(("o", "ov", "overijssel"), "Overijssel"),
    **dict.fromkeys(("u", "ut", "utrecht"), "Utrecht"),
    **dict.fromkeys(("gn", "gr", "groningen"), "Groningen"),
    **dict.fromkeys(("z", "ze", "zl", "zeeland"), "Zeeland"),
    **dict.fromkeys(("fr", "friesland", "fryslan"), "Friesland"),
    **dict.fromkeys(("dr", "drenthe"), "Drenthe"),
    **dict.fromkeys(("fl", "flevoland"), "Flevoland"),
}
# Province codes the BAG writes after a name without brackets ("Bergen L", "Elst Ut").
_BARE_CODES = frozenset({"l", "nh", "nb", "zh", "gld", "ut", "gn"})
# Gemeenten whose name the BAG writes after a woonplaats to tell it apart ("Hoogvliet Rotterdam",
# "Nieuwlande Coevorden", "'t Loo Oldebroek"); elsewhere a gemeente's name after a space is part
# of the place's own name ("Oude Pekela", "Klein Zundert").
GEMEENTE_SUFFIXES = frozenset({"rotterdam", "coevorden", "oldebroek"})

_BRACKETS = re.compile(r"^(?P<base>.*?)\s*\((?P<qualifier>[^)]*)\)\s*$")
_IN_GEMEENTE = re.compile(r"^(?P<base>.*?)\s*(?:,\s*)?\b(?:gemeente|gem\.?)\s+(?P<gemeente>.+)$", re.I)
_CODE = re.compile(r"GM[0-9]{4}")
_GEMEENTE_PREFIX = re.compile(r"^gemeente\s+", re.I)
_PUNCT = re.compile(r"[^a-z0-9 ]+")


def normalise(text: str) -> str:
    """Case, accents, apostrophes, hyphens and spacing folded: "'s-Gravenhage" → "s gravenhage"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    text = _PUNCT.sub(" ", text.replace("-", " "))
    return " ".join(text.split())


@dataclass(frozen=True)
class Qualified:
    """A name split into its base and what tells it apart: a province or a gemeente."""

    base: str
    province: str = ""  # the province written out, "Noord-Holland"
    gemeente: str = ""  # normalised, "haarlem"


def split_name(text: str) -> Qualified:
    """"Bergen (NH.)" → Bergen in Noord-Holland; "Bergen L" → Bergen in Limburg;
    "Beek, gemeente Montferland" → Beek in the gemeente Montferland; "Hoofddorp" → Hoofddorp."""
    text = " ".join(text.split())
    if (found := _IN_GEMEENTE.match(text)) and found["base"] and not found["base"].endswith("("):
        return Qualified(found["base"].rstrip(", "), gemeente=normalise(found["gemeente"]))
    if found := _BRACKETS.match(text):
        base, qualifier = found["base"], found["qualifier"]
        if gemeente := _IN_GEMEENTE.match(qualifier):
            return Qualified(base, gemeente=normalise(gemeente["gemeente"]))
        province = PROVINCES.get(normalise(qualifier), "")
        return Qualified(base, province=province) if province else Qualified(text)
    head, _, last = text.rpartition(" ")
    if head:
        key = normalise(last)
        if key in _BARE_CODES:
            return Qualified(head, province=PROVINCES[key])
        for words in (2, 1):  # "Bergen Noord-Holland", "Hengelo Gelderland"
            parts = text.split(" ")
            if len(parts) > words and (province := _full_province(" ".join(parts[-words:]))):
                return Qualified(" ".join(parts[:-words]), province=province)
    return Qualified(text)


def _full_province(text: str) -> str:
    key = normalise(text)
    return PROVINCES[key] if len(key) > 3 and key in PROVINCES else ""


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word).upper()


class Municipality(Protocol):
    code: str
    name: str


@dataclass(frozen=True)
class Place:
    name: str  # as shown: "Hoofddorp", "Hengelo (Gelderland)", "Bergen (Noord-Holland)"
    code: str  # the gemeente's CBS code
    gemeente: str  # the gemeente's name as shown
    is_gemeente: bool  # the gemeente itself, not a place in it
    province: str = ""

    @property
    def label(self) -> str:
        """The choice as offered: "Bergen (Limburg)", "Beek, gemeente Montferland"."""
        return self.name if self.is_gemeente else f"{self.name}, gemeente {self.gemeente}"

    @property
    def ref(self) -> str:
        """What a form sends back for this choice; `PlaceIndex.find(ref)` gives this place alone
        (a gemeente's own name may be a woonplaats elsewhere too: Hoorn)."""
        return self.code if self.is_gemeente else self.label

    @property
    def note(self) -> str:
        """"Hoofddorp ligt in de gemeente Haarlemmermeer." ("" for a gemeente itself)."""
        return "" if self.is_gemeente else f"{self.name} ligt in de gemeente {self.gemeente}."


def shown_name(official: str) -> str:
    """A gemeente's name as people read it: "Bergen (NH.)" → "Bergen (Noord-Holland)"."""
    split = split_name(official)
    return f"{split.base} ({split.province})" if split.province else official


def _without_gemeente(base: str, gemeente: str) -> str:
    """Without the gemeente the BAG adds: "Hoogvliet Rotterdam" → "Hoogvliet", "Bavel AC" → "Bavel"
    (`gemeente`: the gemeente's name without its qualifier)."""
    head, _, last = base.rpartition(" ")
    if head and normalise(last) in GEMEENTE_SUFFIXES and normalise(last) == normalise(gemeente):
        return head
    if head and len(last) > 1 and last.isupper() and last == _initials(gemeente):
        return head
    return base


@dataclass(frozen=True)
class PlaceIndex:
    by_key: Mapping[str, tuple[Place, ...]]  # normalised name → its places, at most one per gemeente
    gemeenten: Mapping[str, Place]  # code → the gemeente as a place
    _keys: tuple[str, ...]  # sorted, for names that start with what was typed
    _by_pair: Mapping[str, tuple[str, ...]]  # two letters → the names that hold them

    @classmethod
    def of(
        cls, municipalities: Mapping[str, Municipality], aliases: Mapping[str, Iterable[str]]
    ) -> PlaceIndex:
        """`aliases`: each name as written (CSV, admin) → the codes of the gemeenten it names."""
        keyed: dict[str, dict[str, Place]] = {}

        def add(key: str, place: Place) -> None:
            places = keyed.setdefault(key, {})
            known = places.get(place.code)
            # One place per gemeente under a name: the gemeente itself, else the first by name.
            if known is None or (place.is_gemeente, known.name) > (known.is_gemeente, place.name):
                places[place.code] = place

        # A woonplaats named as its own gemeente is that gemeente ("Bergen (NH)", "Beuningen Gld",
        # "Amsterdam"); its suffix tells the gemeente's province where CBS gives none (Beuningen).
        names = [
            (alias, code, split) for alias, codes in aliases.items() if (split := split_name(alias))
            for code in codes if code in municipalities
        ]
        plain = {code: split_name(m.name).base for code, m in municipalities.items()}
        bases = {code: normalise(name) for code, name in plain.items()}
        provinces = {code: split.province for _alias, code, split in names
                     if split.province and normalise(split.base) == bases[code]}
        gemeenten = {}
        for code, municipality in municipalities.items():
            split, shown = split_name(municipality.name), shown_name(municipality.name)
            place = Place(shown, code, shown, True, split.province or provinces.get(code, ""))
            gemeenten[code] = place
            add(bases[code], place)
            add(normalise(municipality.name), place)
        for alias, code, split in names:
            if normalise(split.base) == bases[code]:
                place = gemeenten[code]
                add(normalise(alias), place)
                continue
            base = _without_gemeente(split.base, plain[code])
            name = f"{base} ({split.province})" if split.province else base
            place = Place(name, code, gemeenten[code].name, False, split.province)
            add(normalise(base), place)
            add(normalise(alias), place)
        by_key = {
            key: tuple(sorted(places.values(), key=lambda p: (not p.is_gemeente, p.label.casefold())))
            for key, places in keyed.items()
            if key
        }
        by_pair: dict[str, list[str]] = {}
        for key in sorted(by_key):
            for pair in _pairs(key):
                by_pair.setdefault(pair, []).append(key)
        return cls(by_key, gemeenten, tuple(sorted(by_key)), {p: tuple(keys) for p, keys in by_pair.items()})

    def find(self, text: str) -> tuple[Place, ...]:
        """The places a typed name can mean: none, one, or several (then ask which one)."""
        typed = _GEMEENTE_PREFIX.sub("", " ".join(text.split()))
        if _CODE.fullmatch(typed.upper()):
            place = self.gemeenten.get(typed.upper())
            return (place,) if place else ()
        split = split_name(typed)
        if split.province or split.gemeente:
            # "Afferden (Limburg), gemeente Bergen (Limburg)": the place may carry a province too.
            inner = split_name(split.base) if split.gemeente else Qualified(split.base)
            narrowed = tuple(
                p for p in self.by_key.get(normalise(inner.base), ())
                if _within(p, split) and (not inner.province or p.province == inner.province)
            )
            if narrowed:
                return narrowed
        # As written ("Hoogvliet Rotterdam"), else without any qualifier ("Den Haag (ZH)").
        return self.by_key.get(normalise(typed), ()) or self.by_key.get(normalise(_unbracketed(typed)), ())

    def suggest(self, text: str, limit: int = 5) -> tuple[Place, ...]:
        """Known places whose names look like what was typed: close in spelling ("Dordrect"),
        else starting with it ("Dord")."""
        key = normalise(_unbracketed(_GEMEENTE_PREFIX.sub("", text.strip())))
        if len(key) < 2:
            return ()
        # Only names that share the most letter pairs are compared in full: fast enough per request.
        shared = Counter(k for pair in set(_pairs(key)) for k in self._by_pair.get(pair, ()))
        pool = [k for k, _count in shared.most_common(_POOL)]
        close = difflib.get_close_matches(key, pool, n=limit, cutoff=_CLOSE)
        start = bisect.bisect_left(self._keys, key)
        starting = []
        if len(key) >= 3:
            for k in self._keys[start:]:
                if not k.startswith(key):
                    break
                if k not in close:
                    starting.append(k)
        starting.sort(key=lambda k: (len(k), k))
        found: dict[tuple[str, str], Place] = {}
        for k in [*close, *starting]:
            for place in self.by_key[k]:
                found.setdefault((place.code, place.name), place)
        return tuple(found.values())[:limit]


_POOL = 40  # names compared in full with what was typed
_CLOSE = 0.8  # how alike (difflib's ratio) a name must be to be suggested: "dordrect" ~ "dordrecht" 0.94


def _pairs(key: str) -> list[str]:
    padded = f" {key} "
    return [padded[i : i + 2] for i in range(len(padded) - 1)]


def _within(place: Place, split: Qualified) -> bool:
    if split.gemeente:
        return split.gemeente in {normalise(place.gemeente), normalise(split_name(place.gemeente).base)}
    return place.province == split.province


def _unbracketed(text: str) -> str:
    found = _BRACKETS.match(text)
    return split_name(found["base"]).base if found else split_name(text).base
