#include "content/link_check.h"

#include <string>
#include <vector>

#include "lang/language.h"
#include "lang/link_uri.h"

namespace handout::content {

namespace {

class LinkChecker {
 public:
  LinkChecker(std::string file, std::vector<std::string> countries)
      : file_(std::move(file)), countries_(std::move(countries)) {}

  void check(model::RunKind kind, std::string_view text, model::Location at) {
    if (kind != model::RunKind::phone && kind != model::RunKind::email &&
        kind != model::RunKind::web)
      return;
    if (lang::Link link = lang::link_for(kind, text, countries_); !link.error.empty())
      errors_.push_back({file_, at, std::move(link.error)});
  }

  void runs(const model::Inlines& runs) {
    for (const model::Run& run : runs)
      if (!run.from_clinic) check(run.kind, run.text, run.at);
  }

  void blocks(const std::vector<model::Block>& blocks) {
    for (const model::Block& block : blocks) {
      if (const auto* p = std::get_if<model::Paragraph>(&block)) runs(p->content);
      if (const auto* n = std::get_if<model::Note>(&block)) runs(n->content);
      if (const auto* l = std::get_if<model::List>(&block))
        for (const model::Item& item : l->items) runs(item.content);
      if (const auto* s = std::get_if<model::Steps>(&block))
        for (const model::Item& item : s->items) runs(item.content);
      if (const auto* s = std::get_if<model::Section>(&block)) {
        runs(s->heading);
        this->blocks(s->blocks);
      }
    }
  }

  model::Diagnostics take() { return std::move(errors_); }

 private:
  std::string file_;
  std::vector<std::string> countries_;
  model::Diagnostics errors_;
};

}  // namespace

model::Diagnostics link_errors(const model::Handout& handout, std::string_view clinic_lang) {
  LinkChecker checker(handout.file, lang::link_countries(handout.lang.tag, clinic_lang));
  checker.runs(handout.title);
  if (handout.subtitle) checker.runs(*handout.subtitle);
  checker.blocks(handout.body);
  return checker.take();
}

model::Diagnostics link_errors(const model::Clinic& clinic) {
  std::vector<std::string> countries = lang::link_countries(clinic.lang, clinic.lang);
  // A language handout does not write is refused at its attribute already.
  const bool dials = !countries.empty() && lang::written_language(clinic.lang);
  LinkChecker checker(clinic.file, std::move(countries));
  if (clinic.phone && dials)
    checker.check(model::RunKind::phone, clinic.phone->text, clinic.phone->at);
  if (clinic.email) checker.check(model::RunKind::email, clinic.email->text, clinic.email->at);
  if (clinic.web) checker.check(model::RunKind::web, clinic.web->text, clinic.web->at);
  for (const model::Office& office : clinic.offices)
    if (office.phone && dials)
      checker.check(model::RunKind::phone, office.phone->text, office.phone->at);
  return checker.take();
}

}  // namespace handout::content
