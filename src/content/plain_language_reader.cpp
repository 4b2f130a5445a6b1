#include "content/plain_language_reader.h"

#include <charconv>
#include <string>

#include "content/text_rules.h"
#include "lang/language.h"

namespace handout::content {

namespace {

constexpr double lowest_grade = 1;
constexpr double highest_grade = 18;

void read_grade(ElementChecker& checker, pugi::xml_node element, model::Clinic& clinic) {
  const pugi::xml_attribute attribute = element.attribute("grade");
  if (!attribute) return;
  const std::string text = attribute.value();
  double grade = 0;
  const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), grade);
  if (problem != std::errc() || end != text.data() + text.size() || grade < lowest_grade ||
      grade > highest_grade) {
    checker.error(checker.where_attribute(element, "grade"),
                  "grade '" + text + "' is not a school grade from 1 to 18, e.g. grade=\"8\"");
    return;
  }
  clinic.plain.grade = grade;
}

void read_inflesz(ElementChecker& checker, pugi::xml_node element, model::Clinic& clinic) {
  const pugi::xml_attribute attribute = element.attribute("inflesz");
  if (!attribute) return;
  if (const auto band = model::inflesz_band_named(attribute.value())) {
    clinic.plain.inflesz = *band;
    return;
  }
  checker.error(checker.where_attribute(element, "inflesz"),
                "inflesz '" + std::string(attribute.value()) +
                    "' is not a band of the INFLESZ scale: muy difícil, algo difícil, normal, "
                    "bastante fácil or muy fácil");
}

void read_instead(ElementChecker& checker, pugi::xml_node element, model::Clinic& clinic) {
  checker.allow_attributes(element, {"of", "use", "xml:lang"});
  for (pugi::xml_node child : checker.element_children(element))
    checker.unexpected(child, "<instead/> is empty; give the words in its of and use attributes");
  const std::optional<std::string> of = checker.required_attribute(element, "of");
  const std::optional<std::string> use = checker.required_attribute(element, "use");
  if (!of || !use) return;
  if (of->empty() || of->find(' ') != std::string::npos) {
    checker.error(checker.where_attribute(element, "of"),
                  "of='" + *of + "' must be one word, the word to avoid");
    return;
  }
  const std::string lang = element.attribute("xml:lang").value();
  if (!lang.empty() && !lang::written_language(lang)) {
    checker.error(checker.where_attribute(element, "xml:lang"),
                  unwritten_language("xml:lang", lang));
    return;
  }
  clinic.plain.words.push_back({lang, *of, *use, checker.where(element)});
}

}  // namespace

void read_plain_language(ElementChecker& checker, pugi::xml_node element, model::Clinic& clinic) {
  checker.allow_attributes(element, {"grade", "inflesz"});
  clinic.plain.at = checker.where(element);
  read_grade(checker, element, clinic);
  read_inflesz(checker, element, clinic);
  for (pugi::xml_node child : checker.element_children(element)) {
    if (std::string_view(child.name()) == "instead")
      read_instead(checker, child, clinic);
    else
      checker.unexpected(child, "<plain-language> holds <instead> elements only");
  }
}

}  // namespace handout::content
