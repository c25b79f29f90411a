/* gt-row-slots.c: stable rows over a list that changes wholesale.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-row-slots.h"

struct _GtRowSlots
{
  GObject     parent_instance;

  GListModel *model;
  /* One placeholder a row, made when a view first asks for it; NULL before.
   * Its length may lag behind the model's for rows from n_eager on. */
  GPtrArray  *slots;
  guint       n_eager;
  guint       resize_idle_id;
};

static void gt_row_slots_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GtRowSlots, gt_row_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      gt_row_slots_list_model_init))

enum {
  ROWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
gt_row_slots_get_item_type (GListModel *list)
{
  return G_TYPE_OBJECT;
}

static guint
gt_row_slots_get_n_items (GListModel *list)
{
  return GT_ROW_SLOTS (list)->slots->len;
}

static gpointer
gt_row_slots_get_item (GListModel *list,
                       guint       position)
{
  GtRowSlots *self = GT_ROW_SLOTS (list);

  if (position >= self->slots->len)
    return NULL;
  if (self->slots->pdata[position] == NULL)
    self->slots->pdata[position] = g_object_new (G_TYPE_OBJECT, NULL);
  return g_object_ref (self->slots->pdata[position]);
}

static void
gt_row_slots_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = gt_row_slots_get_item_type;
  iface->get_n_items = gt_row_slots_get_n_items;
  iface->get_item = gt_row_slots_get_item;
}

static void
resize (GtRowSlots *self,
        guint       n)
{
  guint old_n = self->slots->len;

  if (n < old_n)
    {
      g_ptr_array_remove_range (self->slots, n, old_n - n);
      g_list_model_items_changed (G_LIST_MODEL (self), n, old_n - n, 0);
    }
  else if (n > old_n)
    {
      g_ptr_array_set_size (self->slots, n);
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, n - old_n);
    }
}

static gboolean
resize_idle_cb (gpointer user_data)
{
  GtRowSlots *self = user_data;

  self->resize_idle_id = 0;
  resize (self, g_list_model_get_n_items (self->model));
  return G_SOURCE_REMOVE;
}

/* Rows are never inserted or removed in the middle: a change in the number of
 * items is made at the end, and every row from the change on is re-pointed.
 * Rebinding the at most ~200 realized rows after it costs less than GTK
 * rebuilding a row's cells for each item that came or went. The rows that GTK
 * still has to build or destroy at the end wait for the main loop to be idle
 * when they are out of sight (from n_eager on): the row past the last item
 * then shows what it showed before, and is nowhere to be seen. */
static void
items_changed_cb (GtRowSlots *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  guint n_rows = self->slots->len;
  guint n_items = g_list_model_get_n_items (model);
  guint n_valid = MIN (n_rows, n_items);
  guint n_changed, target;

  if (removed == added)
    n_changed = position < n_rows ? MIN (removed, n_rows - position) : 0;
  else
    n_changed = n_valid > position ? n_valid - position : 0;

  if (n_items < n_rows)
    target = n_items < self->n_eager ? n_items : n_rows;
  else if (n_items > n_rows)
    target = n_rows < self->n_eager ? MIN (n_items, self->n_eager) : n_rows;
  else
    target = n_rows;

  resize (self, target);
  /* After GTK's layout and paint (G_PRIORITY_HIGH_IDLE + 20). */
  if (target != n_items && self->resize_idle_id == 0)
    self->resize_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, resize_idle_cb,
                                            self, NULL);

  if (n_changed > 0)
    g_signal_emit (self, signals[ROWS_CHANGED], 0, position, n_changed);
}

static void
free_slot (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
gt_row_slots_dispose (GObject *object)
{
  GtRowSlots *self = GT_ROW_SLOTS (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_handle_id (&self->resize_idle_id, g_source_remove);

  G_OBJECT_CLASS (gt_row_slots_parent_class)->dispose (object);
}

static void
gt_row_slots_finalize (GObject *object)
{
  g_ptr_array_unref (GT_ROW_SLOTS (object)->slots);

  G_OBJECT_CLASS (gt_row_slots_parent_class)->finalize (object);
}

static void
gt_row_slots_class_init (GtRowSlotsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gt_row_slots_dispose;
  object_class->finalize = gt_row_slots_finalize;

  signals[ROWS_CHANGED] =
    g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
gt_row_slots_init (GtRowSlots *self)
{
  self->slots = g_ptr_array_new_with_free_func (free_slot);
  self->n_eager = G_MAXUINT;
}

GtRowSlots *
gt_row_slots_new (GListModel *model,
                  guint       n_first)
{
  GtRowSlots *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (GT_TYPE_ROW_SLOTS, NULL);
  self->model = g_object_ref (model);
  g_ptr_array_set_size (self->slots, MIN (n_first, g_list_model_get_n_items (model)));
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

GListModel *
gt_row_slots_get_model (GtRowSlots *self)
{
  g_return_val_if_fail (GT_IS_ROW_SLOTS (self), NULL);

  return self->model;
}

gboolean
gt_row_slots_grow (GtRowSlots *self,
                   guint       n)
{
  guint n_items, n_rows;

  g_return_val_if_fail (GT_IS_ROW_SLOTS (self), TRUE);

  n_items = g_list_model_get_n_items (self->model);
  n_rows = self->slots->len;
  if (n_rows < n_items)
    resize (self, n_rows + MIN (n, n_items - n_rows));
  return self->slots->len >= n_items;
}

void
gt_row_slots_limit (GtRowSlots *self,
                    guint       n)
{
  g_return_if_fail (GT_IS_ROW_SLOTS (self));

  if (self->slots->len > n)
    resize (self, n);
}

void
gt_row_slots_set_eager_rows (GtRowSlots *self,
                             guint       n_eager)
{
  g_return_if_fail (GT_IS_ROW_SLOTS (self));

  self->n_eager = n_eager;
}

void
gt_row_slots_flush (GtRowSlots *self)
{
  g_return_if_fail (GT_IS_ROW_SLOTS (self));

  g_clear_handle_id (&self->resize_idle_id, g_source_remove);
  resize (self, g_list_model_get_n_items (self->model));
}
