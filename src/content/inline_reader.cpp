#include "content/inline_reader.h"

#include <string>

#include "content/clinic_reference.h"
#include "content/limits.h"
#include "content/text_rules.h"
#include "lang/language.h"

namespace handout::content {

namespace {

constexpr std::string_view inline_elements =
    "use text, <em>, <lang>, <say>, <phone>, <email>, <web> or a reference such as "
    "<clinic-phone/>";

std::optional<model::RunKind> leaf_kind(std::string_view name) {
  if (name == "say") return model::RunKind::say;
  if (name == "phone") return model::RunKind::phone;
  if (name == "email") return model::RunKind::email;
  if (name == "web") return model::RunKind::web;
  return std::nullopt;
}

class InlineReader {
 public:
  InlineReader(ElementChecker& checker, const model::Clinic* clinic)
      : checker_(checker), clinic_(clinic) {}

  void read_children(pugi::xml_node parent, bool emphasis) {
    const std::size_t first = runs_.size();
    read_children_only(parent, emphasis);
    // Runs inside <lang> carry its language (and a reference's run too).
    if (!lang_.empty())
      for (std::size_t i = first; i < runs_.size(); ++i)
        if (runs_[i].lang.empty()) runs_[i].lang = lang_;
  }

  void read_children_only(pugi::xml_node parent, bool emphasis) {
    for (pugi::xml_node child : parent.children()) {
      switch (child.type()) {
        case pugi::node_pcdata:
        case pugi::node_cdata:
          checker_.check_text(child, child.value(), false);
          runs_.push_back({model::RunKind::text,
                           child.value(),
                           {},
                           emphasis,
                           checker_.where(child),
                           checker_.places(child)});
          break;
        case pugi::node_element:
          read_element(child, emphasis);
          break;
        default:
          break;
      }
    }
  }

  model::Inlines take() { return std::move(runs_); }

 private:
  void read_element(pugi::xml_node element, bool emphasis) {
    const std::string_view name = element.name();
    if (name == "lang") {
      read_language(element, emphasis);
      return;
    }
    if (name == "em") {
      checker_.allow_attributes(element, {});
      if (emphasis) {
        checker_.error(element, "<em> cannot be inside another <em>");
        return;
      }
      const std::size_t before = runs_.size();
      read_children(element, true);
      if (collapse_whitespace(plain_text_since(before)).empty())
        checker_.error(element, "<em> is empty; write its text or delete it");
      return;
    }
    if (auto reference = resolve_clinic_reference(checker_, element, clinic_, emphasis)) {
      runs_.push_back(std::move(*reference));
      return;
    }
    const std::optional<model::RunKind> kind = leaf_kind(name);
    if (!kind) {
      checker_.unexpected(element, inline_elements);
      return;
    }
    read_leaf(element, *kind, emphasis);
  }

  // <say>, <phone>, <email>, <web>: plain text, kept as one run. White space at its edges
  // stays outside, so "call<phone> 555</phone>" still reads "call 555".
  void read_leaf(pugi::xml_node element, model::RunKind kind, bool emphasis) {
    std::string alias;
    std::string href;
    if (kind == model::RunKind::web) {
      checker_.allow_attributes(element, {"href"});
      if (pugi::xml_attribute given = element.attribute("href")) {
        href = collapse_whitespace(given.value());
        if (href.empty()) {
          checker_.error(checker_.where_attribute(element, "href"),
                         "href is empty; write the address the words link to");
          return;
        }
      }
    } else if (kind == model::RunKind::say) {
      checker_.allow_attributes(element, {"alias"});
      const std::optional<std::string> raw = checker_.required_attribute(element, "alias");
      if (!raw) return;
      alias = collapse_whitespace(*raw);
      if (alias.empty()) {
        checker_.error(checker_.where_attribute(element, "alias"),
                       "the alias of <say> is empty; write what the audio should say");
        return;
      }
      if (const std::size_t words = count_words_in(alias); words > max_say_alias_words) {
        checker_.error(checker_.where_attribute(element, "alias"),
                       "the alias of <say> has " + std::to_string(words) + " words; at most " +
                           std::to_string(max_say_alias_words) +
                           " say how to read its text: write longer text in the handout, "
                           "where it is printed too");
        return;
      }
    } else {
      checker_.allow_attributes(element, {});
    }
    const std::optional<std::string> raw = checker_.raw_text(element);
    if (!raw) return;
    const std::string text = collapse_whitespace(*raw);
    const model::Location at = checker_.where(element);
    if (raw->find_first_not_of(" \t\r\n") > 0)
      runs_.push_back({model::RunKind::text, " ", {}, emphasis, at});
    model::Run run{kind, text, alias, emphasis, at};
    run.href = std::move(href);
    runs_.push_back(std::move(run));
    if (raw->find_last_not_of(" \t\r\n") + 1 < raw->size())
      runs_.push_back({model::RunKind::text, " ", {}, emphasis, at});
  }

  // <lang xml:lang="en">…</lang>: words in another language than the handout's, such as a
  // name or a street, which the audio says in that language and every format marks.
  void read_language(pugi::xml_node element, bool emphasis) {
    checker_.allow_attributes(element, {"xml:lang"});
    const std::size_t before = runs_.size();
    // After an error its words are still read, in the language around it, so that neither
    // it nor its paragraph is reported empty too.
    if (std::optional<model::LanguageTag> tag = language_of(element)) {
      lang_ = std::move(*tag);
      read_children(element, emphasis);
      lang_ = {};
    } else {
      read_children(element, emphasis);
    }
    if (collapse_whitespace(plain_text_since(before)).empty())
      checker_.error(element, "<lang> is empty; write its text or delete it");
  }

  // The language a <lang> gives its words, or nothing after reporting why it gives none.
  std::optional<model::LanguageTag> language_of(pugi::xml_node element) {
    if (!lang_.empty()) {
      checker_.error(element, "<lang> cannot be inside another <lang>");
      return std::nullopt;
    }
    const std::optional<std::string> tag = checker_.required_attribute(element, "xml:lang");
    if (!tag) return std::nullopt;
    const model::Location at = checker_.where_attribute(element, "xml:lang");
    if (!is_language_tag(*tag) || lang::language_name(*tag).empty()) {
      checker_.error(at, "xml:lang '" + *tag +
                             "' is not a language tag of a known language; use one such as "
                             "en-US, en-GB, es or fr");
      return std::nullopt;
    }
    return model::LanguageTag{*tag, at};
  }

  std::string plain_text_since(std::size_t first) const {
    std::string text;
    for (std::size_t i = first; i < runs_.size(); ++i) text += runs_[i].text;
    return text;
  }

  ElementChecker& checker_;
  const model::Clinic* clinic_;
  model::LanguageTag lang_;  // of the <lang> being read; empty outside one
  model::Inlines runs_;
};

}  // namespace

model::Inlines read_inlines_or_empty(ElementChecker& checker, pugi::xml_node container,
                                     const model::Clinic* clinic) {
  InlineReader reader(checker, clinic);
  reader.read_children(container, false);
  model::Inlines runs = reader.take();
  normalise_whitespace(runs);
  return runs;
}

std::optional<model::Inlines> read_inlines(ElementChecker& checker, pugi::xml_node container,
                                           const model::Clinic* clinic,
                                           std::initializer_list<std::string_view> attributes) {
  checker.allow_attributes(container, attributes);
  model::Inlines runs = read_inlines_or_empty(checker, container, clinic);
  if (runs.empty()) {
    checker.error(container,
                  "<" + std::string(container.name()) + "> is empty; write its text or delete it");
    return std::nullopt;
  }
  return runs;
}

}  // namespace handout::content
