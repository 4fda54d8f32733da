"""Write src/cspr_qa/data/pii/countries.txt: the world's countries by the names English
prose uses for them, from pycountry's ISO 3166-1 data (a build-time tool only; the package
ships the list, not pycountry).

Run: .venv/bin/pip install pycountry && .venv/bin/python scripts/build_country_list.py
"""

from __future__ import annotations

from pathlib import Path

import pycountry  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "src" / "cspr_qa" / "data" / "pii" / "countries.txt"
HEADER = """\
# Countries, by the names reviews use for them ("arrived from Ghana", "moved back to
# Romania"): ISO 3166-1 common and short names from pycountry (scripts/build_country_list.py).
# Read with places.txt: a capitalised word listed here is a place unless the sentence makes it
# a name. One a line.
"""

#: Countries whose names are also first names children in England are given ("Jordan was
#: excluded"): left out, so the name is judged by its sentence as any other first name is.
FIRST_NAMES = {"Chad", "Georgia", "India", "Israel", "Jordan", "Kenya"}


def names() -> list[str]:
    found: set[str] = set()
    for country in pycountry.countries:
        for attr in ("common_name", "name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                found.add(name)
    return sorted(found - FIRST_NAMES)


if __name__ == "__main__":
    OUT.write_text(HEADER + "\n".join(names()) + "\n", encoding="utf-8")
    print(f"written {OUT}")
