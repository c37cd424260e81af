"""The stroomschema as a decision diagram: the graph from the flow, leaves from the matcher, a
person's route, the layout, and the page at the HTTP boundary (drawing and text alike)."""

import re

import pytest
from django.test import Client

from programmes.services import catalogue_changed
from tests.factories import OfferingFactory, ProgrammeFactory
from tests.helpers import give_answers, load_shipped_catalogue, without_csrf_token
from triage import diagram, flow
from triage.diagram import END, Edge
from triage.diagram_layout import layout, outline, wrap_pieces
from triage.personas import NOT_IN_CARE, NOTHING_FITS, YULIUS_CLIENT

# --- The graph from the flow alone (no database) ----------------------------------------------------

CARE_PROVIDER_LABEL = flow.BY_KEY["care"].option_label("specialist_ggz")
MENTAL_LABEL = flow.BY_KEY["concern"].option_label("mental")


def test_question_edges_follow_the_flows_branches():
    edges = {(e.source, e.target): e for e in diagram.question_edges()}
    assert set(edges) == {
        ("concern", "care"), ("concern", "situation"),
        ("care", "care_provider"), ("care", "severity"),
        ("care_provider", "severity"), ("severity", "situation"), ("situation", "benefit"),
        ("benefit", "wish"), ("wish", "municipality"), ("municipality", "age"), ("age", END),
    }
    assert edges["concern", "care"] == Edge("concern", "care", frozenset({"mental"}), MENTAL_LABEL)
    assert edges["concern", "situation"].values == {"other_limitation", "none"}
    assert edges["concern", "situation"].label == diagram.OTHER_ANSWER
    assert edges["care", "care_provider"].label == CARE_PROVIDER_LABEL
    assert edges["care", "severity"].values == {"basic_ggz", "protected_living", "none"}
    assert edges["situation", "benefit"].values == diagram.EVERY
    assert edges["situation", "benefit"].label == ""


@pytest.mark.parametrize(("answers", "expected"), [
    ({"concern": "mental", "care": "specialist_ggz"}, "care_provider"),
    ({"concern": "mental", "care": "basic_ggz"}, "severity"),
    ({"concern": "none"}, "situation"),
])
def test_every_answer_leads_where_the_wizard_goes(answers, expected):
    last = list(answers)[-1]
    edge = next(e for e in diagram.question_edges()
                if e.source == last and (not e.values or answers[last] in e.values))
    assert edge.target == expected == flow.current_question(answers).key


@pytest.mark.parametrize(("text", "short"), [
    ("Gemeente (Sociale Dienst Drechtsteden; in Twente de woongemeente)", "Gemeente"),
    ("UWV (uitvoering door een re-integratiebedrijf met raamovereenkomst)", "UWV"),
    ("Werkgever; regelingen van UWV of gemeente", "Werkgever"),
    ("Gemeente, alleen als die IPS voor niet-uitkeringsgerechtigden wil betalen", "Gemeente"),
    ("Instituut Gak (vermogensfonds) en gemeenten", "Instituut Gak en gemeenten"),
    ("Niet vermeld in de bron", ""),
    ("", ""),
])
def test_who_pays_is_shortened_to_the_payer(text, short):
    assert diagram.short_payer(text) == short


# --- Leaves from the shipped catalogue, found by the matcher ---------------------------------------


@pytest.fixture
def shipped(db):
    load_shipped_catalogue()
    from programmes.snapshot import get_catalogue

    return get_catalogue()


@pytest.fixture
def graph(shipped):
    return diagram.build(shipped)


def test_every_published_programme_is_in_a_group_a_branch_opens(shipped, graph):
    published = {p.slug for p in shipped.programmes if p.status == "published"}
    in_leaves = {p.slug for leaf in graph.leaves for p in leaf.programmes}
    assert in_leaves == published
    assert diagram.REST.id not in {leaf.id for leaf in graph.leaves}  # nothing left over
    ended = {p.slug for p in shipped.programmes if p.status != "published"}
    assert ended
    assert not ended & in_leaves


def test_the_groups_are_the_ones_the_research_names(graph):
    names = {leaf.id: {p.slug for p in leaf.programmes} for leaf in graph.leaves}
    assert {"ips", "werk-als-beste-zorg"} <= names["groep-zorg"]
    assert {"uwv-werkfit-maken", "uwv-naar-werk"} <= names["groep-uwv"]
    assert "gemeentelijke-re-integratie" in names["groep-gemeente"]
    assert "gemeentelijke-re-integratie" in names["groep-geen-uitkering"]
    assert "participatieve-aanpak-op-de-werkplek" in names["groep-werk-behouden"]
    # In care with lighter complaints: what care opens there, without the programmes for EPA only.
    assert "werk-als-beste-zorg" in names["groep-zorg-licht"]
    assert "ips" not in names["groep-zorg-licht"]
    # Programmes that need care are with care, not in the groups by benefit.
    assert not names["groep-zorg"] & (names["groep-gemeente"] | names["groep-uwv"])


def test_each_group_names_who_pays_for_the_benefit_on_its_path(graph):
    leaf = {leaf.id: leaf for leaf in graph.leaves}
    assert leaf["groep-uwv"].payers[0].sentence(short=True) == "Betaalt: meestal UWV"
    assert leaf["groep-gemeente"].payers[0].payers[0] == "Gemeente"
    by_group = {p.group: p.payers[0] for p in leaf["groep-zorg"].payers}
    assert by_group == {"bijstand": "Gemeente", "uwv": "UWV", "geen": "Gemeente"}


def test_a_programme_no_group_finds_is_shown_as_another_trajectory(db):
    ProgrammeFactory(slug="nergens", name="Nergens aangeboden")  # no offering: found by no one
    OfferingFactory(programme=ProgrammeFactory(slug="overal", name="Overal", benefits=["bijstand"]))
    catalogue_changed()
    from programmes.snapshot import get_catalogue

    graph = diagram.build(get_catalogue())
    rest = graph.leaf(diagram.REST.id)
    assert [p.slug for p in rest.programmes] == ["nergens"]
    assert Edge(flow.QUESTIONS[-1].key, rest.id, label=diagram.REST.edge_label) in graph.edges


# --- A person's route -------------------------------------------------------------------------------


def test_the_yulius_client_goes_through_care_to_the_integrated_group_and_the_gemeente(graph):
    path = diagram.route(graph, YULIUS_CLIENT.answers)
    assert path.nodes == {*flow.KEYS, END}
    assert path.leaves == {"groep-zorg", "groep-gemeente"}
    assert path.edges == {
        "concern>care", "care>care_provider", "care_provider>severity", "severity>situation",
        "situation>benefit", "benefit>wish", "wish>municipality", "municipality>age", "age>advies",
        "severity>groep-zorg", "benefit>groep-gemeente",
    }
    assert path.benefit_group == "bijstand"


@pytest.mark.parametrize(("answers", "leaves", "edges"), [
    (NOT_IN_CARE.answers, {"groep-gemeente"}, {"care>severity", "severity>situation"}),
    (NOTHING_FITS.answers, {"groep-geen-uitkering"}, {"concern>situation"}),
    (YULIUS_CLIENT.with_answers(severity="mild_moderate"), {"groep-zorg-licht", "groep-gemeente"},
     {"severity>groep-zorg-licht"}),
    (YULIUS_CLIENT.with_answers(severity="unknown"), {"groep-gemeente"}, {"severity>situation"}),
    (YULIUS_CLIENT.with_answers(situation="sick_listed", benefit="ziektewet"),
     {"groep-zorg", "groep-werk-behouden"}, {"situation>groep-werk-behouden"}),
    ({"concern": "mental"}, set(), set()),  # the next question is not answered yet: no edge drawn
    ({}, set(), set()),
])
def test_route_for_other_people(graph, answers, leaves, edges):
    path = diagram.route(graph, answers)
    assert path.leaves == leaves
    assert edges <= path.edges
    assert all(e.split(">")[0] in path.nodes for e in path.edges)


def test_an_answer_to_a_question_that_no_longer_applies_is_not_on_the_route(graph):
    answers = YULIUS_CLIENT.with_answers(concern="none")  # care, provider, severity kept aside
    path = diagram.route(graph, answers)
    assert not path.nodes & {"care", "care_provider", "severity"}
    assert "concern>situation" in path.edges
    assert "groep-zorg" not in path.leaves


# --- The layout -------------------------------------------------------------------------------------


def overlaps(a, b) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


def test_the_layout_puts_questions_top_to_bottom_and_branches_side_by_side(graph):
    drawing = layout(graph)
    boxes = {box.id: box for box in drawing.boxes}
    tops = [boxes[key].y for key in (*flow.KEYS, END)]
    assert tops == sorted(tops)
    assert boxes["care"].x > boxes["concern"].x < boxes["care_provider"].x
    assert boxes["care_provider"].x > boxes["care"].x == boxes["severity"].x
    assert all(not overlaps(a, b) for a in drawing.boxes for b in drawing.boxes if a is not b)
    assert all(boxes[leaf.id].x > boxes["care_provider"].x + boxes["care_provider"].width
               for leaf in graph.leaves)
    assert drawing.width <= 800  # small: a laptop shows it whole


def test_lines_leaving_one_question_start_apart_and_skips_pass_no_box(graph):
    drawing = layout(graph)
    boxes = {box.id: box for box in drawing.boxes}
    starts: dict[str, list[float]] = {}
    for line in drawing.lines:
        if line.to_leaf:
            continue
        x = float(re.match(r"M([\d.]+) ", line.d).group(1))
        starts.setdefault(line.source, []).append(x)
        top, bottom = boxes[line.source].y + boxes[line.source].height, boxes[line.target].y
        crossed = [b.id for b in drawing.boxes if b.x <= x <= b.x + b.width and top < b.y < bottom]
        assert crossed == [], (line.id, crossed)
    assert all(abs(a - b) >= 40 for xs in starts.values() for a in xs for b in xs if a is not b)


def test_the_outline_has_every_question_and_every_edge_once(graph):
    steps = outline(graph)
    assert [step.question.key for step in steps] == list(flow.KEYS)
    assert sorted(b.edge_id for step in steps for b in step.branches) == sorted(e.id for e in graph.edges)


# --- The page ---------------------------------------------------------------------------------------


def parts(body: str) -> tuple[str, str]:
    svg = body[body.index("<svg"):body.index("</svg>")]
    text = body[body.index('id="tekst-titel"'):]
    return svg, text


def ids(html: str, name: str) -> set[str]:
    return {value.replace("&gt;", ">") for value in re.findall(rf'data-{name}="([^"]+)"', html)}


def test_every_question_is_a_node_of_the_drawing(client, shipped):
    svg, _ = parts(client.get("/stroomschema").content.decode())
    assert ids(svg, "node") == {*flow.KEYS, END}
    for number, question in enumerate(flow.QUESTIONS, start=1):
        group = re.search(rf'data-node="{question.key}">(.*?)</g>', svg).group(1)
        shown = " ".join(re.findall(r'wr-dg__t--(?:number|title)"[^>]*>([^<]*)<', group))
        assert shown == f"{number} {question.title}"
        assert f"<title>{number}. {question.title}: {question.text}</title>" in group


def test_the_text_lists_the_same_tree_as_the_drawing(client, shipped):
    svg, text = parts(client.get("/stroomschema").content.decode())
    assert ids(text, "node") == ids(svg, "node")
    assert ids(text, "edge") == ids(svg, "edge") != set()
    assert ids(text, "leaf") == ids(svg, "leaf") == {leaf.id for leaf in diagram.build(shipped).leaves}
    published = {p.slug for p in shipped.programmes if p.status == "published"}
    linked = set(re.findall(r'href="/catalogus/([^/"]+)/"', text))
    assert linked == published


def test_the_persons_route_is_highlighted_in_drawing_and_text(client, shipped):
    body = client.get("/stroomschema").content.decode()
    for mark in ("wr-dg__box--path", "wr-dg__line--path", "(uw route)"):
        assert mark not in body
    give_answers(client, {**YULIUS_CLIENT.answers, "municipality": "Dordrecht"})
    svg, text = parts(client.get("/stroomschema").content.decode())
    marked = set(re.findall(r'wr-dg__box--path" data-(?:node|leaf)="([^"]+)"', svg))
    assert marked == {*flow.KEYS, END, "groep-zorg", "groep-gemeente"}
    lines = {m.replace("&gt;", ">") for m in re.findall(r'wr-dg__line--path" data-edge="([^"]+)"', svg)}
    assert lines == diagram.route(diagram.build(shipped), YULIUS_CLIENT.answers).edges
    assert text.count("(uw antwoord)") == len(flow.KEYS)
    assert text.count("(uw route)") == len(lines)


def test_no_answer_reaches_a_url(client, shipped):
    give_answers(client, {**YULIUS_CLIENT.answers, "municipality": "Dordrecht"})
    body = client.get("/stroomschema").content.decode()
    for href in re.findall(r'href="([^"]+)"', body):
        assert not {"?", "yulius", "bijstand"} & set(re.split(r"([?/=&])", href)), href


def test_the_drawing_is_kept_per_catalogue_version(client, shipped):
    from programmes.models import Programme

    assert "Naar werk (UWV)" in client.get("/stroomschema").content.decode()
    Programme.objects.filter(slug="uwv-naar-werk").update(name="Naar werk, hernoemd")  # no new version
    assert "Naar werk, hernoemd" not in client.get("/stroomschema").content.decode()
    catalogue_changed()
    assert "Naar werk, hernoemd" in client.get("/stroomschema").content.decode()


def test_a_large_group_names_its_first_trajectories_and_sends_the_rest_to_the_catalogue(client, db):
    from triage.diagram_layout import LISTED_PER_LEAF

    for number in range(LISTED_PER_LEAF + 5):
        OfferingFactory(programme=ProgrammeFactory(slug=f"breed-{number}", situations=["job_seeking"],
                                                   benefits=["bijstand"]))
    _, text = parts(client.get("/stroomschema").content.decode())
    group = text[text.index('data-leaf="groep-gemeente"'):]
    group = group[:group.index("</div>")]
    assert group.count('href="/catalogus/breed-') == LISTED_PER_LEAF
    assert "En nog 5 trajecten" in group


def test_asking_the_matcher_only_about_admitted_programmes_finds_the_same(shipped):
    from triage import matching

    for spec in diagram.LEAF_SPECS:
        answer_sets = diagram.representatives(spec) + diagram.representatives(spec, spec.contrast)
        everything = {m.programme.slug for a in answer_sets for m in matching.match(a, shipped).matches}
        assert diagram.found_by_matcher(answer_sets, shipped) == everything


def test_prepared_parts_never_carry_one_persons_route_to_another(client, shipped):
    from django.test import Client

    give_answers(client, {**YULIUS_CLIENT.answers, "municipality": "Dordrecht"})
    client.get("/stroomschema")
    other = Client()
    give_answers(other, {**NOTHING_FITS.answers, "municipality": "Vaals"})
    svg, text = parts(other.get("/stroomschema").content.decode())
    marked = set(re.findall(r'wr-dg__box--path" data-(?:node|leaf)="([^"]+)"', svg))
    assert marked == {"concern", "situation", "benefit", "wish", "municipality", "age", END,
                      "groep-geen-uitkering"}
    mine = re.findall(r'wr-dg__t--mine"[^>]*>([^<]*)<', svg) + re.findall(r'pays--mine">([^<]*)<', text)
    assert "zonder uitkering" in " ".join(mine)  # no benefit: that payer line is theirs
    assert not any("bij bijstand" in line or "UWV-uitkering" in line for line in mine)
    svg, text = parts(client.get("/stroomschema").content.decode())
    assert 'wr-dg__box--path" data-leaf="groep-zorg"' in svg
    mine = re.findall(r'pays--mine">([^<]*)<', text)
    assert mine
    assert all("bij bijstand" in line for line in mine)
    assert "wr-dg__box--path" not in parts(Client().get("/stroomschema").content.decode())[0]


def test_the_drawing_is_kept_per_language_with_the_catalogues_names_marked_dutch(client, shipped):
    english = client.get("/en/stroomschema").content.decode()
    dutch = client.get("/stroomschema").content.decode()
    svg, text = parts(english)
    assert "Offered through the gemeente" in svg
    assert "Aanbod via de gemeente" not in svg
    assert '• <tspan lang="nl">Werk als Beste Zorg</tspan>' in svg
    assert 'Who pays: mostly <tspan lang="nl">Gemeente</tspan>' in svg
    assert 'href="/en/catalogus/ips/" lang="nl">' in text
    assert "go on to <a" in text
    assert "verder met" not in text
    assert "Aanbod via de gemeente" in parts(dutch)[0]
    assert "Offered through" not in dutch
    assert 'lang="nl"' not in parts(dutch)[0]  # a Dutch page marks nothing
    assert "en 4 andere trajecten (zie de lijst)" in dutch
    assert "and 4 other programmes (see the list)" in english
    # The Dutch words it keeps (bijstand, UWV, gemeente) are explained in the glossary, in English only.
    assert 'are explained in the <a class="utrecht-link" href="/en/woordenlijst">glossary</a>' in english
    assert "/woordenlijst" not in dutch.split("<main", 1)[1].split("</main>")[0]


def test_the_payers_sentence_marks_only_the_names_as_catalogue_text():
    payer = diagram.Payer(group="bijstand", when="bij bijstand", payers=("Gemeente", "UWV", "Werkgever"))
    assert payer.sentence() == "Betaalt bij bijstand: meestal Gemeente; ook UWV, Werkgever"
    assert payer.pieces(short=True) == (("Betaalt bij bijstand: meestal ", False), ("Gemeente", True))
    assert diagram.Payer("", "", ()).pieces() == (("Betaalt: niet vermeld in de bronnen", False),)
    lines = wrap_pieces(payer.pieces(short=True), 150, 12.5)  # 24 characters a line
    assert lines == [("Betaalt bij bijstand:", ""), ("meestal ", "Gemeente")]


@pytest.mark.django_db
def test_the_page_is_drawn_once_for_everyone_with_the_same_answers_and_anew_after_a_catalogue_change(client):
    load_shipped_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    first = client.get("/stroomschema")
    assert "triage/stroomschema.html" in [t.name for t in first.templates]
    other = Client()
    give_answers(other, YULIUS_CLIENT.answers)
    again = other.get("/stroomschema")
    assert [t.name for t in again.templates] == []
    assert without_csrf_token(again.content.decode()) == without_csrf_token(first.content.decode())
    give_answers(other, {"benefit": "ww"})
    assert "triage/stroomschema.html" in [t.name for t in other.get("/stroomschema").templates]
    extra = ProgrammeFactory(slug="nieuw", name="Nieuw traject", benefits=["bijstand"])
    OfferingFactory(programme=extra)
    catalogue_changed()
    assert "triage/stroomschema.html" in [t.name for t in client.get("/stroomschema").templates]
