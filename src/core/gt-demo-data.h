/* gt-demo-data.h: the word pools of the demo register (gt-demo.c only).
 *
 * The Chinese text here is data, like an office's own ledger, not interface text:
 * it is deliberately not marked for translation.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-demo-private.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;
  const char *title;
} DemoLeader;

/* The county's leaders; the index is used by the departments below. */
static const DemoLeader leaders[N_LEADERS] = {
  { "王建国", "县委书记" },
  { "李志强", "县委副书记、县长" },
  { "张立华", "县委副书记" },
  { "刘海涛", "县委常委、常务副县长" },
  { "陈晓东", "县委常委、副县长" },
  { "杨秀梅", "副县长" },
  { "赵文博", "副县长" },
  { "孙宏伟", "副县长、清河经济开发区党工委书记" },
};

typedef struct {
  const char *name;
  GtUnitKind  kind;
  guint8      leader;   /* the leader in charge of it (分管领导) */
} DemoUnit;

static const DemoUnit departments[N_DEPARTMENTS] = {
  { "县发展和改革局", GT_UNIT_KIND_DEPARTMENT, 3 },
  { "县自然资源和规划局", GT_UNIT_KIND_DEPARTMENT, 4 },
  { "县住房和城乡建设局", GT_UNIT_KIND_DEPARTMENT, 4 },
  { "县工业和信息化局", GT_UNIT_KIND_DEPARTMENT, 3 },
  { "县交通运输局", GT_UNIT_KIND_DEPARTMENT, 6 },
  { "市生态环境局清河县分局", GT_UNIT_KIND_DEPARTMENT, 6 },
  { "县水利局", GT_UNIT_KIND_DEPARTMENT, 6 },
  { "县商务局", GT_UNIT_KIND_DEPARTMENT, 7 },
  { "县文化广电和旅游局", GT_UNIT_KIND_DEPARTMENT, 5 },
  { "县教育局", GT_UNIT_KIND_DEPARTMENT, 5 },
  { "县卫生健康局", GT_UNIT_KIND_DEPARTMENT, 5 },
  { "县农业农村局", GT_UNIT_KIND_DEPARTMENT, 2 },
  { "县城市管理综合行政执法局", GT_UNIT_KIND_DEPARTMENT, 4 },
  { "县行政审批局", GT_UNIT_KIND_DEPARTMENT, 3 },
  { "县财政局", GT_UNIT_KIND_DEPARTMENT, 3 },
  { "县应急管理局", GT_UNIT_KIND_DEPARTMENT, 6 },
};

/* Townships and street offices first, the parks last (see N_PARKS). */
static const DemoUnit localities[N_LOCALITIES] = {
  { "城关镇", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "柳河镇", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "新集镇", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "马庄镇", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "白塔镇", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "双庙镇", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "石桥镇", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "杨集镇", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "高庄乡", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "黄楼乡", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "前进乡", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "东湖街道", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "西关街道", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "南苑街道", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "北城街道", GT_UNIT_KIND_TOWNSHIP, 0 },
  { "清河经济开发区", GT_UNIT_KIND_PARK, 7 },
  { "清河现代农业产业园", GT_UNIT_KIND_PARK, 2 },
};

static const char * const milestone_names[N_WORKS][7] = {
  { "前期手续", "土地征迁", "开工准备", "主体施工", "设备安装", "竣工验收", "投产达效" },
  { "前期手续", "土地征迁", "开工准备", "主体施工", "设备安装", "竣工验收", "并网发电" },
  { "前期手续", "土地征迁", "开工准备", "主体施工", "装饰安装", "竣工验收", "交付使用" },
  { "前期手续", "土地征迁", "开工准备", "主体施工", "附属工程", "竣工验收", "通车运营" },
  { "前期手续", "土地征迁", "开工准备", "主体施工", "设备安装", "竣工验收", "投入运行" },
  { "前期手续", "土地征迁", "开工准备", "主体施工", "配套设施", "竣工验收", "交付使用" },
};

/* One kind of project. Patterns: {L} locality, {C} company brand, {P} estate name,
 * {N} one of n[], {A} land in 亩, {B} floor area in 万平方米, {D} length in km,
 * {F} floors, {K} a small count. */
typedef struct {
  const char *category;
  const char *name;
  const char *content;
  const char *owner;
  guint8      works;
  guint8      dept;
  guint8      industry;   /* 国民经济行业 code, for the project code */
  guint8      approval;   /* 01 审批, 02 核准, 03 备案 */
  gint32      min_wan;
  gint32      max_wan;
  gint16      n[4];
} ProjectTemplate;

static const ProjectTemplate templates[] = {
  { "工业", "{L}年产{N}万吨新型环保建材项目",
    "项目占地{A}亩，总建筑面积{B}万平方米，新建生产车间、原料库、成品库及配套设施，"
    "建设新型环保建材生产线{K}条。", "{C}新型建材有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 30, 3, 10000, 80000, { 5, 10, 20, 30 } },
  { "工业", "{L}智能装备制造产业园项目",
    "规划用地{A}亩，总建筑面积{B}万平方米，建设智能装备生产厂房、研发中心及配套设施，"
    "引进数控加工、智能焊接生产线{K}条。", "{C}智能装备有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 34, 3, 30000, 300000, { 0 } },
  { "工业", "{L}年产{N}万套汽车零部件项目",
    "新建冲压、焊装、涂装车间及仓储物流中心，总建筑面积{B}万平方米，"
    "购置自动化生产设备{K}0台（套）。", "{C}汽车零部件有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 36, 3, 20000, 150000, { 20, 50, 100, 200 } },
  { "工业", "{L}新能源电池材料项目",
    "项目占地{A}亩，建设正极材料生产线{K}条及研发检测中心，总建筑面积{B}万平方米。",
    "{C}新能源材料科技有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 38, 3, 50000, 500000, { 0 } },
  { "工业", "{L}生物医药产业园项目",
    "项目占地{A}亩，建设GMP标准化生产车间、研发中试楼及配套设施，总建筑面积{B}万平方米。",
    "{C}生物医药有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 27, 3, 30000, 200000, { 0 } },
  { "工业", "{L}年产{N}万吨食品精深加工项目",
    "新建加工车间、冷藏库及配套用房，总建筑面积{B}万平方米，购置全自动食品加工生产线{K}条。",
    "{C}食品有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 14, 3, 3000, 50000, { 3, 5, 10, 15 } },
  { "工业", "{L}{N}万锭高档纺纱项目",
    "新建纺纱车间及仓库，总建筑面积{B}万平方米，引进紧密纺、涡流纺等先进设备，"
    "形成{N}万锭纺纱能力。", "{C}纺织有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 17, 3, 10000, 80000, { 5, 10, 20, 0 } },
  { "工业", "{L}电子信息产业园标准化厂房项目",
    "建设标准化厂房{K}栋及配套设施，总建筑面积{B}万平方米，重点引进电子元器件、"
    "智能终端生产企业。", "清河县产业投资发展有限公司",
    WORKS_BUILDING, DEPT_INDUSTRY, 47, 1, 15000, 120000, { 0 } },
  { "工业", "{L}年产{N}万台智能家电项目",
    "新建总装车间、注塑车间及立体仓库，总建筑面积{B}万平方米，建设智能家电总装线{K}条。",
    "{C}电器有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 38, 3, 20000, 150000, { 30, 50, 100, 0 } },
  { "工业", "{L}年加工{N}万件羊绒制品项目",
    "新建羊绒分梳、纺纱、针织车间，总建筑面积{B}万平方米，购置电脑横机{K}0台。",
    "{C}羊绒制品有限公司",
    WORKS_PLANT, DEPT_INDUSTRY, 17, 3, 3000, 30000, { 50, 100, 200, 0 } },
  { "新能源", "{L}{N}兆瓦分布式光伏发电项目",
    "利用厂房屋顶及荒地建设分布式光伏电站，装机容量{N}兆瓦，配套建设升压站及储能设施。",
    "{C}新能源有限公司",
    WORKS_ENERGY, DEPT_DRC, 44, 2, 8000, 80000, { 20, 50, 100, 200 } },
  { "新能源", "{L}{N}兆瓦风电场项目",
    "安装单机容量6.25兆瓦风力发电机组，总装机{N}兆瓦，新建110千伏升压站一座。",
    "{C}风力发电有限公司",
    WORKS_ENERGY, DEPT_DRC, 44, 2, 30000, 120000, { 50, 100, 150, 0 } },
  { "新能源", "{L}生物质热电联产项目",
    "建设130吨/小时高温高压生物质锅炉{K}台及配套汽轮发电机组，年处理农林废弃物{N}万吨。",
    "{C}热电有限公司",
    WORKS_ENERGY, DEPT_DRC, 44, 2, 20000, 80000, { 20, 30, 40, 0 } },
  { "新能源", "{L}{N}兆瓦新型储能电站项目",
    "建设{N}兆瓦电化学储能电站及220千伏升压站一座。", "{C}储能科技有限公司",
    WORKS_ENERGY, DEPT_DRC, 44, 2, 15000, 100000, { 50, 100, 200, 0 } },
  { "基础设施", "S235省道{L}段改扩建工程",
    "全长{D}公里，按一级公路标准改扩建，路基宽度25.5米，新建中小桥{K}座。",
    "清河县交通建设投资有限公司",
    WORKS_ROAD, DEPT_TRANSPORT, 48, 1, 20000, 150000, { 0 } },
  { "基础设施", "{L}农村公路提档升级工程",
    "改造提升农村公路{D}公里，实施路面拓宽、安全生命防护及桥涵配套工程。",
    "清河县交通运输局",
    WORKS_ROAD, DEPT_TRANSPORT, 48, 1, 2000, 20000, { 0 } },
  { "基础设施", "{L}城区快速路工程",
    "新建城市快速路{D}公里，双向六车道，同步建设雨污水管网、照明及绿化工程。",
    "清河县城市建设投资集团有限公司",
    WORKS_ROAD, DEPT_TRANSPORT, 48, 1, 30000, 200000, { 0 } },
  { "基础设施", "G{N}国道{L}段改线工程",
    "改线全长{D}公里，一级公路标准，设大桥{K}座。", "清河县交通建设投资有限公司",
    WORKS_ROAD, DEPT_TRANSPORT, 48, 1, 50000, 400000, { 106, 308, 0 } },
  { "基础设施", "{L}污水处理厂提标改造工程",
    "污水处理规模扩至{N}万吨/日，出水由一级A标准提至地表水准Ⅳ类，配套管网{D}公里。",
    "清河县水务投资有限公司",
    WORKS_PIPE, DEPT_HOUSING, 46, 1, 5000, 40000, { 2, 3, 5, 8 } },
  { "基础设施", "{L}城乡供水一体化工程",
    "新建日供水{N}万吨水厂一座，敷设供水主管网{D}公里，实现城乡供水同源同网同质。",
    "清河县水务投资有限公司",
    WORKS_PIPE, DEPT_WATER, 46, 1, 8000, 60000, { 2, 3, 5, 0 } },
  { "基础设施", "{L}雨污分流管网改造工程",
    "改造雨污水管网{D}公里，新建提升泵站{K}座，消除城区易涝点。",
    "清河县城市建设投资集团有限公司",
    WORKS_PIPE, DEPT_HOUSING, 48, 1, 3000, 30000, { 0 } },
  { "基础设施", "{L}集中供热管网改造工程",
    "新建及改造供热主管网{D}公里、换热站{K}座，新增供热面积{B}万平方米。",
    "清河县热力有限公司",
    WORKS_PIPE, DEPT_CITY, 44, 1, 3000, 25000, { 0 } },
  { "基础设施", "{L}天然气管网建设工程",
    "敷设中压燃气管道{D}公里，新建调压站{K}座，实现气代煤全覆盖。", "{C}燃气有限公司",
    WORKS_PIPE, DEPT_CITY, 45, 2, 2000, 15000, { 0 } },
  { "基础设施", "{L}河道综合治理工程",
    "治理河道{D}公里，实施清淤疏浚、堤防加固、生态护岸及滨河绿道建设。",
    "清河县水务投资有限公司",
    WORKS_FIELD, DEPT_WATER, 76, 1, 5000, 50000, { 0 } },
  { "农业农村", "{L}{N}万亩高标准农田建设项目",
    "建设高标准农田{N}万亩，实施土地平整、灌溉排水、田间道路及农田防护工程。",
    "{L}人民政府",
    WORKS_FIELD, DEPT_AGRI, 1, 1, 1500, 15000, { 1, 2, 3, 5 } },
  { "农业农村", "{L}智慧农业示范项目",
    "规划面积{A}亩，建设智能温室、育苗中心、农产品加工及冷链仓储设施。",
    "{C}农业科技有限公司",
    WORKS_FIELD, DEPT_AGRI, 1, 3, 5000, 60000, { 0 } },
  { "农业农村", "{L}年出栏{N}万头生猪养殖项目",
    "建设标准化猪舍{K}栋及饲料加工、粪污资源化利用设施，年出栏生猪{N}万头。",
    "{C}牧业有限公司",
    WORKS_PLANT, DEPT_AGRI, 3, 3, 8000, 50000, { 5, 10, 20, 0 } },
  { "农业农村", "{L}设施蔬菜种植基地项目",
    "建设日光温室及连栋大棚，占地{A}亩，配套水肥一体化灌溉系统。", "{C}农业开发有限公司",
    WORKS_FIELD, DEPT_AGRI, 1, 3, 2000, 15000, { 0 } },
  { "农业农村", "{L}乡村振兴示范区项目",
    "打造集现代农业、乡村旅游、人居环境整治于一体的示范区，涉及行政村{K}个，"
    "规划面积{A}亩。", "清河县农业发展投资有限公司",
    WORKS_FIELD, DEPT_AGRI, 1, 1, 5000, 40000, { 0 } },
  { "社会民生", "清河县人民医院新院区建设项目",
    "新建门诊医技楼、住院楼及配套用房，总建筑面积{B}万平方米，设置床位{N}张。",
    "清河县人民医院",
    WORKS_BUILDING, DEPT_HEALTH, 84, 1, 50000, 150000, { 600, 800, 1000, 0 } },
  { "社会民生", "清河县中医院门诊综合楼项目",
    "新建门诊综合楼，总建筑面积{B}万平方米，地上{F}层。", "清河县中医院",
    WORKS_BUILDING, DEPT_HEALTH, 84, 1, 8000, 30000, { 0 } },
  { "社会民生", "{L}卫生院迁建项目",
    "迁建卫生院，总建筑面积{B}万平方米，配套建设发热门诊及医养结合用房。", "{L}卫生院",
    WORKS_BUILDING, DEPT_HEALTH, 84, 1, 1500, 8000, { 0 } },
  { "社会民生", "{L}九年一贯制学校建设项目",
    "新建教学楼、实验楼、风雨操场及学生宿舍，总建筑面积{B}万平方米，规划{N}个教学班。",
    "清河县教育局",
    WORKS_BUILDING, DEPT_EDUCATION, 83, 1, 6000, 30000, { 36, 48, 54, 0 } },
  { "社会民生", "清河县职业教育中心实训基地项目",
    "新建实训楼、图书馆及学生公寓，总建筑面积{B}万平方米。", "清河县职业技术教育中心",
    WORKS_BUILDING, DEPT_EDUCATION, 83, 1, 10000, 50000, { 0 } },
  { "社会民生", "{L}养老服务中心建设项目",
    "新建养老服务中心，总建筑面积{B}万平方米，设置养老床位{N}张。", "清河县民政局",
    WORKS_BUILDING, DEPT_HEALTH, 85, 1, 3000, 20000, { 200, 300, 500, 0 } },
  { "社会民生", "{L}老旧小区改造项目",
    "改造老旧小区{K}个，涉及居民{N}户，实施水电气暖管网更新、外墙保温及加装电梯。",
    "清河县城市建设投资集团有限公司",
    WORKS_BUILDING, DEPT_HOUSING, 47, 1, 3000, 30000, { 800, 1200, 2000, 3500 } },
  { "社会民生", "{L}保障性租赁住房项目",
    "新建保障性租赁住房{N}套，总建筑面积{B}万平方米，地上{F}层。",
    "清河县安居工程建设有限公司",
    WORKS_BUILDING, DEPT_HOUSING, 70, 1, 8000, 50000, { 300, 500, 800, 0 } },
  { "社会民生", "清河县全民健身中心项目",
    "新建体育馆、游泳馆及室外运动场，总建筑面积{B}万平方米。",
    "清河县文化旅游投资有限公司",
    WORKS_BUILDING, DEPT_CULTURE, 89, 1, 8000, 40000, { 0 } },
  { "文化旅游", "{L}运河文化公园项目",
    "依托古运河遗产资源，建设文化展示馆、滨水景观带及游客服务中心，规划面积{A}亩。",
    "清河县文化旅游投资有限公司",
    WORKS_FIELD, DEPT_CULTURE, 88, 1, 10000, 80000, { 0 } },
  { "文化旅游", "{L}田园综合体项目",
    "规划面积{A}亩，建设农耕文化体验区、民宿集群及休闲农业观光区。",
    "{C}文化旅游开发有限公司",
    WORKS_FIELD, DEPT_CULTURE, 1, 3, 10000, 100000, { 0 } },
  { "文化旅游", "{L}文旅特色小镇项目",
    "建设商业街区、民俗文化馆及配套酒店，总建筑面积{B}万平方米。", "{C}文旅发展有限公司",
    WORKS_BUILDING, DEPT_CULTURE, 72, 3, 30000, 300000, { 0 } },
  { "房地产", "{L}{P}住宅小区项目",
    "新建高层住宅及配套商业，总建筑面积{B}万平方米，地上{F}层。",
    "{C}房地产开发有限公司",
    WORKS_BUILDING, DEPT_HOUSING, 70, 3, 20000, 200000, { 0 } },
  { "房地产", "{L}城市综合体项目",
    "建设购物中心、酒店、写字楼及住宅，总建筑面积{B}万平方米。", "{C}置业有限公司",
    WORKS_BUILDING, DEPT_HOUSING, 70, 3, 100000, 500000, { 0 } },
  { "商贸物流", "{L}商贸物流园项目",
    "规划用地{A}亩，建设智能仓储中心、分拨中心及配套办公用房，总建筑面积{B}万平方米。",
    "{C}物流有限公司",
    WORKS_BUILDING, DEPT_COMMERCE, 59, 3, 20000, 150000, { 0 } },
  { "商贸物流", "{L}农产品冷链物流中心项目",
    "新建冷库{N}万吨及分拣加工车间，总建筑面积{B}万平方米。", "{C}冷链物流有限公司",
    WORKS_BUILDING, DEPT_COMMERCE, 59, 3, 5000, 40000, { 1, 2, 3, 5 } },
  { "商贸物流", "{L}电子商务产业园项目",
    "改造建设电商孵化中心、直播基地及仓储配送中心，总建筑面积{B}万平方米。",
    "{C}电子商务有限公司",
    WORKS_BUILDING, DEPT_COMMERCE, 65, 3, 3000, 30000, { 0 } },
  { "商贸物流", "{L}羊绒交易市场升级改造项目",
    "改造提升交易大厅及仓储区，新增商户{N}户，总建筑面积{B}万平方米。",
    "{C}市场管理有限公司",
    WORKS_BUILDING, DEPT_COMMERCE, 51, 3, 10000, 60000, { 300, 500, 800, 0 } },
};

static const char * const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
  "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "董",
};

static const char * const given_names[] = {
  "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "霞",
  "平", "刚", "华", "鹏", "辉", "丽", "强", "宇", "浩", "斌", "晨", "亮", "颖", "峰",
};

static const char * const company_regions[] = {
  "河北", "邢台", "清河县", "河北", "北京", "天津", "山东", "清河县",
};

static const char * const company_brands[] = {
  "华鑫", "恒泰", "鼎盛", "金诺", "宏达", "瑞丰", "中科", "天润", "博远", "盛世", "永固",
  "嘉禾", "新源", "祥和", "汇通", "力拓", "晨光", "裕丰", "泰和", "卓越", "远航", "东方",
};

static const char * const estate_names[] = {
  "锦绣华庭", "御景湾", "翡翠城", "书香苑", "悦澜府", "和园", "滨河壹号", "紫御华府",
  "学府里", "春风十里",
};

G_END_DECLS
