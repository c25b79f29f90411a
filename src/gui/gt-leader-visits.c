/* gt-leader-visits.c: a leader's site work on their page.
 *
 * The page is rebuilt whole on each refresh: a leader has tens of visits a
 * year, not thousands, and rows that list names and dates of other rows
 * (projects) are simplest made again. Refreshes come when idle after the
 * store's ::changed and when the office's rule changes in Preferences.
 *
 * The month counted is the month of "today" (the clock, or the day a test
 * sets): the rule is about the calendar month the leader is in.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <time.h>

#include "gt-connection.h"
#include "gt-format.h"
#include "gt-inspection-report.h"
#include "gt-leader-visits.h"
#include "gt-office-settings.h"
#include "gt-store-visits.h"
#include "gt-visit-editor.h"

/* How far back the list of visits goes. */
#define LIST_DAYS 366

struct _GtLeaderVisits
{
  AdwBin        parent_instance;

  GtStore      *store;
  GtLeader     *leader;
  GDate         today;
  gboolean      today_set;
  GSettings    *settings;      /* NULL without the schema */
  guint         idle_id;

  GPtrArray    *visits;        /* GtVisit *, newest first */
  char         *summary;
  guint         n_unvisited;
};

G_DEFINE_FINAL_TYPE (GtLeaderVisits, gt_leader_visits, ADW_TYPE_BIN)

static void
get_today (GtLeaderVisits *self,
           GDate          *today)
{
  if (self->today_set)
    *today = self->today;
  else
    {
      g_date_clear (today, 1);
      g_date_set_time_t (today, time (NULL));
    }
}

static char *
project_list (GtLeaderVisits *self,
              GtVisit        *visit)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const gint64 *ids;
  guint n;

  ids = gt_visit_get_project_ids (visit, &n);
  for (guint i = 0; i < n; i++)
    {
      GtProject *project = gt_store_lookup_project (self->store, ids[i]);

      if (project == NULL)
        continue;
      if (text->len > 0)
        /* TRANSLATORS: between the names of projects visited */
        g_string_append (text, _(", "));
      g_string_append (text, gt_project_get_name (project));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* An icon that says nothing the row's text does not: hidden from screen
 * readers, which would otherwise read it as "GtkImage". */
static GtkWidget *
decoration (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE, "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
}

static void
visit_activated_cb (AdwActionRow   *row,
                    GtLeaderVisits *self)
{
  gt_leader_visits_open_editor (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row),
                                                                          "visit-index")));
}

static GtkWidget *
visit_row (GtLeaderVisits *self,
           GtVisit        *visit,
           int             index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = gt_format_date (gt_visit_get_visited_on (visit));
  g_autofree char *title = NULL;
  g_autofree char *projects = project_list (self, visit);
  g_autofree char *subtitle = NULL;
  const char *decisions = gt_visit_get_decisions (visit);

  /* TRANSLATORS: a visit's date and kind: 2023年3月29日 · 现场办公 */
  title = g_strdup_printf (_("%s · %s"), date, gt_visit_kind_get_label (gt_visit_get_kind (visit)));
  subtitle = *decisions != '\0' ? g_strdup_printf ("%s\n%s", projects, decisions)
                                : g_strdup (projects);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             decoration ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "visit-index", GINT_TO_POINTER (index));
  g_signal_connect (row, "activated", G_CALLBACK (visit_activated_cb), self);
  return row;
}

static GtkWidget *
unvisited_row (GtLeaderVisits           *self,
               const GtUnvisitedProject *item)
{
  GtProject *project = gt_store_lookup_project (self->store, item->project_id);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 project != NULL ? gt_project_get_name (project) : "");
  if (g_date_valid (&item->last_visit))
    {
      g_autofree char *date = gt_format_date (&item->last_visit);

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Last visited %s, %u day ago",
                                               "Last visited %s, %u days ago", item->days),
                                  date, item->days);
    }
  else
    subtitle = g_strdup (_("Never visited"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             decoration ("dialog-warning-symbolic"));
  return row;
}

static void
new_visit_cb (GtLeaderVisits *self)
{
  gt_leader_visits_open_editor (self, -1);
}

static void
report_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtLeaderVisits  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  if (path != NULL && !gt_leader_visits_write_report (self, path, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                       : NULL,
                                                  _("Could Not Save the Report"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

/* The county's report, not only this leader's: the office makes it from here
 * because this is where the week's site work is seen. */
static void
report_clicked_cb (GtLeaderVisits *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  GDate today, monday, sunday;
  char day[16];

  get_today (self, &today);
  gt_inspection_get_week (&today, &monday, &sunday);
  g_date_strftime (day, sizeof day, "%Y-%m-%d", &monday);
  /* TRANSLATORS: a file name offered: the report and its week's Monday */
  name = g_strdup_printf (_("Inspection Report %s.pdf"), day);
  chooser = gtk_file_chooser_native_new (_("Save the Weekly Inspection Report"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (report_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
rebuild (GtLeaderVisits *self)
{
  g_autoptr(GArray) unvisited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *neglect_title = NULL;
  AdwPreferencesGroup *group;
  GtVisitRules rules;
  GtkWidget *page, *header, *label, *bar, *button, *box;
  GDate today, from;
  guint in_month = 0;

  g_clear_pointer (&self->visits, g_ptr_array_unref);
  g_clear_pointer (&self->summary, g_free);
  self->n_unvisited = 0;
  adw_bin_set_child (ADW_BIN (self), NULL);
  if (self->leader == NULL)
    return;

  gt_visit_rules_load (&rules);
  get_today (self, &today);
  from = today;
  g_date_subtract_days (&from, LIST_DAYS);
  self->visits = gt_store_list_visits (self->store, gt_leader_get_id (self->leader),
                                       &from, &today, &error);
  if (self->visits == NULL)
    {
      g_warning ("%s", error->message);
      self->visits = g_ptr_array_new_with_free_func (g_object_unref);
      g_clear_error (&error);
    }
  /* Newest first. */
  for (guint i = 0, j = self->visits->len; i + 1 < j; i++, j--)
    {
      gpointer swap = self->visits->pdata[i];

      self->visits->pdata[i] = self->visits->pdata[j - 1];
      self->visits->pdata[j - 1] = swap;
    }
  for (guint i = 0; i < self->visits->len; i++)
    {
      const GDate *on = gt_visit_get_visited_on (self->visits->pdata[i]);

      if (g_date_get_year (on) == g_date_get_year (&today) &&
          g_date_get_month (on) == g_date_get_month (&today))
        in_month++;
    }

  page = adw_preferences_page_new ();

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (box, TRUE);
  /* TRANSLATORS: this month's site visits against the office's rule: 本月现场 2/4 次 */
  self->summary = g_strdup_printf (_("On site this month: %u of %u"), in_month,
                                   rules.visits_per_month);
  label = gtk_label_new (self->summary);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-3");
  if (in_month < rules.visits_per_month)
    gtk_widget_add_css_class (label, "warning");
  gtk_box_append (GTK_BOX (box), label);
  bar = gtk_level_bar_new_for_interval (0, rules.visits_per_month);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MIN (in_month, rules.visits_per_month));
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->summary, -1);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (header), box);
  button = gtk_button_new_with_mnemonic (_("_New Visit…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_sensitive (button, gt_connection_store_is_writable (self->store));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (new_visit_cb), self);
  gtk_box_append (GTK_BOX (header), button);
  adw_preferences_group_add (group, header);
  button = gtk_button_new_with_mnemonic (_("This Week’s _Inspection Report…"));
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("The weekly inspection report of every leader’s "
                                         "slow and problem projects and site visits, as PDF"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (report_clicked_cb), self);
  adw_preferences_group_add (group, button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Site Visits"));
  if (self->visits->len == 0)
    adw_preferences_group_set_description (group, _("No site visits in the last year."));
  for (guint i = 0; i < self->visits->len; i++)
    adw_preferences_group_add (group, visit_row (self, self->visits->pdata[i], (int) i));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  unvisited = gt_store_list_unvisited_projects (self->store, gt_leader_get_id (self->leader),
                                                &today, rules.neglect_weeks, &error);
  if (unvisited == NULL)
    g_warning ("%s", error->message);
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  neglect_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Not Visited for %u Week",
                                                "Not Visited for %u Weeks", rules.neglect_weeks),
                                   rules.neglect_weeks);
  adw_preferences_group_set_title (group, neglect_title);
  self->n_unvisited = unvisited != NULL ? unvisited->len : 0;
  if (self->n_unvisited == 0)
    adw_preferences_group_set_description (group, _("Every project in the leader’s charge "
                                                    "was visited in time."));
  for (guint i = 0; i < self->n_unvisited; i++)
    adw_preferences_group_add (group,
                               unvisited_row (self, &g_array_index (unvisited,
                                                                    GtUnvisitedProject, i)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  adw_bin_set_child (ADW_BIN (self), page);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  GtLeaderVisits *self = data;

  self->idle_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh_cb (GtLeaderVisits *self)
{
  if (self->idle_id == 0 && self->leader != NULL)
    self->idle_id = g_idle_add (refresh_idle_cb, self);
}

static void
gt_leader_visits_dispose (GObject *object)
{
  GtLeaderVisits *self = GT_LEADER_VISITS (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->settings);
  g_clear_object (&self->leader);
  g_clear_object (&self->store);
  g_clear_pointer (&self->visits, g_ptr_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (gt_leader_visits_parent_class)->dispose (object);
}

static void
gt_leader_visits_class_init (GtLeaderVisitsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gt_leader_visits_dispose;
}

static void
gt_leader_visits_init (GtLeaderVisits *self)
{
  g_date_clear (&self->today, 1);
  self->settings = gt_office_settings_open ("visits-neglect-weeks");
  if (self->settings != NULL)
    {
      g_signal_connect_swapped (self->settings, "changed::visits-per-month",
                                G_CALLBACK (queue_refresh_cb), self);
      g_signal_connect_swapped (self->settings, "changed::visits-neglect-weeks",
                                G_CALLBACK (queue_refresh_cb), self);
    }
}

GtkWidget *
gt_leader_visits_new (GtStore *store)
{
  GtLeaderVisits *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_object_new (GT_TYPE_LEADER_VISITS, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (queue_refresh_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
gt_leader_visits_set_leader (GtLeaderVisits *self,
                             GtLeader       *leader)
{
  g_return_if_fail (GT_IS_LEADER_VISITS (self));

  if (g_set_object (&self->leader, leader) || leader != NULL)
    rebuild (self);
}

void
gt_leader_visits_set_today (GtLeaderVisits *self,
                            const GDate    *today)
{
  g_return_if_fail (GT_IS_LEADER_VISITS (self));

  self->today_set = today != NULL && g_date_valid (today);
  if (self->today_set)
    self->today = *today;
  rebuild (self);
}

void
gt_leader_visits_refresh (GtLeaderVisits *self)
{
  g_return_if_fail (GT_IS_LEADER_VISITS (self));

  g_clear_handle_id (&self->idle_id, g_source_remove);
  rebuild (self);
}

const char *
gt_leader_visits_get_summary (GtLeaderVisits *self)
{
  g_return_val_if_fail (GT_IS_LEADER_VISITS (self), NULL);
  return self->summary;
}

guint
gt_leader_visits_get_n_visits (GtLeaderVisits *self)
{
  g_return_val_if_fail (GT_IS_LEADER_VISITS (self), 0);
  return self->visits != NULL ? self->visits->len : 0;
}

guint
gt_leader_visits_get_n_unvisited (GtLeaderVisits *self)
{
  g_return_val_if_fail (GT_IS_LEADER_VISITS (self), 0);
  return self->n_unvisited;
}

gboolean
gt_leader_visits_write_report (GtLeaderVisits  *self,
                               const char      *path,
                               GError         **error)
{
  g_autofree char *office = gt_office_settings_dup_string ("office-name");
  GtRagRules rules;
  GDate today;

  g_return_val_if_fail (GT_IS_LEADER_VISITS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  get_today (self, &today);
  gt_office_settings_load_rag_rules (&rules);
  return gt_inspection_report_write_pdf (self->store, &today, &rules, office, path, NULL, error);
}

GtkWidget *
gt_leader_visits_open_editor (GtLeaderVisits *self,
                              int             index)
{
  GtkRoot *root;
  GtVisitEditor *editor;
  GtVisit *visit = NULL;
  GDate today;

  g_return_val_if_fail (GT_IS_LEADER_VISITS (self), NULL);
  g_return_val_if_fail (self->leader != NULL, NULL);

  if (index >= 0)
    {
      g_return_val_if_fail (self->visits != NULL && (guint) index < self->visits->len, NULL);
      visit = self->visits->pdata[index];
    }
  get_today (self, &today);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = gt_visit_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                gt_leader_get_id (self->leader), visit, &today);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}
