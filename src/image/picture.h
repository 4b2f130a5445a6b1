#pragma once
// Everything a writer or the content reader needs of a picture: its format, its header, and a
// copy prepared to embed (format.h, inspect.h, prepare.h, memo.h, error.h).
#include "image/error.h"
#include "image/format.h"
#include "image/inspect.h"
#include "image/memo.h"
#include "image/prepare.h"
