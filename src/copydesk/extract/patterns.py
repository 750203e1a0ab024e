"""Every class/id/role token and tag set extraction looks for, by concept.

One home for patterns: segmenting, features and metadata import from here.
Class/id patterns are regex fragments searched in of the lower-cased
``class + id + role + itemprop`` string, so ``sharebar`` and
``article-body`` both hit.  Each concept becomes one bit of a mask, and each
bit is a feature of the block classifier, so a pattern here is a signal the
model weighs, not a hard rule.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

try:  # the compiled hint scan (text_fast.pyx); a regex per text where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

# Subtrees never read: not visible text, or not content.  <noscript> is read:
# without scripts it is what a reader sees (Discourse forums serve their whole
# thread there).
SKIP_TAGS = frozenset(
    {
        "script", "style", "template", "svg", "math", "head", "iframe",
        "object", "embed", "canvas", "select", "option", "textarea", "input", "button",
        "map", "link", "meta", "audio", "video", "source", "track", "dialog", "title",
    }
)  # fmt: skip

# A hover card or tooltip printed inside a sentence: the visible trigger (a name, a term)
# is a span whose class names the widget, and the card (a photo, headlines, a glossary
# definition) is a classed span directly inside it, shown only on hover.  Removed with the
# SKIP_TAGS ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …" read "Rep. Ilhan Omar (D-Minn.)").
# Zyte 0.9753 -> 0.9764 (exact 97 -> 98; two pages up); WCXB +0.0001 (a glossary page up,
# a docs page whose API key sits in such a span down 0.0005).  Any span inside such a span
# (not only classed children): the same two Zyte pages, four WCXB pages; a tooltip-classed
# element inside another: 26 pages move, the WCXB sum down (visible tooltips are content).
POPUP_WORDS = ("tooltip", "popover", "rollover")
POPUP_SELECTOR = ", ".join(f'span[class*="{word}"] > span[class]' for word in POPUP_WORDS)

# Inline formatting with no say in what is content: the segment walk reads it as
# if unwrapped, its text merged with the text around it.  Links stay: their
# text makes link density.
UNWRAP_TAGS = (
    "span", "b", "i", "em", "strong", "font", "small", "u", "abbr", "cite", "code",
    "mark", "sub", "sup", "time", "s", "q", "bdi", "bdo", "dfn", "kbd", "samp", "var",
    "ins", "del", "big", "tt", "nobr", "wbr",
)  # fmt: skip

# Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "details", "dd",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "ul", "caption", "menu", "html", "legend", "label",
    }
)  # fmt: skip

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# Structural tags whose presence among a block's ancestors is a feature.
# Order matters: it is the bit order of `tag_mask`.
ANCESTOR_TAGS = (
    "nav", "header", "footer", "aside", "article", "main", "form", "li", "table",
    "figure", "blockquote", "pre", "a", "section", "dl",
)  # fmt: skip
ANCESTOR_TAG_BIT = {tag: 1 << i for i, tag in enumerate(ANCESTOR_TAGS)}

# Class/id/role/itemprop substrings, grouped by what they mark.
# Order matters: it is the bit order of `concept_mask`.
CONCEPT_PATTERNS: dict[str, tuple[str, ...]] = {
    "content": (
        "article", "content", "entry", "post-body", "postbody", "story", "main", "text",
        "body", "blog", "prose", "markdown", "rich-text", "richtext", "articlebody",
    ),
    "navigation": ("nav", "menu", "breadcrumb", "pagination", "pager", "skip", "toc", "tabs"),
    "header": ("header", "masthead", "topbar", "top-bar", "banner", "logo", "brand"),
    "footer": ("footer", "copyright", "colophon", "legal", "bottom", "contentinfo"),
    "sidebar": ("sidebar", "side-bar", "aside", "rail", "widget", "complementary", "secondary"),
    "comment": ("comment", "disqus", "respond", "reply", "discussion"),
    "share": ("share", "social", "sharing", "follow", "facebook", "twitter", "whatsapp"),
    "related": ("related", "recommend", r"more-", "also", "trending", "popular", "read-next", "outbrain", "taboola"),
    "ad": ("advert", r"\bads?\b", "sponsor", "promo", r"\bdfp", r"\bgpt", "adslot", "ad-slot"),
    "subscribe": ("newsletter", "subscribe", "signup", "sign-up", "paywall", "register", "login", "cookie", "consent", "gdpr", "modal", "popup"),
    "meta": ("byline", "author", "date", "time", "meta", "dateline", "tags", "category", "published"),
    "caption": ("caption", "credit", "figure", "photo", "image", "img", "media", "gallery", "video"),
    "hidden": ("hidden", "sr-only", "visually-hidden", "screen-reader", "d-none", "invisible"),
    "post": ("message", "post", "reply", "answer", "question", "thread", "review"),
    "product": ("product", "price", "spec", "description", "detail", "feature"),
    "listing": ("card", "item", "tile", "teaser", "result", "grid", "list"),
    # Concepts from here on are no feature of the block model (`FEATURE_CONCEPTS`): they are
    # read where a page type asks.  A product's customer reviews (`vetoes.SECTION_VETOES`;
    # a substring like its siblings: "preview" holds it too).
    "review": ("review",),
    # A call to action or a fundraising box ("custom-cta-letter", "donate-box"): on article
    # pages its blocks are the site asking its readers, not the story (`vetoes.SECTION_VETOES`).
    "appeal": (r"\bcta\b", "donat", "fundrais"),
    # A news site's recirculation module ("recirc-module": "Trending News", "More in …"): other
    # stories, not this one (`vetoes.SECTION_VETOES`).
    "recirculation": ("recirc",),
    # A forum post's signature, the board's notices and alerts ("Scam Alert …", "This topic is
    # old …") and the vote counts beside each answer: on forum pages they are no one's post
    # (`vetoes.SECTION_VETOES`).
    "forum_furniture": ("signature", "notice", "alert", "warning", "votecell", "vote-count", "votes"),
    # A readers' forum under a story (SPIP's "forum" list): its posts are comments there
    # (`pipeline._without_comments`); on a forum page they are the content.
    "forum": ("forum",),
}  # fmt: skip
CONCEPTS = tuple(CONCEPT_PATTERNS)
FEATURE_CONCEPTS = CONCEPTS[: CONCEPTS.index("review")]  # the block model's own_/any_/near_ columns
CONCEPT_BIT = {name: 1 << i for i, name in enumerate(CONCEPTS)}
# The feature concepts' bits: what the block model and the "nearest classed element" lookups
# read of an element's own concepts.  The later concepts ("review", "appeal", …) are read only by
# the page-type rules that ask for them: an element classed with one of those alone still
# counts as unclassed there, as when the block model was trained.
FEATURE_CONCEPT_MASK = sum(CONCEPT_BIT[name] for name in FEATURE_CONCEPTS)
# A plain literal of a concept that is no feature, listed under an earlier concept too
# ("review": a post, and a product's review), marks both: the regex and the compiled walk stop
# at its first concept, then add these bits.  (Among the feature concepts a literal keeps its
# first concept only, as the block model was trained: "reply" is a comment, not a post.)
SHARED_LITERAL_BITS: dict[str, int] = {
    literal: next(CONCEPT_BIT[name] for name, pats in CONCEPT_PATTERNS.items() if literal in pats)
    | sum(CONCEPT_BIT[name] for name in CONCEPTS[len(FEATURE_CONCEPTS) :] if literal in CONCEPT_PATTERNS[name])
    for name in CONCEPTS[len(FEATURE_CONCEPTS) :]
    for literal in CONCEPT_PATTERNS[name]
    if any(literal in CONCEPT_PATTERNS[feature] for feature in FEATURE_CONCEPTS)
}
assert all(re.fullmatch(r"[a-z-]+", literal) for literal in SHARED_LITERAL_BITS), "a shared concept literal must be plain"
CONCEPT_REGEX = re.compile(
    "|".join(
        f"(?P<{name}>{'|'.join(pats)})"
        for name, pats in CONCEPT_PATTERNS.items()
    )
)

# Characters that print nothing: soft hyphens and zero-width marks (a zero-width joiner left
# alone by an emoji picker, a spacer paragraph of them).
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))  # a `str.translate` table deleting them


def prints_nothing(text: str) -> bool:
    """Whether `text` is white space (any Unicode space) and invisible characters only."""
    return not text.translate(DROP_INVISIBLE).strip()


# A template's filler text, printed where an editor left a slot unfilled ("Lorem ipsum dolor
# sit amet, …" under "Heading Line"): never anyone's content.  Read at a text's start only: an
# article about the filler names it mid-sentence.
FILLER_OPENING = "lorem ipsum"


def is_filler(text: str) -> bool:
    """Whether `text` opens with a template's filler (`FILLER_OPENING`, case aside)."""
    return text[: len(FILLER_OPENING)].lower() == FILLER_OPENING


# A client-side template printed before its script ran: Angular's, Vue's, Handlebars' "{{ … }}"
# bindings ("{{article.author.fullName}} - {{article.date | date : 'dd/MM/yyyy'}}"), which a
# reader never sees.  A block is such a template when they make up most of its text (a code
# sample or a story about templates shows one among its sentences).
TEMPLATE_BINDING = re.compile(r"\{\{[^{}]{1,400}\}\}")
TEMPLATE_SHARE = 0.5


# Markup printed as text: a saved page's <noscript> whose tags were escaped when the page was
# serialised ("&lt;div&gt;&lt;a href=…ad server…&gt;"), a template that escaped an ad's code.
# A block is such markup when it opens on a tag, one tag has attributes, and tags make up most of it:
# bare tag names ("<table></table><li> in select", "<caption>, <col>: table elements") are a
# reference page's subject, and are left alone, as a story's one quoted tag is; a documentation
# page's, whose reader is shown markup, is never read so.
_OPENING_TAG = re.compile(r"\s*<[a-zA-Z][a-zA-Z0-9]*[\s/>]")
_ATTRIBUTED_TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*\s+[a-zA-Z-]+\s*=[^<>]*>")
_TAG = re.compile(r"<[^<>]*>")
MARKUP_SHARE = 0.5


def is_unrendered_template(text: str) -> bool:
    """Whether `TEMPLATE_BINDING`s make up more than TEMPLATE_SHARE of `text`."""
    return "{{" in text and sum(len(m) for m in TEMPLATE_BINDING.findall(text)) > TEMPLATE_SHARE * len(text)


def is_escaped_markup(text: str) -> bool:
    """Whether `text` is markup printed as text: it opens on a tag (`_OPENING_TAG`), holds one
    with attributes (`_ATTRIBUTED_TAG`), and tags make up MARKUP_SHARE of it or more."""
    if "<" not in text[:8] or _OPENING_TAG.match(text) is None or _ATTRIBUTED_TAG.search(text) is None:
        return False
    return sum(map(len, _TAG.findall(text))) >= MARKUP_SHARE * len(text)


# Inline style that hides an element from every reader.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Phrases that mark page furniture inside a block's own text, by concept.
# English-first but only one signal among many: each is a feature the block
# model weighs, and the text cleaner reuses them for its line labels.
# An ad slot's label standing alone, in English and the languages of `INTERFACE_LABELS_BY_CONCEPT`
# (Portuguese, Polish and Chinese since session 25), and in Indonesian, Turkish, Swedish and
# Norwegian, common in crawls ("Iklan" over a Zyte story's ad slot: the one word its text kept).
AD_LABELS = (
    "advert", "advertisement", "anzeige", "publicité", "publicidad", "publicidade", "pubblicità", "advertentie",
    "reklama", "реклама", "広告", "广告", "廣告", "iklan", "reklam", "annons", "annonse",
    "continue reading below", "story continues below", "article continues below", "continue reading the main story",
    "advertisement - story continues below", "advertisement story continues below", "video ad feedback",
)  # fmt: skip
# The page telling its reader the story goes on past an ad slot ("Story continues below
# advertisement", "Weiterlesen nach der Anzeige", "La suite après cette publicité", "Dalsza część
# artykułu pod reklamą"), in the languages of `AD_LABELS`: a line of no story, whatever holds it
# (`is_ad_notice`).  Regexes over lower-cased text, each holding an "ad" hint (`PHRASE_HINTS_BY_CONCEPT`).
AD_NOTICES = (
    r"\bcontinues? (?:below|after)(?: (?:the|this))? advertisement\b", r"^(?:skip|close) advertisement$",
    r"^advertisement\W+(?:scroll|story continues|continue)\b",
    r"\b(?:weiter(?:lesen)?|lesen sie) nach (?:der|dieser) (?:anzeige|werbung)\b",
    r"\bnach (?:der|dieser) (?:anzeige|werbung) (?:weiter|fortgesetzt)\b",
    r"\b(?:wird|geht) (?:nach|unter|unterhalb) (?:der|dieser) (?:anzeige|werbung) (?:fortgesetzt|weiter)\b",
    r"\b(?:la suite|continue|se poursuit) (?:après|sous) (?:cette|la) publicité\b",
    r"\b(?:sigue|continúa)(?: leyendo)? (?:después|tras|debajo) de(?:l| la)? publicidad\b",
    r"\bcontinua (?:após a|depois da) publicidade\b", r"\b(?:continua|prosegue) (?:dopo|sotto) (?:la|questa) pubblicità\b",
    r"\b(?:lees verder|gaat verder) (?:na|onder) de advertentie\b",
    r"\b(?:dalsza część|ciąg dalszy) (?:artykułu |tekstu |materiału )?(?:pod|poniżej) reklam",
)  # fmt: skip
BOILERPLATE_PHRASES: dict[str, tuple[str, ...]] = {
    "subscribe": (
        r"newsletter", r"subscri(?:be|ption)", r"sign up", r"signing up", r"\byour inbox", r"sent to your (?:e-?mail|inbox)",
        r"log in\b", r"login\b", r"create an? (?:free )?account", r"already a (?:member|subscriber)",
    ),
    "share": (r"\bshare (?:this|on)\b", r"\btweet\b", r"follow us", r"copy link"),
    "related": (r"^read more\b", r"^related\b", r"^see also\b", r"^more from\b", r"^recommended\b", r"^you may also like", r"^watch:"),
    "ad": (
        f"^(?:{'|'.join(AD_LABELS)})$", r"sponsored", r"adchoices", r"continues below advertisement", *AD_NOTICES,
    ),
    "consent": (r"cookies?\b", r"privacy policy", r"terms of (?:use|service)", r"accept all"),
    "legal": (r"©", r"\ball rights reserved\b", r"\bcopyright\b"),
    "script": (r"enable javascript", r"javascript (?:is )?(?:disabled|required|turned off)", r"turn on javascript", r"requires? javascript",
               r"browser (?:does not|doesn't) (?:seem to )?support", r"browser with javascript enabled", r"browser that supports javascript",
               r"playback (?:is|isn't) (?:unsupported|not supported)",  # a player's fallback ("Media playback is unsupported on your device")
               # a PHP error the server printed into the page ("Warning: session_start(): … in /home/…/x.php on line 145")
               r"^(?:warning|notice|deprecated|strict standards|(?:catchable )?fatal error|parse error): .{1,250}? in /\S+ on line \d+",
               # a typo-report widget's instruction, in any language ("Выделите текст и нажмите Ctrl+Enter")
               r"\bctrl\s*\+\s*enter\b"),
    "media": (r"click to play", r"^photo\s*:", r"^image\s*:", r"^video:", r"getty images", r"\bphoto(?:graph)? by\b"),
}  # fmt: skip
PHRASE_CONCEPTS = tuple(BOILERPLATE_PHRASES)

# The story's own address printed under it ("Permalink: http://heise.de/-2596987"): what follows
# is the page's (share buttons, teasers with their summaries), however much of it is prose
# (`clean.lines._taxonomy_start`; where later lines say "permalink" too, a thread's posts).
PERMALINK_LINE = re.compile(r"^permalink\s*:\s*https?://\S+$")
# Lines that close a news story without being part of it: who else reported or edited
# it, how to reach or follow the writer, "Like this:" share prompts, pointers to more
# coverage, a newsletter pitch.  The story's own last paragraph never reads like these.  Used on the
# article's last blocks only (`tidy.trim_closing_lines`), matched against lower-cased text.
CLOSING_LINE_PHRASES: dict[str, tuple[str, ...]] = {
    "credit": (
        r"\breporting by\b", r"\bcontributed (?:reporting|to this (?:report|story|article))\b", r"\bediting by\b",
        r"\bwriting by\b", r"^additional reporting\b", r"^contributing:",
    ),
    "contact": (
        r"\bmay be reached at\b", r"^reach (?:the )?(?:reporters?|writers?|\w+ \w+) (?:at|on)\b", r"^have a tip\b",
        r"^follow\b.{0,60}\bon (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok)\b", r"^follow @",
        r"^e-?mail \S.{0,40} at \S+@", r"\bfollow (?:him|her|them|us) (?:on (?:twitter|x|facebook|instagram)\b|@)",
        r"^folgen sie (?:uns|\w+(?: \w+)?) (?:auf|bei) (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b",
        r"^suivez-(?:nous|le|la) sur (?:twitter|x|facebook|instagram|linkedin)\b",
        r"^síguenos en (?:twitter|x|facebook|instagram|linkedin)\b", r"^siga-nos n[oa] (?:twitter|x|facebook|instagram|linkedin)\b",
        r"^seguici su (?:twitter|x|facebook|instagram|linkedin)\b",
    ),
    "share": (
        r"^like this(?: story| article| post)?\s*[:?!]", r"\bshare it with a friend\b",
        # WordPress's "Like this:" and share prompts in other languages
        r"^gefällt mir\s*:", r"^j'aime(?: ceci)?\s*:", r"^me gusta(?: esto)?\s*:", r"^mi piace(?: questo)?\s*:",
        r"^curtir(?: isso)?\s*:", r"^vind ik leuk\s*:", r"^teilen mit\s*:",
        r"^diese[nrs]? (?:beitrag|artikel|geschichte|seite) teilen$", r"^partager (?:cet article|sur)\b",
        r"^compartir (?:esta noticia|este artículo|en)\b", r"^condividi (?:questo articolo|su)\b",
    ),
    "subscribe": (r"^sign up\b", r"\bsubscribe to (?:our|\S+[’']s) (?:\w+ )?newsletters?\b"),
    "more": (
        r"^more great \w+ stories\b", r"^popular on\b", r"\bfull coverage of\b", r"^related coverage\b", r"^click here\b",
        r"^listen(?: to| live| back| again|\s*:)\s", r"^more ap\b", r"^continue (?:reading )?(?:on )?(?:the |to the )?next page\b",
        r"^you may also (?:like|enjoy)\b", r"^you might also (?:like|enjoy)\b", r"^lesen sie (?:auch|mehr)\b", r"^mehr zum thema\b",
        r"\bkönnte (?:sie|dich) auch interessieren\b", r"^(?:à )?lire aussi\b", r"^lee también\b", r"^leia também\b", r"^leggi anche\b",
    ),
    "taxonomy": (
        r"^(?:tags?|tagged(?: with)?|categor(?:y|ies)|posted in)\s*:", r"\bfiled under\s*:", r"^schlagw(?:ö|o)rter?\s*:", r"^stichw(?:ö|o)rter?\s*:",
        r"^mots[- ]cl(?:é|e)s\s*:", r"^(?:é|e)tiquettes\s*:", r"^etiquetas\s*:", r"^palabras clave\s*:", r"^parole chiave\s*:",
        r"^trefwoorden\s*:", r"^permalink\s*:",  # the story's own address under it ("Permalink: http://…")
        r"^getaggt mit\b", r"^verschlagwortet mit\b", r"^markiert mit\b", r"^kategorien?\s*:", r"^catégories?\s*:",
        # the story's topics, labelled ("Themen in diesem Artikel", "Topics in this article", "Related Topics …")
        r"^themen in diesem (?:artikel|beitrag)\b", r"^topics in this (?:article|story)\b", r"^related topics\b", r"^topics\s*:",
        # WordPress's entry meta under a post ("This entry was posted in News by admin. Bookmark the
        # permalink.") and its translations
        r"^this entry was posted\b", r"^dieser eintrag wurde\b", r"^dieser beitrag wurde\b", r"^cette entrée a été publiée\b",
        r"^esta entrada (?:fue|foi) publicada\b", r"^questa voce è stata pubblicata\b", r"^dit bericht (?:is|werd) geplaatst\b",
    ),
    # a feedback or notification widget under the story ("Was this article helpful?", "How useful was
    # this post?", "(Visited 1,902 times, 364 visits today)", "… receive notifications about new posts?")
    "feedback": (
        r"^was this (?:article|post|page|story|answer|information|content)\b.{0,20}\b(?:helpful|useful)",
        r"^how useful (?:was|is) this\b", r"^how helpful (?:was|is) this\b", r"^did you find this (?:article|post|page|story)\b.{0,20}\b(?:helpful|useful)",
        r"\bimprove this (?:post|article|page)\b", r"^\(?visited [\d,.]+ times?\b", r"\breceive notifications about new\b",
        r"^rate this (?:article|post|story)\b",
    ),
    # an author box's heading left alone at the end
    "author_box": (r"^about the author$", r"^über den autor$", r"^à propos de l'auteur$", r"^sobre (?:el|o) autor$"),
    # a pointer to the outlet's editorial standards under the story ("Our Standards: The Thomson
    # Reuters Trust Principles.", "Learn more about our editorial standards")
    "standards": (r"^our (?:editorial )?standards\b", r"^(?:read|learn more about) our (?:editorial )?standards\b"),
    # a comment section's house rules over it ("Comments are moderated", "The opinions expressed
    # below do not reflect …", "… as long as you follow the Rules of Conduct"); each holds a hint
    # of its own words, as common words ("comment", "welcome") made the regex run on many lines
    "comment_rules": (
        r"\bcomments are (?:not )?(?:moderated|pre-?screened|reviewed)\b", r"\b(?:views|opinions) expressed below\b",
        r"\b(?:views|opinions) expressed in (?:the |these )?comments\b", r"\brules of conduct\b", r"\bcommunity guidelines\b",
        r"\bkommentare werden (?:vor der veröffentlichung )?(?:moderiert|geprüft)\b", r"\bcommentaires sont (?:modérés|soumis à modération)\b",
        r"\bcomentarios (?:están|son|serán) (?:moderados|revisados)\b", r"\bcomentários (?:são|serão) (?:moderados|revisados)\b",
        r"\baprovados pelo moderador\b", r"\bcommenti sono moderati\b", r"الآراء الواردة أدناه",
    ),
}  # fmt: skip
CLOSING_LINE = re.compile("|".join(p for pats in CLOSING_LINE_PHRASES.values() for p in pats))
# Literals one of which every TAXONOMY_LINE alternative holds, lower-cased (a test checks it);
# CLOSING_LINE_HINTS holds them too.
TAXONOMY_HINTS = (
    "tag", "categor", "posted in", "filed under", "schlagw", "stichw", "mots", "tiquettes", "etiquetas", "palabras clave",
    "parole chiave", "trefwoorden", "getaggt", "verschlagwortet", "markiert mit", "kategorie", "catégorie",
    "entry was posted", "permalink", "themen in diesem", "topics", "eintrag wurde", "beitrag wurde", "entrée a été", "esta entrada", "questa voce", "dit bericht",
)  # fmt: skip
# A story's tags, categories or entry meta ("Tags: …", "Filed under: …", "This entry was posted in …"):
# the text cleaner ends the story there when little prose follows (`clean.lines._taxonomy_start`).
TAXONOMY_LINE = re.compile("|".join(CLOSING_LINE_PHRASES["taxonomy"]))
# A paywall's notice that the rest of the story is for subscribers ("This article is for
# subscribers only", "Subscribe to continue reading", "Dieser Artikel ist nur für Abonnenten",
# "Article réservé aux abonnés", "この記事は会員限定です"): what a page prints after it is its
# sign-up box and the page's furniture, never the story, which stopped above it (a Japanese
# paper's 200-character teaser, then 300 lines of menus kept in text mode:
# `clean.lines._paywall_start`).
PAYWALL_PHRASES = (
    (r"\b(?:this|the) (?:article|story|content|post) is (?:only |exclusively )?(?:available |reserved )?(?:for|to) "
     r"(?:paid |paying |premium |digital )?(?:subscribers|members)"),
    r"\bsubscribe (?:now |today )?to (?:continue|keep|read) reading",
    r"\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in)",
    r"\b(?:for )?subscribers only\b",
    r"\b(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnent\*innen|mitglieder)",
    r"\b(?:cet article|ce contenu|la suite de cet article|la suite) est réservée? aux abonnés",
    r"\barticle réservé aux abonnés",
    r"\b(?:este|el) (?:artículo|contenido) es (?:exclusivo|solo) para (?:suscriptores|socios)",
    r"\b(?:questo )?articolo (?:è )?riservato agli abbonati",
    r"この記事は(?:有料)?会員限定です", r"続きをお読みいただけます", r"有料会員限定",
)
PAYWALL_NOTICE = re.compile("|".join(PAYWALL_PHRASES))
# Literals one of which every PAYWALL_NOTICE match holds, lower-cased (a test checks an example of each).
PAYWALL_HINTS = ("subscri", "members", "reading", "abonn", "abbonat", "mitglieder", "suscriptores", "socios", "会員", "続きを")
MAX_PAYWALL_WORDS = 40  # a notice is a line or two; a paragraph saying "subscribers only" is the story's
MAX_PAYWALL_CHARS = 300  # a notice's hint stands in its first characters (the scan reads no further)
# A feedback widget's prompt closes any page's content, not only a story's (`tidy.trim_feedback_prompts`).
FEEDBACK_PROMPT = re.compile("|".join(CLOSING_LINE_PHRASES["feedback"]))
# A pointer to more coverage ("More Great WIRED Stories") heading a list of links closes
# the story with the list (`tidy.trim_closing_lines`).
MORE_COVERAGE = re.compile("|".join(CLOSING_LINE_PHRASES["more"]))
# Literals of which every CLOSING_LINE_PHRASES pattern holds one (a test checks it): a
# lower-cased text holding none cannot match, and the regex (tried at every position,
# ~60 µs on a sentence) is skipped.
CLOSING_LINE_HINTS = (
    "reporting", "contributed", "editing by", "writing by", "contributing:", "reached at", "reach ", "have a tip",
    "follow", "mail ", "like this", "share it", "sign up", "subscribe", "more great", "popular on", "full coverage",
    "related coverage", "click here", "listen", "more ap", *TAXONOMY_HINTS,
    "comments are", "expressed below", "expressed in", "rules of conduct", "community guidelines", "next page",
    "standards", "about the author", "über den autor", "propos de l", " autor", "you may also", "you might also",
    "was this", "how useful", "how helpful", "did you find", "improve this", "visited", "notifications about", "rate this", "folgen sie", "suivez-", "síguenos en", "siga-nos n", "seguici su", "kommentare werden", "commentaires sont", "comentarios ", "comentários ", "pelo moderador", "commenti sono", "الآراء الواردة",
    "lesen sie", "mehr zum thema", "auch interessieren", "lire aussi", "lee también", "leia também", "leggi anche",
    "gefällt mir", "j'aime", "me gusta", "mi piace", "curtir", "vind ik leuk", "teilen", "partager ", "compartir ",
    "condividi ",
)  # fmt: skip

# An affiliate or sponsorship disclosure ("This post contains affiliate links.", "Purchases made
# through our links may earn us a commission.", "As an Amazon Associate I earn from qualifying
# purchases."): the publisher's notice about the links, printed over or under the story, not part
# of it.  Each pattern says who earns and how, so a story about commissions or affiliate marketing
# does not read as one, and the text must speak of links or buying too (DISCLOSURE_CONTEXT: "Sales
# staff can earn commissions" is no notice); matched on lower-cased text of at most
# `tidy.MAX_DISCLOSURE_WORDS` words.
DISCLOSURE = re.compile(
    r"\b(?:may|might|will|could|can|we|i)\s+(?:\w+\s+)?(?:earn|receive|get|make)\s+(?:\w+\s+){0,3}?"
    r"(?:commissions?|compensation|(?:a |an )?(?:small |tiny )?kick ?back|an? (?:small|tiny) (?:affiliate )?(?:fee|share|percentage|portion))\b"
    r"|\blinks? (?:may )?earns? us\b|\bearns? (?:\w+ )?from qualifying purchases\b"
    r"|\b(?:contains?|includes?|uses?|has) (?:some |a few |paid )?affiliate (?:links|relationships)\b"
    r"|\baffiliate (?:disclosure|disclaimer)\b"
)
DISCLOSURE_CONTEXT = re.compile(r"\blinks?\b|purchas|\bbuy|\baffiliate|qualifying")
# Literals of which every DISCLOSURE match holds one: most blocks hold none and skip the regex.
DISCLOSURE_HINTS = (
    "commission", "compensation", "kickback", "kick back", "small fee", "small share", "small percentage", "small portion",
    "tiny fee", "tiny share", "tiny percentage", "tiny portion", "earn us", "earns us", "qualifying purchases", "affiliate",
)  # fmt: skip

# A short unpunctuated line that only labels a way around the page: a table of contents,
# share buttons, "Back to top", "Jump to review", "View all", a related-articles heading,
# an author box's "Written by …".  Matched at a line's start on lines of at
# most MAX_NAVIGATION_WORDS words that do not end a sentence (`tidy.is_navigation_line`).
# Over the dev pages' article bodies (HTML) 136 such lines are not in the gold and 3 are.
NAVIGATION_LINE = re.compile(
    r"^(?:table of contents\b|share (?:this|on|via)\b|back to\b|jump to\b|skip to\b|view all\b"
    r"|related (?:articles|posts|stories|content|reading|links)\b|written by\b)",
    re.I,
)
# The characters of Chinese, Japanese and Korean (kana, ideographs, Hangul syllables): text in
# these scripts runs without spaces, so its white-space "words" are whole phrases or sentences.
CJK_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Chinese and Japanese put no spaces between words: a text's words are its space-separated
# parts or its characters in those scripts (Han, kana) over CHARS_PER_UNSPACED_WORD,
# whichever is more, so that a sentence reads as long as it is (the average word is
# about two characters in both languages).  Korean spaces its words: Hangul is not here.
# Text mode's lines (`clean.features`) and HTML mode's scarce-text check count so.
UNSPACED_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # kana, Han
UNSPACED_SCRIPT = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in UNSPACED_RANGES) + "]")
CHARS_PER_UNSPACED_WORD = 2


def unspaced_words(text: str) -> int:
    """The words `text`'s Chinese and Japanese characters make (`CHARS_PER_UNSPACED_WORD` a word)."""
    return len(UNSPACED_SCRIPT.findall(text)) // CHARS_PER_UNSPACED_WORD



# What ends a sentence in the scripts a crawl meets (Latin, CJK full-width, Devanagari, Arabic,
# Urdu, Ethiopic, Armenian), and the closing quotes and brackets that may follow it.
SENTENCE_END_MARKS = ".!?…。！？।؟۔።։"
CLOSING_MARKS = '"”’»)」』'
# A pager printed as a line: page numbers in order, with "Pages:", "Next" or "Previous" and the
# arrows around them ("1 2 3 Next page »", "« Previous 1 2 … 9 Next »", "Pages: 1 2 3").  Numbers
# alone are no pager: a code block's line-number gutter prints "1 2 3 4" in text mode (WCXB
# 0415's gold keeps them).
PAGER_LINE = re.compile(
    r"^(?P<pages>pages?\s*:?\s*)?[«‹<←]?\s*(?P<back>(?:prev(?:ious)?|back)(?:\s+page)?\s*)?[«‹<←]?\s*"
    r"(?P<numbers>\d{1,3}(?:\s*(?:[|·,]|…|\.\.\.)?\s*\d{1,3})+)"
    r"\s*(?P<next>(?:next|more)(?:\s+page)?)?\s*[»›>→]?$",
    re.I,
)
MAX_PAGER_CHARS = 80


def is_pager_line(text: str) -> bool:
    """Whether `text` is a pager's line (`PAGER_LINE`): its numbers in order, the first of them 1 or 2."""
    if len(text) > MAX_PAGER_CHARS or "\n" in text or (found := PAGER_LINE.match(text)) is None:
        return False
    if not (found.group("pages") or found.group("back") or found.group("next")):
        return False
    numbers = [int(n) for n in re.findall(r"\d+", found.group("numbers"))]
    return numbers[0] <= 2 and numbers == sorted(numbers)


NAVIGATION_INITIALS = frozenset("tsbjvrwTSBJVRW")  # the first letters of its labels, tested first
MAX_NAVIGATION_WORDS = 8

# A related-stories or most-read box's heading in more languages (whole lines, lower-cased): Swedish,
# Danish, Norwegian, Finnish, Czech, Slovak, Hungarian, Romanian, Turkish, Greek, Latvian, Lithuanian,
# Estonian, Croatian/Bosnian/Serbian, Slovenian, Ukrainian, Indonesian, Japanese, Chinese, Korean; and
# WordPress's "Recent Posts" widget's title in German, French, Spanish, Italian, Portuguese, Dutch.  Not
# an inline "read also" pointer over one headline in the story ("läs också", "baca juga", "читайте
# также"), which golds keep, as INTERFACE_LABELS_BY_CONCEPT's "related" leaves out "Leggi anche".  The
# dev pages are English: these are for held-out sites (newspaper4k's Latvian page kept its
# "Saistītie raksti" list in text mode).
RELATED_SECTION_LABELS = (
    # WordPress's "Recent Posts" widget and its kin in the languages INTERFACE_LABELS_BY_CONCEPT reads
    "neueste beiträge", "neueste artikel", "letzte beiträge", "letzte artikel", "aktuelle beiträge", "aktuelle artikel",
    "articles récents", "derniers articles", "entradas recientes", "artículos recientes", "últimos artículos",
    "últimas entradas", "articoli recenti", "ultimi articoli", "posts recentes", "artigos recentes", "últimos artigos",
    "recente berichten", "nieuwste artikelen",
    "relaterade artiklar", "mest lästa", "mest läst", "relaterede artikler", "mest læste", "relaterte artikler",
    "mest lest", "mest leste", "aiheeseen liittyvät", "aiheeseen liittyvää", "luetuimmat", "související články",
    "nejčtenější", "súvisiace články", "najčítanejšie", "kapcsolódó cikkek", "legolvasottabb", "legolvasottabb cikkek",
    "articole similare", "articole asemănătoare", "cele mai citite", "ilgili haberler", "benzer haberler",
    "en çok okunanlar", "σχετικά άρθρα", "δημοφιλή άρθρα", "saistītie raksti", "lasītākie raksti", "populārākie raksti",
    "susiję straipsniai", "skaitomiausi", "seotud artiklid", "loetumad", "povezani članci", "povezane vijesti",
    "vezane vijesti", "najčitanije", "sorodni članki", "najbolj brano", "схожі статті", "berita terkait",
    "artikel terkait", "terpopuler", "berita terpopuler", "関連記事", "関連ニュース", "人気記事", "相关文章", "相關文章",
    "相关新闻", "相關新聞", "热门文章", "熱門文章", "延伸阅读", "延伸閱讀", "관련기사", "관련 기사", "많이 본 뉴스", "인기 기사",
)  # fmt: skip
# Their openings as `TEASER_SECTION_HINTS` reads them: each label's first RELATED_HINT_CHARS
# characters, once (fewer and shorter phrases keep the compiled pre-scan fast).
RELATED_HINT_CHARS = 8  # shorter, more lines hold one ("post", "popu") and go through the label test
RELATED_SECTION_HINTS = tuple(dict.fromkeys(label[:RELATED_HINT_CHARS] for label in RELATED_SECTION_LABELS))

# The whole text of a button or control printed as a line of its own (lower-cased, without
# trailing dots, colons and arrows): never story text standing alone.  In text mode:
# WCXB 0.8456 -> 0.8458 (valid +0.0003; listings, products, forums and collections gain
# most), Zyte +0.0002.  By concept; the other languages' labels are the same controls
# (the dev pages are nearly all English: they are there for held-out sites, and are
# whole-line labels only, since "Índice de precios" or "Teilen Sie …" can open a story's line).
INTERFACE_LABELS_BY_CONCEPT: dict[str, tuple[str, ...]] = {
    "shop": (
        "add to cart", "add to bag", "add to basket", "shop now", "apply now", "start free trial", "add to wishlist",
        "add to wish list", "in den warenkorb", "auf den wunschzettel", "auf die wunschliste", "ajouter au panier",
        "añadir al carrito", "aggiungi al carrello", "adicionar ao carrinho",
    ),
    "expand": (
        "read more", "show more", "load more", "show less", "click to expand", "weiterlesen", "mehr lesen",
        "lire la suite", "leer más", "leia mais", "ler mais", "continua a leggere", "lees meer",
        "continue reading", "keep reading", "read the rest", "seguir leyendo", "continuer la lecture",
    ),
    "state": ("loading", "saving", "submit", "reply", "close", "previous next", "vorige nächste", "zurück weiter", "précédent suivant", "anterior siguiente"),
    "pager": (
        "previous post", "next post", "previous article", "next article", "older posts", "newer posts",
        # WordPress's post navigation in a crawl's larger languages
        "vorheriger beitrag", "nächster beitrag", "article précédent", "article suivant", "entrada anterior",
        "siguiente entrada", "entrada siguiente", "articolo precedente", "articolo successivo", "post anterior", "próximo post",
        # a paginated story's page links, and the link home under it
        "next page", "previous page", "nächste seite", "vorherige seite", "page suivante", "page précédente",
        "página siguiente", "página anterior", "pagina successiva", "pagina precedente", "próxima página",
        "back to homepage", "zur startseite", "zurück zur startseite", "retour à l'accueil", "volver a la portada",
    ),
    "ad": AD_LABELS,
    "author": ("about the author", "get in touch", "recently viewed"),
    # a comment form's or section's call ("Leave a comment", "Kommentare schreiben"); not "Comments"
    # alone (a forum's or a docs page's heading golds keep) nor "Add a comment" (a forum's own link)
    "comment": (
        "leave a comment", "leave a reply", "write a comment", "post a comment", "join the conversation", "join the discussion",
        "kommentare schreiben", "kommentar schreiben", "kommentar verfassen", "écrire un commentaire", "laisser un commentaire",
        "escribir un comentario", "deja un comentario", "deja tu comentario", "lascia un commento", "scrivi un commento",
        "deixe um comentário", "deixe seu comentário", "schrijf een reactie", "plaats een reactie",
        # a link to the comments or a notice that they are closed, alone on its line
        "view comments", "view/post comments", "show comments", "read comments", "comments are closed", "comments closed",
        "kommentare geschlossen", "kommentare anzeigen", "kommentare lesen", "commentaires fermés", "lire les commentaires",
        # WordPress's comment form: its title run into its cancel link, the link, the box's prompt
        "leave a reply cancel reply", "cancel reply", "enter your comment here", "kommentar verfassen antwort abbrechen",
        "antwort abbrechen", "gib hier deinen kommentar ein", "laisser un commentaire annuler la réponse",
        "annuler la réponse", "saisissez votre commentaire ici", "deja una respuesta cancelar la respuesta",
        "cancelar la respuesta", "escribe aquí tu comentario", "lascia un commento annulla risposta", "annulla risposta",
    ),
    "contents": (
        "inhaltsverzeichnis", "table des matières", "sommaire", "índice", "indice", "sommario", "inhoudsopgave",
        "spis treści", "содержание", "目次", "目录",
    ),
    "share": (
        "sharing is caring", "teilen", "partager", "compartir", "condividi", "compartilhar", "compartilhe", "delen",
        # a share or print button's label alone on its line (not a platform's name: "Twitter" heads a section)
        "share", "print", "tweet", "email", "e-mail", "share this", "share this article", "share this story",
        "print this article", "print article", "email this article", "drucken", "imprimer", "imprimir", "stampa", "twittern",
        # "share this article" in other languages
        "artikel teilen", "beitrag teilen", "seite teilen", "partager l'article", "partager l’article", "partager cet article",
        "compartir artículo", "compartir esta noticia", "compartir este artículo", "condividi l'articolo", "condividi l’articolo",
        "condividi questo articolo", "compartilhar artigo", "compartilhe este artigo", "deel dit artikel", "artikel delen",
        "udostępnij", "udostępnij artykuł", "поделиться", "dela artikeln", "del artikel", "del artiklen",
        # WordPress.com's like button, with its label and its loading state ("Like this:", "Like Loading...")
        "like this", "like loading", "gefällt mir", "gefällt mir lade", "j'aime", "j’aime", "j'aime chargement",
        "j’aime chargement", "me gusta", "me gusta cargando", "mi piace", "mi piace caricamento",
    ),
    "top": ("nach oben", "zurück nach oben", "retour en haut", "volver arriba", "torna su", "voltar ao topo"),
    "related": (
        "more", "related", "related articles", "related stories", "related posts", "related coverage", "also read", "read also",
        "don't miss", "don’t miss", "more stories", "you may also like", "you might also like", "recommended for you",
        "most read", "most popular", "trending", "trending now", "popular now",
        "editors' recommendations", "editors’ recommendations", "editor's picks", "editor’s picks", "editors' picks",
        "editors’ picks", "recommended reading", "recommended articles", "recommended stories", "read next", "more like this",
        # a recommendations box's heading in other languages; not an inline "read also" pointer ("Leggi anche",
        # "Lire aussi" over one headline in the story): a Zyte gold keeps one with its headline
        "mehr zum thema", "das könnte sie auch interessieren", "das könnte dich auch interessieren", "weitere artikel",
        "ähnliche artikel", "articles similaires", "artículos relacionados", "articoli correlati",
        "artigos relacionados", "gerelateerde artikelen",
        # and the boxes' other labels TEASER_SECTION_WORDS reads in text mode (WordPress's "Ähnliche Beiträge")
        "ähnliche beiträge", "verwandte beiträge", "verwandte artikel", "weitere beiträge", "weitere themen",
        "weitere meldungen", "topmeldungen", "top-meldungen", "topthemen", "top-themen", "meistgelesen",
        "meist gelesen", "auch interessant", "articles liés", "sur le même sujet", "les plus lus", "vous aimerez aussi",
        "noticias relacionadas", "te puede interesar", "lo más leído", "más leídas", "potrebbe interessarti",
        "i più letti", "notícias relacionadas", "mais lidas", "meest gelezen", "powiązane artykuły",
        "najczęściej czytane", "похожие статьи", "você pode gostar", "você também pode gostar", "também te pode interessar",
        "también te puede gustar", "te podría interesar", "vous pourriez aussi aimer", "ti potrebbe interessare",
        # the same boxes' headings in more of a crawl's languages (Nordic, Central and Eastern European,
        # Baltic, Balkan, Turkish, Greek, Indonesian, Japanese, Chinese, Korean): `RELATED_SECTION_LABELS`
        *RELATED_SECTION_LABELS,
    ),
}  # fmt: skip
INTERFACE_LABELS = {label: concept for concept, labels in INTERFACE_LABELS_BY_CONCEPT.items() for label in labels}  # -> its concept
# A share bar's or a follow-us row's words as a renderer prints its buttons ("Facebook Twitter
# Google+ Whatsapp", "Share Tweet LinkedIn", "Email Link"): a line made of these
# (`tidy.is_share_bar`).  72 such lines kept by text mode on the dev pages, none in a gold text.
SHARE_BAR_WORDS = frozenset({
    "facebook", "twitter", "x", "google+", "whatsapp", "pinterest", "pin", "it", "linkedin", "reddit", "email",
    "e-mail", "telegram", "tumblr", "messenger", "print", "share", "mail", "sms", "flipboard", "vk", "weibo",
    "wechat", "instagram", "youtube", "tiktok", "bluesky", "mastodon", "skype", "viber", "xing", "digg", "buffer",
    "copy", "link", "tweet",
    "pint",  # a Pinterest button cut short (not "download": "Download it" is a README's line)
    "teilen", "partager", "compartir", "condividi", "compartilhar", "compartilhe", "delen",  # "share" in other languages
    "drucken", "imprimer", "imprimir", "stampa", "afdrukken", "twittern", "tweeten",  # "print", "tweet"
})  # fmt: skip
SHARE_BAR_SHARE = 0.75  # of a share bar's words are those (a "Medium" or "Pint" button among them)
MIN_SHARE_BAR_WORDS = 2
INTERFACE_LABEL_END = " .…:!›»>→«‹<←"  # stripped at both ends before the lookup ("Read more »", "Loading...", "« Previous Post")
# A longer line is no label even with a spaced end mark ("Sommaire :"): tested first, as cheap.
MAX_INTERFACE_LABEL_CHARS = max(map(len, INTERFACE_LABELS)) + 3


# A count after a button's label: "teilen 17", "tweet 0", "Kommentare lesen (1 Beitrag)"; or the
# reading time a "read on" button gives ("weiterlesen 5 Minuten", "Read more 4 min")
_LABEL_COUNT = re.compile(r"\s*(?:\d[\d.,]*|\(\d[\d.,]*(?:\s+\w+)?\)|\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos|minuti))$")


# A plug for the site's newsletter printed as a paragraph of the story ("Sign up for our newsletter
# for mental health tips", "Get Data Sheet, Fortune's technology newsletter", "Jetzt den Newsletter
# abonnieren", "Abonnez-vous à notre newsletter"): an imperative to sign up, opening the line,
# in the languages of `INTERFACE_LABELS_BY_CONCEPT`.  In a dev gold only on service pages (two:
# "Sign up for newsletter"); read in article bodies only, on blocks saying a "subscribe" phrase
# (`is_sign_up_line`): the Spanish, Portuguese and Dutch plugs, which say "boletín" or
# "nieuwsbrief", only where they say "newsletter" too (as a phrase, either word moved the block
# model on a Zyte page: 0.93 -> 0.47).
NEWSLETTER_PITCH = re.compile(
    r"^(?:(?:please |click here to |be sure to |don'?t forget to )?(?:sign up|subscribe|register|get|join|receive)\b[^.!?]{0,60}\bnewsletters?\b"
    r"|(?:jetzt )?(?:(?:den|unseren) )?newsletter (?:abonnieren|bestellen)\b|(?:abonnieren|bestellen) sie (?:jetzt )?(?:unseren|den) [\w-]{0,20}newsletter\b"
    r"|(?:abonnez-vous|inscrivez-vous) à (?:notre|la) newsletter\b|(?:suscríbete|suscríbase|regístrate) a (?:nuestra|la|nuestro|el) (?:newsletter|boletín)\b"
    r"|iscriviti alla (?:nostra )?newsletter\b|(?:assine|inscreva-se)(?: n[ao]| em)? (?:nossa |nosso |a |o )?(?:newsletter|boletim)\b"
    r"|(?:schrijf je in|meld je aan) (?:voor|op) (?:onze|de) nieuwsbrief\b)"
)
NEWSLETTER_WORDS = ("newsletter", "boletín", "boletim", "nieuwsbrief")  # one is in every pitch: a text with none is not searched
MAX_PITCH_WORDS = 25  # a pitch is a line; a paragraph about a newsletter runs longer


def is_newsletter_pitch(text: str, low: str | None = None) -> bool:
    """Whether `text` (`low`: it lower-cased, where the caller has it) is a plug for the site's
    newsletter (`NEWSLETTER_PITCH`)."""
    low = text.lower() if low is None else low
    return any(word in low for word in NEWSLETTER_WORDS) and words_at_most(text, MAX_PITCH_WORDS) and NEWSLETTER_PITCH.search(low) is not None


MAX_SIGN_UP_LINE_CHARS = 300  # a plug's or a notice's most words (25, 40): a longer text is neither


def is_sign_up_line(text: str) -> bool:
    """Whether `text` is a plug for the site's newsletter (`is_newsletter_pitch`) or a paywall's
    notice that the story is for subscribers (`PAYWALL_NOTICE`, as text mode reads it).  Asked of
    an article's blocks saying a "subscribe" phrase (`BOILERPLATE_PHRASES`) only: where the
    block model's walk has found them (`pipeline.select_blocks`), at no cost to the rest."""
    if len(text) > MAX_SIGN_UP_LINE_CHARS:
        return False
    low = text.lower()
    if is_newsletter_pitch(text, low):
        return True
    return any(hint in low for hint in PAYWALL_HINTS) and words_at_most(text, MAX_PAYWALL_WORDS) and PAYWALL_NOTICE.search(low) is not None


AD_NOTICE = re.compile("|".join(AD_NOTICES))
MAX_AD_NOTICE_CHARS = 80  # "Der Artikel wird nach der Anzeige fortgesetzt" with room; a longer text is a paragraph


def is_ad_notice(text: str) -> bool:
    """Whether `text` is the page's notice that the story goes on past an ad slot (`AD_NOTICES`;
    the slot's label alone, "Advertisement", is `interface_label`'s "ad")."""
    return len(text) <= MAX_AD_NOTICE_CHARS and AD_NOTICE.search(text.lower()) is not None


def interface_label(text: str) -> str | None:
    """The concept of the interface label `text` is (`INTERFACE_LABELS_BY_CONCEPT`: "ad" for
    "Advertisement:", "expand" for "Read more »"), once lower-cased and its end marks stripped;
    a button's label with its count ("teilen 17", "Read comments (12)") or a pager's two labels
    between a bar ("« Previous | Next »") read as the label; None for any other text."""
    if len(text) > MAX_INTERFACE_LABEL_CHARS:
        return None
    key = text.lower().strip(INTERFACE_LABEL_END)
    if (concept := INTERFACE_LABELS.get(key)) is not None or not key:
        return concept
    if key[-1].isdigit() or key[-1] == ")" or (key[-1] in "ns" and any(map(str.isdigit, key))):  # a count, or a reading time ("5 minuten", "4 min")
        return INTERFACE_LABELS.get(_LABEL_COUNT.sub("", key).strip(INTERFACE_LABEL_END))
    if "|" in key:
        return INTERFACE_LABELS.get(" ".join(key.replace("|", " ").split()))
    return None
# A slideshow's counter printed alone ("1 of 4", "Photo 3 of 12", "Bild 2 von 9") or a pager's; not "5/5",
# which is a rating that gold texts keep (`tidy.is_navigation_line`, `is_gallery_counter`).
GALLERY_COUNTER_LINE = re.compile(
    r"(?:(?:image|photo|slide|picture|bild|foto|imagen)\s+)?\d{1,3}\s+(?:of|von|de|di|sur|van|av)\s+\d{1,3}"
    # a multi-page story's pager: "Page 1 of 3", "Page 2 / 3 Next page »" (a slash only after "page")
    r"|(?:page|seite|página|pagina)\s+\d{1,3}\s*(?:of|/|von|de|di|sur|van)\s*\d{1,3}(?:\s+(?:next|previous|prev)(?:\s+page)?\s*[»›>]?)?",
    re.I,
)
MAX_GALLERY_COUNTER_CHARS = 40


def is_gallery_counter(text: str) -> bool:
    return len(text) <= MAX_GALLERY_COUNTER_CHARS and GALLERY_COUNTER_LINE.fullmatch(text) is not None


# A table of contents' label, in the languages above: its entries go with it in text mode.
CONTENTS_LABELS = ("table of contents", *INTERFACE_LABELS_BY_CONCEPT["contents"])

# A page's copyright notice ("© 2019 CBS Interactive Inc. All Rights Reserved."): in text mode,
# when what follows it is mostly not sentences, it is the page's footer and so is the rest
# (`clean.lines`, COPYRIGHT_* there).
COPYRIGHT_LINE = re.compile(r"(?:©|\bcopyright\b).*\brights reserved\b|\ball rights reserved\b", re.I)

# The opening line of a fundraising or republishing appeal under a story ("Since you made it
# to the bottom of this article, we have a small favor to ask.", "Enjoyed this piece? We
# need your help to keep publishing.", "Support CNX Software! Donate via …"; "Unterstützen Sie
# unabhängigen Journalismus!", "Soutenez …!" in the crawl's larger languages): the body ends
# before it (`tidy.appeal_start`, lower-cased text).  Only phrases no story's own last
# paragraphs use: "donate today", "Patreon", "become a member" and "make a donation" close
# stories too (an organisation asking for gifts, news about Patreon or about joining NATO).
APPEAL_VERBS = ("support", "unterstützen sie", "unterstütze", "soutenez", "apoya", "apoye", "apoie", "sostieni")  # "Support …!"
_APPEAL_ANYWHERE = r"\bsmall favou?r to ask\b|^republish (?:our|this)\b|" + "|".join(f"^{verb} [\\w ]{{1,30}}!" for verb in APPEAL_VERBS)
APPEAL_OPENING = re.compile(rf"{_APPEAL_ANYWHERE}|\bwe need your (?:help|support) to (?:keep|continue)\b")
# The openings above that no story prints of itself, away from its end too ("We need your help
# to keep …" is also what a charity or the police say in a story): `tidy.appeal_start`.
APPEAL_OPENING_ANYWHERE = re.compile(_APPEAL_ANYWHERE)
# One of these is in every APPEAL_OPENING alternative (a test checks it): a lower-cased
# text holding none is not searched (the regex tries its first alternative everywhere).
APPEAL_HINTS = ("small favo", "we need your", "support ", "unterstütz", "soutenez ", "apoy", "apoie ", "sostieni ", "republish ")

# The section-break words that open a comment section ("34 Comments", "Leave a reply",
# "12 responses to ..."): the text cleaner cuts there when comment time stamps follow
# (`clean/lines.py`).  Bare "discussion" is left out: forums print it as a badge
# ("Discussion starter").
COMMENT_BREAK_WORDS = ("comments?", "responses?", "replies", "leave a (?:reply|comment)", "join the (?:conversation|discussion)")
# The same headings and calls in the languages of INTERFACE_LABELS_BY_CONCEPT, Polish and Russian
# (held-out German and Spanish pages kept their comment sections in text mode).  They are no
# section breaks (SECTION_BREAK, a line-model feature learnt from English pages: a post's
# "Nessun commento" over an Italian story, read as one, cost a Zyte page 0.34); the text
# cleaner looks for them apart (`OTHER_COMMENT_BREAK`, `clean.lines.comment_section_start`).
OTHER_COMMENT_BREAK_WORDS = (
    "kommentare?", "kommentieren", "schreibe einen kommentar", "hinterlasse einen kommentar", "leserkommentare",
    "commentaires?", "laisser un commentaire", "comentarios?", "comentar", "deja (?:un|tu) comentario",
    "commenti", "commento", "lascia un commento", "comentários?", "deixe (?:um|seu) comentário", "reacties?",
    "komentarze", "komentarz", "комментарии", "комментариев",
    # and in the languages of RELATED_SECTION_LABELS (not Czech "diskuse": bare "discussion" is a forum's badge)
    "kommentarer", "kommentera", "lämna en kommentar", "skriv en kommentar", "efterlad en kommentar", "kommentit",
    "kommentoi", "jätä kommentti", "komentáře", "komentáre", "hozzászólások", "kommentek", "comentarii",
    "lasă un comentariu", "yorumlar", "yorum yap", "yorum yaz", "σχόλια", "komentāri", "komentarai", "kommentaarid",
    "komentari", "ostavite komentar", "komentarji", "коментарі", "коментарів", "komentar", "tinggalkan komentar",
    "tinggalkan balasan", "コメント", "评论", "評論", "发表评论", "發表評論", "댓글",
)  # fmt: skip
# Literals one of which every OTHER_COMMENT_BREAK_WORDS alternative holds (a test checks it).
OTHER_COMMENT_BREAK_HINTS = (
    "komment", "schreibe ", "hinterlasse ", "laisser ", "comentar", "comentá", "deja ", "comment", "lascia ", "deixe ",
    "reactie", "komentarz", "комментари",
    # the session-50 languages' (each of their words holds one of these or of the above: "komment" is in
    # "lämna en kommentar" and "jätä kommentti"; a hint opening with an ASCII letter then another, as
    # "jätä ", would cost the compiled scan its skipping table)
    "koment", "hozzász", "yorum", "tinggalkan ", "σχόλια", "коментар", "コメント", "评论", "評論", "댓글",
)  # fmt: skip


def word_alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """``\b(?:w1|w2|...)\b``, case-insensitive, guarded by a look-ahead for the words'
    first letters: Python's `re` otherwise tries the whole alternation at every
    position (1.7x slower on the short lines these run on).  Matches exactly what
    the unguarded pattern matches, since every word opens with a literal letter."""
    if not all(word[:1].isalpha() for word in words):
        raise ValueError("each word must open with a letter")
    first = "".join(sorted({word[0] for word in words}))
    return re.compile(rf"\b(?=[{first}])(?:{'|'.join(words)})\b", re.I)


COMMENT_BREAK = word_alternation(COMMENT_BREAK_WORDS)
OTHER_COMMENT_BREAK = word_alternation(OTHER_COMMENT_BREAK_WORDS)
# A heading that counts the comments under it ("34 Comments", "12 responses to “<title>”",
# "5 thoughts on “<title>”"): it may quote the article's title, so it can be long.
COMMENT_COUNT = re.compile(
    r"\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts"
    r"|reactions?|réactions?|reaktionen|reacciones|reazioni|reações"
    r"|kommentare?|antworten|gedanken zu|commentaires?|réponses?|réflexions? sur|comentarios?|respuestas?"
    r"|commenti|risposte|pensieri su|comentários?|respostas?|reacties|komentarz[ey]?|комментари[йяев]"
    r"|kommentarer|kommenttia|komentářů|komentáre|komentárov|hozzászólás|comentarii|yorum|σχόλια|komentāri|komentarai"
    r"|kommentaari|komentara|komentarjev|коментар(?:і|ів)|komentar)\b",
    re.I,
)

# Short heading-like lines that open what follows an article: comments,
# related and recommended stories.  Used by the text cleaner as a signal
# ("this line comes after such a heading"), never as a cut by itself.
SECTION_BREAK_WORDS = (
    "comments?", "responses?", "replies", "discussion", "join the conversation", "leave a (?:reply|comment)",
    "related", "recommended", "more (?:stories|news|from|on)", "read (?:next|more)", "trending",
    "most (?:popular|read)", "you (?:may|might) (?:also )?like", "popular",
)  # fmt: skip
SECTION_BREAK = word_alternation(SECTION_BREAK_WORDS)
MAX_BREAK_WORDS = 6  # a section heading is short
# Literals one of which every SECTION_BREAK_WORDS alternative holds (a test checks it):
# a line holding none, lower-cased, cannot be a section break (`section_break_candidates`).
SECTION_BREAK_HINTS = (
    "comment", "respons", "replies", "discussion", "join the conversation", "leave a ", "related",
    "recommended", "more ", "read ", "trending", "most ", "you ", "popular",
)  # fmt: skip
# A short line labelling a list of other stories' headlines ("Related articles", "Most read in
# World", "Don't miss", "Latest videos", "Read next"): matched at the line's start (`.match`)
# by the text cleaner's teaser-section cut (`clean.lines`).  Not "Read more": a button's
# label under each card, not a list's; not "More in …": a listing's category rows.
# "Recent articles", "More videos", "Top stories", "Editor's picks" added after: Zyte text
# +0.0002 (3 pages up), WCXB 9 articles up, 2 services and 1 article down by 0.003 at most.
# "More" with a section's name or two before the kind ("More Alabama news", "More entertainment
# news": a held-out local paper's boxes closing the story).
TEASER_SECTION_WORDS = (
    "related", "recommended", "more (?:from|on)", "more (?:[^\\W\\d_]+ ){0,2}(?:stories|news|videos?|articles|posts)", "read (?:next|also)",
    "trending", "recent (?:articles|posts|stories|news)", "top stories", "editor'?s'? picks",
    "most (?:popular|read|viewed|shared)", "you (?:may|might) (?:also )?(?:like|enjoy)", "don'?t miss",
    "latest (?:news|stories|videos|headlines|articles|posts|features)", "popular (?:now|stories|posts|articles|news)",
    # the same labels in the languages of INTERFACE_LABELS_BY_CONCEPT, Polish and Russian (held-out German
    # and Spanish pages kept the lists under "Ähnliche Beiträge", "También en Noticias" in text mode); not
    # their inline "read also" pointers ("Leggi anche", "Lire aussi": a Zyte gold keeps one with its headline)
    "ähnliche (?:beiträge|artikel|themen)", "verwandte (?:beiträge|artikel|themen)", "weitere (?:beiträge|artikel|nachrichten|themen|meldungen)",
    "top-?meldungen", "top-?themen",
    "mehr zum thema", "meistgelesen", "meist gelesen", "das könnte (?:sie|dich|dir|ihnen) auch (?:interessieren|gefallen)", "auch interessant",
    "dir könnte auch gefallen", "ihnen könnte auch gefallen", "das thema könnte (?:sie|dich) auch interessieren",
    "articles similaires", "articles liés", "sur le même sujet", "les plus lus", "vous aimerez aussi",
    "artículos relacionados", "noticias relacionadas", "también en", "te puede interesar", "lo más leído", "más leídas",
    "articoli correlati", "potrebbe interessarti", "i più letti", "artigos relacionados", "notícias relacionadas",
    "mais lidas", "gerelateerde artikelen", "meest gelezen", "powiązane artykuły", "najczęściej czytane",
    "похожие статьи", "по теме",
    # "you may also like" in the crawl's larger languages (a Zyte page's Portuguese "Você pode gostar...")
    "você (?:também )?pode (?:gostar|se interessar)", "también te (?:puede|podría) (?:gustar|interesar)",
    "te (?:puede gustar|podría (?:gustar|interesar))",
    "vous (?:pourriez|aimerez peut-être) (?:aussi )?aimer", "ti potrebbe (?:anche )?interessare",
)  # fmt: skip
TEASER_SECTION = word_alternation(TEASER_SECTION_WORDS)
# RELATED_SECTION_LABELS are literal labels, looked up by their first letter (`is_teaser_label`):
# in the regex's alternation they doubled its time on every line it does not match.
_RELATED_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _label in RELATED_SECTION_LABELS:
    _RELATED_BY_INITIAL[_label[0]] = (*_RELATED_BY_INITIAL.get(_label[0], ()), _label)
MAX_RELATED_LABEL_CHARS = max(map(len, RELATED_SECTION_LABELS))
_RELATED_INITIALS = frozenset(_RELATED_BY_INITIAL)


def is_teaser_label(text: str) -> bool:
    """Whether `text` opens with a label naming other stories: `TEASER_SECTION`, or one of
    RELATED_SECTION_LABELS as a whole word (case aside, as ``re.I`` reads it: "İlgili" too)."""
    if TEASER_SECTION.match(text) is not None:
        return True
    if text[:1].lower() not in _RELATED_INITIALS and text[:1] != "İ":  # most lines: no such label opens with their letter
        return False
    low = text[: MAX_RELATED_LABEL_CHARS + 1].replace("İ", "I").lower()
    labels = _RELATED_BY_INITIAL.get(low[:1], ())
    if not low.startswith(labels):  # all of them at once, in C
        return False
    return any(low.startswith(label) and (len(low) == len(label) or not _is_word(low[len(label)])) for label in labels)
# Literals one of which every TEASER_SECTION_WORDS alternative opens with (a test checks it), so
# within a label's first MAX_TEASER_HINT_CHARS characters (`teaser_section_candidates`).
TEASER_SECTION_HINTS = ("related", "recommended", "more ", "read ", "trending", "recent ", "top", "editor", "most ",
                        "you ", "don", "latest ", "popular ",
                        "ähnliche ", "verwandte ", "weitere ", "mehr zum", "meist", "das könnte", "auch interessant",
                        "dir könnte", "ihnen könnte", "das thema",
                        "articles ", "sur le", "les plus", "vous aimerez", "artículos", "noticias", "también en", "te puede",
                        "lo más", "más leídas", "articoli", "potrebbe", "i più", "artigos", "notícias", "mais lidas",
                        "gerelateerde", "meest", "powiązane", "najczęściej", "похожие", "по теме",
                        "você ", "también te", "te p", "vous p", "ti potrebbe",
                        *RELATED_SECTION_HINTS)  # fmt: skip
MAX_TEASER_HINT_CHARS = max(map(len, TEASER_SECTION_HINTS))
# The characters outside ASCII that `re.I` matches to an ASCII letter: "İ" and the Kelvin
# sign lower-case to ASCII (HintScanner then gives up), "ı" and "ſ" do not.
ASCII_FOLDS_KEPT_BY_LOWER = ("ı", "ſ")
# Each concept's patterns, one regex each (matched against lower-cased text).
PHRASE_CONCEPT_REGEX = {name: re.compile("|".join(pats)) for name, pats in BOILERPLATE_PHRASES.items()}
# Literals of which every one of a concept's patterns contains one (a test checks
# it): a text holding none of a concept's hints cannot match its regex, which is
# then skipped (a regex of many alternatives is tried at every position: slow).
PHRASE_HINTS_BY_CONCEPT: dict[str, tuple[str, ...]] = {
    "subscribe": ("newsletter", "subscri", "sign up", "signing up", "inbox", "sent to your", "log in", "login", "account", "already a"),
    "share": ("share", "tweet", "follow us", "copy link"),
    "related": ("read more", "related", "see also", "more from", "recommended", "you may also", "watch:"),
    "ad": ("advert", "anzeige", "werbung", "publicit", "publicidad", "pubblicit", "reklam", "реклама", "広告", "广告", "廣告", "iklan", "annons",
           "continue reading", "continues below", "sponsored", "adchoices"),
    "consent": ("cookie", "privacy policy", "terms of", "accept all"),
    "legal": ("©", "rights reserved", "copyright"),
    "script": ("javascript", "browser", " on line ", "ctrl", "playback"),
    "media": ("click to play", "photo", "image", "video:", "getty"),
}  # fmt: skip
PHRASE_HINTS = tuple(dict.fromkeys(hint for hints in PHRASE_HINTS_BY_CONCEPT.values() for hint in hints))


PHRASE_SCAN_CHARS = 300  # furniture phrases are looked for in a text's first characters only
PHRASE_CACHE_SIZE = 16_384  # texts remembered (menus and footers repeat); pure, so only speed depends on it
NO_PHRASES: frozenset[str] = frozenset()  # the phrases of a text saying none


def furniture_phrases(text: str) -> frozenset[str]:
    """Concepts of the furniture phrases at the start of `text` (e.g. {"subscribe"})."""
    return _phrases_of(text[:PHRASE_SCAN_CHARS].lower())


# Months as dates print them, lower-cased, and their numbers: English, and the Spanish,
# Portuguese, French, German, Italian and Dutch names and usual abbreviations (a dot after any
# is allowed); then the names of other languages' dates in full, as a day's number puts them
# (Polish, Czech, Slovak, Russian and Ukrainian in the genitive, "12 marca 2024", "10 марта
# 2024"; Finnish in the partitive, "12. maaliskuuta 2024"; Turkish, Romanian, the Scandinavian
# languages, Indonesian, Catalan and Greek), without their abbreviations, which are short
# words of those languages ("sie", "lis").  A closed list: the English stems followed by any
# letters, as this was, read "10 Marketing 2020" as the 10th of March.  Abbreviations that are
# common English words ("out", "set", "gen", "mag") are left out; "ago" is kept ("04-ago-2021"),
# as a day's number never stands before it and a year after it in English.  Croatian is left
# out: its "listopada" is October where Polish has it November.  Arabic's names as the Egyptian and
# Gulf papers print them, and the Levantine names of one word ("5 آذار 2024"; not the two-word
# "كانون الثاني").
_WESTERN_MONTH_NUMBERS: dict[str, int] = {
    **dict.fromkeys(("january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "jänner", "gennaio", "januari"), 1),
    **dict.fromkeys(("february", "feb", "febrero", "fevereiro", "fev", "février", "févr", "fév", "februar", "febbraio", "februari"), 2),
    **dict.fromkeys(("march", "mar", "marzo", "março", "mars", "märz", "mär", "maart", "mrt"), 3),
    **dict.fromkeys(("april", "apr", "abril", "abr", "avril", "avr", "aprile"), 4),
    **dict.fromkeys(("may", "mayo", "maio", "mai", "maggio", "mei"), 5),
    **dict.fromkeys(("june", "jun", "junio", "junho", "juin", "juni", "giugno", "giu"), 6),
    **dict.fromkeys(("july", "jul", "julio", "julho", "juillet", "juil", "juli", "luglio", "lug"), 7),
    **dict.fromkeys(("august", "aug", "agosto", "ago", "août", "augustus"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septiembre", "setiembre", "setembro", "septembre", "settembre"), 9),
    **dict.fromkeys(("october", "oct", "octubre", "outubro", "octobre", "oktober", "okt", "ottobre", "ott"), 10),
    **dict.fromkeys(("november", "nov", "noviembre", "novembro", "novembre"), 11),
    **dict.fromkeys(("december", "dec", "diciembre", "dic", "dezembro", "dez", "décembre", "déc", "dezember", "dicembre"), 12),
}  # fmt: skip
_OTHER_MONTH_NUMBERS: dict[str, int] = {
    **dict.fromkeys(("stycznia", "ledna", "januára", "января", "січня", "ocak", "tammikuuta", "ianuarie", "gener", "ιανουαρίου", "يناير"), 1),
    **dict.fromkeys(("lutego", "února", "februára", "февраля", "лютого", "şubat", "helmikuuta", "februarie", "febrer", "φεβρουαρίου", "فبراير", "شباط"), 2),
    **dict.fromkeys(("marca", "března", "марта", "березня", "mart", "maaliskuuta", "martie", "marts", "maret", "març", "μαρτίου", "مارس", "آذار"), 3),
    **dict.fromkeys(("kwietnia", "dubna", "apríla", "апреля", "квітня", "nisan", "huhtikuuta", "aprilie", "απριλίου", "أبريل", "ابريل", "إبريل", "نيسان"), 4),
    **dict.fromkeys(("maja", "května", "mája", "мая", "травня", "mayıs", "toukokuuta", "maj", "maig", "μαΐου", "مايو", "أيار"), 5),
    **dict.fromkeys(("czerwca", "června", "júna", "июня", "червня", "haziran", "kesäkuuta", "iunie", "juny", "ιουνίου", "يونيو", "يونيه", "حزيران"), 6),
    **dict.fromkeys(("lipca", "července", "júla", "июля", "липня", "temmuz", "heinäkuuta", "iulie", "juliol", "ιουλίου", "يوليو", "يوليه", "تموز"), 7),
    **dict.fromkeys(("sierpnia", "srpna", "augusta", "августа", "серпня", "ağustos", "elokuuta", "augusti", "agustus", "agost", "αυγούστου", "أغسطس", "اغسطس", "آب"), 8),
    **dict.fromkeys(("września", "září", "septembra", "сентября", "вересня", "eylül", "syyskuuta", "septembrie", "setembre", "σεπτεμβρίου", "سبتمبر", "أيلول"), 9),
    **dict.fromkeys(("października", "října", "októbra", "октября", "жовтня", "ekim", "lokakuuta", "octombrie", "οκτωβρίου", "أكتوبر", "اكتوبر"), 10),
    **dict.fromkeys(("listopada", "listopadu", "novembra", "ноября", "листопада", "kasım", "marraskuuta", "noiembrie", "νοεμβρίου", "نوفمبر"), 11),
    **dict.fromkeys(("grudnia", "prosince", "decembra", "декабря", "грудня", "aralık", "joulukuuta", "decembrie", "desember", "desembre", "δεκεμβρίου", "ديسمبر"), 12),
}  # fmt: skip
MONTH_NUMBERS: dict[str, int] = {**_WESTERN_MONTH_NUMBERS, **_OTHER_MONTH_NUMBERS}


def _by_initial(words: Iterable[str], common: str | None = None) -> str:
    """An alternation of `words` grouped by their first letter, longest first (`re` then tries
    one letter's few words at a position, not all of them).  With `common`, the groups of the
    initials not in it come last, behind one look-ahead for those initials: a position opening
    on none of them fails there at once, not at each of their groups in turn."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda word: (-len(word), word)):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = {initial: f"{re.escape(initial)}(?:{'|'.join(rests)})" for initial, rests in sorted(groups.items())}
    if common is None:
        return "(?:" + "|".join(branches.values()) + ")"
    rare = [initial for initial in branches if initial not in common]
    guarded = f"(?=[{re.escape(''.join(rare))}])(?:{'|'.join(branches[initial] for initial in rare)})" if rare else ""
    return "(?:" + "|".join([*(branches[initial] for initial in branches if initial in common), *([guarded] if guarded else [])]) + ")"


# A month's name or abbreviation as dates print it ("Sept.", "March", "märz"): a regex fragment
# for patterns compiled with re.I (`metadata`'s dates, `byline`'s name ends, `stamps`' dates).  The
# other languages' initials come last, behind one look-ahead (`_by_initial`'s `common`): tried in
# turn at each word's start along a line, their ~30 groups cost ~30 µs a WCXB page.
_WESTERN_INITIALS = "".join(sorted({word[0] for word in _WESTERN_MONTH_NUMBERS}))
MONTH_WORD = _by_initial(MONTH_NUMBERS, common=_WESTERN_INITIALS) + r"(?![^\W\d_])\.?"
# The verbs a date stamp opens with, in the languages whose months the dates read
# (`MONTH_NUMBERS`): "Published", "Publié le", "Veröffentlicht am".  A stamp's words, no name.
STAMP_VERBS = ("published", "updated", "last updated", "posted", "modified", "publiziert", "veröffentlicht",
               "aktualisiert", "publié", "mis à jour", "publicado", "actualizado", "atualizado", "pubblicato",
               "aggiornato", "gepubliceerd", "bijgewerkt")  # fmt: skip
# "Written by" and "posted by" in the languages the stamps are read in, the verb before its "by"
# word: a byline's label, as "Von" alone is ("Geschrieben von Max Mustermann").  Not their
# "published by" where it names a publisher: these are the verbs blogs print over their posts.
WRITTEN_BY_LABELS = ("geschrieben von", "verfasst von", "veröffentlicht von", "écrit par", "rédigé par", "publié par",
                     "escrito por", "redactado por", "publicado por", "scritto da", "pubblicato da",
                     "geschreven door", "gepubliceerd door")  # fmt: skip
WRITTEN_BY_LABEL = "(?:" + "|".join(label.replace(" ", r"\s+") for label in WRITTEN_BY_LABELS) + ")"  # a regex fragment
# A story's genre naming its writer ("Analysis by Jane Doe", "Opinion by …", "Eine Analyse von
# …", "Ein Kommentar von …"): the genre's word (in German an article before it at most), then
# "by" or "von".  A regex fragment; GENRE_BY_OPENINGS are the words such a line opens with.
_GENRES_BY = ("analysis", "opinion", "commentary", "review", "interview", "column", "essay", "perspective")
_GENRES_VON = ("analyse", "kommentar", "gastbeitrag", "kolumne", "glosse", "rezension", "reportage", "essay", "interview")
GENRE_BY_OPENINGS = tuple(dict.fromkeys((*_GENRES_BY, "ein", *_GENRES_VON)))
GENRE_BY_LABEL = rf"(?:(?:{'|'.join(_GENRES_BY)})\s+by|(?:eine?\s+)?(?:{'|'.join(_GENRES_VON)})\s+von)"
# An embedded post's signature, dated with the day it was posted: a tweet's closing line ("— Jane
# Doe (@jdoe) December 19, 2016") or an Instagram post's ("A post shared by Jane Doe (@jdoe) on
# Dec 19, 2016 at 10:00am PST"): neither a stamp of the page's nor its writer's byline.
# Instagram's "shared by" in the languages it is printed in ("Ein Beitrag geteilt von …", "Une
# publication partagée par …").
_SHARED_BY = r"\b(?:shared by|geteilt von|partagée par|compartida por|compartilhada por|condiviso da|gedeeld door)\b"
EMBED_SIGNATURE = re.compile(rf"(?:^[—–-]|{_SHARED_BY}).*\(@[\w.]{{1,30}}\)", re.I)
SHARED_POST_SIGNATURE = re.compile(rf"{_SHARED_BY}.*\(@[\w.]{{1,30}}\)", re.I)  # Instagram's only, not a tweet's
# "Author" as a byline's label in other languages (Latin-script ones; English "author" apart).
AUTHOR_LABEL_WORDS = ("autor", "autorin", "autoren", "auteur", "auteurs", "autore", "autori", "autores", "autorzy",
                      "författare", "forfatter", "kirjoittaja", "yazar", "szerző")  # fmt: skip
# "By" in English, German, French and Spanish (Dutch "door" is left out: it is also the English
# word): what opens a byline, and a stamp's "by" before the writer's name.
BY_WORDS = ("by", "von", "par", "por")
BY_WORD = "(?:" + "|".join(BY_WORDS) + ")"  # a regex fragment (case as the regex reads it)
# The same, each written as a byline writes it, its first letter in either case but no other in
# capitals ("Par", "par", not "PAR"; "POR" is a team's code): for regexes matching case aside.
CASED_BY_WORD = "(?-i:" + "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in BY_WORDS) + ")"
MONTH_INITIALS = "".join(sorted({word[0] for word in MONTH_NUMBERS}))  # the letters a month's name starts with, for look-aheads


def month_number(word: str) -> int | None:
    """The number of the month `word` names (any case, a dot after it allowed), or None."""
    return MONTH_NUMBERS.get(word.rstrip(".").lower())

# Letters after a name ("Jillian Kubala, MS, RD", "Genevieve Carlton, Ph.D.", "Rebecca Lake, CEPF®")
# and generational suffixes ("Jr.") are no person of their own: they stay with the name before
# them ("Jillian Kubala, MS, RD": one author, as the byline names her).  A closed list of the
# common degrees, licences and fellowships, compared in capitals without dots: an open
# "capitals after a comma" rule took outlets too ("Sandee LaMotte, CNN").
POST_NOMINALS = frozenset({
    "BA", "BS", "BSC", "BSN", "MA", "MS", "MSC", "MSN", "MBA", "MPH", "MPA", "MFA", "MED", "MD", "DO", "PHD", "DPHIL",
    "PSYD", "PHARMD", "EDD", "JD", "LLB", "LLM", "DDS", "DMD", "DVM", "VMD", "DNP", "DC", "OD", "DPT", "OTR", "RD",
    "RDN", "LD", "LDN", "RN", "NP", "APRN", "FNP", "PA", "PA-C", "CNM", "LCSW", "LMFT", "LPC", "LMHC", "CPA", "CFA",
    "CFP", "CHFC", "CLU", "EA", "CPP", "PSP", "CISSP", "PMP", "CEPF", "CPT", "CSCS", "IBCLC", "CDE", "CDCES", "LVT",
    "VTS", "CVT", "RVT", "FAND", "FACP", "FACS", "FAAP", "FACC", "FRCP", "FRCS", "FACOG", "DACVB", "DABOM", "FOMA",
    "FAAD", "JR", "SR", "II", "III", "IV",
})  # fmt: skip
_CREDENTIAL_MARKS = str.maketrans("", "", ".®™ ")
_PARENTHESIS = re.compile(r"\s*\([^)]{0,20}\)$")  # "RD (NL)"
MAX_POST_NOMINAL_CHARS = 32  # "Pharm.D.", "CDCES®", "RD (a parenthesis of 20 at most)": longer is no such part


def is_post_nominal(part: str) -> bool:
    """A degree, licence, fellowship or generational suffix listed after a name ("MS", "Ph.D.", "Jr.")."""
    if len(part) > MAX_POST_NOMINAL_CHARS or (" " in part and "." not in part and "(" not in part):
        return False  # a name, most often (tested first, cheaply): no listed letters hold a space
    if "(" in part:
        part = _PARENTHESIS.sub("", part)
    return part.translate(_CREDENTIAL_MARKS).upper() in POST_NOMINALS


# A byline part naming a role, not a person ("Jane Doe, Senior Reporter"; "Staff").  Not "desk" alone:
# WCXB's gold names desks as authors ("TOI Lifestyle Desk").
ROLE_WORD_LIST = (
    "staff", "reporter", "editor", "correspondent", "writer", "contributor", "columnist",
    "photographer", "senior", "associate", "news desk", "newsroom", "team", "director", "manager", "founder", "co-founder",
    "expert", "officer", "specialist", "consultant", "analyst", "attorney", "president", "chief", "head of", "ceo", "cto", "cfo",
    # the newsroom ("Staff") in the languages the dates are read in: "Redaktion MSM", "La Rédaction"
    "redaktion", "rédaction", "redacción", "redazione", "redactie", "redação", "redakcja",
    *STAMP_VERBS,  # a stamp's verb in any language it is read in ("Veröffentlicht am" in a byline box is no name)
)  # fmt: skip
ROLE_WORDS = word_alternation(ROLE_WORD_LIST)  # 3x faster than the plain alternation on a byline


# Names that name no one: a script's placeholders, a site's own accounts, a form's field labels,
# a menu's entries and skip links (read in author-classed boxes; "super user" is Joomla's first
# account, as "admin" is WordPress's): a byline saying one of these
# names nobody, and the boxes after it are not read for another (`byline.selector_byline`).
NO_ONE = frozenset({"undefined", "null", "none", "n/a", "admin", "administrator", "super user", "webmaster", "first name", "last name",
                    "full name", "your name", "name", "home", "menu", "search", "more options", "sign in", "log in",
                    "login", "subscribe"})  # fmt: skip


def names_no_one(text: str) -> bool:
    """Whether a byline's text is one of `NO_ONE` or a skip link ("Skip to main content")."""
    folded = " ".join(text.split()).casefold()
    return folded in NO_ONE or folded.startswith("skip to")


def collapsed(text: str) -> str:
    """``" ".join(text.split())``; in one compiled pass where `text_fast` is built, which hands
    back `text` itself when it already reads so (a block's text is collapsed when made)."""
    if text_fast is not None:
        return text_fast.collapsed(text)
    return " ".join(text.split())


def words_at_most(text: str, most: int) -> bool:
    """``len(text.split()) <= most``, splitting no further than needed to tell (a paragraph's
    hundreds of words are never all split off to see that it is longer than a label)."""
    return len(text.split(None, most)) <= most


def word_total(texts: list[str]) -> int:
    """``sum(len(text.split()) for text in texts)``, counted in C where `text_fast` is built."""
    if text_fast is not None:
        return text_fast.word_total(texts)
    return sum(len(text.split()) for text in texts)


def spaced_word_total(texts: list[str]) -> int:
    """The words of `texts`, each text counting its space-separated parts or its Chinese and
    Japanese characters over CHARS_PER_UNSPACED_WORD, whichever is more (`unspaced_words`);
    counted in C where `text_fast` is built (in Python, 0.35 ms a page of curly-quoted English)."""
    if text_fast is not None:
        return text_fast.word_total(texts, UNSPACED_RANGES, CHARS_PER_UNSPACED_WORD)
    return sum(max(len(text.split()), unspaced_words(text)) for text in texts)


def joined_starts(texts: list[str]) -> list[int]:
    """Where each text starts in ``"\n".join(texts)`` (to map a match in the joined text back to its text)."""
    return list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))


_HINTS = text_fast.HintScanner(PHRASE_HINTS) if text_fast is not None else None
# The concepts each of PHRASE_HINTS belongs to (a hint may serve several).
_HINT_CONCEPTS = tuple(tuple(name for name, hints in PHRASE_HINTS_BY_CONCEPT.items() if hint in hints) for hint in PHRASE_HINTS)
_BREAK_HINTS = text_fast.HintScanner(SECTION_BREAK_HINTS) if text_fast is not None else None
# The hints opening with a letter outside ASCII are left to a test of the text's first letter
# (`teaser_section_candidates`): in the compiled scan they are compared at every position and
# tripled its time (Greek, Cyrillic, CJK and Korean labels added in session 50).
_TEASER_OTHER_INITIALS = frozenset(hint[0] for hint in TEASER_SECTION_HINTS if not hint[0].isascii())
_TEASER_OTHER_INITIAL = re.compile(f"[{re.escape(''.join(sorted(_TEASER_OTHER_INITIALS)))}]")
_TEASER_HINTS = text_fast.HintScanner(tuple(h for h in TEASER_SECTION_HINTS if h[0].isascii())) if text_fast is not None else None
_WHOLE_TEXT = sys.maxsize  # hit_lines reads this many characters of each text: all of them


def section_break_scanner() -> text_fast.HintScanner | None:
    """The compiled scan for SECTION_BREAK's hints (None where `text_fast` is not built)."""
    return _BREAK_HINTS


def section_break_candidates(texts: list[str]) -> list[int] | None:
    """Indexes of the texts SECTION_BREAK might match, from one compiled scan (None where
    the scan is not built or gives up): those holding a hint, lower-cased, and those
    holding "ı" or "ſ", which `re.I` matches to "i" and "s".  A search on each short line
    tried `\b` and the first-letter look-ahead at every position (0.09 ms a text)."""
    return _hint_candidates(_BREAK_HINTS, texts, _WHOLE_TEXT)


def teaser_section_candidates(texts: list[str]) -> list[int] | None:
    """Indexes of the texts `is_teaser_label` might take (a hint among their first characters,
    as `section_break_candidates` finds them; or, for the hints opening with a letter outside
    ASCII, that letter opening the text, where every label stands)."""
    hits = _hint_candidates(_TEASER_HINTS, texts, MAX_TEASER_HINT_CHARS)
    if hits is None:
        return None
    if all(texts):  # the non-blank lines: each has a first letter (an empty text is read one at a time below)
        firsts = "".join(map(itemgetter(0), texts))  # in C
        if firsts.isascii():  # most pages
            return hits
        lowered = firsts.lower()
        if len(lowered) == len(texts):  # no letter lower-casing to two ("İ")
            return _with_others(hits, [found.start() for found in _TEASER_OTHER_INITIAL.finditer(lowered)])
    return _with_others(hits, [i for i, text in enumerate(texts) if text[:1].lower() in _TEASER_OTHER_INITIALS])


def _with_others(hits: list[int], others: list[int]) -> list[int]:
    return sorted(set(hits).union(others)) if others else hits


def hinted_texts(scanner: text_fast.HintScanner | None, hints: tuple[str, ...], texts: list[str], compiled: bool = True,
                 max_chars: int = sys.maxsize) -> list[int]:  # fmt: skip
    """The indexes of `texts` holding one of `hints` (lower-case) in their first `max_chars`
    characters once lower-cased: from the compiled `scanner` where it is built and reads them
    (`HintScanner.hit_lines`), else one text at a time."""
    if compiled and scanner is not None and (hits := scanner.hit_lines(texts, max_chars)) is not None:
        return hits
    return [i for i, text in enumerate(texts) if any(hint in text[:max_chars].lower() for hint in hints)]


def _hint_candidates(scanner: text_fast.HintScanner | None, texts: list[str], max_chars: int) -> list[int] | None:
    hits = scanner.hit_lines(texts, max_chars) if scanner is not None else None
    if hits is None:
        return None
    joined = "".join(texts)
    if joined.isascii() or not any(c in joined for c in ASCII_FOLDS_KEPT_BY_LOWER):
        return hits
    folded = [i for i, text in enumerate(texts) if any(c in text for c in ASCII_FOLDS_KEPT_BY_LOWER)]
    return sorted(set(hits).union(folded))


def furniture_phrases_at(texts: list[str]) -> list[tuple[int, frozenset[str]]]:
    """The texts saying a furniture phrase, as (index, `furniture_phrases`), in order, from one
    compiled scan for all hints.

    Most texts hold no hint; the scan (`text_fast.HintScanner.hint_lines`: a
    table of the hints' first two characters, each text's start lower-cased
    as it is read; 2.8x faster here than pyahocorasick's automaton, which we
    used before) finds the few that do, with the hints each holds, and only
    those are searched for phrases.  Where the scan is not built, or a text holds a character that
    lower-cases to ASCII from outside it, each text is searched alone.
    Gives exactly the texts with non-empty `furniture_phrases` (tests check it).
    """
    hinted = _HINTS.hint_lines(texts, PHRASE_SCAN_CHARS) if _HINTS is not None else None
    if hinted is None:
        return [(i, found) for i in range(len(texts)) if (found := furniture_phrases(texts[i]))]
    return [(i, found) for i, hints in hinted if (found := _phrases_with(texts[i][:PHRASE_SCAN_CHARS].lower(), hints))]


def furniture_phrases_of_all(texts: list[str]) -> list[frozenset[str]]:
    """`[furniture_phrases(t) for t in texts]`, from `furniture_phrases_at`'s one scan."""
    found = [NO_PHRASES] * len(texts)
    for i, phrases in furniture_phrases_at(texts):
        found[i] = phrases
    return found


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def _phrases_with(low: str, hints: tuple[int, ...]) -> frozenset[str]:
    """`_phrases_of(low)` where the scan that found `low`'s text also found its hints (`hints`:
    `HintScanner.found_in(low)`, from `HintScanner.hint_lines`), so they are not looked for again."""
    return _concepts_matching(low, hints)


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def _phrases_of(low: str) -> frozenset[str]:
    """The concepts one of whose patterns occurs in `low` (a lower-cased text start): those
    holding one of their hints (found by one compiled scan where `text_fast` is built: 7x
    faster than testing each concept's hints in turn) whose patterns holding a found hint
    then match (`_regexes_of_hints`; a concept one of whose plain-word patterns a found hint
    holds needs no search)."""
    hints = _HINTS.found_in(low) if _HINTS is not None else [k for k, hint in enumerate(PHRASE_HINTS) if hint in low]
    return _concepts_matching(low, tuple(hints))


def _concepts_matching(low: str, hints: tuple[int, ...]) -> frozenset[str]:
    """The concepts of the found `hints` whose patterns holding them match `low` (`_regexes_of_hints`)."""
    found = [name for name, regex in _regexes_of_hints(hints) if regex is None or regex.search(low) is not None]
    return frozenset(found) if found else NO_PHRASES


_REGEX_SYNTAX = frozenset("\\.^$*+?{}[]|()")


def _plain_patterns(name: str) -> tuple[str, ...]:
    """A concept's patterns that are plain text, no regex syntax in them ("newsletter", "©")."""
    return tuple(pattern for pattern in BOILERPLATE_PHRASES[name] if _REGEX_SYNTAX.isdisjoint(pattern))


@lru_cache(maxsize=1024)
def _regexes_of_hints(found: tuple[int, ...]) -> list[tuple[str, re.Pattern[str] | None]]:
    """The concepts holding one of the hints `found` (indexes into PHRASE_HINTS), in
    PHRASE_HINTS_BY_CONCEPT's order, each with a regex of its patterns that hold one of those
    hints: a pattern holds one of its concept's hints, which a text it matches holds (tests
    check both), so the others cannot match.  Fewer alternatives search faster (a text's
    phrase regexes 15 -> 8.5 µs a Zyte text, on average); remembered, as texts hold the same few
    hints.  None instead of a regex where a found hint holds one of the concept's plain-text
    patterns: the text holds the hint, so it holds the pattern (on a median Zyte text 7 of
    its ~13 phrase lines need no search)."""
    hinted = {concept for k in found for concept in _HINT_CONCEPTS[k]}
    hints = [PHRASE_HINTS[k] for k in found]
    regexes: list[tuple[str, re.Pattern[str] | None]] = []
    for name in PHRASE_HINTS_BY_CONCEPT:
        if name in hinted:
            if any(pattern in hint for pattern in _plain_patterns(name) for hint in hints):
                regexes.append((name, None))
                continue
            patterns = [pattern for pattern in BOILERPLATE_PHRASES[name] if any(hint in pattern for hint in hints)]
            regexes.append((name, re.compile("|".join(patterns)) if patterns else _NEVER))
    return regexes


_NEVER = re.compile(r"(?!)")  # matches nothing: a concept whose found hints no pattern holds


def _refuse_shared_phrases(groups: tuple[tuple[str, ...], ...]) -> None:
    """A ValueError when a phrase is in two of the lists (the one compiled pass could not count
    it for both; refused on every build alike)."""
    list_of: dict[str, int] = {}
    for g, group in enumerate(groups):
        for phrase in group:
            if list_of.setdefault(phrase, g) != g:
                raise ValueError("a phrase in two lists")


@lru_cache(maxsize=16)
def _grouped_counter(groups: tuple[tuple[str, ...], ...]) -> tuple[text_fast.HintScanner, tuple[int, ...]]:
    _refuse_shared_phrases(groups)
    phrases = tuple(phrase for group in groups for phrase in group)
    return text_fast.HintScanner(phrases), tuple(g for g, group in enumerate(groups) for _phrase in group)


def count_phrase_groups(text: str, groups: tuple[tuple[str, ...], ...], compiled: bool = True, lower: bool = False) -> list[int]:
    """`count_phrases` of `text` (of ``text.lower()`` when `lower`) for each list of phrases in
    `groups`, in one compiled pass where `text_fast` is built (`HintScanner.count_words_grouped`,
    lower-casing as it reads: no lower-cased copy of the text; tests compare)."""
    if compiled and text_fast is not None:
        scanner, group_of = _grouped_counter(groups)
        counts: list[int] = scanner.count_words_grouped(text, group_of, lower)
        return counts
    _refuse_shared_phrases(groups)
    return [count_phrases(text.lower() if lower else text, group, compiled=False) for group in groups]


def _is_word(char: str) -> bool:
    """What regex ``\\w`` matches in a str pattern."""
    return char.isalnum() or char == "_"


def count_phrases(text: str, phrases: tuple[str, ...], compiled: bool = True) -> int:
    """How many matches ``re.findall(r"\\b(?:p1|p2|...)\\b", text)`` finds for these literal phrases.

    Each phrase must start and end with a word character.  In one compiled
    pass where `text_fast` is built (`count_phrase_groups` with one list: 2x
    faster than the finds below on the page-type phrases); else `str.find` scans for each
    phrase (far faster than the regex engine stepping through every
    position); then, as the regex does, the leftmost match wins, at one place
    the first phrase in order wins, and matching resumes after a match.
    Tests compare both with the regex."""
    if compiled and text_fast is not None:
        return count_phrase_groups(text, (phrases,))[0]
    ends: dict[int, int] = {}
    size_of_text = len(text)
    for phrase in phrases:
        size = len(phrase)
        start = text.find(phrase)
        while start >= 0:
            end = start + size
            if (start == 0 or not _is_word(text[start - 1])) and (end == size_of_text or not _is_word(text[end])):
                ends.setdefault(start, end)  # an earlier phrase keeps its place
            start = text.find(phrase, start + 1)
    count, free_from = 0, 0
    for start in sorted(ends):
        if start >= free_from:
            count += 1
            free_from = ends[start]
    return count
