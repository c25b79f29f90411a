/* gt-import-rows-group.h: the import preview's rows as they will land.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-import-preview.h"

G_BEGIN_DECLS

#define GT_TYPE_IMPORT_ROWS_GROUP (gt_import_rows_group_get_type ())
G_DECLARE_FINAL_TYPE (GtImportRowsGroup, gt_import_rows_group, GT, IMPORT_ROWS_GROUP,
                      AdwPreferencesGroup)

GtkWidget *gt_import_rows_group_new        (void);
/* Shows @outcomes (of GtImportRowOutcome, see gt_import_plan_list_rows()), or
 * nothing when NULL. The filter chosen stays. */
void       gt_import_rows_group_set_rows   (GtImportRowsGroup *self,
                                            GPtrArray         *outcomes);
/* Rows in @state; GT_N_IMPORT_ROW_STATES for all of them. */
guint      gt_import_rows_group_count      (GtImportRowsGroup *self,
                                            GtImportRowState   state);
/* Shows only the rows in @state; GT_N_IMPORT_ROW_STATES for all. */
void       gt_import_rows_group_set_filter (GtImportRowsGroup *self,
                                            GtImportRowState   state);
/* The rows shown, of GtImportRowItem. */
GListModel *gt_import_rows_group_get_shown (GtImportRowsGroup *self);

G_END_DECLS
