#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <iostream>
#include <optional>
#include <thread>
#include <utility>

#include "cli/format_needs.h"
#include "cli/out_folder.h"
#include "cli/version.h"
#include "content/suggest.h"
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

// "must be a whole number from 18 to 32", not CLI11's "INT:INT in [18 - 32]".
CLI::Validator whole_number(int min, int max) {
  const std::string range = std::to_string(min) + " to " + std::to_string(max);
  return CLI::Validator(
      [min, max, range](std::string& text) -> std::string {
        int value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size())
          return "'" + text + "' is not a whole number; write one from " + range;
        if (value < min || value > max)
          return std::to_string(value) + " is outside " + range + "; write a whole number from " +
                 range;
        return {};
      },
      "", "whole number");
}

std::string joined(const std::vector<std::string>& words, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i)
    out += (i == 0 ? "" : i + 1 == words.size() ? std::string(last) : ", ") + words[i];
  return out;
}

// One of `choices`, in any case ("A4" is a4), stored in lower case.
CLI::Validator one_of(std::vector<std::string> choices) {
  return CLI::Validator(
      [choices](std::string& text) -> std::string {
        std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
        if (std::ranges::find(choices, text) != choices.end()) return {};
        return "'" + text + "' is not allowed; write " + joined(choices, " or ");
      },
      "", "one of");
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
  const bool integer = spec.kind == Kind::integer;
  if (spec.kind == Kind::text) {
    command
        .add_option_function<std::string>(
            flag, [&values, name](const std::string& value) { values.set(name, value); },
            spec.help + " (default: " + spec.default_value + ")")
        ->type_name("TEXT");
    return;
  }
  const std::string allowed = integer ? "a whole number from " + std::to_string(spec.min) + " to " +
                                            std::to_string(spec.max)
                                      : joined(spec.choices, " or ") + ", in any case";
  CLI::Option* option = command.add_option_function<std::string>(
      flag, [&values, name](const std::string& value) { values.set(name, value); },
      spec.help + ": " + allowed + " (default: " + spec.default_value + ")");
  option->type_name(integer ? "NUMBER" : joined(spec.choices, "|"));
  if (integer) option->check(whole_number(spec.min, spec.max));
  if (spec.kind == Kind::choice) option->transform(one_of(spec.choices));
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
  command.add_option("--content", build.content, "Content folder (default: content)")
      ->type_name("FOLDER");
  command.add_option("--out", build.out, "Output folder (default: out)")->type_name("FOLDER");
  command
      .add_option("--fonts", build.fonts_dir,
                  "Fonts folder (default: $HANDOUT_FONTS_DIR, else the installed fonts)")
      ->type_name("FOLDER");
  // One argument per --formats, split at commas: CLI11 otherwise lets the option
  // swallow the handout ids after it (`--formats pdf knee-ice`).
  command.add_option("--formats", build.formats, formats_help())
      ->allow_extra_args(false)
      ->delimiter(',')
      ->type_name(joined(writer_names(), ","))
      ->transform(one_of(writer_names()));
  for (const writer::Writer* w : writers::all())
    for (const writer::OptionSpec& spec : w->options())
      add_writer_option(command, spec, build.values);
  build.jobs = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  command.add_option("-j,--jobs", build.jobs, "Handouts built at once (default: one per core)")
      ->type_name("NUMBER")
      ->check(whole_number(1, 256));
  command.add_flag("-q,--quiet", build.quiet, "Print only errors and the summary");
  command.add_flag("--take-over", build.take_over,
                   "Build into an output folder of another content folder, or one holding "
                   "files handout did not make (it never deletes those)");
  command.add_option("ids", build.ids, "Handout ids to build, e.g. knee-ice (default: all)")
      ->type_name("");
}

// The formats in the list's order, each once, whatever order the admin typed them in, with
// the formats they need.
void order_formats(BuildOptions& build) {
  build.formats = build.formats.empty() ? writer_names() : with_needs(build.formats);
}

// `handout help [command]`, and a plain message for a command that does not exist
// ("biuld", "Build") naming the nearest one, where CLI11 says "A subcommand is required".
std::optional<ExitCode> command_word(const CLI::App& app, std::span<char*> args) {
  if (args.size() < 2 || args[1][0] == '-') return std::nullopt;
  const std::string word = args[1];
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
  if (std::ranges::find(names, word) != names.end()) return std::nullopt;
  if (word == "help") {
    const CLI::App* topic = &app;
    if (args.size() > 2 && std::ranges::find(names, std::string(args[2])) != names.end())
      topic = app.get_subcommand(args[2]);
    std::cout << topic->help();
    return exit_ok;
  }
  std::string lower = word;
  std::ranges::transform(lower, lower.begin(), [](unsigned char c) { return std::tolower(c); });
  names.emplace_back("help");
  const std::optional<std::string> near = content::nearest(lower, names);
  std::cerr << "handout: there is no command '" << word << "'"
            << (near ? "; did you mean 'handout " + *near + "'?" : ".") << " The commands are "
            << joined(names, " and ") << "; 'handout help COMMAND' explains one.\n";
  return exit_usage;
}

}  // namespace

Parsed parse_command_line(std::span<char*> args) {
  CLI::App app("handout: turns patient handouts written in XML into accessible formats", "handout");
  app.set_version_flag("--version", std::string(version));
  app.require_subcommand(1);
  const auto formatter = std::make_shared<CLI::Formatter>();
  formatter->label("Positionals", "Handouts");
  formatter->label("SUBCOMMAND", "COMMAND");
  formatter->column_width(28);
  app.formatter(formatter);

  CheckOptions check;
  CLI::App* check_command =
      app.add_subcommand("check", "Validate the content folder; print every error found");
  check_command->add_option("--content", check.content, "Content folder (default: content)")
      ->type_name("FOLDER");
  check_command
      ->add_option("--fonts", check.fonts_dir,
                   "Fonts folder (default: $HANDOUT_FONTS_DIR, else the installed fonts)")
      ->type_name("FOLDER");
  check_command->add_flag("--strict", check.strict,
                          "Count warnings (what the audio may read wrongly) as errors");
  check_command->add_flag("--quiet", check.quiet,
                          "Print errors only; the summary still counts the warnings");
  check_command->add_option("ids", check.ids, "Handout ids to check (default: all)")->type_name("");

  BuildOptions build;
  CLI::App* build_command =
      app.add_subcommand("build", "Write every format of every handout into the output folder");
  add_build_options(*build_command, build);

  WatchOptions watch;
  CLI::App* watch_command = app.add_subcommand(
      "watch", "Build, then rebuild what changed each time a file in the content folder is saved");
  add_build_options(*watch_command, watch.build);

  // Each format's tools (the audio's `say`), as the list of writers declares them.
  std::vector<ToolRun> tools;
  for (const writer::Writer* w : writers::all())
    for (writer::Tool& tool : w->tools()) tools.push_back({std::move(tool), {}, {}});
  std::vector<CLI::App*> commands{check_command, build_command, watch_command}, tool_commands;
  for (ToolRun& run : tools) {
    CLI::App* command = app.add_subcommand(run.tool.name, run.tool.help);
    command->add_option(run.tool.argument, run.argument, run.tool.argument_help)->required();
    command
        ->add_option("--content", run.content,
                     "Content folder whose clinic.xml and lexicons it reads with, as a build "
                     "does (default: content, when there is one)")
        ->type_name("FOLDER");
    for (const writer::OptionSpec& spec : run.tool.options)
      add_writer_option(*command, spec, run.values);
    commands.push_back(command);
    tool_commands.push_back(command);
  }
  for (CLI::App* command : commands) command->group("Commands");
  if (const std::optional<ExitCode> handled = command_word(app, args)) return *handled;
  try {
    app.parse(static_cast<int>(args.size()), args.data());
  } catch (const CLI::ParseError& error) {
    const CLI::App* failed = &app;
    for (const CLI::App* command : commands)
      if (command->parsed()) failed = command;
    return report(*failed, error);
  }
  order_formats(build);
  order_formats(watch.build);
  for (const auto& [command, options] :
       {std::pair{build_command, &build}, std::pair{watch_command, &watch.build}}) {
    if (!command->parsed()) continue;
    if (const std::optional<std::string> problem =
            out_folder_problem(options->out, options->content)) {
      std::cerr << "handout: " << *problem << " (try 'handout " << command->get_name()
                << " --help')\n";
      return exit_usage;
    }
  }
  if (build_command->parsed()) return build;
  if (watch_command->parsed()) return watch;
  for (std::size_t i = 0; i < tools.size(); ++i)
    if (tool_commands[i]->parsed()) return std::move(tools[i]);
  return check;
}

}  // namespace handout::cli
