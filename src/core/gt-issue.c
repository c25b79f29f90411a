/* gt-issue.c: an issue (问题) blocking a project, and its way through the ledger.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-issue.h"
#include "gt-format.h"
#include "gt-model-private.h"

struct _GtIssue
{
  GObject parent_instance;

  gint64 id;
  gint64 project_id;
  char *description;
  GtIssueCategory category;
  GtIssueStatus status;
  GDate raised_on;
  gint64 unit_id;
  gint64 leader_id;
  GDate deadline;
  char *resolution;
  GDate resolved_on;
  GDate closed_on;
};

G_DEFINE_FINAL_TYPE (GtIssue, gt_issue, G_TYPE_OBJECT)

G_DEFINE_QUARK (gt-issue-error-quark, gt_issue_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROJECT_ID,
  PROP_DESCRIPTION,
  PROP_CATEGORY,
  PROP_STATUS,
  PROP_RAISED_ON,
  PROP_UNIT_ID,
  PROP_LEADER_ID,
  PROP_DEADLINE,
  PROP_RESOLUTION,
  PROP_RESOLVED_ON,
  PROP_CLOSED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_int64 (GtIssue *self,
           gint64  *field,
           gint64   value,
           int      prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_text (GtIssue     *self,
          char       **field,
          const char  *value,
          int          prop)
{
  if (_gt_model_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_date (GtIssue     *self,
          GDate       *field,
          const GDate *value,
          int          prop)
{
  if (_gt_model_set_date (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
gt_issue_finalize (GObject *object)
{
  GtIssue *self = GT_ISSUE (object);

  g_free (self->description);
  g_free (self->resolution);

  G_OBJECT_CLASS (gt_issue_parent_class)->finalize (object);
}

static void
gt_issue_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  GtIssue *self = GT_ISSUE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PROJECT_ID: g_value_set_int64 (value, self->project_id); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_CATEGORY: g_value_set_int (value, self->category); break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    case PROP_RAISED_ON: g_value_set_boxed (value, gt_issue_get_raised_on (self)); break;
    case PROP_UNIT_ID: g_value_set_int64 (value, self->unit_id); break;
    case PROP_LEADER_ID: g_value_set_int64 (value, self->leader_id); break;
    case PROP_DEADLINE: g_value_set_boxed (value, gt_issue_get_deadline (self)); break;
    case PROP_RESOLUTION: g_value_set_string (value, self->resolution); break;
    case PROP_RESOLVED_ON:
      g_value_set_boxed (value, gt_issue_get_resolved_on (self));
      break;
    case PROP_CLOSED_ON: g_value_set_boxed (value, gt_issue_get_closed_on (self)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_issue_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  GtIssue *self = GT_ISSUE (object);

  switch (prop_id)
    {
    case PROP_ID: gt_issue_set_id (self, g_value_get_int64 (value)); break;
    case PROP_PROJECT_ID: gt_issue_set_project_id (self, g_value_get_int64 (value)); break;
    case PROP_DESCRIPTION:
      gt_issue_set_description (self, g_value_get_string (value));
      break;
    case PROP_CATEGORY: gt_issue_set_category (self, g_value_get_int (value)); break;
    case PROP_STATUS: gt_issue_set_status (self, g_value_get_int (value)); break;
    case PROP_RAISED_ON: gt_issue_set_raised_on (self, g_value_get_boxed (value)); break;
    case PROP_UNIT_ID: gt_issue_set_unit_id (self, g_value_get_int64 (value)); break;
    case PROP_LEADER_ID: gt_issue_set_leader_id (self, g_value_get_int64 (value)); break;
    case PROP_DEADLINE: gt_issue_set_deadline (self, g_value_get_boxed (value)); break;
    case PROP_RESOLUTION: gt_issue_set_resolution (self, g_value_get_string (value)); break;
    case PROP_RESOLVED_ON:
      gt_issue_set_resolved_on (self, g_value_get_boxed (value));
      break;
    case PROP_CLOSED_ON: gt_issue_set_closed_on (self, g_value_get_boxed (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_issue_class_init (GtIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gt_issue_finalize;
  object_class->get_property = gt_issue_get_property;
  object_class->set_property = gt_issue_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, 0, GT_N_ISSUE_CATEGORIES - 1,
                      GT_ISSUE_CATEGORY_OTHER, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, GT_N_ISSUE_STATUSES - 1,
                      GT_ISSUE_STATUS_RAISED, flags);
  properties[PROP_RAISED_ON] =
    g_param_spec_boxed ("raised-on", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LEADER_ID] =
    g_param_spec_int64 ("leader-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DEADLINE] = g_param_spec_boxed ("deadline", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_RESOLUTION] = g_param_spec_string ("resolution", NULL, NULL, "", flags);
  properties[PROP_RESOLVED_ON] =
    g_param_spec_boxed ("resolved-on", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_CLOSED_ON] =
    g_param_spec_boxed ("closed-on", NULL, NULL, G_TYPE_DATE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gt_issue_init (GtIssue *self)
{
  self->description = g_strdup ("");
  self->resolution = g_strdup ("");
  self->category = GT_ISSUE_CATEGORY_OTHER;
  self->status = GT_ISSUE_STATUS_RAISED;
  g_date_clear (&self->raised_on, 1);
  g_date_clear (&self->deadline, 1);
  g_date_clear (&self->resolved_on, 1);
  g_date_clear (&self->closed_on, 1);
}

GtIssue *
gt_issue_new (void)
{
  return g_object_new (GT_TYPE_ISSUE, NULL);
}

GtIssue *
gt_issue_copy (GtIssue *self)
{
  GtIssue *copy;

  g_return_val_if_fail (GT_IS_ISSUE (self), NULL);

  copy = gt_issue_new ();
  gt_issue_assign (copy, self);
  return copy;
}

gboolean
gt_issue_same_values (GtIssue *self,
                      GtIssue *other)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), FALSE);
  g_return_val_if_fail (GT_IS_ISSUE (other), FALSE);

  return self->id == other->id && self->project_id == other->project_id &&
         g_str_equal (self->description, other->description) &&
         self->category == other->category && self->status == other->status &&
         _gt_model_same_date (&self->raised_on, &other->raised_on) &&
         self->unit_id == other->unit_id && self->leader_id == other->leader_id &&
         _gt_model_same_date (&self->deadline, &other->deadline) &&
         g_str_equal (self->resolution, other->resolution) &&
         _gt_model_same_date (&self->resolved_on, &other->resolved_on) &&
         _gt_model_same_date (&self->closed_on, &other->closed_on);
}

void
gt_issue_assign (GtIssue *self,
                 GtIssue *source)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  g_return_if_fail (GT_IS_ISSUE (source));

  if (self == source)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  gt_issue_set_id (self, source->id);
  gt_issue_set_project_id (self, source->project_id);
  gt_issue_set_description (self, source->description);
  gt_issue_set_category (self, source->category);
  gt_issue_set_status (self, source->status);
  gt_issue_set_raised_on (self, gt_issue_get_raised_on (source));
  gt_issue_set_unit_id (self, source->unit_id);
  gt_issue_set_leader_id (self, source->leader_id);
  gt_issue_set_deadline (self, gt_issue_get_deadline (source));
  gt_issue_set_resolution (self, source->resolution);
  gt_issue_set_resolved_on (self, gt_issue_get_resolved_on (source));
  gt_issue_set_closed_on (self, gt_issue_get_closed_on (source));
  g_object_thaw_notify (G_OBJECT (self));
}

/* TRUE when both dates are set and @later is before @earlier. */
static gboolean
before (const GDate *later,
        const GDate *earlier)
{
  return g_date_valid (later) && g_date_valid (earlier) && g_date_compare (later, earlier) < 0;
}

static gboolean
fail (GError       **error,
      GtIssueError   code,
      const char    *message)
{
  g_set_error_literal (error, GT_ISSUE_ERROR, code, message);
  return FALSE;
}

gboolean
gt_issue_validate (GtIssue  *self,
                   GError  **error)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), FALSE);

  if (self->project_id <= 0)
    return fail (error, GT_ISSUE_ERROR_PROJECT_REQUIRED,
                 _("Choose the project that the issue holds up."));

  if (_gt_model_text_is_blank (self->description))
    return fail (error, GT_ISSUE_ERROR_DESCRIPTION_REQUIRED,
                 _("Describe the issue."));

  if (self->status == GT_ISSUE_STATUS_ASSIGNED
      && (self->unit_id <= 0 || !g_date_valid (&self->deadline)))
    return fail (error, GT_ISSUE_ERROR_ASSIGNMENT_INCOMPLETE,
                 _("An assigned issue needs a responsible unit and a deadline."));

  /* A closed issue was resolved first: striking it off keeps the record of how. */
  if ((self->status == GT_ISSUE_STATUS_RESOLVED || self->status == GT_ISSUE_STATUS_CLOSED)
      && (_gt_model_text_is_blank (self->resolution) || !g_date_valid (&self->resolved_on)))
    return fail (error, GT_ISSUE_ERROR_RESOLUTION_INCOMPLETE,
                 self->status == GT_ISSUE_STATUS_RESOLVED
                 ? _("A resolved issue needs a note of how it was resolved, and the date.")
                 : _("A closed issue keeps its note of how it was resolved, and the date."));

  /* A date typed or imported as year 20230 would stretch every chart drawn
   * to it; the same bounds as a project's dates. */
  {
    const GDate *dates[] = { &self->raised_on, &self->deadline, &self->resolved_on,
                             &self->closed_on };

    for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
      if (g_date_valid (dates[i]) && !gt_date_in_range (dates[i]))
        {
          g_set_error (error, GT_ISSUE_ERROR, GT_ISSUE_ERROR_DATE_ORDER,
                       _("Dates must fall between %d and %d."), GT_DATE_MIN_YEAR,
                       GT_DATE_MAX_YEAR);
          return FALSE;
        }
  }

  if (before (&self->deadline, &self->raised_on))
    return fail (error, GT_ISSUE_ERROR_DATE_ORDER,
                 _("The deadline is before the day the issue was raised."));

  if (before (&self->resolved_on, &self->raised_on))
    return fail (error, GT_ISSUE_ERROR_DATE_ORDER,
                 _("The issue cannot be resolved before it was raised."));

  if (before (&self->closed_on, &self->resolved_on))
    return fail (error, GT_ISSUE_ERROR_DATE_ORDER,
                 _("The issue cannot be closed before it was resolved."));

  if (before (&self->closed_on, &self->raised_on))
    return fail (error, GT_ISSUE_ERROR_DATE_ORDER,
                 _("The issue cannot be closed before it was raised."));

  return TRUE;
}

gboolean
gt_issue_is_overdue (GtIssue     *self,
                     const GDate *today)
{
  GDate now;

  g_return_val_if_fail (GT_IS_ISSUE (self), FALSE);

  if (!gt_issue_status_is_open (self->status) || !g_date_valid (&self->deadline))
    return FALSE;

  if (!_gt_model_date_is_set (today))
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  return g_date_compare (&self->deadline, today) < 0;
}

gint64
gt_issue_get_id (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), 0);
  return self->id;
}

void
gt_issue_set_id (GtIssue *self,
                 gint64   id)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  g_return_if_fail (id >= 0);
  set_int64 (self, &self->id, id, PROP_ID);
}

gint64
gt_issue_get_project_id (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), 0);
  return self->project_id;
}

void
gt_issue_set_project_id (GtIssue *self,
                         gint64   project_id)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  g_return_if_fail (project_id >= 0);
  set_int64 (self, &self->project_id, project_id, PROP_PROJECT_ID);
}

const char *
gt_issue_get_description (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), NULL);
  return self->description;
}

void
gt_issue_set_description (GtIssue    *self,
                          const char *description)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  set_text (self, &self->description, description, PROP_DESCRIPTION);
}

GtIssueCategory
gt_issue_get_category (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), GT_ISSUE_CATEGORY_OTHER);
  return self->category;
}

void
gt_issue_set_category (GtIssue         *self,
                       GtIssueCategory  category)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  g_return_if_fail ((guint) category < GT_N_ISSUE_CATEGORIES);

  if (self->category == category)
    return;

  self->category = category;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

GtIssueStatus
gt_issue_get_status (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), GT_ISSUE_STATUS_RAISED);
  return self->status;
}

void
gt_issue_set_status (GtIssue       *self,
                     GtIssueStatus  status)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  g_return_if_fail ((guint) status < GT_N_ISSUE_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const GDate *
gt_issue_get_raised_on (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), NULL);
  return _gt_model_get_date (&self->raised_on);
}

void
gt_issue_set_raised_on (GtIssue     *self,
                        const GDate *date)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  set_date (self, &self->raised_on, date, PROP_RAISED_ON);
}

gint64
gt_issue_get_unit_id (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), 0);
  return self->unit_id;
}

void
gt_issue_set_unit_id (GtIssue *self,
                      gint64   unit_id)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  g_return_if_fail (unit_id >= 0);
  set_int64 (self, &self->unit_id, unit_id, PROP_UNIT_ID);
}

gint64
gt_issue_get_leader_id (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), 0);
  return self->leader_id;
}

void
gt_issue_set_leader_id (GtIssue *self,
                        gint64   leader_id)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  g_return_if_fail (leader_id >= 0);
  set_int64 (self, &self->leader_id, leader_id, PROP_LEADER_ID);
}

const GDate *
gt_issue_get_deadline (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), NULL);
  return _gt_model_get_date (&self->deadline);
}

void
gt_issue_set_deadline (GtIssue     *self,
                       const GDate *date)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  set_date (self, &self->deadline, date, PROP_DEADLINE);
}

const char *
gt_issue_get_resolution (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), NULL);
  return self->resolution;
}

void
gt_issue_set_resolution (GtIssue    *self,
                         const char *resolution)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  set_text (self, &self->resolution, resolution, PROP_RESOLUTION);
}

const GDate *
gt_issue_get_resolved_on (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), NULL);
  return _gt_model_get_date (&self->resolved_on);
}

void
gt_issue_set_resolved_on (GtIssue     *self,
                          const GDate *date)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  set_date (self, &self->resolved_on, date, PROP_RESOLVED_ON);
}

const GDate *
gt_issue_get_closed_on (GtIssue *self)
{
  g_return_val_if_fail (GT_IS_ISSUE (self), NULL);
  return _gt_model_get_date (&self->closed_on);
}

void
gt_issue_set_closed_on (GtIssue     *self,
                        const GDate *date)
{
  g_return_if_fail (GT_IS_ISSUE (self));
  set_date (self, &self->closed_on, date, PROP_CLOSED_ON);
}
