/* gt-import-rows-group.c: the import preview's rows as they will land.
 *
 * An office checks an import by its rows: which become new projects, which
 * update a project the register has, which are passed over and why, each with
 * its row number so that it can be found in the spreadsheet. The toggles above
 * the list count each kind and show one kind alone. The list is a column view,
 * so that a ledger of thousands of rows makes only the rows on screen.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-import-row-item.h"
#include "gt-import-rows-group.h"

/* The toggles: every row, then one a state, in GtImportRowState order. */
#define N_TOGGLES (GT_N_IMPORT_ROW_STATES + 1)

struct _GtImportRowsGroup
{
  AdwPreferencesGroup  parent_instance;

  GListStore          *rows;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *shown;
  GtImportRowState     state;       /* GT_N_IMPORT_ROW_STATES: all */
  guint                counts[GT_N_IMPORT_ROW_STATES];
  GtkWidget           *toggles[N_TOGGLES];
  GtkWidget           *column_view;
};

G_DEFINE_FINAL_TYPE (GtImportRowsGroup, gt_import_rows_group, ADW_TYPE_PREFERENCES_GROUP)

enum { COLUMN_ROW, COLUMN_NAME, COLUMN_RESULT, N_COLUMNS };

static gboolean
row_shown (gpointer item,
           gpointer user_data)
{
  GtImportRowsGroup *self = user_data;

  return self->state == GT_N_IMPORT_ROW_STATES
         || gt_import_row_item_get_state (item) == self->state;
}

static char *
toggle_label (GtImportRowState state,
              guint            count)
{
  switch (state)
    {
    case GT_IMPORT_ROW_CREATED:
      /* Translators: a toggle over the import's rows, "Created 12" */
      return g_strdup_printf (C_("import rows", "Created %u"), count);
    case GT_IMPORT_ROW_UPDATED:
      return g_strdup_printf (C_("import rows", "Updated %u"), count);
    case GT_IMPORT_ROW_SKIPPED:
      return g_strdup_printf (C_("import rows", "Skipped %u"), count);
    case GT_N_IMPORT_ROW_STATES:
    default:
      return g_strdup_printf (C_("import rows", "All %u"), count);
    }
}

static void
update_toggles (GtImportRowsGroup *self)
{
  guint all = 0;

  for (int s = 0; s < GT_N_IMPORT_ROW_STATES; s++)
    all += self->counts[s];
  for (int s = 0; s < N_TOGGLES; s++)
    {
      g_autofree char *label = toggle_label (s, s == GT_N_IMPORT_ROW_STATES ? all
                                                                            : self->counts[s]);

      gtk_button_set_label (GTK_BUTTON (self->toggles[s]), label);
    }
}

static void
toggle_toggled_cb (GtkToggleButton   *toggle,
                   GtImportRowsGroup *self)
{
  if (!gtk_toggle_button_get_active (toggle))
    return;
  gt_import_rows_group_set_filter (self,
                                   GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toggle),
                                                                       "state")));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (column == COLUMN_ROW)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  if (column == COLUMN_NAME)
    gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), 14);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  GtImportRowItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *number = NULL;

  switch (column)
    {
    case COLUMN_ROW:
      number = g_strdup_printf ("%u", gt_import_row_item_get_row (item));
      gtk_inscription_set_text (GTK_INSCRIPTION (label), number);
      break;
    case COLUMN_NAME:
      gtk_inscription_set_text (GTK_INSCRIPTION (label), gt_import_row_item_get_name (item));
      break;
    case COLUMN_RESULT:
    default:
      gtk_inscription_set_text (GTK_INSCRIPTION (label), gt_import_row_item_describe (item));
      if (gt_import_row_item_get_state (item) == GT_IMPORT_ROW_SKIPPED)
        gtk_widget_add_css_class (label, "dim-label");
      else
        gtk_widget_remove_css_class (label, "dim-label");
      break;
    }
}

static void
gt_import_rows_group_dispose (GObject *object)
{
  GtImportRowsGroup *self = GT_IMPORT_ROWS_GROUP (object);

  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (gt_import_rows_group_parent_class)->dispose (object);
}

static void
gt_import_rows_group_class_init (GtImportRowsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gt_import_rows_group_dispose;
}

static void
gt_import_rows_group_init (GtImportRowsGroup *self)
{
  static const char *const titles[N_COLUMNS] = {
    NC_("import rows column", "Row"),
    NC_("import rows column", "Project"),
    NC_("import rows column", "Result"),
  };
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *group = NULL;

  self->state = GT_N_IMPORT_ROW_STATES;
  self->rows = g_list_store_new (GT_TYPE_IMPORT_ROW_ITEM);
  self->filter = gtk_custom_filter_new (row_shown, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                           g_object_ref (GTK_FILTER (self->filter)));

  /* No description: beside the toggles it would be squeezed on a narrow
   * screen, and the list's Result column says it. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Rows"));

  /* All · Created · Updated · Skipped, one at a time. */
  gtk_widget_add_css_class (box, "linked");
  for (int s = 0; s < N_TOGGLES; s++)
    {
      int state = s == 0 ? GT_N_IMPORT_ROW_STATES : s - 1;

      self->toggles[state] = gtk_toggle_button_new ();
      g_object_set_data (G_OBJECT (self->toggles[state]), "state", GINT_TO_POINTER (state));
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->toggles[state]),
                                     GTK_TOGGLE_BUTTON (group));
      else
        group = self->toggles[state];
      g_signal_connect (self->toggles[state], "toggled", G_CALLBACK (toggle_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), self->toggles[state]);
    }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->toggles[GT_N_IMPORT_ROW_STATES]),
                                TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), box);
  update_toggles (self);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  self->column_view = gtk_column_view_new (GTK_SELECTION_MODEL (g_steal_pointer (&selection)));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->column_view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rows of the sheet"), -1);
  for (int c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (g_dpgettext2 (GETTEXT_PACKAGE, "import rows column",
                                                         titles[c]), factory);
      if (c == COLUMN_NAME)
        gtk_column_view_column_set_expand (column, TRUE);
      else
        gtk_column_view_column_set_fixed_width (column, c == COLUMN_ROW ? 64 : 150);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (self->column_view), column);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->column_view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 220);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 220);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_overflow (scrolled, GTK_OVERFLOW_HIDDEN);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), scrolled);
}

GtkWidget *
gt_import_rows_group_new (void)
{
  return g_object_new (GT_TYPE_IMPORT_ROWS_GROUP, NULL);
}

void
gt_import_rows_group_set_rows (GtImportRowsGroup *self,
                               GPtrArray         *outcomes)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (GT_IS_IMPORT_ROWS_GROUP (self));

  memset (self->counts, 0, sizeof self->counts);
  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    {
      const GtImportRowOutcome *outcome = g_ptr_array_index (outcomes, i);

      g_ptr_array_add (items, gt_import_row_item_new (outcome));
      self->counts[outcome->state]++;
    }
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  update_toggles (self);
}

guint
gt_import_rows_group_count (GtImportRowsGroup *self,
                            GtImportRowState   state)
{
  g_return_val_if_fail (GT_IS_IMPORT_ROWS_GROUP (self), 0);

  if (state == GT_N_IMPORT_ROW_STATES)
    return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  return self->counts[state];
}

void
gt_import_rows_group_set_filter (GtImportRowsGroup *self,
                                 GtImportRowState   state)
{
  g_return_if_fail (GT_IS_IMPORT_ROWS_GROUP (self));
  g_return_if_fail (state <= GT_N_IMPORT_ROW_STATES);

  if (self->state == state)
    return;
  self->state = state;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->toggles[state]), TRUE);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

GListModel *
gt_import_rows_group_get_shown (GtImportRowsGroup *self)
{
  g_return_val_if_fail (GT_IS_IMPORT_ROWS_GROUP (self), NULL);
  return G_LIST_MODEL (self->shown);
}
