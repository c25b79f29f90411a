/* gt-formalities-print.h: the approvals (审批手续) of a month, grouped by the
 * department that gives them, as a table to print and export: what each
 * department must approve that month, what is late and by how many days.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-as-of.h"
#include "gt-export-table.h"
#include "gt-store-formalities.h"

G_BEGIN_DECLS

/* Whether @formality belongs on the list of @as_of's month: open at the
 * close of its last day and planned by then (due in the month, or late), or
 * given within the month. Never one not needed. */
gboolean       gt_formalities_print_includes (GtFormality   *formality,
                                              const GtAsOf  *as_of);
/* "Approvals, April 2023" or, for one department, "Approvals of 县自然资源和
 * 规划局, April 2023". */
char          *gt_formalities_print_title    (const GtAsOf  *as_of,
                                              const char    *unit_name);
/* The list of @as_of's month, of the department @approver_unit_id (0: every
 * one), a group per department (none last): No., project, approval, planned,
 * given, state, days late at the close of the month. Late rows carry the red
 * light, the others due the amber one. New; NULL with @error on failure. */
GtExportTable *gt_formalities_print_table    (GtStore       *store,
                                              const GtAsOf  *as_of,
                                              gint64         approver_unit_id,
                                              GError       **error);

G_END_DECLS
