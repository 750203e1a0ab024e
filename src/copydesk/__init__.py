"""copydesk: clean, structured articles from raw news pages.

    >>> import copydesk
    >>> article = copydesk.extract(html_bytes, url="https://example.com/story")
    >>> article.title, article.text
    >>> copydesk.clean(scraped_text)  # text with the page furniture still in it
"""

from copydesk.clean.pipeline import clean
from copydesk.config import ExtractConfig
from copydesk.errors import CopydeskError, InputError
from copydesk.extract.pipeline import extract
from copydesk.model import Article, Block, BlockKind, Document, PageType, Source

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "CopydeskError",
    "Document",
    "ExtractConfig",
    "InputError",
    "PageType",
    "Source",
    "clean",
    "extract",
]
__version__ = "0.1.0"
