"""The one spaCy component newsie's model needs besides tok2vec and ner: character bigrams.

The shipped model reads one token per character. Its tok2vec embeds each character
(``ORTH``) and the bigram it starts (``NORM``, set here), a cheap stand-in for word
boundaries. Importing this module registers the factory, so ``spacy.load`` of the model
folder works once ``newsie.ner`` is imported.
"""

from __future__ import annotations

import numpy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["char_bigrams"]

END = "\u2403"  # after the last character: a symbol that never occurs in text


@Language.component("newsie_char_bigrams")
def char_bigrams(doc: Doc) -> Doc:
    """Set each token's NORM to its text plus the next token's text.

    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> [t.norm_ for t in char_bigrams(nlp.make_doc("北京市"))]
    ['北京', '京市', '市\u2403']
    """
    strings = doc.vocab.strings
    words = [strings[o] for o in doc.to_array(ORTH).tolist()]  # no Token objects: 2x faster
    words.append(END)
    norms = numpy.fromiter((strings.add(a + b) for a, b in zip(words, words[1:])), dtype="uint64", count=len(doc))
    if len(doc):
        doc.from_array([NORM], norms.reshape(-1, 1))
    return doc
