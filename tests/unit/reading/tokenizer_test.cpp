// The tokenizer cuts text into tokens that never overlap, so one rule never rewrites inside
// another's token; each spoken piece keeps the range of printed text it came from.
#include "reading/tokenizer.h"

#include <doctest/doctest.h>

#include "reading/normaliser.h"

using namespace handout::reading;

namespace {

const ReadingContext english{Dialect{Language::english, false, {}}, nullptr};

std::vector<std::pair<TokenKind, std::string>> kinds(std::string_view text,
                                                     const ReadingContext& context = english) {
  std::vector<std::pair<TokenKind, std::string>> out;
  for (const Token& token : tokenize(text, context)) {
    if (token.kind != TokenKind::text) {
      out.emplace_back(token.kind, std::string(text.substr(token.begin, token.end - token.begin)));
    }
  }
  return out;
}

using Kinds = std::vector<std::pair<TokenKind, std::string>>;

}  // namespace

TEST_CASE("phone numbers dates and times are whole tokens that no range rule enters") {
  CHECK(kinds("Call 1-800-555-0199 on 2026-12-01 from 9:00-5:00") ==
        Kinds{{TokenKind::phone, "1-800-555-0199"},
              {TokenKind::date, "2026-12-01"},
              {TokenKind::time, "9:00-5:00"}});
  CHECK(kinds("2-4 visits, 12/01/2026, 555-0100") == Kinds{{TokenKind::range, "2-4"},
                                                           {TokenKind::date, "12/01/2026"},
                                                           {TokenKind::phone, "555-0100"}});
}

TEST_CASE("amounts frequencies signs and abbreviations are tokens of their kind") {
  CHECK(kinds("Take 1/2 tablet 3x/day, INR > 3.0, 2 lbs, at 123 Elm St.") ==
        Kinds{{TokenKind::quantity, "1/2"},
              {TokenKind::frequency, "3x/day"},
              {TokenKind::sign, ">"},
              {TokenKind::quantity, "2 lbs"},
              {TokenKind::abbreviation, "St."}});
  CHECK(kinds("heat/ice b.i.d. PRN $25") == Kinds{{TokenKind::slash, "/"},
                                                  {TokenKind::dosing, "b.i.d."},
                                                  {TokenKind::dosing, "PRN"},
                                                  {TokenKind::money, "$25"}});
}

TEST_CASE("every spoken piece knows the printed text it came from") {
  const std::string text = "Take 1/2 tablet 3x/day.";
  const std::vector<SpokenPiece> pieces = read_text(text, Dialect{});
  std::string printed;
  std::size_t covered = 0;
  for (const SpokenPiece& piece : pieces) {
    CHECK(piece.begin == covered);
    covered = piece.end;
    printed += text.substr(piece.begin, piece.end - piece.begin);
  }
  CHECK(printed == text);
  CHECK(join_pieces(pieces) == "Take half a tablet 3 times a day.");
  REQUIRE(pieces.size() == 5);
  CHECK(pieces[1].words == "half a");
  CHECK(text.substr(pieces[3].begin, pieces[3].end - pieces[3].begin) == "3x/day");
}

TEST_CASE("lexicon words are tokens and respect case and whole words") {
  handout::model::Lexicon lexicon;
  lexicon.lexemes.push_back({{"WBAT"}, "weight bearing as tolerated", {}});
  const ReadingContext context{Dialect{}, &lexicon};
  CHECK(kinds("Stay WBAT, not wbat or WBATS", context) == Kinds{{TokenKind::lexicon, "WBAT"}});
  CHECK(normalise("Stay WBAT.", Dialect{}, &lexicon) == "Stay weight bearing as tolerated.");
}
