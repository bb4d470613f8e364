"""Text processing: sentence segmentation and tokenisation (offset-preserving, offline)."""

from entente.text.segment import split_sentences
from entente.text.tokenize import Token, tokenize

__all__ = ["Token", "split_sentences", "tokenize"]
