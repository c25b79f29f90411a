/* gt-row-slots.h: stable rows over a list that changes wholesale.
 *
 * GTK 4.8 list views keep about 200 rows realized, and throw a row's widgets
 * away whenever its item leaves the model. A re-filter or re-sort replaces the
 * items under every realized row, so it rebuilt some 2,000 cells of the
 * Projects view per keystroke. GtRowSlots mirrors a model with placeholder
 * objects that stay put: when items are replaced, inserted or removed, it keeps
 * its rows and emits ::rows-changed for the positions whose items differ, so
 * that the view rebinds cells instead of rebuilding them. Only a change in the
 * number of items becomes an items-changed, at the end of the list.
 *
 * The placeholders carry nothing: read the item at a row's position from the
 * source model (gt_row_slots_get_model()).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GT_TYPE_ROW_SLOTS (gt_row_slots_get_type ())
G_DECLARE_FINAL_TYPE (GtRowSlots, gt_row_slots, GT, ROW_SLOTS, GObject)

/* ::rows-changed (guint position, guint n_rows): the rows there now show other
 * items, or their items changed. Emitted after any items-changed of the same
 * change. */
/* Starts with at most @n_first rows (G_MAXUINT: all), the others waiting for
 * gt_row_slots_flush() or the next change: a view can show its first frame
 * before building rows that are out of sight. */
GtRowSlots *gt_row_slots_new            (GListModel *model,
                                         guint       n_first);
GListModel *gt_row_slots_get_model      (GtRowSlots *self);
/* Adds up to @n of the rows still missing at the end; TRUE once none is. For
 * filling a view in steps, each a short moment of the main loop. */
gboolean    gt_row_slots_grow           (GtRowSlots *self,
                                         guint       n);
/* Until the next flush or change, at most @n rows: for a view that learns how
 * many rows it can show only once it is in a window. */
void        gt_row_slots_limit          (GtRowSlots *self,
                                         guint       n);
/* Rows from @n_eager on (the ones out of sight) may be added or removed only
 * once the main loop is idle, or at gt_row_slots_flush(): GTK builds or
 * destroys the widgets of each. Until then, the rows past the model's last
 * item are stale. G_MAXUINT (the default) makes every change at once. */
void        gt_row_slots_set_eager_rows (GtRowSlots *self,
                                         guint       n_eager);
void        gt_row_slots_flush          (GtRowSlots *self);

G_END_DECLS
