"""copydesk: clean, structured articles from raw news pages.

    >>> import copydesk
    >>> article = copydesk.extract(html_bytes, url="https://example.com/story")
    >>> article.title, article.text
    >>> copydesk.clean(scraped_text)  # text with the page furniture still in it
    >>> for doc in copydesk.iter_documents(["crawl.warc.gz"]):  # a crawl's records, in this process
    ...     doc.article or doc.reason
"""

from copydesk.clean.pipeline import clean
from copydesk.config import ExtractConfig, FilterConfig
from copydesk.errors import CopydeskError, InputError
from copydesk.extract.pipeline import extract
from copydesk.model import Article, Block, BlockKind, Document, PageType, Source
from copydesk.run.stream import iter_documents

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "CopydeskError",
    "Document",
    "ExtractConfig",
    "FilterConfig",
    "InputError",
    "PageType",
    "Source",
    "clean",
    "extract",
    "iter_documents",
]
__version__ = "0.1.0"
