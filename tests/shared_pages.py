"""A small real-shaped news page in HTML, shared by the adapter tests (Spark, Scrapy)."""

URL = "https://coastline.example/news/ferry"
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbor ferry service to add weekend trips – Coastline Daily</title>
<meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2024-11-20T08:15:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Harbor ferry service to add weekend trips</h1>
<p class="byline">By Maria Lopez</p>
<p>OAKLAND, Calif. — The regional ferry operator will add weekend trips between Oakland and San Francisco
starting in December, officials said Wednesday, after ridership on Saturday and Sunday sailings grew faster
than on weekday commuter runs for the second year in a row.</p>
<p>The new schedule adds four round trips on Saturdays and three on Sundays. Fares will not change, and the
added sailings will use two boats that are now kept in reserve for maintenance cover, the operator said.</p>
<p>"Weekend riders are the fastest-growing part of our business, and they have been telling us for months
that the boats are full," the agency's general manager said at a board meeting.</p>
</article></main>
<footer><p>Copyright © 2024 Coastline Daily. All rights reserved.</p>
<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></footer>
</body></html>"""
