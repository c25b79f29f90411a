/* gt-ledger-values.h: reading the amounts, dates and words of ledger cells.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How precisely a cell gave its date. */
typedef enum {
  GT_LEDGER_DATE_DAY,
  GT_LEDGER_DATE_MONTH,   /* 2023年3月, 2023.03: the first of the month */
  GT_LEDGER_DATE_YEAR,    /* 2023 alone: 1 January */
} GtLedgerDatePrecision;

/* NFKC (full-width digits, letters and brackets become half-width), then every
 * space, line break and invisible format character (zero-width space, soft
 * hyphen, direction override …) dropped: the form in which headers and names
 * compare. */
char      *gt_ledger_normalize          (const char  *text);

/* The longest text a cell may bring, in characters: a name (of a project, a
 * leader, a unit), a code or a word, and the longer texts (content, progress,
 * issues, notes). */
#define GT_LEDGER_MAX_NAME_CHARS 200
#define GT_LEDGER_MAX_TEXT_CHARS 2000

/* The text of a cell as it may be stored: format characters (Unicode Cf: zero-
 * width spaces and joiners, soft hyphens, direction marks and overrides, BOMs),
 * which show nothing but make a look-alike of a name, taken out. NULL with
 * @error (GT_LEDGER_ERROR_BAD_VALUE) saying why when the text is not UTF-8,
 * holds a control character (Unicode Cc other than tab and line breaks: a
 * damaged or misread file) or U+FFFD (what could not be decoded), or is longer
 * than @max_chars. Cheap on a huge cell: it stops at the limit. */
char      *gt_ledger_clean_text         (const char  *text,
                                         guint        max_chars,
                                         GError     **error);

/* Blank, or one of the marks ledgers put for "nothing": - — / 无 暂无 … */
gboolean   gt_ledger_is_empty           (const char  *text);

/* An amount in @unit yuan per figure (1, 10⁴ or 10⁸), unless the cell names its
 * own unit (元/万元/万/亿元/亿). Thousands separators and full-width digits are
 * accepted; rounded half up to the yuan. FALSE with @error (GT_LEDGER_ERROR_BAD_VALUE)
 * saying why. */
gboolean   gt_ledger_parse_amount       (const char  *text,
                                         gint64       unit,
                                         gint64      *yuan,
                                         GError     **error);

/* 2023年3月29日, 2023年3月, 2023-03-29, 2023/3/29, 2023.03, 2023.3.29, ISO with
 * a time, or an Excel serial day number (1900 date system); in the years
 * GT_DATE_MIN_YEAR … GT_DATE_MAX_YEAR only. */
gboolean   gt_ledger_parse_date         (const char  *text,
                                         GDate       *date,
                                         GtLedgerDatePrecision *precision,
                                         GError     **error);

G_END_DECLS
