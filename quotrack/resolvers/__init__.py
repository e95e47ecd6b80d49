"""Built-in resolvers, run in order after detection; each decides part of *who*."""

from .base import Resolver
from .floating import FloatingQuoteResolver

__all__ = ["FloatingQuoteResolver", "Resolver"]
