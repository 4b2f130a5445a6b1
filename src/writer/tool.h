#pragma once
// A command a format offers besides building, like ninja's tools: `handout say "…"` is the
// audio's, which prints what its recording says for a phrase. The command line makes a
// subcommand of each, with its argument and options, and names none of them itself.
#include <functional>
#include <string>
#include <vector>

#include "model/clinic.h"
#include "model/clinical_lexicon.h"
#include "model/lexicon.h"
#include "writer/option.h"

namespace handout::writer {

// What a tool that reads as a build does finds in the content folder (--content), loaded as a
// build loads it: its clinic.xml and its lexicons. Empty when there is no content folder.
struct ToolContent {
  const model::Clinic* clinic = nullptr;
  const std::vector<model::Lexicon>* lexicons = nullptr;
  // The tool's shipped clinical lexicons, as a build reads with them.
  const std::vector<model::ClinicalLexicon>* clinical_lexicons = nullptr;
};

struct Tool {
  std::string name;           // the subcommand: "say"
  std::string help;           // for --help, a line
  std::string argument;       // its one argument's name, required: "text"
  std::string argument_help;  // "The phrase, as printed"
  std::vector<OptionSpec> options;
  // Runs it, printing to standard output; the exit code. The command line gives every tool a
  // --content option and loads that folder's clinic.xml and lexicons for it.
  std::function<int(const std::string& argument, const OptionValues& options,
                    const ToolContent& content)>
      run;
};

}  // namespace handout::writer
