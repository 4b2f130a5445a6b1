#pragma once
// One output format. Every format implements this interface and has one row in the list of
// writers (writers/writers.cpp); the command line, the rebuild key, `handout check`, the
// manifest and the progress line loop over that list and name no format themselves.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/clinical_lexicon.h"
#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/language_tag.h"
#include "model/lexicon.h"
#include "model/plain_language.h"
#include "writer/option.h"
#include "writer/output_kind.h"
#include "writer/products.h"
#include "writer/tool.h"

namespace handout::writer {

// What a build gives every writer besides the handout.
struct Resources {
  std::filesystem::path fonts_dir;  // Atkinson Hyperlegible and DejaVu Sans
  // How the audio says abbreviations: one lexicon per language (lexicon.pls, lexicon.es.pls),
  // each with the file it came from; never null. A writer uses the one of the handout's
  // language only, and declares only that one among its inputs.
  const std::vector<model::Lexicon>* lexicons = nullptr;
  // The clinical lexicons the tool ships (clinical-lexicon/<language>.txt), one per language,
  // each with the file it came from; the clinic's lexicon wins over them. Null: none.
  const std::vector<model::ClinicalLexicon>* clinical_lexicons = nullptr;
  std::int64_t source_date_epoch = 0;  // dates outputs of handouts with no `revised`
  // Where a writer spools an output too large to hold in memory (a SpooledFile): the output
  // folder in a build, so that the file is renamed into place; the system's temporary folder
  // when empty.
  std::filesystem::path scratch_dir = {};
  // This process renders one handout and then exits (a build's worker): a writer may start
  // process-wide state for it (eSpeak NG) without isolating it in a process of its own.
  bool one_handout_process = false;

  std::filesystem::path scratch() const {
    return scratch_dir.empty() ? std::filesystem::temp_directory_path() : scratch_dir;
  }
};

// Something outputs depend on besides the handout and the options, for the rebuild key:
// a file (hashed with its contents) or a text such as a library's version.
struct Input {
  std::string label;
  std::filesystem::path file;  // hashed when not empty
  std::string text;
};

struct Rendered {
  std::vector<OutputFile> files;
  // The manifest's record of this format, e.g. {"pages": 4}; a format whose files include a
  // recording (an audio/ media type) gives its length as "seconds", which lists of the
  // handout's files show beside it (ListedFile::seconds).
  nlohmann::json summary;
  // What the formats made after it read (Writer::provides), e.g. the audio's sentence times;
  // never written to the manifest.
  Products products;
};

// A handout's rendered formats by writer name.
using RenderedFormats = std::map<std::string, Rendered, std::less<>>;

// One handout of a build, for the files made from the whole collection (out/index.html).
struct CollectionEntry {
  const model::Handout* handout = nullptr;  // id, title, language; the clinic in its contact
  // Its files in the output folder, in the list of writers' order and each writer's.
  std::vector<ListedFile> files;
  // The summary each format's render returned (Rendered::summary), by writer name: a
  // collection file reads its own format's.
  std::map<std::string, nlohmann::json, std::less<>> summaries = {};
  // How hard it reads, as its last build measured it (src/plain); none when unmeasured.
  std::optional<model::ReadingLevel> reading = {};
};

class Writer {
 public:
  virtual ~Writer() = default;

  virtual std::string_view name() const = 0;         // "pdf", as --formats names it
  virtual std::string_view description() const = 0;  // for --help, e.g. "out/<id>.pdf: …"
  virtual const std::vector<OptionSpec>& options() const = 0;
  // The files it writes for each handout ("<id>.pdf"), for the index, the links between
  // formats and the manifest.
  virtual const std::vector<OutputKind>& outputs() const = 0;
  // What it gives the formats after it in the list, in Rendered::products.
  virtual std::vector<Product> provides() const { return {}; }
  // What it reads of the formats before it (the web page needs a recording's sentence times).
  // Building this format builds the formats that provide them too, and its rebuild key
  // includes theirs.
  virtual std::vector<Product> needs() const { return {}; }
  // Whether it reads the handout's files of the other formats (Products::other_files: the web
  // page links each). The build then renders it after the handout's other formats, gives it
  // their files as they will be in the output folder, and makes it again when one changes.
  virtual bool lists_other_files() const { return false; }
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
  // check() of each of several handouts, in order, as `handout check` asks: a format that asks
  // a library in a child process (the audio asks eSpeak NG how it reads words) asks once for
  // them all.
  virtual std::vector<model::Diagnostics> check_all(std::span<const model::Handout* const> handouts,
                                                    const Resources& resources) const {
    std::vector<model::Diagnostics> out;
    for (const model::Handout* handout : handouts) out.push_back(check(*handout, resources));
    return out;
  }
  // The files, in memory; throws model::Error when the handout cannot be rendered. `needed`
  // holds (at least) the products named by needs().
  virtual Rendered render(const model::Handout& handout, const Resources& resources,
                          const OptionValues& options, const Products& needed) const = 0;
  // The names of the files render_collection() may return ("index.html"): plain file names,
  // the only collection files a build deletes when they are no longer made.
  virtual std::vector<std::string> collection_names() const { return {}; }
  // Files made from every handout of the output folder (such as out/index.html), written
  // after each build that included this format, each named in collection_names(); none by
  // default.
  virtual std::vector<OutputFile> render_collection(std::span<const CollectionEntry> entries,
                                                    const Resources& resources,
                                                    const OptionValues& options) const {
    (void)entries, (void)resources, (void)options;
    return {};
  }
  // Commands it offers besides building (`handout say`); none by default.
  virtual std::vector<Tool> tools() const { return {}; }
  // A few words for the progress line, from a summary `render` returned: "4 pages".
  virtual std::string describe(const nlohmann::json& summary) const = 0;
};

}  // namespace handout::writer
