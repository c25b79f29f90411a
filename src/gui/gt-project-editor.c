/* gt-project-editor.c: the dialog that creates or edits one project.
 *
 * Fields are checked as they are typed; Save stays insensitive while any is
 * invalid, so that the store is only ever handed a project that validates. The
 * live project is never touched here: a copy is filled and saved through the
 * store, which updates the live object on success.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-choice.h"
#include "gt-date-button.h"
#include "gt-format.h"
#include "gt-formality-list.h"
#include "gt-milestone-list.h"
#include "gt-project-history.h"
#include "gt-project-editor-private.h"

G_DEFINE_FINAL_TYPE (GtProjectEditor, gt_project_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Choices */

/* Units that are localities, and the project's own whatever its kind, so that
 * a unit whose kind changed is not silently dropped on save. */
static gboolean
unit_is_locality (gpointer item,
                  gpointer user_data)
{
  GtProjectEditor *self = user_data;

  return gt_unit_kind_is_locality (gt_unit_get_kind (GT_UNIT (item))) ||
         (self->project != NULL &&
          gt_unit_get_id (item) == gt_project_get_locality_id (self->project));
}

/* Companies own projects; they are not responsible units. */
static gboolean
unit_is_responsible (gpointer item,
                     gpointer user_data)
{
  GtProjectEditor *self = user_data;

  return gt_unit_get_kind (GT_UNIT (item)) != GT_UNIT_KIND_COMPANY ||
         (self->project != NULL &&
          gt_unit_get_id (item) == gt_project_get_unit_id (self->project));
}

/* "None" followed by @items. */
static void
setup_choice_row (AdwComboRow *row,
                  GListModel  *items)
{
  g_autoptr(GListModel) model = gt_choice_model_new (_("None"), items);
  g_autoptr(GtkExpression) expression = gt_choice_expression_new ();

  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_model (row, model);
}

static GListModel *
filtered_units (GtProjectEditor     *self,
                GtkCustomFilterFunc  func)
{
  GtkFilter *filter = GTK_FILTER (gtk_custom_filter_new (func, self, NULL));

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (gt_store_get_units (self->store)),
                                                  filter));
}

static void
select_choice (AdwComboRow *row,
               gint64       id)
{
  guint position = gt_choice_find (adw_combo_row_get_model (row), id);

  adw_combo_row_set_selected (row, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

static gint64
selected_choice (AdwComboRow *row)
{
  return gt_choice_get_id (adw_combo_row_get_selected_item (row));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The categories other projects use, offered as a menu beside the entry. */
static void
setup_categories (GtProjectEditor *self)
{
  GListModel *projects = gt_store_get_projects (self->store);
  guint n = g_list_model_get_n_items (projects);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      const char *category = gt_project_get_category (project);

      /* Live objects outlive this function, so their strings can be borrowed. */
      if (category != NULL && *category != '\0' && g_hash_table_add (seen, (char *) category))
        g_ptr_array_add (categories, (char *) category);
    }
  g_ptr_array_sort (categories, compare_strings);

  for (guint i = 0; i < categories->len && i < 40; i++)
    {
      const char *category = g_ptr_array_index (categories, i);
      /* A menu label reads "_" as a mnemonic. */
      g_autoptr(GString) label = g_string_new (category);
      g_autoptr(GMenuItem) item = NULL;

      g_string_replace (label, "_", "__", 0);
      item = g_menu_item_new (label->str, NULL);

      g_menu_item_set_action_and_target_value (item, "editor.set-category",
                                               g_variant_new_string (category));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->category_button, G_MENU_MODEL (menu));
  /* The focusable toggle inside the menu button answers to the button's name. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_first_child (
                                    GTK_WIDGET (self->category_button))),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->category_button, NULL,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->category_button), categories->len > 0);
}

/* Loading and saving */

static char *
amount_text (gint64 yuan)
{
  return yuan != 0 ? gt_format_wan (yuan) : g_strdup ("");
}

static char *
dup_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
load_project (GtProjectEditor *self)
{
  GtProject *project = self->project;
  int year = gt_store_get_year (self->store);
  g_autofree char *plan_title = NULL;
  g_autofree char *completed_title = NULL;
  g_autofree char *total = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *completed = NULL;

  self->loading = TRUE;

  /* TRANSLATORS: %d is a year */
  plan_title = g_strdup_printf (_("_Plan for %d (10k yuan)"), year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->plan_row), plan_title);
  completed_title = g_strdup_printf (_("Completed in %d"), year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->completed_row), completed_title);

  if (project == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Project"));
      adw_window_title_set_title (self->window_title, _("New Project"));
      adw_combo_row_set_selected (self->level_row, GT_LEVEL_COUNTY);
      adw_combo_row_set_selected (self->stage_row, GT_STAGE_PLANNED);
      gtk_widget_set_visible (GTK_WIDGET (self->completed_row), FALSE);
      self->loading = FALSE;
      _gt_project_editor_validate (self);
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Project"));
  adw_window_title_set_title (self->window_title, _("Edit Project"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), gt_project_get_name (project));
  gtk_editable_set_text (GTK_EDITABLE (self->code_row), gt_project_get_code (project));
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), gt_project_get_owner (project));
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), gt_project_get_category (project));
  adw_combo_row_set_selected (self->level_row, gt_project_get_level (project));
  adw_combo_row_set_selected (self->stage_row, gt_project_get_stage (project));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->content_view),
                            gt_project_get_content (project), -1);
  select_choice (self->locality_row, gt_project_get_locality_id (project));
  select_choice (self->unit_row, gt_project_get_unit_id (project));
  select_choice (self->leader_row, gt_project_get_leader_id (project));

  total = amount_text (gt_project_get_total_investment (project));
  gtk_editable_set_text (GTK_EDITABLE (self->total_row), total);
  plan = amount_text (gt_project_get_annual_plan (project));
  gtk_editable_set_text (GTK_EDITABLE (self->plan_row), plan);
  completed = gt_format_money (gt_project_get_completed (project));
  gtk_label_set_label (self->completed_label, completed);

  gt_date_button_set_date (self->planned_start_button, gt_project_get_planned_start (project));
  gt_date_button_set_date (self->planned_end_button, gt_project_get_planned_end (project));
  gt_date_button_set_date (self->actual_start_button, gt_project_get_actual_start (project));
  gt_date_button_set_date (self->actual_end_button, gt_project_get_actual_end (project));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            gt_project_get_notes (project), -1);

  self->name_touched = TRUE;
  self->loading = FALSE;
  _gt_project_editor_validate (self);
}

/* An amount shown rounded to 0.01万 is saved as it was unless it was edited. */
static gint64
amount_to_save (AdwEntryRow *row,
                gint64       parsed,
                gint64       original)
{
  g_autofree char *shown = amount_text (original);

  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), shown))
    return original;
  return parsed;
}

static void
fill_project (GtProjectEditor *self,
              GtProject       *project)
{
  g_autofree char *name =
    _gt_project_editor_dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_autofree char *code =
    _gt_project_editor_dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->code_row)));
  g_autofree char *owner =
    _gt_project_editor_dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->owner_row)));
  g_autofree char *category =
    _gt_project_editor_dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->category_row)));
  g_autofree char *content = dup_buffer_text (self->content_view);
  g_autofree char *notes = dup_buffer_text (self->notes_view);
  gint64 old_total = self->project ? gt_project_get_total_investment (self->project) : 0;
  gint64 old_plan = self->project ? gt_project_get_annual_plan (self->project) : 0;

  gt_project_set_name (project, name);
  gt_project_set_code (project, code);
  gt_project_set_owner (project, owner);
  gt_project_set_category (project, category);
  gt_project_set_content (project, content);
  gt_project_set_level (project, adw_combo_row_get_selected (self->level_row));
  gt_project_set_stage (project, adw_combo_row_get_selected (self->stage_row));
  gt_project_set_locality_id (project, selected_choice (self->locality_row));
  gt_project_set_unit_id (project, selected_choice (self->unit_row));
  gt_project_set_leader_id (project, selected_choice (self->leader_row));
  gt_project_set_total_investment (project,
                                   amount_to_save (self->total_row, self->total, old_total));
  gt_project_set_annual_plan (project, amount_to_save (self->plan_row, self->plan, old_plan));
  gt_project_set_planned_start (project, gt_date_button_get_date (self->planned_start_button));
  gt_project_set_planned_end (project, gt_date_button_get_date (self->planned_end_button));
  gt_project_set_actual_start (project, gt_date_button_get_date (self->actual_start_button));
  gt_project_set_actual_end (project, gt_date_button_get_date (self->actual_end_button));
  gt_project_set_notes (project, notes);
}

static void
show_error (GtProjectEditor *self,
            const GError    *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                              _("Could Not Save the Project"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save (GtProjectEditor *self)
{
  g_autoptr(GtProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  _gt_project_editor_validate (self);
  if (!self->valid)
    return;

  project = self->project != NULL ? gt_project_copy (self->project) : gt_project_new ();
  fill_project (self, project);

  if (!gt_project_validate (project, &error))
    {
      show_error (self, error);
      return;
    }

  if (self->project != NULL)
    saved = gt_store_update_project_seen (self->store, project, self->seen, &error);
  else
    saved = gt_store_add_project (self->store, project, &error);

  if (!saved)
    {
      /* Told of the other desk's change, a second Save writes these values over it. */
      if (g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
        self->seen = gt_store_get_seen (self->store);
      show_error (self, error);
      return;
    }

  /* The live project: the one edited, or the new one now in the store. */
  g_signal_emit (self, signals[SAVED], 0,
                 self->project != NULL ? self->project : project);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GtProjectEditor  *self)
{
  if (!g_str_equal (response, "discard"))
    return;
  /* The dialog outlives this handler (it closes itself after it) and would
   * reach back to its destroyed parent: "invalid (NULL) class pointer". */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Every field as text, to tell an edit from a look: the combo rows announce
 * their selection as their models are set, and a change typed and typed back
 * is no change. */
static char *
dup_state (GtProjectEditor *self)
{
  GString *state = g_string_new (NULL);
  AdwEntryRow *entries[] = {
    self->name_row, self->code_row, self->owner_row, self->category_row,
    self->total_row, self->plan_row,
  };
  AdwComboRow *combos[] = {
    self->level_row, self->stage_row, self->locality_row, self->unit_row, self->leader_row,
  };
  GtDateButton *dates[] = {
    self->planned_start_button, self->planned_end_button,
    self->actual_start_button, self->actual_end_button,
  };
  g_autofree char *content = dup_buffer_text (self->content_view);
  g_autofree char *notes = dup_buffer_text (self->notes_view);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_string_append_printf (state, "%s\x1f", gtk_editable_get_text (GTK_EDITABLE (entries[i])));
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    g_string_append_printf (state, "%" G_GINT64_FORMAT "/%u\x1f",
                            gt_choice_get_id (adw_combo_row_get_selected_item (combos[i])),
                            adw_combo_row_get_selected (combos[i]));
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      const GDate *date = gt_date_button_get_date (dates[i]);

      g_string_append_printf (state, "%u\x1f", date != NULL ? g_date_get_julian (date) : 0);
    }
  g_string_append_printf (state, "%s\x1f%s", content, notes);
  return g_string_free (state, FALSE);
}

static gboolean
is_changed (GtProjectEditor *self)
{
  g_autofree char *state = NULL;

  if (self->loaded_state == NULL)
    return FALSE;
  state = dup_state (self);
  return !g_str_equal (state, self->loaded_state);
}

/* Returns TRUE when the editor closed, FALSE when it asks first. */
static gboolean
cancel (GtProjectEditor *self)
{
  AdwMessageDialog *dialog;

  if (!is_changed (self))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard Changes?"),
                                                       _("The changes to this project have not "
                                                         "been saved and will be lost.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (discard_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/* Callbacks */

static void
field_changed_cb (GtProjectEditor *self)
{
  if (self->loading)
    return;
  _gt_project_editor_validate (self);
}

static void
name_changed_cb (GtProjectEditor *self)
{
  if (!self->loading)
    self->name_touched = TRUE;
  field_changed_cb (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  save (GT_PROJECT_EDITOR (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  cancel (GT_PROJECT_EDITOR (widget));
}

static void
set_category_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GtProjectEditor *self = GT_PROJECT_EDITOR (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->category_row), g_variant_get_string (param, NULL));
}

/* GObject */

static gboolean
gt_project_editor_close_request (GtkWindow *window)
{
  /* Closing by the window manager asks like Cancel does; cancel() destroys. */
  cancel (GT_PROJECT_EDITOR (window));
  return TRUE;
}

/* Late and due soon are told from today: an editor is about now. */
static GtkWidget *
new_formality_list (GtProjectEditor *self)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return gt_formality_list_new (self->store, self->project, &today);
}

static void
gt_project_editor_constructed (GObject *object)
{
  GtProjectEditor *self = GT_PROJECT_EDITOR (object);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);
  g_autoptr(GListModel) localities = NULL;
  g_autoptr(GListModel) units = NULL;

  G_OBJECT_CLASS (gt_project_editor_parent_class)->constructed (object);

  g_assert (GT_IS_STORE (self->store));
  self->seen = gt_store_get_seen (self->store);

  for (int i = 0; i < GT_N_LEVELS; i++)
    gtk_string_list_append (levels, gt_level_get_label (i));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  for (int i = 0; i < GT_N_STAGES; i++)
    gtk_string_list_append (stages, gt_stage_get_label (i));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (stages));

  localities = filtered_units (self, unit_is_locality);
  setup_choice_row (self->locality_row, localities);
  units = filtered_units (self, unit_is_responsible);
  setup_choice_row (self->unit_row, units);
  setup_choice_row (self->leader_row, gt_store_get_leaders (self->store));
  setup_categories (self);
  _gt_project_editor_find_largest_month (self);

  load_project (self);
  /* A new project has no nodes yet: they are planned from its saved end date. */
  if (self->project != NULL)
    {
      adw_preferences_page_add (self->page,
                                ADW_PREFERENCES_GROUP (gt_milestone_list_new (self->store,
                                                                              self->project)));
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (new_formality_list (self)));
      adw_preferences_page_add (self->page,
                                ADW_PREFERENCES_GROUP (gt_project_history_new (self->store,
                                                                               self->project)));
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  self->loaded_state = dup_state (self);
}

static void
gt_project_editor_dispose (GObject *object)
{
  GtProjectEditor *self = GT_PROJECT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_PROJECT_EDITOR);
  g_clear_object (&self->project);
  g_clear_object (&self->store);
  g_clear_pointer (&self->loaded_state, g_free);

  G_OBJECT_CLASS (gt_project_editor_parent_class)->dispose (object);
}

static void
gt_project_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GtProjectEditor *self = GT_PROJECT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_project_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GtProjectEditor *self = GT_PROJECT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_project_editor_class_init (GtProjectEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = gt_project_editor_constructed;
  object_class->dispose = gt_project_editor_dispose;
  object_class->get_property = gt_project_editor_get_property;
  object_class->set_property = gt_project_editor_set_property;
  window_class->close_request = gt_project_editor_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  /* The live project; the editor saves a copy of it. */
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, GT_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* ::saved (GtProject *project): @project, the live one, was just saved. */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GT_TYPE_PROJECT);

  g_type_ensure (GT_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-project-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, page);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, stage_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, category_button);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, project_error);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, content_view);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, locality_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, leader_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, total_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, plan_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, completed_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, completed_label);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, investment_error);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, investment_warning);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, plan_warning_icon);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, planned_start_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, planned_end_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, actual_start_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, actual_end_row);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, planned_start_button);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, planned_end_button);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, actual_start_button);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, actual_end_button);
  gtk_widget_class_bind_template_child (widget_class, GtProjectEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.set-category", "s",
                                   set_category_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
gt_project_editor_init (GtProjectEditor *self)
{
  static const struct {
    guint keyval;
    GdkModifierType modifiers;
  } save_keys[] = {
    { GDK_KEY_s, GDK_CONTROL_MASK },
    { GDK_KEY_Return, GDK_CONTROL_MASK },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK },
  };
  GtkEventController *shortcuts;
  struct {
    GtDateButton *button;
    const char *label;
  } dates[] = {
    { NULL, N_("Planned start") },
    { NULL, N_("Planned end") },
    { NULL, N_("Actual start") },
    { NULL, N_("Actual end") },
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Captured before the focused widget: a text view would take Ctrl+Enter. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (save_keys); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (save_keys[i].keyval,
                                                            save_keys[i].modifiers);
      GtkShortcutAction *action = gtk_named_action_new ("editor.save");

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                            gtk_shortcut_new (trigger, action));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  dates[0].button = self->planned_start_button;
  dates[1].button = self->planned_end_button;
  dates[2].button = self->actual_start_button;
  dates[3].button = self->actual_end_button;
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (dates[i].button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _(dates[i].label),
                                    -1);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->content_view), "changed",
                            G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (field_changed_cb), self);
}

GtProjectEditor *
gt_project_editor_new (GtkWindow *parent,
                       GtStore   *store,
                       GtProject *project)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (project == NULL || GT_IS_PROJECT (project), NULL);

  /* Belonging to the application keeps it listed with the app's windows. */
  return g_object_new (GT_TYPE_PROJECT_EDITOR,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "transient-for", parent,
                       "store", store,
                       "project", project,
                       NULL);
}
