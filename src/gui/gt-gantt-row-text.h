/* gt-gantt-row-text.h: what a row of the wall chart says in words.
 *
 * The canvas's tooltip and its accessible description read the same text, so
 * that what a pointer shows is what a screen reader reads.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-gantt-renderer.h"

G_BEGIN_DECLS

/* A project row: its name, leader, unit, planned and actual dates, progress
 * and light; @why, when not NULL, says why the light is what it is in place
 * of the light's bare name. With @opts' front line on, how far ahead or
 * behind the line bends. A group row is its label. */
char *gt_gantt_row_text       (const GtGanttOptions   *opts,
                               const GtGanttRow       *row,
                               const char             *why);
/* A milestone under the pointer, above @row_text. */
char *gt_gantt_milestone_text (const GtGanttMilestone *node,
                               const char             *row_text);

G_END_DECLS
