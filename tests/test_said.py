"""The catalogue's vocabulary said in the request's language (programmes.said)."""

import pytest
from django.utils import translation

from programmes import said


@pytest.mark.parametrize(
    ("low", "high", "dutch", "english"),
    [
        (18, 27, "van 18 tot en met 27 jaar", "aged 18 to 27"),
        (18, None, "vanaf 18 jaar", "aged 18 or over"),
        (None, 27, "tot en met 27 jaar", "aged up to 27"),
        (None, None, "", ""),
    ],
)
def test_an_age_range_in_both_languages(low, high, dutch, english):
    with translation.override("nl"):
        assert said.age_range(low, high) == dutch
    with translation.override("en"):
        assert said.age_range(low, high) == english
