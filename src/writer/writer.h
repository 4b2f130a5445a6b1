#pragma once
// One output format. Every format implements this interface and has one row in the list of
// writers (writers/writers.cpp); the command line, the rebuild key, `handout check`, the
// manifest and the progress line loop over that list and name no format themselves.
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/language_tag.h"
#include "model/lexicon.h"
#include "writer/option.h"

namespace handout::writer {

// What a build gives every writer besides the handout.
struct Resources {
  std::filesystem::path fonts_dir;  // Atkinson Hyperlegible and DejaVu Sans
  // How the audio says abbreviations: one lexicon per language (lexicon.pls, lexicon.es.pls),
  // each with the file it came from; never null. A writer uses the one of the handout's
  // language only, and declares only that one among its inputs.
  const std::vector<model::Lexicon>* lexicons = nullptr;
  std::int64_t source_date_epoch = 0;  // dates outputs of handouts with no `revised`
};

// Something outputs depend on besides the handout and the options, for the rebuild key:
// a file (hashed with its contents) or a text such as a library's version.
struct Input {
  std::string label;
  std::filesystem::path file;  // hashed when not empty
  std::string text;
};

struct OutputFile {
  std::string name;  // the file's name in the output folder, e.g. "dry-needling.pdf"
  std::string bytes;
};

struct Rendered {
  std::vector<OutputFile> files;
  nlohmann::json summary;  // the manifest's record of this format, e.g. {"pages": 4}
};

class Writer {
 public:
  virtual ~Writer() = default;

  virtual std::string_view name() const = 0;         // "pdf", as --formats names it
  virtual std::string_view description() const = 0;  // for --help, e.g. "out/<id>.pdf: …"
  virtual const std::vector<OptionSpec>& options() const = 0;
  // Every input besides the handout, so the rebuild key cannot miss one, for a handout in
  // `language` (its lang, read before the handout is): an input used for some languages only,
  // such as a language's lexicon, is declared for those only.
  virtual std::vector<Input> inputs(const Resources& resources, const OptionValues& options,
                                    const model::LanguageTag& language) const = 0;
  // What this format cannot render for the handout, each at its place. `render` throws
  // model::Error for these errors too; `check` finds them without writing anything. Warnings
  // (what it renders with little confidence) never stop a build.
  virtual model::Diagnostics check(const model::Handout& handout,
                                   const Resources& resources) const = 0;
  // The files, in memory; throws model::Error when the handout cannot be rendered.
  virtual Rendered render(const model::Handout& handout, const Resources& resources,
                          const OptionValues& options) const = 0;
  // A few words for the progress line, from a summary `render` returned: "4 pages".
  virtual std::string describe(const nlohmann::json& summary) const = 0;
};

}  // namespace handout::writer
