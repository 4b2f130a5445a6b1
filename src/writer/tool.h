#pragma once
// A command a format offers besides building, like ninja's tools: `handout say "…"` is the
// audio's, which prints what its recording says for a phrase. The command line makes a
// subcommand of each, with its argument and options, and names none of them itself.
#include <functional>
#include <string>
#include <vector>

#include "writer/option.h"

namespace handout::writer {

struct Tool {
  std::string name;           // the subcommand: "say"
  std::string help;           // for --help, a line
  std::string argument;       // its one argument's name, required: "text"
  std::string argument_help;  // "The phrase, as printed"
  std::vector<OptionSpec> options;
  // Runs it, printing to standard output; the exit code.
  std::function<int(const std::string& argument, const OptionValues& options)> run;
};

}  // namespace handout::writer
