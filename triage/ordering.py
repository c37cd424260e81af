"""The order of the result: one rule, said on the result page in one sentence (triage.wording).

Fits before possibles; then, within each: what serves the person's wish; for a person with EPA in
care, the approaches in which work and care go together (the desk study: they do best for that
group); then the Dutch evidence of this programme itself (an evaluation with a control group, then
a measurement of results, then none); then the offer in the person's region before a national one.
The international figures of a kind of support are context on the card, never a key here.
"""

from __future__ import annotations

from programmes import vocabulary as vocab
from triage.outcome import FIT, Match


def order_key(m: Match) -> tuple[int, int, int, int, int, str, str]:
    return (
        0 if m.fit == FIT else 1,
        0 if m.serves_wish else 1,
        0 if m.integrated_first else 1,
        vocab.EVIDENCE_RANK.get(m.programme.dutch_evidence, len(vocab.EVIDENCE_RANK)),
        0 if m.regional else 1,
        m.programme.name.casefold(),
        m.programme.slug,
    )
