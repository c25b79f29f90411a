/* gt-overview-view.c: the first page: a month's figures at a glance.
 *
 * The figures are read from the file after the page is first drawn and again a
 * moment after the store changes, so that typing a monthly figure elsewhere does
 * not wait on them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-panel.h"
#include "gt-first-run.h"
#include "gt-format.h"
#include "gt-month-actions.h"
#include "gt-overview-view.h"
#include "gt-preferences.h"

#define REFRESH_DELAY_MS 300

typedef enum {
  CARD_PROJECTS,
  CARD_INVESTMENT,
  CARD_COMPLETED,
  CARD_PRO_RATA,
  CARD_START,
  CARD_ISSUES,
  CARD_RAG,
  CARD_PLAN,
  N_CARDS
} CardId;

typedef struct {
  GtkWidget *box;
  GtkLabel  *title;
  GtkLabel  *value;
  GtkLabel  *detail;
} Card;

struct _GtOverviewView
{
  AdwBin      parent_instance;

  GtStore    *store;
  GtFigures  *figures;
  int         year;
  int         month;
  guint       refresh_id;
  gboolean    stale;        /* the store changed while the page was hidden */
  Card        cards[N_CARDS];
  GtkWidget  *charts[GT_N_OVERVIEW_CHARTS];

  /* The bin's child (not a template child: AdwBin unparents it itself, and
   * gtk_widget_dispose_template() would too, leaving AdwBin a dangling one). */
  GtkStack   *stack;

  /* template children */
  GtkLabel   *title_label;
  GtkLabel   *as_of_label;
  GtkFlowBox *cards_box;
  GtkFlowBox *charts_box;
};

G_DEFINE_FINAL_TYPE (GtOverviewView, gt_overview_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const card_titles[N_CARDS] = {
  [CARD_PROJECTS] = N_("Key Projects"),
  [CARD_INVESTMENT] = N_("Total Investment"),
  [CARD_PLAN] = N_("Year Plan"),
  [CARD_COMPLETED] = N_("Completed This Year"),
  [CARD_PRO_RATA] = N_("Against the Time-Proportional Target"),
  [CARD_START] = N_("Start Rate"),
  [CARD_ISSUES] = N_("Issues Resolved"),
  [CARD_RAG] = N_("Status Lights"),
};

/* The order the cards read in: counts, money, rates, then lights. */
static const CardId card_order[N_CARDS] = {
  CARD_PROJECTS, CARD_INVESTMENT, CARD_PLAN, CARD_COMPLETED,
  CARD_PRO_RATA, CARD_START, CARD_ISSUES, CARD_RAG,
};

static void
add_cards (GtOverviewView *self)
{
  for (guint i = 0; i < N_CARDS; i++)
    {
      Card *card = &self->cards[card_order[i]];

      card->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_widget_add_css_class (card->box, "card");
      gtk_widget_add_css_class (card->box, "figure-card");
      card->title = GTK_LABEL (gtk_label_new (_(card_titles[card_order[i]])));
      card->value = GTK_LABEL (gtk_label_new ("—"));
      card->detail = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_add_css_class (GTK_WIDGET (card->title), "caption-heading");
      gtk_widget_add_css_class (GTK_WIDGET (card->title), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (card->value), "title-1");
      gtk_widget_add_css_class (GTK_WIDGET (card->value), "numeric");
      gtk_widget_add_css_class (GTK_WIDGET (card->detail), "caption");
      gtk_label_set_wrap (card->detail, TRUE);
      gtk_label_set_ellipsize (card->value, PANGO_ELLIPSIZE_END);
      for (GtkLabel **label = &card->title; label <= &card->detail; label++)
        gtk_label_set_xalign (*label, 0);
      gtk_box_append (GTK_BOX (card->box), GTK_WIDGET (card->title));
      gtk_box_append (GTK_BOX (card->box), GTK_WIDGET (card->value));
      gtk_box_append (GTK_BOX (card->box), GTK_WIDGET (card->detail));
      gtk_flow_box_append (self->cards_box, card->box);
    }
}

/* In pairs that read together, two to a line on a wide window. */
static void
add_charts (GtOverviewView *self)
{
  static const GtOverviewChart order[] = {
    GT_OVERVIEW_CHART_COMPLETION, GT_OVERVIEW_CHART_RANKING,
    GT_OVERVIEW_CHART_CUMULATIVE, GT_OVERVIEW_CHART_ISSUES,
    GT_OVERVIEW_CHART_PIPELINE, GT_OVERVIEW_CHART_RAG,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      self->charts[order[i]] = gt_chart_panel_new (order[i]);
      gtk_flow_box_append (self->charts_box, self->charts[order[i]]);
    }
}

static void
set_chart_figures (GtOverviewView  *self,
                   const GtFigures *figures)
{
  for (guint i = 0; i < GT_N_OVERVIEW_CHARTS; i++)
    gt_chart_panel_set_figures (GT_CHART_PANEL (self->charts[i]), figures);
}

static void
set_card (GtOverviewView *self,
          CardId          id,
          const char     *value,
          const char     *detail)
{
  Card *card = &self->cards[id];
  g_autofree char *description = NULL;

  gtk_label_set_text (card->value, value);
  gtk_label_set_text (card->detail, detail);

  /* A screen reader hears the card as one sentence. */
  description = g_strdup_printf ("%s %s %s", gtk_label_get_text (card->title), value, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

/* Green when the rate meets @target, amber within ten points, red beyond. */
static void
mark_rate (GtOverviewView *self,
           CardId          id,
           double          rate,
           double          target)
{
  GtkWidget *value = GTK_WIDGET (self->cards[id].value);

  gtk_widget_remove_css_class (value, "success");
  gtk_widget_remove_css_class (value, "warning");
  gtk_widget_remove_css_class (value, "error");
  if (rate < 0 || target < 0)
    return;
  gtk_widget_add_css_class (value, rate >= target ? "success"
                                   : rate >= target - 0.1 ? "warning" : "error");
}

static char *
format_stages (const GtFiguresGroup *total)
{
  GString *text = g_string_new (NULL);

  for (int stage = 0; stage < GT_N_STAGES; stage++)
    {
      if (total->by_stage[stage] == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, "%s %u", gt_stage_get_label (stage), total->by_stage[stage]);
    }
  return g_string_free (text, FALSE);
}

/* The shapes carry the meaning; the colours (the wall chart's) help. */
static void
set_lights_markup (GtkLabel             *label,
                   const GtFiguresGroup *total)
{
  static const char * const colours[GT_N_RAGS] = { "#26a269", "#c88800", "#c01c28" };
  GString *markup = g_string_new (NULL);

  for (int rag = 0; rag < GT_N_RAGS; rag++)
    g_string_append_printf (markup, "%s<span foreground=\"%s\">%s</span> %u",
                            rag > 0 ? "  " : "", colours[rag], gt_rag_get_mark (rag),
                            total->by_rag[rag]);
  gtk_label_set_markup (label, markup->str);
  g_string_free (markup, TRUE);
}

static void
show_figures (GtOverviewView *self)
{
  const GtFigures *figures = self->figures;
  const GtFiguresGroup *total = &figures->total;
  g_autofree char *title = gt_format_month (figures->year, figures->month);
  g_autofree char *as_of_date = gt_format_date (&figures->as_of);
  g_autofree char *as_of = g_strdup_printf (_("Figures as of %s"), as_of_date);
  g_autofree char *count = g_strdup_printf (ngettext ("%u project", "%u projects",
                                                      total->projects), total->projects);
  g_autofree char *stages = format_stages (total);
  g_autofree char *investment = gt_format_money (total->total_investment);
  g_autofree char *plan = gt_format_money (total->annual_plan);
  g_autofree char *completed = gt_format_money (total->completed);
  g_autofree char *month_completed = gt_format_money (total->completed_month);
  g_autofree char *completion = gt_format_percent (gt_figures_group_completion_rate (total));
  g_autofree char *pro_rata = gt_format_percent (gt_figures_group_pro_rata_rate (total));
  g_autofree char *target_money = gt_format_money (total->pro_rata_target);
  g_autofree char *start_rate = gt_format_percent (gt_figures_group_start_rate (total));
  g_autofree char *start_target = gt_format_percent (figures->start_target);
  g_autofree char *resolution = gt_format_percent (gt_figures_group_resolution_rate (total));
  g_autofree char *detail = NULL;
  g_autofree char *lights = NULL;

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->as_of_label, as_of);

  set_card (self, CARD_PROJECTS, count, stages);
  set_card (self, CARD_INVESTMENT, investment, "");
  set_card (self, CARD_PLAN, plan, "");

  /* "January to October: 73.3% of the plan · October alone 6.85亿元" */
  detail = g_strdup_printf (_("January to month %d · %s of the year plan · %s in the month"),
                            figures->month, completion, month_completed);
  set_card (self, CARD_COMPLETED, completed, detail);
  g_clear_pointer (&detail, g_free);

  detail = g_strdup_printf (_("Target %s: %d twelfths of the year plan"), target_money,
                            figures->month);
  set_card (self, CARD_PRO_RATA, pro_rata, detail);
  mark_rate (self, CARD_PRO_RATA, gt_figures_group_pro_rata_rate (total), 0.9);
  g_clear_pointer (&detail, g_free);

  if (figures->start_target >= 0)
    detail = g_strdup_printf (_("%u of %u planned starts · target %s"), total->started,
                              total->to_start, start_target);
  else
    detail = g_strdup_printf (_("%u of %u planned starts"), total->started, total->to_start);
  set_card (self, CARD_START, start_rate, detail);
  mark_rate (self, CARD_START, gt_figures_group_start_rate (total), figures->start_target);
  g_clear_pointer (&detail, g_free);

  /* The seeds' own words: "发现问题36处，整改完毕33处，正在处理3处". */
  detail = g_strdup_printf (_("%u found, %u resolved, %u in hand, %u overdue"),
                            total->issues[GT_FIGURES_ISSUES_FOUND],
                            total->issues[GT_FIGURES_ISSUES_RESOLVED],
                            total->issues[GT_FIGURES_ISSUES_IN_HAND],
                            total->issues[GT_FIGURES_ISSUES_OVERDUE]);
  set_card (self, CARD_ISSUES, resolution, detail);
  g_clear_pointer (&detail, g_free);

  lights = g_strdup_printf ("%s %u  %s %u  %s %u",
                            gt_rag_get_mark (GT_RAG_GREEN), total->by_rag[GT_RAG_GREEN],
                            gt_rag_get_mark (GT_RAG_AMBER), total->by_rag[GT_RAG_AMBER],
                            gt_rag_get_mark (GT_RAG_RED), total->by_rag[GT_RAG_RED]);
  detail = g_strdup_printf (_("%u green, %u amber, %u red"), total->by_rag[GT_RAG_GREEN],
                            total->by_rag[GT_RAG_AMBER], total->by_rag[GT_RAG_RED]);
  set_card (self, CARD_RAG, lights, detail);
  set_lights_markup (self->cards[CARD_RAG].value, total);
}

static void
show_error (GtOverviewView *self,
            GError         *error)
{
  gtk_label_set_text (self->as_of_label, error->message);
}

static void
refresh (GtOverviewView *self)
{
  g_autoptr(GError) error = NULL;
  GtFigures *figures;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  figures = gt_preferences_compute_figures (self->store, self->year, self->month, &error);
  if (figures == NULL)
    {
      show_error (self, error);
      return;
    }
  set_chart_figures (self, figures);
  g_clear_pointer (&self->figures, gt_figures_free);
  self->figures = figures;
  show_figures (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  GtOverviewView *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (GtOverviewView *self,
               guint           delay_ms)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (delay_ms, refresh_cb, self);
}

/* An empty register shows what to do first instead of a page of zeros; the
 * figures come back with the first project. The offer is built only for an
 * empty register: most starts never show it. */
static void
update_first_run (GtOverviewView *self)
{
  gboolean empty = g_list_model_get_n_items (gt_store_get_projects (self->store)) == 0;

  if (self->stack == NULL)
    return;
  if (empty && gtk_stack_get_child_by_name (self->stack, "first-run") == NULL)
    gtk_stack_add_named (self->stack, gt_first_run_new (), "first-run");
  gtk_stack_set_visible_child_name (self->stack, empty ? "first-run" : "figures");
}

static void
projects_changed_cb (GtOverviewView *self,
                     guint           position,
                     guint           removed,
                     guint           added,
                     GListModel     *projects)
{
  if (removed != added)
    update_first_run (self);
}

/* Only the page on screen sums again; a hidden one does when it is shown. */
static void
store_changed_cb (GtOverviewView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    queue_refresh (self, REFRESH_DELAY_MS);
  else
    self->stale = TRUE;
}

void
gt_overview_view_set_month (GtOverviewView *self,
                            int             year,
                            int             month)
{
  g_return_if_fail (GT_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (month >= 1 && month <= 12);

  self->year = year;
  self->month = month;
  refresh (self);
}

int
gt_overview_view_get_year (GtOverviewView *self)
{
  g_return_val_if_fail (GT_IS_OVERVIEW_VIEW (self), 0);
  return self->year;
}

int
gt_overview_view_get_month (GtOverviewView *self)
{
  g_return_val_if_fail (GT_IS_OVERVIEW_VIEW (self), 0);
  return self->month;
}

const GtFigures *
gt_overview_view_get_figures (GtOverviewView *self)
{
  g_return_val_if_fail (GT_IS_OVERVIEW_VIEW (self), NULL);

  if (self->figures == NULL || self->stale)
    refresh (self);
  return self->figures;
}

static void
step_month (GtkWidget *widget,
            int        delta)
{
  GtOverviewView *self = GT_OVERVIEW_VIEW (widget);
  int year = self->year, month = self->month;

  gt_month_add (&year, &month, delta);
  gt_overview_view_set_month (self, year, month);
}

static void
gt_overview_view_map (GtkWidget *widget)
{
  GtOverviewView *self = GT_OVERVIEW_VIEW (widget);

  GTK_WIDGET_CLASS (gt_overview_view_parent_class)->map (widget);

  /* After the first frame (an idle below the redraw's priority): start-up shows
   * the window before the sums. */
  if ((self->figures == NULL || self->stale) && self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
}

static void
gt_overview_view_constructed (GObject *object)
{
  GtOverviewView *self = GT_OVERVIEW_VIEW (object);

  G_OBJECT_CLASS (gt_overview_view_parent_class)->constructed (object);

  gt_month_get_default (self->store, &self->year, &self->month);

  add_cards (self);
  add_charts (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gt_store_get_projects (self->store), "items-changed",
                           G_CALLBACK (projects_changed_cb), self, G_CONNECT_SWAPPED);
  update_first_run (self);
}

static void
gt_overview_view_dispose (GObject *object)
{
  GtOverviewView *self = GT_OVERVIEW_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stack = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_OVERVIEW_VIEW);
  memset (self->charts, 0, sizeof self->charts);
  g_clear_pointer (&self->figures, gt_figures_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_overview_view_parent_class)->dispose (object);
}

static void
gt_overview_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GtOverviewView *self = GT_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_overview_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GtOverviewView *self = GT_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_overview_view_class_init (GtOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gt_overview_view_constructed;
  object_class->dispose = gt_overview_view_dispose;
  object_class->get_property = gt_overview_view_get_property;
  object_class->set_property = gt_overview_view_set_property;
  widget_class->map = gt_overview_view_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GtOverviewView, title_label);
  gtk_widget_class_bind_template_child (widget_class, GtOverviewView, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, GtOverviewView, cards_box);
  gtk_widget_class_bind_template_child (widget_class, GtOverviewView, charts_box);

  gt_month_actions_install (widget_class, step_month);
}

static void
gt_overview_view_init (GtOverviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

GtkWidget *
gt_overview_view_new (GtStore *store)
{
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return g_object_new (GT_TYPE_OVERVIEW_VIEW, "store", store, NULL);
}
