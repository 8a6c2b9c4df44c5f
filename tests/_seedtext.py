"""The seeds as the extraction modules receive them: cleaned text, title and published date.

One helper, so that what "cleaned" means is decided in one place: parktool.clean, the cleaner
`ingest` runs before parks and metrics.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from parktool.clean import clean_text
from parktool.text import decode

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True)
class SeedText:
    name: str  # the seed's file name, as the scorer matches it
    text: str
    title: str
    published: str


def seed_texts() -> list[SeedText]:
    """Every seed, decoded and cleaned."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        cleaned = clean_text(decode(path.read_bytes(), name=path.name).text)
        out.append(SeedText(path.name, cleaned.text, cleaned.title, cleaned.published))
    return out
