/* gt-import-names-group.h: the leaders, units and localities an import would
 * create, each confirmed before Import.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-import-preview.h"

G_BEGIN_DECLS

#define GT_TYPE_IMPORT_NAMES_GROUP (gt_import_names_group_get_type ())
G_DECLARE_FINAL_TYPE (GtImportNamesGroup, gt_import_names_group, GT, IMPORT_NAMES_GROUP,
                      AdwPreferencesGroup)

GtkWidget *gt_import_names_group_new         (void);
/* Lists @names (of GtImportNewName, see gt_import_plan_list_new_names()), or
 * none when NULL; hidden when there are none. A name confirmed before stays
 * confirmed when the plan is made again. */
void       gt_import_names_group_set_names   (GtImportNamesGroup *self,
                                              GPtrArray          *names);
/* The names listed and not yet confirmed: Import waits for none. */
guint      gt_import_names_group_count_unconfirmed (GtImportNamesGroup *self);

G_END_DECLS
