"""Built-in resolvers, run in order after detection; each decides part of *who*.

============ ===============================================================
name         decides
============ ===============================================================
outlets      outlet speakers, ``the report`` -> the outlet, the carrying outlet
roles        names apart from role words; description and affiliation
names        surnames, titled and misspelt names -> full names; joint speakers
descriptions ``the official`` -> the official described before; unnamed sources
coref        pronouns, from a coreference component's clusters when there is one
pronouns     he/she/it/they/we -> the latest compatible speaker or entity
kinds        ``one tapper`` -> unnamed, ``the utility`` -> organization
floating     a lone quotation -> the speaker of the paragraph before
============ ===============================================================
"""

from .base import Resolver
from .coref import CorefResolver
from .descriptions import DescriptionResolver
from .floating import FloatingQuoteResolver
from .kinds import DescribedKindResolver
from .names import NameResolver
from .outlets import OutletResolver
from .pronouns import PronounResolver
from .roles import RoleResolver

__all__ = [
    "CorefResolver",
    "DescribedKindResolver",
    "DescriptionResolver",
    "FloatingQuoteResolver",
    "NameResolver",
    "OutletResolver",
    "PronounResolver",
    "Resolver",
    "RoleResolver",
]
