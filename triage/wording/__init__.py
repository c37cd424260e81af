"""Every sentence a person reads about a match: client words (B1, "u"-form) and professional words.

Pure but for translation (every sentence is said in the language of the request; Dutch is the
source). The matcher decides (states, typed facts, typed openers); this package only turns those
decisions into words. The result page, the API, `manage.py recommend`, saved cases, the case
report and print all take their words from here, so one decision always reads the same.
"""

from programmes.said import catalogue_text, label
from triage.wording.advice import (
    GAP_ROUTES_CLIENT,
    WW_ROUTE,
    contact_route,
    contact_text,
    dutch_evidence,
    gap_routes,
    key_evidence,
    kind_figure,
    next_step,
    not_reached_texts,
    offering_details,
    order_sentence,
    own_contact,
    percent,
    study_line,
    ww_route,
)
from triage.wording.criteria import (
    CRITERION_TITLES,
    FIT_WORDS,
    STATE_WORDS,
    availability_texts,
    condition_text,
    criterion_text,
    criterion_title,
    fit_words,
    funding_routes,
    funding_text,
    payer_text,
    state_words,
    why_line,
)
from triage.wording.openers import names, opener_text
from triage.wording.phrases import join_and, join_or, phrase

__all__ = [
    "CRITERION_TITLES",
    "FIT_WORDS",
    "GAP_ROUTES_CLIENT",
    "STATE_WORDS",
    "WW_ROUTE",
    "availability_texts",
    "catalogue_text",
    "condition_text",
    "contact_route",
    "contact_text",
    "criterion_text",
    "criterion_title",
    "dutch_evidence",
    "fit_words",
    "funding_routes",
    "funding_text",
    "gap_routes",
    "join_and",
    "join_or",
    "key_evidence",
    "kind_figure",
    "label",
    "names",
    "next_step",
    "not_reached_texts",
    "offering_details",
    "opener_text",
    "order_sentence",
    "own_contact",
    "payer_text",
    "percent",
    "phrase",
    "state_words",
    "study_line",
    "why_line",
    "ww_route",
]
