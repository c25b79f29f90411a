/* gt-inspection.c: the weekly 督查专报's content, gathered from the register.
 *
 * A project is reported under the leader in its charge (projects.leader_id)
 * when it is slow (red or amber as of the week's Sunday) or has problems
 * (open issues past their deadline then, or raised to 督办 / 挂牌督办); a
 * leader is reported when they have such a project or went on site in the
 * week. Leaders with projects who made no visit in the week are named, as
 * the office's rule asks every leader on site every week.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-escalation.h"
#include "gt-inspection.h"
#include "gt-store-escalation.h"
#include "gt-store-visits.h"

typedef struct {
  guint overdue;
  guint supervised;
} IssueCounts;

static void
project_free (gpointer data)
{
  GtInspectionProject *project = data;

  g_free (project->name);
  g_free (project->reasons);
  g_free (project);
}

static void
visit_free (gpointer data)
{
  GtInspectionVisit *visit = data;

  g_free (visit->projects);
  g_free (visit->decisions);
  g_free (visit);
}

static void
leader_free (gpointer data)
{
  GtInspectionLeader *leader = data;

  if (leader == NULL)
    return;
  g_free (leader->name);
  g_free (leader->title);
  g_ptr_array_unref (leader->projects);
  g_ptr_array_unref (leader->visits);
  g_free (leader);
}

static GtInspectionLeader *
leader_new (gint64      id,
            const char *name,
            const char *title)
{
  GtInspectionLeader *leader = g_new0 (GtInspectionLeader, 1);

  leader->leader_id = id;
  leader->name = g_strdup (name);
  leader->title = g_strdup (title != NULL ? title : "");
  leader->projects = g_ptr_array_new_with_free_func (project_free);
  leader->visits = g_ptr_array_new_with_free_func (visit_free);
  return leader;
}

void
gt_inspection_get_week (const GDate *day,
                        GDate       *monday,
                        GDate       *sunday)
{
  g_return_if_fail (day != NULL && g_date_valid (day));

  *monday = *day;
  g_date_subtract_days (monday, g_date_get_weekday (day) - G_DATE_MONDAY);
  *sunday = *monday;
  g_date_add_days (sunday, 6);
}

static int
rag_rank (GtRag rag)
{
  return rag == GT_RAG_RED ? 0 : rag == GT_RAG_AMBER ? 1 : 2;
}

static int
compare_projects (gconstpointer a,
                  gconstpointer b)
{
  const GtInspectionProject *x = *(GtInspectionProject **) a;
  const GtInspectionProject *y = *(GtInspectionProject **) b;

  if (rag_rank (x->rag) != rag_rank (y->rag))
    return rag_rank (x->rag) - rag_rank (y->rag);
  return x->project_id < y->project_id ? -1 : x->project_id > y->project_id;
}

/* Each live project's open issues overdue at @sunday or under supervision. */
static GHashTable *
count_issues (GtStore      *store,
              const GDate  *sunday,
              GError      **error)
{
  g_autoptr(GHashTable) levels = gt_store_list_escalation_levels (store, error);
  GListModel *issues;
  GHashTable *counts;

  if (levels == NULL)
    return NULL;
  issues = gt_store_get_issues (store);
  counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      gint64 id = gt_issue_get_id (issue);
      gint64 project = gt_issue_get_project_id (issue);
      GtEscalationLevel level = GPOINTER_TO_INT (g_hash_table_lookup (levels, &id));
      GtIssueStatus status = gt_issue_get_status (issue);
      gboolean open = status == GT_ISSUE_STATUS_RAISED || status == GT_ISSUE_STATUS_ASSIGNED;
      gboolean overdue = gt_issue_is_overdue (issue, sunday);
      IssueCounts *c;

      if (!open || (!overdue && level < GT_ESCALATION_SUPERVISED))
        continue;
      c = g_hash_table_lookup (counts, &project);
      if (c == NULL)
        {
          c = g_new0 (IssueCounts, 1);
          g_hash_table_insert (counts, g_memdup2 (&project, sizeof project), c);
        }
      c->overdue += overdue;
      c->supervised += level >= GT_ESCALATION_SUPERVISED;
    }
  return counts;
}

static char *
visit_projects (GtStore *store,
                GtVisit *visit)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const gint64 *ids;
  guint n;

  ids = gt_visit_get_project_ids (visit, &n);
  for (guint i = 0; i < n; i++)
    {
      GtProject *project = gt_store_lookup_project (store, ids[i]);

      if (project == NULL)
        continue;
      if (text->len > 0)
        /* TRANSLATORS: between the names of projects visited */
        g_string_append (text, _(", "));
      g_string_append (text, gt_project_get_name (project));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The week's visits into their leaders' entries (made when missing). */
static gboolean
add_visits (GtInspection  *self,
            GtStore       *store,
            GHashTable    *by_leader,
            GError       **error)
{
  g_autoptr(GPtrArray) visits = gt_store_list_visits (store, 0, &self->from, &self->to, error);

  if (visits == NULL)
    return FALSE;
  for (guint i = 0; i < visits->len; i++)
    {
      GtVisit *visit = visits->pdata[i];
      gint64 leader_id = gt_visit_get_leader_id (visit);
      GtInspectionLeader *leader = g_hash_table_lookup (by_leader, &leader_id);
      g_autoptr(GArray) issues = gt_store_list_visit_issues (store, gt_visit_get_id (visit),
                                                             error);
      GtInspectionVisit *item;

      if (issues == NULL)
        return FALSE;
      if (leader == NULL)
        continue;   /* a deleted leader's */
      item = g_new0 (GtInspectionVisit, 1);
      item->visit_id = gt_visit_get_id (visit);
      item->on = *gt_visit_get_visited_on (visit);
      item->kind = gt_visit_get_kind (visit);
      item->projects = visit_projects (store, visit);
      item->decisions = g_strdup (gt_visit_get_decisions (visit));
      item->n_issues = issues->len;
      g_ptr_array_add (leader->visits, item);
      self->n_visits++;
      self->n_issues_assigned += issues->len;
    }
  return TRUE;
}

GtInspection *
gt_inspection_new (GtStore           *store,
                   const GDate       *day,
                   const GtRagRules  *rules,
                   GError           **error)
{
  g_autoptr(GtInspection) self = g_new0 (GtInspection, 1);
  g_autoptr(GHashTable) lights = NULL;
  g_autoptr(GHashTable) reasons = NULL;
  g_autoptr(GHashTable) issues = NULL;
  g_autoptr(GHashTable) by_leader = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (leader_free);
  GListModel *leaders, *projects;
  GtInspectionLeader *nobody;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (rules != NULL, NULL);

  self->leaders = g_ptr_array_new_with_free_func (leader_free);
  self->idle_leaders = g_ptr_array_new_with_free_func (g_free);
  gt_inspection_get_week (day, &self->from, &self->to);

  lights = gt_rag_judge_as_of (store, rules, &self->to, &reasons, error);
  if (lights == NULL)
    return NULL;
  issues = count_issues (store, &self->to, error);
  if (issues == NULL)
    return NULL;

  leaders = gt_store_get_leaders (store);
  for (guint i = 0; i < g_list_model_get_n_items (leaders); i++)
    {
      g_autoptr(GtLeader) leader = g_list_model_get_item (leaders, i);
      GtInspectionLeader *entry = leader_new (gt_leader_get_id (leader),
                                              gt_leader_get_name (leader),
                                              gt_leader_get_title (leader));

      g_ptr_array_add (order, entry);
      g_hash_table_insert (by_leader, &entry->leader_id, entry);
    }
  /* TRANSLATORS: the heading of the projects no leader is in charge of */
  nobody = leader_new (0, _("No Leader in Charge"), NULL);
  g_ptr_array_add (order, nobody);

  projects = gt_store_get_projects (store);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 id = gt_project_get_id (project);
      gint64 leader_id = gt_project_get_leader_id (project);
      GtInspectionLeader *leader = g_hash_table_lookup (by_leader, &leader_id);
      GtRag rag = GPOINTER_TO_INT (g_hash_table_lookup (lights, &id));
      IssueCounts *counts = g_hash_table_lookup (issues, &id);
      GtInspectionProject *item;

      if (leader == NULL)
        leader = nobody;
      leader->n_projects++;
      if (rag != GT_RAG_RED && rag != GT_RAG_AMBER && counts == NULL)
        continue;
      item = g_new0 (GtInspectionProject, 1);
      item->project_id = id;
      item->name = g_strdup (gt_project_get_name (project));
      item->rag = rag;
      item->reasons = rag == GT_RAG_RED || rag == GT_RAG_AMBER
                      ? gt_rag_describe_reasons (GPOINTER_TO_UINT (
                          g_hash_table_lookup (reasons, &id)))
                      : g_strdup ("");
      if (counts != NULL)
        {
          item->overdue_issues = counts->overdue;
          item->supervised_issues = counts->supervised;
          self->n_problem++;
        }
      self->n_red += rag == GT_RAG_RED;
      self->n_amber += rag == GT_RAG_AMBER;
      g_ptr_array_add (leader->projects, item);
    }

  if (!add_visits (self, store, by_leader, error))
    return NULL;

  /* Each leader with something to say, in the register's order. */
  for (guint i = 0; i < order->len; i++)
    {
      GtInspectionLeader *leader = order->pdata[i];

      if (leader->leader_id != 0 && leader->n_projects > 0 && leader->visits->len == 0)
        g_ptr_array_add (self->idle_leaders, g_strdup (leader->name));
      if (leader->projects->len == 0 && leader->visits->len == 0)
        continue;
      g_ptr_array_sort (leader->projects, compare_projects);
      g_ptr_array_add (self->leaders, leader);
      order->pdata[i] = NULL;
    }
  return g_steal_pointer (&self);
}

void
gt_inspection_free (GtInspection *inspection)
{
  if (inspection == NULL)
    return;
  g_clear_pointer (&inspection->leaders, g_ptr_array_unref);
  g_clear_pointer (&inspection->idle_leaders, g_ptr_array_unref);
  g_free (inspection);
}
