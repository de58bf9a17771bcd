"""Coded values of the platform and the national standards, with their Chinese labels.

GB/T 2261.1 gender, GB/T 3304 ethnic groups, GB/T 2260 provinces, and the
platform's own codes for hukou type, post category and prior education.
"""

from __future__ import annotations

GENDERS: dict[str, str] = {"1": "男", "2": "女"}

# GB/T 3304-1991, 01..56, plus 97 其他 and 98 外国血统中国籍人士 as the platform accepts.
ETHNIC_GROUPS: dict[str, str] = {
    "01": "汉族",
    "02": "蒙古族",
    "03": "回族",
    "04": "藏族",
    "05": "维吾尔族",
    "06": "苗族",
    "07": "彝族",
    "08": "壮族",
    "09": "布依族",
    "10": "朝鲜族",
    "11": "满族",
    "12": "侗族",
    "13": "瑶族",
    "14": "白族",
    "15": "土家族",
    "16": "哈尼族",
    "17": "哈萨克族",
    "18": "傣族",
    "19": "黎族",
    "20": "傈僳族",
    "21": "佤族",
    "22": "畲族",
    "23": "高山族",
    "24": "拉祜族",
    "25": "水族",
    "26": "东乡族",
    "27": "纳西族",
    "28": "景颇族",
    "29": "柯尔克孜族",
    "30": "土族",
    "31": "达斡尔族",
    "32": "仫佬族",
    "33": "羌族",
    "34": "布朗族",
    "35": "撒拉族",
    "36": "毛南族",
    "37": "仡佬族",
    "38": "锡伯族",
    "39": "阿昌族",
    "40": "普米族",
    "41": "塔吉克族",
    "42": "怒族",
    "43": "乌孜别克族",
    "44": "俄罗斯族",
    "45": "鄂温克族",
    "46": "德昂族",
    "47": "保安族",
    "48": "裕固族",
    "49": "京族",
    "50": "塔塔尔族",
    "51": "独龙族",
    "52": "鄂伦春族",
    "53": "赫哲族",
    "54": "门巴族",
    "55": "珞巴族",
    "56": "基诺族",
    "97": "其他",
    "98": "外国血统中国籍人士",
}
DEFAULT_ETHNIC = "01"

HUKOU_TYPES: dict[str, str] = {"1": "农村", "2": "城镇"}
POST_CATEGORIES: dict[str, str] = {"1": "一线", "2": "其他"}
PRIOR_EDUCATION: dict[str, str] = {
    "1": "初中及以下",
    "2": "高中/中专/技校",
    "3": "大专",
    "4": "本科及以上",
}
# Brief §1.1: a field, not an assumption. 2025 widened the programme to all 产业工人.
WORKER_CATEGORIES: dict[str, str] = {"1": "农民工", "2": "产业工人", "9": "其他"}
DEFAULT_WORKER_CATEGORY = "9"

# Employment status of a learner in the register (not the enrolment status).
EMPLOYMENT_STATUSES: dict[str, str] = {"active": "在职", "left": "离职"}

# GB/T 2260 province-level codes (first two digits of a region code).
PROVINCES: dict[str, str] = {
    "11": "北京市",
    "12": "天津市",
    "13": "河北省",
    "14": "山西省",
    "15": "内蒙古自治区",
    "21": "辽宁省",
    "22": "吉林省",
    "23": "黑龙江省",
    "31": "上海市",
    "32": "江苏省",
    "33": "浙江省",
    "34": "安徽省",
    "35": "福建省",
    "36": "江西省",
    "37": "山东省",
    "41": "河南省",
    "42": "湖北省",
    "43": "湖南省",
    "44": "广东省",
    "45": "广西壮族自治区",
    "46": "海南省",
    "50": "重庆市",
    "51": "四川省",
    "52": "贵州省",
    "53": "云南省",
    "54": "西藏自治区",
    "61": "陕西省",
    "62": "甘肃省",
    "63": "青海省",
    "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区",
    "71": "台湾省",
    "81": "香港特别行政区",
    "82": "澳门特别行政区",
}


_ETHNIC_BY_NAME: dict[str, str] = {
    **{label: code for code, label in ETHNIC_GROUPS.items()},
    **{label.removesuffix("族"): code for code, label in ETHNIC_GROUPS.items() if label.endswith("族")},
}


def ethnic_code(text: str) -> str | None:
    """`汉`, `汉族`, `01` or `1` → "01"; None when unknown."""
    t = text.strip()
    if t.isdigit():
        code = t.zfill(2)
        return code if code in ETHNIC_GROUPS else None
    return _ETHNIC_BY_NAME.get(t)


def is_region_code(code: str) -> bool:
    return len(code) == 6 and code.isdigit() and code[:2] in PROVINCES
