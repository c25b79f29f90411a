/* gt-gantt-figures.h: the figure columns of the wall chart (总投资, 年度计划,
 * 1—N月累计, 形象进度), read from core's monthly sheet of the as-of month and
 * handed to the rows as finished data: the renderer never reads a store.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-gantt-rows.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* Sets every project row's figures as of @month (1–12) of @year. */
gboolean gt_gantt_figures_fill (GtGanttRows  *rows,
                                GtStore      *store,
                                int           year,
                                int           month,
                                GError      **error);

G_END_DECLS
