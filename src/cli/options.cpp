#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/version.h"

namespace handout::cli {

namespace {

// CLI11's default message spans lines and exits 105+; ours is one line and exit code 2.
ExitCode report(const CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
    if (dynamic_cast<const CLI::CallForVersion*>(&error))
      std::cout << "handout " << version << '\n';
    else
      std::cout << app.help();
    return exit_ok;
  }
  std::cerr << "handout: " << error.what() << " (try 'handout --help')\n";
  return exit_usage;
}

}  // namespace

Parsed parse_command_line(std::span<char*> args) {
  CLI::App app(
      "handout: turns patient handouts written in XML into large-print accessible PDFs "
      "and spoken audio",
      "handout");
  app.set_version_flag("--version", std::string(version));
  app.require_subcommand(1);

  CheckOptions check;
  CLI::App* check_command =
      app.add_subcommand("check", "Validate the content folder; print every error found");
  check_command->add_option("--content", check.content, "Content folder (default: content)");
  check_command->add_option("ids", check.ids, "Handout ids to check (default: all)");

  try {
    app.parse(static_cast<int>(args.size()), args.data());
  } catch (const CLI::ParseError& error) {
    const CLI::App* failed = check_command->parsed() ? check_command : &app;
    return report(*failed, error);
  }
  return check;
}

}  // namespace handout::cli
