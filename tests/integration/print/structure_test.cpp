// pdf.js reads the structure tree back: the roles and their text, the sizes of the text,
// the outline, the link annotations and the document's metadata.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>

#include "pdfjs_tree.h"
#include "rendered.h"
#include "running_title.h"

namespace handout::test {

namespace {

std::string without_spaces(std::string text) {
  std::erase(text, ' ');
  return text;
}

void flatten(const nlohmann::json& items, int depth, std::vector<ExpectedHeading>& out) {
  for (const auto& item : items) {
    out.push_back({item["title"].get<std::string>(), depth});
    flatten(item["items"], depth + 1, out);
  }
}

bool inside(const Element& element, const std::string& role) {
  return std::find(element.ancestors.begin(), element.ancestors.end(), role) !=
         element.ancestors.end();
}

}  // namespace

TEST_CASE("the structure tree: Document one H1 H2 to H5 by depth a list item per item") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    const std::vector<Element> all = elements(r.pdfjs);
    REQUIRE_FALSE(all.empty());
    CHECK(all.front().role == "Root");
    CHECK(all[1].role == "Document");

    const std::vector<Element> h1 = with_role(all, "H1");
    REQUIRE(h1.size() == 1);
    CHECK(h1[0].text == normalise(model::plain_text(r.handout.title)));

    std::vector<ExpectedHeading> headings;
    for (const Element& e : all)
      if (e.role == "H2" || e.role == "H3" || e.role == "H4" || e.role == "H5")
        headings.push_back({e.text, e.role[1] - '1'});
    REQUIRE(headings.size() == r.expected.headings.size());
    for (std::size_t i = 0; i < headings.size(); ++i) {
      CHECK(headings[i].text == normalise(r.expected.headings[i].text));
      CHECK(headings[i].depth == r.expected.headings[i].depth);
    }

    const std::vector<Element> items = with_role(all, "LI");
    REQUIRE(items.size() == r.expected.items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      CHECK(items[i].text == normalise(r.expected.items[i]));
      CHECK(inside(items[i], "L"));
    }
    const std::vector<Element> labels = with_role(all, "Lbl");
    CHECK(labels.size() == items.size());
    CHECK(with_role(all, "LBody").size() == items.size());
  }
}

TEST_CASE("notes and the contact block are structure elements with their text") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    const std::vector<Element> all = elements(r.pdfjs);
    CHECK(with_role(all, "Div").size() == static_cast<std::size_t>(r.expected.notes));
    std::string contact;
    for (const Element& sect : with_role(all, "Sect")) contact += sect.text + " ";
    for (const std::string& line : r.expected.contact_lines)
      CHECK_MESSAGE(normalise(contact).find(normalise(line)) != std::string::npos, line);
  }
}

TEST_CASE("each section is a Sect with its heading inside it and so is the contact block") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const std::vector<Element> all = elements(rendered(where, id).pdfjs);
    std::size_t top_level = 0;
    for (const Element& e : all) {
      if (e.role != "H2" && e.role != "H3" && e.role != "H4" && e.role != "H5") continue;
      CAPTURE(e.text);
      // Root, Document, then one Sect per level: H2 in a Sect of the document, H3 in a Sect
      // inside that one, and so on.
      const std::size_t depth = static_cast<std::size_t>(e.role[1] - '1');
      REQUIRE(e.ancestors.size() == 2 + depth);
      CHECK(e.ancestors[1] == "Document");
      for (std::size_t k = 2; k < e.ancestors.size(); ++k) CHECK(e.ancestors[k] == "Sect");
      if (depth == 1) ++top_level;
    }
    CHECK(top_level >= 2);  // the sections and the contact block
    for (const Element& e : with_role(all, "L")) CHECK((inside(e, "Sect") || inside(e, "Div")));
  }
}

TEST_CASE("every piece of text is tagged content or a page-furniture artifact") {
  const std::regex furniture(R"((Page|Página) \d+ (of|de) \d+|(Revised|Revisado) .*\d{4})");
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    for (std::size_t p = 0; p < r.pdfjs["pages"].size(); ++p) {
      const auto& page = r.pdfjs["pages"][p];
      CHECK(page["untagged"].empty());
      CHECK_FALSE(page["artifacts"].empty());
      int titles = 0;
      for (const auto& artifact : page["artifacts"]) {
        const std::string text = normalise(artifact["text"].get<std::string>());
        if (is_running_title(text, r.handout)) {
          ++titles;
          continue;
        }
        if (!text.empty()) CHECK_MESSAGE(std::regex_match(text, furniture), text);
      }
      CHECK(titles == (p == 0 ? 0 : 1));  // the running title, on every page after the first
    }
  }
}

TEST_CASE("text sizes: at least the body size title 28 headings 22 and 20 phones 22") {
  for (const double body : {18.0, 24.0}) {
    const double scale = body / 18;
    for (const auto& [where, id] : all_handouts()) {
      const auto& id_shown = id;  // clang 14 cannot capture a binding
      CAPTURE(id_shown);
      CAPTURE(body);
      print::PrintOptions options;
      options.body_size = body;
      const Rendered& r = rendered(where, id, options);
      double smallest = 1e9;
      for (const auto& page : r.pdfjs["pages"])
        for (const auto& artifact : page["artifacts"])
          smallest = std::min(smallest, artifact["size"].get<double>());
      const std::map<std::string, double> minimum = {
          {"H1", 28}, {"H2", 22}, {"H3", 20}, {"H4", 20}, {"H5", 20}};
      const std::vector<Element> all = elements(r.pdfjs);
      // The contact block ends the handout, after its heading, the last H2.
      std::size_t contact = 0;
      for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].role == "H2") contact = i;
      for (std::size_t i = 0; i < all.size(); ++i) {
        const Element& e = all[i];
        for (const double size : e.sizes) {
          smallest = std::min(smallest, size);
          if (minimum.contains(e.role)) CHECK(size >= minimum.at(e.role) * scale - 0.01);
        }
        const bool phone = std::find(r.expected.phones.begin(), r.expected.phones.end(), e.text) !=
                           r.expected.phones.end();
        if (phone && i > contact && inside(e, "Sect"))
          for (const double size : e.sizes) CHECK(size >= 22 * scale - 0.01);
      }
      CHECK(smallest >= body - 0.01);
    }
  }
}

TEST_CASE("the outline has one entry per section heading nested by depth") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    std::vector<ExpectedHeading> outline;
    flatten(r.pdfjs["outline"], 1, outline);
    REQUIRE(outline.size() == r.expected.headings.size());
    for (std::size_t i = 0; i < outline.size(); ++i) {
      CHECK(outline[i].text == r.expected.headings[i].text);
      CHECK(outline[i].depth == r.expected.headings[i].depth);
    }
  }
}

TEST_CASE("links are Link elements and annotations with https: mailto: or tel: and contents") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    std::vector<std::string> urls;
    std::size_t annotated_pages = 0;
    for (const auto& page : r.pdfjs["pages"]) {
      annotated_pages += page["annotations"].empty() ? 0 : 1;
      for (const auto& annotation : page["annotations"]) {
        CHECK(annotation["subtype"] == "Link");
        CHECK_FALSE(annotation["contents"].get<std::string>().empty());
        urls.push_back(annotation["url"].is_string() ? annotation["url"].get<std::string>() : "");
      }
    }
    std::vector<std::string> link_texts;
    const std::vector<Element> links = with_role(elements(r.pdfjs), "Link");
    for (std::size_t i = 0; i < links.size(); ++i) {
      link_texts.push_back(without_spaces(links[i].text));
      // pdf.js gives each page its tree: a link broken over two pages is in both.
      if (i + 1 < links.size() && links[i + 1].page == links[i].page + 1)
        link_texts.push_back(without_spaces(links[i].text + links[i + 1].text));
    }
    for (const ExpectedLink& link : r.expected.links) {
      CAPTURE(link.uri);
      CHECK(std::find(urls.begin(), urls.end(), link.uri) != urls.end());
      CHECK(std::find(link_texts.begin(), link_texts.end(), without_spaces(link.text)) !=
            link_texts.end());
    }
    std::size_t tabs = 0;
    for (std::size_t at = 0; (at = r.bytes.find("/Tabs /S", at)) != std::string::npos; ++at) ++tabs;
    CHECK(tabs == annotated_pages);
  }
}

TEST_CASE("metadata: marked language title shown XMP with dc and pdfuaid PDF 1.7") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    const std::string title = model::plain_text(r.handout.title);
    CHECK(r.pdfjs["markInfo"]["Marked"] == true);
    CHECK(r.pdfjs["info"]["title"] == title);
    CHECK(r.pdfjs["info"]["language"] == r.handout.lang.tag);
    CHECK_FALSE(r.pdfjs["info"]["author"].get<std::string>().empty());
    CHECK(r.pdfjs["xmp"]["title"] == title);
    CHECK(r.pdfjs["xmp"]["language"] == r.handout.lang.tag);
    CHECK_FALSE(r.pdfjs["xmp"]["creator"].empty());
    CHECK(r.bytes.starts_with("%PDF-1.7"));
    CHECK(r.bytes.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
    CHECK(r.bytes.find("/DisplayDocTitle true") != std::string::npos);
  }
}

}  // namespace handout::test
