"""Write parktool/data/places_since_cpca.tsv: the provinces, cities and counties of China's
current administrative divisions that cpca's table (2015-era) lacks: districts and cities
created or renamed since (坪山区 2016, 长垣市 2019, 钱塘区 2021 …).

The source is the division table jionlp ships (jionlp/dictionary/china_location.zip, compiled
from the Ministry of Civil Affairs' codes). jionlp is not a dependency of parktool; fetch it once:

    pip download --no-deps jionlp -d /tmp/jionlp
    python tools/places_since_cpca.py /tmp/jionlp/jionlp-*.whl

Left out: the statistical codes of development zones (adcode digits 5-6 in 71-79: 经开区 and
高新区 are parks, not places), management areas and new areas (names with a park's kind word),
Hong Kong, Macau and Taiwan (parks.toml lists Taiwan's cities; Hong Kong's districts, 南区 and
北区, would read inside park names).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import cpca

from parktool.parks import kind_of

OUT = Path(__file__).resolve().parent.parent / "parktool" / "data" / "places_since_cpca.tsv"
NOT_NAMES = ("直辖行政区划", "管理区", "管委会", "行政委员会", "示范区")


def rows(lines: list[str]) -> list[tuple[str, str, int]]:
    """(name, adcode, rank) of every province (0), city (1) and county (2) in the tab-indented
    table, in its order."""
    out = []
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip("\t\n").split("\t")
        if depth <= 2 and len(parts) >= 2:
            out.append((parts[0], parts[1], depth))
    return out


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as whl, zipfile.ZipFile(
            io.BytesIO(whl.read("jionlp/dictionary/china_location.zip"))) as inner:
        lines = inner.read("china_location.txt").decode("utf-8").splitlines()
    known = {info.name for info in cpca.ad_2_addr_dict.values()}
    new = [(name, code, rank) for name, code, rank in rows(lines)
           if name not in known and code[:2] not in ("71", "81", "82") and not "70" <= code[4:6] <= "79"
           and not name.endswith(NOT_NAMES) and not kind_of(name)]
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# name\tadcode\trank (0 province, 1 city, 2 county): divisions cpca lacks; "
                "written by tools/places_since_cpca.py\n")
        for name, code, rank in sorted(set(new), key=lambda r: (r[1], r[0])):
            f.write(f"{name}\t{code}\t{rank}\n")
    print(f"{OUT.name}: {len(set(new))} places", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
