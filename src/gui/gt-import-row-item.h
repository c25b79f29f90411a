/* gt-import-row-item.h: one row of the ledger in the import preview's list.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-import-preview.h"

G_BEGIN_DECLS

#define GT_TYPE_IMPORT_ROW_ITEM (gt_import_row_item_get_type ())
G_DECLARE_FINAL_TYPE (GtImportRowItem, gt_import_row_item, GT, IMPORT_ROW_ITEM, GObject)

GtImportRowItem   *gt_import_row_item_new       (const GtImportRowOutcome *outcome);
guint              gt_import_row_item_get_row   (GtImportRowItem *self);
GtImportRowState   gt_import_row_item_get_state (GtImportRowItem *self);
const char        *gt_import_row_item_get_name  (GtImportRowItem *self);
/* "Created", "Updated", "Skipped: a total", translated. */
const char        *gt_import_row_item_describe  (GtImportRowItem *self);

G_END_DECLS
