#include "epub/style.h"

namespace handout::epub {

const std::vector<std::string>& font_files() {
  static const std::vector<std::string> files{"AtkinsonHyperlegible-Regular.ttf",
                                              "AtkinsonHyperlegible-Bold.ttf"};
  return files;
}

// Sizes in em and rem only, so a reader's own text size still scales everything; the
// highlight is the class media:active-class names in the package document, and a picture is
// highlighted while its description (hidden: its alt text says it) is spoken. Each kind of
// note has a frame of its own that needs no colour to tell it, and its label in words; the
// colours are the text's own (a reading system's themes choose them). A table has a rule
// around each cell; on a narrow screen each row is a block of its values, each labelled by its
// column's name (data-label), with nothing to scroll sideways. A checklist's box is a character
// with its state in words as its text equivalent (no form controls in a book).
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
h5, h6 {
  font-size: 1.05em;
  line-height: 1.25;
  margin: 1em 0 0.5em;
}
aside.note {
  border-left: 0.4em solid currentColor;
  padding: 0.5em 0.75em;
  margin: 1em 0;
}
aside.note-emergency { border: 0.45em double currentColor; }
aside.note-warning { border: 0.2em solid currentColor; border-left-width: 0.6em; }
aside.note-tip { border: 0.15em dashed currentColor; }
p.note-label { margin: 0 0 0.25em; }
figure {
  position: relative;
  margin: 1em 0;
}
figure img {
  display: block;
  max-width: 100%;
  height: auto;
  background-color: #ffffff;
}
figcaption { margin: 0.3em 0 0; }
em {
  font-style: normal;
  font-weight: bold;
}
span.description {
  position: absolute;
  top: 0;
  left: 0;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
}
span.description.-epub-media-overlay-active ~ img {
  outline: 0.2em solid #000000;
  box-shadow: 0 0 0 0.5em #ffe14d;
}
section.exercise { margin-top: 1.5em; }
p.dose { font-size: 1.1em; }
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
table {
  border-collapse: collapse;
  width: 100%;
  margin: 1em 0;
}
caption {
  text-align: left;
  font-weight: bold;
  padding: 0 0 0.3em;
}
th, td {
  border: 0.1em solid currentColor;
  padding: 0.3em 0.5em;
  text-align: left;
  vertical-align: top;
}
thead th { border-bottom-width: 0.2em; }
tr.-epub-media-overlay-active > th, tr.-epub-media-overlay-active > td {
  background-color: #ffe14d;
  color: #000000;
}
tr.-epub-media-overlay-active { outline: 0.2em solid #000000; }
ul.checklist {
  list-style: none;
  padding-left: 0;
}
ul.checklist.-epub-media-overlay-active { outline: 0.2em solid #000000; }
li.check { padding-left: 1.6em; text-indent: -1.6em; }
span.box {
  display: inline-block;
  width: 1.2em;
  text-indent: 0;
  font-family: "DejaVu Sans", sans-serif;
}
@media (max-width: 40em) {
  table, caption, thead, tbody, tr, th, td { display: block; }
  thead tr { margin: 0 0 0.6em; }
  thead th {
    display: inline-block;
    margin: 0 0.3em 0.3em 0;
    padding: 0.1em 0.5em;
  }
  tbody tr {
    border: 0.1em solid currentColor;
    border-left-width: 0.4em;
    margin: 0 0 0.8em;
    padding: 0.3em 0.7em;
  }
  tbody th, tbody td { border: 0; padding: 0.15em 0; }
  tbody th { font-size: 1.1em; }
  td[data-label]::before {
    content: attr(data-label) ": ";
    font-weight: bold;
  }
  td:empty { display: none; }
}
)";
}

}  // namespace handout::epub
