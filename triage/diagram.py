"""The stroomschema as a decision diagram: questions, the answers that branch, and groups of trajectories.

Pure but for translation (the words are marked with gettext_noop and said in the request's
language while the graph is built, so it is built per language): no ORM, no request. Three parts:

1. `question_edges()`: which question follows which, and on which answers, derived from
   `triage.flow` alone (its questions, options and `asked_when` branches).
2. `build(catalogue)`: the graph with its leaves. A leaf is a group of trajectories that an answer
   opens ("bijstand → aanbod via de gemeente"); its trajectories are found by the real matcher on
   answers that stand for the leaf, and it names who pays from the programmes' funding rows for
   the benefits on its path. Built once per catalogue version (the view keeps it with the snapshot).
3. `route(graph, answers)`: a person's path through it (nodes, edges, leaves), a cheap second step.

The drawing is `triage.diagram_layout`; the groups' words are beside their answers in
`triage.diagram_groups`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from django.utils.translation import gettext, gettext_noop

from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, ProgrammeData
from triage import flow, matching
from triage.diagram_groups import BENEFIT_GROUPS, GROUP_BY_KEY, LEAF_SPECS, REST, BenefitGroup, LeafSpec
from triage.outcome import FIT, POSSIBLE
from triage.wording import diagram as words

END = "advies"  # the node after the last question
EVERY = frozenset()  # an edge taken on every answer
OTHER_ANSWER = gettext_noop("Elk ander antwoord")
FOUND = (FIT, POSSIBLE)  # what the result page lists as "past" and "past misschien"


@dataclass(frozen=True)
class Edge:
    source: str  # a question key
    target: str  # a question key, a leaf id or END
    values: frozenset[str] = EVERY  # the source's answers that take this edge; empty: every answer
    label: str = ""  # "" for an edge taken on every answer

    @property
    def id(self) -> str:
        return f"{self.source}>{self.target}"


# --- 1. Questions and the answers that branch -----------------------------------------------------


def _branching_keys() -> frozenset[str]:
    return frozenset(cond.key for q in flow.QUESTIONS for cond in q.asked_when)


def _next_index(start: int, known: Mapping[str, str]) -> int:
    """The first question after `start` that is asked, given the branching answers known."""
    for index in range(start + 1, len(flow.QUESTIONS)):
        if all(known.get(cond.key) in cond.values for cond in flow.QUESTIONS[index].asked_when):
            return index
    return len(flow.QUESTIONS)


def question_edges() -> tuple[Edge, ...]:
    """Every step from one question to the next, with the answers that take it.

    Walks the flow from its first question, carrying only the answers later questions branch on,
    so a question reached on several paths is one node with several incoming edges.
    """
    branching = _branching_keys()
    taken: dict[tuple[str, str], set[str | None]] = {}
    seen: set[tuple[int, frozenset]] = set()
    todo: list[tuple[int, dict[str, str]]] = [(0, {})]
    while todo:
        index, known = todo.pop()
        question = flow.QUESTIONS[index]
        answers: list[str | None] = (
            [o.value for o in question.options] if question.key in branching else [None]
        )
        for answer in answers:
            after = {**known, question.key: answer} if answer is not None else known
            following = _next_index(index, after)
            target = flow.QUESTIONS[following].key if following < len(flow.QUESTIONS) else END
            taken.setdefault((question.key, target), set()).add(answer)
            state = (following, frozenset(after.items()))
            if following < len(flow.QUESTIONS) and state not in seen:
                seen.add(state)
                todo.append((following, after))
    return _labelled(taken)


def _labelled(taken: Mapping[tuple[str, str], set[str | None]]) -> tuple[Edge, ...]:
    order = {key: i for i, key in enumerate((*flow.KEYS, END))}
    by_source: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for (source, target), values in taken.items():
        every = None in values or values >= {o.value for o in flow.BY_KEY[source].options}
        by_source.setdefault(source, []).append((target, EVERY if every else frozenset(values)))
    edges = []
    for source, targets in by_source.items():
        question = flow.BY_KEY[source]
        widest = max((len(values) for _, values in targets), default=0)
        for target, values in sorted(targets, key=lambda item: order[item[0]]):
            if not values or len(targets) == 1:
                label = ""
            elif len(values) == widest and len(values) > 1:
                label = gettext(OTHER_ANSWER)
            else:
                label = gettext(" of ").join(question.option_label(o.value) for o in question.options
                                             if o.value in values)
            edges.append(Edge(source, target, values, label))
    return tuple(sorted(edges, key=lambda e: (order[e.source], order[e.target])))


# --- 2. Leaves: groups of trajectories, found by the matcher ---------------------------------------


@dataclass(frozen=True)
class Payer:
    group: str  # a BenefitGroup key, or "" when the leaf's path fixes the benefit
    when: str  # "bij bijstand" (said in the graph's language), or "" as above
    payers: tuple[str, ...]  # most common first: the catalogue's own names

    def pieces(self, short: bool = False) -> tuple[words.Piece, ...]:
        """The sentence with the payers' names marked as catalogue text."""
        return words.payer_pieces(self.when, self.payers, short)

    def sentence(self, short: bool = False) -> str:
        """'Betaalt bij bijstand: meestal Gemeente' (short) or '…: meestal Gemeente; ook UWV'."""
        return words.text_of(self.pieces(short))


@dataclass(frozen=True)
class LeafProgramme:
    slug: str
    name: str
    integrated: bool  # work and care integrated (the order's second key for EPA in care)
    payers: tuple[Payer, ...]  # only for the benefits it has a funding row for

    @property
    def who_pays_pieces(self) -> tuple[words.Piece, ...]:
        if not self.payers:
            return ((words.no_payer(), False),)
        joined = [piece for payer in self.payers for piece in (("; ", False), *payer.pieces())]
        return tuple(joined[1:])

    @property
    def who_pays(self) -> str:
        return words.text_of(self.who_pays_pieces)


@dataclass(frozen=True)
class Leaf:
    spec: LeafSpec
    programmes: tuple[LeafProgramme, ...]
    payers: tuple[Payer, ...]  # the leaf's summary: per benefit group, or one line

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(frozen=True)
class Graph:
    questions: tuple[flow.Question, ...]
    edges: tuple[Edge, ...]  # questions to questions, to leaves and to END
    leaves: tuple[Leaf, ...]

    def edges_from(self, key: str) -> tuple[Edge, ...]:
        return tuple(edge for edge in self.edges if edge.source == key)

    def leaf(self, leaf_id: str) -> Leaf | None:
        return next((leaf for leaf in self.leaves if leaf.id == leaf_id), None)


def build(catalogue: Catalogue) -> Graph:
    leaves = [_leaf(spec, catalogue) for spec in LEAF_SPECS]
    placed = {p.slug for leaf in leaves for p in leaf.programmes}
    rest = [p for p in _published(catalogue) if p.slug not in placed]
    if rest:
        leaves.append(_leaf_of(REST, rest))
    leaf_edges = tuple(Edge(leaf.spec.after, leaf.id, label=leaf.spec.edge_label) for leaf in leaves)
    order = {key: i for i, key in enumerate(flow.KEYS)}
    edges = sorted(
        (*question_edges(), *leaf_edges),
        key=lambda e: (order[e.source], e.target not in order and e.target != END),
    )
    return Graph(questions=flow.QUESTIONS, edges=tuple(edges), leaves=tuple(leaves))


def _published(catalogue: Catalogue) -> list[ProgrammeData]:
    return [p for p in catalogue.programmes if p.status == vocab.Status.PUBLISHED]


def representatives(spec: LeafSpec, extra: Mapping[str, str] | None = None) -> list[dict[str, str]]:
    """One set of answers per combination of the values on the leaf's path (all else unanswered)."""
    keys = sorted(spec.when)
    combos = itertools.product(*(sorted(spec.when[key]) for key in keys))
    return [{**dict(zip(keys, combo, strict=True)), **spec.assume, **(extra or {})} for combo in combos]


def found_by_matcher(answer_sets: list[dict[str, str]], catalogue: Catalogue) -> set[str]:
    """The published programmes the matcher finds (fit or possible) for any of these answers."""
    unique = list({tuple(sorted(a.items())): a for a in answer_sets}.values())
    found: set[str] = set()
    for programme in _published(catalogue):
        # Only answers the programme's own limits admit can find it (offerings only narrow them):
        # asking the matcher about the others would cost time and never change the outcome.
        for answers in (a for a in unique if _admits(programme, a)):
            assessed = matching.assess(programme, answers, catalogue)
            if assessed is not None and assessed.fit in FOUND:
                found.add(programme.slug)
                break
    return found


def _admits(programme: ProgrammeData, answers: Mapping[str, str]) -> bool:
    for key, field_name in vocab.ELIGIBILITY_FIELDS.items():
        allowed = getattr(programme, field_name)
        if allowed and key in answers and answers[key] not in allowed:
            return False
    return True


def _leaf(spec: LeafSpec, catalogue: Catalogue) -> Leaf:
    found = found_by_matcher(representatives(spec), catalogue)
    if spec.contrast:
        found -= found_by_matcher(representatives(spec, spec.contrast), catalogue)
    return _leaf_of(spec, [p for p in _published(catalogue) if p.slug in found])


def said(spec: LeafSpec) -> LeafSpec:
    """The leaf's words in the language of the request (the graph is built per language)."""
    return replace(spec, edge_label=gettext(spec.edge_label), title=gettext(spec.title),
                   note=gettext(spec.note))


def _leaf_of(spec: LeafSpec, programmes: list[ProgrammeData]) -> Leaf:
    groups = [GROUP_BY_KEY[spec.benefit_group]] if spec.benefit_group else list(BENEFIT_GROUPS)
    fixed = bool(spec.benefit_group)
    items = tuple(
        LeafProgramme(
            slug=p.slug, name=p.name, integrated=p.integrated_care,
            payers=tuple(line for group in groups if (line := _payer(group, [p], fixed)).payers),
        )
        for p in sorted(programmes, key=lambda p: (not p.integrated_care, p.name.casefold()))
    )
    summary = tuple(_payer(group, programmes, fixed) for group in groups)
    return Leaf(spec=said(spec), programmes=items, payers=tuple(line for line in summary if line.payers))


def _payer(group: BenefitGroup, programmes: list[ProgrammeData], fixed: bool) -> Payer:
    counts: Counter[str] = Counter()
    for programme in programmes:
        names = {short_payer(row.payer) for b in group.benefits if (row := programme.funding_for(b))}
        counts.update(name for name in names if name)
    ordered = tuple(name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    when = "" if fixed else gettext(group.phrase)
    return Payer(group="" if fixed else group.key, when=when, payers=ordered)


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def short_payer(text: str) -> str:
    """'Gemeente (Sociale Dienst Drechtsteden; …)' → 'Gemeente'; 'Werkgever; regelingen …' → 'Werkgever';
    '' when the source names no payer ('Niet vermeld in de bron')."""
    plain = _PARENTHESES.sub("", text or "")
    first = re.split(r"[;,]", plain, maxsplit=1)[0].strip()
    if first.casefold().startswith("niet vermeld"):
        return ""
    return first[:1].upper() + first[1:]


# --- 3. A person's route ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    nodes: frozenset[str] = frozenset()  # answered questions on the path (and END when all are)
    edges: frozenset[str] = frozenset()  # Edge.id
    leaves: frozenset[str] = frozenset()  # Leaf.id
    benefit_group: str = ""  # whose payer line applies to the person

    def __bool__(self) -> bool:
        return bool(self.nodes)


def route(graph: Graph, answers: Mapping[str, Any]) -> Route:
    """The person's path: questions answered, edges taken, groups opened (applying answers only)."""
    relevant = flow.relevant_answers(answers)
    if not relevant:
        return Route()
    asked = [q.key for q in flow.asked_questions(relevant)]
    nodes = set(relevant)
    edges = set()
    for index, key in enumerate(asked):
        if key not in relevant:
            continue
        target = asked[index + 1] if index + 1 < len(asked) else END
        edge = next((e for e in graph.edges_from(key) if e.target == target), None)
        if edge is not None:
            edges.add(edge.id)
    if flow.current_question(relevant) is None:
        nodes.add(END)
    leaves = {
        leaf.id for leaf in graph.leaves
        if leaf.spec.when and leaf.spec.after in relevant
        and all(relevant.get(key) in values for key, values in leaf.spec.when.items())
    }
    edges.update(f"{graph.leaf(leaf_id).spec.after}>{leaf_id}" for leaf_id in leaves)
    benefit = relevant.get("benefit")
    group = next((g.key for g in BENEFIT_GROUPS if benefit in g.benefits), "")
    return Route(frozenset(nodes), frozenset(edges), frozenset(leaves), group)
