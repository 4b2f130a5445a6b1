#pragma once
// The logical structure of the printed handout (the PDF structure tree, before it is PDF).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handout::print {

enum class Role {
  document,
  h1,
  h2,
  h3,
  h4,
  h5,
  p,
  l,
  li,
  lbl,
  lbody,
  link,
  div,
  sect,
  figure,
  caption,
  table,
  tr,
  th,
  td,
  span  // words in another language than the document's, with their /Lang
};

// Which cells a table header cell (TH) names: its column's or its row's.
enum class Scope { column, row };

// The heading of a section or exercise at `depth` (1 for a top-level one): H2 to H5.
Role heading_role(int depth);

// The standard structure type, as written in the PDF ("H1", "LBody", ...).
std::string_view role_name(Role role);

struct LinkTarget {
  std::string uri;       // https:, mailto: or tel:
  std::string contents;  // the annotation's description, e.g. "Call (207) 555-0100"
  friend bool operator==(const LinkTarget&, const LinkTarget&) = default;
};

struct Node {
  Role role = Role::document;
  int parent = -1;  // -1 only for the document
  std::optional<LinkTarget> link;
  std::optional<std::string> alt;  // a figure's alternate text
  // What a screen reader says for the element's content: a checklist box's "done".
  std::optional<std::string> actual_text;
  std::optional<Scope> scope;  // of a TH
  // /Lang: the language of its content when not the document's (a BCP 47 tag).
  std::optional<std::string> lang = std::nullopt;
  friend bool operator==(const Node&, const Node&) = default;
};

// Node 0 is the document; nodes are appended in reading order.
class Structure {
 public:
  Structure() : nodes_{Node{}} {}
  int add(Role role, int parent, std::optional<LinkTarget> link = std::nullopt);
  int add_figure(int parent, std::string alt);
  void set_actual_text(int node, std::string text);
  void set_scope(int node, Scope scope);
  void set_lang(int node, std::string tag);
  const std::vector<Node>& nodes() const { return nodes_; }

 private:
  std::vector<Node> nodes_;
};

// Marks content that belongs to no structure element (page furniture): an artifact.
inline constexpr int artifact = -1;
// A table's header repeated where the table goes on (at the top of a page, or a stacked
// table's column names before each value after the first row's): an artifact too, a running
// header, since the tag tree holds the header once.
inline constexpr int artifact_header = -2;

}  // namespace handout::print
