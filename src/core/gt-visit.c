/* gt-visit.c: a leader's site visit (现场调研, 现场办公).
 *
 * The projects are kept sorted and unique so that two visits with the same
 * projects compare alike and the store writes visit_projects without
 * tripping its primary key.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "gt-model-private.h"
#include "gt-office-settings.h"
#include "gt-visit.h"

struct _GtVisit
{
  GObject      parent_instance;

  gint64       id;
  gint64       leader_id;
  GDate        visited_on;
  GtVisitKind  kind;
  char        *decisions;
  GArray      *project_ids;   /* gint64, ascending */
};

G_DEFINE_FINAL_TYPE (GtVisit, gt_visit, G_TYPE_OBJECT)

static const char *const kind_ids[GT_N_VISIT_KINDS] = { "survey", "on_site" };

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
gt_visit_finalize (GObject *object)
{
  GtVisit *self = GT_VISIT (object);

  g_free (self->decisions);
  g_array_unref (self->project_ids);

  G_OBJECT_CLASS (gt_visit_parent_class)->finalize (object);
}

static void
gt_visit_class_init (GtVisitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gt_visit_finalize;
}

static void
gt_visit_init (GtVisit *self)
{
  g_date_clear (&self->visited_on, 1);
  self->decisions = g_strdup ("");
  self->project_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

const char *
gt_visit_kind_to_id (GtVisitKind kind)
{
  g_return_val_if_fail (kind < GT_N_VISIT_KINDS, "survey");
  return kind_ids[kind];
}

gboolean
gt_visit_kind_from_id (const char  *id,
                       GtVisitKind *kind)
{
  for (guint i = 0; i < GT_N_VISIT_KINDS; i++)
    if (g_strcmp0 (id, kind_ids[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
gt_visit_kind_get_label (GtVisitKind kind)
{
  switch (kind)
    {
    case GT_VISIT_SURVEY:
      return _("Site Survey");
    case GT_VISIT_ON_SITE:
      return _("On-Site Working Visit");
    case GT_N_VISIT_KINDS:
    default:
      g_return_val_if_reached ("");
    }
}

void
gt_visit_rules_init_default (GtVisitRules *rules)
{
  g_return_if_fail (rules != NULL);
  rules->visits_per_month = 4;
  rules->neglect_weeks = 4;
}

void
gt_visit_rules_load (GtVisitRules *rules)
{
  g_autoptr(GSettings) settings = gt_office_settings_open ("visits-neglect-weeks");

  g_return_if_fail (rules != NULL);

  gt_visit_rules_init_default (rules);
  if (settings == NULL)
    return;
  rules->visits_per_month = (guint) MAX (1, g_settings_get_int (settings, "visits-per-month"));
  rules->neglect_weeks = (guint) MAX (1, g_settings_get_int (settings, "visits-neglect-weeks"));
}

GtVisit *
gt_visit_new (void)
{
  return g_object_new (GT_TYPE_VISIT, NULL);
}

GtVisit *
gt_visit_copy (GtVisit *self)
{
  GtVisit *copy;

  g_return_val_if_fail (GT_IS_VISIT (self), NULL);

  copy = gt_visit_new ();
  copy->id = self->id;
  copy->leader_id = self->leader_id;
  copy->visited_on = self->visited_on;
  copy->kind = self->kind;
  gt_visit_set_decisions (copy, self->decisions);
  g_array_append_vals (copy->project_ids, self->project_ids->data, self->project_ids->len);
  return copy;
}

gboolean
gt_visit_same_values (GtVisit *self,
                      GtVisit *other)
{
  g_return_val_if_fail (GT_IS_VISIT (self), FALSE);
  g_return_val_if_fail (GT_IS_VISIT (other), FALSE);

  return self->id == other->id && self->leader_id == other->leader_id &&
         _gt_model_same_date (&self->visited_on, &other->visited_on) &&
         self->kind == other->kind && g_strcmp0 (self->decisions, other->decisions) == 0 &&
         self->project_ids->len == other->project_ids->len &&
         memcmp (self->project_ids->data, other->project_ids->data,
                 self->project_ids->len * sizeof (gint64)) == 0;
}

gboolean
gt_visit_validate (GtVisit  *self,
                   GError  **error)
{
  g_return_val_if_fail (GT_IS_VISIT (self), FALSE);

  if (self->leader_id <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("A visit needs the leader who made it"));
      return FALSE;
    }
  if (!g_date_valid (&self->visited_on))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("A visit needs its date"));
      return FALSE;
    }
  if (self->project_ids->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("A visit needs at least one project visited"));
      return FALSE;
    }
  return TRUE;
}

gint64
gt_visit_get_id (GtVisit *self)
{
  g_return_val_if_fail (GT_IS_VISIT (self), 0);
  return self->id;
}

void
gt_visit_set_id (GtVisit *self,
                 gint64   id)
{
  g_return_if_fail (GT_IS_VISIT (self));
  self->id = id;
}

gint64
gt_visit_get_leader_id (GtVisit *self)
{
  g_return_val_if_fail (GT_IS_VISIT (self), 0);
  return self->leader_id;
}

void
gt_visit_set_leader_id (GtVisit *self,
                        gint64   leader_id)
{
  g_return_if_fail (GT_IS_VISIT (self));
  self->leader_id = leader_id;
}

const GDate *
gt_visit_get_visited_on (GtVisit *self)
{
  g_return_val_if_fail (GT_IS_VISIT (self), NULL);
  return &self->visited_on;
}

void
gt_visit_set_visited_on (GtVisit     *self,
                         const GDate *date)
{
  g_return_if_fail (GT_IS_VISIT (self));
  if (date != NULL && g_date_valid (date))
    self->visited_on = *date;
  else
    g_date_clear (&self->visited_on, 1);
}

GtVisitKind
gt_visit_get_kind (GtVisit *self)
{
  g_return_val_if_fail (GT_IS_VISIT (self), GT_VISIT_SURVEY);
  return self->kind;
}

void
gt_visit_set_kind (GtVisit     *self,
                   GtVisitKind  kind)
{
  g_return_if_fail (GT_IS_VISIT (self));
  g_return_if_fail (kind < GT_N_VISIT_KINDS);
  self->kind = kind;
}

const char *
gt_visit_get_decisions (GtVisit *self)
{
  g_return_val_if_fail (GT_IS_VISIT (self), "");
  return self->decisions;
}

void
gt_visit_set_decisions (GtVisit    *self,
                        const char *decisions)
{
  g_return_if_fail (GT_IS_VISIT (self));
  g_free (self->decisions);
  self->decisions = g_strdup (decisions != NULL ? decisions : "");
}

const gint64 *
gt_visit_get_project_ids (GtVisit *self,
                          guint   *n_ids)
{
  g_return_val_if_fail (GT_IS_VISIT (self), NULL);
  if (n_ids != NULL)
    *n_ids = self->project_ids->len;
  return (const gint64 *) self->project_ids->data;
}

void
gt_visit_set_project_ids (GtVisit      *self,
                          const gint64 *ids,
                          guint         n_ids)
{
  g_return_if_fail (GT_IS_VISIT (self));
  g_array_set_size (self->project_ids, 0);
  for (guint i = 0; i < n_ids; i++)
    gt_visit_add_project_id (self, ids[i]);
}

void
gt_visit_add_project_id (GtVisit *self,
                         gint64   project_id)
{
  g_return_if_fail (GT_IS_VISIT (self));
  if (project_id <= 0 || gt_visit_has_project (self, project_id))
    return;
  g_array_append_val (self->project_ids, project_id);
  g_array_sort (self->project_ids, compare_ids);
}

gboolean
gt_visit_has_project (GtVisit *self,
                      gint64   project_id)
{
  g_return_val_if_fail (GT_IS_VISIT (self), FALSE);
  for (guint i = 0; i < self->project_ids->len; i++)
    if (g_array_index (self->project_ids, gint64, i) == project_id)
      return TRUE;
  return FALSE;
}
