/* test-query.c: the filter behind the Projects view, over a real store.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gt-project-query.h"
#include "gt-store.h"

typedef struct {
  char *dir;
  GtStore *store;
  GtLeader *zhang;        /* 张三 */
  GtLeader *li;           /* 李四 */
  GtUnit *chengguan;      /* 城关镇, a township */
  GtUnit *park;           /* 经济开发区, a park */
  GtUnit *fagai;          /* 县发改委, a department */
  GtUnit *zhujian;        /* 县住建局, a department */
  GtProject *sewage;      /* 城东污水处理厂扩建工程 */
  GtProject *materials;   /* 年产10万吨新材料项目 */
  GtProject *logistics;   /* 智慧物流园 */
  GtProjectQuery *query;
} Fixture;

static GtLeader *
add_leader (Fixture    *fixture,
            const char *name,
            const char *title)
{
  g_autoptr(GError) error = NULL;
  GtLeader *leader = gt_leader_new ();

  gt_leader_set_name (leader, name);
  gt_leader_set_title (leader, title);
  g_assert_true (gt_store_add_leader (fixture->store, leader, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_leader_get_id (leader), >, 0);

  return leader;
}

static GtUnit *
add_unit (Fixture    *fixture,
          const char *name,
          GtUnitKind  kind)
{
  g_autoptr(GError) error = NULL;
  GtUnit *unit = gt_unit_new ();

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, kind);
  g_assert_true (gt_store_add_unit (fixture->store, unit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_unit_get_id (unit), >, 0);

  return unit;
}

static GtProject *
add_project (Fixture    *fixture,
             const char *name,
             const char *code,
             const char *owner,
             const char *content,
             const char *category,
             GtStage     stage,
             GtLevel     level,
             GtUnit     *locality,
             GtUnit     *unit,
             GtLeader   *leader)
{
  g_autoptr(GError) error = NULL;
  GtProject *project = gt_project_new ();

  gt_project_set_name (project, name);
  gt_project_set_code (project, code);
  gt_project_set_owner (project, owner);
  gt_project_set_content (project, content);
  gt_project_set_category (project, category);
  gt_project_set_stage (project, stage);
  gt_project_set_level (project, level);
  gt_project_set_locality_id (project, gt_unit_get_id (locality));
  gt_project_set_unit_id (project, gt_unit_get_id (unit));
  gt_project_set_leader_id (project, gt_leader_get_id (leader));
  gt_project_set_total_investment (project, 100000000);
  g_assert_true (gt_store_add_project (fixture->store, project, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_project_get_id (project), >, 0);

  return project;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("guatu-test-query-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "guatu.db", NULL);
  fixture->store = gt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);

  fixture->zhang = add_leader (fixture, "张三", "副县长");
  fixture->li = add_leader (fixture, "李四", "县委副书记");
  fixture->chengguan = add_unit (fixture, "城关镇", GT_UNIT_KIND_TOWNSHIP);
  fixture->park = add_unit (fixture, "经济开发区", GT_UNIT_KIND_PARK);
  fixture->fagai = add_unit (fixture, "县发改委", GT_UNIT_KIND_DEPARTMENT);
  fixture->zhujian = add_unit (fixture, "县住建局", GT_UNIT_KIND_DEPARTMENT);

  fixture->sewage = add_project (fixture, "城东污水处理厂扩建工程", "XM-001", "县城投公司",
                                 "新增日处理能力5万吨", "社会民生",
                                 GT_STAGE_UNDER_CONSTRUCTION, GT_LEVEL_COUNTY,
                                 fixture->chengguan, fixture->zhujian, fixture->zhang);
  fixture->materials = add_project (fixture, "年产10万吨新材料项目", "XM-002",
                                    "恒达新材料有限公司", "Lithium Battery materials",
                                    "工业", GT_STAGE_SIGNED, GT_LEVEL_MUNICIPAL,
                                    fixture->park, fixture->fagai, fixture->li);
  fixture->logistics = add_project (fixture, "智慧物流园", "XM-003", "ABC Logistics",
                                    "冷链仓储", "现代服务业", GT_STAGE_PREPARING,
                                    GT_LEVEL_PROVINCIAL, fixture->park, fixture->fagai,
                                    fixture->zhang);

  fixture->query = gt_project_query_new (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "guatu.db", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_pointer (&fixture->query, gt_project_query_free);
  g_clear_object (&fixture->sewage);
  g_clear_object (&fixture->materials);
  g_clear_object (&fixture->logistics);
  g_clear_object (&fixture->zhang);
  g_clear_object (&fixture->li);
  g_clear_object (&fixture->chengguan);
  g_clear_object (&fixture->park);
  g_clear_object (&fixture->fagai);
  g_clear_object (&fixture->zhujian);
  g_clear_object (&fixture->store);

  /* The store may leave a journal or a backup beside the file. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* The names of the projects that match, in the store's order, joined by "|". */
static char *
matching (Fixture *fixture)
{
  GListModel *projects = gt_store_get_projects (fixture->store);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      if (!gt_project_query_matches (fixture->query, project))
        continue;
      if (names->len > 0)
        g_string_append_c (names, '|');
      g_string_append (names, gt_project_get_name (project));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

#define ALL "城东污水处理厂扩建工程|年产10万吨新材料项目|智慧物流园"
#define SEWAGE "城东污水处理厂扩建工程"
#define MATERIALS "年产10万吨新材料项目"
#define LOGISTICS "智慧物流园"

static void
assert_text_matches (Fixture    *fixture,
                     const char *text,
                     const char *expected)
{
  g_autofree char *names = NULL;

  gt_project_query_set_text (fixture->query, text);
  names = matching (fixture);
  g_test_message ("“%s” → %s", text, names);
  g_assert_cmpstr (names, ==, expected);
}

static void
test_text (Fixture       *fixture,
           gconstpointer  data)
{
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (fixture->store)), ==, 3);

  assert_text_matches (fixture, "", ALL);
  assert_text_matches (fixture, "   ", ALL);
  assert_text_matches (fixture, "污水", SEWAGE);                  /* name */
  assert_text_matches (fixture, "xm-002", MATERIALS);            /* code, any case */
  assert_text_matches (fixture, "XM-00", ALL);
  assert_text_matches (fixture, "恒达", MATERIALS);              /* owner */
  assert_text_matches (fixture, "lithium", MATERIALS);           /* content */
  assert_text_matches (fixture, "LITHIUM battery", MATERIALS);
  assert_text_matches (fixture, "现代服务", LOGISTICS);          /* category */
  assert_text_matches (fixture, "abc", LOGISTICS);
  assert_text_matches (fixture, "ＡＢＣ", LOGISTICS);            /* full-width typed */
  assert_text_matches (fixture, "张三", SEWAGE "|" LOGISTICS);   /* leader */
  assert_text_matches (fixture, "住建", SEWAGE);                 /* responsible unit */
  assert_text_matches (fixture, "开发区", MATERIALS "|" LOGISTICS); /* locality */
  assert_text_matches (fixture, "城关", SEWAGE);
  assert_text_matches (fixture, "张三 开发区", LOGISTICS);       /* every word */
  assert_text_matches (fixture, "张三\u3000开发区", LOGISTICS);  /* ideographic space */
  assert_text_matches (fixture, "  万吨   ", SEWAGE "|" MATERIALS);
  assert_text_matches (fixture, "张三 恒达", "");
  assert_text_matches (fixture, "nothing", "");
  /* A word does not run across two fields. */
  assert_text_matches (fixture, "工程xm", "");
}

static void
test_text_changed (Fixture       *fixture,
                   gconstpointer  data)
{
  GtProjectQuery *query = fixture->query;

  g_assert_false (gt_project_query_set_text (query, ""));
  g_assert_false (gt_project_query_set_text (query, NULL));
  g_assert_true (gt_project_query_set_text (query, "污水"));
  g_assert_false (gt_project_query_set_text (query, "污水"));
  g_assert_false (gt_project_query_set_text (query, " 污水 "));
  g_assert_true (gt_project_query_set_text (query, "污水 厂"));
  g_assert_false (gt_project_query_set_text (query, "污水  厂"));
  g_assert_true (gt_project_query_set_text (query, "XM"));
  g_assert_false (gt_project_query_set_text (query, "xm"));    /* same once folded */
  g_assert_true (gt_project_query_set_text (query, ""));
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtProjectQuery *query = fixture->query;
  g_autofree char *s1 = NULL, *s2 = NULL, *s3 = NULL, *s4 = NULL, *s5 = NULL;
  g_autofree char *s6 = NULL, *s7 = NULL, *s8 = NULL, *s9 = NULL;

  g_assert_true (gt_project_query_set_stage (query, GT_STAGE_UNDER_CONSTRUCTION));
  g_assert_false (gt_project_query_set_stage (query, GT_STAGE_UNDER_CONSTRUCTION));
  s1 = matching (fixture);
  g_assert_cmpstr (s1, ==, SEWAGE);

  g_assert_true (gt_project_query_set_stage (query, GT_STAGE_OPERATING));
  s2 = matching (fixture);
  g_assert_cmpstr (s2, ==, "");
  g_assert_true (gt_project_query_set_stage (query, -1));

  g_assert_true (gt_project_query_set_level (query, GT_LEVEL_PROVINCIAL));
  g_assert_false (gt_project_query_set_level (query, GT_LEVEL_PROVINCIAL));
  s3 = matching (fixture);
  g_assert_cmpstr (s3, ==, LOGISTICS);
  g_assert_true (gt_project_query_set_level (query, -1));

  g_assert_true (gt_project_query_set_locality (query, gt_unit_get_id (fixture->park)));
  g_assert_false (gt_project_query_set_locality (query, gt_unit_get_id (fixture->park)));
  s4 = matching (fixture);
  g_assert_cmpstr (s4, ==, MATERIALS "|" LOGISTICS);

  /* Filters combine. */
  g_assert_true (gt_project_query_set_leader (query, gt_leader_get_id (fixture->zhang)));
  s5 = matching (fixture);
  g_assert_cmpstr (s5, ==, LOGISTICS);
  gt_project_query_set_text (query, "物流");
  s6 = matching (fixture);
  g_assert_cmpstr (s6, ==, LOGISTICS);
  gt_project_query_set_text (query, "污水");
  s7 = matching (fixture);
  g_assert_cmpstr (s7, ==, "");

  /* The locality filter is the project's locality, not its responsible unit. */
  gt_project_query_set_text (query, "");
  gt_project_query_set_leader (query, 0);
  gt_project_query_set_locality (query, gt_unit_get_id (fixture->fagai));
  s8 = matching (fixture);
  g_assert_cmpstr (s8, ==, "");

  g_assert_true (gt_project_query_set_locality (query, 0));
  g_assert_false (gt_project_query_set_leader (query, 0));
  s9 = matching (fixture);
  g_assert_cmpstr (s9, ==, ALL);
}

/* Edits through the store reach the next match without a new query. */
static void
test_follows_edits (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLeader) leader = gt_leader_copy (fixture->zhang);
  g_autoptr(GtUnit) unit = gt_unit_copy (fixture->chengguan);
  g_autoptr(GtProject) project = gt_project_copy (fixture->materials);

  assert_text_matches (fixture, "王五", "");

  gt_leader_set_name (leader, "王五");
  g_assert_true (gt_store_update_leader (fixture->store, leader, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_leader_get_name (fixture->zhang), ==, "王五");

  /* Same text, so the query's words stand; the leader's new name counts. */
  g_assert_false (gt_project_query_set_text (fixture->query, "王五"));
  {
    g_autofree char *names = matching (fixture);
    g_assert_cmpstr (names, ==, SEWAGE "|" LOGISTICS);
  }
  assert_text_matches (fixture, "张三", "");

  gt_unit_set_name (unit, "城南街道");
  g_assert_true (gt_store_update_unit (fixture->store, unit, &error));
  g_assert_no_error (error);
  assert_text_matches (fixture, "城南", SEWAGE);
  assert_text_matches (fixture, "城关", "");

  assert_text_matches (fixture, "锂电", "");
  gt_project_set_name (project, "锂电池正极材料项目");
  g_assert_true (gt_store_update_project (fixture->store, project, &error));
  g_assert_no_error (error);
  {
    g_autofree char *names = matching (fixture);
    g_assert_cmpstr (names, ==, "锂电池正极材料项目");
  }
  assert_text_matches (fixture, "年产", "");
}

/* Speed belongs to benchmarks; this one runs only with -m perf. */
static void
test_speed (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *keystrokes[] = {
    "城", "城东", "城东 张", "城东 张三", "xm", "xm-0", "不存在", "设施 绿化 道路 qq",
  };
  g_autoptr(GPtrArray) projects = g_ptr_array_new_with_free_func (g_object_unref);
  double worst = 0;

  if (!g_test_perf ())
    {
      g_test_skip ("a benchmark; run with -m perf");
      return;
    }

  for (guint i = 0; i < 5000; i++)
    {
      GtProject *project = gt_project_new ();
      g_autofree char *name = g_strdup_printf ("第%u号重点项目 城东片区综合开发", i);
      g_autofree char *code = g_strdup_printf ("XM-%05u", i);

      gt_project_set_id (project, i + 1);
      gt_project_set_name (project, name);
      gt_project_set_code (project, code);
      gt_project_set_owner (project, "某某建设投资有限公司");
      gt_project_set_content (project, "建设道路、管网、绿化及配套设施，总建筑面积约12万平方米");
      gt_project_set_category (project, "基础设施");
      gt_project_set_leader_id (project, gt_leader_get_id (i % 2 ? fixture->zhang : fixture->li));
      gt_project_set_unit_id (project, gt_unit_get_id (fixture->fagai));
      gt_project_set_locality_id (project, gt_unit_get_id (fixture->chengguan));
      gt_project_get_search_key (project);   /* built once, as on first display */
      g_ptr_array_add (projects, project);
    }

  for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
    {
      guint matched = 0;
      double elapsed;

      g_test_timer_start ();
      gt_project_query_set_text (fixture->query, keystrokes[k]);
      for (guint i = 0; i < projects->len; i++)
        matched += gt_project_query_matches (fixture->query, g_ptr_array_index (projects, i));
      elapsed = g_test_timer_elapsed ();

      g_test_message ("“%s”: %u of 5000 in %.3f ms", keystrokes[k], matched, elapsed * 1000);
      worst = MAX (worst, elapsed);
    }

  g_test_maximized_result (worst * 1000, "worst keystroke over 5000 projects: %.3f ms",
                           worst * 1000);
  g_assert_cmpfloat (worst, <, 0.005);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/query/text", Fixture, NULL, fixture_set_up, test_text, fixture_tear_down);
  g_test_add ("/query/text-changed", Fixture, NULL,
              fixture_set_up, test_text_changed, fixture_tear_down);
  g_test_add ("/query/filters", Fixture, NULL,
              fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/query/follows-edits", Fixture, NULL,
              fixture_set_up, test_follows_edits, fixture_tear_down);
  g_test_add ("/query/speed", Fixture, NULL, fixture_set_up, test_speed, fixture_tear_down);

  return g_test_run ();
}
