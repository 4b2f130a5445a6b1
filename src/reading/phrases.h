#pragma once
// The words the script adds around the handout's own text: the shared term tables.
#include "lang/terms.h"

namespace handout::reading {

using Phrases = lang::Terms;

}  // namespace handout::reading
