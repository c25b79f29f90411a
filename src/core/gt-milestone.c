/* gt-milestone.c: a schedule node (推进节点) of a project.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-milestone.h"
#include "gt-model-private.h"

struct _GtMilestone
{
  GObject parent_instance;

  gint64 id;
  gint64 project_id;
  char *name;
  int position;
  GDate planned_start;
  GDate planned_end;
  GDate actual_start;
  GDate actual_end;
  int percent;
};

G_DEFINE_FINAL_TYPE (GtMilestone, gt_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROJECT_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_PLANNED_START,
  PROP_PLANNED_END,
  PROP_ACTUAL_START,
  PROP_ACTUAL_END,
  PROP_PERCENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_int64 (GtMilestone *self,
           gint64      *field,
           gint64       value,
           int          prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_int (GtMilestone *self,
         int         *field,
         int          value,
         int          prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_date (GtMilestone *self,
          GDate       *field,
          const GDate *value,
          int          prop)
{
  if (_gt_model_set_date (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
gt_milestone_finalize (GObject *object)
{
  GtMilestone *self = GT_MILESTONE (object);

  g_free (self->name);

  G_OBJECT_CLASS (gt_milestone_parent_class)->finalize (object);
}

static void
gt_milestone_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GtMilestone *self = GT_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PROJECT_ID: g_value_set_int64 (value, self->project_id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_POSITION: g_value_set_int (value, self->position); break;
    case PROP_PLANNED_START:
      g_value_set_boxed (value, gt_milestone_get_planned_start (self));
      break;
    case PROP_PLANNED_END:
      g_value_set_boxed (value, gt_milestone_get_planned_end (self));
      break;
    case PROP_ACTUAL_START:
      g_value_set_boxed (value, gt_milestone_get_actual_start (self));
      break;
    case PROP_ACTUAL_END:
      g_value_set_boxed (value, gt_milestone_get_actual_end (self));
      break;
    case PROP_PERCENT: g_value_set_int (value, self->percent); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_milestone_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GtMilestone *self = GT_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_ID: gt_milestone_set_id (self, g_value_get_int64 (value)); break;
    case PROP_PROJECT_ID:
      gt_milestone_set_project_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME: gt_milestone_set_name (self, g_value_get_string (value)); break;
    case PROP_POSITION: gt_milestone_set_position (self, g_value_get_int (value)); break;
    case PROP_PLANNED_START:
      gt_milestone_set_planned_start (self, g_value_get_boxed (value));
      break;
    case PROP_PLANNED_END:
      gt_milestone_set_planned_end (self, g_value_get_boxed (value));
      break;
    case PROP_ACTUAL_START:
      gt_milestone_set_actual_start (self, g_value_get_boxed (value));
      break;
    case PROP_ACTUAL_END:
      gt_milestone_set_actual_end (self, g_value_get_boxed (value));
      break;
    case PROP_PERCENT: gt_milestone_set_percent (self, g_value_get_int (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_milestone_class_init (GtMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gt_milestone_finalize;
  object_class->get_property = gt_milestone_get_property;
  object_class->set_property = gt_milestone_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_PLANNED_START] =
    g_param_spec_boxed ("planned-start", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_PLANNED_END] =
    g_param_spec_boxed ("planned-end", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_ACTUAL_START] =
    g_param_spec_boxed ("actual-start", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_ACTUAL_END] =
    g_param_spec_boxed ("actual-end", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_PERCENT] = g_param_spec_int ("percent", NULL, NULL, 0, 100, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gt_milestone_init (GtMilestone *self)
{
  self->name = g_strdup ("");
  g_date_clear (&self->planned_start, 1);
  g_date_clear (&self->planned_end, 1);
  g_date_clear (&self->actual_start, 1);
  g_date_clear (&self->actual_end, 1);
}

GtMilestone *
gt_milestone_new (void)
{
  return g_object_new (GT_TYPE_MILESTONE, NULL);
}

GtMilestone *
gt_milestone_copy (GtMilestone *self)
{
  GtMilestone *copy;

  g_return_val_if_fail (GT_IS_MILESTONE (self), NULL);

  copy = gt_milestone_new ();
  copy->id = self->id;
  copy->project_id = self->project_id;
  gt_milestone_set_name (copy, self->name);
  copy->position = self->position;
  copy->planned_start = self->planned_start;
  copy->planned_end = self->planned_end;
  copy->actual_start = self->actual_start;
  copy->actual_end = self->actual_end;
  copy->percent = self->percent;
  return copy;
}

gboolean
gt_milestone_same_values (GtMilestone *self,
                          GtMilestone *other)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), FALSE);
  g_return_val_if_fail (GT_IS_MILESTONE (other), FALSE);

  return self->id == other->id && self->project_id == other->project_id &&
         g_str_equal (self->name, other->name) && self->position == other->position &&
         _gt_model_same_date (&self->planned_start, &other->planned_start) &&
         _gt_model_same_date (&self->planned_end, &other->planned_end) &&
         _gt_model_same_date (&self->actual_start, &other->actual_start) &&
         _gt_model_same_date (&self->actual_end, &other->actual_end) &&
         self->percent == other->percent;
}

gint64
gt_milestone_get_id (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), 0);
  return self->id;
}

void
gt_milestone_set_id (GtMilestone *self,
                     gint64       id)
{
  g_return_if_fail (GT_IS_MILESTONE (self));
  g_return_if_fail (id >= 0);
  set_int64 (self, &self->id, id, PROP_ID);
}

gint64
gt_milestone_get_project_id (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), 0);
  return self->project_id;
}

void
gt_milestone_set_project_id (GtMilestone *self,
                             gint64       project_id)
{
  g_return_if_fail (GT_IS_MILESTONE (self));
  g_return_if_fail (project_id >= 0);
  set_int64 (self, &self->project_id, project_id, PROP_PROJECT_ID);
}

const char *
gt_milestone_get_name (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), NULL);
  return self->name;
}

void
gt_milestone_set_name (GtMilestone *self,
                       const char  *name)
{
  g_return_if_fail (GT_IS_MILESTONE (self));

  if (_gt_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
gt_milestone_get_position (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), 0);
  return self->position;
}

void
gt_milestone_set_position (GtMilestone *self,
                           int          position)
{
  g_return_if_fail (GT_IS_MILESTONE (self));
  g_return_if_fail (position >= 0);
  set_int (self, &self->position, position, PROP_POSITION);
}

const GDate *
gt_milestone_get_planned_start (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), NULL);
  return _gt_model_get_date (&self->planned_start);
}

void
gt_milestone_set_planned_start (GtMilestone *self,
                                const GDate *date)
{
  g_return_if_fail (GT_IS_MILESTONE (self));
  set_date (self, &self->planned_start, date, PROP_PLANNED_START);
}

const GDate *
gt_milestone_get_planned_end (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), NULL);
  return _gt_model_get_date (&self->planned_end);
}

void
gt_milestone_set_planned_end (GtMilestone *self,
                              const GDate *date)
{
  g_return_if_fail (GT_IS_MILESTONE (self));
  set_date (self, &self->planned_end, date, PROP_PLANNED_END);
}

const GDate *
gt_milestone_get_actual_start (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), NULL);
  return _gt_model_get_date (&self->actual_start);
}

void
gt_milestone_set_actual_start (GtMilestone *self,
                               const GDate *date)
{
  g_return_if_fail (GT_IS_MILESTONE (self));
  set_date (self, &self->actual_start, date, PROP_ACTUAL_START);
}

const GDate *
gt_milestone_get_actual_end (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), NULL);
  return _gt_model_get_date (&self->actual_end);
}

void
gt_milestone_set_actual_end (GtMilestone *self,
                             const GDate *date)
{
  g_return_if_fail (GT_IS_MILESTONE (self));
  set_date (self, &self->actual_end, date, PROP_ACTUAL_END);
}

int
gt_milestone_get_percent (GtMilestone *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE (self), 0);
  return self->percent;
}

/* Clamped rather than refused: a figure typed as 105% still means "done". */
void
gt_milestone_set_percent (GtMilestone *self,
                          int          percent)
{
  g_return_if_fail (GT_IS_MILESTONE (self));
  set_int (self, &self->percent, CLAMP (percent, 0, 100), PROP_PERCENT);
}
