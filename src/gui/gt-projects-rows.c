/* gt-projects-rows.c: how many rows of the Projects view are built, and when.
 *
 * GTK 4.8's list views build a row for each of some 200 items around the top,
 * eleven cells each, however few are in sight. Before the window's first frame
 * only the rows its height holds are built; after it, the others, a step at a
 * time, so that the window answers keys and clicks meanwhile.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-projects-view-private.h"

/* Rows built for the first frame: as many as the window's height holds rows
 * this high (Adwaita's are 33 px at the default font) below this much of
 * header, filters, column titles and totals (170 px), and a couple more (and
 * never more than GT_PROJECTS_FIRST_FRAME_ROWS). A row short in the first frame
 * is filled in the next. */
#define FIRST_FRAME_ROW_HEIGHT 30
#define FIRST_FRAME_ABOVE_ROWS 150

/* Rows added a step at a time after the first frame, and beyond how many GTK
 * 4.8 keeps realized (some 200: more rows cost no widgets), all at once. A step
 * of 40 rows is built in one frame, so a key pressed meanwhile waits for no
 * more than that, where building all 200 at once took a tenth of a second. */
#define FILL_ROWS_STEP 40
#define REALIZED_ROWS 200
#define FOLD_KEYS_STEP 1000

static gboolean
fill_rows_cb (gpointer data)
{
  GtProjectsView *self = data;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) >= REALIZED_ROWS)
    gt_row_slots_flush (self->rows);
  else if (!gt_row_slots_grow (self->rows, FILL_ROWS_STEP))
    return G_SOURCE_CONTINUE;

  self->fill_rows_id = 0;
  return G_SOURCE_REMOVE;
}

/* Each project's folded search text, which would otherwise make the first
 * keystroke the slowest by far. */
static gboolean
fold_keys_cb (gpointer data)
{
  GtProjectsView *self = data;
  GListModel *projects = gt_store_get_projects (self->store);
  guint n = g_list_model_get_n_items (projects);
  guint end = MIN (n, self->n_keys_folded + FOLD_KEYS_STEP);

  for (guint i = self->n_keys_folded; i < end; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      gt_project_get_search_key (project);
    }
  self->n_keys_folded = end;
  if (end < n)
    return G_SOURCE_CONTINUE;

  self->fold_keys_id = 0;
  return G_SOURCE_REMOVE;
}

/* Once the window is on screen: the rows out of sight, then the search keys,
 * each in steps that leave the window answering keys and clicks. */
void
_gt_projects_view_first_frame_painted (GtProjectsView *self,
                                       GdkFrameClock  *clock)
{
  g_signal_handlers_disconnect_by_func (clock, _gt_projects_view_first_frame_painted, self);

  if (self->fill_rows_id == 0)
    self->fill_rows_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, fill_rows_cb, self, NULL);
  if (self->fold_keys_id == 0)
    self->fold_keys_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fold_keys_cb, self, NULL);
}

static int
largest_monitor_height (GdkDisplay *display)
{
  GListModel *monitors = gdk_display_get_monitors (display);
  int height = 0;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      height = MAX (height, geometry.height);
    }

  return height;
}

void
_gt_projects_view_limit_first_rows (GtProjectsView *self,
                                    GtkWindow      *window)
{
  int width = 0, height = 0;

  gtk_window_get_default_size (window, &width, &height);
  if (height <= 0 || gtk_window_is_maximized (window))
    height = largest_monitor_height (gtk_widget_get_display (GTK_WIDGET (window)));
  if (height > 0)
    gt_row_slots_limit (self->rows,
                        MAX (height - FIRST_FRAME_ABOVE_ROWS, 0) / FIRST_FRAME_ROW_HEIGHT + 1);
}
