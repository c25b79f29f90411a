/* gt-formalities-window.c: 手续办理, the approvals still to be given.
 *
 * A department's desk officer reads it for the month's work; the office reads
 * it before the meeting. Only approvals not yet given (未办, 在办) are listed:
 * a group per approving department, and in each the late ones first, longest
 * late first, then by the day planned. The drop-down keeps to one department,
 * of those that have approvals to give. The window follows the register
 * (another desk's change, an editor's), as the lists do.
 *
 * It is as of the month the main window shows, as every output of the month
 * (gt-as-of.h), and judged as the printed list is (gt-formalities-print.c): at
 * the close of the month's last day, an approval given after it still in hand.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-formalities-window.h"
#include "gt-store-formalities.h"

struct _GtFormalitiesWindow
{
  AdwWindow            parent_instance;

  GtStore             *store;
  GtAsOf               as_of;
  GDate                close;        /* the day after the as-of day: judged then */
  AdwWindowTitle      *title;
  gint64               unit_id;      /* 0: every department */
  GArray              *unit_ids;     /* the drop-down's, after "every department" */
  GtkDropDown         *units;
  AdwPreferencesPage  *page;
  GPtrArray           *groups;       /* shown, to take away again */
  guint                n_items;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (GtFormalitiesWindow, gt_formalities_window, ADW_TYPE_WINDOW)

static const char *
unit_name (GtFormalitiesWindow *self,
           gint64               unit_id)
{
  GtUnit *unit = unit_id != 0 ? gt_store_lookup_unit (self->store, unit_id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : C_("formality group", "No approving department");
}

/* Late first, longest late first; then by the day planned, none last. */
static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  GtFormalitiesWindow *self = data;
  GtFormality *x = *(GtFormality * const *) a;
  GtFormality *y = *(GtFormality * const *) b;
  int late_x = 0, late_y = 0;
  const GDate *px, *py;

  gt_formality_is_overdue (x, &self->close, &late_x);
  gt_formality_is_overdue (y, &self->close, &late_y);
  if (late_x != late_y)
    return late_y - late_x;
  px = gt_formality_get_planned_on (x);
  py = gt_formality_get_planned_on (y);
  if (px == NULL || py == NULL)
    return (px == NULL) - (py == NULL);
  return g_date_compare (px, py);
}

static GtkWidget *
item_row (GtFormalitiesWindow *self,
          GtFormality         *formality)
{
  GtProject *project = gt_store_lookup_project (self->store,
                                                gt_formality_get_project_id (formality));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *state = gtk_label_new (gt_formality_state_get_label (gt_formality_get_state (formality)));
  g_autofree char *title = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *subtitle = NULL;
  int late = 0;

  /* TRANSLATORS: an approval (用地规划许可) of a project */
  title = g_strdup_printf (_("%s · %s"), gt_formality_get_kind (formality),
                           project != NULL ? gt_project_get_name (project) : "");
  planned = gt_format_date (gt_formality_get_planned_on (formality));
  subtitle = g_strdup_printf (_("planned %s"), planned != NULL ? planned : "—");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (gt_formality_is_overdue (formality, &self->close, &late))
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late",
                                                            "%d days late", late), late);
      GtkWidget *mark = gtk_label_new (text);

      gtk_widget_add_css_class (mark, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
    }
  else if (gt_formality_is_due_soon (formality, &self->close))
    {
      /* Counted from the as-of day, before whose close it was not yet due. */
      int days = g_date_days_between (&self->as_of.day, gt_formality_get_planned_on (formality));
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day",
                                                            "Due in %d days", days), days);
      GtkWidget *mark = gtk_label_new (text);

      gtk_widget_add_css_class (mark, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
    }
  gtk_widget_add_css_class (state, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  return row;
}

static void
clear_groups (GtFormalitiesWindow *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  self->n_items = 0;
}

static void
add_group (GtFormalitiesWindow *self,
           gint64               unit_id,
           GPtrArray           *items)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *count = NULL;

  g_ptr_array_sort_with_data (items, compare_items, self);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), unit_name (self, unit_id));
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u approval to give",
                                        "%u approvals to give", items->len), items->len);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), count);
  for (guint i = 0; i < items->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               item_row (self, g_ptr_array_index (items, i)));
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
  self->n_items += items->len;
}

/* The drop-down: every department, then each that has approvals to give. */
static void
fill_units (GtFormalitiesWindow *self,
            GPtrArray           *all)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  self->filling = TRUE;
  g_array_set_size (self->unit_ids, 0);
  gtk_string_list_append (names, _("Every Department"));
  for (guint i = 0; i < all->len; i++)
    {
      GtFormality *formality = g_ptr_array_index (all, i);
      gint64 id = gt_formality_get_approver_unit_id (formality);

      if (id == 0 || !gt_formality_is_open (formality) ||
          (self->unit_ids->len > 0 &&
           g_array_index (self->unit_ids, gint64, self->unit_ids->len - 1) == id))
        continue;
      g_array_append_val (self->unit_ids, id);
      gtk_string_list_append (names, unit_name (self, id));
      if (id == self->unit_id)
        selected = self->unit_ids->len;
    }
  gtk_drop_down_set_model (self->units, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->units, selected);
  if (selected == 0)
    self->unit_id = 0;
  self->filling = FALSE;
}

/* @listed as they stood at the close of the as-of day. */
static GPtrArray *
as_they_stood (GtFormalitiesWindow *self,
               GPtrArray           *listed)
{
  GPtrArray *then = g_ptr_array_new_full (listed->len, g_object_unref);

  for (guint i = 0; i < listed->len; i++)
    g_ptr_array_add (then, gt_formality_as_of (g_ptr_array_index (listed, i), &self->close));
  return then;
}

static void
reload (GtFormalitiesWindow *self)
{
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 group = -1;

  clear_groups (self);
  /* By department (none last), as the store lists them. */
  listed = gt_store_list_all_formalities (self->store, 0, &error);
  if (listed == NULL)
    {
      g_warning ("Could not read the approvals: %s", error->message);
      return;
    }
  all = as_they_stood (self, listed);
  fill_units (self, all);
  for (guint i = 0; i < all->len; i++)
    {
      GtFormality *formality = g_ptr_array_index (all, i);
      gint64 approver = gt_formality_get_approver_unit_id (formality);

      if (!gt_formality_is_open (formality) ||
          (self->unit_id != 0 && approver != self->unit_id))
        continue;
      if (approver != group && items != NULL && items->len > 0)
        add_group (self, group, items);
      if (approver != group)
        {
          g_clear_pointer (&items, g_ptr_array_unref);
          items = g_ptr_array_new_with_free_func (g_object_unref);
          group = approver;
        }
      g_ptr_array_add (items, g_object_ref (formality));
    }
  if (items != NULL && items->len > 0)
    add_group (self, group, items);
  if (self->groups->len == 0)
    {
      GtkWidget *empty = adw_preferences_group_new ();
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No approvals to give"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (empty), row);
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (empty));
      g_ptr_array_add (self->groups, empty);
    }
}

static void
unit_chosen_cb (GtFormalitiesWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->units);

  if (self->filling)
    return;
  gt_formalities_window_set_unit (self, selected > 0 && selected <= self->unit_ids->len
                                        ? g_array_index (self->unit_ids, gint64, selected - 1)
                                        : 0);
}

static void
gt_formalities_window_dispose (GObject *object)
{
  GtFormalitiesWindow *self = GT_FORMALITIES_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_formalities_window_parent_class)->dispose (object);
}

static void
gt_formalities_window_finalize (GObject *object)
{
  GtFormalitiesWindow *self = GT_FORMALITIES_WINDOW (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);

  G_OBJECT_CLASS (gt_formalities_window_parent_class)->finalize (object);
}

static void
gt_formalities_window_class_init (GtFormalitiesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gt_formalities_window_dispose;
  object_class->finalize = gt_formalities_window_finalize;
}

static void
gt_formalities_window_init (GtFormalitiesWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->groups = g_ptr_array_new ();
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_window_set_title (GTK_WINDOW (self), _("Approvals to Give"));
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Approvals to Give"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  self->units = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->units), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Approving department"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->units), _("Approving department"));
  g_signal_connect_swapped (self->units, "notify::selected", G_CALLBACK (unit_chosen_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->units));
  gtk_box_append (GTK_BOX (box), header);
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->page));
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtFormalitiesWindow *
gt_formalities_window_new (GtkWindow    *parent,
                           GtStore      *store,
                           const GtAsOf *as_of)
{
  GtFormalitiesWindow *self;
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_object_new (GT_TYPE_FORMALITIES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (as_of != NULL)
    self->as_of = *as_of;
  else
    gt_as_of_init_default (&self->as_of, store, NULL, NULL);
  self->close = self->as_of.day;
  g_date_add_days (&self->close, 1);
  day = gt_format_date (&self->as_of.day);
  subtitle = g_strdup_printf (_("Data as of %s"), day);
  adw_window_title_set_subtitle (self->title, subtitle);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (reload), self);
  reload (self);
  return self;
}

void
gt_formalities_window_set_unit (GtFormalitiesWindow *self,
                                gint64               unit_id)
{
  g_return_if_fail (GT_IS_FORMALITIES_WINDOW (self));

  if (self->unit_id == unit_id)
    return;
  self->unit_id = unit_id;
  reload (self);
}

guint
gt_formalities_window_get_n_items (GtFormalitiesWindow *self)
{
  g_return_val_if_fail (GT_IS_FORMALITIES_WINDOW (self), 0);
  return self->n_items;
}

guint
gt_formalities_window_get_n_groups (GtFormalitiesWindow *self)
{
  g_return_val_if_fail (GT_IS_FORMALITIES_WINDOW (self), 0);
  return self->n_items > 0 ? self->groups->len : 0;
}
