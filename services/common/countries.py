"""Country names for ISO 3166-1 alpha-2 codes, from pycountry."""

from __future__ import annotations

from functools import lru_cache

import pycountry

# Where pycountry's name is not the one news uses (it has no common_name for these).
NEWS_NAMES = {
    "RU": "Russia", "PS": "Palestine", "CD": "DR Congo", "CG": "Republic of the Congo", "XK": "Kosovo",
    "VN": "Vietnam", "CZ": "Czechia", "CV": "Cape Verde", "VA": "Vatican City", "BN": "Brunei",
}


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """Return the common (else short) English name of an ISO2 code, or the code itself if unknown."""
    if code.upper() in NEWS_NAMES:
        return NEWS_NAMES[code.upper()]
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name
