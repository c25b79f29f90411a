/* gt-text-match.h: does a name match what someone typed to find it?
 *
 * Anywhere in the name, ignoring case, or by the pinyin initials of its
 * characters ("tcc" finds 停车场), as clerks type on a pinyin keyboard.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The first pinyin letter of each common character of @text (GB2312 level 1,
 * the 3,755 most used), lower-case ASCII letters and digits as they are; other
 * characters are left out. A new string. */
char     *gt_text_dup_initials (const char *text);

/* TRUE when @search is empty or blank, appears anywhere in @text (case
 * ignored), or, being ASCII letters, appears in gt_text_dup_initials (@text). */
gboolean  gt_text_matches      (const char *text,
                                const char *search);

G_END_DECLS
