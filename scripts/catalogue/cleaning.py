"""Working notes out of the texts people read: citations in brackets, "seed", line numbers, table labels.

`clean` only removes or renames; running it twice gives the same text. Texts that need more than
that are written out in full in `truth.py`.
"""

from __future__ import annotations

import re

# How a text names a document once the working name goes.
_DOCUMENT_NAMES = [
    (r"[Ss]eed 003 \(deskstudie 2025\)", "de deskresearch (2025)"),
    (r"[Ss]eed 004 \(januari 2021\)", "het onderzoek naar de regionale samenwerking (januari 2021)"),
    (r"Tabel 3 van seed 003", "Het overzicht van het Nederlandse aanbod in de deskresearch"),
    (r"\bSeed 003\b", "De deskresearch"), (r"\bseed 003\b", "de deskresearch"),
    (r"\bSeed 002\b", "De Monitor Voorbeeldprojecten"), (r"\bseed 002\b", "de Monitor Voorbeeldprojecten"),
    (r"\bSeed 004\b", "Het onderzoek naar de regionale samenwerking"),
    (r"\bseed 004\b", "het onderzoek naar de regionale samenwerking"),
    (r"\bSeed 000\b", "Het evaluatierapport"), (r"\bseed 000\b", "het evaluatierapport"),
    (r"\bSeed 001\b", "De Twentse businesscase"), (r"\bseed 001\b", "de Twentse businesscase"),
    (r"\bDe seeds\b", "De bronnen"), (r"\bde seeds\b", "de bronnen"),
    (r"\bDe seed\b", "De bron"), (r"\bde seed\b", "de bron"),
    (r"\bin Tabel 1\b", "in het internationale "
                        "overzicht"), (r"\buit Tabel 1\b", "uit het internationale overzicht"),
    (r"\bIn Tabel 3\b", "In het overzicht van het Nederlandse aanbod"),
    (r"\bTabel 3\b", "het overzicht van het Nederlandse aanbod"),
]
# A bracket that holds only a citation: "(seed 003, r. 1380–1381)", "(r. 2140–2142)", "(Tabel 3)".
_CITATION = re.compile(
    r"\s*\((?:zie [^()]*;\s*)?(?:seed \d{3}[^()]*|r\. [\d–, ]+[^()]*|Tabel \d[^()]*|seed \d{3})\)"
)


def clean(text: str) -> str:
    result = _CITATION.sub("", text)
    # a citation at the end of a bracket that also says something: "(…; seed 004, r. 209, 1131)"
    result = re.sub(r";\s*seed \d{3}(?:, )?(?:r\. [\d–, ]+)?(?=\))", "", result)
    result = re.sub(r",?\s*seed \d{3}, r\. [\d–, ]+(?=[;)])", "", result)
    result = re.sub(r"\s*\(r\. [\d–, ]+\)", "", result)
    for pattern, replacement in _DOCUMENT_NAMES:
        result = re.sub(pattern, replacement, result)
    result = re.sub(r"\s+([.,;:])", r"\1", result).replace("..", ".").strip()
    return result


# What no text people read may contain (the tests hold the same rule).
WORKING_NOTE = re.compile(r"seed|\br\. ?\d|tabel \d", re.IGNORECASE)
