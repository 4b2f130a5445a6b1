#include "epub/style.h"

namespace handout::epub {

const std::vector<std::string>& font_files() {
  static const std::vector<std::string> files{"AtkinsonHyperlegible-Regular.ttf",
                                              "AtkinsonHyperlegible-Bold.ttf"};
  return files;
}

// Sizes in em and rem only, so a reader's own text size still scales everything; the
// highlight is the class media:active-class names in the package document.
std::string stylesheet() {
  return R"(@font-face {
  font-family: "Atkinson Hyperlegible";
  font-weight: normal;
  src: url("fonts/AtkinsonHyperlegible-Regular.ttf");
}
@font-face {
  font-family: "Atkinson Hyperlegible";
  font-weight: bold;
  src: url("fonts/AtkinsonHyperlegible-Bold.ttf");
}
html {
  font-size: 150%;
}
body {
  font-family: "Atkinson Hyperlegible", "DejaVu Sans", sans-serif;
  line-height: 1.5;
  margin: 0 0.5em;
  overflow-wrap: break-word;
}
h1, h2, h3, h4 {
  line-height: 1.25;
  margin: 1em 0 0.5em;
}
h1 { font-size: 1.6em; }
h2 { font-size: 1.35em; }
h3 { font-size: 1.2em; }
h4 { font-size: 1.1em; }
p, li { margin: 0 0 0.75em; }
.subtitle { font-size: 1.2em; }
ol.steps > li, ul > li { margin-bottom: 0.5em; }
aside.note {
  border: 0.15em solid currentColor;
  padding: 0.5em 0.75em;
  margin: 1em 0;
}
address {
  font-style: normal;
  margin: 0 0 1em;
}
address p.line { margin: 0; }
a { color: inherit; text-decoration: underline; }
.-epub-media-overlay-active {
  background-color: #ffe14d;
  color: #000000;
}
)";
}

}  // namespace handout::epub
