"""newsie's own extractors; importing this package registers them."""

from newsie.extractors import bylines, continuations, dates, figures, segment, segment_flat  # noqa: F401
from newsie import entities  # noqa: F401,E402  (registers newsie.entities.v1)
