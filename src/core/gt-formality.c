/* gt-formality.c: an approval formality (审批手续) of a project.
 *
 * A formality is late when it is still open (未办 or 在办) after the day it was
 * planned for: "not needed" (不需要) is never late, and one given (已办) without
 * a date is given all the same. Due soon is the office's week ahead
 * (GT_FORMALITY_DUE_SOON_DAYS), today included.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-formality.h"
#include "gt-model-private.h"

static const struct {
  const char *id;
  const char *label;
} states[GT_N_FORMALITY_STATES] = {
  [GT_FORMALITY_TODO] = { "todo", NC_("formality state", "Not Started") },
  [GT_FORMALITY_DOING] = { "doing", NC_("formality state", "In Progress") },
  [GT_FORMALITY_DONE] = { "done", NC_("formality state", "Approved") },
  [GT_FORMALITY_NOT_NEEDED] = { "not_needed", NC_("formality state", "Not Needed") },
};

struct _GtFormality
{
  GObject parent_instance;

  gint64 id;
  gint64 project_id;
  int position;
  char *kind;
  gint64 approver_unit_id;
  int limit_days;
  GDate planned_on;
  GDate actual_on;
  GtFormalityState state;
  char *note;
};

G_DEFINE_FINAL_TYPE (GtFormality, gt_formality, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROJECT_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_APPROVER_UNIT_ID,
  PROP_LIMIT_DAYS,
  PROP_PLANNED_ON,
  PROP_ACTUAL_ON,
  PROP_STATE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
gt_formality_state_to_id (GtFormalityState state)
{
  g_return_val_if_fail (state < GT_N_FORMALITY_STATES, "todo");
  return states[state].id;
}

gboolean
gt_formality_state_from_id (const char       *id,
                            GtFormalityState *state)
{
  for (guint i = 0; id != NULL && i < GT_N_FORMALITY_STATES; i++)
    if (g_str_equal (id, states[i].id))
      {
        *state = (GtFormalityState) i;
        return TRUE;
      }
  return FALSE;
}

const char *
gt_formality_state_get_label (GtFormalityState state)
{
  g_return_val_if_fail (state < GT_N_FORMALITY_STATES, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "formality state", states[state].label);
}

static void
notify (GtFormality *self,
        int          prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
gt_formality_finalize (GObject *object)
{
  GtFormality *self = GT_FORMALITY (object);

  g_free (self->kind);
  g_free (self->note);

  G_OBJECT_CLASS (gt_formality_parent_class)->finalize (object);
}

static void
gt_formality_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GtFormality *self = GT_FORMALITY (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PROJECT_ID: g_value_set_int64 (value, self->project_id); break;
    case PROP_POSITION: g_value_set_int (value, self->position); break;
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    case PROP_APPROVER_UNIT_ID: g_value_set_int64 (value, self->approver_unit_id); break;
    case PROP_LIMIT_DAYS: g_value_set_int (value, self->limit_days); break;
    case PROP_PLANNED_ON: g_value_set_boxed (value, gt_formality_get_planned_on (self)); break;
    case PROP_ACTUAL_ON: g_value_set_boxed (value, gt_formality_get_actual_on (self)); break;
    case PROP_STATE: g_value_set_int (value, self->state); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_formality_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GtFormality *self = GT_FORMALITY (object);

  switch (prop_id)
    {
    case PROP_ID: gt_formality_set_id (self, g_value_get_int64 (value)); break;
    case PROP_PROJECT_ID: gt_formality_set_project_id (self, g_value_get_int64 (value)); break;
    case PROP_POSITION: gt_formality_set_position (self, g_value_get_int (value)); break;
    case PROP_KIND: gt_formality_set_kind (self, g_value_get_string (value)); break;
    case PROP_APPROVER_UNIT_ID:
      gt_formality_set_approver_unit_id (self, g_value_get_int64 (value));
      break;
    case PROP_LIMIT_DAYS: gt_formality_set_limit_days (self, g_value_get_int (value)); break;
    case PROP_PLANNED_ON: gt_formality_set_planned_on (self, g_value_get_boxed (value)); break;
    case PROP_ACTUAL_ON: gt_formality_set_actual_on (self, g_value_get_boxed (value)); break;
    case PROP_STATE: gt_formality_set_state (self, g_value_get_int (value)); break;
    case PROP_NOTE: gt_formality_set_note (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_formality_class_init (GtFormalityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gt_formality_finalize;
  object_class->get_property = gt_formality_get_property;
  object_class->set_property = gt_formality_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "", flags);
  properties[PROP_APPROVER_UNIT_ID] =
    g_param_spec_int64 ("approver-unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LIMIT_DAYS] =
    g_param_spec_int ("limit-days", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_PLANNED_ON] =
    g_param_spec_boxed ("planned-on", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_ACTUAL_ON] = g_param_spec_boxed ("actual-on", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, 0, GT_N_FORMALITY_STATES - 1, 0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gt_formality_init (GtFormality *self)
{
  self->kind = g_strdup ("");
  self->note = g_strdup ("");
  g_date_clear (&self->planned_on, 1);
  g_date_clear (&self->actual_on, 1);
}

GtFormality *
gt_formality_new (void)
{
  return g_object_new (GT_TYPE_FORMALITY, NULL);
}

GtFormality *
gt_formality_copy (GtFormality *self)
{
  GtFormality *copy;

  g_return_val_if_fail (GT_IS_FORMALITY (self), NULL);

  copy = gt_formality_new ();
  copy->id = self->id;
  copy->project_id = self->project_id;
  copy->position = self->position;
  gt_formality_set_kind (copy, self->kind);
  copy->approver_unit_id = self->approver_unit_id;
  copy->limit_days = self->limit_days;
  copy->planned_on = self->planned_on;
  copy->actual_on = self->actual_on;
  copy->state = self->state;
  gt_formality_set_note (copy, self->note);
  return copy;
}

gboolean
gt_formality_same_values (GtFormality *self,
                          GtFormality *other)
{
  g_return_val_if_fail (GT_IS_FORMALITY (self), FALSE);
  g_return_val_if_fail (GT_IS_FORMALITY (other), FALSE);

  return self->id == other->id && self->project_id == other->project_id &&
         self->position == other->position && g_strcmp0 (self->kind, other->kind) == 0 &&
         self->approver_unit_id == other->approver_unit_id &&
         self->limit_days == other->limit_days &&
         _gt_model_same_date (&self->planned_on, &other->planned_on) &&
         _gt_model_same_date (&self->actual_on, &other->actual_on) &&
         self->state == other->state && g_strcmp0 (self->note, other->note) == 0;
}

#define INT_ACCESSORS(type, name, field, PROP)                                   \
  type                                                                          \
  gt_formality_get_##name (GtFormality *self)                                   \
  {                                                                             \
    g_return_val_if_fail (GT_IS_FORMALITY (self), 0);                           \
    return self->field;                                                         \
  }                                                                             \
  void                                                                          \
  gt_formality_set_##name (GtFormality *self, type value)                      \
  {                                                                             \
    g_return_if_fail (GT_IS_FORMALITY (self));                                  \
    if (self->field == value)                                                   \
      return;                                                                   \
    self->field = value;                                                        \
    notify (self, PROP);                                                        \
  }

INT_ACCESSORS (gint64, id, id, PROP_ID)
INT_ACCESSORS (gint64, project_id, project_id, PROP_PROJECT_ID)
INT_ACCESSORS (int, position, position, PROP_POSITION)
INT_ACCESSORS (gint64, approver_unit_id, approver_unit_id, PROP_APPROVER_UNIT_ID)
INT_ACCESSORS (int, limit_days, limit_days, PROP_LIMIT_DAYS)

const char *
gt_formality_get_kind (GtFormality *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY (self), "");
  return self->kind;
}

void
gt_formality_set_kind (GtFormality *self,
                       const char  *kind)
{
  g_return_if_fail (GT_IS_FORMALITY (self));
  if (_gt_model_set_string (&self->kind, kind))
    notify (self, PROP_KIND);
}

const GDate *
gt_formality_get_planned_on (GtFormality *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY (self), NULL);
  return _gt_model_get_date (&self->planned_on);
}

void
gt_formality_set_planned_on (GtFormality *self,
                             const GDate *date)
{
  g_return_if_fail (GT_IS_FORMALITY (self));
  if (_gt_model_set_date (&self->planned_on, date))
    notify (self, PROP_PLANNED_ON);
}

const GDate *
gt_formality_get_actual_on (GtFormality *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY (self), NULL);
  return _gt_model_get_date (&self->actual_on);
}

void
gt_formality_set_actual_on (GtFormality *self,
                            const GDate *date)
{
  g_return_if_fail (GT_IS_FORMALITY (self));
  if (_gt_model_set_date (&self->actual_on, date))
    notify (self, PROP_ACTUAL_ON);
}

GtFormalityState
gt_formality_get_state (GtFormality *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY (self), GT_FORMALITY_TODO);
  return self->state;
}

void
gt_formality_set_state (GtFormality      *self,
                        GtFormalityState  state)
{
  g_return_if_fail (GT_IS_FORMALITY (self));
  g_return_if_fail (state < GT_N_FORMALITY_STATES);
  if (self->state == state)
    return;
  self->state = state;
  notify (self, PROP_STATE);
}

const char *
gt_formality_get_note (GtFormality *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY (self), "");
  return self->note;
}

void
gt_formality_set_note (GtFormality *self,
                       const char  *note)
{
  g_return_if_fail (GT_IS_FORMALITY (self));
  if (_gt_model_set_string (&self->note, note))
    notify (self, PROP_NOTE);
}

gboolean
gt_formality_is_open (GtFormality *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY (self), FALSE);
  return self->state == GT_FORMALITY_TODO || self->state == GT_FORMALITY_DOING;
}

gboolean
gt_formality_is_overdue (GtFormality *self,
                         const GDate *today,
                         int         *days)
{
  const GDate *planned;
  gboolean late;

  g_return_val_if_fail (GT_IS_FORMALITY (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  planned = gt_formality_get_planned_on (self);
  late = gt_formality_is_open (self) && planned != NULL && g_date_compare (planned, today) < 0;
  if (days != NULL)
    *days = late ? g_date_days_between (planned, today) : 0;
  return late;
}

gboolean
gt_formality_is_due_soon (GtFormality *self,
                          const GDate *today)
{
  const GDate *planned;

  g_return_val_if_fail (GT_IS_FORMALITY (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  planned = gt_formality_get_planned_on (self);
  if (!gt_formality_is_open (self) || planned == NULL)
    return FALSE;
  return g_date_compare (planned, today) >= 0 &&
         g_date_days_between (today, planned) <= GT_FORMALITY_DUE_SOON_DAYS;
}

GtFormality *
gt_formality_as_of (GtFormality *self,
                    const GDate *close)
{
  const GDate *actual;
  GtFormality *then;

  g_return_val_if_fail (GT_IS_FORMALITY (self), NULL);
  g_return_val_if_fail (close != NULL && g_date_valid (close), NULL);

  actual = gt_formality_get_actual_on (self);
  if (self->state != GT_FORMALITY_DONE || actual == NULL || g_date_compare (actual, close) < 0)
    return g_object_ref (self);
  then = gt_formality_copy (self);
  gt_formality_set_state (then, GT_FORMALITY_DOING);
  gt_formality_set_actual_on (then, NULL);
  return then;
}
