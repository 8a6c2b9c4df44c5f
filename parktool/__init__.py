"""parktool: study Chinese industrial parks through what is written about them.

The public Python API; importing it loads nothing heavy (no segmenter, no OpenCC):

    from parktool import Corpus
    with Corpus.open("parktool.db") as corpus:
        for doc in corpus.documents():
            ...
"""

from parktool.corpus import Corpus, Document
from parktool.errors import ExitCode, ParktoolError

__version__ = "0.1.0"

__all__ = ["Corpus", "Document", "ExitCode", "ParktoolError", "__version__"]
