/* gt-project-code.h: the national project code (项目代码) and its shape.
 *
 * Every fixed-asset investment project gets a 24-character code from the
 * national online approval platform (全国投资项目在线审批监管平台) before its
 * first approval, and keeps it for life: the key the office can match a
 * project by when the name in a ledger has changed. Under the code rules of
 * 2020 and GB/T 40058-2021 it reads YYMM-RRRRRR-DD-TT-NNNNNC: year and month
 * the code was given, the six-digit region (行政区划代码), the central
 * department that guides the sector (中央业务指导部门代码), the project type
 * (审批, 核准, 备案 …), then five random digits and a check character. The
 * check character's computation is the platform's and is not checked here:
 * this is a check of shape, to catch a slip of typing or a column pasted into
 * the wrong one, never a proof that the code exists.
 *
 * Codes given from 2017 to 2020 have the same outline with the year in full
 * (2019-330106-47-03-012345: year, region, industry, type, serial); they are
 * told apart by their first four digits (2017 is no month) and accepted as the
 * older shape. Anything else is "another code" (a county's own numbering, a
 * typo): warned of, never refused.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  GT_PROJECT_CODE_EMPTY,      /* no code at all */
  GT_PROJECT_CODE_NATIONAL,   /* YYMM-RRRRRR-DD-TT-NNNNNC */
  GT_PROJECT_CODE_OLDER,      /* YYYY-RRRRRR-II-TT-NNNNNN, as given 2017–2020 */
  GT_PROJECT_CODE_OTHER,      /* neither: see the message */
} GtProjectCodeShape;

/* The parts of a code of either shape, as text (NUL-terminated). */
typedef struct {
  int  year;          /* 2023 */
  int  month;         /* 1–12; 0 for the older shape, which has none */
  char region[7];
  char department[3]; /* the sector: a department's (national) or industry's (older) */
  char type[3];
  char serial[7];     /* random digits and check character, or the older serial */
} GtProjectCodeParts;

/* The length of a code of either shape, dashes included. */
#define GT_PROJECT_CODE_LENGTH 24

/* The code as it is compared: spaces trimmed, full-width digits, letters and
 * dashes (０-９, Ａ, －, —, –) made ASCII, letters upper case, and the 20
 * characters of a code typed without dashes given them back. Newly allocated;
 * "" for NULL or blank. */
char               *gt_project_code_normalize (const char          *code);
/* What shape @code has, after gt_project_code_normalize(). @parts, when not
 * NULL, gets the parts of a national or older code. @message, when not NULL,
 * gets a sentence to show beside the field or in an import's warnings
 * (translated, newly allocated), or NULL for an empty or national code. */
GtProjectCodeShape  gt_project_code_check     (const char          *code,
                                               GtProjectCodeParts  *parts,
                                               char               **message);
/* TRUE when both are codes (not blank) and the same once normalized. */
gboolean            gt_project_code_equal     (const char          *a,
                                               const char          *b);

G_END_DECLS
