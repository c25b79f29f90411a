/* gt-leader.c: a responsible leader (包联领导).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "gt-leader.h"
#include "gt-model-private.h"

struct _GtLeader
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *title;
  char *phone;
};

G_DEFINE_FINAL_TYPE (GtLeader, gt_leader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text (GtLeader    *self,
          char       **field,
          const char  *value,
          int          prop)
{
  if (_gt_model_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
gt_leader_finalize (GObject *object)
{
  GtLeader *self = GT_LEADER (object);

  g_free (self->name);
  g_free (self->title);
  g_free (self->phone);

  G_OBJECT_CLASS (gt_leader_parent_class)->finalize (object);
}

static void
gt_leader_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GtLeader *self = GT_LEADER (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_PHONE: g_value_set_string (value, self->phone); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_leader_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GtLeader *self = GT_LEADER (object);

  switch (prop_id)
    {
    case PROP_ID: gt_leader_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: gt_leader_set_name (self, g_value_get_string (value)); break;
    case PROP_TITLE: gt_leader_set_title (self, g_value_get_string (value)); break;
    case PROP_PHONE: gt_leader_set_phone (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_leader_class_init (GtLeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gt_leader_finalize;
  object_class->get_property = gt_leader_get_property;
  object_class->set_property = gt_leader_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gt_leader_init (GtLeader *self)
{
  self->name = g_strdup ("");
  self->title = g_strdup ("");
  self->phone = g_strdup ("");
}

GtLeader *
gt_leader_new (void)
{
  return g_object_new (GT_TYPE_LEADER, NULL);
}

GtLeader *
gt_leader_copy (GtLeader *self)
{
  GtLeader *copy;

  g_return_val_if_fail (GT_IS_LEADER (self), NULL);

  copy = gt_leader_new ();
  gt_leader_assign (copy, self);
  return copy;
}

gboolean
gt_leader_same_values (GtLeader *self,
                       GtLeader *other)
{
  g_return_val_if_fail (GT_IS_LEADER (self), FALSE);
  g_return_val_if_fail (GT_IS_LEADER (other), FALSE);

  return self->id == other->id && g_str_equal (self->name, other->name) &&
         g_str_equal (self->title, other->title) && g_str_equal (self->phone, other->phone);
}

void
gt_leader_assign (GtLeader *self,
                  GtLeader *source)
{
  g_return_if_fail (GT_IS_LEADER (self));
  g_return_if_fail (GT_IS_LEADER (source));

  if (self == source)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  gt_leader_set_id (self, source->id);
  gt_leader_set_name (self, source->name);
  gt_leader_set_title (self, source->title);
  gt_leader_set_phone (self, source->phone);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
gt_leader_validate (GtLeader  *self,
                    GError   **error)
{
  g_return_val_if_fail (GT_IS_LEADER (self), FALSE);

  if (_gt_model_text_is_blank (self->name))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The leader needs a name."));
      return FALSE;
    }

  return TRUE;
}

gint64
gt_leader_get_id (GtLeader *self)
{
  g_return_val_if_fail (GT_IS_LEADER (self), 0);
  return self->id;
}

void
gt_leader_set_id (GtLeader *self,
                  gint64    id)
{
  g_return_if_fail (GT_IS_LEADER (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
gt_leader_get_name (GtLeader *self)
{
  g_return_val_if_fail (GT_IS_LEADER (self), NULL);
  return self->name;
}

void
gt_leader_set_name (GtLeader   *self,
                    const char *name)
{
  g_return_if_fail (GT_IS_LEADER (self));
  set_text (self, &self->name, name, PROP_NAME);
}

const char *
gt_leader_get_title (GtLeader *self)
{
  g_return_val_if_fail (GT_IS_LEADER (self), NULL);
  return self->title;
}

void
gt_leader_set_title (GtLeader   *self,
                     const char *title)
{
  g_return_if_fail (GT_IS_LEADER (self));
  set_text (self, &self->title, title, PROP_TITLE);
}

const char *
gt_leader_get_phone (GtLeader *self)
{
  g_return_val_if_fail (GT_IS_LEADER (self), NULL);
  return self->phone;
}

void
gt_leader_set_phone (GtLeader   *self,
                     const char *phone)
{
  g_return_if_fail (GT_IS_LEADER (self));
  set_text (self, &self->phone, phone, PROP_PHONE);
}
