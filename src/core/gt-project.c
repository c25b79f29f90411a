/* gt-project.c: one key project (重点项目) of the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-model-private.h"
#include "gt-project.h"
#include "gt-project-validation.h"

struct _GtProject
{
  GObject parent_instance;

  gint64 id;
  char *code;
  char *name;
  char *owner;
  char *content;
  char *category;
  char *notes;
  GtLevel level;
  GtStage stage;
  gint64 locality_id;
  gint64 unit_id;
  gint64 leader_id;
  gint64 total_investment;
  gint64 annual_plan;
  gint64 completed;
  GDate planned_start;
  GDate planned_end;
  GDate actual_start;
  GDate actual_end;

  /* Built on demand by gt_project_get_search_key(), dropped by text setters. */
  char *search_key;
};

G_DEFINE_FINAL_TYPE (GtProject, gt_project, G_TYPE_OBJECT)

G_DEFINE_QUARK (gt-project-error-quark, gt_project_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_OWNER,
  PROP_CONTENT,
  PROP_LEVEL,
  PROP_CATEGORY,
  PROP_STAGE,
  PROP_LOCALITY_ID,
  PROP_UNIT_ID,
  PROP_LEADER_ID,
  PROP_TOTAL_INVESTMENT,
  PROP_PLANNED_START,
  PROP_PLANNED_END,
  PROP_ACTUAL_START,
  PROP_ACTUAL_END,
  PROP_NOTES,
  PROP_ANNUAL_PLAN,
  PROP_COMPLETED,
  PROP_COMPLETION_RATIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text (GtProject  *self,
          char      **field,
          const char *value,
          int         prop,
          gboolean    searchable)
{
  if (!_gt_model_set_string (field, value))
    return;

  if (searchable)
    g_clear_pointer (&self->search_key, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_int64 (GtProject *self,
           gint64    *field,
           gint64     value,
           int        prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_date (GtProject   *self,
          GDate       *field,
          const GDate *value,
          int          prop)
{
  if (_gt_model_set_date (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* The ratio derives from two fields; it is notified when either moves it. */
static void
set_ratio_input (GtProject *self,
                 gint64    *field,
                 gint64     value,
                 int        prop)
{
  double before = gt_project_get_completion_ratio (self);

  if (*field == value)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  set_int64 (self, field, value, prop);
  if (gt_project_get_completion_ratio (self) != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETION_RATIO]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
gt_project_finalize (GObject *object)
{
  GtProject *self = GT_PROJECT (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->owner);
  g_free (self->content);
  g_free (self->category);
  g_free (self->notes);
  g_free (self->search_key);

  G_OBJECT_CLASS (gt_project_parent_class)->finalize (object);
}

static void
gt_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GtProject *self = GT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_OWNER: g_value_set_string (value, self->owner); break;
    case PROP_CONTENT: g_value_set_string (value, self->content); break;
    case PROP_LEVEL: g_value_set_int (value, self->level); break;
    case PROP_CATEGORY: g_value_set_string (value, self->category); break;
    case PROP_STAGE: g_value_set_int (value, self->stage); break;
    case PROP_LOCALITY_ID: g_value_set_int64 (value, self->locality_id); break;
    case PROP_UNIT_ID: g_value_set_int64 (value, self->unit_id); break;
    case PROP_LEADER_ID: g_value_set_int64 (value, self->leader_id); break;
    case PROP_TOTAL_INVESTMENT: g_value_set_int64 (value, self->total_investment); break;
    case PROP_PLANNED_START:
      g_value_set_boxed (value, gt_project_get_planned_start (self));
      break;
    case PROP_PLANNED_END:
      g_value_set_boxed (value, gt_project_get_planned_end (self));
      break;
    case PROP_ACTUAL_START:
      g_value_set_boxed (value, gt_project_get_actual_start (self));
      break;
    case PROP_ACTUAL_END:
      g_value_set_boxed (value, gt_project_get_actual_end (self));
      break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_ANNUAL_PLAN: g_value_set_int64 (value, self->annual_plan); break;
    case PROP_COMPLETED: g_value_set_int64 (value, self->completed); break;
    case PROP_COMPLETION_RATIO:
      g_value_set_double (value, gt_project_get_completion_ratio (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_project_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  GtProject *self = GT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID: gt_project_set_id (self, g_value_get_int64 (value)); break;
    case PROP_CODE: gt_project_set_code (self, g_value_get_string (value)); break;
    case PROP_NAME: gt_project_set_name (self, g_value_get_string (value)); break;
    case PROP_OWNER: gt_project_set_owner (self, g_value_get_string (value)); break;
    case PROP_CONTENT: gt_project_set_content (self, g_value_get_string (value)); break;
    case PROP_LEVEL: gt_project_set_level (self, g_value_get_int (value)); break;
    case PROP_CATEGORY: gt_project_set_category (self, g_value_get_string (value)); break;
    case PROP_STAGE: gt_project_set_stage (self, g_value_get_int (value)); break;
    case PROP_LOCALITY_ID:
      gt_project_set_locality_id (self, g_value_get_int64 (value));
      break;
    case PROP_UNIT_ID: gt_project_set_unit_id (self, g_value_get_int64 (value)); break;
    case PROP_LEADER_ID: gt_project_set_leader_id (self, g_value_get_int64 (value)); break;
    case PROP_TOTAL_INVESTMENT:
      gt_project_set_total_investment (self, g_value_get_int64 (value));
      break;
    case PROP_PLANNED_START:
      gt_project_set_planned_start (self, g_value_get_boxed (value));
      break;
    case PROP_PLANNED_END:
      gt_project_set_planned_end (self, g_value_get_boxed (value));
      break;
    case PROP_ACTUAL_START:
      gt_project_set_actual_start (self, g_value_get_boxed (value));
      break;
    case PROP_ACTUAL_END:
      gt_project_set_actual_end (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES: gt_project_set_notes (self, g_value_get_string (value)); break;
    case PROP_ANNUAL_PLAN:
      gt_project_set_annual_plan (self, g_value_get_int64 (value));
      break;
    case PROP_COMPLETED: gt_project_set_completed (self, g_value_get_int64 (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS);
}

/* Amounts may be set negative so that validation can say what is wrong. */
static GParamSpec *
int64_param (const char *name,
             gint64      minimum)
{
  return g_param_spec_int64 (name, NULL, NULL, minimum, G_MAXINT64, 0,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
date_param (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_DATE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);
}

static void
gt_project_class_init (GtProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gt_project_finalize;
  object_class->get_property = gt_project_get_property;
  object_class->set_property = gt_project_set_property;

  properties[PROP_ID] = int64_param ("id", 0);
  properties[PROP_CODE] = string_param ("code");
  properties[PROP_NAME] = string_param ("name");
  properties[PROP_OWNER] = string_param ("owner");
  properties[PROP_CONTENT] = string_param ("content");
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, 0, GT_N_LEVELS - 1, GT_LEVEL_COUNTY,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] = string_param ("category");
  properties[PROP_STAGE] =
    g_param_spec_int ("stage", NULL, NULL, 0, GT_N_STAGES - 1, GT_STAGE_PLANNED,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCALITY_ID] = int64_param ("locality-id", 0);
  properties[PROP_UNIT_ID] = int64_param ("unit-id", 0);
  properties[PROP_LEADER_ID] = int64_param ("leader-id", 0);
  properties[PROP_TOTAL_INVESTMENT] = int64_param ("total-investment", G_MININT64);
  properties[PROP_PLANNED_START] = date_param ("planned-start");
  properties[PROP_PLANNED_END] = date_param ("planned-end");
  properties[PROP_ACTUAL_START] = date_param ("actual-start");
  properties[PROP_ACTUAL_END] = date_param ("actual-end");
  properties[PROP_NOTES] = string_param ("notes");
  properties[PROP_ANNUAL_PLAN] = int64_param ("annual-plan", G_MININT64);
  properties[PROP_COMPLETED] = int64_param ("completed", G_MININT64);
  properties[PROP_COMPLETION_RATIO] =
    g_param_spec_double ("completion-ratio", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gt_project_init (GtProject *self)
{
  self->code = g_strdup ("");
  self->name = g_strdup ("");
  self->owner = g_strdup ("");
  self->content = g_strdup ("");
  self->category = g_strdup ("");
  self->notes = g_strdup ("");
  self->level = GT_LEVEL_COUNTY;
  self->stage = GT_STAGE_PLANNED;
  g_date_clear (&self->planned_start, 1);
  g_date_clear (&self->planned_end, 1);
  g_date_clear (&self->actual_start, 1);
  g_date_clear (&self->actual_end, 1);
}

GtProject *
gt_project_new (void)
{
  return g_object_new (GT_TYPE_PROJECT, NULL);
}

GtProject *
gt_project_copy (GtProject *self)
{
  GtProject *copy;

  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);

  copy = gt_project_new ();
  gt_project_assign (copy, self);
  return copy;
}

gboolean
gt_project_same_values (GtProject *self,
                        GtProject *other)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (GT_IS_PROJECT (other), FALSE);

  return self->id == other->id &&
         g_strcmp0 (self->code, other->code) == 0 &&
         g_strcmp0 (self->name, other->name) == 0 &&
         g_strcmp0 (self->owner, other->owner) == 0 &&
         g_strcmp0 (self->content, other->content) == 0 &&
         g_strcmp0 (self->category, other->category) == 0 &&
         g_strcmp0 (self->notes, other->notes) == 0 &&
         self->level == other->level && self->stage == other->stage &&
         self->locality_id == other->locality_id && self->unit_id == other->unit_id &&
         self->leader_id == other->leader_id &&
         self->total_investment == other->total_investment &&
         self->annual_plan == other->annual_plan &&
         _gt_model_same_date (&self->planned_start, &other->planned_start) &&
         _gt_model_same_date (&self->planned_end, &other->planned_end) &&
         _gt_model_same_date (&self->actual_start, &other->actual_start) &&
         _gt_model_same_date (&self->actual_end, &other->actual_end);
}

void
gt_project_assign (GtProject *self,
                   GtProject *source)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  g_return_if_fail (GT_IS_PROJECT (source));

  if (self == source)
    return;

  /* One batch of notifications, after every field holds its new value, so that
   * a handler never sees half of the old project and half of the new. */
  g_object_freeze_notify (G_OBJECT (self));
  gt_project_set_id (self, source->id);
  gt_project_set_code (self, source->code);
  gt_project_set_name (self, source->name);
  gt_project_set_owner (self, source->owner);
  gt_project_set_content (self, source->content);
  gt_project_set_level (self, source->level);
  gt_project_set_category (self, source->category);
  gt_project_set_stage (self, source->stage);
  gt_project_set_locality_id (self, source->locality_id);
  gt_project_set_unit_id (self, source->unit_id);
  gt_project_set_leader_id (self, source->leader_id);
  gt_project_set_total_investment (self, source->total_investment);
  gt_project_set_planned_start (self, gt_project_get_planned_start (source));
  gt_project_set_planned_end (self, gt_project_get_planned_end (source));
  gt_project_set_actual_start (self, gt_project_get_actual_start (source));
  gt_project_set_actual_end (self, gt_project_get_actual_end (source));
  gt_project_set_notes (self, source->notes);
  gt_project_set_annual_plan (self, source->annual_plan);
  gt_project_set_completed (self, source->completed);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
gt_project_validate (GtProject  *self,
                     GError    **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (GT_IS_PROJECT (self), FALSE);

  /* The rules are gt-project-validation.c's, for the editor to show too. */
  problems = gt_project_validation_check (self, 0, 0);
  for (guint i = 0; i < problems->len; i++)
    {
      const GtProjectProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == GT_VALIDATION_ERROR)
        {
          g_set_error_literal (error, GT_PROJECT_ERROR, problem->code, problem->message);
          return FALSE;
        }
    }
  return TRUE;
}

gint64
gt_project_get_id (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), 0);
  return self->id;
}

void
gt_project_set_id (GtProject *self,
                   gint64     id)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  g_return_if_fail (id >= 0);
  set_int64 (self, &self->id, id, PROP_ID);
}

const char *
gt_project_get_code (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return self->code;
}

void
gt_project_set_code (GtProject  *self,
                     const char *code)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_text (self, &self->code, code, PROP_CODE, TRUE);
}

const char *
gt_project_get_name (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return self->name;
}

void
gt_project_set_name (GtProject  *self,
                     const char *name)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_text (self, &self->name, name, PROP_NAME, TRUE);
}

const char *
gt_project_get_owner (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return self->owner;
}

void
gt_project_set_owner (GtProject  *self,
                      const char *owner)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_text (self, &self->owner, owner, PROP_OWNER, TRUE);
}

const char *
gt_project_get_content (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return self->content;
}

void
gt_project_set_content (GtProject  *self,
                        const char *content)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_text (self, &self->content, content, PROP_CONTENT, TRUE);
}

GtLevel
gt_project_get_level (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), GT_LEVEL_COUNTY);
  return self->level;
}

void
gt_project_set_level (GtProject *self,
                      GtLevel    level)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  g_return_if_fail ((guint) level < GT_N_LEVELS);

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
gt_project_get_category (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return self->category;
}

void
gt_project_set_category (GtProject  *self,
                         const char *category)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_text (self, &self->category, category, PROP_CATEGORY, TRUE);
}

GtStage
gt_project_get_stage (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), GT_STAGE_PLANNED);
  return self->stage;
}

void
gt_project_set_stage (GtProject *self,
                      GtStage    stage)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  g_return_if_fail ((guint) stage < GT_N_STAGES);

  if (self->stage == stage)
    return;

  self->stage = stage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

gint64
gt_project_get_locality_id (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), 0);
  return self->locality_id;
}

void
gt_project_set_locality_id (GtProject *self,
                            gint64     unit_id)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  g_return_if_fail (unit_id >= 0);
  set_int64 (self, &self->locality_id, unit_id, PROP_LOCALITY_ID);
}

gint64
gt_project_get_unit_id (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), 0);
  return self->unit_id;
}

void
gt_project_set_unit_id (GtProject *self,
                        gint64     unit_id)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  g_return_if_fail (unit_id >= 0);
  set_int64 (self, &self->unit_id, unit_id, PROP_UNIT_ID);
}

gint64
gt_project_get_leader_id (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), 0);
  return self->leader_id;
}

void
gt_project_set_leader_id (GtProject *self,
                          gint64     leader_id)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  g_return_if_fail (leader_id >= 0);
  set_int64 (self, &self->leader_id, leader_id, PROP_LEADER_ID);
}

gint64
gt_project_get_total_investment (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), 0);
  return self->total_investment;
}

void
gt_project_set_total_investment (GtProject *self,
                                 gint64     yuan)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_int64 (self, &self->total_investment, yuan, PROP_TOTAL_INVESTMENT);
}

const GDate *
gt_project_get_planned_start (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return _gt_model_get_date (&self->planned_start);
}

void
gt_project_set_planned_start (GtProject   *self,
                              const GDate *date)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_date (self, &self->planned_start, date, PROP_PLANNED_START);
}

const GDate *
gt_project_get_planned_end (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return _gt_model_get_date (&self->planned_end);
}

void
gt_project_set_planned_end (GtProject   *self,
                            const GDate *date)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_date (self, &self->planned_end, date, PROP_PLANNED_END);
}

const GDate *
gt_project_get_actual_start (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return _gt_model_get_date (&self->actual_start);
}

void
gt_project_set_actual_start (GtProject   *self,
                             const GDate *date)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_date (self, &self->actual_start, date, PROP_ACTUAL_START);
}

const GDate *
gt_project_get_actual_end (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return _gt_model_get_date (&self->actual_end);
}

void
gt_project_set_actual_end (GtProject   *self,
                           const GDate *date)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_date (self, &self->actual_end, date, PROP_ACTUAL_END);
}

const char *
gt_project_get_notes (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), NULL);
  return self->notes;
}

void
gt_project_set_notes (GtProject  *self,
                      const char *notes)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_text (self, &self->notes, notes, PROP_NOTES, FALSE);
}

gint64
gt_project_get_annual_plan (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), 0);
  return self->annual_plan;
}

void
gt_project_set_annual_plan (GtProject *self,
                            gint64     yuan)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_ratio_input (self, &self->annual_plan, yuan, PROP_ANNUAL_PLAN);
}

gint64
gt_project_get_completed (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), 0);
  return self->completed;
}

void
gt_project_set_completed (GtProject *self,
                          gint64     yuan)
{
  g_return_if_fail (GT_IS_PROJECT (self));
  set_ratio_input (self, &self->completed, yuan, PROP_COMPLETED);
}

double
gt_project_get_completion_ratio (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), -1.0);

  if (self->annual_plan <= 0)
    return -1.0;

  return (double) self->completed / (double) self->annual_plan;
}

static void
append_folded (GString    *key,
               const char *text)
{
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return;

  /* NFKC first, so that full-width Ｌ and ASCII l fold to the same key. */
  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normalized == NULL)
    return;
  folded = g_utf8_casefold (normalized, -1);

  /* A separator no query word can hold keeps words from matching across fields. */
  if (key->len > 0)
    g_string_append_c (key, '\n');
  g_string_append (key, folded);
}

const char *
gt_project_get_search_key (GtProject *self)
{
  g_return_val_if_fail (GT_IS_PROJECT (self), "");

  if (self->search_key == NULL)
    {
      GString *key = g_string_new (NULL);

      append_folded (key, self->name);
      append_folded (key, self->code);
      append_folded (key, self->owner);
      append_folded (key, self->content);
      append_folded (key, self->category);
      self->search_key = g_string_free (key, FALSE);
    }

  return self->search_key;
}
