#include "content/handout_reader.h"

#include <algorithm>
#include <set>

#include "content/clinic_language.h"
#include "content/element_checker.h"
#include "content/inline_reader.h"
#include "content/limits.h"
#include "content/link_check.h"
#include "content/parse_checked.h"
#include "content/text_rules.h"
#include "lang/language.h"
#include "model/element_ids.h"

namespace handout::content {

namespace {

constexpr std::string_view block_names = "use <p>, <list>, <steps>, <note> or <section>";

bool is_block(pugi::xml_node node) {
  return is_named(node, "p") || is_named(node, "list") || is_named(node, "steps") ||
         is_named(node, "note");
}

class HandoutReader {
 public:
  HandoutReader(ElementChecker& checker, const HandoutContext& context)
      : checker_(checker), context_(context) {}

  std::optional<model::Handout> read(pugi::xml_node root) {
    if (!is_named(root, "handout")) {
      checker_.error(root,
                     "the root element must be <handout>, not <" + std::string(root.name()) + ">");
      return std::nullopt;
    }
    written_ids_ = collect_written_ids(root);
    model::Handout handout;
    handout.file = checker_.file();
    handout.at = checker_.where(root);
    read_attributes(root, handout);
    // A language handout does not write is refused at its attribute; asking clinic.xml for
    // texts in it would only repeat that.
    if (context_.clinic && !handout.lang.empty() && lang::written_language(handout.lang.tag))
      clinic_ = clinic_in_language(*context_.clinic, handout.lang, checker_);
    read_body(root, handout);
    for (model::Diagnostic& link :
         link_errors(handout, context_.clinic ? context_.clinic->lang : std::string()))
      checker_.error(link.at, std::move(link.message));
    if (const std::size_t words = count_words(handout); words > max_handout_words)
      checker_.error(root, "the handout has " + std::to_string(words) + " words; at most " +
                               std::to_string(max_handout_words) +
                               " (over two hours of audio) are allowed, so split it");
    return handout;
  }

 private:
  // Offers only advice that would pass: id="Rodilla" is not a valid id.
  std::string id_mismatch(const std::string& id) const {
    const std::string rename = "rename the file to '" + id + ".xml'";
    if (!is_valid_id(context_.expected_id))
      return "id '" + id + "' does not match the file name '" + context_.expected_id +
             ".xml', which is not a valid id; " + rename;
    return "id '" + id + "' does not match the file name; " + rename + " or set id=\"" +
           context_.expected_id + "\"";
  }

  void read_attributes(pugi::xml_node root, model::Handout& handout) {
    checker_.allow_attributes(root, {"id", "lang", "revised"});
    if (auto id = checker_.required_attribute(root, "id")) {
      const model::Location at = checker_.where_attribute(root, "id");
      if (!is_valid_id(*id))
        checker_.error(at, "id '" + *id +
                               "' is not a safe file name; use lower-case letters, digits and "
                               "hyphens, starting with a letter or digit");
      else if (id->size() > max_id_length)
        checker_.error(at,
                       "the id is " + std::to_string(id->size()) + " characters long; at most " +
                           std::to_string(max_id_length) +
                           " are allowed, so that the name of each output file (the id and a "
                           "suffix such as .pdf) fits the system's limit of 255; shorten it and "
                           "rename the file to match");
      else if (std::ranges::find(reserved_ids, *id) != reserved_ids.end())
        checker_.error(at, "id '" + *id +
                               "' is the name of a file the build writes for all the handouts "
                               "together (index.html, manifest.json); choose another, such as '" +
                               *id + "-2', and rename the file to match");
      else if (*id != context_.expected_id)
        checker_.error(at, id_mismatch(*id));
      handout.id = *id;
    }
    if (auto lang = checker_.required_attribute(root, "lang")) {
      const model::Location at = checker_.where_attribute(root, "lang");
      if (!is_language_tag(*lang))
        checker_.error(
            at, "lang '" + *lang + "' is not a language tag; use one such as en-US, en-GB or es");
      else if (!lang::written_language(*lang))
        checker_.error(at, unwritten_language("lang", *lang));
      handout.lang = {*lang, at};
    }
    if (pugi::xml_attribute revised = root.attribute("revised")) {
      handout.revised = model::parse_iso_date(revised.value());
      if (!handout.revised)
        checker_.error(checker_.where_attribute(root, "revised"),
                       "revised '" + std::string(revised.value()) +
                           "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26");
    }
  }

  void read_body(pugi::xml_node root, model::Handout& handout) {
    const std::vector<pugi::xml_node> children = checker_.element_children(root);
    std::size_t i = 0;
    const auto next_is = [&](std::string_view name) {
      return i < children.size() && is_named(children[i], name);
    };
    if (next_is("title")) {
      if (auto title = read_inlines(checker_, children[i++], clinic_ptr()))
        handout.title = std::move(*title);
    } else {
      checker_.error(i < children.size() ? children[i] : root,
                     "a handout must start with its <title>");
    }
    if (next_is("subtitle")) handout.subtitle = read_inlines(checker_, children[i++], clinic_ptr());
    while (next_is("author"))
      if (auto name = checker_.plain_text(children[i++]))
        handout.authors.push_back({std::move(name->text), name->at});
    bool seen_section = false;
    bool seen_contact = false;
    for (; i < children.size(); ++i) {
      const pugi::xml_node child = children[i];
      if (is_block(child) && !seen_section) {
        if (auto block = read_block(child, 0)) handout.body.push_back(std::move(*block));
      } else if (is_named(child, "section")) {
        if (auto section = read_section(child, 1)) handout.body.push_back(std::move(*section));
        seen_section = true;
      } else if (is_named(child, "contact")) {
        read_contact(child, seen_section, seen_contact, handout);
      } else if (is_block(child)) {
        checker_.error(child, "<" + std::string(child.name()) +
                                  "> after the first section must be inside a <section>");
      } else if (is_named(child, "title") || is_named(child, "subtitle")) {
        checker_.error(child, "a handout has one <" + std::string(child.name()) +
                                  ">, at the start: <title>, then <subtitle>, then <author>");
      } else if (is_named(child, "author")) {
        checker_.error(child, "<" + std::string(child.name()) +
                                  "> must come at the start: <title>, then <subtitle>, then "
                                  "<author>");
      } else {
        checker_.unexpected(child, block_names);
      }
    }
    if (!seen_section)
      checker_.error(root, "a handout needs at least one <section> with a <heading>");
    if (!seen_contact) {
      // The Contact is built first: clang 14 has no aggregate initialisation from parentheses.
      handout.body.emplace_back(std::in_place_type<model::Contact>,
                                model::Contact{clinic(), checker_.where(root), true});
    }
  }

  void read_contact(pugi::xml_node element, bool seen_section, bool& seen_contact,
                    model::Handout& handout) {
    checker_.allow_attributes(element, {});
    checker_.element_children(element);
    for (pugi::xml_node child : element.children())
      if (child.type() == pugi::node_element)
        checker_.error(child, "<contact/> is empty: the clinic's details come from clinic.xml");
    if (seen_contact) {
      checker_.error(element, "only one <contact/> is allowed");
    } else if (!seen_section) {
      checker_.error(element, "<contact/> must come after at least one <section>");
    }
    seen_contact = true;
    handout.body.emplace_back(std::in_place_type<model::Contact>,
                              model::Contact{clinic(), checker_.where(element), false});
  }

  // The clinic's details in the handout's language.
  model::Clinic clinic() const { return clinic_ ? *clinic_ : model::Clinic{}; }
  const model::Clinic* clinic_ptr() const { return clinic_ ? &*clinic_ : nullptr; }

  std::optional<model::Block> read_block(pugi::xml_node element, int depth) {
    const std::string_view name = element.name();
    if (name == "p") {
      if (auto runs = read_inlines(checker_, element, clinic_ptr()))
        return model::Paragraph{std::move(*runs), checker_.where(element)};
    } else if (name == "note") {
      if (auto runs = read_inlines(checker_, element, clinic_ptr()))
        return model::Note{std::move(*runs), checker_.where(element)};
    } else if (name == "list") {
      return model::List{read_items(element, "item"), checker_.where(element)};
    } else if (name == "steps") {
      return model::Steps{read_items(element, "step"), checker_.where(element)};
    } else if (name == "section") {
      if (auto section = read_section(element, depth + 1)) return std::move(*section);
    } else {
      checker_.unexpected(element, block_names);
    }
    return std::nullopt;
  }

  std::vector<model::Item> read_items(pugi::xml_node element, std::string_view item_name) {
    checker_.allow_attributes(element, {});
    std::vector<model::Item> items;
    const std::vector<pugi::xml_node> children = checker_.element_children(element);
    for (pugi::xml_node child : children) {
      if (!is_named(child, item_name)) {
        checker_.unexpected(child, "<" + std::string(element.name()) + "> holds only <" +
                                       std::string(item_name) + "> elements");
      } else if (auto runs = read_inlines(checker_, child, clinic_ptr())) {
        items.push_back({std::move(*runs), checker_.where(child)});
      }
    }
    if (children.empty())
      checker_.error(element, "<" + std::string(element.name()) + "> is empty; add at least one <" +
                                  std::string(item_name) + ">");
    if (items.size() > max_items)
      checker_.error(element, "<" + std::string(element.name()) + "> has " +
                                  std::to_string(items.size()) + " items; at most " +
                                  std::to_string(max_items) +
                                  " fit a handout, so split it into several");
    return items;
  }

  // Depth is checked before descending, so deeply nested input cannot exhaust the stack.
  std::optional<model::Section> read_section(pugi::xml_node element, int depth) {
    if (depth > model::max_section_depth) {
      checker_.error(element, "sections nest at most " + std::to_string(model::max_section_depth) +
                                  " deep; move this section up a level");
      return std::nullopt;
    }
    checker_.allow_attributes(element, {"id"});
    model::Section section;
    section.depth = depth;
    section.at = checker_.where(element);
    const std::vector<pugi::xml_node> children = checker_.element_children(element);
    std::size_t i = 0;
    if (i < children.size() && is_named(children[i], "heading")) {
      if (auto heading = read_inlines(checker_, children[i], clinic_ptr()))
        section.heading = std::move(*heading);
      ++i;
    } else {
      checker_.error(i < children.size() ? children[i] : element,
                     "a <section> must start with its <heading>");
    }
    section.id = section_id(element, section.heading);
    if (i == children.size())
      checker_.error(element,
                     "<section> is empty; add a paragraph, list, steps or note after its "
                     "heading");
    for (; i < children.size(); ++i) {
      if (is_named(children[i], "heading")) {
        checker_.error(children[i], "a <section> has one <heading>; start a new <section>");
      } else if (auto block = read_block(children[i], depth)) {
        section.blocks.push_back(std::move(*block));
      }
    }
    return section;
  }

  std::string section_id(pugi::xml_node element, const model::Inlines& heading) {
    if (pugi::xml_attribute given = element.attribute("id")) {
      const std::string id = given.value();
      const model::Location at = checker_.where_attribute(element, "id");
      if (!is_valid_id(id))
        checker_.error(
            at, "section id '" + id + "' is not valid; use lower-case letters, digits and hyphens");
      else if (model::is_element_id(id))
        checker_.error(at, "section id '" + id +
                               "' is a name the web page, the EPUB and the talking book give "
                               "their own elements (" +
                               std::string(model::element_id_forms) +
                               "); choose another, such as 'part-" + id + "'");
      else if (!ids_.insert(id).second)
        checker_.error(at, "section id '" + id + "' is used twice in this handout");
      return id;
    }
    // A derived id steps aside for every id written in the file, wherever it appears, and for
    // the formats' own element ids ("Player" becomes player-2).
    const std::string base = derive_id(model::plain_text(heading));
    std::string id = base;
    for (int n = 2;
         written_ids_.contains(id) || model::is_element_id(id) || !ids_.insert(id).second; ++n)
      id = base + "-" + std::to_string(n);
    return id;
  }

  // Iterative, so that deeply nested input cannot exhaust the stack.
  static std::set<std::string> collect_written_ids(pugi::xml_node root) {
    std::set<std::string> ids;
    for (pugi::xml_node node = root.first_child(); node && node != root;) {
      if (is_named(node, "section") && node.attribute("id"))
        ids.insert(node.attribute("id").value());
      if (node.first_child()) {
        node = node.first_child();
        continue;
      }
      while (node != root && !node.next_sibling()) node = node.parent();
      if (node != root) node = node.next_sibling();
    }
    return ids;
  }

  ElementChecker& checker_;
  const HandoutContext& context_;
  std::optional<model::Clinic> clinic_;
  std::set<std::string> written_ids_;
  std::set<std::string> ids_;
};

}  // namespace

std::optional<model::Handout> parse_handout(std::string text, const std::string& display_name,
                                            const HandoutContext& context,
                                            model::Diagnostics& out) {
  return parse_checked(std::move(text), display_name, out,
                       [&](ElementChecker& checker, pugi::xml_node root) {
                         return HandoutReader(checker, context).read(root);
                       });
}

std::optional<model::Handout> read_handout(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           const HandoutContext& context, model::Diagnostics& out) {
  return read_checked(path, display_name, out, [&](ElementChecker& checker, pugi::xml_node root) {
    return HandoutReader(checker, context).read(root);
  });
}

}  // namespace handout::content
