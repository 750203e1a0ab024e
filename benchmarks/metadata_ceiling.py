"""How far issue 4's title and date targets are reachable on WCXB: where the misses' golds are.

For each page with a gold title or date, sorts copydesk's answer (as `copydesk bench` scores
it: `bench.metadata.norm` for titles, the calendar day for dates) into:

* title: right; the gold among the page's title candidates (`extract.title.title_inputs`: the
  h1s, h2s, og:title, JSON-LD headline, `<title>` and their parts, each also without a site
  name), so a better choice among them could reach it; or among none of them.
* date: right; the gold names no day ("2003-11": the bench counts it a miss); the gold is the page's modified day (copydesk read both dates and gives the
  published one); the gold day printed nowhere in the page's source (ISO or one of
  `DAY_FORMATS`), so no reader of the page can reach it; the rest.
* date convention: on the pages where copydesk read a published and a modified day that
  differ, how often the gold is the published day, the modified day, or neither.

The upper bound printed for the date adds the rest to the right answers: what a reader that
fixed every reachable miss would score, keeping the published day the convention the gold
follows on most pages.  An estimate: a day printed in a form not listed (another language's
month names) counts as printed nowhere.  By split (the domain-hash split the models use), then
overall.

    python benchmarks/metadata_ceiling.py ../shared/data/wcxb-dev
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections import Counter
from pathlib import Path

import copydesk
from copydesk.bench.datasets import Sample, read_dataset
from copydesk.bench.metadata import day, norm
from copydesk.extract.decode import decode_html, utf8_markup
from copydesk.extract.page import parse_page
from copydesk.extract.title import title_inputs, without_site_suffix
from copydesk.extract.urls import readable_url
from copydesk.model import Article

# How pages print a day, besides ISO 8601 ("2024-03-05"): the formats searched for in the
# page's source before a gold day is counted as printed nowhere ("%-d", a day without its
# leading zero, is the C library's of Linux and macOS).
DAY_FORMATS = (
    "%B %-d, %Y", "%B %d, %Y", "%b %-d, %Y", "%b %d, %Y", "%b. %-d, %Y", "%B %-d %Y", "%-d %B %Y",
    "%d %B %Y", "%-d %b %Y", "%m/%d/%Y", "%-m/%-d/%Y", "%d.%m.%Y", "%Y/%m/%d",
)  # fmt: skip


def title_verdict(sample: Sample, article: Article, html: str) -> str:
    gold = norm(sample.title)
    if norm(article.title) == gold:
        return "right"
    page = parse_page(utf8_markup(html), readable_url(sample.url))
    found, _rows, _rule = title_inputs(page)
    if any(gold in (norm(c.text), norm(without_site_suffix(c.text, page))) for c in found):
        return "among candidates"
    return "no candidate"


def printed_days(gold_day: str, source: str) -> bool:
    """Whether the page's source prints the day `gold_day` ("2024-03-05") in a usual form."""
    when = datetime.date.fromisoformat(gold_day)
    return gold_day in source or any(when.strftime(form) in source for form in DAY_FORMATS)


def date_verdict(sample: Sample, article: Article, html: str) -> str:
    gold = day(sample.published)
    if day(article.published) == gold:  # as the bench scores it: no day given for a gold naming none is right
        return "right"
    if gold is None:
        return "no day in the gold"
    if day(article.modified) == gold:
        return "gold is the modified day"
    if not printed_days(gold, html):
        return "printed nowhere"
    return "rest"


def convention(sample: Sample, article: Article) -> str | None:
    published, modified, gold = day(article.published), day(article.modified), day(sample.published)
    if gold is None or published is None or modified is None or published == modified:
        return None
    return "published" if gold == published else "modified" if gold == modified else "neither"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wcxb", type=Path)
    args = parser.parse_args(argv)
    titles: dict[str, Counter[str]] = {}
    dates: dict[str, Counter[str]] = {}
    conventions: dict[str, Counter[str]] = {}
    for sample in read_dataset(args.wcxb):
        html = decode_html(sample.html)
        article = copydesk.extract(html, url=sample.url)
        title = title_verdict(sample, article, html) if sample.title else None
        date = date_verdict(sample, article, html) if sample.published else None  # as the bench counts them
        kind = convention(sample, article) if sample.published else None
        for split in (sample.split, "all"):
            for counts, verdict in ((titles, title), (dates, date), (conventions, kind)):
                if verdict is not None:
                    counts.setdefault(split, Counter())[verdict] += 1
    for split in ("train", "valid", "all"):
        t, d, c = titles.get(split, Counter()), dates.get(split, Counter()), conventions.get(split, Counter())
        nt, nd = sum(t.values()), sum(d.values())
        print(f"{split}: title {t['right']}/{nt} ({t['right'] / max(nt, 1):.3f}); gold among the candidates "
              f"{t['among candidates']}, among none {t['no candidate']}")  # fmt: skip
        bound = (d["right"] + d["rest"]) / max(nd, 1)
        print(f"  date {d['right']}/{nd} ({d['right'] / max(nd, 1):.3f}); gold the modified day {d['gold is the modified day']}, "
              f"printed nowhere {d['printed nowhere']}, no day {d['no day in the gold']}, rest {d['rest']} (bound {bound:.3f})")  # fmt: skip
        print(f"  published and modified days differ on {sum(c.values())} pages: the gold is the published day on "
              f"{c['published']}, the modified on {c['modified']}, neither on {c['neither']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
