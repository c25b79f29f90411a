/* gt-column-fit.c: a column view that shows as many columns as its width holds.
 *
 * At 1024 pixels a register of eleven columns cuts every name to four
 * characters, and at 800 it cannot be read at all: the office would rather see
 * the name, the leader, the light and the progress whole than every figure cut
 * off. So each page ranks its columns, and the least important give way first.
 *
 * libadwaita 1.2 has no breakpoints. The width is read from the horizontal
 * adjustment the scrolled window gives the column view: its page size is the
 * width the list is shown in, set as the list is allocated, and it does not
 * depend on the columns (hiding one does not change it, so there is no loop).
 * It changes while the list is being allocated, when showing a column would
 * leave its cells unallocated for the frame being painted (a GTK warning): the
 * columns change at the next frame's tick, before its layout.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-column-fit.h"

#define FIT_KEY "gt-column-fit"

/* GTK 4.8 counts a hidden column's fixed width in the view's minimum width,
 * and then has no room left to give the columns that expand: a hidden column
 * is given no width, and its own kept aside for when it shows again. */
#define SAVED_WIDTH_KEY "gt-column-fit-width"

/* A column title's padding and border, around its label and sort arrow
 * (Adwaita's, 13 pixels, and some to spare). */
#define TITLE_PADDING 16

/* A column without a fixed width is counted at this much. */
#define DEFAULT_COLUMN_WIDTH 100

typedef struct {
  GtkColumnView *view;        /* unowned: the data lives on it */
  GPtrArray     *ranked;      /* GtkColumnViewColumn, most important first */
  int            keep_width;
  int            width;       /* last applied, -1 before */
  GtkAdjustment *adjustment;  /* the one listened to */
  gulong         page_size_id;
  guint          tick_id;
  gboolean       titles_fitted;
} ColumnFit;

static int
column_width (GtkColumnViewColumn *column)
{
  int width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), SAVED_WIDTH_KEY));

  if (width == 0)
    width = gtk_column_view_column_get_fixed_width (column);
  return width > 0 ? width : DEFAULT_COLUMN_WIDTH;
}

static void
set_shown (GtkColumnViewColumn *column,
           gboolean             shown)
{
  if (shown)
    {
      int saved = GPOINTER_TO_INT (g_object_steal_data (G_OBJECT (column), SAVED_WIDTH_KEY));

      if (saved != 0)
        gtk_column_view_column_set_fixed_width (column, saved);
    }
  else
    {
      g_object_set_data (G_OBJECT (column), SAVED_WIDTH_KEY,
                         GINT_TO_POINTER (gtk_column_view_column_get_fixed_width (column)));
      gtk_column_view_column_set_fixed_width (column, 0);
    }
  gtk_column_view_column_set_visible (column, shown);
}

static gboolean
is_ranked (ColumnFit           *fit,
           GtkColumnViewColumn *column)
{
  return g_ptr_array_find (fit->ranked, column, NULL);
}

static gboolean
is_css_named (GtkWidget  *widget,
              const char *name)
{
  return g_strcmp0 (gtk_widget_get_css_name (widget), name) == 0;
}

static GtkWidget *
find_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_label (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* A width chosen for "总投资(万元)" cuts "Total investment (10k yuan)" off: a
 * column is widened, once, to what its title needs in the language shown. The
 * titles are the header's buttons, found by their text (GTK 4.8 has no way
 * from a column to its title). */
static void
widen_to_titles (ColumnFit *fit)
{
  GListModel *columns = gtk_column_view_get_columns (fit->view);
  GtkWidget *header = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fit->view));
       child != NULL && header == NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_css_named (child, "header"))
      header = child;
  if (header == NULL)
    return;
  fit->titles_fitted = TRUE;

  for (GtkWidget *title = gtk_widget_get_first_child (header);
       title != NULL;
       title = gtk_widget_get_next_sibling (title))
    {
      GtkWidget *label = find_label (title);

      if (label == NULL)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
          int saved = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), SAVED_WIDTH_KEY));
          int needed;

          if (g_strcmp0 (gtk_column_view_column_get_title (column),
                         gtk_label_get_text (GTK_LABEL (label))) != 0 ||
              gtk_column_view_column_get_expand (column))
            continue;
          /* The title's own measure is the column's width: its content
           * (the label and the sort arrow) and its padding are what count. */
          gtk_widget_measure (gtk_widget_get_first_child (title), GTK_ORIENTATION_HORIZONTAL,
                              -1, NULL, &needed, NULL, NULL);
          needed += TITLE_PADDING;
          if (saved > 0 && needed > saved)
            g_object_set_data (G_OBJECT (column), SAVED_WIDTH_KEY, GINT_TO_POINTER (needed));
          else if (saved == 0 && needed > gtk_column_view_column_get_fixed_width (column))
            gtk_column_view_column_set_fixed_width (column, needed);
          break;
        }
    }
}

static void
apply (ColumnFit *fit,
       int        width)
{
  GListModel *columns = gtk_column_view_get_columns (fit->view);
  int room = width - fit->keep_width;
  gboolean full = FALSE;

  fit->width = width;
  if (!fit->titles_fitted && gtk_widget_get_root (GTK_WIDGET (fit->view)) != NULL)
    widen_to_titles (fit);

  /* The columns nobody ranked always show, and take their room first. */
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (!is_ranked (fit, column) && !gtk_column_view_column_get_expand (column))
        room -= column_width (column);
    }

  /* Strictly by rank: a narrow column of low rank does not squeeze in where a
   * more important one did not fit. */
  for (guint i = 0; i < fit->ranked->len; i++)
    {
      GtkColumnViewColumn *column = g_ptr_array_index (fit->ranked, i);
      int needed = column_width (column);

      if (!full && needed <= room)
        room -= needed;
      else
        full = TRUE;
      if (gtk_column_view_column_get_visible (column) == full)
        set_shown (column, !full);
    }
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  ColumnFit *fit = user_data;
  int width = fit->adjustment != NULL ? (int) gtk_adjustment_get_page_size (fit->adjustment) : 0;

  /* Before the first allocation the page is empty: nothing to fit yet. */
  if (width > 1 && (width != fit->width || !fit->titles_fitted))
    apply (fit, width);
  return G_SOURCE_REMOVE;
}

/* Also when GTK drops the callback unrun (the view unrealized or finalized,
 * before its data goes): the next change of width gets a tick of its own. */
static void
tick_destroyed_cb (gpointer user_data)
{
  ColumnFit *fit = user_data;

  fit->tick_id = 0;
}

static void
page_size_changed_cb (GtkAdjustment *adjustment,
                      GParamSpec    *pspec,
                      ColumnFit     *fit)
{
  int width = (int) gtk_adjustment_get_page_size (adjustment);

  if (width <= 1 || (width == fit->width && fit->titles_fitted) || fit->tick_id != 0)
    return;
  if (gtk_widget_get_realized (GTK_WIDGET (fit->view)))
    fit->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (fit->view), tick_cb, fit,
                                                  tick_destroyed_cb);
  else
    apply (fit, width);
}

/* The titles are measured once the view is shown, in its font; the width may
 * not change then. */
static void
view_mapped_cb (GtkWidget *view,
                ColumnFit *fit)
{
  if (!fit->titles_fitted && fit->tick_id == 0)
    fit->tick_id = gtk_widget_add_tick_callback (view, tick_cb, fit, tick_destroyed_cb);
}

static void
listen_to_adjustment (ColumnFit *fit)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (fit->view));

  if (adjustment == fit->adjustment)
    return;
  if (fit->adjustment != NULL)
    {
      g_clear_signal_handler (&fit->page_size_id, fit->adjustment);
      g_clear_object (&fit->adjustment);
    }
  if (adjustment != NULL)
    {
      fit->adjustment = g_object_ref (adjustment);
      fit->page_size_id = g_signal_connect (adjustment, "notify::page-size",
                                            G_CALLBACK (page_size_changed_cb), fit);
      page_size_changed_cb (adjustment, NULL, fit);
    }
}

static void
hadjustment_changed_cb (GtkColumnView *view,
                        GParamSpec    *pspec,
                        ColumnFit     *fit)
{
  listen_to_adjustment (fit);
}

static void
column_fit_free (gpointer data)
{
  ColumnFit *fit = data;

  if (fit->adjustment != NULL)
    g_clear_signal_handler (&fit->page_size_id, fit->adjustment);
  g_clear_object (&fit->adjustment);
  g_ptr_array_unref (fit->ranked);
  g_free (fit);
}

void
gt_column_fit_attach (GtkColumnView *view,
                      const guint   *order,
                      guint          n_order,
                      int            keep_width)
{
  GListModel *columns;
  ColumnFit *fit;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (order != NULL || n_order == 0);
  g_return_if_fail (g_object_get_data (G_OBJECT (view), FIT_KEY) == NULL);

  columns = gtk_column_view_get_columns (view);
  fit = g_new0 (ColumnFit, 1);
  fit->view = view;
  fit->ranked = g_ptr_array_new_with_free_func (g_object_unref);
  fit->keep_width = keep_width;
  fit->width = -1;
  for (guint i = 0; i < n_order; i++)
    {
      GtkColumnViewColumn *column = g_list_model_get_item (columns, order[i]);

      g_return_if_fail (column != NULL);
      g_ptr_array_add (fit->ranked, column);
    }

  g_object_set_data_full (G_OBJECT (view), FIT_KEY, fit, column_fit_free);
  g_signal_connect (view, "notify::hadjustment", G_CALLBACK (hadjustment_changed_cb), fit);
  g_signal_connect (view, "map", G_CALLBACK (view_mapped_cb), fit);
  listen_to_adjustment (fit);
}

void
gt_column_fit_apply (GtkColumnView *view,
                     int            width)
{
  ColumnFit *fit;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  fit = g_object_get_data (G_OBJECT (view), FIT_KEY);
  g_return_if_fail (fit != NULL);
  apply (fit, width);
}

char *
gt_column_fit_dup_hidden (GtkColumnView *view)
{
  GListModel *columns;
  GString *hidden = g_string_new (NULL);

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        continue;
      if (hidden->len > 0)
        g_string_append (hidden, ",");
      g_string_append (hidden, gtk_column_view_column_get_title (column));
    }

  return g_string_free (hidden, FALSE);
}
