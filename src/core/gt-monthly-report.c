/* gt-monthly-report.c: one project's report for one month (月报).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-model-private.h"
#include "gt-monthly-report.h"

struct _GtMonthlyReport
{
  GObject parent_instance;

  gint64 id;
  gint64 project_id;
  int year;               /* 0 while unset */
  int month;              /* 1–12, 0 while unset */
  gint64 completed;
  char *progress_note;
  int percent;
  char *problems;
};

G_DEFINE_FINAL_TYPE (GtMonthlyReport, gt_monthly_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROJECT_ID,
  PROP_YEAR,
  PROP_MONTH,
  PROP_COMPLETED,
  PROP_PROGRESS_NOTE,
  PROP_PERCENT,
  PROP_PROBLEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_int64 (GtMonthlyReport *self,
           gint64          *field,
           gint64           value,
           int              prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_int (GtMonthlyReport *self,
         int             *field,
         int              value,
         int              prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_text (GtMonthlyReport  *self,
          char            **field,
          const char       *value,
          int               prop)
{
  if (_gt_model_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
gt_monthly_report_finalize (GObject *object)
{
  GtMonthlyReport *self = GT_MONTHLY_REPORT (object);

  g_free (self->progress_note);
  g_free (self->problems);

  G_OBJECT_CLASS (gt_monthly_report_parent_class)->finalize (object);
}

static void
gt_monthly_report_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GtMonthlyReport *self = GT_MONTHLY_REPORT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PROJECT_ID: g_value_set_int64 (value, self->project_id); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_MONTH: g_value_set_int (value, self->month); break;
    case PROP_COMPLETED: g_value_set_int64 (value, self->completed); break;
    case PROP_PROGRESS_NOTE: g_value_set_string (value, self->progress_note); break;
    case PROP_PERCENT: g_value_set_int (value, self->percent); break;
    case PROP_PROBLEMS: g_value_set_string (value, self->problems); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_monthly_report_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GtMonthlyReport *self = GT_MONTHLY_REPORT (object);

  switch (prop_id)
    {
    case PROP_ID: gt_monthly_report_set_id (self, g_value_get_int64 (value)); break;
    case PROP_PROJECT_ID:
      gt_monthly_report_set_project_id (self, g_value_get_int64 (value));
      break;
    /* Year and month are separate properties so that each can be bound; the
     * paramspecs already hold them in range. */
    case PROP_YEAR: set_int (self, &self->year, g_value_get_int (value), PROP_YEAR); break;
    case PROP_MONTH: set_int (self, &self->month, g_value_get_int (value), PROP_MONTH); break;
    case PROP_COMPLETED:
      gt_monthly_report_set_completed (self, g_value_get_int64 (value));
      break;
    case PROP_PROGRESS_NOTE:
      gt_monthly_report_set_progress_note (self, g_value_get_string (value));
      break;
    case PROP_PERCENT: gt_monthly_report_set_percent (self, g_value_get_int (value)); break;
    case PROP_PROBLEMS:
      gt_monthly_report_set_problems (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_monthly_report_class_init (GtMonthlyReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gt_monthly_report_finalize;
  object_class->get_property = gt_monthly_report_get_property;
  object_class->set_property = gt_monthly_report_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_MONTH] = g_param_spec_int ("month", NULL, NULL, 0, 12, 0, flags);
  properties[PROP_COMPLETED] =
    g_param_spec_int64 ("completed", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PROGRESS_NOTE] =
    g_param_spec_string ("progress-note", NULL, NULL, "", flags);
  properties[PROP_PERCENT] = g_param_spec_int ("percent", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_PROBLEMS] = g_param_spec_string ("problems", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gt_monthly_report_init (GtMonthlyReport *self)
{
  self->progress_note = g_strdup ("");
  self->problems = g_strdup ("");
}

GtMonthlyReport *
gt_monthly_report_new (void)
{
  return g_object_new (GT_TYPE_MONTHLY_REPORT, NULL);
}

gint64
gt_monthly_report_get_id (GtMonthlyReport *self)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), 0);
  return self->id;
}

void
gt_monthly_report_set_id (GtMonthlyReport *self,
                          gint64           id)
{
  g_return_if_fail (GT_IS_MONTHLY_REPORT (self));
  g_return_if_fail (id >= 0);
  set_int64 (self, &self->id, id, PROP_ID);
}

gint64
gt_monthly_report_get_project_id (GtMonthlyReport *self)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), 0);
  return self->project_id;
}

void
gt_monthly_report_set_project_id (GtMonthlyReport *self,
                                  gint64           project_id)
{
  g_return_if_fail (GT_IS_MONTHLY_REPORT (self));
  g_return_if_fail (project_id >= 0);
  set_int64 (self, &self->project_id, project_id, PROP_PROJECT_ID);
}

int
gt_monthly_report_get_year (GtMonthlyReport *self)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), 0);
  return self->year;
}

int
gt_monthly_report_get_month (GtMonthlyReport *self)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), 0);
  return self->month;
}

void
gt_monthly_report_set_month (GtMonthlyReport *self,
                             int              year,
                             int              month)
{
  g_return_if_fail (GT_IS_MONTHLY_REPORT (self));
  g_return_if_fail (year >= 1 && year <= 9999);
  g_return_if_fail (month >= 1 && month <= 12);

  g_object_freeze_notify (G_OBJECT (self));
  set_int (self, &self->year, year, PROP_YEAR);
  set_int (self, &self->month, month, PROP_MONTH);
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
gt_monthly_report_get_completed (GtMonthlyReport *self)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), 0);
  return self->completed;
}

void
gt_monthly_report_set_completed (GtMonthlyReport *self,
                                 gint64           yuan)
{
  g_return_if_fail (GT_IS_MONTHLY_REPORT (self));
  set_int64 (self, &self->completed, yuan, PROP_COMPLETED);
}

const char *
gt_monthly_report_get_progress_note (GtMonthlyReport *self)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), NULL);
  return self->progress_note;
}

void
gt_monthly_report_set_progress_note (GtMonthlyReport *self,
                                     const char      *note)
{
  g_return_if_fail (GT_IS_MONTHLY_REPORT (self));
  set_text (self, &self->progress_note, note, PROP_PROGRESS_NOTE);
}

int
gt_monthly_report_get_percent (GtMonthlyReport *self)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), 0);
  return self->percent;
}

/* Clamped rather than refused, as for milestones. */
void
gt_monthly_report_set_percent (GtMonthlyReport *self,
                               int              percent)
{
  g_return_if_fail (GT_IS_MONTHLY_REPORT (self));
  set_int (self, &self->percent, CLAMP (percent, 0, 100), PROP_PERCENT);
}

const char *
gt_monthly_report_get_problems (GtMonthlyReport *self)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), NULL);
  return self->problems;
}

void
gt_monthly_report_set_problems (GtMonthlyReport *self,
                                const char      *problems)
{
  g_return_if_fail (GT_IS_MONTHLY_REPORT (self));
  set_text (self, &self->problems, problems, PROP_PROBLEMS);
}

GtMonthlyReport *
gt_monthly_report_copy (GtMonthlyReport *report)
{
  GtMonthlyReport *copy;

  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (report), NULL);

  copy = gt_monthly_report_new ();
  gt_monthly_report_set_id (copy, gt_monthly_report_get_id (report));
  gt_monthly_report_set_project_id (copy, gt_monthly_report_get_project_id (report));
  gt_monthly_report_set_month (copy, gt_monthly_report_get_year (report),
                               gt_monthly_report_get_month (report));
  gt_monthly_report_set_completed (copy, gt_monthly_report_get_completed (report));
  gt_monthly_report_set_progress_note (copy, gt_monthly_report_get_progress_note (report));
  gt_monthly_report_set_percent (copy, gt_monthly_report_get_percent (report));
  gt_monthly_report_set_problems (copy, gt_monthly_report_get_problems (report));
  return copy;
}

gboolean
gt_monthly_report_same_values (GtMonthlyReport *self,
                               GtMonthlyReport *other)
{
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (self), FALSE);
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (other), FALSE);

  return self->project_id == other->project_id && self->year == other->year &&
         self->month == other->month && self->completed == other->completed &&
         self->percent == other->percent &&
         g_strcmp0 (self->progress_note, other->progress_note) == 0 &&
         g_strcmp0 (self->problems, other->problems) == 0;
}
