/* gt-formality-template.c: the approvals a project needs, and 倒排 from them.
 *
 * The list is the usual order of a construction project's approvals under
 * the 工程建设项目审批制度改革 (立项用地规划许可 → 工程建设许可 → 施工许可),
 * with the time limits counties commit to (承诺时限). They are done one after
 * the other here: the office plans backwards from the start so that each is
 * applied for as soon as the one before is given, and the last is in hand the
 * day before work starts. Approvals that run side by side (环评, 节能) only make
 * the plan earlier, which is the safe side for a reminder.
 *
 * A department is a word (自然资源局), matched against the register's units
 * when the list is applied: registers name them 县自然资源和规划局 or
 * 市生态环境局清河县分局.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-formality-template.h"
#include "gt-office-settings.h"
#include "gt-unit.h"

#define MAX_DAYS 3650

typedef struct {
  char  *kind;
  char  *department;
  guint  days;
} Item;

struct _GtFormalityTemplate
{
  GArray *items;   /* of Item */
};

static const struct {
  const char *kind;
  const char *department;
  guint       days;
} default_items[] = {
  { N_("Project Approval or Filing"), N_("Development and Reform Bureau"), 5 },
  { N_("Land Pre-examination and Site Selection"), N_("Natural Resources Bureau"), 20 },
  { N_("Land Use Planning Permit"), N_("Natural Resources Bureau"), 20 },
  { N_("Construction Planning Permit"), N_("Natural Resources Bureau"), 20 },
  { N_("Environmental Impact Approval"), N_("Ecology and Environment Bureau"), 30 },
  { N_("Energy Conservation Review"), N_("Development and Reform Bureau"), 20 },
  { N_("Construction Drawing Review"), N_("Housing and Urban-Rural Development Bureau"), 15 },
  { N_("Construction Permit"), N_("Housing and Urban-Rural Development Bureau"), 7 },
};

/* What offices call the departments for short, and what registers name them. */
static const struct {
  const char *short_name;
  const char *full_name;
} abbreviations[] = {
  { "发改局", "发展和改革局" },
  { "住建局", "住房和城乡建设局" },
  { "自规局", "自然资源和规划局" },
  { "环保局", "生态环境局" },
  { "审批局", "行政审批局" },
};

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_free (item->kind);
  g_free (item->department);
}

GtFormalityTemplate *
gt_formality_template_new (void)
{
  GtFormalityTemplate *self = g_new0 (GtFormalityTemplate, 1);

  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_array_set_clear_func (self->items, clear_item);
  return self;
}

void
gt_formality_template_free (GtFormalityTemplate *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->items);
  g_free (self);
}

GtFormalityTemplate *
gt_formality_template_new_default (void)
{
  GtFormalityTemplate *self = gt_formality_template_new ();

  for (guint i = 0; i < G_N_ELEMENTS (default_items); i++)
    gt_formality_template_append (self, _(default_items[i].kind),
                                  _(default_items[i].department), default_items[i].days);
  return self;
}

void
gt_formality_template_append (GtFormalityTemplate *self,
                              const char          *kind,
                              const char          *department,
                              guint                days)
{
  Item item;

  g_return_if_fail (self != NULL && kind != NULL && *kind != '\0');

  item.kind = g_strdup (kind);
  item.department = g_strdup (department != NULL ? department : "");
  item.days = MIN (days, MAX_DAYS);
  g_array_append_val (self->items, item);
}

guint
gt_formality_template_get_n_items (const GtFormalityTemplate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

static const Item *
get_item (const GtFormalityTemplate *self,
          guint                      index)
{
  g_return_val_if_fail (self != NULL && index < self->items->len, NULL);
  return &g_array_index (self->items, Item, index);
}

const char *
gt_formality_template_get_kind (const GtFormalityTemplate *self,
                                guint                      index)
{
  const Item *item = get_item (self, index);

  return item != NULL ? item->kind : NULL;
}

const char *
gt_formality_template_get_department (const GtFormalityTemplate *self,
                                      guint                      index)
{
  const Item *item = get_item (self, index);

  return item != NULL ? item->department : NULL;
}

guint
gt_formality_template_get_days (const GtFormalityTemplate *self,
                                guint                      index)
{
  const Item *item = get_item (self, index);

  return item != NULL ? item->days : 0;
}

char *
gt_formality_template_to_string (const GtFormalityTemplate *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      g_string_append_printf (out, "%s%s|%s|%u", i > 0 ? ";" : "", item->kind,
                              item->department, item->days);
    }
  return g_string_free (out, FALSE);
}

static gboolean
parse_days (const char *text,
            guint      *days)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, MAX_DAYS, &value, NULL))
    return FALSE;
  *days = (guint) value;
  return TRUE;
}

GtFormalityTemplate *
gt_formality_template_parse (const char  *text,
                             GError     **error)
{
  g_autoptr(GtFormalityTemplate) self = gt_formality_template_new ();
  g_auto(GStrv) entries = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  entries = g_strsplit (text, ";", -1);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (entries[i], "|", -1);
      g_autofree char *kind = NULL;
      g_autofree char *department = NULL;
      guint days = 0;

      if (g_strv_length (fields) != 3)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not an approval, its department and its days "
                         "(approval|department|days)."), entries[i]);
          return NULL;
        }
      kind = g_strstrip (g_strdup (fields[0]));
      department = g_strstrip (g_strdup (fields[1]));
      g_strstrip (fields[2]);
      if (*kind == '\0')
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("An approval needs a name."));
          return NULL;
        }
      if (!parse_days (fields[2], &days))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The time limit of “%s” is not a number of days from 0 to %d."),
                       kind, MAX_DAYS);
          return NULL;
        }
      gt_formality_template_append (self, kind, department, days);
    }
  if (self->items->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The list of approvals is empty."));
      return NULL;
    }
  return g_steal_pointer (&self);
}

static GtFormalityTemplate *
lookup (GVariant   *templates,
        const char *category)
{
  const char *text = NULL;

  if (templates == NULL || !g_variant_is_of_type (templates, G_VARIANT_TYPE ("a{ss}")) ||
      !g_variant_lookup (templates, category, "&s", &text) || *text == '\0')
    return NULL;
  return gt_formality_template_parse (text, NULL);
}

GtFormalityTemplate *
gt_formality_template_for_category (GVariant   *templates,
                                    const char *category)
{
  GtFormalityTemplate *found = NULL;

  if (category != NULL && *category != '\0')
    found = lookup (templates, category);
  if (found == NULL)
    found = lookup (templates, "");
  return found != NULL ? found : gt_formality_template_new_default ();
}

GtFormalityTemplate *
gt_formality_template_load (const char *category)
{
  g_autoptr(GSettings) settings = gt_office_settings_open (GT_FORMALITY_TEMPLATES_KEY);
  g_autoptr(GVariant) templates = NULL;

  if (settings != NULL)
    templates = g_settings_get_value (settings, GT_FORMALITY_TEMPLATES_KEY);
  return gt_formality_template_for_category (templates, category);
}

/* 3: the name is @word; 2: holds it; 1: holds it less its last character. */
static int
match_score (const char *name,
             const char *word,
             const char *stem)
{
  if (g_str_equal (name, word))
    return 3;
  /* One character (局) is in every department's name. */
  if (g_utf8_strlen (word, -1) < 2)
    return 0;
  if (strstr (name, word) != NULL)
    return 2;
  if (*stem != '\0' && strstr (name, stem) != NULL)
    return 1;
  return 0;
}

gint64
gt_formality_template_match_unit (GListModel *units,
                                  const char *department)
{
  g_autofree char *stem = NULL;
  const char *last;
  gint64 best_id = 0;
  int best = 0;

  if (units == NULL || department == NULL || *department == '\0')
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (g_str_equal (department, abbreviations[i].short_name))
      {
        gint64 found = gt_formality_template_match_unit (units, abbreviations[i].full_name);

        if (found != 0)
          return found;
      }
  last = g_utf8_find_prev_char (department, department + strlen (department));
  stem = g_strndup (department, last != NULL ? (gsize) (last - department) : 0);
  /* A stem of one character would match anything. */
  if (g_utf8_strlen (stem, -1) < 2)
    stem[0] = '\0';

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);
      int score = match_score (gt_unit_get_name (unit), department, stem) * 2;

      if (score > 0 && gt_unit_get_kind (unit) == GT_UNIT_KIND_DEPARTMENT)
        score++;
      if (score > best)
        {
          best = score;
          best_id = gt_unit_get_id (unit);
        }
    }
  return best_id;
}

GPtrArray *
gt_formality_template_plan (const GtFormalityTemplate *self,
                            const GDate               *start,
                            gint64                     project_id,
                            GListModel                *units)
{
  GPtrArray *formalities;
  GDate due;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  n = self->items->len;
  formalities = g_ptr_array_new_full (n, g_object_unref);
  g_ptr_array_set_size (formalities, n);
  if (start != NULL && g_date_valid (start))
    {
      due = *start;
      g_date_subtract_days (&due, 1);
    }
  else
    g_date_clear (&due, 1);

  /* From the last: each is due when the next must be applied for. */
  for (guint i = n; i > 0; i--)
    {
      const Item *item = &g_array_index (self->items, Item, i - 1);
      GtFormality *formality = gt_formality_new ();
      gint64 approver = gt_formality_template_match_unit (units, item->department);

      gt_formality_set_project_id (formality, project_id);
      gt_formality_set_position (formality, (int) i - 1);
      gt_formality_set_kind (formality, item->kind);
      gt_formality_set_limit_days (formality, (int) item->days);
      gt_formality_set_approver_unit_id (formality, approver);
      if (approver == 0)
        gt_formality_set_note (formality, item->department);
      if (g_date_valid (&due))
        {
          gt_formality_set_planned_on (formality, &due);
          /* Before 1900 the plan means nothing: leave the earlier ones open. */
          if (g_date_get_julian (&due) > item->days + 1)
            g_date_subtract_days (&due, item->days);
          else
            g_date_clear (&due, 1);
        }
      formalities->pdata[i - 1] = formality;
    }
  return formalities;
}
