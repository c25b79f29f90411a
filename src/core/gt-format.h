/* gt-format.h: how amounts, dates and rates are written for people.
 *
 * Money is an integer count of yuan everywhere in Guatu; only this layer turns it
 * into 万元 / 亿元 text, and parses what people type back into yuan.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GT_YUAN_PER_WAN ((gint64) 10000)
#define GT_YUAN_PER_YI  ((gint64) 100000000)

#define GT_FORMAT_ERROR (gt_format_error_quark ())

typedef enum {
  GT_FORMAT_ERROR_INVALID,
  GT_FORMAT_ERROR_NEGATIVE,
  GT_FORMAT_ERROR_TOO_LARGE,
} GtFormatError;

GQuark    gt_format_error_quark  (void);

/* "1.23亿元" at or above 1亿, else "5,600.00万元" (unit text translated). */
char     *gt_format_money        (gint64       yuan);
/* Two amounts in one unit, the one the larger of them takes: "0.75 / 1.03亿元",
 * "5,600.00 / 7,520.00万元" (completed against plan). */
char     *gt_format_money_pair   (gint64       part,
                                  gint64       whole);
/* The bare number in 万元 with two decimals and grouping: "5,600.00". */
char     *gt_format_wan          (gint64       yuan);
/* Parses a non-negative amount typed in 万元 ("5600", "5,600.5", "１２.３") into yuan.
 * Full-width digits and separators are accepted, and so is a trailing 万/万元
 * (or 亿/亿元, which scales by 10⁴ more); grouping must be by thousands. Digits
 * beyond the yuan are rounded half up. */
gboolean  gt_parse_wan           (const char  *text,
                                  gint64      *yuan,
                                  GError     **error);

/* "2023年3月29日" under zh_CN, "Mar 29, 2023" otherwise; "" for NULL/invalid. */
char     *gt_format_date         (const GDate *date);
/* A time the register logged ('YYYY-MM-DDTHH:MM:SSZ', UTC) as local time,
 * "2023年3月29日 14:05" under zh_CN; the text itself when it is no such time. */
char     *gt_format_log_time     (const char  *at);
/* "2023年3月" under zh_CN, "March 2023" otherwise; "" for an invalid month. */
char     *gt_format_month        (int          year,
                                  int          month);
/* ratio 0.453 → "45.3%"; a negative ratio (meaning "no base") → "—". */
char     *gt_format_percent      (double       ratio);

/* The years a date may have anywhere a person or a ledger gives one: beyond
 * them it is a slip (20023 for 2023, an Excel number that was never a date), and
 * a wall chart reaching it would run to thousands of pages. */
#define GT_DATE_MIN_YEAR 1900
#define GT_DATE_MAX_YEAR 2100
/* A valid date within GT_DATE_MIN_YEAR … GT_DATE_MAX_YEAR. */
gboolean  gt_date_in_range       (const GDate *date);

/* ISO 8601 calendar dates, as stored in SQLite. The parsers leave @date as it
 * was when they return FALSE; @date may be NULL just to check the text. */
gboolean  gt_date_parse_iso      (const char  *text,
                                  GDate       *date);
char     *gt_date_to_iso         (const GDate *date);
/* Lenient parsing of what a person types: 2023-03-29, 2023/3/29, 2023.3.29,
 * 2023年3月29日; only years in range (gt_date_in_range()). The ISO parser above
 * reads what the file holds and takes any year, so that nothing stored is lost. */
gboolean  gt_date_parse_loose    (const char  *text,
                                  GDate       *date);

G_END_DECLS
