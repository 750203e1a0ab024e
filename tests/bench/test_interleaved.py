"""`score_systems` runs several extractors over the same pages, taking turns page by page."""

from __future__ import annotations

from copydesk.bench.datasets import Sample
from copydesk.bench.run import score_systems


def test_systems_take_turns_and_keep_their_own_inputs_and_scores() -> None:
    samples = [Sample("wcxb", str(i), f"https://example.org/{i}", b"", f"gold words {i}", "article") for i in range(3)]
    calls: list[tuple[str, str]] = []

    def system(name: str, answer: bool):  # type: ignore[no-untyped-def]
        def run(page_input: str, url: str | None) -> str:
            calls.append((name, page_input))
            return page_input if answer else "nothing alike"

        return run

    inputs = [f"gold words {i}" for i in range(3)]
    results = score_systems([("a", system("a", True), inputs), ("b", system("b", False), [f"b{i}" for i in range(3)])], samples)
    assert [name for name, _ in calls] == ["a", "b", "b", "a", "a", "b"]  # the order rotates page by page
    assert ("b", "b1") in calls and ("a", "gold words 1") in calls  # each system reads its own input for the page
    assert [r.name for r in results] == ["a", "b"]
    assert [p.page_id for p in results[1].pages] == ["0", "1", "2"]
    assert results[0].mean("f1") == 1.0 and results[1].mean("f1") == 0.0
