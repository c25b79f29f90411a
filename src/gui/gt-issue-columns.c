/* gt-issue-columns.c: the issue ledger's columns and their cells.
 *
 * The column view recycles its cells: a cell is filled when bound and follows
 * its issue's notify while bound, and the cells that show what the store keeps
 * beside the issue (a project's or a unit's name, the escalation level) are
 * kept aside, so that a change of the store reaches only them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-column-fit.h"
#include "gt-cut-text.h"
#include "gt-format.h"
#include "gt-issue-columns.h"

/* In the order of GtIssueSort, which sorts them. */
typedef enum {
  COL_DESCRIPTION,
  COL_PROJECT,
  COL_CATEGORY,
  COL_STATUS,
  COL_LEVEL,
  COL_UNIT,
  COL_DEADLINE,
  COL_RAISED,
  N_COLUMNS
} ColumnId;

G_STATIC_ASSERT ((int) N_COLUMNS == (int) GT_N_ISSUE_SORTS);

typedef struct {
  GtIssueColumns *columns;
  ColumnId        id;
  GtkSorter      *sorter;     /* owned by the view's column */
} Column;

struct _GtIssueColumns
{
  GtStore      *store;        /* not owned: the view's, which outlives the columns' use */
  GtIssueQuery *query;        /* not owned: the view's, the order and the day */
  Column        columns[N_COLUMNS];
  GHashTable   *name_cells;   /* bound cells that show project or unit names, or levels */
};

static GQuark notify_id_quark;
static GQuark column_quark;

static const char *
project_name (GtIssueColumns *self,
              GtIssue      *issue)
{
  GtProject *project = gt_store_lookup_project (self->store, gt_issue_get_project_id (issue));

  return project != NULL ? gt_project_get_name (project) : "";
}

static const char *
unit_name (GtIssueColumns *self,
           GtIssue      *issue)
{
  gint64 id = gt_issue_get_unit_id (issue);
  GtUnit *unit = id > 0 ? gt_store_lookup_unit (self->store, id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : "";
}

/* Sorting: the columns are in GtIssueSort order. */

static int
compare_issues (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  Column *column = user_data;

  return gt_issue_query_compare (column->columns->query, (GtIssueSort) column->id,
                                 (GtIssue *) a, (GtIssue *) b);
}

/* Cells */

static void
set_overdue_style (GtkWidget *widget,
                   gboolean   overdue)
{
  if (overdue)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/* 挂牌督办 in red and 督办 in amber, as in the per-unit list; the word says it
 * too, so colour is never alone. */
static void
set_level (GtkLabel          *label,
           GtEscalationLevel  level)
{
  gtk_label_set_label (label, level > GT_ESCALATION_NONE ? gt_escalation_level_get_label (level)
                                                         : "");
  if (level == GT_ESCALATION_LISTED)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
  if (level == GT_ESCALATION_SUPERVISED)
    gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
}

static void
update_cell (Column      *column,
             GtkListItem *list_item)
{
  GtIssueColumns *self = column->columns;
  GtIssue *issue = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  gboolean overdue = gt_issue_is_overdue (issue, gt_issue_query_get_today (self->query));
  g_autofree char *owned = NULL;
  const char *text = NULL;

  switch (column->id)
    {
    case COL_DESCRIPTION:
      text = gt_issue_get_description (issue);
      break;
    case COL_PROJECT:
      text = project_name (self, issue);
      break;
    case COL_CATEGORY:
      text = gt_issue_category_get_label (gt_issue_get_category (issue));
      break;
    case COL_STATUS:
      {
        GtkWidget *label = gtk_widget_get_first_child (child);
        GtkWidget *tag = gtk_widget_get_next_sibling (label);

        gtk_label_set_label (GTK_LABEL (label),
                             gt_issue_status_get_label (gt_issue_get_status (issue)));
        gtk_widget_set_visible (tag, overdue);
        return;
      }
    case COL_LEVEL:
      set_level (GTK_LABEL (child), gt_issue_query_get_level (self->query, issue));
      return;
    case COL_UNIT:
      text = unit_name (self, issue);
      break;
    case COL_DEADLINE:
      text = owned = gt_format_date (gt_issue_get_deadline (issue));
      set_overdue_style (child, overdue);
      break;
    case COL_RAISED:
      text = owned = gt_format_date (gt_issue_get_raised_on (issue));
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (GTK_LABEL (child), text);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  Column                   *column)
{
  GtkWidget *child;

  if (column->id == COL_STATUS)
    {
      /* Overdue is said in words and with an icon, not by colour alone. */
      GtkWidget *label = gtk_label_new (NULL);
      GtkWidget *tag = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);

      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_box_append (GTK_BOX (child), label);
      gtk_widget_add_css_class (tag, "error");
      gtk_box_append (GTK_BOX (tag), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_box_append (GTK_BOX (tag), gtk_label_new (_("Overdue")));
      gtk_box_append (GTK_BOX (child), tag);
    }
  else
    {
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      gtk_label_set_single_line_mode (GTK_LABEL (child), TRUE);
      gt_cut_text_add_tooltip (GTK_LABEL (child));
      if (column->id == COL_DEADLINE || column->id == COL_RAISED)
        gtk_widget_add_css_class (child, "numeric");
    }

  gtk_list_item_set_child (list_item, child);
}

static void
issue_notify_cb (GtIssue     *issue,
                 GParamSpec  *pspec,
                 GtkListItem *list_item)
{
  update_cell (g_object_get_qdata (G_OBJECT (list_item), column_quark), list_item);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 Column                   *column)
{
  GtIssue *issue = gtk_list_item_get_item (list_item);
  gulong id;

  update_cell (column, list_item);

  /* The store updates live objects in place; a bound row follows them. */
  id = g_signal_connect (issue, "notify", G_CALLBACK (issue_notify_cb), list_item);
  g_object_set_qdata (G_OBJECT (list_item), notify_id_quark, GSIZE_TO_POINTER (id));
  g_object_set_qdata (G_OBJECT (list_item), column_quark, column);
  if (column->id == COL_PROJECT || column->id == COL_UNIT || column->id == COL_LEVEL)
    g_hash_table_add (column->columns->name_cells, list_item);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   Column                   *column)
{
  GtIssue *issue = gtk_list_item_get_item (list_item);
  gulong id = GPOINTER_TO_SIZE (g_object_steal_qdata (G_OBJECT (list_item), notify_id_quark));

  if (issue != NULL && id != 0)
    g_signal_handler_disconnect (issue, id);
  g_hash_table_remove (column->columns->name_cells, list_item);
}

GtIssueColumns *
gt_issue_columns_add (GtkColumnView *column_view,
                      GtStore       *store,
                      GtIssueQuery  *query)
{
  GtIssueColumns *self = g_new0 (GtIssueColumns, 1);
  static const guint ranks[] = {
    COL_STATUS, COL_PROJECT, COL_DEADLINE, COL_LEVEL, COL_UNIT, COL_CATEGORY, COL_RAISED,
  };
  g_autoptr(GtkColumnViewColumn) raised = NULL;
  static const struct {
    const char *title;
    int         fixed_width;
  } defs[N_COLUMNS] = {
    [COL_DESCRIPTION] = { N_("Issue"), 260 },
    [COL_PROJECT] = { N_("Project"), 220 },
    [COL_CATEGORY] = { N_("Category"), 90 },
    [COL_STATUS] = { N_("Status"), 150 },
    [COL_LEVEL] = { N_("Supervision level"), 120 },
    [COL_UNIT] = { N_("Assigned unit"), 150 },
    [COL_DEADLINE] = { N_("Deadline"), 130 },
    [COL_RAISED] = { N_("Raised on"), 130 },
  };

  self->store = store;
  self->query = query;
  self->name_cells = g_hash_table_new (NULL, NULL);
  if (notify_id_quark == 0)
    {
      notify_id_quark = g_quark_from_static_string ("gt-issue-columns-notify-id");
      column_quark = g_quark_from_static_string ("gt-issue-columns-column");
    }

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      Column *column = &self->columns[i];
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      column->columns = self;
      column->id = i;

      g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), column);
      g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), column);
      g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), column);

      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_issues, column, NULL));
      view_column = gtk_column_view_column_new (_(defs[i].title), g_object_ref (factory));
      gtk_column_view_column_set_sorter (view_column, sorter);
      column->sorter = sorter;
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_fixed_width (view_column, defs[i].fixed_width);
      /* The description takes what the others leave. */
      gtk_column_view_column_set_expand (view_column, i == COL_DESCRIPTION);
      gtk_column_view_append_column (column_view, view_column);
    }

  /* Where an issue stands, on which project, by when, how hard it is pressed
   * and with whom: the rest gives way first on a narrow screen. */
  gt_column_fit_attach (column_view, ranks, G_N_ELEMENTS (ranks), 240);

  /* The newest issues first, until someone sorts by another column. */
  raised = g_list_model_get_item (gtk_column_view_get_columns (column_view), COL_RAISED);
  gtk_column_view_sort_by_column (column_view, raised, GTK_SORT_DESCENDING);
  return self;
}

void
gt_issue_columns_update_names (GtIssueColumns *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->name_cells);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_cell (g_object_get_qdata (list_item, column_quark), list_item);
}

void
gt_issue_columns_levels_changed (GtIssueColumns *self)
{
  /* Sorted by level, the rows move; sorted otherwise, the sorter is not in use. */
  gtk_sorter_changed (self->columns[COL_LEVEL].sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

void
gt_issue_columns_free (GtIssueColumns *self)
{
  g_hash_table_unref (self->name_cells);
  g_free (self);
}
