#include "cli/content_load.h"

namespace handout::cli {

LoadedContent load_content(const std::filesystem::path& content_dir,
                           std::span<const std::string> ids, model::Diagnostics& out) {
  LoadedContent loaded;
  loaded.clinic = content::load_clinic(content_dir, out);
  loaded.lexicon = content::load_lexicon(content_dir, out);
  if (std::filesystem::exists(content_dir / "lexicon.pls"))
    loaded.lexicon_file = content_dir / "lexicon.pls";
  loaded.files = content::find_handouts(content_dir, ids, out);
  return loaded;
}

}  // namespace handout::cli
