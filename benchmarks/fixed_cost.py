"""The fixed cost of one page: copydesk and resiliparse on pages of a few blocks.

On a median dev page copydesk's time is about twice resiliparse's; on a page
of five paragraphs it is six to nine times (session 26: 472 against 81 µs, 888
against 186 µs at 80 paragraphs; session 60, with distinct paragraphs: 900
against 105 µs, 1,696 against 238 µs), because most of copydesk's stages (page type,
title, block selection, metadata, furniture) cost tens of microseconds a page
whatever the page holds: Python calls, NumPy calls on small arrays, model
walks of one row. This prints both medians for pages of 5, 20 and 80
paragraphs, taking turns call by call, so the part of the speed gap that does
not grow with the page can be read off.

    python benchmarks/fixed_cost.py
"""

from __future__ import annotations

import statistics
import time

import copydesk

SIZES = (5, 20, 80)  # paragraphs a page
CALLS = 1500
URL = "https://example.com/2024/05/03/a-story"
# Each paragraph its own (a number in it): the pipeline prints a paragraph repeated word for word
# once (`tidy.drop_repeats`), and a page of one paragraph printed 80 times is a scarce page, which
# selects its blocks three times (until session 60 this benchmark timed that page).
PARAGRAPH = "<p>Sentence {k} of the story here, with words, and a second clause that runs on a while.</p>"


def page(paragraphs: int) -> str:
    nav = "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
    return (
        "<html><head><title>A story - The Example</title></head><body>"
        f"{nav}<article><h1>A story</h1>{''.join(PARAGRAPH.format(k=k) for k in range(paragraphs))}</article><footer>© The Example</footer></body></html>"
    )


def main() -> None:
    from resiliparse.extract.html2text import extract_plain_text

    for size in SIZES:
        html = page(size)
        systems = {
            "copydesk": lambda html=html: copydesk.extract(html, URL),
            "resiliparse": lambda html=html: extract_plain_text(html, main_content=True),
        }
        times: dict[str, list[float]] = {name: [] for name in systems}
        for _ in range(100):  # warm up
            for run in systems.values():
                run()
        for _ in range(CALLS):
            for name, run in systems.items():
                start = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - start)
        ours, theirs = (statistics.median(times[name]) * 1e6 for name in ("copydesk", "resiliparse"))
        print(f"{size:3d} paragraphs: copydesk {ours:7.1f} us, resiliparse {theirs:7.1f} us ({ours / theirs:.1f}x)")


if __name__ == "__main__":
    main()
