#include "print/structure.h"

#include <algorithm>

namespace handout::print {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::document:
      return "Document";
    case Role::h1:
      return "H1";
    case Role::h2:
      return "H2";
    case Role::h3:
      return "H3";
    case Role::h4:
      return "H4";
    case Role::h5:
      return "H5";
    case Role::p:
      return "P";
    case Role::l:
      return "L";
    case Role::li:
      return "LI";
    case Role::lbl:
      return "Lbl";
    case Role::lbody:
      return "LBody";
    case Role::link:
      return "Link";
    case Role::div:
      return "Div";
    case Role::sect:
      return "Sect";
    case Role::figure:
      return "Figure";
    case Role::caption:
      return "Caption";
    case Role::table:
      return "Table";
    case Role::tr:
      return "TR";
    case Role::th:
      return "TH";
    case Role::td:
      return "TD";
    case Role::span:
      return "Span";
  }
  return "P";
}

Role heading_role(int depth) {
  static constexpr Role roles[] = {Role::h2, Role::h3, Role::h4, Role::h5};
  return roles[std::clamp(depth, 1, 4) - 1];
}

int Structure::add(Role role, int parent, std::optional<LinkTarget> link) {
  nodes_.push_back(Node{role, parent, std::move(link), std::nullopt, std::nullopt, std::nullopt});
  return static_cast<int>(nodes_.size()) - 1;
}

int Structure::add_figure(int parent, std::string alt) {
  nodes_.push_back(
      Node{Role::figure, parent, std::nullopt, std::move(alt), std::nullopt, std::nullopt});
  return static_cast<int>(nodes_.size()) - 1;
}

void Structure::set_actual_text(int node, std::string text) {
  nodes_[static_cast<std::size_t>(node)].actual_text = std::move(text);
}

void Structure::set_lang(int node, std::string tag) {
  nodes_[static_cast<std::size_t>(node)].lang = std::move(tag);
}

void Structure::set_scope(int node, Scope scope) {
  nodes_[static_cast<std::size_t>(node)].scope = scope;
}

}  // namespace handout::print
