#include "content/clinic_reader.h"

#include <algorithm>
#include <map>

#include "content/hours_reader.h"
#include "content/limits.h"
#include "content/link_check.h"
#include "content/parse_checked.h"
#include "content/plain_language_reader.h"
#include "content/publish_reader.h"
#include "content/text_rules.h"
#include "lang/language.h"

namespace handout::content {

namespace {

// Reads the optional, ordered children named in `order` starting at `i`; anything out of
// order or unknown is reported.
class OrderedChildren {
 public:
  OrderedChildren(ElementChecker& checker, pugi::xml_node parent)
      : checker_(checker), children_(checker.element_children(parent)) {}

  // The next child if it is named `name`.
  std::optional<pugi::xml_node> take(std::string_view name) {
    if (i_ < children_.size() && is_named(children_[i_], name)) return children_[i_++];
    return std::nullopt;
  }
  bool done() const { return i_ == children_.size(); }
  // Reports what is left and consumes it.
  void reject_rest(std::string_view order) {
    for (; i_ < children_.size(); ++i_) checker_.unexpected(children_[i_], order);
  }

 private:
  ElementChecker& checker_;
  std::vector<pugi::xml_node> children_;
  std::size_t i_ = 0;
};

std::optional<model::Field> optional_text(ElementChecker& checker, OrderedChildren& children,
                                          std::string_view name) {
  if (auto node = children.take(name)) return checker.plain_text(*node);
  return std::nullopt;
}

bool is_location_id(std::string_view id) {
  if (id.empty() || id.front() == '-') return false;
  return std::ranges::all_of(
      id, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// The id attribute of a <location>: required, safe, unique in the clinic.
model::Field read_location_id(ElementChecker& checker, pugi::xml_node element,
                              const std::vector<model::Office>& earlier) {
  const std::optional<std::string> id = checker.required_attribute(element, "id");
  if (!id) return {};
  const model::Location at = checker.where_attribute(element, "id");
  if (!is_location_id(*id))
    checker.error(
        at, "location id '" + *id + "' is not valid; use lower-case letters, digits and hyphens");
  else if (std::ranges::any_of(earlier, [&](const auto& o) { return o.id.text == *id; }))
    checker.error(at, "location id '" + *id + "' is used twice in clinic.xml");
  return {*id, at};
}

// <name> or <note>, once per language (xml:lang).
model::Translated read_versions(ElementChecker& checker, OrderedChildren& children,
                                std::string_view name) {
  model::Translated versions;
  while (auto node = children.take(name)) {
    checker.allow_attributes(*node, {"xml:lang"});
    const std::string lang = node->attribute("xml:lang").value();
    const std::optional<std::string> raw = checker.raw_text(*node);
    if (!raw) continue;
    std::optional<model::Field> text{{collapse_whitespace(*raw), checker.where(*node)}};
    if (std::ranges::any_of(versions, [&](const auto& v) { return v.lang == lang; }))
      checker.error(*node, "a second <" + std::string(name) + "> in " +
                               (lang.empty() ? "the clinic's language" : "'" + lang + "'") +
                               "; give each language once, with xml:lang");
    else
      versions.push_back({lang, std::move(*text)});
  }
  return versions;
}

std::optional<model::Field> default_version(const model::Translated& versions) {
  if (versions.empty()) return std::nullopt;
  return versions.front().text;
}

model::Office read_office(ElementChecker& checker, pugi::xml_node element,
                          const std::vector<model::Office>& earlier) {
  checker.allow_attributes(element, {"id"});
  model::Office office;
  office.at = checker.where(element);
  office.id = read_location_id(checker, element, earlier);
  OrderedChildren children(checker, element);
  office.names = read_versions(checker, children, "name");
  office.name = default_version(office.names);
  if (auto address = children.take("address")) {
    checker.allow_attributes(*address, {});
    const std::size_t errors = checker.error_count();
    const std::vector<pugi::xml_node> lines = checker.element_children(*address);
    for (pugi::xml_node line : lines) {
      if (!is_named(line, "line"))
        checker.unexpected(line, "an <address> holds only <line> elements");
      else if (auto text = checker.plain_text(line))
        office.address.push_back(std::move(*text));
    }
    if (lines.empty() && checker.error_count() == errors)
      checker.error(*address, "<address> is empty; add at least one <line>");
  }
  office.phone = optional_text(checker, children, "phone");
  if (auto hours = children.take("hours")) office.hours = read_hours(checker, *hours);
  office.notes = read_versions(checker, children, "note");
  office.note = default_version(office.notes);
  children.reject_rest(
      "a <location> holds, in this order: <name>, <address>, <phone>, <hours>, <note>");
  return office;
}

std::optional<model::Clinic> read_clinic_root(ElementChecker& checker, pugi::xml_node root) {
  if (!is_named(root, "clinic")) {
    checker.error(root,
                  "the root element must be <clinic>, not <" + std::string(root.name()) + ">");
    return std::nullopt;
  }
  checker.allow_attributes(root, {"xml:lang"});
  model::Clinic clinic;
  clinic.file = checker.file();
  clinic.lang = root.attribute("xml:lang").value();
  if (!clinic.lang.empty() && !lang::written_language(clinic.lang))
    checker.error(checker.where_attribute(root, "xml:lang"),
                  unwritten_language("xml:lang", clinic.lang));
  OrderedChildren children(checker, root);
  if (auto name = children.take("name")) {
    if (auto text = checker.plain_text(*name)) clinic.name = std::move(*text);
  } else {
    checker.error(root, "a <clinic> must start with its <name>");
  }
  clinic.phone = optional_text(checker, children, "phone");
  clinic.fax = optional_text(checker, children, "fax");
  clinic.email = optional_text(checker, children, "email");
  clinic.web = optional_text(checker, children, "web");
  if (!clinic.phone && !clinic.email)
    checker.error(root, "a <clinic> needs a <phone> or an <email> so patients can reach it");
  while (auto office = children.take("location"))
    clinic.offices.push_back(read_office(checker, *office, clinic.offices));
  if (auto publish = children.take("publish")) read_publish(checker, *publish, clinic);
  if (auto plain = children.take("plain-language")) read_plain_language(checker, *plain, clinic);
  children.reject_rest(
      "a <clinic> holds, in this order: <name>, <phone>, <fax>, <email>, <web>, <location> "
      "elements, <publish>, then <plain-language>");
  for (model::Diagnostic& link : link_errors(clinic))
    checker.error(link.at, std::move(link.message));
  return clinic;
}

constexpr std::string_view pls_namespace = "http://www.w3.org/2005/01/pronunciation-lexicon";

model::Lexeme read_lexeme(ElementChecker& checker, pugi::xml_node element) {
  checker.allow_attributes(element, {});
  model::Lexeme lexeme;
  lexeme.at = checker.where(element);
  bool has_alias = false;
  for (pugi::xml_node child : checker.element_children(element)) {
    if (is_named(child, "grapheme") && !has_alias) {
      if (auto text = checker.plain_text(child)) lexeme.graphemes.push_back(std::move(text->text));
    } else if (is_named(child, "alias") && !has_alias && !lexeme.graphemes.empty()) {
      if (auto text = checker.plain_text(child)) {
        if (const std::size_t words = count_words_in(text->text); words > max_alias_words)
          checker.error(child, "the alias has " + std::to_string(words) +
                                   " words; an alias says how to read a word or an "
                                   "abbreviation, in at most " +
                                   std::to_string(max_alias_words) +
                                   " words: write longer text in the handouts themselves");
        lexeme.alias = std::move(text->text);
      }
      has_alias = true;
    } else if (is_named(child, "phoneme")) {
      checker.error(child, "<phoneme> is not supported; write how to say it in an <alias>");
    } else {
      checker.unexpected(child, "a <lexeme> holds one or more <grapheme>, then one <alias>");
    }
  }
  if (!has_alias) checker.error(element, "a <lexeme> needs <grapheme> and then <alias>");
  return lexeme;
}

// Each written form has one alias: a grapheme given twice is reported at its second place,
// naming the first, so the admin finds both.
class GraphemeRegister {
 public:
  void add(ElementChecker& checker, pugi::xml_node lexeme) {
    for (pugi::xml_node grapheme : lexeme.children()) {
      if (!is_named(grapheme, "grapheme")) continue;
      const std::string text = grapheme.text().get();
      const model::Location at = checker.where(grapheme);
      const auto [first, added] = seen_.try_emplace(text, at);
      if (added) continue;
      checker.error(at, "\"" + text + "\" is already a grapheme at " + checker.file() + ":" +
                            std::to_string(first->second.line) + ":" +
                            std::to_string(first->second.column) +
                            "; keep one lexeme for it, with the alias the audio should say");
    }
  }

 private:
  std::map<std::string, model::Location> seen_;
};

std::optional<model::Lexicon> read_lexicon_root(ElementChecker& checker, pugi::xml_node root) {
  if (!is_named(root, "lexicon")) {
    checker.error(root,
                  "the root element must be <lexicon>, not <" + std::string(root.name()) + ">");
    return std::nullopt;
  }
  checker.allow_attributes(root, {"version", "alphabet", "xml:lang", "xmlns"});
  if (std::string_view(root.attribute("xmlns").value()) != pls_namespace)
    checker.error(root, "a <lexicon> must declare xmlns=\"" + std::string(pls_namespace) + "\"");
  if (std::string_view(root.attribute("version").value()) != "1.0")
    checker.error(root, "a <lexicon> must have version=\"1.0\"");
  checker.required_attribute(root, "alphabet");
  checker.required_attribute(root, "xml:lang");
  model::Lexicon lexicon;
  lexicon.file = checker.file();
  lexicon.lang = {root.attribute("xml:lang").value(), checker.where_attribute(root, "xml:lang")};
  GraphemeRegister graphemes;
  for (pugi::xml_node child : checker.element_children(root)) {
    if (is_named(child, "lexeme")) {
      lexicon.lexemes.push_back(read_lexeme(checker, child));
      graphemes.add(checker, child);
    } else {
      checker.unexpected(child, "a <lexicon> holds only <lexeme> elements");
    }
  }
  return lexicon;
}

}  // namespace

std::optional<model::Clinic> parse_clinic(std::string text, const std::string& display_name,
                                          model::Diagnostics& out) {
  return parse_checked(std::move(text), display_name, out, read_clinic_root);
}

std::optional<model::Clinic> read_clinic(const std::filesystem::path& path,
                                         const std::string& display_name, model::Diagnostics& out) {
  return read_checked(path, display_name, out, read_clinic_root);
}

std::optional<model::Lexicon> parse_lexicon(std::string text, const std::string& display_name,
                                            model::Diagnostics& out) {
  return parse_checked(std::move(text), display_name, out, read_lexicon_root);
}

std::optional<model::Lexicon> read_lexicon(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           model::Diagnostics& out) {
  return read_checked(path, display_name, out, read_lexicon_root);
}

}  // namespace handout::content
