/* gt-test-county.c: a county's ledger of one year, made up but shaped like
 * the real ones. See gt-test-county.h.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "gt-test-county.h"

/* Fixed, so that every run of every test reads the same ledger. */
#define COUNTY_SEED 20230331

static const char *const groups[] = {
  "一、工业项目", "二、基础设施项目", "三、社会民生项目", "四、城市更新项目",
  "五、现代服务业项目", "六、农业农村项目",
};

static const char *const kinds[] = {
  "智能装备产业园", "新材料生产线", "标准化厂房", "污水处理厂提标改造",
  "市政道路改造", "人民医院综合楼", "中学新校区", "老旧小区改造",
  "物流园", "冷链仓储中心", "乡村振兴示范片区", "高标准农田建设",
  "文旅综合体", "供热管网改造", "光伏发电", "农产品加工园",
};

static const char *const places[] = {
  "城关镇", "清河镇", "柳林乡", "东坝街道", "西湖街道", "经济开发区",
  "高新区", "白马镇", "石桥镇", "双河乡", "南山镇", "北城街道",
};

static const char *const units[] = {
  "发展和改革局", "工业和信息化局", "住房和城乡建设局", "交通运输局",
  "自然资源局", "农业农村局", "教育局", "卫生健康局", "文化和旅游局",
  "经济开发区管委会", "商务局", "水利局",
};

static const char *const leaders[] = {
  "王建国", "李明华", "张志强", "刘海燕", "陈国栋", "杨立新", "赵文斌",
  "孙红梅", "周永刚", "吴晓东", "郑伟", "黄振华",
};

static const char *const levels[] = { "省级", "市级", "县级", "县级" };

static const char *const problems[] = {
  "用地指标未落实", "土地报批手续滞后", "资金到位不足，融资未落实",
  "环评批复未取得", "施工许可办理中", "征地拆迁未完成，3户未签约",
  "规划调整待批复", "施工进度滞后，劳动力不足", "电力配套未接入",
  "设计方案待优化",
};

/* The words an office starts a 形象进度 with, by how far a project has got. */
static const char *const notes_planned[] = { "谋划阶段，正在编制项目建议书", "谋划中" };
static const char *const notes_signed[] = { "已签约，正在办理前期手续" };
static const char *const notes_preparing[] = {
  "前期手续办理中，已完成立项备案", "前期工作，用地预审已批复",
};
static const char *const notes_building[] = {
  "主体施工，完成基础工程", "在建，主体结构完成60%", "开工建设，正在进行场地平整",
  "主体施工，钢结构吊装中",
};
/* What offices write of works under way without naming the stage: the stage is
 * then in the 建设性质 or the figures. */
static const char *const notes_building_wordless[] = {
  "1号厂房封顶，2号厂房基础浇筑", "完成桩基工程，钢结构进场", "道路路基完成80%",
};
static const char *const notes_done[] = { "竣工验收", "已竣工，正在办理验收手续" };
static const char *const notes_operating[] = { "已投产", "投产达效" };

static const char *
pick (GRand              *rand,
      const char *const  *words,
      guint               n)
{
  return words[g_rand_int_range (rand, 0, n)];
}

#define PICK(rand, words) pick ((rand), (words), G_N_ELEMENTS (words))

/* An amount in 万元 with up to two decimals, as ledgers print them. */
static char *
amount (double wan)
{
  return g_strdup_printf ("%.2f", wan);
}

char **
gt_test_county_ledger_rows (guint              n_projects,
                            int                year,
                            int                month,
                            GtTestCountyFacts *facts)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (COUNTY_SEED);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtTestCountyFacts local = { 0, };
  double grand_total = 0, grand_plan = 0, grand_done = 0;
  guint per_group = (n_projects + G_N_ELEMENTS (groups) - 1) / G_N_ELEMENTS (groups);
  guint serial = 0;

  g_ptr_array_add (rows, g_strdup_printf ("清河县%d年重点项目推进情况台账（截至%d月底）",
                                          year, month));
  g_ptr_array_add (rows, g_strdup ("填报单位：清河县重点项目建设服务中心|||||||||||||||||"));
  g_ptr_array_add (rows, g_strdup_printf (
    "序号|项目名称|项目代码|建设单位|建设性质|项目级别|所属乡镇|责任单位|包联领导|"
    "建设内容及规模|总投资（万元）|%d年计划投资（万元）|1—%d月完成投资（万元）|"
    "开工时间|竣工时间|形象进度|存在问题", year, month));

  for (guint g = 0; g < G_N_ELEMENTS (groups) && serial < n_projects; g++)
    {
      double total_sum = 0, plan_sum = 0, done_sum = 0;

      g_ptr_array_add (rows, g_strdup (groups[g]));
      for (guint i = 0; i < per_group && serial < n_projects; i++)
        {
          /* 0 planned, 1 signed, 2 preparing, 3 building, 4 completed, 5 operating;
           * most of a county's list is under construction. */
          static const int stage_weights[] = { 0, 1, 2, 3, 3, 3, 3, 3, 3, 4, 5, 2 };
          int stage = stage_weights[g_rand_int_range (rand, 0, G_N_ELEMENTS (stage_weights))];
          const char *nature;
          const char *note;
          const char *problem = "";
          double total = g_rand_int_range (rand, 3000, 500000) / 1.0;
          double plan = total * g_rand_double_range (rand, 0.15, 0.6);
          double done = 0;
          int start_year, start_month, end_year, end_month;
          g_autofree char *name = NULL;
          g_autofree char *code = NULL;
          g_autofree char *start = NULL;
          g_autofree char *end = NULL;
          g_autofree char *total_text = NULL;
          g_autofree char *plan_text = NULL;
          g_autofree char *done_text = NULL;
          const char *place = PICK (rand, places);

          serial++;
          /* Names are unique in a ledger (the import refuses a second row of
           * one name): a second project of a kind in a place is its next phase. */
          {
            const char *kind = PICK (rand, kinds);
            guint phase = 1;

            do
              {
                g_free (name);
                name = phase == 1 ? g_strdup_printf ("%s%s项目", place, kind)
                                  : g_strdup_printf ("%s%s项目（%u期）", place, kind, phase);
                phase++;
              }
            while (g_hash_table_contains (names, name));
            g_hash_table_add (names, g_strdup (name));
          }
          code = g_strdup_printf ("%02d%02d-341122-%02d-01-%06u", (year - 1 - (int) (serial % 2)) % 100,
                                  1 + (int) (serial % 12), 4 + (int) (serial % 60), 100000 + serial * 37);

          switch (stage)
            {
            case 0: note = PICK (rand, notes_planned); nature = "预备"; break;
            case 1: note = PICK (rand, notes_signed); nature = "新开工"; break;
            case 2: note = PICK (rand, notes_preparing); nature = "新开工"; break;
            case 3: note = PICK (rand, notes_building);
                    nature = g_rand_boolean (rand) ? "续建" : "新开工";
                    /* Chosen by the serial, not the generator: the other cells
                     * stay as they were. */
                    if (serial % 5 == 0)
                      {
                        note = notes_building_wordless[serial % G_N_ELEMENTS
                                                                  (notes_building_wordless)];
                        if (g_strcmp0 (nature, "续建") == 0)
                          local.n_building_told_by_nature++;
                        else
                          local.n_building_told_by_figures++;
                      }
                    break;
            case 4: note = PICK (rand, notes_done); nature = "续建"; break;
            default: note = PICK (rand, notes_operating); nature = "竣工投产"; break;
            }

          /* Continuing projects began a year or two before; new ones this year,
           * some not yet by the month of the ledger. */
          if (g_strcmp0 (nature, "续建") == 0 || stage >= 4)
            {
              start_year = year - g_rand_int_range (rand, 1, 3);
              start_month = g_rand_int_range (rand, 1, 13);
            }
          else
            {
              start_year = year;
              start_month = stage >= 3 ? g_rand_int_range (rand, 1, month + 1)
                                       : g_rand_int_range (rand, month + 1, 13);
            }
          end_year = MAX (start_year, year) + g_rand_int_range (rand, 0, 4);
          end_month = g_rand_int_range (rand, 1, 13);
          if (stage >= 4)
            {
              end_year = year;
              end_month = g_rand_int_range (rand, 1, month + 1);
            }
          /* Ends after starts: a completion drawn before the start moves a year on. */
          while (end_year * 12 + end_month <= start_year * 12 + start_month)
            end_year++;

          if (stage >= 3)
            {
              done = plan * g_rand_double_range (rand, 0.02, 0.45);
              local.n_started++;
            }
          if (g_rand_int_range (rand, 0, 100) < 70)
            {
              problem = PICK (rand, problems);
              local.n_with_problems++;
            }

          start = g_strdup_printf ("%d年%d月", start_year, start_month);
          end = g_strdup_printf ("%d年%d月", end_year, end_month);
          total_text = amount (total);
          plan_text = amount (plan);
          done_text = done > 0 ? amount (done) : g_strdup ("");
          total_sum += total;
          plan_sum += plan;
          done_sum += done;

          g_ptr_array_add (rows, g_strdup_printf (
            "%u|%s|%s|%s%s有限公司|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s",
            serial, name, code, place, g_rand_boolean (rand) ? "城投" : "建设发展", nature,
            PICK (rand, levels), place, PICK (rand, units), PICK (rand, leaders),
            "新建厂房及配套设施，总建筑面积约5万平方米", total_text, plan_text, done_text,
            start, end, note, problem));
          local.n_by_stage[stage]++;
          local.n_projects++;
        }
      g_ptr_array_add (rows, g_strdup_printf ("小计||||||||||%.2f|%.2f|%.2f||||",
                                              total_sum, plan_sum, done_sum));
      grand_total += total_sum;
      grand_plan += plan_sum;
      grand_done += done_sum;
    }
  g_ptr_array_add (rows, g_strdup_printf ("合计||||||||||%.2f|%.2f|%.2f||||",
                                          grand_total, grand_plan, grand_done));
  g_ptr_array_add (rows, NULL);

  if (facts != NULL)
    *facts = local;
  return (char **) g_ptr_array_free (g_steal_pointer (&rows), FALSE);
}
