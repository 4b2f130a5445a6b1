#include "reading/normaliser.h"

#include "reading/utf8_words.h"

namespace handout::reading {

namespace {

std::string_view trimmed(std::string_view words) {
  while (!words.empty() && words.front() == ' ') words.remove_prefix(1);
  while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
  return words;
}

bool ends_with_word(const std::string& out) {
  return !out.empty() && word_before(out, out.size());
}

}  // namespace

std::vector<SpokenPiece> read_text(std::string_view text, const Dialect& dialect,
                                   const model::Lexicon* lexicon,
                                   const model::ClinicalLexicon* clinical) {
  const ReadingContext context{dialect, lexicon, clinical};
  std::vector<SpokenPiece> pieces;
  for (const Token& token : tokenize(text, context)) {
    pieces.push_back({token.kind, token.begin, token.end, read_token(text, token, context)});
  }
  return pieces;
}

// Words of a token are kept apart from the words around them by one space.
std::string join_pieces(const std::vector<SpokenPiece>& pieces) {
  std::string out;
  bool space_after = false;
  for (const SpokenPiece& piece : pieces) {
    if (piece.kind == TokenKind::text) {
      if (space_after && word_at(piece.words, 0)) out += ' ';
      out += piece.words;
      space_after = false;
      continue;
    }
    const std::string_view words = trimmed(piece.words);
    // A joining word ("to" between "$20" and "$40") stands apart from signs as well, and a
    // token's words from an abbreviation's full stop ("comp./día": "comp. al día").
    const bool apart = (piece.kind == TokenKind::value_dash && !out.empty() && out.back() != ' ') ||
                       (!out.empty() && out.back() == '.' && word_at(words, 0));
    // A comma a token says ("on/20": "on, 20") follows its word at once.
    if ((ends_with_word(out) || (space_after && !words.empty()) || apart) &&
        !words.starts_with(','))
      out += ' ';
    out += words;
    space_after = !words.empty() && out.back() != ' ';
    if (words.empty() && !out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

std::string normalise(std::string_view text, const Dialect& dialect, const model::Lexicon* lexicon,
                      const model::ClinicalLexicon* clinical) {
  std::string spoken = join_pieces(read_text(text, dialect, lexicon, clinical));
  // A text of nothing but a slash reads as nothing: leave it to eSpeak NG rather than drop it.
  if (spoken.find_first_not_of(' ') == std::string::npos) return std::string(text);
  return spoken;
}

std::string normalise(std::string_view text, Language language) {
  return normalise(text, Dialect{language, language == Language::spanish, {}});
}

}  // namespace handout::reading
