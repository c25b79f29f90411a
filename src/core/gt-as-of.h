/* gt-as-of.h: the month every output is "as of" (DESIGN.md, "The month cycle").
 *
 * One value, chosen in the window or given with --month, is handed to every
 * output: the overview, the wall chart, the slides, the monthly report and the
 * tables. Its last day is their 数据截至 date, the today line of their charts
 * and the day their lights are judged (at its close); its year is the year of
 * their plan and completed figures. No output reads the clock: only the default
 * below does, when a register has no report at all. Titles, file names and
 * tables write the month with gt_format_month(): 2023年3月, March 2023.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

typedef struct {
  int   year;
  int   month;      /* 1–12 */
  GDate day;        /* the month's last day */
} GtAsOf;

/* As of @month (1–12) of @year. */
void      gt_as_of_set          (GtAsOf       *as_of,
                                 int           year,
                                 int           month);
/* "2023-03" → as of March 2023; FALSE (and @as_of untouched) for anything else,
 * or a year outside GT_DATE_MIN_YEAR … GT_DATE_MAX_YEAR. */
gboolean  gt_as_of_parse        (GtAsOf       *as_of,
                                 const char   *text);
/* The default for @store: the latest month with a report of a live project,
 * else the month of @today (NULL: the clock's). When the register cannot be
 * read, FALSE, with @as_of still set to the month of @today. */
gboolean  gt_as_of_init_default (GtAsOf       *as_of,
                                 GtStore      *store,
                                 const GDate  *today,
                                 GError      **error);

G_END_DECLS
