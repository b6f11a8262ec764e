"""The one label catalogue: every user-facing string in zh-CN and English.

salesops speaks zh-CN by default; ``set_language("en")`` switches every header, sheet name,
message and widget label to English. Code never writes a user-facing string anywhere else:
it asks :func:`t` for a key.

Examples
--------
>>> from salesops.labels import t, set_language, language
>>> t("col.name")
'客户名称'
>>> with language("en"):
...     t("col.name")
'Customer name'
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

LANGUAGES = ("zh", "en")
_ALIASES = {
    "zh": "zh", "zh-cn": "zh", "zh_cn": "zh", "cn": "zh", "chinese": "zh", "中文": "zh",
    "zh-hans": "zh", "en": "en", "en-us": "en", "en_us": "en", "en-gb": "en", "english": "en",
}
_state = {"lang": "zh"}


def normalise_language(lang: str | None) -> str:
    """Return ``"zh"`` or ``"en"`` for a language name; ``None`` means the current language."""
    if lang is None:
        return _state["lang"]
    key = str(lang).strip().lower()
    if key not in _ALIASES:
        raise ValueError(
            f"unknown language {lang!r}; use 'zh' (中文) or 'en' (English) / "
            f"不支持的语言 {lang!r}，请用 'zh' 或 'en'"
        )
    return _ALIASES[key]


def set_language(lang: str) -> str:
    """Set the language of every label, header and message (``"zh"`` or ``"en"``).

    Returns the previous language so a caller can restore it.

    Examples
    --------
    >>> previous = set_language("en"); t("sheet.customers")
    'Customers'
    >>> _ = set_language(previous)
    """
    previous = _state["lang"]
    _state["lang"] = normalise_language(lang)
    return previous


def get_language() -> str:
    """The current language, ``"zh"`` or ``"en"``."""
    return _state["lang"]


@contextlib.contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Use ``lang`` inside a ``with`` block (``None`` keeps the current language)."""
    previous = set_language(lang) if lang is not None else _state["lang"]
    try:
        yield _state["lang"]
    finally:
        _state["lang"] = previous


def t(key: str, lang: str | None = None, **fields: object) -> str:
    """Translate ``key`` into ``lang`` (default: current language) and fill ``{fields}``.

    An unknown key raises ``KeyError``: a missing label is a bug, not something to hide.
    """
    zh, en = CATALOGUE[key]
    text = en if normalise_language(lang) == "en" else zh
    return text.format(**fields) if fields else text


def both(key: str) -> tuple[str, str]:
    """The (zh, en) pair for ``key``."""
    return CATALOGUE[key]


# ---------------------------------------------------------------------------------------------
# Customer-table columns: canonical key -> (zh header, en header), then accepted synonyms.
# ---------------------------------------------------------------------------------------------
CUSTOMER_COLUMNS: dict[str, tuple[str, str]] = {
    "customer_id": ("客户编号", "Customer ID"),
    "name": ("客户名称", "Customer name"),
    "customer_type": ("客户类型", "Customer type"),
    "industry": ("行业", "Industry"),
    "contact_person": ("联系人", "Contact person"),
    "title": ("职务", "Title"),
    "mobile": ("手机", "Mobile"),
    "landline": ("固定电话", "Landline"),
    "im": ("微信/旺旺", "WeChat/IM"),
    "email": ("电子邮箱", "E-mail"),
    "province": ("省份", "Province"),
    "city": ("城市", "City"),
    "district": ("区县", "District"),
    "address": ("地址", "Address"),
    "latitude": ("纬度", "Latitude"),
    "longitude": ("经度", "Longitude"),
    "credit_code": ("统一社会信用代码", "Unified social credit code"),
    "source": ("客户来源", "Source"),
    "owner": ("业务员", "Owner"),
    "stage": ("阶段", "Stage"),
    "prospect_class": ("客户类别", "Prospect class"),
    "annual_sales": ("年销售额", "Annual sales"),
    "last_purchase_date": ("最近购买日期", "Last purchase date"),
    "last_contact_date": ("最近联系日期", "Last contact date"),
    "next_contact_date": ("下次联系日期", "Next contact date"),
    "birthday": ("生日", "Birthday"),
    "created_date": ("建档日期", "Created date"),
    "notes": ("备注", "Notes"),
}

#: columns read when a file has them (and written then), not added to every table
OPTIONAL_COLUMNS: dict[str, tuple[str, str]] = {
    "ship_date": ("发货日期", "Shipping date"),
    "delivery_date": ("到货日期", "Arrival date"),
    "purchase_desire": ("购买欲望", "Purchase desire"),
    "purchasing_power": ("购买能力", "Purchasing power"),
    "products": ("产品", "Products"),
    "shop_url": ("网店地址", "Shop URL"),
    "platform": ("平台", "Platform"),
}

COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "ship_date": ("发货时间", "出货日期", "发货日", "shipping date", "ship date", "shipped",
                  "shipped on", "dispatch date"),
    "delivery_date": ("到货时间", "收货日期", "送达日期", "签收日期", "arrival date",
                      "delivery date", "delivered", "delivered on"),
    "purchase_desire": ("购买意愿", "购买欲", "需求程度", "purchase desire", "desire",
                        "buying desire", "purchase intent"),
    "purchasing_power": ("购买力", "支付能力", "采购能力", "purchasing power",
                         "purchase ability", "ability to pay", "buying power"),
    "products": ("主营产品", "主要产品", "经营产品", "产品名称", "商品", "主营", "product",
                 "products", "main products"),
    "shop_url": ("店铺网址", "店铺地址", "网店网址", "网店链接", "店铺链接", "网址", "shop url",
                 "store url", "shop link", "website", "url"),
    "platform": ("电商平台", "销售平台", "店铺平台", "所在平台", "platform", "marketplace"),
    "customer_id": ("编号", "客户代码", "客户id", "序号id", "id", "customer no", "customer code",
                    "client id", "account id"),
    "name": ("公司名称", "单位名称", "企业名称", "客户", "客户名", "公司", "名称", "商家名称",
             "店铺名称", "company", "company name", "customer", "client", "account",
             "account name", "organisation", "organization"),
    "customer_type": ("类型", "客户性质", "type", "segment"),
    "industry": ("所属行业", "行业类别", "sector"),
    "contact_person": ("联系人姓名", "姓名", "负责人", "关键人", "联络人", "contact",
                       "contact name"),
    "title": ("职位", "岗位", "position", "job title", "role"),
    "mobile": ("手机号", "手机号码", "移动电话", "联系电话", "电话", "mobile phone", "cell",
               "cell phone", "phone", "mobile number"),
    "landline": ("座机", "固话", "办公电话", "电话号码", "tel", "telephone", "office phone"),
    "im": ("微信", "微信号", "旺旺", "旺旺号", "qq", "im", "wechat", "wechat id"),
    "email": ("邮箱", "电子邮件", "e-mail", "mail", "email address"),
    "province": ("省", "所在省份", "state"),
    "city": ("市", "所在城市", "地级市"),
    "district": ("区", "县", "区/县", "镇街", "area", "county"),
    "address": ("详细地址", "公司地址", "联系地址", "地址信息", "street address"),
    "latitude": ("lat", "纬度坐标"),
    "longitude": ("lon", "lng", "long", "经度坐标"),
    "credit_code": ("信用代码", "社会信用代码", "统一信用代码", "税号", "credit code", "uscc"),
    "source": ("来源", "渠道", "获客渠道", "lead source", "channel"),
    "owner": ("跟进人", "负责业务员", "销售员", "客户经理", "sales rep", "rep", "account owner"),
    "stage": ("销售阶段", "跟进阶段", "状态", "sales stage", "status"),
    "prospect_class": ("客户分类", "客户级别", "准客户类别", "prospect type"),
    "annual_sales": ("年采购额", "年销售金额", "销售额", "采购金额", "年购买金额", "购买金额",
                     "金额", "销售金额", "年采购金额", "年营业额", "营业额", "年交易额", "交易额",
                     "sales", "revenue", "annual revenue", "purchase amount", "amount"),
    "last_purchase_date": ("最后购买日期", "上次购买日期", "最近成交日期", "last purchase"),
    "last_contact_date": ("最后联系日期", "上次联系日期", "最近跟进日期", "last contact"),
    "next_contact_date": ("下次跟进日期", "计划联系日期", "next contact", "next follow-up"),
    "birthday": ("生日日期", "出生日期", "联系人生日", "date of birth", "dob"),
    "created_date": ("建档时间", "创建日期", "录入日期", "created", "created at"),
    "notes": ("说明", "附注", "remarks", "comment", "comments", "note"),
}

# ---------------------------------------------------------------------------------------------
# Everything else: key -> (zh, en).
# ---------------------------------------------------------------------------------------------
CATALOGUE: dict[str, tuple[str, str]] = {f"col.{k}": v for k, v in
                                         (CUSTOMER_COLUMNS | OPTIONAL_COLUMNS).items()}
CATALOGUE.update({
    # problems table
    "col.row": ("行号", "Row"),
    "col.unnamed": ("未命名列{letter}", "Unnamed column {letter}"),
    "col.other_copy": ("{header}（原表另一列）", "{header} (other column of the file)"),
    "col.column": ("列", "Column"),
    "col.value": ("值", "Value"),
    "col.problem": ("问题代码", "Problem"),
    "col.message": ("说明", "Message"),
    "col.severity": ("严重程度", "Severity"),
    "severity.error": ("错误", "error"),
    "severity.warning": ("提醒", "warning"),
    # sheets
    "sheet.customers": ("客户信息表", "Customers"),
    "sheet.problems": ("问题清单", "Problems"),
    "sheet.readme": ("说明", "README"),
    # prospect classes (成熟/希望/潜在)
    "prospect.mature": ("成熟客户", "Mature"),
    "prospect.hopeful": ("希望客户", "Hopeful"),
    "prospect.potential": ("潜在客户", "Potential"),
    # where a problem is
    "where.file_sheet_row": ("{file}「{sheet}」工作表第 {row} 行", "{file}, sheet '{sheet}', row {row}"),
    "where.file_row": ("{file} 第 {row} 行", "{file}, row {row}"),
    "where.row": ("第 {row} 行", "row {row}"),
    "where.column": ("「{column}」列", "column '{column}'"),
    # problem messages (code -> text); {where} {column} {value} are filled in
    "problem.missing_name": ("{where}没有客户名称", "{where}: the customer name is empty"),
    "problem.invalid_mobile": (
        "{where}{column}「{value}」不是有效的手机号（应为 1 开头、第二位 3–9 的 11 位数字）",
        "{where}, {column}: '{value}' is not a valid mobile number "
        "(11 digits starting 13–19)"),
    "problem.invalid_landline": (
        "{where}{column}「{value}」不是有效的固定电话（区号 0 开头 3–4 位 + 7–8 位号码，如 0750-2212345）",
        "{where}, {column}: '{value}' is not a valid landline "
        "(area code 0xx/0xxx + 7–8 digits, e.g. 0750-2212345)"),
    "problem.invalid_email": ("{where}{column}「{value}」不是有效的电子邮箱",
                              "{where}, {column}: '{value}' is not a valid e-mail address"),
    "problem.invalid_credit_code": (
        "{where}{column}「{value}」不是有效的统一社会信用代码（18 位，末位校验码不符，GB 32100-2015）",
        "{where}, {column}: '{value}' is not a valid unified social credit code "
        "(18 characters with a GB 32100-2015 check character)"),
    "problem.duplicate_customer": ("{where}与第 {other} 行重复（{reason}）",
                                   "{where} duplicates row {other} ({reason})"),
    "reason.same_mobile": ("手机号相同", "same mobile number"),
    "reason.same_name_city": ("客户名称和城市相同", "same name and city"),
    "reason.same_id": ("客户编号相同", "same customer ID"),
    "problem.duplicate_id": ("{where}{column}「{value}」与第 {other} 行的客户编号相同",
                             "{where}, {column}: '{value}' is the same ID as row {other}"),
    "problem.negative_sales": ("{where}{column}「{value}」是负数",
                               "{where}, {column}: '{value}' is negative"),
    "problem.bad_number": ("{where}{column}「{value}」不是数字",
                           "{where}, {column}: '{value}' is not a number"),
    "problem.bad_date": (
        "{where}{column}「{value}」不是日期（可写 2026-11-22、2026/11/22、2026年11月22日）",
        "{where}, {column}: '{value}' is not a date (write 2026-11-22 or 2026/11/22)"),
    "problem.future_date": ("{where}{column}「{value}」在今天之后",
                            "{where}, {column}: '{value}' is in the future"),
    "problem.coordinates_outside_china": (
        "{where}经纬度（{value}）不在中国境内，可能把经度和纬度填反了",
        "{where}: coordinates ({value}) are outside China; latitude and longitude swapped?"),
    "problem.incomplete_coordinates": ("{where}只填了经度或纬度中的一个",
                                       "{where}: only one of latitude and longitude is given"),
    "problem.unknown_column": (
        "「{header}」不是标准列，已原样保留（如需参与计算，请改成标准列名）",
        "'{header}' is not a standard column; it is kept as it is "
        "(rename it to a standard header to use it)"),
    "problem.duplicate_column": (
        "「{header}」和「{other}」都对应「{value}」，只使用了第一个，另一个原样保留",
        "'{header}' and '{other}' both mean '{value}'; the first is used, the other is kept"),
    "problem.amount_unit_guessed": (
        "{where}{column}「{value}」按“万元”换算为 {amount}",
        "{where}, {column}: '{value}' read as ten-thousands of yuan = {amount}"),
    "problem.excel_error": ("{where}{column}是 Excel 错误值「{value}」（公式出错），未读入；请修正公式或填入数值",
                            "{where}, {column}: Excel error '{value}' (a failing formula), not "
                            "read; fix the formula or type the value"),
    "problem.implausible_date": ("{where}{column}「{value}」的年份早于 1900 年，可能打错了",
                                 "{where}, {column}: '{value}' is before 1900; a typing slip?"),
    "problem.header_guessed": (
        "表头「{header}」与标准列名「{guess}」相近，已按「{value}」读取；如不对请改表头",
        "The header '{header}' is close to '{guess}' and was read as '{value}'; rename it if "
        "that is wrong"),
    "problem.amount_unit_scaled": (
        "表头「{header}」的单位是{unit}：该列的数字已乘以 {factor} 换算为元",
        "The header '{header}' is in {unit}: its numbers were multiplied by {factor} into "
        "yuan"),
    "problem.date_serial": ("{where}{column}「{value}」按 Excel 日期序号读取为 {date}",
                            "{where}, {column}: '{value}' read as an Excel date serial = {date}"),
    "problem.landline_in_mobile": (
        "{where}{column}「{value}」是固定电话，已放入“固定电话”列",
        "{where}, {column}: '{value}' is a landline; moved to the landline column"),
    "problem.invalid_prospect_class": (
        "{where}{column}「{value}」不是成熟/希望/潜在客户之一",
        "{where}, {column}: '{value}' is not one of mature / hopeful / potential"),
    # reading files
    "error.file_missing": ("找不到文件：{file}", "File not found: {file}"),
    "error.xls": (
        "无法读取旧版 .xls 文件 {file}（{detail}）。请在 Excel 或 WPS 中打开，选择“另存为 → "
        "Excel 工作簿 (*.xlsx)”后再导入。",
        "Cannot read the old .xls file {file} ({detail}). Open it in Excel or WPS and choose "
        "Save As → Excel Workbook (*.xlsx), then load the .xlsx."),
    "error.unsupported": ("{file}：不支持的文件类型「{suffix}」，请用 .xlsx、.xls 或 .csv",
                          "{file}: unsupported file type '{suffix}'; use .xlsx, .xls or .csv"),
    "error.encoding": (
        "{file} 的编码无法识别（已尝试 UTF-8、UTF-16、GBK/GB18030）。请在 Excel/WPS 中另存为"
        "“CSV UTF-8”或 .xlsx。",
        "Cannot tell the encoding of {file} (tried UTF-8, UTF-16, GBK/GB18030). "
        "Save it as 'CSV UTF-8' or .xlsx from Excel/WPS."),
    "error.no_sheet": ("{file} 中没有名为「{sheet}」的工作表（现有：{sheets}）",
                       "{file} has no sheet '{sheet}' (sheets: {sheets})"),
    "error.no_header": (
        "{where}：前 {rows} 行里找不到表头（需要包含“客户名称”或“公司名称”等列名）",
        "{where}: no header row in the first {rows} rows (a 'Customer name' column is needed)"),
    "error.empty_file": ("{where} 是空的", "{where} is empty"),
    "error.bad_xlsx": ("{file} 不是有效的 Excel 文件：{detail}",
                       "{file} is not a valid Excel file: {detail}"),
    "error.exists": (
        "{file} 已存在，未覆盖。如需替换请使用 overwrite=True（命令行 --overwrite），旧文件会备份。",
        "{file} already exists and was not overwritten. Pass overwrite=True (--overwrite); "
        "the old file is kept as a backup."),
    "error.same_as_source": ("输出文件 {file} 与输入文件相同；salesops 从不修改原始文件",
                             "The output {file} is the input file; salesops never modifies "
                             "a source file"),
    "error.input_is_backup": (
        "输入文件 {input} 是输出文件 {file} 的备份，写入可能删除它；请换一个输出文件名",
        "The input {input} is a backup of the output {file} and could be removed by this "
        "write; choose another output name"),
    "error.output_is_folder": ("输出位置 {file} 是一个文件夹；请给出文件名，如 {file}/结果.xlsx",
                               "The output {file} is a folder; give a file name, e.g. "
                               "{file}/result.xlsx"),
    "error.output_suffix": ("输出文件 {file} 的扩展名应为 {suffix}（现在是「{actual}」）",
                            "The output {file} must end in {suffix} (not '{actual}')"),
    "error.too_many_columns": (
        "工作表「{sheet}」有 {count} 列，超过 Excel 的上限 {limit} 列：从列「{header}」（{letter} 列）起放不下",
        "Sheet '{sheet}' has {count} columns, more than Excel's {limit}: column '{header}' "
        "({letter}) and the ones after it do not fit"),
    "error.too_many_rows": (
        "工作表「{sheet}」有 {count} 行，超过 Excel 一个工作表能放的 {limit} 行：从第 {row} 行起放不下",
        "Sheet '{sheet}' has {count} rows, more than the {limit} an Excel sheet holds: row "
        "{row} and after do not fit"),
    "error.cell_too_long": (
        "工作表「{sheet}」第 {row} 行「{header}」有 {length} 个字符，超过 Excel 单元格上限 {limit} 个字符；请缩短",
        "Sheet '{sheet}', row {row}, '{header}': {length} characters, more than the {limit} an "
        "Excel cell holds; shorten it"),
    "error.sheet_name_too_long": (
        "工作表名「{sheet}」有 {length} 个字符，Excel 最多允许 {limit} 个",
        "The sheet name '{sheet}' has {length} characters; Excel allows at most {limit}"),
    "error.input_is_folder": ("{file} 是一个文件夹，不是文件；请选择其中的 .xlsx 或 .csv 文件",
                              "{file} is a folder, not a file; choose an .xlsx or .csv file in it"),
    "error.bad_sheet": ("{file}「{sheet}」已损坏，无法读取（{detail}）。请在 Excel 或 WPS 中打开并重新保存。",
                        "{file}, sheet '{sheet}' is damaged and cannot be read ({detail}). Open it "
                        "in Excel or WPS and save it again."),
    "error.bad_csv": ("{file} 第 {row} 行无法按 CSV 读取：{detail}",
                      "{file}, row {row} cannot be read as CSV: {detail}"),
    "error.zip_bomb": (
        "{file}（{packed} MB）解压后将超过 {size} MB（部件 {part}），远超正常的工作簿，已拒绝读取",
        "{file} ({packed} MB) would unpack to more than {size} MB (part {part}), far beyond a "
        "real workbook; refused"),
    "error.os": ("无法完成：{file}：{reason}", "Could not be done: {file}: {reason}"),
    "oserror.ENOSPC": ("磁盘已满，请腾出空间后重试", "the disk is full; free some space and retry"),
    "oserror.EACCES": ("没有权限，请换一个文件夹或检查权限", "permission denied; choose another folder or check its permissions"),
    "oserror.EROFS": ("磁盘是只读的", "the disk is read-only"),
    "oserror.ENAMETOOLONG": ("文件名太长，请用更短的名字", "the file name is too long; use a shorter one"),
    "oserror.EISDIR": ("这是一个文件夹，不是文件", "it is a folder, not a file"),
    "oserror.ENOTDIR": ("路径中有一部分不是文件夹", "part of the path is not a folder"),
    "oserror.ENOENT": ("文件或文件夹不存在", "no such file or folder"),
    "oserror.other": ("系统错误（{detail}）", "system error ({detail})"),
    "warn.big5": ("{file} 是繁体中文 Big5 编码，已按 Big5 读取；请检查文字是否正确（最好另存为“CSV UTF-8”）",
                  "{file} is in Big5 (traditional Chinese) and was read as Big5; check the text "
                  "(saving it as 'CSV UTF-8' is safest)"),
    "warn.garbled": ("{file} 按 {encoding} 读取后仍像乱码；请在 Excel/WPS 中另存为“CSV UTF-8”或 .xlsx 后再导入",
                     "{file} still looks garbled when read as {encoding}; save it as 'CSV UTF-8' "
                     "or .xlsx from Excel/WPS and load that"),
    "warn.bom_not_utf8": ("{file} 以 UTF-8 标记开头，但内容是 GBK/GB18030 编码，已按 GB18030 读取；请检查文字是否正确",
                          "{file} starts with a UTF-8 mark but its text is GBK/GB18030; read as "
                          "GB18030 — check that the text looks right"),
    "error.duplicate_headers": ("工作表「{sheet}」的表头重复或与内部列同名：{headers}",
                                "Sheet '{sheet}' has headers that repeat or are reserved: {headers}"),
    "error.illegal_text": ("{where}{column}含有 Excel 不能保存的控制字符",
                           "{where}, {column}: contains control characters Excel cannot store"),
    "error.not_tracker": ("{file} 不是 salesops 生成的跟踪表（缺少隐藏的 _salesops 工作表）",
                          "{file} is not a salesops tracker (the hidden _salesops sheet is "
                          "missing)"),
    "error.tracker_sheet_missing": ("{file} 中找不到跟踪表工作表「{sheet}」",
                                    "{file} has no tracker sheet '{sheet}'"),
    "error.tracker_header_missing": (
        "{file}「{sheet}」第 {row} 行缺少列「{column}」（表头被改动或删除）",
        "{file}, sheet '{sheet}', row {row}: column '{column}' is missing "
        "(the header was changed or deleted)"),
    "error.bad_cell": ("{file}「{sheet}」{cell} 单元格{column}「{value}」：{detail}",
                       "{file}, sheet '{sheet}', cell {cell}, {column} '{value}': {detail}"),
    "error.bad_date_value": ("「{value}」不是日期（可写 2026-11-22）",
                             "'{value}' is not a date (write 2026-11-22)"),
    "error.missing_columns": ("缺少必需的列：{columns}", "Missing required columns: {columns}"),
    "error.bad_prospect_input": (
        "{column}「{value}」无法判断高低（用 1–5 分，或 高/低、强/弱、大/小）",
        "{column} '{value}' cannot be read as high or low (use a 1–5 score or high/low)"),
    # ABC
    "error.abc_cutoffs": (
        "ABC 分界点 {cutoffs} 不合适：按金额占比/客户数占比时为 0 < A ≤ B ≤ 1（如 0.8, 0.95），"
        "按固定金额时为 A ≥ B ≥ 0",
        "ABC cut-offs {cutoffs} are not usable: shares need 0 < A ≤ B ≤ 1 (e.g. 0.8, 0.95); "
        "fixed amounts need A ≥ B ≥ 0"),
    "error.abc_basis": ("ABC 依据「{basis}」不存在，请用 value（金额）、count（客户数）或 amount（固定金额）",
                        "ABC basis '{basis}' is unknown; use value, count or amount"),
    "error.abc_negative": (
        "「{column}」有 {count} 个负数（第 {rows} 行）。退货或冲红请先处理，或使用 allow_negative=True"
        "（负数归入 C 类）",
        "'{column}' has {count} negative values (rows {rows}). Settle returns first, or pass "
        "allow_negative=True (negatives become C)"),
    "warn.abc_missing": (
        "「{column}」有 {count} 个客户没有数值（第 {rows} 行，其中 {bad} 个不是数字），未分类",
        "'{column}' is missing for {count} customers (rows {rows}; {bad} not numbers); "
        "they are not classified"),
    # service policy (COURSE.md §2)
    "error.policy_value": (
        "服务策略「{name}」= {value} 不可用：每月次数为 0–10 的整数，每年次数为 0、1、2、3、4、6 或 12",
        "Service policy '{name}' = {value} is not usable: per month a whole number 0–10, "
        "per year 0, 1, 2, 3, 4, 6 or 12"),
    "error.policy_class": ("客户等级「{value}」不是 A、B、C 之一", "Class '{value}' is not A, B or C"),
    "policy.A": (
        "建立完整档案；优先供货和配送；专人负责，每月拜访 {visits_month} 次、电话 {calls_month} 次；"
        "管理层每年拜访 {mgmt_year} 次；定期会议",
        "full customer file; priority supply and delivery; dedicated rep — visits a month: "
        "{visits_month}, calls a month: {calls_month}; management visits a year: {mgmt_year}; "
        "regular meetings"),
    "policy.B": (
        "建立客户卡；严格执行合同；业务员每年拜访 {visits_year} 次；每年寄 {letters_year} 次调查函",
        "customer card; strict contract execution; rep visits a year: {visits_year}; "
        "survey letters a year: {letters_year}"),
    "policy.C": ("严格执行合同；无法服务时帮其另找渠道",
                 "strict contract execution; help them elsewhere when we cannot serve them"),
    # follow-up rules and channels (COURSE.md §2–3)
    "error.followup_dates": ("请给出计划的开始和结束日期（结束不早于开始）",
                             "Give the plan's start and end dates (end not before start)"),
    "rule.next_contact": ("按计划跟进", "planned follow-up"),
    "rule.overdue_follow_up": ("逾期未跟进，尽快联系", "overdue follow-up: contact first"),
    "rule.thank_you": ("感谢信：确认发货日期", "thank-you letter confirming the shipping date"),
    "rule.shipping_day": ("发货当天联系", "contact on the shipping day"),
    "rule.arrival_check": ("到货回访：是否收到、使用是否正常",
                           "arrival check: received? working?"),
    "rule.birthday_card": ("寄生日贺卡", "birthday card"),
    "rule.new_year_card": ("寄新年贺卡", "New-Year card"),
    "rule.complaint_follow_up": ("投诉解决后回访", "follow-up call after a solved complaint"),
    "rule.a_visit": ("A 类客户定期拜访", "regular visit (A customer)"),
    "rule.a_call": ("A 类客户定期电话", "regular call (A customer)"),
    "rule.management_visit": ("管理层拜访（每半年）", "management visit (every half year)"),
    "rule.b_visit": ("B 类客户年度拜访", "yearly visit (B customer)"),
    "rule.survey_letter": ("寄调查函（每半年）", "survey letter (every half year)"),
    "rule.seasonal_visit": ("季节性拜访（不常购买的老客户）", "seasonal visit (infrequent buyer)"),
    "channel.visit": ("拜访", "visit"),
    "channel.phone": ("电话", "phone"),
    "channel.letter": ("信函", "letter"),
    "channel.card": ("贺卡", "card"),
    "channel.email": ("邮件", "e-mail"),
    "channel.wechat": ("微信", "WeChat"),
    # funnel (COURSE.md §4)
    "stage.satisfied": ("满意现状", "Satisfied"),
    "stage.problem_found": ("发现问题", "Problem found"),
    "stage.problem_clarified": ("明确问题", "Problem clarified"),
    "stage.taking_action": ("采取行动", "Taking action"),
    "stage.evaluating": ("评估供应商", "Evaluating suppliers"),
    "stage.negotiating": ("谈判", "Negotiating"),
    "stage.decided": ("决定实施", "Decided"),
    "stage.won": ("成交客户", "Won"),
    "warn.funnel_thin": (
        "「{stage}」只有 {count} 个客户，不到上一层「{above}」（{above_count} 个）的一半："
        "多花时间把「{above}」的客户往下推进",
        "'{stage}' holds only {count} customers against {above_count} in '{above}': "
        "spend time moving '{above}' customers down"),
    "error.funnel_share": ("薄弱层比例 {value} 应在 0 和 1 之间", "thin_share {value} must be in (0, 1]"),
    # sheets and notes of the ABC / follow-up workbook
    "sheet.abc": ("ABC分类", "ABC"),
    "sheet.abc_summary": ("ABC汇总", "ABC summary"),
    "sheet.funnel": ("销售漏斗", "Funnel"),
    "sheet.followup": ("跟单记录表", "Follow-up log"),
    "note.abc": ("按年销售额从高到低排列；累计占比达到 80% 之前的客户为 A 类，95% 之前为 B 类，其余为 C 类。",
                 "Ranked by annual sales; customers before 80% of cumulative sales are A, before "
                 "95% B, the rest C."),
    "note.followup": (
        "每次联系后填写反馈、意向程度、阶段、下次跟进日期和下一步；红色 = 已逾期，黄色 = 本周到期。",
        "After each contact fill in feedback, intent, stage, next follow-up and next step; red = "
        "overdue, yellow = due this week."),
    "funnel.thin_note": ("薄弱：不到上一层的 {share}", "thin: below {share} of the stage above"),
    "intent.high": ("高", "high"),
    "intent.medium": ("中", "medium"),
    "intent.low": ("低", "low"),
    "intent.none": ("无", "none"),
    "followup.update_summary": (
        "跟单记录表更新了 {customers} 个客户的 {changes} 项；{conflicts} 处冲突未覆盖；{unmatched} 行找不到客户",
        "The follow-up log changed {changes} fields of {customers} customers; {conflicts} "
        "conflicts left as they were; {unmatched} rows match no customer"),
    # charts
    "chart.sales": ("年销售额（元）", "Annual sales (yuan)"),
    "chart.customers_ranked": ("客户（按销售额从高到低）", "Customers, largest first"),
    "chart.class": ("{cls} 类", "Class {cls}"),
    "chart.pareto_title": ("帕累托图：20% 的客户贡献多少销售额", "Pareto chart: how much the top customers bring"),
    "chart.funnel_title": ("销售漏斗（红色 = 薄弱层）", "Sales funnel (red = thin stage)"),
    "chart.calls": ("来电量（每半小时）", "Calls per half hour"),
    "chart.agents": ("座席", "Agents"),
    "chart.required": ("需要在线座席", "Agents required"),
    "chart.scheduled": ("排班人数（含缺勤率）", "Agents scheduled (with shrinkage)"),
    "chart.staffing_title": ("热线一周话务量与座席需求（80/20，占用率 ≤ 85%）",
                             "Hotline week: calls and agents (80/20, occupancy ≤ 85%)"),
    "chart.base": ("营业部", "Office"),
    "chart.longitude": ("经度", "Longitude"),
    "chart.latitude": ("纬度", "Latitude"),
    "chart.route_title": ("拜访路线（数字 = 拜访顺序）", "Visit route (numbers = order)"),
    "warn.no_cjk_font": ("没有找到中文字体，图表改用英文标签（pip install pylopdf-fonts-zh-cn，或 Debian/Ubuntu: apt install fonts-noto-cjk）",
                         "No CJK font found; chart labels fall back to English "
                         "(pip install pylopdf-fonts-zh-cn, or Debian/Ubuntu: apt install "
                         "fonts-noto-cjk)"),
    # Erlang staffing
    "error.erlang_value": ("「{name}」= {value} 不可用（须为有限的非负数；时长须大于 0；比例在 0 和 1 之间）",
                           "'{name}' = {value} is not usable (finite, not negative; durations "
                           "above 0; shares between 0 and 1)"),
    "error.erlang_too_many": ("超过 {agents} 名座席仍达不到目标，请检查话务量和目标",
                              "More than {agents} agents would still miss the targets; check the "
                              "volume and targets"),
    "erlang.summary": (
        "需要 {agents} 名在线座席（排班 {scheduled} 人）：服务水平 {sl}，平均应答 {asa} 秒，"
        "占用率 {occ}；决定人数的是{binding}",
        "{agents} agents on the phones ({scheduled} scheduled): service level {sl}, ASA {asa} s, "
        "occupancy {occ}; set by {binding}"),
    "binding.service_level": ("服务水平目标", "the service-level target"),
    "binding.occupancy": ("占用率上限", "the occupancy cap"),
    "binding.asa": ("平均应答时间上限", "the ASA limit"),
    "binding.stability": ("话务量本身（座席数必须大于话务量）", "the traffic itself (agents must exceed it)"),
    "binding.no_calls": ("没有来电", "no calls"),
    "binding.minimum": ("至少 1 名座席", "the minimum of one agent"),
    "binding.given": ("给定的人数", "the given head count"),
    # outbound calls (COURSE.md §5)
    "calls.direct_formula": (
        "拨打次数 = {records} 条 × {attempts} 次 = {dials}；接通 = {contacts}；"
        "工时 = ({dials} × {dial_minutes} 分 + {contacts} × {contact_minutes} 分) ÷ 60 = {hours} 小时；"
        "每天座席 = ⌈{hours} ÷ ({days} 天 × {hours_per_day} 小时)⌉ = {agents}",
        "dials = {records} records × {attempts} = {dials}; contacts = {contacts}; "
        "agent-hours = ({dials} × {dial_minutes} min + {contacts} × {contact_minutes} min) ÷ 60 "
        "= {hours} h; agents per day = ⌈{hours} ÷ ({days} days × {hours_per_day} h)⌉ = {agents}"),
    "calls.goal_formula": (
        "需要接通 = {target} 单 ÷ 成功率 {rate} = {contacts}；需要名单 = ⌈{contacts} ÷ 接通率 "
        "{contact_rate}⌉ = {records} 条",
        "contacts needed = {target} ÷ success rate {rate} = {contacts}; records = ⌈{contacts} ÷ "
        "contact rate {contact_rate}⌉ = {records}"),
    "error.call_window": ("通话时段「{window}」应写成 09:00-11:30", "Call window '{window}' should look like 09:00-11:30"),
    "calls.plan_summary": ("{date} 计划拨打 {calls} 个电话（目标 {target} 个）",
                           "{date}: {calls} calls planned (target {target})"),
    "calls.shortfall": ("还差 {missing} 个，建议补充 {suggestions} 个久未联系的客户",
                        "{missing} short; {suggestions} long-uncontacted customers suggested"),
    "sheet.calllist": ("今日电话清单", "Call list"),
    "sheet.callreport": ("电销日报", "Call report"),
    "sheet.selfcheck": ("每周自查", "Weekly self-check"),
    "sheet.campaign": ("外呼人力测算", "Campaign staffing"),
    "sheet.staffing": ("话务人力", "Hotline staffing"),
    "note.calllist": ("黄金时段 09:00–11:30、14:00–17:30；约见用二择一法：给出两个具体时间让客户选。",
                      "Golden hours 09:00–11:30 and 14:00–17:30; for appointments offer two "
                      "concrete times (two-choice method)."),
    "note.callreport": ("每天下班前填写“实际”行；接通率和成交率由公式计算，改数字后自动更新。",
                        "Fill in the 'actual' rows every evening; the rates are formulas and "
                        "update when the numbers change."),
    "error.campaign_input": ("请给出 --records（直接预测法）或 --target-successes（目标导向推算法）",
                             "Give --records (direct method) or --target-successes "
                             "(goal-oriented method)"),
    "calls.method_direct": ("直接预测法", "direct method"),
    "calls.method_goal": ("目标导向推算法", "goal-oriented method"),
    "call_result.connected": ("接通", "connected"),
    "call_result.no_answer": ("无人接听", "no answer"),
    "call_result.busy": ("占线", "busy"),
    "call_result.wrong_number": ("空号/错号", "wrong number"),
    "call_result.refused": ("拒绝", "refused"),
    "call_result.interested": ("有意向", "interested"),
    "call_result.appointment": ("已约见", "appointment made"),
    "weekday.mon": ("周一", "Mon"),
    "weekday.tue": ("周二", "Tue"),
    "weekday.wed": ("周三", "Wed"),
    "weekday.thu": ("周四", "Thu"),
    "weekday.fri": ("周五", "Fri"),
    "weekday.sat": ("周六", "Sat"),
    "weekday.sun": ("周日", "Sun"),
    "weekday.total": ("合计", "Total"),
    # roster (COURSE.md §6)
    "error.roster_time": ("「{value}」不是时间（写成 09:00 或 09:00-17:00）",
                          "'{value}' is not a time (write 09:00 or 09:00-17:00)"),
    "error.roster_slot": ("「{value}」不在半点上：排班按半小时计算", "'{value}' is not on a half hour: rosters use half-hour intervals"),
    "error.roster_rule": ("排班规则「{name}」= {value} 不可用", "Roster rule '{name}' = {value} is not usable"),
    "error.roster_agent_name": ("座席需要姓名", "Every agent needs a name"),
    "error.roster_duplicate_agent": ("座席姓名重复：{names}", "Agent names repeat: {names}"),
    "error.roster_duplicate_shift": ("班次代码重复：{codes}", "Shift codes repeat: {codes}"),
    "roster.summary": ("排班（{status}）：{agents} 名座席，{shifts} 个班次，{uncovered} 段无人覆盖",
                       "Roster ({status}): {agents} agents, {shifts} shifts, {uncovered} uncovered intervals"),
    "roster.explain_hours": (
        "需求每周需要 {need} 小时；{agents} 名座席 × {max} 小时 = {capacity} 小时，不够",
        "coverage needs {need} h a week; {agents} agents × {max} h = {capacity} h"),
    "roster.explain_unavailable": ("座席 {agent} 每天都不能上班", "agent {agent} is unavailable every day"),
    "roster.explain_no_shift": ("没有任何班次覆盖 {start}–{end}", "no shift type covers {start}–{end}"),
    "roster.explain_peak": ("{day} 同时需要 {need} 名座席，但只有 {available} 名能上班",
                            "{day} needs {need} agents at once; only {available} can work"),
    "roster.violation.unknown_shift": ("{cell}（{agent}，{day}）：看不懂班次「{value}」，请用班次表里的代码、09:00-17:00 或 休",
                                       "{cell} ({agent}, {day}): unknown shift '{value}'; use a code of the legend, 09:00-17:00 or 休"),
    "roster.violation.uncovered": ("{cell}（{day}）：{start}–{end} 没有人值班", "{cell} ({day}): nobody covers {start}–{end}"),
    "roster.violation.over_max_hours": ("{cell}：{agent} 一周 {value} 小时，超过 {limit} 小时",
                                        "{cell}: {agent} works {value} h in the week, more than {limit} h"),
    "roster.violation.under_min_hours": ("{cell}：{agent} 一周只有 {value} 小时，少于 {limit} 小时",
                                         "{cell}: {agent} works only {value} h, less than {limit} h"),
    "roster.violation.rest_too_short": ("{cell}（{agent}，{day}）：两班之间只休息 {hours} 小时，少于 {limit} 小时（晚班后接早班）",
                                        "{cell} ({agent}, {day}): only {hours} h between shifts, less than {limit} h (a late shift then an early one)"),
    "roster.violation.no_rest_day": ("{cell}：{agent} 这一周没有休息日（至少 1 天，劳动法第三十八条）",
                                     "{cell}: {agent} has no rest day in the week (at least one, Labour Law art. 38)"),
    "roster.violation.too_many_consecutive_days": ("{cell}（{agent}，{day}）：连续上班 {value} 天，超过 {limit} 天",
                                                   "{cell} ({agent}, {day}): {value} working days in a row, more than {limit}"),
    "roster.check_summary": ("共 {count} 处问题", "{count} violations"),
    "roster.no_solution": ("找不到排班（{status}）：{reasons}", "No roster found ({status}): {reasons}"),
    "sheet.roster": ("排班表", "Roster"),
    "sheet.coverage": ("覆盖情况", "Coverage"),
    "sheet.heatmap": ("覆盖热力图", "Coverage heat map"),
    "sheet.legend": ("班次表", "Shift legend"),
    "note.roster": ("每格写班次代码（见“班次表”）、09:00-17:00 这样的时间或“休”；保存后用 salesops roster check 检查。",
                    "Write a shift code (see the legend), a time such as 09:00-17:00, or 休 in "
                    "each cell; check it with salesops roster check."),
    "note.heatmap": ("在岗人数减需要人数：红色 = 缺人，绿色 = 多人。",
                     "Agents on duty minus agents required: red = short, green = extra."),
    "note.legend": ("班次代码 = 开始-结束（整点）；“休”表示休息日。",
                    "Shift code = start-end (hours); 休 means a day off."),
    # visit routes (COURSE.md §7)
    "routes.summary": ("拜访计划：{visits} 次拜访，{days} 个工作日，共 {km} 公里；{unplanned} 个未能安排",
                       "Visit plan: {visits} visits over {days} working days, {km} km; {unplanned} not planned"),
    "routes.reason_window": ("约定的时间在工作时间或当天路线里排不进去",
                             "the appointment cannot be reached within the day's hours and route"),
    "routes.reason_capacity": ("允许的日子里时间不够（工作时长、午休或每日拜访上限）",
                               "no time left on the allowed days (working hours, lunch or the daily cap)"),
    "routes.reason_outside": ("约定日期不在计划期内或不是工作日", "the date is outside the plan or not a working day"),
    "routes.reason_no_coordinates": ("没有经纬度，无法排路线", "no coordinates: cannot be routed"),
    "rule.appointment": ("按约拜访", "appointment"),
    "error.routes_no_days": ("计划期内没有工作日", "There is no working day in the plan"),
    "error.routes_matrix": ("距离/时间表缺少某些客户或营业部（base）", "The travel matrix misses some customers or the base"),
    "error.routes_no_solution": ("找不到可行的拜访计划", "No visit plan could be found"),
    "sheet.visits": ("拜访计划表", "Visit plan"),
    "sheet.visitdays": ("每日路线汇总", "Days"),
    "sheet.unplanned": ("未安排客户", "Not planned"),
    "note.visits": ("同一区域的客户安排在同一天；按顺序拜访，约定时间已排入；拜访后填写结果和下次拜访日期。",
                    "Customers of one area share a day; visit in order, appointments are kept; "
                    "fill in the result and the next visit afterwards."),
    "visits.total": ("当日合计", "Day total"),
    "visits.total_text": ("{visits} 次拜访，{km} 公里，{back} 返回，午休 {lunch}",
                          "{visits} visits, {km} km, back {back}, lunch {lunch}"),
    "visit_result.done": ("已拜访", "visited"),
    "visit_result.rescheduled": ("改期", "rescheduled"),
    "visit_result.absent": ("不在", "not there"),
    "visit_result.cancelled": ("取消", "cancelled"),
    # notebook panels
    "ui.sample": ("示例数据", "Sample"),
    "ui.sample_messy": ("待清洗的学生作业（GBK CSV）", "Messy student file (GBK CSV)"),
    "ui.sample_clean": ("开平/江门 150 家客户", "150 Kaiping/Jiangmen customers"),
    "ui.load": ("载入", "Load"),
    "ui.upload": ("上传自己的文件", "Upload your file"),
    "ui.export": ("导出清洗后的工作簿", "Export cleaned workbook"),
    "ui.download": ("下载 {file}", "Download {file}"),
    "ui.load_first": ("请先载入示例数据或上传文件", "Load the sample or upload a file first"),
    "ui.week": ("周一", "Week of"),
    "ui.agents": ("值班座席", "Agents"),
    "ui.build_week": ("生成本周工作簿", "Build the week's workbook"),
    "ui.pick_week": ("请先选择日期", "Pick a date first"),
    "ui.working": ("正在计算（跟进计划、电话清单、拜访路线、排班），约半分钟……",
                   "Working (follow-ups, call list, routes, roster), about half a minute…"),
    "ui.weekly_done": ("已生成：{sheets}", "Done: {sheets}"),
    "ui.cut_a": ("A 类分界", "A cut-off"),
    "ui.cut_b": ("B 类分界", "B cut-off"),
    "ui.a_visits": ("A 类每月拜访", "A visits/month"),
    "ui.run": ("计算", "Compute"),
    "ui.export_followup": ("导出跟单记录表", "Export follow-up log"),
    "ui.day": ("日期", "Day"),
    "ui.calls_per_day": ("每天电话量", "Calls a day"),
    "ui.calls_interval": ("半小时来电", "Calls / 30 min"),
    "ui.aht": ("处理时长（秒）", "AHT (s)"),
    "ui.target_sl": ("服务水平", "Service level"),
    "ui.target_seconds": ("应答目标（秒）", "Answer within (s)"),
    "ui.export_calls": ("导出电话量计划", "Export call plan"),
    "ui.records": ("名单数", "Records"),
    "ui.attempts": ("每条拨打次数", "Attempts/record"),
    "ui.dial_minutes": ("每次拨打（分钟）", "Minutes/dial"),
    "ui.campaign_days": ("期限（天）", "Days"),
    "ui.successes": ("目标成交/问卷", "Target successes"),
    "ui.success_rate": ("成功率", "Success rate"),
    "ui.contact_rate": ("接通率", "Contact rate"),
    "ui.start": ("开始日期", "Start"),
    "ui.days": ("天数", "Days"),
    "ui.seconds": ("计算时间（秒）", "Time limit (s)"),
    "ui.plan_routes": ("安排拜访路线", "Plan visits"),
    "ui.export_visits": ("导出拜访计划表", "Export visit plan"),
    "ui.map_day": ("路线图日期", "Map of day"),
    "ui.working_routes": ("正在安排路线……", "Planning routes…"),
    "ui.agent": ("座席", "Agent"),
    "ui.open_hours": ("营业时间", "Opening hours"),
    "ui.max_hours": ("每周最多小时", "Max hours/week"),
    "ui.build_roster": ("排班", "Build roster"),
    "ui.export_roster": ("导出排班表", "Export roster"),
    "ui.blank_roster": ("导出空白排班表", "Export blank grid"),
    "ui.upload_roster": ("上传填好的排班表", "Upload a filled grid"),
    "ui.more_rows": ("还有 {count} 行未显示（导出后在 Excel 中查看全部）",
                     "{count} more rows not shown (export to see them all in Excel)"),
    # tracker chrome
    "tracker.generated_at": ("生成时间：{when}　由 salesops {version} 生成",
                             "Generated {when} by salesops {version}"),
    "tracker.readme_title": ("说明", "README"),
    "tracker.readme_intro": (
        "本工作簿由 salesops 生成。可以在表格中修改、添加或删除行，保存后用 salesops 读回；"
        "请不要改动表头和隐藏的 _salesops 工作表。",
        "This workbook was written by salesops. Edit, add or delete rows, save, and read it "
        "back with salesops; do not change the headers or the hidden _salesops sheet."),
    "tracker.readme_sheet": ("工作表", "Sheet"),
    "tracker.readme_column": ("列", "Column"),
    "tracker.readme_meaning": ("含义", "Meaning"),
    "tracker.readme_format": ("格式", "Format"),
    "format.text": ("文本", "text"),
    "format.date": ("日期", "date"),
    "format.number": ("数字", "number"),
    "format.money": ("金额（元）", "amount (yuan)"),
    "format.percent": ("百分比", "percent"),
    "format.integer": ("整数", "whole number"),
    "format.datetime": ("日期时间", "date and time"),
    "format.time": ("时间", "time"),
    "tracker.dropdown": ("下拉选择：{options}", "choose from: {options}"),
    # tracker round trip
    "change.added": ("新增", "added"),
    "change.edited": ("修改", "edited"),
    "change.deleted": ("删除", "deleted"),
    "change.problems": ("处需检查", "to check"),
    "readback.date_year_assumed": ("{where}{column}「{value}」没有年份，按计划的日期读作 {date}",
                                   "{where}, {column}: '{value}' has no year; read as {date} from the plan's dates"),
    "readback.relative_date": ("{where}{column}「{value}」是相对的说法，无法确定是哪一天；请写成具体日期，如 2026-12-05",
                               "{where}, {column}: '{value}' is relative, not a date; write the date, e.g. 2026-12-05"),
    "readback.bad_date": ("{where}{column}「{value}」不是日期（可写 2026-12-05、12/5 或 12月5日）",
                          "{where}, {column}: '{value}' is not a date (write 2026-12-05, 12/5 or 12月5日)"),
    "readback.implausible_date": ("{where}{column}「{value}」的年份早于 1900 年，可能打错了",
                                  "{where}, {column}: '{value}' is before 1900; a typing slip?"),
    "readback.outside_table": ("{where}：{cell} 单元格「{value}」写在表格之外（这一列没有表头），已作为{column}保留；请给这一列加表头或把内容移到相应的列",
                               "{where}: cell {cell} '{value}' is outside the table (its column has no header); kept as {column} — give the column a header or move it"),
    "readback.typed_over_formula": ("{where}{column}是公式列，这里的公式被改写成了「{value}」；这一列由 Excel 计算，读回时不计为修改，请恢复公式",
                                    "{where}, {column} is a formula column, but its formula was replaced by '{value}'; the column is computed by Excel and not read as an edit — restore the formula"),
    # calendar
    "warn.calendar_fallback": (
        "{year} 年的放假和调休安排尚未公布（chinesecalendar 只到 {last} 年）：已按法定节假日"
        "（holidays 软件包，含春节等农历节日）和周末休息计算，调休上班的周末还不知道；"
        "国务院通知发布后请用 workdays=（调休上班日）和 holidays=（另加的休息日）补充。",
        "China's holiday arrangements for {year} are not published yet (chinesecalendar covers "
        "up to {last}): the statutory public holidays (holidays package, lunar festivals "
        "included) and weekends are days off, but the make-up working weekends are not known. "
        "Add them as workdays= (and extra days off as holidays=) once the State Council's "
        "notice is out."),
    "calendar.off_holiday": ("法定节假日（{name}）", "a public holiday ({name})"),
    "calendar.off_weekend": ("周末（{weekday}）", "the weekend ({weekday})"),
    "calendar.off_user_holiday": ("休息日（自行设定）", "a day off (set by you)"),
    "calendar.notes_title": ("日历说明", "Calendar note"),
    "holiday.new_year": ("元旦", "New Year's Day"),
    "holiday.spring_festival": ("春节", "Spring Festival"),
    "holiday.tomb_sweeping": ("清明节", "Tomb-sweeping Day"),
    "holiday.labour_day": ("劳动节", "Labour Day"),
    "holiday.dragon_boat": ("端午节", "Dragon Boat Festival"),
    "holiday.national_day": ("国庆节", "National Day"),
    "holiday.mid_autumn": ("中秋节", "Mid-autumn Festival"),
    "holiday.anti_fascist_70th": ("抗战胜利70周年纪念日", "Anti-Fascist War 70th anniversary"),
    "calls.day_off": ("{date} 是{reason}：不安排电话（与每周电话计划一致）",
                      "{date} is {reason}: no calls planned (as in the weekly call plan)"),
    # CLI
    "cli.rows": ("共 {rows} 行，{errors} 个错误，{warnings} 个提醒",
                 "{rows} rows, {errors} errors, {warnings} warnings"),
    "cli.warning": ("提醒：", "Warning: "),
    "cli.wrote": ("已写入 {file}", "Wrote {file}"),
    "cli.demo_done": ("示例跟踪表已生成在 {out}：", "Sample trackers written to {out}:"),
})

# Descriptions of customer columns for the 说明 / README sheet.
CUSTOMER_COLUMN_HELP: dict[str, tuple[str, str]] = {
    "customer_id": ("客户的唯一编号，文本", "unique customer identifier (text)"),
    "name": ("公司或客户名称（必填）", "company or customer name (required)"),
    "customer_type": ("如 企业/个人/经销商", "e.g. company / consumer / distributor"),
    "industry": ("所属行业", "industry"),
    "contact_person": ("关键联系人姓名", "name of the key contact"),
    "title": ("联系人职务", "the contact's job title"),
    "mobile": ("11 位手机号，文本保存", "11-digit mobile number, kept as text"),
    "landline": ("区号-号码，如 0750-2212345", "area code + number, e.g. 0750-2212345"),
    "im": ("微信号或旺旺号", "WeChat or Wangwang ID"),
    "email": ("电子邮箱", "e-mail address"),
    "province": ("省份", "province"),
    "city": ("城市", "city"),
    "district": ("区、县或镇街", "district, county or town"),
    "address": ("详细地址", "street address"),
    "latitude": ("纬度（WGS84，十进制度）", "latitude (WGS84, decimal degrees)"),
    "longitude": ("经度（WGS84，十进制度）", "longitude (WGS84, decimal degrees)"),
    "credit_code": ("18 位统一社会信用代码，文本保存", "18-character credit code, kept as text"),
    "source": ("客户来源，如 展会、转介绍、网店", "lead source, e.g. trade fair, referral"),
    "owner": ("负责的业务员", "responsible sales rep"),
    "stage": ("销售漏斗阶段", "funnel stage"),
    "prospect_class": ("成熟 / 希望 / 潜在客户", "mature / hopeful / potential"),
    "annual_sales": ("年销售额（元）", "annual sales (yuan)"),
    "last_purchase_date": ("最近一次购买日期", "date of the last purchase"),
    "last_contact_date": ("最近一次联系日期", "date of the last contact"),
    "next_contact_date": ("计划下次联系日期", "planned next contact"),
    "birthday": ("联系人生日（寄生日贺卡）", "the contact's birthday (for the card)"),
    "created_date": ("建档日期", "date the record was created"),
    "notes": ("备注", "notes"),
    "ship_date": ("发货日期（售后电话按它安排）", "shipping date (after-sale calls follow it)"),
    "delivery_date": ("到货日期（到货回访按它安排）", "arrival date (the arrival check follows it)"),
    "purchase_desire": ("购买欲望：1–5 分或 高/低", "purchase desire: a 1–5 score or high/low"),
    "purchasing_power": ("购买能力：1–5 分或 高/低", "purchasing power: a 1–5 score or high/low"),
    "products": ("主营或所购产品", "main or purchased products"),
    "shop_url": ("网店地址", "online shop URL"),
    "platform": ("网店所在平台，如 淘宝、京东、拼多多", "marketplace, e.g. Taobao, JD, Pinduoduo"),
}
