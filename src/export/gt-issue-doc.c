/* gt-issue-doc.c: the assignment sheet (交办单) and the supervision letter
 * (督办函) on A4, drawn with Pango.
 *
 * Set as the monthly notice is (gt-notice-print.c, GB/T 9704): margins of 37,
 * 26, 35 and 28 mm, the Chinese serif for the text and the sans for labels,
 * the office's name as the red head. The 交办单 is a form, as offices print
 * it: a ruled table of the project, the problem, who answers for it and by
 * when, what is required, and an empty box for the unit's reply, with the
 * number and date above it. The 督办函 is a letter: its red head (the level
 * in it: 督办函 or 挂牌督办函), number and red rule, the addressee (the
 * responsible unit), what was assigned, when and by which 交办单, the leader
 * answering for it, how far past the deadline it is, the level it is now under
 * and the new deadline, and the office's signature and date. Both end with the
 * lines 承办人 / 审核人 / 签发人 for the office's own sign-off.
 *
 * The text is measured once into a flow of lines, rows, gaps and rules, cut
 * into pages where it runs over (a long problem on a full page); a row is
 * never cut.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "gt-a4-doc.h"
#include "gt-format.h"
#include "gt-issue-doc.h"

#define MM            (72.0 / 25.4)
#define MARGIN_TOP    (37 * MM)
#define MARGIN_RIGHT  (26 * MM)
#define MARGIN_BOTTOM (35 * MM)
#define MARGIN_LEFT   (28 * MM)

#define HEAD_SIZE    24.0
#define TITLE_SIZE   22.0
#define BODY_SIZE    16.0
#define BODY_PITCH   28.95
#define CELL_SIZE    12.0
#define NUMBER_SIZE  14.0
#define CELL_PAD     5.0
#define MAX_CELLS    4

typedef enum {
  ITEM_LINE,
  ITEM_ROW,
  ITEM_GAP,
  ITEM_RULE,
} ItemKind;

typedef struct {
  guint        n_cells;
  double       x[MAX_CELLS + 1];   /* edges, from the text's left */
  PangoLayout *cells[MAX_CELLS];
  gboolean     label[MAX_CELLS];   /* shaded, centred */
} Row;

typedef struct {
  ItemKind     kind;
  double       height;
  gboolean     keep_with_next;
  gboolean     red;
  /* ITEM_LINE */
  PangoLayout *layout;
  int          line;
  double       x;
  double       baseline;
  /* ITEM_ROW */
  Row         *row;
} Item;

struct _GtIssueDocPrint {
  PangoContext *context;
  double        width;
  double        height;
  double        text_width;
  double        text_height;
  GArray       *items;        /* Item */
  GPtrArray    *rows;         /* Row * */
  GArray       *placements;   /* GtA4Placement */
  guint         n_pages;
  double        label_width;  /* the form's label columns */
};

/* Characters a file system refuses or a shell trips on become "_". */
char *
gt_issue_doc_file_name (const GtIssueDoc *doc)
{
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (doc != NULL, NULL);

  number = gt_issue_doc_format_number (doc->number_prefix, doc->year, doc->serial);
  name = g_strconcat (gt_issue_doc_kind_get_label (doc->kind), number, ".pdf", NULL);
  g_strdelimit (name, "/\\:*?\"<>| ", '_');
  return g_steal_pointer (&name);
}

static const char *
or_blank (const char *text)
{
  return text != NULL ? text : "";
}

static char *
format_date_or_blank (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? gt_format_date (date) : g_strdup ("");
}

static void
row_free (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    g_object_unref (row->cells[i]);
  g_free (row);
}

static PangoLayout *
new_layout (GtIssueDocPrint *self,
            const char      *family,
            double           size,
            gboolean         bold,
            double           width)
{
  return _gt_a4_doc_new_layout (self->context, family, size, bold, width);
}

static Item *
add_item (GtIssueDocPrint *self,
          ItemKind         kind,
          double           height)
{
  Item item = { kind, height, };

  g_array_append_val (self->items, item);
  return &g_array_index (self->items, Item, self->items->len - 1);
}

static void
add_gap (GtIssueDocPrint *self,
         double           height)
{
  add_item (self, ITEM_GAP, height);
}

/* @text's lines, each an item of @pitch (or its own height when taller), set
 * in @layout (taken), which has its font, width and alignment already. */
static void
add_lines (GtIssueDocPrint *self,
           PangoLayout     *layout,
           const char      *text,
           double           pitch,
           gboolean         keep_with_next,
           gboolean         red)
{
  g_autoptr(GArray) lines = _gt_a4_doc_measure_lines (layout, text, pitch);

  for (guint i = 0; i < lines->len; i++)
    {
      GtA4Line *line = &g_array_index (lines, GtA4Line, i);
      Item *item = add_item (self, ITEM_LINE, line->height);

      item->layout = g_object_ref (layout);
      item->line = i;
      item->x = line->x;
      item->baseline = line->baseline;
      item->keep_with_next = keep_with_next;
      item->red = red;
    }
  g_object_unref (layout);
}

static void
add_text (GtIssueDocPrint *self,
          const char      *text,
          const char      *family,
          double           size,
          gboolean         bold,
          PangoAlignment   align,
          double           indent_chars,
          double           pitch,
          gboolean         keep_with_next,
          gboolean         red)
{
  PangoLayout *layout = new_layout (self, family, size, bold, self->text_width);

  pango_layout_set_alignment (layout, align);
  pango_layout_set_indent (layout, (int) (indent_chars * size * PANGO_SCALE));
  /* Not justified: a project's code is one long word, and a justified line
   * before it would spread its characters apart. */
  add_lines (self, layout, text, pitch, keep_with_next, red);
}

static void
add_paragraph (GtIssueDocPrint *self,
               const char      *text)
{
  add_text (self, text, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_LEFT, 2, BODY_PITCH, FALSE,
            FALSE);
}

/* The label columns as wide as the widest label on one line (四字 in
 * Chinese, "Responsible Leader" in English), within a quarter of the text. */
static void
measure_labels (GtIssueDocPrint *self)
{
  const char *labels[] = {
    C_("issue document", "Project"),
    C_("issue document", "Category"),
    C_("issue document", "Raised On"),
    C_("issue document", "Problem"),
    C_("issue document", "Responsible Unit"),
    C_("issue document", "Responsible Leader"),
    C_("issue document", "Deadline"),
    C_("issue document", "Requirement"),
    C_("issue document", "How It Was Done"),
  };
  PangoLayout *layout = new_layout (self, "Sans", CELL_SIZE, TRUE, self->text_width);
  double widest = 4 * CELL_SIZE;

  pango_layout_set_width (layout, -1);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      int width;

      pango_layout_set_text (layout, labels[i], -1);
      pango_layout_get_size (layout, &width, NULL);
      widest = MAX (widest, (double) width / PANGO_SCALE);
    }
  g_object_unref (layout);
  self->label_width = MIN (widest + 2 * CELL_PAD + 2, self->text_width / 4);
}

/* A row of the form: label, value[, label, value], at least @min_height tall. */
static void
add_row (GtIssueDocPrint *self,
         double           min_height,
         const char      *label1,
         const char      *value1,
         const char      *label2,
         const char      *value2)
{
  Row *row = g_new0 (Row, 1);
  const char *texts[MAX_CELLS] = { label1, value1, label2, value2 };
  double height = 0;
  Item *item;

  row->n_cells = label2 != NULL ? 4 : 2;
  row->x[0] = 0;
  if (row->n_cells == 2)
    {
      row->x[1] = self->label_width;
      row->x[2] = self->text_width;
    }
  else
    {
      double value = (self->text_width - 2 * self->label_width) / 2;

      row->x[1] = self->label_width;
      row->x[2] = self->label_width + value;
      row->x[3] = 2 * self->label_width + value;
      row->x[4] = self->text_width;
    }
  for (guint c = 0; c < row->n_cells; c++)
    {
      gboolean label = c % 2 == 0;
      PangoLayout *layout = new_layout (self, label ? "Sans" : "Serif", CELL_SIZE, label,
                                        row->x[c + 1] - row->x[c] - 2 * CELL_PAD);
      int h;

      pango_layout_set_alignment (layout, label ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
      pango_layout_set_text (layout, or_blank (texts[c]), -1);
      pango_layout_get_size (layout, NULL, &h);
      height = MAX (height, (double) h / PANGO_SCALE);
      row->cells[c] = layout;
      row->label[c] = label;
    }
  item = add_item (self, ITEM_ROW, MAX (min_height, height + 2 * CELL_PAD));
  item->row = row;
  g_ptr_array_add (self->rows, row);
}

/* The red head: the office's name, with the document's own name under it on
 * a letter. */
static void
add_head (GtIssueDocPrint  *self,
          const GtIssueDoc *doc,
          const char       *office)
{
  PangoLayout *layout = new_layout (self, "Serif", HEAD_SIZE, TRUE, self->text_width);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  add_lines (self, layout, office, HEAD_SIZE * 1.5, TRUE, TRUE);
  if (doc->kind == GT_ISSUE_DOC_SUPERVISE)
    {
      const char *name = doc->level == GT_ESCALATION_LISTED
                         /* TRANSLATORS: the red head's second line, 挂牌督办函 */
                         ? _("Letter of Listed Supervision")
                         : gt_issue_doc_kind_get_label (doc->kind);

      layout = new_layout (self, "Serif", HEAD_SIZE, TRUE, self->text_width);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      add_lines (self, layout, name, HEAD_SIZE * 1.5, TRUE, TRUE);
    }
}

static void
add_rule (GtIssueDocPrint *self)
{
  Item *rule = add_item (self, ITEM_RULE, 12);

  rule->keep_with_next = TRUE;
}

/* 承办人 / 审核人 / 签发人, with room to sign. */
static void
add_signatures (GtIssueDocPrint *self)
{
  /* TRANSLATORS: the office's sign-off under a document: who drafted,
   * checked and issued it, each followed by room to sign */
  g_autofree char *text = g_strdup_printf ("%s%s%s%s%s", _("Drafted by:"),
                                           "\u3000\u3000\u3000\u3000\u3000\u3000",
                                           _("Checked by:"),
                                           "\u3000\u3000\u3000\u3000\u3000\u3000",
                                           _("Issued by:"));

  /* Never alone at the top of a page: what it signs goes over with it. */
  g_array_index (self->items, Item, self->items->len - 1).keep_with_next = TRUE;
  add_gap (self, BODY_PITCH / 2);
  g_array_index (self->items, Item, self->items->len - 1).keep_with_next = TRUE;
  add_text (self, text, "Serif", NUMBER_SIZE, FALSE, PANGO_ALIGN_LEFT, 0, BODY_PITCH, FALSE,
            FALSE);
}

static char *
dup_requirement (const GtIssueDoc *doc,
                 const char       *deadline)
{
  gboolean dated = deadline != NULL && *deadline != '\0';

  /* The office's own words, after the deadline, which every document states. */
  if (doc->requirement != NULL && *doc->requirement != '\0' && dated)
    /* TRANSLATORS: %s is a date, then the office's own requirement follows */
    return g_strdup_printf (_("To be solved by %s. %s"), deadline, doc->requirement);
  if (doc->requirement != NULL && *doc->requirement != '\0')
    return g_strdup (doc->requirement);
  /* An issue handed over without a deadline (the form's box stays empty). */
  if (doc->kind == GT_ISSUE_DOC_ASSIGN && !dated)
    return g_strdup (_("Study it at once, name the person who answers for it, solve it as "
                       "soon as possible, and report in writing how it was done."));
  if (doc->kind == GT_ISSUE_DOC_ASSIGN)
    /* TRANSLATORS: %s is a date; the standard requirement of an assignment */
    return g_strdup_printf (_("Study it at once, name the person who answers for it, solve "
                              "it by %s, and report in writing how it was done. A problem "
                              "that cannot be solved in time is reported, with the reason, "
                              "before the deadline."), deadline);
  /* TRANSLATORS: %s is a date; the standard requirement of a supervision letter */
  return g_strdup_printf (_("The unit’s principal leader answers for it in person: solve it "
                            "by %s and report in writing how it was done. The issue stays "
                            "under supervision until it is closed."), deadline);
}

static void
build_assign (GtIssueDocPrint  *self,
              const GtIssueDoc *doc,
              const char       *office)
{
  g_autofree char *number = gt_issue_doc_format_number (doc->number_prefix, doc->year,
                                                       doc->serial);
  g_autofree char *date = format_date_or_blank (&doc->date);
  g_autofree char *deadline = format_date_or_blank (&doc->deadline);
  g_autofree char *raised = format_date_or_blank (&doc->raised_on);
  g_autofree char *requirement = dup_requirement (doc, deadline);
  g_autofree char *project = NULL;
  g_autofree char *line = NULL;
  PangoLayout *layout;

  add_head (self, doc, office);
  add_gap (self, 8);
  layout = new_layout (self, "Serif", TITLE_SIZE, TRUE, self->text_width);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  /* TRANSLATORS: the title of the 交办单 form */
  add_lines (self, layout, _("Key Project Issue Assignment Sheet"), TITLE_SIZE * 1.6, TRUE,
             FALSE);
  add_gap (self, 6);
  /* TRANSLATORS: above the form: its number, then its date */
  line = g_strdup_printf (_("No.: %s\u3000\u3000Date: %s"), number, date);
  add_text (self, line, "Serif", NUMBER_SIZE, FALSE, PANGO_ALIGN_RIGHT, 0, BODY_PITCH, TRUE,
            FALSE);

  if (doc->project_code != NULL && *doc->project_code != '\0')
    project = g_strdup_printf ("%s\n%s", or_blank (doc->project_name), doc->project_code);
  else
    project = g_strdup (or_blank (doc->project_name));
  add_row (self, 0, C_("issue document", "Project"), project, NULL, NULL);
  add_row (self, 0, C_("issue document", "Category"), doc->category,
           C_("issue document", "Raised On"), raised);
  add_row (self, 96, C_("issue document", "Problem"), doc->problem, NULL, NULL);
  add_row (self, 0, C_("issue document", "Responsible Unit"), doc->unit_name,
           C_("issue document", "Responsible Leader"), doc->leader_name);
  add_row (self, 0, C_("issue document", "Deadline"), deadline, NULL, NULL);
  add_row (self, 72, C_("issue document", "Requirement"), requirement, NULL, NULL);
  /* Left empty: the unit writes its reply here and returns the sheet. */
  add_row (self, 96, C_("issue document", "How It Was Done"), "", NULL, NULL);
  add_signatures (self);
}

/* @text without its last full stop, to be quoted inside a sentence. */
static char *
dup_without_stop (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (or_blank (text)));
  gsize length = strlen (copy);

  if (g_str_has_suffix (copy, "。"))
    copy[length - strlen ("。")] = '\0';
  else if (g_str_has_suffix (copy, "."))
    copy[length - 1] = '\0';
  return g_steal_pointer (&copy);
}

/* A letter, on one page where it can: no title under the red head (which
 * names it) and no table, the particulars said in its two paragraphs. */
static void
build_supervise (GtIssueDocPrint  *self,
                 const GtIssueDoc *doc,
                 const char       *office)
{
  g_autofree char *number = gt_issue_doc_format_number (doc->number_prefix, doc->year,
                                                       doc->serial);
  g_autofree char *date = format_date_or_blank (&doc->date);
  g_autofree char *deadline = format_date_or_blank (&doc->deadline);
  g_autofree char *first = format_date_or_blank (&doc->first_deadline);
  g_autofree char *assigned = format_date_or_blank (&doc->assigned_on);
  g_autofree char *requirement = dup_requirement (doc, deadline);
  g_autofree char *problem = dup_without_stop (doc->problem);
  g_autofree char *project = NULL;
  g_autofree char *addressee = NULL;
  g_autofree char *opening = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *leader = NULL;
  g_autofree char *decision = NULL;
  g_autofree char *first_paragraph = NULL;
  const char *unit = doc->unit_name != NULL && *doc->unit_name != '\0'
                     ? doc->unit_name : C_("issue document", "Responsible Unit");
  const char *level = gt_escalation_level_get_label (doc->level);

  add_head (self, doc, office);
  add_gap (self, 8);
  add_text (self, number, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_CENTER, 0, BODY_PITCH, TRUE,
            FALSE);
  add_rule (self);
  add_gap (self, BODY_PITCH / 2);
  /* TRANSLATORS: the addressee line of a letter: 自然资源局： */
  addressee = g_strdup_printf (C_("letter addressee", "%s:"), unit);
  add_text (self, addressee, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_LEFT, 0, BODY_PITCH, FALSE,
            FALSE);

  if (doc->project_code != NULL && *doc->project_code != '\0')
    /* TRANSLATORS: a project's name and its national code, in a sentence */
    project = g_strdup_printf (_("%s (project code %s)"), or_blank (doc->project_name),
                               doc->project_code);
  else
    project = g_strdup (or_blank (doc->project_name));
  if (doc->assign_number != NULL && *doc->assign_number != '\0' && *assigned != '\0')
    /* TRANSLATORS: a date, the assignment sheet's number, the project, the
     * problem, the first deadline */
    opening = g_strdup_printf (_("On %s this office assigned to your unit, by assignment sheet "
                                 "%s, the problem of %s: “%s”, to be solved by %s."),
                               assigned, doc->assign_number, project, problem, first);
  else
    /* TRANSLATORS: the project, the problem, the first deadline */
    opening = g_strdup_printf (_("This office assigned to your unit the problem of %s: “%s”, "
                                 "to be solved by %s."), project, problem, first);
  if (doc->leader_name != NULL && *doc->leader_name != '\0')
    /* TRANSLATORS: the county leader who answers for the issue (责任领导) */
    leader = g_strdup_printf (_("The leader answering for it is %s."), doc->leader_name);
  if (doc->days_overdue > 0)
    /* TRANSLATORS: the letter's date, days past the deadline */
    overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "As of %s it is not solved, %u day past the "
                                            "deadline.",
                                            "As of %s it is not solved, %u days past the "
                                            "deadline.",
                                            doc->days_overdue),
                               date, doc->days_overdue);
  else
    /* TRANSLATORS: the letter's date; a letter before the deadline has passed */
    overdue = g_strdup_printf (_("As of %s it is not solved."), date);
  first_paragraph = g_strconcat (opening, leader != NULL ? leader : "", overdue, NULL);
  add_paragraph (self, first_paragraph);
  /* TRANSLATORS: %s is the level: 督办 or 挂牌督办, then what is required */
  decision = g_strdup_printf (_("By the office’s rules for key project issues, the problem is "
                                "now under the level “%s”. %s"), level, requirement);
  add_paragraph (self, decision);

  /* The signature and date never stand alone at the top of a page. */
  g_array_index (self->items, Item, self->items->len - 1).keep_with_next = TRUE;
  add_gap (self, BODY_PITCH);
  g_array_index (self->items, Item, self->items->len - 1).keep_with_next = TRUE;
  add_text (self, office, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_RIGHT, 0, BODY_PITCH, TRUE,
            FALSE);
  add_text (self, date, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_RIGHT, 0, BODY_PITCH, FALSE,
            FALSE);
  add_signatures (self);
}

/* What the page flow needs of an item. */
static void
item_box (gpointer  data,
          guint     i,
          GtA4Box  *box)
{
  GtIssueDocPrint *self = data;
  Item *item = &g_array_index (self->items, Item, i);

  box->height = item->height;
  box->keep_with_next = item->keep_with_next;
  box->gap = item->kind == ITEM_GAP;
}

static void
paginate (GtIssueDocPrint *self)
{
  self->n_pages = _gt_a4_doc_paginate (self->items->len, self->text_height, item_box,
                                       NULL, self, self->placements);
}

static void
draw_row (cairo_t *cr,
          Row     *row,
          double   y,
          double   height)
{
  cairo_set_line_width (cr, 0.8);
  for (guint c = 0; c < row->n_cells; c++)
    {
      double w = row->x[c + 1] - row->x[c];
      int h;

      if (row->label[c])
        {
          cairo_set_source_rgb (cr, 0.94, 0.94, 0.94);
          cairo_rectangle (cr, row->x[c], y, w, height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, row->x[c], y, w, height);
      cairo_stroke (cr);
      pango_layout_get_size (row->cells[c], NULL, &h);
      /* Labels in the middle of their row; values from its top, where a
       * tall box's text begins. */
      if (row->label[c])
        cairo_move_to (cr, row->x[c] + CELL_PAD, y + (height - (double) h / PANGO_SCALE) / 2);
      else
        cairo_move_to (cr, row->x[c] + CELL_PAD, y + CELL_PAD);
      pango_cairo_show_layout (cr, row->cells[c]);
    }
}

static void
draw_page (gpointer  data,
           cairo_t  *cr,
           guint     index)
{
  GtIssueDocPrint *self = data;

  cairo_save (cr);
  cairo_translate (cr, MARGIN_LEFT, MARGIN_TOP);
  for (guint i = 0; i < self->placements->len; i++)
    {
      GtA4Placement *placement = &g_array_index (self->placements, GtA4Placement, i);
      Item *item = &g_array_index (self->items, Item, placement->item);

      if (placement->page != index)
        continue;
      switch (item->kind)
        {
        case ITEM_LINE:
          _gt_a4_doc_draw_line (cr, item->layout, item->line, item->x,
                                placement->y + item->baseline, item->red);
          break;
        case ITEM_ROW:
          draw_row (cr, item->row, placement->y, item->height);
          break;
        case ITEM_RULE:
          _gt_a4_doc_draw_rule (cr, placement->y + item->height / 2, self->text_width);
          break;
        case ITEM_GAP:
        default:
          break;
        }
    }
  cairo_restore (cr);
  /* A one-page sheet carries no page number, as offices print it. */
  if (self->n_pages > 1)
    _gt_a4_doc_draw_page_number (cr, self->context, NUMBER_SIZE, self->width,
                                 self->height - MARGIN_BOTTOM + 7 * MM, index);
}

GtIssueDocPrint *
gt_issue_doc_print_new (const GtIssueDoc *doc)
{
  GtIssueDocPrint *self;
  const char *office;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (doc->kind < GT_N_ISSUE_DOC_KINDS, NULL);

  self = g_new0 (GtIssueDocPrint, 1);
  self->context = _gt_a4_doc_new_context ();

  gt_paper_get_size (GT_PAPER_A4, FALSE, &self->width, &self->height);
  self->text_width = self->width - MARGIN_LEFT - MARGIN_RIGHT;
  self->text_height = self->height - MARGIN_TOP - MARGIN_BOTTOM;
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (GtA4Placement));

  measure_labels (self);
  office = doc->office_name != NULL && *doc->office_name != '\0'
           ? doc->office_name
           /* TRANSLATORS: the office's name when Preferences give none */
           : _("Key Project Office");
  if (doc->kind == GT_ISSUE_DOC_ASSIGN)
    build_assign (self, doc, office);
  else
    build_supervise (self, doc, office);
  paginate (self);
  return self;
}

void
gt_issue_doc_print_free (GtIssueDocPrint *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->items->len; i++)
    g_clear_object (&g_array_index (self->items, Item, i).layout);
  g_array_unref (self->items);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->placements);
  g_object_unref (self->context);
  g_free (self);
}

guint
gt_issue_doc_print_get_n_pages (GtIssueDocPrint *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_pages;
}

void
gt_issue_doc_print_get_doc (GtIssueDocPrint *self,
                            GtExportDoc     *out)
{
  g_return_if_fail (self != NULL && out != NULL);

  out->width = self->width;
  out->height = self->height;
  out->n_pages = self->n_pages;
  out->draw_page = draw_page;
  out->data = self;
  out->register_path = NULL;
}

gboolean
gt_issue_doc_write_pdf (const GtIssueDoc  *doc,
                        const char        *path,
                        const char        *register_path,
                        GError           **error)
{
  g_autoptr(GtIssueDocPrint) print = NULL;
  GtExportDoc out;

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  print = gt_issue_doc_print_new (doc);
  gt_issue_doc_print_get_doc (print, &out);
  out.register_path = register_path;
  return gt_export_write_pdf (&out, path, error);
}
