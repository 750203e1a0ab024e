"""Embedded media as typed records: the lead picture, captioned images, audio and video players."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

import copydesk
from copydesk.extract.furniture import AMP_MEDIA, MAX_ITEMS
from copydesk.extract.page import read_head
from copydesk.model import Media
from tests.extract.markup import needs_segment_fast

URL = "https://news.example.com/2024/05/03/story"
STORY = "<h1>The council approves the bridge</h1>" + "<p>The council met on Tuesday and voted for the plan after a long debate.</p>" * 4


def _media(body: str, head: str = "") -> list[Media]:
    html = f"<html><head>{head}</head><body><article>{STORY}{body}</article></body></html>"
    return copydesk.extract(html, url=URL).media


def _images(body: str, head: str = "") -> list[tuple[str | None, str | None]]:
    return [(m.title, m.url) for m in _media(body, head) if m.kind == "image"]


def test_a_figure_s_image_is_listed_with_its_caption_as_title() -> None:
    figure = '<figure><img src="/img/bridge.jpg" alt="A bridge"><figcaption>The new bridge at dawn.</figcaption></figure>'
    assert _images(figure) == [("The new bridge at dawn.", "https://news.example.com/img/bridge.jpg")]


@pytest.mark.parametrize(
    ("img", "expected"),
    [
        ('<img src="data:image/gif;base64,R0lGOD" data-src="/img/lazy.jpg">', "https://news.example.com/img/lazy.jpg"),
        ('<img srcset="/img/s.jpg 320w, /img/l.jpg 640w">', "https://news.example.com/img/s.jpg"),
        ('<img src="data:image/gif;base64,R0lGOD">', None),  # a placeholder alone: no picture to name
    ],
    ids=["lazy", "srcset", "placeholder-only"],
)
def test_lazy_loaded_and_srcset_images_are_read_where_their_address_is(img: str, expected: str | None) -> None:
    images = _images(f"<figure>{img}<figcaption>A caption for the picture.</figcaption></figure>")
    assert [url for _title, url in images] == ([expected] if expected else [])


def test_a_classed_caption_names_the_picture_beside_it() -> None:
    body = '<div><img src="https://cdn.example.com/p/1.png"><p class="wp-caption-text">Residents at the meeting.</p></div>'
    assert _images(body) == [("Residents at the meeting.", "https://cdn.example.com/p/1.png")]


def test_the_lead_picture_comes_first_and_once_when_the_story_shows_it_at_another_size() -> None:
    head = '<meta property="og:image" content="https://cdn.example.com/photo.jpg?w=1200">'
    figure = '<figure><img src="https://cdn.example.com/photo.jpg?w=620"><figcaption>The mayor speaks.</figcaption></figure>'
    other = '<figure><img src="https://cdn.example.com/map.png"><figcaption>The route.</figcaption></figure>'
    assert _images(figure + other, head) == [
        ("The mayor speaks.", "https://cdn.example.com/photo.jpg?w=1200"),  # the caption titles the lead picture
        ("The route.", "https://cdn.example.com/map.png"),
    ]


def test_pictures_served_by_a_script_with_different_queries_are_different_pictures() -> None:
    head = '<meta property="og:image" content="https://cdn.example.com/image.php?id=1">'
    figure = '<figure><img src="https://cdn.example.com/image.php?id=2"><figcaption>Another one.</figcaption></figure>'
    assert len(_images(figure, head)) == 2


def test_the_article_s_json_ld_image_is_the_lead_without_og_image() -> None:
    ld = {"@type": "NewsArticle", "headline": "x", "image": [{"@type": "ImageObject", "url": "/lead.webp"}, "/second.jpg"]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert _images("", head) == [(None, "https://news.example.com/lead.webp")]


def test_og_image_alt_titles_the_lead_picture() -> None:
    head = '<meta property="og:image" content="/lead.jpg"><meta property="og:image:alt" content="The bridge from the river">'
    assert _images("", head) == [("The bridge from the river", "https://news.example.com/lead.jpg")]


def test_audio_players_and_podcast_embeds_are_audio() -> None:
    body = (
        '<audio controls><source src="/audio/interview.mp3" type="audio/mpeg"></audio>'
        '<iframe src="https://w.soundcloud.com/player/?url=https://soundcloud.com/x/y" title="The podcast"></iframe>'
        '<iframe src="https://www.youtube.com/embed/abc" title="The video"></iframe>'
    )
    players = [(m.kind, m.title, m.url) for m in _media(body) if m.kind != "image"]
    assert players == [
        ("audio", None, "https://news.example.com/audio/interview.mp3"),
        ("audio", "The podcast", "https://w.soundcloud.com/player/?url=https://soundcloud.com/x/y"),
        ("video", "The video", "https://www.youtube.com/embed/abc"),
    ]


@needs_segment_fast
def test_the_compiled_head_scan_reads_audio_as_the_query_does() -> None:
    html = '<html><body><audio src="/a.mp3" title="A"></audio><audio><source src="/b.ogg"></audio><video src="/c.mp4"></video></body></html>'
    compiled, queried = read_head(LexborHTMLParser(html)).media, read_head(LexborHTMLParser(html), compiled=False).media
    assert compiled == queried == [("audio", "/a.mp3", "A", None), ("audio", "/b.ogg", None, None), ("video", "/c.mp4", None, None)]


def test_an_address_too_long_to_be_one_is_not_kept() -> None:
    # a 5 MB "src" is a blob; og:image is cut like every meta value, and a cut address points elsewhere
    big = "https://cdn.example.com/" + "a" * 5_000_000
    head = f'<meta property="og:image" content="{big}">'
    body = f'<figure><img src="{big}.jpg"><figcaption>A caption here.</figcaption></figure><video src="{big}" title="Clip"></video>'
    media = [(m.kind, m.title, m.url) for m in _media(body, head)]
    assert media == [("video", "Clip", None)]


AMP_EMBEDS = (
    '<amp-youtube data-videoid="dQw4w9WgXcQ" width="480" height="270" title="Highlights"></amp-youtube>'
    '<amp-twitter data-tweetid="885634330868850689" width="375" height="472"></amp-twitter>'
    '<amp-instagram data-shortcode="fBwFP" width="400" height="400"></amp-instagram>'
    '<amp-video width="640" height="360" title="Clip"><source src="/clip.mp4" type="video/mp4"></amp-video>'
    '<amp-audio src="/talk.mp3"></amp-audio>'
    '<amp-iframe src="https://player.vimeo.com/video/12345" width="500" height="281"></amp-iframe>'
    '<amp-iframe src="https://maps.example.org/embed" width="500" height="281"></amp-iframe>'
    '<amp-brightcove data-account="1" data-video-id="2" width="480" height="270"></amp-brightcove>'
    '<amp-youtube width="480" height="270"></amp-youtube>'
)


def test_amp_media_components_are_listed_with_the_address_they_embed() -> None:
    """AMP pages (a news site's /amp/ copies) embed media as custom elements naming an id: the
    id becomes the item's address; a map in an amp-iframe and a component naming nothing are no media."""
    players = [(m.kind, m.title, m.url) for m in _media(AMP_EMBEDS) if m.kind != "image"]
    assert players == [
        ("video", "Highlights", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("social", None, "https://twitter.com/i/status/885634330868850689"),
        ("social", None, "https://www.instagram.com/p/fBwFP/"),
        ("video", "Clip", "https://news.example.com/clip.mp4"),
        ("audio", None, "https://news.example.com/talk.mp3"),
        ("video", None, "https://player.vimeo.com/video/12345"),
        ("video", None, None),
    ]


@needs_segment_fast
def test_the_compiled_head_scan_reads_amp_components_as_the_query_does() -> None:
    html = f"<html><body>{AMP_EMBEDS}</body></html>"
    compiled, queried = read_head(LexborHTMLParser(html)).media, read_head(LexborHTMLParser(html), compiled=False).media
    assert compiled == queried
    assert [row[:2] for row in compiled][:4] == [
        ("amp-youtube", "dQw4w9WgXcQ"), ("amp-twitter", "885634330868850689"), ("amp-instagram", "fBwFP"), ("amp-video", "/clip.mp4"),
    ]  # fmt: skip


def test_an_amp_img_in_a_figure_is_the_captioned_image() -> None:
    figure = '<figure><amp-img src="/img/bridge.jpg" width="600" height="400" alt="A bridge"></amp-img><figcaption>The new bridge at dawn.</figcaption></figure>'
    assert _images(figure) == [("The new bridge at dawn.", "https://news.example.com/img/bridge.jpg")]


def test_the_compiled_scan_knows_every_amp_component_furniture_lists() -> None:
    html = "<html><body>" + "".join(f'<{tag} src="/x"></{tag}>' for tag in AMP_MEDIA) + "</body></html>"
    assert [row[0] for row in read_head(LexborHTMLParser(html)).media] == list(AMP_MEDIA)[:MAX_ITEMS]


LAZY_FRAMES = (
    '<iframe data-src="https://www.youtube.com/embed/aaa" title="Lazy"></iframe>'  # no src until a script loads it
    '<iframe src="about:blank" data-src="https://player.vimeo.com/video/12345"></iframe>'  # a placeholder src
    '<iframe src="https://www.youtube.com/embed/bbb" data-src="https://www.youtube.com/embed/other"></iframe>'  # a src is the frame's
    '<iframe title="No address"></iframe>'
    '<blockquote class="twitter-tweet"><p>Text <a href="https://t.co/x1">link</a></p>&mdash; Jo (@jo) '
    '<a href="https://twitter.com/jo/status/42">May 1, 2024</a></blockquote>'
    '<iframe src="https://www.facebook.com/plugins/like.php?href=x"></iframe>'
)


def test_lazy_frames_tweets_and_social_buttons() -> None:
    """A lazy loader's iframe is read from its data-src (held-out: YouTube players framed by
    lazysizes and WordPress's oEmbed); a tweet is its status link; a like button is no post."""
    players = [(m.kind, m.title, m.url) for m in _media(LAZY_FRAMES) if m.kind != "image"]
    assert players == [
        ("video", "Lazy", "https://www.youtube.com/embed/aaa"),
        ("video", None, "https://player.vimeo.com/video/12345"),
        ("video", None, "https://www.youtube.com/embed/bbb"),
        ("social", None, "https://twitter.com/jo/status/42"),
    ]


@needs_segment_fast
def test_the_compiled_head_scan_reads_lazy_frames_and_tweets_as_the_query_does() -> None:
    html = f"<html><body>{LAZY_FRAMES * 30}</body></html>"  # past MAX_ITEMS rows too
    compiled, queried = read_head(LexborHTMLParser(html)).media, read_head(LexborHTMLParser(html), compiled=False).media
    assert compiled == queried
    assert len(compiled) == 50


def test_an_embedded_posts_address_is_the_posts_without_click_tracking() -> None:
    """Twitter's and Instagram's embed codes add "?ref_src=twsrc%5Etfw" and "utm_" parameters:
    the post's address is kept without them (other parameters stay); Facebook's older widget
    addresses ("/widgets/activity.php") are buttons and feeds, no posts."""
    body = (
        '<blockquote class="twitter-tweet"><p>Text</p><a href="https://twitter.com/jo/status/42?ref_src=twsrc%5Etfw">May 3</a></blockquote>'
        '<blockquote class="instagram-media"><a href="https://www.instagram.com/p/Bz1/?utm_source=ig_embed&amp;hl=de">A post</a></blockquote>'
        '<iframe src="http://www.facebook.com/widgets/activity.php?site=example.com"></iframe>'
    )
    assert [(m.kind, m.url) for m in _media(body) if m.kind != "image"] == [
        ("social", "https://twitter.com/jo/status/42"), ("social", "https://www.instagram.com/p/Bz1/?hl=de"),
    ]  # fmt: skip


@pytest.mark.parametrize(("address", "kept"), [
    ("https://x.com/a?lang=en&utm_medium=x&ref_src=y", "https://x.com/a?lang=en"),
    ("https://x.com/a?utm_source=ig", "https://x.com/a"),
    ("https://x.com/a?q=utm", "https://x.com/a?q=utm"),  # a value, not a name
    ("http://[::1?utm_x=1", "http://[::1?utm_x=1"),  # no address urllib reads: as it is
])  # fmt: skip
def test_tracking_parameters_leave_an_address(address: str, kept: str) -> None:
    from copydesk.extract.urls import without_tracking

    assert without_tracking(address) == kept


@needs_segment_fast
def test_the_compiled_scan_knows_the_lazy_loaders_placeholders_furniture_lists() -> None:
    """The compiled head scan's twin of `furniture.PLACEHOLDER_SOURCES` (a C function cannot
    import the furniture module, which imports the scan's loader) says the same."""
    from copydesk.extract import furniture, segment_fast

    assert segment_fast._PLACEHOLDER_SOURCES == furniture.PLACEHOLDER_SOURCES
