"""newsclean: scraped news pages (text or HTML) in, clean article text and metadata out.

    import newsclean
    article = newsclean.clean(scraped_text)      # or HTML, as str or bytes
    article.text, article.title, article.dateline, article.photo_credits
    for line in article.lines:                   # every decision, explained
        print(line.category, line.rule, line.text)

Where to look (docs/design.md has the whole map):

- ``pipeline.py``  ``clean()``: the data flow, top to bottom   ``batch.py``  ``clean_many()``
- ``decode.py``    bytes to text, HTML or not          ``extract.py``  HTML via trafilatura
- ``classify.py``  the core algorithm: a category for every line
- ``rules.py``     the named categories; their tables are ``patterns/*.json``
- ``credits.py``, ``bylines.py``, ``dates.py``, ``titles.py``, ``datelines.py``  metadata in lines
- ``features.py``  line features for the model in ``resources/line_model.json``
- ``metadata.py``  the Article's metadata fields      ``language.py``  language detection
- ``article.py``   the result types                   ``cli.py``       the ``newsclean`` command
- ``templates.py`` ``Cleaner``: lines a site repeats across its pages, learnt and removed
- ``archives.py``  WARC/WET records for the CLI     ``spark.py``, ``scrapy.py``  Spark UDF, Scrapy pipeline
"""

from newsclean.article import CATEGORIES, Article, Caption, Dateline, Line
from newsclean.batch import Failure, clean_many
from newsclean.pipeline import clean
from newsclean.templates import Cleaner

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES", "Article", "Caption", "Cleaner", "Dateline", "Failure", "Line", "__version__", "clean", "clean_many",
]
