"""A template's filler text ("Lorem ipsum dolor sit amet, …") is nobody's content: it leaves
the page in text mode as in HTML mode (`patterns.is_filler`), though the line model keeps it."""

from __future__ import annotations

from tests.clean.conftest import LabelLines, kept_texts, labels_by_text

FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
STORY = "The insurer's combined ratio rose for a third year as storm claims outpaced the premiums it wrote in the state."
MENTION = "Designers fill an empty slot with lorem ipsum, a scrambled passage of Cicero, until the copy arrives."


def test_filler_lines_leave_and_a_mention_stays(label_all_kept: LabelLines) -> None:
    labelled = label_all_kept("\n".join([STORY, FILLER, MENTION, "LOREM IPSUM"]))
    kept = kept_texts(labelled)
    assert STORY in kept and MENTION in kept
    assert FILLER not in kept and "LOREM IPSUM" not in kept
    assert labels_by_text(labelled)[FILLER] == "boilerplate:filler"


def test_an_editors_markup_printed_as_text_goes_a_code_listings_xml_stays() -> None:
    import copydesk
    from tests.clean.bridge_story import STORY

    leak = ('<span data-mce-type="bookmark" style="display: inline-block; width: 0px; overflow: hidden;" '
            'class="mce_SELRES_start">\ufeff</span>')  # fmt: skip
    xml = '<Project> <PropertyGroup> <EnableAutoFormat Condition="true"> true </EnableAutoFormat> </PropertyGroup> </Project>'
    article = copydesk.clean("\n\n".join([STORY[0], leak, STORY[1], xml, *STORY[2:]]))
    assert "mce_SELRES_start" not in article.text
    assert "<PropertyGroup>" in article.text


COUNTRIES = ("Afghanistan Albania Algeria American Samoa Andorra Angola Anguilla Antarctica Antigua and Barbuda Argentina "
             "Armenia Aruba Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin "
             "Bermuda Bhutan Bolivia Botswana Brazil Brunei Bulgaria Burkina Faso Burundi Cambodia Cameroon Canada Chad "
             "Chile China Colombia Comoros Congo, Democratic Republic of the St. Lucia")  # fmt: skip


def test_a_drop_downs_options_on_one_line_leave_name_lists_and_listings_stay(label_all_kept: LabelLines) -> None:
    # a newsletter form's country list printed as one line; a paper's authors are written with
    # commas, a code listing's tree with symbols: those stay
    authors = ", ".join(f"Author{chr(65 + i % 26)} Surname{chr(65 + i // 26)}" for i in range(30))
    tree = " ".join(f"+-- Error{i} +-- Warning{i}" for i in range(15))
    labelled = label_all_kept("\n".join([STORY, COUNTRIES, authors, tree, MENTION]))
    kept = kept_texts(labelled)
    assert COUNTRIES not in kept and labels_by_text(labelled)[COUNTRIES] == "boilerplate:options"
    assert authors in kept and tree in kept and STORY in kept
