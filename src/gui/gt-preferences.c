/* gt-preferences.c: the preferences window: status thresholds and the node
 * template for backward scheduling. Every value is a GSettings key, bound or
 * written as it changes, so there is no Apply button to forget.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <time.h>

#include "gt-escalation-group.h"
#include "gt-formality-template-group.h"
#include "gt-notice-group.h"
#include "gt-office-month.h"
#include "gt-office-settings.h"
#include "gt-overview-chart.h"
#include "gt-preferences.h"
#include "gt-settings-spin-row.h"
#include "gt-slide-deck.h"
#include "gt-template-group.h"
#include "gt-visit-group.h"

struct _GtPreferences
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (GtPreferences, gt_preferences, ADW_TYPE_PREFERENCES_WINDOW)

GHashTable *
gt_preferences_judge_projects (GtStore     *store,
                               GHashTable **reasons)
{
  g_autoptr(GError) error = NULL;
  GtRagRules rules;
  GHashTable *statuses;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  gt_office_settings_load_rag_rules (&rules);
  statuses = gt_rag_judge_all_with_reasons (store, &rules, &today, reasons, &error);
  if (statuses == NULL)
    g_warning ("Could not judge the projects' status: %s", error->message);
  return statuses;
}

GtFigures *
gt_preferences_compute_figures (GtStore  *store,
                                int       year,
                                int       month,
                                GError  **error)
{
  /* As of the month's last day, as every output of the month (gt-as-of.h). */
  return gt_office_month_figures (store, year, month, NULL, error);
}

GtScheduleTemplate *
gt_preferences_load_schedule_template (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *text = g_settings_get_string (settings, "schedule-template");
  GtScheduleTemplate *tmpl = NULL;

  if (*text != '\0')
    tmpl = gt_schedule_template_parse (text, NULL);
  return tmpl != NULL ? tmpl : gt_schedule_template_new_default ();
}

/* The key's own range, so that a box never offers what the settings refuse
 * (0 where they need at least 1 was a GLib-GIO-CRITICAL on writing it). */
/* Preferences' own limits start at 0; the key's range narrows them. */
static GtkSpinButton *
add_spin_row (GtPreferences       *self,
              AdwPreferencesGroup *group,
              const char          *key,
              const char          *title,
              const char          *subtitle,
              double               max)
{
  return gt_settings_spin_row_add (group, self->settings, key, title, subtitle, 0, max);
}

typedef struct {
  GtkSpinButton *amber;
  GtkSpinButton *red;
  double         amber_max;  /* the keys' own limits, before the pair narrows them */
  double         red_min;
} AmberRed;

/* Amber must come before red: the amber box goes up to one below the red
 * value, the red box down to one above amber, each following the other. */
static void
keep_amber_below_red (AmberRed *pair)
{
  double min, max;

  gtk_spin_button_get_range (pair->amber, &min, &max);
  gtk_spin_button_set_range (pair->amber, min,
                             MIN (pair->amber_max, gtk_spin_button_get_value (pair->red) - 1));
  gtk_spin_button_get_range (pair->red, &min, &max);
  gtk_spin_button_set_range (pair->red,
                             MAX (pair->red_min, gtk_spin_button_get_value (pair->amber) + 1), max);
}

static void
pair_amber_red (GtkSpinButton *amber,
                GtkSpinButton *red)
{
  AmberRed *pair = g_rc_box_new0 (AmberRed);
  double unused;

  pair->amber = amber;
  pair->red = red;
  gtk_spin_button_get_range (amber, &unused, &pair->amber_max);
  gtk_spin_button_get_range (red, &pair->red_min, &unused);
  /* Held by both boxes, whichever goes last. */
  g_object_set_data_full (G_OBJECT (amber), "gt-amber-red", pair, g_rc_box_release);
  g_object_set_data_full (G_OBJECT (red), "gt-amber-red", g_rc_box_acquire (pair),
                          g_rc_box_release);
  g_signal_connect_swapped (amber, "value-changed", G_CALLBACK (keep_amber_below_red), pair);
  g_signal_connect_swapped (red, "value-changed", G_CALLBACK (keep_amber_below_red), pair);
  /* Settings stored before the rule, amber at or above red, are mended here. */
  if (gtk_spin_button_get_value (amber) >= gtk_spin_button_get_value (red))
    gtk_spin_button_set_value (amber, gtk_spin_button_get_value (red) - 1);
  keep_amber_below_red (pair);
}

static const char * const grouping_ids[] = { "locality", "unit", "leader" };

static gboolean
grouping_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *id = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (grouping_ids); i++)
    if (g_str_equal (id, grouping_ids[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
grouping_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  return index < G_N_ELEMENTS (grouping_ids) ? g_variant_new_string (grouping_ids[index]) : NULL;
}

static gboolean
per_project_get_mapping (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  GtSlidesPerProject per_project;

  if (!gt_slides_per_project_from_id (g_variant_get_string (variant, NULL), &per_project))
    return FALSE;
  g_value_set_uint (value, per_project);
  return TRUE;
}

static GVariant *
per_project_set_mapping (const GValue       *value,
                         const GVariantType *expected_type,
                         gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  return index < GT_N_SLIDES_PER_PROJECT
         ? g_variant_new_string (gt_slides_per_project_to_id (index)) : NULL;
}

static void
add_meeting_group (GtPreferences      *self,
                   AdwPreferencesPage *page)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char *groupings[] = {
    gt_chart_grouping_get_label (GT_CHART_BY_LOCALITY),
    gt_chart_grouping_get_label (GT_CHART_BY_UNIT),
    gt_chart_grouping_get_label (GT_CHART_BY_LEADER),
    NULL
  };
  const char *per_project_labels[] = {
    _("Red and amber projects"),
    _("Every project"),
    NULL
  };
  GtkWidget *grouping = adw_combo_row_new ();
  GtkWidget *per_project = adw_combo_row_new ();
  GtkWidget *dark = adw_action_row_new ();
  g_autoptr(GtkStringList) per_project_choices = gtk_string_list_new (per_project_labels);
  GtkWidget *dark_switch = gtk_switch_new ();
  g_autoptr(GtkStringList) choices = gtk_string_list_new (groupings);

  adw_preferences_group_set_title (group, _("Monthly Meeting"));
  adw_preferences_group_set_description (group, _("The slides shown with F5."));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (grouping), _("Project Slides"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (grouping),
                               _("Whose projects each slide lists"));
  adw_combo_row_set_model (ADW_COMBO_ROW (grouping), G_LIST_MODEL (choices));
  g_settings_bind_with_mapping (self->settings, "presentation-grouping", grouping, "selected",
                                G_SETTINGS_BIND_DEFAULT, grouping_get_mapping,
                                grouping_set_mapping, NULL, NULL);
  adw_preferences_group_add (group, grouping);

  /* Every project's slides make a long meeting: the red and amber ones are on
   * the red list anyway. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (per_project), _("Slides per Project"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (per_project),
                               _("Which projects get slides of their own"));
  adw_combo_row_set_model (ADW_COMBO_ROW (per_project), G_LIST_MODEL (per_project_choices));
  g_settings_bind_with_mapping (self->settings, "slides-per-project", per_project, "selected",
                                G_SETTINGS_BIND_DEFAULT, per_project_get_mapping,
                                per_project_set_mapping, NULL, NULL);
  adw_preferences_group_add (group, per_project);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dark), _("Light Text on Dark"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (dark),
                               _("For a dim room; T switches during the meeting"));
  gtk_widget_set_valign (dark_switch, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dark_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Light Text on Dark"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (dark), dark_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (dark), dark_switch);
  g_settings_bind (self->settings, "presentation-dark", dark_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, dark);

  adw_preferences_page_add (page, group);
}

/* The name that heads every printed page and exported table. */
static void
add_office_group (GtPreferences      *self,
                  AdwPreferencesPage *page)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_group_set_title (group, _("Office"));
  adw_preferences_group_set_description (group, _("Heads printed and exported reports."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Office Name"));
  g_settings_bind (self->settings, "office-name", row, "text", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, row);
  /* 本机名称: who made a change, in the change history and in another desk's
   * message when its save meets this desk's change. */
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("This Desk’s Name"));
  gtk_widget_set_tooltip_text (row, _("Shown in the change history and to other desks; "
                                      "empty for the account’s full name"));
  g_settings_bind (self->settings, "desk-name", row, "text", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, row);
  /* 报送截止日: the templates' deadline, and when a unit is late. */
  add_spin_row (self, group, "report-deadline-day", _("Filing Deadline Day"),
                _("Units file each month’s figures by this day: from the 15th on, of "
                  "the month itself; before it, of the next month"), 28);
  adw_preferences_page_add (page, group);
}

static void
build (GtPreferences *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *status = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *schedule = gt_template_group_new (self->settings);
  AdwPreferencesGroup *starts = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkSpinButton *amber, *red;

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Rules"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "emblem-system-symbolic");

  adw_preferences_group_set_title (status, _("Status Lights"));
  adw_preferences_group_set_description (status,
                                         _("When a project turns amber or red on the wall chart."));
  amber = add_spin_row (self, status, "rag-amber-start-months", _("Late Start: Amber"),
                        _("Months past the planned start month without starting"), 24);
  red = add_spin_row (self, status, "rag-red-start-months", _("Late Start: Red"),
                      _("Months past the planned start month without starting; "
                        "more than amber"), 36);
  pair_amber_red (amber, red);
  amber = add_spin_row (self, status, "rag-amber-lag-points", _("Investment Lag: Amber"),
                        _("Percentage points behind the time-proportional target"), 100);
  red = add_spin_row (self, status, "rag-red-lag-points", _("Investment Lag: Red"),
                      _("Percentage points behind the time-proportional target; "
                        "more than amber"), 100);
  pair_amber_red (amber, red);
  add_spin_row (self, status, "rag-red-milestone-days", _("Overdue Milestone: Red"),
                _("Days a milestone may be overdue before the project is red"), 365);

  adw_preferences_group_set_title (starts, _("Start Rate Targets"));
  adw_preferences_group_set_description (starts,
                                         _("The share of the year’s planned starts that "
                                           "should have started, for the monthly figures."));
  add_spin_row (self, starts, "start-target-march", _("By the End of March (%)"),
                _("Percent of the projects planned to start this year"), 100);
  add_spin_row (self, starts, "start-target-june", _("By the End of June (%)"),
                _("Percent of the projects planned to start this year"), 100);

  add_office_group (self, ADW_PREFERENCES_PAGE (page));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), status);
  add_meeting_group (self, ADW_PREFERENCES_PAGE (page));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (gt_notice_group_new (self->settings)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (gt_escalation_group_new (self->settings)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (gt_visit_group_new (self->settings)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), starts);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (schedule));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (gt_formality_template_group_new (
                              self->settings)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

static void
gt_preferences_dispose (GObject *object)
{
  GtPreferences *self = GT_PREFERENCES (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gt_preferences_parent_class)->dispose (object);
}

static void
gt_preferences_class_init (GtPreferencesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gt_preferences_dispose;
}

static void
gt_preferences_init (GtPreferences *self)
{
  self->settings = g_settings_new (APP_ID);
  gtk_window_set_title (GTK_WINDOW (self), _("Preferences"));
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
  build (self);
}

GtPreferences *
gt_preferences_new (GtkWindow *parent)
{
  return g_object_new (GT_TYPE_PREFERENCES, "transient-for", parent, "modal", TRUE, NULL);
}
