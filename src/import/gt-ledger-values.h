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
 * space and line break dropped: the form in which headers and names compare. */
char      *gt_ledger_normalize          (const char  *text);

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
 * a time, or an Excel serial day number (1900 date system). */
gboolean   gt_ledger_parse_date         (const char  *text,
                                         GDate       *date,
                                         GtLedgerDatePrecision *precision,
                                         GError     **error);

G_END_DECLS
