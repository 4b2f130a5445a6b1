// What the recording says around the handout's text, shown where it says it: the table of
// contents after the byline and the closing after the last block (model/reading_order.h).
#include <algorithm>
#include <iterator>

#include "epub/content_builder.h"
#include "lang/xml_escape.h"

namespace handout::epub {

namespace {

std::string spoken_span(const std::string& id, std::string_view text) {
  return "<span id=\"" + id + "\">" + lang::escape_xml_text(text) + "</span>";
}

// The closing line reads the title as a sentence.
std::string as_sentence(std::string text) {
  if (text.empty() || std::string_view(".?!").find(text.back()) == std::string_view::npos)
    text += '.';
  return text;
}

}  // namespace

// The unit's place in the book, from the table of contents the sections made.
std::string ContentBuilder::href_of(const std::string& unit) const {
  for (const TocEntry& entry : book_.toc)
    if (entry.href.ends_with("#" + unit)) return entry.href;
  return {};
}

// A list of links to the parts the recording names, or when it does not name them, what it
// says instead. Made once every document exists, at the place the opening kept for it.
void ContentBuilder::table_of_contents() {
  const std::vector<const model::Block*> parts = model::listed_parts(handout_);
  const std::string first = model::contents_sentence_id(1);
  std::vector<std::string> ids{first};
  std::string s;
  if (parts.size() > model::max_listed_parts) {
    s = "<p class=\"contents\">" + spoken_span(first, terms_.many_parts(parts.size())) + "</p>\n";
  } else {
    s = "<nav class=\"contents\" aria-labelledby=\"" + first + "\">\n<p>" +
        spoken_span(first, terms_.parts(parts.size())) + "</p>\n<ol>\n";
    for (std::size_t k = 0; k < parts.size(); ++k) {
      const auto* section = std::get_if<model::Section>(parts[k]);
      const std::string unit = section ? units_.of(section->heading).id
                                       : units_.of(std::get<model::Contact>(*parts[k])).id;
      const std::string title =
          section ? model::plain_text(section->heading) : std::string(terms_.contact_title());
      ids.push_back(model::contents_sentence_id(k + 2));
      s += "<li><a href=\"" + lang::escape_xml_attribute(href_of(unit)) + "\">" +
           spoken_span(ids.back(), title) + "</a></li>\n";
    }
    s += "</ol>\n</nav>\n";
  }
  ContentDocument& opening = book_.documents.front();
  opening.body.insert(contents_at_.first, s);
  opening.sentences.insert(
      opening.sentences.begin() + static_cast<std::ptrdiff_t>(contents_at_.second), ids.begin(),
      ids.end());
}

// The revision date, the closing line with the title and the thanks, as the last document's
// end.
void ContentBuilder::closing() {
  std::vector<std::string> lines;
  if (handout_.revised) lines.push_back(terms_.revised_spoken(*handout_.revised));
  lines.push_back(std::string(terms_.closing()) + ' ' +
                  as_sentence(model::plain_text(handout_.title)));
  lines.push_back(std::string(terms_.thanks()));
  out() += "<footer class=\"closing\">\n<p>";
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::string id = model::closing_sentence_id(k + 1);
    out() += (k > 0 ? " " : "") + spoken_span(id, lines[k]);
    spoken(id);
  }
  out() += "</p>\n</footer>\n";
}

}  // namespace handout::epub
