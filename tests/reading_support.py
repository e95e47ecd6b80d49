"""Pages, archives and feeds built for the reading tests: real news texts in page templates.

The articles are Wikinews texts (CC BY 2.5, credit: Wikinews contributors; each article's
URL is given beside it), put inside a news site's furniture: navigation, a cookie banner,
a byline, share buttons, related stories, comments and a footer.  No third-party page is
committed: every page is made here.
"""

from __future__ import annotations

import io
from html import escape
from pathlib import Path

import attrs
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@attrs.frozen
class Article:
    """A news text: its headline, date, Wikinews URL and paragraphs."""

    title: str
    date: str
    url: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """The body as quotrack reads it: paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)


# Wikinews contributors, "Catalonia apartment block fire kills three, injures sixteen", CC BY 2.5:
# https://en.wikinews.org/wiki/Catalonia_apartment_block_fire_kills_three,_injures_sixteen
CATALONIA = Article(
    title="Catalonia apartment block fire kills three, injures sixteen",
    date="2019-01-07",
    url="https://en.wikinews.org/wiki/Catalonia_apartment_block_fire_kills_three,_injures_sixteen",
    paragraphs=(
        (
            "An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around "
            "ten kilometres from Barcelona. The blaze killed three, including a 92-year-old woman, and "
            "injured sixteen, including a baby."
        ),
        (
            "The fire service indicated on Twitter the baby girl was critically ill, while two adults "
            "were seriously injured. Local authorities indicated the most seriously injured adults "
            "escaped alive by leaping from windows to flee the ten-storey building. As of yesterday, no "
            "cause had yet been released for the fire by authorities in the Mediterranean coastal town."
        ),
        (
            "Firefighters put the fire out on Saturday and were subsequently pictured searching the "
            "charred apartments. Windows were broken out on multiple floors, with soot coating the "
            "outside of the structure."
        ),
        (
            "A second fire on Saturday, eighteen kilometres away in a another block of flats in La "
            "Llagosta, killed another person, according to firefighters."
        ),
    ),
)


# Wikinews contributors, "State-run bus crashes in Cuba en route to Havana, killing seven", CC BY 2.5:
# https://en.wikinews.org/wiki/State-run_bus_crashes_in_Cuba_en_route_to_Havana,_killing_seven
CUBA = Article(
    title="State-run bus crashes in Cuba en route to Havana, killing seven",
    date="2019-01-12",
    url="https://en.wikinews.org/wiki/State-run_bus_crashes_in_Cuba_en_route_to_Havana,_killing_seven",
    paragraphs=(
        (
            "A bus operated by Viazul, which is run by the Cuban military's tourist section, crashed on "
            "Thursday between Baracoa and Guantanamo. It was carrying a mix of locals and foreigners "
            "from Baracoa to Havana. The crash reportedly killed seven."
        ),
        (
            "The bus overturned in wet conditions; the bus driver told reporters he lost control, with "
            "some local press claiming he was attempting to pass another vehicle. The front-left "
            "section of the vehicle was heavily damaged in the rollover. At least one seat was pictured "
            "lying beside the wreck. According to reports, of the 40 passengers, 22 were Cuban."
        ),
        (
            "Foreign nationals were from France, Mexico, the Netherlands, Canada, and the United "
            "Kingdom. Four of the deceased were from overseas; they were two Argentinians, one from "
            "France, and a fourth from Germany."
        ),
        (
            "The crash took place on a bendy road at around 15:00 local time. Cuban roads suffer a "
            "large number of accidents; 2018 saw 11,187 recorded accidents leading to 750 deaths and "
            "7,999 injuries. Sky News said Thursday's accident was the fourth major bus crash in a "
            "month. In addition to the deaths, 33 were reported hopitalised with five seriously "
            "injured."
        ),
    ),
)


# Wikinews contributors, "Escape room fire kills five teen girls in Koszalin, Poland", CC BY 2.5:
# https://en.wikinews.org/wiki/Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland
KOSZALIN = Article(
    title="Escape room fire kills five teen girls in Koszalin, Poland",
    date="2019-01-05",
    url="https://en.wikinews.org/wiki/Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland",
    paragraphs=(
        (
            "A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the "
            "group was visiting to celebrate a birthday in Koszalin, North Poland. Following the fire, "
            "which also seriously injured a man, authorities are performing checks on all the nation's "
            "escape rooms."
        ),
        (
            "Escape rooms see participants locked into a space and given clues and a time limit to "
            "figure out how to free themselves. The enterprises have grown in popularity in recent "
            "years with reportedly over 1,000 in Poland which are especially patronised by teens."
        ),
        (
            'President Andrzej Duda said the victims were "joyful girls starting out in life [who] have '
            'had life torn away from them" in an "appalling tragedy" while Interior Minister Joachim '
            "Brudziński wrote he had ordered fire safety checks on escape rooms across Poland by the "
            'State Fire Brigade. He tweeted, "I want to express my sympathy and regrets to the families '
            'of the victims of the fire". Duda also characterised the deaths as "crushing" and wrote '
            '"May God protect their parents and loved ones."'
        ),
        (
            "Tomasz Kubiak, a fire service spokesman, told Agence France-Presse the male victim is in "
            'intensive care with "severe burns". Police press officer Monika Kosiec stated police '
            "believe him to be aged 25. Kosiec revealed police have been unable to question him. State "
            "press agency PAP has reported being told off the record all five deaths were caused by "
            "carbon monoxide poisoning."
        ),
        (
            "In addition to the inspections Brudzinski also ordered the installation of safety "
            "improvements at the facilities. Mayor of Koszalin Piotr Jedlinski has declared tomorrow a "
            "day of mourning."
        ),
    ),
)

ARTICLES = (CATALONIA, CUBA, KOSZALIN)

NAVIGATION = "".join(
    f'<li><a href="/{section.lower()}">{section}</a></li>'
    for section in ("Home", "World", "Politics", "Business", "Science", "Sport", "Opinion", "Video")
)
RELATED = "".join(
    f'<li><a href="/related/{n}"><h3>{title}</h3></a></li>'
    for n, title in enumerate(
        (
            "Storm closes schools across the region for a second day",
            "Markets fall as investors weigh new trade figures",
            "Five things to know before the weekend",
        )
    )
)


def page(
    article: Article,
    *,
    charset: str | None = "utf-8",
    meta_charset: bool = True,
    site_name: str | None = "The Daily Example",
    canonical: str | None = None,
    published: str | None = None,
    author: str | None = "Maria Lopez",
    lang: str = "en",
) -> str:
    """A whole news page around ``article``: its markup as text (encode it with ``charset``)."""
    head = []
    if charset and meta_charset:
        head.append(f'<meta charset="{charset}">')
    head.append(f"<title>{escape(article.title)} | {escape(site_name or 'News')}</title>")
    if site_name:
        head.append(f'<meta property="og:site_name" content="{escape(site_name)}">')
    head.append(f'<meta property="og:title" content="{escape(article.title)}">')
    head.append('<meta property="og:type" content="article">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if published is None:
        published = f"{article.date}T09:30:00+00:00"
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if author:
        head.append(f'<meta name="author" content="{escape(author)}">')
    body = "\n".join(f"<p>{escape(paragraph, quote=False)}</p>" for paragraph in article.paragraphs)
    byline = f'<p class="byline">By <a href="/authors/x">{escape(author)}</a></p>' if author else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>{"".join(head)}
<script>window.dataLayer = [{{"page": "article"}}];</script>
<style>.cookie-banner {{ position: fixed; }}</style></head>
<body>
<div id="cookie-banner" class="cookie-banner consent"><p>We use cookies to give you the best experience
on our website. By continuing to browse you agree to our use of cookies.</p>
<button>Accept all cookies</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">{escape(site_name or "News")}</a>
<nav class="main-nav"><ul>{NAVIGATION}</ul></nav>
<form class="search"><input name="q" placeholder="Search"></form></header>
<div class="ad ad-leaderboard">Advertisement</div>
<main>
<article class="story">
<h1 class="headline">{escape(article.title)}</h1>
{byline}
<div class="story-body">
{body}
</div>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email this story</a></div>
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>{RELATED}</ul></aside>
<section id="comments" class="comments"><h2>Comments (2)</h2>
<div class="comment"><p class="comment-author">reader42</p><p>I cannot believe this happened again, the
authorities should have done something about it years ago.</p></div>
<div class="comment"><p class="comment-author">jsmith</p><p>My thoughts go out to everyone affected by this
terrible news today.</p></div></section>
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
<p>© 2019 {escape(site_name or "News")}. All rights reserved.</p></footer>
</body></html>
"""


def page_bytes(article: Article, charset: str = "utf-8", **options: object) -> bytes:
    """:func:`page` encoded in ``charset`` (which its meta tag declares unless told otherwise)."""
    markup = page(article, charset=charset, **options)  # type: ignore[arg-type]
    return markup.encode(charset, errors="xmlcharrefreplace")


SECTION_FRONT = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>World | The Daily Example</title>'
    '<meta property="og:site_name" content="The Daily Example"></head><body>'
    f'<nav><ul>{NAVIGATION}</ul></nav><main><h1>World</h1><ul class="stories">'
    + "".join(
        f'<li><a href="/world/{n}"><h3>Headline number {n} about the day\'s events</h3></a>'
        f"<p>A short teaser {n}.</p></li>"
        for n in range(20)
    )
    + "</ul></main></body></html>"
)
LOGIN_WALL = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in</title></head><body>'
    f"<nav><ul>{NAVIGATION}</ul></nav><main><h1>Subscribe to continue reading</h1>"
    "<form><p>Email</p><input name=e><p>Password</p><input name=p><button>Log in</button></form>"
    "<p>Already a subscriber? Log in.</p></main></body></html>"
)


def http_headers(content_type: str = "text/html; charset=utf-8", **more: str) -> StatusAndHeaders:
    """The headers of an HTTP 200 response."""
    headers = [("Content-Type", content_type), *((k.replace("_", "-"), v) for k, v in more.items())]
    return StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")


def warc_record(
    writer: WARCWriter,
    url: str,
    body: bytes,
    *,
    kind: str = "response",
    headers: StatusAndHeaders | None = None,
    date: str = "2026-03-01T12:00:00Z",
) -> object:
    """A record for ``writer``; a response gets HTTP headers (text/html unless told)."""
    if kind == "response" and headers is None:
        headers = http_headers()
    return writer.create_warc_record(
        url,
        kind,
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )


def record_bytes(url: str, body: bytes, *, gzip: bool = True, **options: object) -> bytes:
    """One record as it is written in a ``.warc.gz`` (one gzip member) or a ``.warc``."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(warc_record(writer, url, body, **options))  # type: ignore[arg-type]
    return out.getvalue()


def write_warc(path: Path, records: list[bytes]) -> list[int]:
    """Write records (from :func:`record_bytes`) one after another; their byte offsets."""
    offsets, position = [], 0
    for record in records:
        offsets.append(position)
        position += len(record)
    path.write_bytes(b"".join(records))
    return offsets
