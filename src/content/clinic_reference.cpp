#include "content/clinic_reference.h"

#include <array>
#include <string>

namespace handout::content {

namespace {

struct Reference {
  std::string_view element;  // e.g. "clinic-phone"
  std::string_view detail;   // the element in clinic.xml, e.g. "phone"
  model::RunKind kind;
  bool per_location;  // may take location="…"
};

constexpr std::array<Reference, 4> references{{
    {"clinic-name", "name", model::RunKind::text, true},
    {"clinic-phone", "phone", model::RunKind::phone, true},
    {"clinic-email", "email", model::RunKind::email, false},
    {"clinic-web", "web", model::RunKind::web, false},
}};

const Reference* find_reference(std::string_view name) {
  for (const Reference& reference : references)
    if (reference.element == name) return &reference;
  return nullptr;
}

const model::Field* clinic_detail(const model::Clinic& clinic, std::string_view detail) {
  if (detail == "name") return &clinic.name;
  if (detail == "phone") return clinic.phone ? &*clinic.phone : nullptr;
  if (detail == "email") return clinic.email ? &*clinic.email : nullptr;
  return clinic.web ? &*clinic.web : nullptr;
}

const model::Field* office_detail(const model::Office& office, std::string_view detail) {
  if (detail == "name") return office.name ? &*office.name : nullptr;
  return office.phone ? &*office.phone : nullptr;
}

// The language of the clinic's own name in a handout of another language: clinic.xml's,
// written where the reference is; empty when they share it (or either is unknown).
model::LanguageTag name_language(const model::Clinic& clinic, const model::Location& at) {
  const model::LanguageTag own{clinic.lang, at};
  if (own.empty() || clinic.taken_for.empty() ||
      own.primary() == model::LanguageTag{clinic.taken_for, {}}.primary())
    return {};
  return own;
}

std::string location_ids(const model::Clinic& clinic) {
  std::string ids;
  for (const model::Office& office : clinic.offices)
    ids += (ids.empty() ? "" : ", ") + office.id.text;
  return ids.empty() ? ", which has no <location>" : "; use one of: " + ids;
}

// The field a reference names, or nullptr after reporting why there is none.
const model::Field* referenced_field(ElementChecker& checker, pugi::xml_node element,
                                     const Reference& reference, const model::Clinic& clinic) {
  const std::string detail(reference.detail);
  const pugi::xml_attribute location = element.attribute("location");
  if (!location || !reference.per_location) {
    const model::Field* field = clinic_detail(clinic, detail);
    if (!field)
      checker.error(element, "clinic.xml has no <" + detail + "> for the clinic; add one there");
    return field;
  }
  const std::string id = location.value();
  for (const model::Office& office : clinic.offices) {
    if (office.id.text != id) continue;
    const model::Field* field = office_detail(office, detail);
    if (!field)
      checker.error(element,
                    "location '" + id + "' in clinic.xml has no <" + detail + ">; add one there");
    return field;
  }
  checker.error(checker.where_attribute(element, "location"),
                "location '" + id + "' is not in clinic.xml" + location_ids(clinic));
  return nullptr;
}

}  // namespace

bool is_clinic_reference(std::string_view element_name) {
  return find_reference(element_name) != nullptr;
}

std::optional<model::Run> resolve_clinic_reference(ElementChecker& checker, pugi::xml_node element,
                                                   const model::Clinic* clinic, bool emphasis) {
  const Reference* reference = find_reference(element.name());
  if (!reference) return std::nullopt;
  if (reference->per_location)
    checker.allow_attributes(element, {"location"});
  else
    checker.allow_attributes(element, {});
  // After an error the reference still stands for some text, so its paragraph is not
  // reported as empty too.
  model::Run run{
      model::RunKind::text, std::string(reference->element), {}, emphasis, checker.where(element)};
  if (element.first_child()) {
    checker.error(element, "<" + std::string(reference->element) +
                               "/> stays empty; the detail comes from clinic.xml");
    return run;
  }
  if (!clinic) return run;
  if (const model::Field* field = referenced_field(checker, element, *reference, *clinic)) {
    run.kind = reference->kind;
    run.text = field->text;
    run.from_clinic = true;
    // The clinic's name is in clinic.xml's language; a location's is in the handout's.
    if (field == &clinic->name) run.lang = name_language(*clinic, run.at);
  }
  return run;
}

}  // namespace handout::content
