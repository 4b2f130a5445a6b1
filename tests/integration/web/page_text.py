#!/usr/bin/env python3
"""Prints the text a reader sees in an HTML page, with Python's own HTML parser: everything
in <body> but scripts, style sheets, the player (<section class="player">) and what is hidden
from the accessibility tree (aria-hidden), with a picture's alt text where it stands."""
import html.parser
import sys

INLINE = {"a", "abbr", "b", "em", "i", "span", "strong"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping = []  # per open element: whether it hides its content
        self.words = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            alt = dict(attrs).get("alt") if tag == "img" else None
            if alt and not any(self.skipping):
                self.words.append(" " + alt + " ")
            self.words.append(" ")
            return
        hidden = (tag in ("head", "script", "style") or ("class", "player") in attrs
                  or ("aria-hidden", "true") in attrs)
        self.skipping.append(hidden)

    def handle_endtag(self, tag):
        if tag not in VOID and self.skipping:
            self.skipping.pop()
        if tag not in INLINE:  # a block ends a word; </em> does not
            self.words.append(" ")

    def handle_data(self, data):
        if not any(self.skipping):
            self.words.append(data)


parser = Text()
with open(sys.argv[1], encoding="utf-8") as page:
    parser.feed(page.read())
print(" ".join("".join(parser.words).split()))
