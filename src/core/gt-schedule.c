/* gt-schedule.c: backward scheduling (倒排工期).
 *
 * Offices fix the date a project must be finished and count back: each standard
 * node gets its usual duration, and the nodes are laid end to end so that the
 * last one ends on the target date.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "gt-schedule.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"

G_DEFINE_QUARK (gt-schedule-error-quark, gt_schedule_error)

typedef struct {
  char  *name;
  guint  days;
} Node;

struct _GtScheduleTemplate
{
  GArray *nodes;   /* of Node */
};

static void
clear_node (gpointer data)
{
  g_free (((Node *) data)->name);
}

GtScheduleTemplate *
gt_schedule_template_new (void)
{
  GtScheduleTemplate *self = g_new0 (GtScheduleTemplate, 1);

  self->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_array_set_clear_func (self->nodes, clear_node);
  return self;
}

void
gt_schedule_template_free (GtScheduleTemplate *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->nodes);
  g_free (self);
}

GtScheduleTemplate *
gt_schedule_template_new_default (void)
{
  /* Durations in days as county offices plan a mid-sized industrial project. */
  static const struct {
    const char *name;
    guint days;
  } defaults[] = {
    { N_("Preliminary approvals"), 90 },
    { N_("Land acquisition and clearance"), 60 },
    { N_("Construction preparation"), 30 },
    { N_("Main works"), 300 },
    { N_("Equipment installation"), 90 },
    { N_("Completion acceptance"), 30 },
    { N_("Commissioning"), 30 },
  };
  GtScheduleTemplate *self = gt_schedule_template_new ();

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    gt_schedule_template_append (self, g_dgettext (GETTEXT_PACKAGE, defaults[i].name),
                                 defaults[i].days);
  return self;
}

void
gt_schedule_template_append (GtScheduleTemplate *self,
                             const char         *name,
                             guint               days)
{
  Node node = { g_strdup (name), days };

  g_return_if_fail (self != NULL && name != NULL && *name != '\0' && days > 0);
  g_array_append_val (self->nodes, node);
}

guint
gt_schedule_template_get_n_nodes (const GtScheduleTemplate *self)
{
  return self->nodes->len;
}

const char *
gt_schedule_template_get_name (const GtScheduleTemplate *self,
                               guint                     index)
{
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return g_array_index (self->nodes, Node, index).name;
}

guint
gt_schedule_template_get_days (const GtScheduleTemplate *self,
                               guint                     index)
{
  g_return_val_if_fail (index < self->nodes->len, 0);
  return g_array_index (self->nodes, Node, index).days;
}

char *
gt_schedule_template_to_string (const GtScheduleTemplate *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const Node *node = &g_array_index (self->nodes, Node, i);

      g_string_append_printf (text, "%s%s=%u", i > 0 ? ";" : "", node->name, node->days);
    }
  return g_string_free (text, FALSE);
}

GtScheduleTemplate *
gt_schedule_template_parse (const char  *text,
                            GError     **error)
{
  g_autoptr(GtScheduleTemplate) self = gt_schedule_template_new ();
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      const char *equals;
      char *end = NULL;
      gint64 days;

      if (g_strstrip (parts[i])[0] == '\0')
        continue;
      equals = strchr (parts[i], '=');
      if (equals == NULL)
        {
          g_set_error (error, GT_SCHEDULE_ERROR, GT_SCHEDULE_ERROR_INVALID,
                       _("Node “%s” has no duration."), parts[i]);
          return NULL;
        }
      name = g_strstrip (g_strndup (parts[i], equals - parts[i]));
      days = g_ascii_strtoll (equals + 1, &end, 10);
      if (*name == '\0')
        {
          g_set_error (error, GT_SCHEDULE_ERROR, GT_SCHEDULE_ERROR_INVALID,
                       _("A node has no name."));
          return NULL;
        }
      if (end == equals + 1 || *g_strstrip (end) != '\0' || days < 1 || days > 3650)
        {
          g_set_error (error, GT_SCHEDULE_ERROR, GT_SCHEDULE_ERROR_INVALID,
                       _("The duration of “%s” must be a whole number of days from 1 to 3650."),
                       name);
          return NULL;
        }
      gt_schedule_template_append (self, name, (guint) days);
    }

  if (self->nodes->len == 0)
    {
      g_set_error (error, GT_SCHEDULE_ERROR, GT_SCHEDULE_ERROR_INVALID,
                   _("The schedule template has no nodes."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

GPtrArray *
gt_schedule_plan_backward (const GtScheduleTemplate *tmpl,
                           const GDate              *target,
                           gint64                    project_id)
{
  GPtrArray *milestones;
  GDate end;

  g_return_val_if_fail (tmpl != NULL && target != NULL && g_date_valid (target), NULL);

  milestones = g_ptr_array_new_full (tmpl->nodes->len, g_object_unref);
  g_ptr_array_set_size (milestones, tmpl->nodes->len);
  end = *target;

  /* From the last node back: it ends on the target, and each earlier one ends
   * the day before the next begins. */
  for (guint i = tmpl->nodes->len; i-- > 0;)
    {
      const Node *node = &g_array_index (tmpl->nodes, Node, i);
      GtMilestone *milestone = gt_milestone_new ();
      GDate start = end;

      g_date_subtract_days (&start, node->days - 1);
      gt_milestone_set_project_id (milestone, project_id);
      gt_milestone_set_name (milestone, node->name);
      gt_milestone_set_position (milestone, (int) i);
      gt_milestone_set_planned_start (milestone, &start);
      gt_milestone_set_planned_end (milestone, &end);
      g_ptr_array_index (milestones, i) = milestone;

      end = start;
      g_date_subtract_days (&end, 1);
    }

  return milestones;
}

/* The statements below bind ?1 the project. EXISTS gives PostgreSQL a boolean,
 * which it is asked to give as the 0 or 1 SQLite gives. */
static const GtDbQuery has_milestones_query = {
  "schedule-has-milestones",
  "SELECT EXISTS (SELECT 1 FROM milestones WHERE project_id = ?1)",
  "SELECT CAST(EXISTS (SELECT 1 FROM milestones WHERE project_id = $1) AS integer)",
};

gboolean
gt_schedule_has_milestones (GtStore *store,
                            gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  gboolean exists = FALSE;
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);

  stmt = gt_db_prepare (_gt_store_get_db (store), &has_milestones_query, &error);
  if (stmt != NULL)
    {
      gt_db_stmt_bind_int64 (stmt, 1, project_id);
      if (gt_db_stmt_next (stmt, &error))
        exists = gt_db_stmt_get_int64 (stmt, 0) != 0;
      else if (error == NULL)
        g_set_error_literal (&error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED, "no row");
      gt_db_stmt_reset (stmt);
    }

  if (error != NULL)
    {
      /* Unknown: say yes, so that the window asks before replacing. */
      g_warning ("Could not read the milestones of project %" G_GINT64_FORMAT ": %s",
                 project_id, error->message);
      return TRUE;
    }
  return exists;
}

/* The project's nodes replaced in one transaction, and one step of undo that
 * gives the nodes before back (gt-store-milestones.c), not gt_store_begin(): a
 * batch would clear the undo history of every other edit, and its rollback
 * reloads every list. Its savepoint also nests inside a caller's batch. */
gboolean
gt_schedule_apply (GtStore                  *store,
                   GtProject                *project,
                   const GtScheduleTemplate *tmpl,
                   const GDate              *target,
                   GError                  **error)
{
  g_autoptr(GPtrArray) plan = NULL;
  gint64 project_id;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (GT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (tmpl != NULL && tmpl->nodes->len > 0, FALSE);
  g_return_val_if_fail (target != NULL && g_date_valid (target), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  project_id = gt_project_get_id (project);
  if (gt_store_lookup_project (store, project_id) == NULL)
    {
      _gt_store_set_not_found (error, GT_STORE_KIND_PROJECT);
      return FALSE;
    }

  plan = gt_schedule_plan_backward (tmpl, target, project_id);
  return _gt_store_replace_milestones (store, project_id, plan, error);
}
