/* gt-demo.c: a realistic demo register, generated deterministically.
 *
 * The register of a fictional county, 清河县. Everything comes from a seeded
 * generator of our own (not rand(), whose sequence differs between C libraries), so
 * that the same size, seed and day give the same file on every machine. Each project
 * gets one timeline (planned and actual start and end) chosen to fit its stage; its
 * milestones, monthly reports and issues are all read off that timeline, which keeps
 * them consistent with each other and with the stage.
 *
 * The demo data is Chinese data, like an office's own register: it is not marked for
 * translation.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "gt-demo-data.h"
#include "gt-demo-private.h"

static const GtDemoSize default_size = {
  .projects = 66,
  .issues = 48,
  .reports = 0,
  .seed = 20260315,
};

const GtDemoSize *
gt_demo_size_default (void)
{
  return &default_size;
}

static int
month_of_julian (int julian)
{
  GDate date;

  _gt_demo_set_julian (&date, julian);
  return g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1;
}

/* C leaves the order in which a call's arguments are evaluated open: each draw
 * below is a statement of its own, so that every compiler draws the same way. */

static char *
random_person (DemoRand *r)
{
  gboolean short_name = _gt_demo_rand_below (r, 3) == 0;
  const char *surname = PICK (r, surnames);
  const char *given = PICK (r, given_names);

  if (short_name)
    return g_strconcat (surname, given, NULL);
  return g_strconcat (surname, given, PICK (r, given_names), NULL);
}

static char *
random_mobile (DemoRand *r)
{
  static const char * const prefixes[] = { "133", "135", "138", "139", "150", "152",
                                           "158", "176", "180", "186", "187", "199" };
  const char *prefix = PICK (r, prefixes);

  return g_strdup_printf ("%s%08u", prefix, _gt_demo_rand_below (r, 100000000));
}

/* Chinese numerals up to 99, for "（二期）" and so on. */
static void
append_chinese_number (GString *out,
                       guint    n)
{
  static const char * const digits[] = { "", "一", "二", "三", "四", "五", "六", "七",
                                         "八", "九" };

  if (n >= 100)
    {
      g_string_append_printf (out, "%u", n);
      return;
    }
  if (n >= 20)
    g_string_append (out, digits[n / 10]);
  if (n >= 10)
    g_string_append (out, "十");
  if (n % 10 != 0 || n < 10)
    g_string_append (out, digits[n % 10]);
}

typedef struct {
  const char *locality;
  const char *brand;
  const char *estate;
  int         number;
  int         area_mu;
  double      floor_area;   /* 万平方米 */
  int         length_km;
  int         floors;
  int         count;
} Fill;

/* Expands the placeholders of a ProjectTemplate pattern. */
static void
expand (GString    *out,
        const char *pattern,
        const Fill *fill)
{
  for (const char *p = pattern; *p != '\0'; p++)
    {
      if (p[0] != '{' || p[1] == '\0' || p[2] != '}')
        {
          g_string_append_c (out, *p);
          continue;
        }

      switch (p[1])
        {
        case 'L': g_string_append (out, fill->locality); break;
        case 'C': g_string_append (out, fill->brand); break;
        case 'P': g_string_append (out, fill->estate); break;
        case 'N': g_string_append_printf (out, "%d", fill->number); break;
        case 'A': g_string_append_printf (out, "%d", fill->area_mu); break;
        case 'B': g_string_append_printf (out, "%.1f", fill->floor_area); break;
        case 'D': g_string_append_printf (out, "%d", fill->length_km); break;
        case 'F': g_string_append_printf (out, "%d", fill->floors); break;
        case 'K': g_string_append_printf (out, "%d", fill->count); break;
        default: g_string_append_len (out, p, 3); break;
        }
      p += 2;
    }
}

/* A name not used yet: the second project of the same kind in the same place is its
 * second phase, and so on. */
static char *
unique_name (Demo       *demo,
             const char *base)
{
  GString *name;

  if (!g_hash_table_contains (demo->names, base))
    {
      g_hash_table_add (demo->names, g_strdup (base));
      return g_strdup (base);
    }

  name = g_string_new (NULL);
  for (guint phase = 2; ; phase++)
    {
      g_string_assign (name, base);
      g_string_append (name, "（");
      append_chinese_number (name, phase);
      g_string_append (name, "期）");
      if (!g_hash_table_contains (demo->names, name->str))
        break;
    }
  g_hash_table_add (demo->names, g_strdup (name->str));
  return g_string_free (name, FALSE);
}

static gboolean
add_people_and_units (Demo    *demo,
                      GError **error)
{
  for (guint i = 0; i < N_LEADERS; i++)
    {
      g_autoptr(GtLeader) leader = gt_leader_new ();
      g_autofree char *phone = random_mobile (&demo->rand);

      gt_leader_set_name (leader, leaders[i].name);
      gt_leader_set_title (leader, leaders[i].title);
      gt_leader_set_phone (leader, phone);
      if (!gt_store_add_leader (demo->store, leader, error))
        return FALSE;
      demo->leader_ids[i] = gt_leader_get_id (leader);
    }

  for (guint i = 0; i < N_DEPARTMENTS + N_LOCALITIES; i++)
    {
      g_autoptr(GtUnit) unit = gt_unit_new ();
      g_autofree char *contact = random_person (&demo->rand);
      g_autofree char *phone = NULL;
      gboolean is_dept = i < N_DEPARTMENTS;
      const DemoUnit *row = is_dept ? &departments[i] : &localities[i - N_DEPARTMENTS];

      phone = g_strdup_printf ("0319-%07u", 8000000 + _gt_demo_rand_below (&demo->rand, 1000000));
      gt_unit_set_name (unit, row->name);
      gt_unit_set_kind (unit, row->kind);
      gt_unit_set_contact (unit, contact);
      gt_unit_set_phone (unit, phone);
      if (!gt_store_add_unit (demo->store, unit, error))
        return FALSE;
      if (is_dept)
        demo->dept_ids[i] = gt_unit_get_id (unit);
      else
        demo->locality_ids[i - N_DEPARTMENTS] = gt_unit_get_id (unit);
    }

  return TRUE;
}

static GtStage
pick_stage (Demo *demo,
            guint index)
{
  /* Weights out of 100: a year's register is mostly projects under way. */
  static const guint8 weights[GT_N_STAGES] = { 7, 8, 15, 46, 13, 11 };
  guint roll;

  /* The first six cover every stage, so that even a small register shows them all. */
  if (index < GT_N_STAGES)
    return (GtStage) index;

  roll = _gt_demo_rand_below (&demo->rand, 100);
  for (guint s = 0; s < GT_N_STAGES; s++)
    {
      if (roll < weights[s])
        return (GtStage) s;
      roll -= weights[s];
    }
  return GT_STAGE_UNDER_CONSTRUCTION;
}

/* The first three projects cover every level, so that even a small register shows
 * them all; the rest follow their size. */
static GtLevel
pick_level (Demo   *demo,
            guint   index,
            gint64  total)
{
  DemoRand *r = &demo->rand;

  if (index < GT_N_LEVELS)
    return (GtLevel) ((index + 1) % GT_N_LEVELS);
  if (total >= 10 * GT_YUAN_PER_YI)
    return _gt_demo_rand_below (r, 5) < 3 ? GT_LEVEL_PROVINCIAL : GT_LEVEL_MUNICIPAL;
  if (total >= 2 * GT_YUAN_PER_YI)
    return _gt_demo_rand_below (r, 2) == 0 ? GT_LEVEL_MUNICIPAL : GT_LEVEL_COUNTY;
  return GT_LEVEL_COUNTY;
}

/* The least a project of @level invests, in 万元: provincial ones are big. */
static gint32
level_min_wan (GtLevel level)
{
  switch (level)
    {
    case GT_LEVEL_PROVINCIAL: return 100000;
    case GT_LEVEL_MUNICIPAL: return 20000;
    case GT_LEVEL_COUNTY:
    default: return 0;
    }
}

/* A kind of project that can be of @min_wan, and whose name is still free if it
 * names no place; after a few tries a second phase will do. */
static const ProjectTemplate *
pick_template (Demo   *demo,
               gint32  min_wan)
{
  const ProjectTemplate *tmpl = NULL;

  for (guint tries = 0; tries < 16; tries++)
    {
      tmpl = &templates[_gt_demo_rand_below (&demo->rand, G_N_ELEMENTS (templates))];
      if (tmpl->max_wan < min_wan)
        continue;
      if (strchr (tmpl->name, '{') == NULL && g_hash_table_contains (demo->names, tmpl->name))
        continue;
      break;
    }

  return tmpl;
}

static guint
pick_leader (Demo                  *demo,
             GtLevel                level,
             const ProjectTemplate *tmpl)
{
  /* The secretary and the county head take some of the provincial projects
   * themselves; the rest go to the leader in charge of the sector (分管领导). */
  if (level == GT_LEVEL_PROVINCIAL && _gt_demo_rand_below (&demo->rand, 3) < 2)
    return _gt_demo_rand_below (&demo->rand, 2);
  if (_gt_demo_rand_below (&demo->rand, 6) == 0)
    return 2 + _gt_demo_rand_below (&demo->rand, N_LEADERS - 2);
  return departments[tmpl->dept].leader;
}

/* The planned and (predicted) actual timeline, in julian days, chosen so that the
 * stage is true today. */
static void
pick_timeline (Demo        *demo,
               DemoProject *p)
{
  DemoRand *r = &demo->rand;
  int months = _gt_demo_rand_range (r, 12, 30) + (p->total >= 10 * GT_YUAN_PER_YI ? 6 : 0);
  int planned_days = (int) (months * DAYS_PER_MONTH);
  int actual_days = (int) (planned_days * _gt_demo_rand_between (r, 0.85, 1.35));
  int start, delay;

  switch (p->stage)
    {
    case GT_STAGE_PLANNED:
      start = demo->today + _gt_demo_rand_range (r, 200, 600);
      delay = _gt_demo_rand_range (r, -30, 60);
      break;
    case GT_STAGE_SIGNED:
      start = demo->today + _gt_demo_rand_range (r, 90, 300);
      delay = _gt_demo_rand_range (r, 0, 90);
      break;
    case GT_STAGE_PREPARING:
      start = demo->today + _gt_demo_rand_range (r, 15, 150);
      /* Some should have started already: the late starts the office chases. */
      delay = _gt_demo_rand_range (r, -30, 150);
      break;
    case GT_STAGE_UNDER_CONSTRUCTION:
      start = demo->today - 1 - (int) (actual_days * _gt_demo_rand_between (r, 0.04, 0.92));
      delay = _gt_demo_rand_range (r, -20, 75);
      break;
    case GT_STAGE_COMPLETED:
      start = demo->today - _gt_demo_rand_range (r, 0, 80) - actual_days;
      delay = _gt_demo_rand_range (r, -20, 60);
      break;
    case GT_STAGE_OPERATING:
    default:
      start = demo->today - _gt_demo_rand_range (r, 100, 720) - actual_days;
      delay = _gt_demo_rand_range (r, -20, 60);
      break;
    }

  p->actual_start = start;
  p->actual_end = start + actual_days;
  p->planned_start = start - delay;
  p->planned_end = p->planned_start + planned_days;
}

/* The share of [start, end) that falls in [from, to). */
static double
overlap (int start,
         int end,
         int from,
         int to)
{
  int lo = MAX (start, from);
  int hi = MIN (end, to);

  return end > start && hi > lo ? (double) (hi - lo) / (double) (end - start) : 0;
}

/* The year's plan as the office set it in spring: what the project should spend in
 * the year at an even rate over its actual length, from its actual start if it had
 * started by then and from its planned start if not, times the office's optimism.
 * Projects only signing or preparing get a little for permits and design. */
gint64
_gt_demo_plan_for_year (Demo              *demo,
                        const DemoProject *p,
                        int                year)
{
  int first = _gt_demo_julian_of (year, 1, 1);
  int next = _gt_demo_julian_of (year + 1, 1, 1);
  int start = p->actual_start < first ? p->actual_start : p->planned_start;
  int end = start + (p->actual_end - p->actual_start);
  double share = overlap (start, end, first, next) * p->optimism;
  double left = 1.0 - overlap (start, end, start, first);

  share = MIN (share, left);
  if (share <= 0 && year == demo->year &&
      (p->stage == GT_STAGE_SIGNED || p->stage == GT_STAGE_PREPARING))
    share = 0.03 + 0.002 * (double) (p->total / GT_YUAN_PER_WAN % 25);

  return _gt_demo_round_to ((double) p->total * share, 10 * GT_YUAN_PER_WAN);
}

/* Where milestone @i of a works running from @start to @end sits: the permits and
 * land before the start, the works proportionally after it. */
static void
milestone_window (guint  i,
                  int    start,
                  int    end,
                  int   *from,
                  int   *to)
{
  int length = MAX (end - start, 30);

  switch (i)
    {
    case 0: *from = start - 240; *to = start - 45; break;
    case 1: *from = start - 180; *to = start - 20; break;
    case 2: *from = start - 40; *to = start; break;
    case 3: *from = start; *to = start + length * 70 / 100; break;
    case 4: *from = start + length * 60 / 100; *to = start + length * 90 / 100; break;
    case 5: *from = start + length * 90 / 100; *to = start + length; break;
    default: *from = start + length; *to = start + length + 90; break;
    }
}

static gboolean
add_milestones (Demo               *demo,
                const DemoProject  *p,
                GError            **error)
{
  for (guint i = 0; i < N_MILESTONES; i++)
    {
      g_autoptr(GtMilestone) milestone = gt_milestone_new ();
      int from, to, actual_from, actual_to;
      GDate date;

      milestone_window (i, p->planned_start, p->planned_end, &from, &to);
      milestone_window (i, p->actual_start, p->actual_end, &actual_from, &actual_to);

      gt_milestone_set_project_id (milestone, p->id);
      gt_milestone_set_name (milestone, milestone_names[p->works][i]);
      gt_milestone_set_position (milestone, (int) i);
      _gt_demo_set_julian (&date, from);
      gt_milestone_set_planned_start (milestone, &date);
      _gt_demo_set_julian (&date, to);
      gt_milestone_set_planned_end (milestone, &date);

      /* Done, under way or not begun, as the actual timeline says today. */
      if (actual_from <= demo->today)
        {
          _gt_demo_set_julian (&date, actual_from);
          gt_milestone_set_actual_start (milestone, &date);
          if (actual_to <= demo->today)
            {
              _gt_demo_set_julian (&date, actual_to);
              gt_milestone_set_actual_end (milestone, &date);
              gt_milestone_set_percent (milestone, 100);
            }
          else
            {
              int percent = (demo->today - actual_from) * 100 / MAX (actual_to - actual_from, 1);

              gt_milestone_set_percent (milestone, CLAMP (percent, 1, 99));
            }
        }

      if (!gt_store_add_milestone (demo->store, milestone, error))
        return FALSE;
    }

  return TRUE;
}

static const char *
nature_of (Demo              *demo,
           const DemoProject *p)
{
  GDate date;

  if (p->actual_start > demo->today)
    return "预备项目";
  if (p->actual_end <= demo->today)
    return "竣工投产项目";
  _gt_demo_set_julian (&date, p->actual_start);
  return g_date_get_year (&date) == (guint) demo->year ? "新开工项目" : "续建项目";
}

static guint
pick_locality (Demo                  *demo,
               const ProjectTemplate *tmpl)
{
  guint n_townships = N_LOCALITIES - N_PARKS;

  /* Industry gathers in the development zone, farming in the agricultural park. */
  if (tmpl->dept == DEPT_INDUSTRY && _gt_demo_rand_below (&demo->rand, 2) == 0)
    return n_townships;
  if (tmpl->dept == DEPT_AGRI && _gt_demo_rand_below (&demo->rand, 4) == 0)
    return n_townships + 1;
  return _gt_demo_rand_below (&demo->rand, n_townships);
}

static gboolean
add_project (Demo         *demo,
             guint         index,
             DemoProject  *p,
             GError      **error)
{
  DemoRand *r = &demo->rand;
  const ProjectTemplate *tmpl;
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *brand = NULL;
  const char *region;
  g_autofree char *code = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *notes = NULL;
  double total_wan;
  gint32 min_wan;
  guint locality, leader, n_numbers = 0;
  int code_year;
  GtLevel level;
  Fill fill;
  GDate date;

  /* The levels the first projects must cover decide how big they are. */
  min_wan = index < GT_N_LEVELS ? level_min_wan (pick_level (demo, index, 0)) : 0;
  tmpl = pick_template (demo, min_wan);
  p->works = tmpl->works;
  p->category = tmpl->category;
  p->stage = pick_stage (demo, index);

  /* Amounts spread evenly on a log scale: many small projects, a few big ones. */
  total_wan = exp (_gt_demo_rand_between (r, log (MAX (tmpl->min_wan, min_wan)),
                                          log (tmpl->max_wan)));
  p->total = _gt_demo_round_to (total_wan * (double) GT_YUAN_PER_WAN,
                                total_wan >= 10000 ? 100 * GT_YUAN_PER_WAN
                                                   : 10 * GT_YUAN_PER_WAN);
  p->total = CLAMP (p->total, 1000 * GT_YUAN_PER_WAN, 50 * GT_YUAN_PER_YI);
  level = pick_level (demo, index, p->total);
  total_wan = (double) (p->total / GT_YUAN_PER_WAN);

  locality = pick_locality (demo, tmpl);
  while (n_numbers < G_N_ELEMENTS (tmpl->n) && tmpl->n[n_numbers] != 0)
    n_numbers++;
  region = PICK (r, company_regions);
  brand = g_strconcat (region, PICK (r, company_brands), NULL);
  p->floors = _gt_demo_rand_range (r, 6, 26);
  fill = (Fill) { .locality = localities[locality].name, .brand = brand, .floors = p->floors };
  fill.estate = PICK (r, estate_names);
  fill.number = n_numbers > 0 ? tmpl->n[_gt_demo_rand_below (r, n_numbers)] : 0;
  fill.floor_area = total_wan / _gt_demo_rand_between (r, 3000, 8000);
  fill.floor_area = MAX (fill.floor_area, 0.1);
  fill.count = _gt_demo_rand_range (r, 2, 8);
  fill.area_mu = tmpl->works == WORKS_FIELD
                 ? (int) (total_wan / _gt_demo_rand_between (r, 20, 80)) + 20
                 : (int) (fill.floor_area * 15 / _gt_demo_rand_between (r, 0.8, 2.5)) + 10;
  /* Length of a road, a network or a river, at a cost per km that suits each. */
  if (tmpl->works == WORKS_ROAD)
    p->length_km = (int) (total_wan / _gt_demo_rand_between (r, 800, 3000));
  else if (tmpl->works == WORKS_PIPE)
    p->length_km = (int) (total_wan / _gt_demo_rand_between (r, 150, 600));
  else
    p->length_km = (int) (total_wan / _gt_demo_rand_between (r, 300, 1500));
  p->length_km = MAX (p->length_km, 2);
  fill.length_km = p->length_km;

  /* Another place rather than a second phase, while there are places left. */
  expand (text, tmpl->name, &fill);
  for (guint tries = 0; tries < 4 && g_hash_table_contains (demo->names, text->str); tries++)
    {
      locality = pick_locality (demo, tmpl);
      fill.locality = localities[locality].name;
      g_string_truncate (text, 0);
      expand (text, tmpl->name, &fill);
    }
  name = unique_name (demo, text->str);
  gt_project_set_name (project, name);
  g_string_truncate (text, 0);
  expand (text, tmpl->content, &fill);
  gt_project_set_content (project, text->str);
  g_string_truncate (text, 0);
  expand (text, tmpl->owner, &fill);
  gt_project_set_owner (project, text->str);

  leader = pick_leader (demo, level, tmpl);
  p->leader_id = demo->leader_ids[leader];
  p->unit_id = demo->dept_ids[tmpl->dept];
  p->locality_id = demo->locality_ids[locality];
  pick_timeline (demo, p);
  p->pace = _gt_demo_rand_between (r, 0.75, 1.25);
  p->optimism = _gt_demo_rand_between (r, 0.85, 1.15);
  p->lagging = p->pace / p->optimism < 0.85 || p->actual_start - p->planned_start > 45;

  /* 项目代码 in the national shape (gt-project-code.h): year and month of
   * filing, county division, sector, kind of approval, five random digits and
   * a check digit (the demo's own: the platform's computation is not public). */
  _gt_demo_set_julian (&date, p->planned_start - _gt_demo_rand_range (r, 90, 500));
  code_year = MIN ((int) g_date_get_year (&date), demo->year);
  code = g_strdup_printf ("%02d%02d-130523-%02u-%02u-%05u", code_year % 100,
                          code_year < (int) g_date_get_year (&date) ? 12
                          : (int) g_date_get_month (&date),
                          tmpl->industry, tmpl->approval,
                          10000 + (index * 7919u + _gt_demo_rand_below (r, 997)) % 90000);
  {
    g_autofree char *stem = g_steal_pointer (&code);
    guint sum = 0;

    for (const char *c = stem; *c != '\0'; c++)
      if (g_ascii_isdigit (*c))
        sum += (guint) (*c - '0');
    code = g_strdup_printf ("%s%u", stem, sum % 10);
  }
  contact = random_person (r);
  phone = random_mobile (r);
  notes = g_strdup_printf ("建设性质：%s；联络人：%s %s", nature_of (demo, p), contact, phone);

  gt_project_set_code (project, code);
  gt_project_set_level (project, level);
  gt_project_set_category (project, tmpl->category);
  gt_project_set_stage (project, p->stage);
  gt_project_set_locality_id (project, p->locality_id);
  gt_project_set_unit_id (project, p->unit_id);
  gt_project_set_leader_id (project, p->leader_id);
  gt_project_set_total_investment (project, p->total);
  gt_project_set_notes (project, notes);
  _gt_demo_set_julian (&date, p->planned_start);
  gt_project_set_planned_start (project, &date);
  _gt_demo_set_julian (&date, p->planned_end);
  gt_project_set_planned_end (project, &date);
  if (p->actual_start <= demo->today)
    {
      _gt_demo_set_julian (&date, p->actual_start);
      gt_project_set_actual_start (project, &date);
      p->n_months = (guint) MIN (demo->today_month - month_of_julian (p->actual_start) + 1,
                                 MAX_REPORT_MONTHS);
    }
  if (p->actual_end <= demo->today)
    {
      _gt_demo_set_julian (&date, p->actual_end);
      gt_project_set_actual_end (project, &date);
    }
  /* The project object carries the plan of the store's year; other years are set
   * through the store once the project has an id. */
  gt_project_set_annual_plan (project,
                              _gt_demo_plan_for_year (demo, p, gt_store_get_year (demo->store)));

  if (!gt_store_add_project (demo->store, project, error))
    return FALSE;
  p->id = gt_project_get_id (project);

  return add_milestones (demo, p, error);
}

static gboolean
populate (Demo             *demo,
          const GtDemoSize *size,
          GError          **error)
{
  if (!add_people_and_units (demo, error))
    return FALSE;

  for (guint i = 0; i < size->projects; i++)
    {
      DemoProject p = { 0 };

      if (!add_project (demo, i, &p, error))
        return FALSE;
      g_array_append_val (demo->projects, p);
    }

  /* What came later (visits, approvals, 督办) last and from generators of its
   * own: the rows before are as they were. */
  return _gt_demo_add_reports (demo, size->reports, error) &&
         _gt_demo_add_issues (demo, size->issues, error) &&
         _gt_demo_add_visits (demo, error) &&
         _gt_demo_add_formalities (demo, error) &&
         _gt_demo_add_escalation (demo, error);
}

gboolean
gt_demo_populate (GtStore          *store,
                  const GtDemoSize *size,
                  const GDate      *today,
                  GError          **error)
{
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (size == NULL)
    size = &default_size;

  demo.store = store;
  demo.rand.state = size->seed;
  demo.today = (int) g_date_get_julian (today);
  demo.year = g_date_get_year (today);
  demo.today_month = demo.year * 12 + g_date_get_month (today) - 1;
  /* A few of the size's issues are assigned on leaders' visits (现场交办). */
  demo.spot_issues = MIN (MAX_SPOT_ISSUES, size->issues / 12);
  demo.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  demo.projects = g_array_sized_new (FALSE, TRUE, sizeof (DemoProject), size->projects);

  /* A commit that fails takes the batch back itself. The change history says
   * where these rows came from. */
  gt_store_set_source (store, "demo");
  ok = gt_store_begin (store, error);
  gt_store_set_source (store, NULL);
  if (ok && !populate (&demo, size, error))
    {
      gt_store_rollback (store);
      ok = FALSE;
    }
  else if (ok)
    ok = gt_store_commit (store, error);

  g_hash_table_unref (demo.names);
  g_array_unref (demo.projects);

  return ok;
}
