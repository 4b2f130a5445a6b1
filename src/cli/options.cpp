#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <thread>

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

void add_build_options(CLI::App& command, BuildOptions& build) {
  command.add_option("--content", build.content, "Content folder (default: content)");
  command.add_option("--out", build.out, "Output folder (default: out)");
  command.add_option("--font-size", build.print.body_size, "Body text size in points, 18 to 32")
      ->check(CLI::Range(18, 32));
  command
      .add_option_function<std::string>(
          "--paper",
          [&](const std::string& paper) {
            build.print.paper = paper == "a4" ? print::Paper::a4 : print::Paper::letter;
          },
          "Paper size: letter (default) or a4")
      ->check(CLI::IsMember({"letter", "a4"}));
  command
      .add_option("--rate", build.speech.rate_wpm, "Speaking rate in words per minute, 80 to 450")
      ->check(CLI::Range(80, 450));
  command.add_flag("--wav", build.speech.wav, "Also write out/<id>.wav");
  build.jobs = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  command.add_option("-j,--jobs", build.jobs, "Handouts built at once (default: one per core)")
      ->check(CLI::Range(1, 256));
  command.add_flag("-q,--quiet", build.quiet, "Print only errors and the summary");
  command.add_option("ids", build.ids, "Handout ids to build (default: all)");
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

  BuildOptions build;
  CLI::App* build_command = app.add_subcommand(
      "build", "Write out/<id>.pdf, out/<id>.mp3 and out/<id>.ssml for every handout");
  add_build_options(*build_command, build);

  WatchOptions watch;
  CLI::App* watch_command = app.add_subcommand(
      "watch", "Build, then rebuild what changed each time a file in the content folder is saved");
  add_build_options(*watch_command, watch.build);

  SayOptions say;
  CLI::App* say_command = app.add_subcommand("say", "Print the words the audio says for a phrase");
  say_command->add_option("text", say.text, "The phrase, as printed")->required();
  say_command->add_option("--lang", say.lang, "Language of the handout (default: en-US)");
  say_command->add_flag("--phonemes", say.phonemes, "Also print eSpeak NG's phonemes");

  try {
    app.parse(static_cast<int>(args.size()), args.data());
  } catch (const CLI::ParseError& error) {
    const CLI::App* failed = &app;
    for (const CLI::App* command : {check_command, build_command, watch_command, say_command})
      if (command->parsed()) failed = command;
    return report(*failed, error);
  }
  if (build_command->parsed()) return build;
  if (watch_command->parsed()) return watch;
  if (say_command->parsed()) return say;
  return check;
}

}  // namespace handout::cli
