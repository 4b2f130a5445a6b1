#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <thread>

#include "cli/version.h"
#include "writers/writers.h"

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

void add_writer_option(CLI::App& command, const writer::OptionSpec& spec,
                       writer::OptionValues& values) {
  using Kind = writer::OptionSpec::Kind;
  const std::string flag = "--" + spec.name;
  const std::string name = spec.name;
  if (spec.kind == Kind::flag) {
    command.add_flag_function(
        flag, [&values, name](std::int64_t) { values.set(name, "on"); }, spec.help);
    return;
  }
  CLI::Option* option =
      spec.kind == Kind::integer
          ? command.add_option_function<int>(
                flag, [&values, name](int value) { values.set(name, std::to_string(value)); },
                spec.help + " (" + std::to_string(spec.min) + " to " + std::to_string(spec.max) +
                    ")")
          : command.add_option_function<std::string>(
                flag, [&values, name](const std::string& value) { values.set(name, value); },
                spec.help);
  option->default_str(spec.default_value);
  if (spec.kind == Kind::integer) option->check(CLI::Range(spec.min, spec.max));
  if (spec.kind == Kind::choice) option->transform(CLI::IsMember(spec.choices, CLI::ignore_case));
}

std::vector<std::string> writer_names() {
  std::vector<std::string> names;
  for (const writer::Writer* w : writers::all()) names.emplace_back(w->name());
  return names;
}

std::string formats_help() {
  std::string help = "Formats to build, separated by commas (default: all):";
  for (const writer::Writer* w : writers::all())
    help += "\n  " + std::string(w->name()) + ": " + std::string(w->description());
  return help;
}

void add_build_options(CLI::App& command, BuildOptions& build) {
  command.add_option("--content", build.content, "Content folder (default: content)");
  command.add_option("--out", build.out, "Output folder (default: out)");
  command.add_option("--fonts", build.fonts_dir,
                     "Fonts folder (default: $HANDOUT_FONTS_DIR, else the installed fonts)");
  command.add_option("--formats", build.formats, formats_help())
      ->delimiter(',')
      ->check(CLI::IsMember(writer_names()));
  for (const writer::Writer* w : writers::all())
    for (const writer::OptionSpec& spec : w->options())
      add_writer_option(command, spec, build.values);
  build.jobs = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  command.add_option("-j,--jobs", build.jobs, "Handouts built at once (default: one per core)")
      ->check(CLI::Range(1, 256));
  command.add_flag("-q,--quiet", build.quiet, "Print only errors and the summary");
  command.add_option("ids", build.ids, "Handout ids to build (default: all)");
}

// The formats in the list's order, each once, whatever order the admin typed them in.
void order_formats(BuildOptions& build) {
  std::vector<std::string> ordered;
  for (const std::string& name : writer_names())
    if (build.formats.empty() || std::ranges::find(build.formats, name) != build.formats.end())
      ordered.push_back(name);
  build.formats = std::move(ordered);
}

}  // namespace

Parsed parse_command_line(std::span<char*> args) {
  CLI::App app("handout: turns patient handouts written in XML into accessible formats", "handout");
  app.set_version_flag("--version", std::string(version));
  app.require_subcommand(1);

  CheckOptions check;
  CLI::App* check_command =
      app.add_subcommand("check", "Validate the content folder; print every error found");
  check_command->add_option("--content", check.content, "Content folder (default: content)");
  check_command->add_option("--fonts", check.fonts_dir,
                            "Fonts folder (default: $HANDOUT_FONTS_DIR, else the installed fonts)");
  check_command->add_flag("--strict", check.strict,
                          "Count warnings (what the audio may read wrongly) as errors");
  check_command->add_option("ids", check.ids, "Handout ids to check (default: all)");

  BuildOptions build;
  CLI::App* build_command =
      app.add_subcommand("build", "Write every format of every handout into the output folder");
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
  order_formats(build);
  order_formats(watch.build);
  if (build_command->parsed()) return build;
  if (watch_command->parsed()) return watch;
  if (say_command->parsed()) return say;
  return check;
}

}  // namespace handout::cli
