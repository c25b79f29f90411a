/* gt-unit.c: a unit: township, department, park or company.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "gt-unit.h"
#include "gt-model-private.h"

struct _GtUnit
{
  GObject parent_instance;

  gint64 id;
  char *name;
  GtUnitKind kind;
  char *contact;
  char *phone;
};

G_DEFINE_FINAL_TYPE (GtUnit, gt_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_CONTACT,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text (GtUnit      *self,
          char       **field,
          const char  *value,
          int          prop)
{
  if (_gt_model_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
gt_unit_finalize (GObject *object)
{
  GtUnit *self = GT_UNIT (object);

  g_free (self->name);
  g_free (self->contact);
  g_free (self->phone);

  G_OBJECT_CLASS (gt_unit_parent_class)->finalize (object);
}

static void
gt_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  GtUnit *self = GT_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_KIND: g_value_set_int (value, self->kind); break;
    case PROP_CONTACT: g_value_set_string (value, self->contact); break;
    case PROP_PHONE: g_value_set_string (value, self->phone); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_unit_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  GtUnit *self = GT_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID: gt_unit_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: gt_unit_set_name (self, g_value_get_string (value)); break;
    case PROP_KIND: gt_unit_set_kind (self, g_value_get_int (value)); break;
    case PROP_CONTACT: gt_unit_set_contact (self, g_value_get_string (value)); break;
    case PROP_PHONE: gt_unit_set_phone (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_unit_class_init (GtUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gt_unit_finalize;
  object_class->get_property = gt_unit_get_property;
  object_class->set_property = gt_unit_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, GT_N_UNIT_KINDS - 1,
                                            GT_UNIT_KIND_DEPARTMENT, flags);
  properties[PROP_CONTACT] = g_param_spec_string ("contact", NULL, NULL, "", flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gt_unit_init (GtUnit *self)
{
  self->name = g_strdup ("");
  self->kind = GT_UNIT_KIND_DEPARTMENT;
  self->contact = g_strdup ("");
  self->phone = g_strdup ("");
}

GtUnit *
gt_unit_new (void)
{
  return g_object_new (GT_TYPE_UNIT, NULL);
}

GtUnit *
gt_unit_copy (GtUnit *self)
{
  GtUnit *copy;

  g_return_val_if_fail (GT_IS_UNIT (self), NULL);

  copy = gt_unit_new ();
  gt_unit_assign (copy, self);
  return copy;
}

gboolean
gt_unit_same_values (GtUnit *self,
                     GtUnit *other)
{
  g_return_val_if_fail (GT_IS_UNIT (self), FALSE);
  g_return_val_if_fail (GT_IS_UNIT (other), FALSE);

  return self->id == other->id && g_str_equal (self->name, other->name) &&
         self->kind == other->kind && g_str_equal (self->contact, other->contact) &&
         g_str_equal (self->phone, other->phone);
}

void
gt_unit_assign (GtUnit *self,
                GtUnit *source)
{
  g_return_if_fail (GT_IS_UNIT (self));
  g_return_if_fail (GT_IS_UNIT (source));

  if (self == source)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  gt_unit_set_id (self, source->id);
  gt_unit_set_name (self, source->name);
  gt_unit_set_kind (self, source->kind);
  gt_unit_set_contact (self, source->contact);
  gt_unit_set_phone (self, source->phone);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
gt_unit_validate (GtUnit  *self,
                  GError **error)
{
  g_return_val_if_fail (GT_IS_UNIT (self), FALSE);

  if (_gt_model_text_is_blank (self->name))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The unit needs a name."));
      return FALSE;
    }

  return TRUE;
}

gint64
gt_unit_get_id (GtUnit *self)
{
  g_return_val_if_fail (GT_IS_UNIT (self), 0);
  return self->id;
}

void
gt_unit_set_id (GtUnit *self,
                gint64  id)
{
  g_return_if_fail (GT_IS_UNIT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
gt_unit_get_name (GtUnit *self)
{
  g_return_val_if_fail (GT_IS_UNIT (self), NULL);
  return self->name;
}

void
gt_unit_set_name (GtUnit     *self,
                  const char *name)
{
  g_return_if_fail (GT_IS_UNIT (self));
  set_text (self, &self->name, name, PROP_NAME);
}

GtUnitKind
gt_unit_get_kind (GtUnit *self)
{
  g_return_val_if_fail (GT_IS_UNIT (self), GT_UNIT_KIND_DEPARTMENT);
  return self->kind;
}

void
gt_unit_set_kind (GtUnit     *self,
                  GtUnitKind  kind)
{
  g_return_if_fail (GT_IS_UNIT (self));
  g_return_if_fail ((guint) kind < GT_N_UNIT_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
gt_unit_get_contact (GtUnit *self)
{
  g_return_val_if_fail (GT_IS_UNIT (self), NULL);
  return self->contact;
}

void
gt_unit_set_contact (GtUnit     *self,
                     const char *contact)
{
  g_return_if_fail (GT_IS_UNIT (self));
  set_text (self, &self->contact, contact, PROP_CONTACT);
}

const char *
gt_unit_get_phone (GtUnit *self)
{
  g_return_val_if_fail (GT_IS_UNIT (self), NULL);
  return self->phone;
}

void
gt_unit_set_phone (GtUnit     *self,
                   const char *phone)
{
  g_return_if_fail (GT_IS_UNIT (self));
  set_text (self, &self->phone, phone, PROP_PHONE);
}
