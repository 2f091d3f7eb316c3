"""Doctest collection over src/newsie: modules of an optional extra that is not installed are skipped."""

import importlib.util

# newsie.ner._components is a spaCy component (extra newsie[spacy]); without spaCy it cannot import
collect_ignore = [] if importlib.util.find_spec("spacy") else ["src/newsie/ner/_components.py"]
