#include "content/link_check.h"

#include <string>
#include <vector>

#include "lang/language.h"
#include "lang/link_uri.h"
#include "model/reading_order.h"

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
    for (const model::Run& run : runs) {
      if (run.from_clinic) continue;
      if (run.kind == model::RunKind::web && run.href.empty())
        check_bare_web(run);
      else
        check(run.kind, run.address(), run.at);
    }
  }

  model::Diagnostics take() { return std::move(errors_); }

 private:
  // A <web> without href must be an address itself; words that are not are link text.
  void check_bare_web(const model::Run& run) {
    lang::Link link = lang::link_for(run.kind, run.text, countries_);
    if (link.error.empty()) return;
    errors_.push_back({file_, run.at,
                       std::move(link.error) +
                           "; to give a link words of its own, write the address in href: "
                           "<web href=\"https://…\">" +
                           run.text + "</web>"});
  }

  std::string file_;
  std::vector<std::string> countries_;
  model::Diagnostics errors_;
};

}  // namespace

model::Diagnostics link_errors(const model::Handout& handout, std::string_view clinic_lang) {
  LinkChecker checker(handout.file, lang::link_countries(handout.lang.tag, clinic_lang));
  for (const model::Unit& unit : model::reading_order(handout))
    for (const model::Inlines* text : model::texts_of(unit)) checker.runs(*text);
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
