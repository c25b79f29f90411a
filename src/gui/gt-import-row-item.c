/* gt-import-row-item.c: one row of the ledger in the import preview's list:
 * its number, the project's name (or a skipped row's text) and what becomes of it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-import-row-item.h"

struct _GtImportRowItem
{
  GObject             parent_instance;

  guint               row;
  GtImportRowState    state;
  GtImportSkipReason  reason;
  char               *name;
};

G_DEFINE_FINAL_TYPE (GtImportRowItem, gt_import_row_item, G_TYPE_OBJECT)

static void
gt_import_row_item_finalize (GObject *object)
{
  GtImportRowItem *self = GT_IMPORT_ROW_ITEM (object);

  g_free (self->name);

  G_OBJECT_CLASS (gt_import_row_item_parent_class)->finalize (object);
}

static void
gt_import_row_item_class_init (GtImportRowItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gt_import_row_item_finalize;
}

static void
gt_import_row_item_init (GtImportRowItem *self)
{
}

GtImportRowItem *
gt_import_row_item_new (const GtImportRowOutcome *outcome)
{
  GtImportRowItem *self = g_object_new (GT_TYPE_IMPORT_ROW_ITEM, NULL);

  self->row = outcome->row;
  self->state = outcome->state;
  self->reason = outcome->reason;
  self->name = g_strdup (outcome->name);
  return self;
}

guint
gt_import_row_item_get_row (GtImportRowItem *self)
{
  g_return_val_if_fail (GT_IS_IMPORT_ROW_ITEM (self), 0);
  return self->row;
}

GtImportRowState
gt_import_row_item_get_state (GtImportRowItem *self)
{
  g_return_val_if_fail (GT_IS_IMPORT_ROW_ITEM (self), GT_IMPORT_ROW_SKIPPED);
  return self->state;
}

const char *
gt_import_row_item_get_name (GtImportRowItem *self)
{
  g_return_val_if_fail (GT_IS_IMPORT_ROW_ITEM (self), NULL);
  return self->name;
}

const char *
gt_import_row_item_describe (GtImportRowItem *self)
{
  g_return_val_if_fail (GT_IS_IMPORT_ROW_ITEM (self), NULL);

  switch (self->state)
    {
    case GT_IMPORT_ROW_CREATED:
      return C_("import row", "Created");
    case GT_IMPORT_ROW_UPDATED:
      return C_("import row", "Updated");
    case GT_IMPORT_ROW_SKIPPED:
    case GT_N_IMPORT_ROW_STATES:
    default:
      break;
    }
  switch (self->reason)
    {
    case GT_IMPORT_SKIP_HEADING:
      return C_("import row", "Skipped: a group heading");
    case GT_IMPORT_SKIP_TOTAL:
      return C_("import row", "Skipped: a total");
    case GT_IMPORT_SKIP_NOTE:
    case GT_N_IMPORT_SKIPS:
    default:
      return C_("import row", "Skipped: a note");
    }
}
