/* gt-project-history.c: a project's change history (变更记录) in its editor.
 *
 * The newest changes first, each field on its own row: "项目名称：旧 → 新",
 * under it when, which desk and from what (typed, an import, a unit's return,
 * undo). The history is written by the register itself (its triggers), so a
 * change made by another desk, the command line or a script shows here too.
 * The newest SHOWN_AT_MOST only: a project imported every month for years has
 * hundreds; the export (--table history) has them all.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "gt-export-history.h"
#include "gt-format.h"
#include "gt-history.h"
#include "gt-project-history.h"

#define SHOWN_AT_MOST 100

struct _GtProjectHistory
{
  AdwPreferencesGroup parent_instance;
};

G_DEFINE_FINAL_TYPE (GtProjectHistory, gt_project_history, ADW_TYPE_PREFERENCES_GROUP)

static char *
describe_change (GtStore        *store,
                 GtHistoryEntry *entry)
{
  const char *field = gt_export_describe_field (entry->kind, entry->field);
  g_autofree char *old_value = gt_export_describe_value (store, entry->kind, entry->field,
                                                         entry->old_value);
  g_autofree char *new_value = gt_export_describe_value (store, entry->kind, entry->field,
                                                         entry->new_value);
  g_autofree char *month = NULL;
  int year, number;

  if (g_str_equal (entry->kind, "report") && entry->month != NULL &&
      sscanf (entry->month, "%4d-%2d", &year, &number) == 2)
    month = gt_format_month (year, number);
  else if (g_str_equal (entry->kind, "plan") && entry->month != NULL)
    /* TRANSLATORS: the year of an annual plan, "2023年" */
    month = g_strdup_printf (_("%s (year)"), entry->month);

  if (*entry->field == '\0' && month != NULL && g_str_equal (entry->kind, "report"))
    /* TRANSLATORS: a month's figures entered for the first time, with the
     * month's completed amount: "新增2023年4月月报：当月完成 120.00万元" */
    return g_strdup_printf (_("New figures for %s: %s completed this month"), month,
                            new_value);
  if (*entry->field == '\0')
    return g_strdup_printf (_("%s: %s"), field, new_value);
  if (entry->old_value == NULL)
    /* TRANSLATORS: a field given its first value: "当月完成（2023年3月）：120.00万元" */
    return month != NULL ? g_strdup_printf (_("%s (%s): %s"), field, month, new_value)
                         : g_strdup_printf (_("%s: %s"), field, new_value);
  /* TRANSLATORS: a field changed from one value to another */
  return month != NULL ? g_strdup_printf (_("%s (%s): %s → %s"), field, month, old_value,
                                          new_value)
                       : g_strdup_printf (_("%s: %s → %s"), field, old_value, new_value);
}

static void
gt_project_history_class_init (GtProjectHistoryClass *klass)
{
}

static void
gt_project_history_init (GtProjectHistory *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Change History"));
}

GtkWidget *
gt_project_history_new (GtStore   *store,
                        GtProject *project)
{
  GtProjectHistory *self = g_object_new (GT_TYPE_PROJECT_HISTORY, NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint shown = 0;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (GT_IS_PROJECT (project), NULL);

  entries = gt_history_list (store, gt_project_get_id (project), 0, 0, &error);
  if (entries == NULL)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), error->message);
      return GTK_WIDGET (self);
    }
  if (entries->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                           _("No change recorded yet."));
  else if (entries->len > SHOWN_AT_MOST)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                           _("The newest 100 changes; export the change "
                                             "history for all of them."));

  for (guint i = entries->len; i > 0 && shown < SHOWN_AT_MOST; i--, shown++)
    {
      GtHistoryEntry *entry = entries->pdata[i - 1];
      g_autofree char *title = describe_change (store, entry);
      g_autofree char *when = gt_format_log_time (entry->at);
      g_autofree char *source = gt_export_describe_source (entry->source);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      subtitle = *entry->desk != '\0'
                 /* TRANSLATORS: when · which desk · from what */
                 ? g_strdup_printf (_("%s · %s · %s"), when, entry->desk, source)
                 : g_strdup_printf ("%s · %s", when, source);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }

  return GTK_WIDGET (self);
}
