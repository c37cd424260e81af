"""Where everything of the stroomschema's decision diagram goes: a small layered layout.

Pure: a `triage.diagram.Graph` in, boxes, lines and text positions out (SVG user units, which are
CSS pixels at natural size). Deterministic, no solver:

- questions top to bottom, one row each, in the flow's order; a question asked only on a branch
  sits one column further right per condition, so branches stand side by side and an edge that
  skips a branch runs down the free strip on its left;
- groups of trajectories (leaves) in a column on the right, beside the question that opens them,
  stacked when they would overlap; their edges run right, down a bus line of their own, and in;
- text is wrapped by an estimate of its width (no font metrics on the server): generous enough
  for the common sans-serif fonts.

The words are said in the request's language (the drawing is kept per language); the catalogue's
own names (trajectories, payers) are kept apart in `Text.own`, for the page to mark them lang="nl".
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from django.utils.translation import gettext

from triage import flow
from triage.diagram import END, Graph, Leaf, LeafProgramme, build
from triage.wording import diagram as words

MARGIN = 8
Q_WIDTH = 212
COL_STEP = 64
LEAF_WIDTH = 244
LEAF_LABEL_WIDTH = 112  # room for an edge's words before its leaf
BUS_STEP = 12
TITLE_PX, TEXT_PX, LABEL_PX = 14, 12.5, 12
TITLE_LINE, TEXT_LINE, LABEL_LINE = 17, 15, 14
PAD = 10
ROW_GAP = 34
LEAF_GAP = 18
SHOWN_PER_LEAF = 6
LISTED_PER_LEAF = 40  # in the text; beyond that the catalogue lists them (a big catalogue stays a page)


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    kind: str  # "title" | "number" | "item" | "more" | "payer" | "label" | "sub"
    group: str = ""  # the benefit group a payer line is about ("" for all)
    own: str = ""  # after `text`: the catalogue's own words (a name), in the catalogue's language


@dataclass(frozen=True)
class Box:
    id: str  # a question key, a leaf id or END
    kind: str  # "question" | "leaf" | "end"
    x: float
    y: float
    width: float
    height: float
    texts: tuple[Text, ...]
    badge: tuple[float, float] | None = None  # the centre of a question's number circle
    tip: str = ""  # shown on hover: the question in full, or what the group is


@dataclass(frozen=True)
class Line:
    id: str  # Edge.id
    source: str
    target: str
    d: str  # SVG path data
    labels: tuple[Text, ...]
    to_leaf: bool


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    boxes: tuple[Box, ...]
    lines: tuple[Line, ...]


def wrap(text: str, width: float, px: float, bold: bool = False) -> list[str]:
    per_char = px * (0.56 if bold else 0.5)
    return textwrap.wrap(text, max(6, int(width / per_char)), break_long_words=False,
                         break_on_hyphens=False) or [""]


def wrap_pieces(pieces: tuple[words.Piece, ...], width: float, px: float) -> list[tuple[str, str]]:
    """Like `wrap`, each line split in its own words and the catalogue's words after them (the
    catalogue's words come last in a sentence: a payer's name)."""
    tagged = [(word, own) for text, own in pieces for word in text.split()]
    lines, start = [], 0
    for line in wrap(words.text_of(pieces), width, px):
        part = tagged[start:start + len(line.split())]
        start += len(part)
        said = " ".join(word for word, own in part if not own)
        named = " ".join(word for word, own in part if own)
        lines.append((f"{said} " if said and named else said, named))
    return lines


def layout(graph: Graph) -> Drawing:
    rows = [*graph.questions, None]  # None: the END node
    columns = {q.key: len(q.asked_when) for q in graph.questions} | {END: 0}
    question_right = MARGIN + max(columns.values()) * COL_STEP + Q_WIDTH
    boxes: dict[str, Box] = {}
    y = MARGIN
    for index, question in enumerate(rows):
        key = question.key if question else END
        x = MARGIN + columns[key] * COL_STEP
        box = _question_box(question, index, x, y) if question else _end_box(x, y)
        boxes[key] = box
        labels = [e for e in graph.edges_from(key) if e.label and e.target in columns]
        label_room = max((len(wrap(e.label, Q_WIDTH * 0.6, LABEL_PX)) for e in labels), default=0)
        y = box.y + box.height + max(ROW_GAP, label_room * LABEL_LINE + 18)
    lines = _question_lines(graph, boxes, question_right)
    leaf_boxes, leaf_lines = _leaves(graph, boxes, question_right)
    everything = [*boxes.values(), *leaf_boxes]
    width = max(b.x + b.width for b in everything) + MARGIN
    height = max(b.y + b.height for b in everything) + MARGIN
    return Drawing(round(width), round(height), tuple(everything), (*lines, *leaf_lines))


def _question_box(question: flow.Question, index: int, x: float, y: float) -> Box:
    title = wrap(flow.said(question.title), Q_WIDTH - 2 * PAD - 24, TITLE_PX, bold=True)
    height = PAD * 2 + len(title) * TITLE_LINE + 2
    texts = [Text(x + PAD + 9, y + PAD + 13, f"{index + 1}", "number")]
    texts += [Text(x + PAD + 24, y + PAD + 13 + i * TITLE_LINE, t, "title") for i, t in enumerate(title)]
    badge = (x + PAD + 9, y + PAD + 8.5)
    tip = f"{index + 1}. {flow.said(question.title)}: {flow.said(question.text)}"
    return Box(question.key, "question", x, y, Q_WIDTH, height, tuple(texts), badge=badge, tip=tip)


def _end_box(x: float, y: float) -> Box:
    texts = [Text(x + PAD, y + PAD + 13, gettext("Advies"), "title")]
    sub = wrap(gettext("passend, misschien passend of bijna passend"), Q_WIDTH - 2 * PAD, TEXT_PX)
    texts += [Text(x + PAD, y + PAD + 13 + TITLE_LINE + i * TEXT_LINE, w, "sub") for i, w in enumerate(sub)]
    return Box(END, "end", x, y, Q_WIDTH, PAD * 2 + TITLE_LINE + len(sub) * TEXT_LINE + 2, tuple(texts))


def _question_lines(graph: Graph, boxes: dict[str, Box], right: float) -> list[Line]:
    order = list(boxes)
    used_out: dict[str, list[float]] = {}
    chosen: list[tuple] = []
    for edge in graph.edges:
        if edge.target not in boxes:
            continue
        source, target = boxes[edge.source], boxes[edge.target]
        between = [boxes[k] for k in order[order.index(edge.source) + 1 : order.index(edge.target)]]
        x = _free_x(source, target, between, used_out.setdefault(edge.source, []))
        used_out[edge.source].append(x)
        chosen.append((edge, source, target, x))
    lines = []
    for edge, source, target, x in chosen:
        top, bottom = source.y + source.height, target.y
        if x is None:  # no straight way down: around the left of everything
            x = MARGIN / 2
            d = f"M{source.x + 12} {top} V{top + 8} H{x} V{bottom - 10} H{target.x + 12} V{bottom}"
        else:
            d = f"M{x} {top} V{bottom}"
        others = [o for o in used_out[edge.source] if o is not None and o > x]
        room = (min(others) if others else right) - x - 10
        words = wrap(edge.label, room, LABEL_PX) if edge.label else []
        labels = tuple(Text(x + 5, top + 13 + i * LABEL_LINE, w, "label") for i, w in enumerate(words))
        lines.append(Line(edge.id, edge.source, edge.target, d, labels, to_leaf=False))
    return lines


def _free_x(source: Box, target: Box, between: list[Box], taken: list[float]) -> float | None:
    """An x where a vertical line from source to target meets no box in between and no other
    edge leaving the same source."""
    low, high = max(source.x, target.x) + 12, min(source.x + source.width, target.x + target.width) - 12
    free = [(low, high)]
    for box in between:
        left, right = box.x - 8, box.x + box.width + 8
        pieces = ((a, min(b, left)) for a, b in free), ((max(a, right), b) for a, b in free)
        free = sorted(part for side in pieces for part in side if part[1] - part[0] >= 8)
    for a, b in free:
        # A straight step down takes the middle; a skip keeps to the left of its free strip.
        candidates = [a + 12, (a + b) / 2, b - 12] if between else [(a + b) / 2, a + 12, b - 12]
        for x in candidates:
            if a <= x <= b and all(abs(x - t) >= 40 for t in taken if t is not None):
                return round(x)
    return None


def _leaves(graph: Graph, boxes: dict[str, Box], right: float) -> tuple[list[Box], list[Line]]:
    sources = [key for key in boxes if any(leaf.spec.after == key for leaf in graph.leaves)]
    bus_room = BUS_STEP * max(len(sources) - 1, 0)
    leaf_x = right + 16 + bus_room + LEAF_LABEL_WIDTH
    placed: list[Box] = []
    lines: list[Line] = []
    bottom = MARGIN - LEAF_GAP
    for leaf in sorted(graph.leaves, key=lambda item: sources.index(item.spec.after)):
        source = boxes[leaf.spec.after]
        k = sources.index(leaf.spec.after)
        bus = right + 16 + BUS_STEP * (len(sources) - 1 - k)
        words = wrap(leaf.spec.edge_label, leaf_x - bus - 12, LABEL_PX)
        y = max(source.y, bottom + LEAF_GAP)
        box = _leaf_box(leaf, leaf_x, y)
        entry = y + 20  # beside the group's title
        exit_y = source.y + source.height / 2
        d = f"M{source.x + source.width} {exit_y} H{bus} V{entry} H{leaf_x}"
        # Under the arrow into the group: the line out of the question may run just above it.
        labels = tuple(Text(bus + 6, entry + 15 + i * LABEL_LINE, w, "label") for i, w in enumerate(words))
        placed.append(box)
        lines.append(Line(f"{leaf.spec.after}>{leaf.id}", leaf.spec.after, leaf.id, d, labels, to_leaf=True))
        bottom = box.y + box.height
    return placed, lines


def _leaf_box(leaf: Leaf, x: float, y: float) -> Box:
    inner = LEAF_WIDTH - 2 * PAD
    texts: list[Text] = []
    cursor = y + PAD + 13
    for line in wrap(leaf.spec.title, inner, TITLE_PX, bold=True):
        texts.append(Text(x + PAD, cursor, line, "title"))
        cursor += TITLE_LINE
    cursor += 2
    for programme in leaf.programmes[:SHOWN_PER_LEAF]:
        for i, line in enumerate(wrap(programme.name, inner - 12, TEXT_PX)):
            indent, text = (0, "• ") if i == 0 else (12, "")
            texts.append(Text(x + PAD + indent, cursor, text, "item", own=line))
            cursor += TEXT_LINE
    hidden = len(leaf.programmes) - SHOWN_PER_LEAF
    if hidden > 0:
        texts.append(Text(x + PAD + 12, cursor, words.more_programmes(hidden), "more"))
        cursor += TEXT_LINE
    if not leaf.programmes:
        texts.append(Text(x + PAD, cursor, gettext("Nu geen trajecten in de catalogus"), "more"))
        cursor += TEXT_LINE
    cursor += 4
    for payer in leaf.payers:
        for said, named in wrap_pieces(payer.pieces(short=True), inner, TEXT_PX):
            texts.append(Text(x + PAD, cursor, said, "payer", payer.group, own=named))
            cursor += TEXT_LINE
    tip = f"{leaf.spec.title}: {leaf.spec.note}"
    return Box(leaf.id, "leaf", x, y, LEAF_WIDTH, cursor - y - 13 + PAD + 4, tuple(texts), tip=tip)


# --- The same diagram as text: the nested list under the picture ----------------------------------


@dataclass(frozen=True)
class Branch:
    edge_id: str
    label: str  # the answers that take it; "Elk antwoord" for all
    question: flow.Question | None  # the next question, if it leads to one
    title: str  # that question's title, said ("" for END or a leaf)
    number: int  # that question's number (0 for END or a leaf)
    leaf: Leaf | None
    listed: tuple[LeafProgramme, ...] = ()  # the leaf's trajectories the text names
    unlisted: int = 0  # and how many more there are


@dataclass(frozen=True)
class Step:
    question: flow.Question
    number: int
    branches: tuple[Branch, ...]
    title: str  # the question's title and text, said in the drawing's language
    text: str


@dataclass(frozen=True)
class Picture:
    """What the stroomschema page draws, kept per catalogue version."""

    graph: Graph
    drawing: Drawing
    steps: tuple[Step, ...]


def outline(graph: Graph) -> tuple[Step, ...]:
    numbers = {q.key: i + 1 for i, q in enumerate(graph.questions)}
    steps = []
    for question in graph.questions:
        branches = []
        for edge in graph.edges_from(question.key):
            target, leaf = flow.BY_KEY.get(edge.target), graph.leaf(edge.target)
            programmes = leaf.programmes if leaf else ()
            branches.append(Branch(
                edge_id=edge.id, label=edge.label or gettext("Elk antwoord"), question=target,
                title=flow.said(target.title) if target else "", number=numbers.get(edge.target, 0),
                leaf=leaf, listed=programmes[:LISTED_PER_LEAF],
                unlisted=max(0, len(programmes) - LISTED_PER_LEAF),
            ))
        steps.append(Step(question, numbers[question.key], tuple(branches),
                          flow.said(question.title), flow.said(question.text)))
    return tuple(steps)


def picture_of(catalogue) -> Picture:
    graph = build(catalogue)
    return Picture(graph, layout(graph), outline(graph))
