"""newsie's own extractors; importing this package registers them."""

from newsie.extractors import bylines, continuations, dates, segment, segment_flat  # noqa: F401
