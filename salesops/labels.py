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


def header_pair(key: str, context: str | None = None) -> tuple[str, str]:
    """The (zh, en) header of column ``key``: ``hdr.<context>.<key>``, else ``hdr.<key>``,
    else the customer column ``col.<key>``.

    ``context`` names a sheet whose header differs from the usual one (the funnel's 金额
    against the ABC summary's 销售额). An unknown column raises ``KeyError``.

    Examples
    --------
    >>> header_pair("abc_class"), header_pair("abc_class", "abc")
    (('等级', 'Class'), ('类别', 'Class'))
    """
    keys = ((f"hdr.{context}.{key}",) if context else ()) + (f"hdr.{key}", f"col.{key}")
    for k in keys:
        if k in CATALOGUE:
            return CATALOGUE[k]
    raise KeyError(keys[0])


def header(key: str, context: str | None = None, lang: str | None = None) -> str:
    """Column ``key``'s header in ``lang`` (see :func:`header_pair`)."""
    zh, en = header_pair(key, context)
    return en if normalise_language(lang) == "en" else zh


def has_header(key: str, context: str | None = None) -> bool:
    """Whether :func:`header_pair` knows column ``key``."""
    try:
        header_pair(key, context)
    except KeyError:
        return False
    return True


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
    "problem.duplicate_customer": (
        "{where}与第 {other} 行重复（{reason}）；ABC 分类和跟进计划按一个客户计算（表里两行都保留）",
        "{where} duplicates row {other} ({reason}); ABC and the follow-up plan count them as "
        "one customer (both rows stay in your file)"),
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
    "problem.header_contained": (
        "表头「{header}」里有标准列名「{guess}」，已按「{value}」读取；如不对请改表头",
        "The header '{header}' contains the standard name '{guess}' and was read as "
        "'{value}'; rename it if that is wrong"),
    "problem.header_ambiguous": (
        "表头「{header}」既像「{value}」又像「{other}」，没有使用；请改成其中一个标准列名",
        "The header '{header}' could be '{value}' or '{other}' and was not used; rename it to "
        "one of them"),
    "problem.date_year_assumed": (
        "{where}{column}「{value}」没有年份，读作 {date}（{year} 年）；如不对请写上年份",
        "{where}, {column}: '{value}' has no year and was read as {date} ({year}); write the "
        "year if that is wrong"),
    "problem.relative_date": (
        "{where}{column}「{value}」是相对的说法，无法确定是哪一天；请写成具体日期，如 2026-12-05",
        "{where}, {column}: '{value}' is relative and names no day; write a date such as "
        "2026-12-05"),
    "cli.plan_warnings": (
        "另有 {count} 条提醒（没有年份的日期、重复的客户、单位换算等）：运行 salesops customers check "
        "{file} 查看",
        "{count} more warnings (dates without a year, customers entered twice, units …): run "
        "salesops customers check {file} to see them"),
    "reading.ids_generated": (
        "{count} 行没有「客户编号」：已按客户名称生成编号（同一文件每次相同），用于计划和跟单记录表",
        "{count} rows have no customer ID: an ID was made from each customer's name (the same "
        "every run) for the plans and the follow-up sheet"),
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
    "error.abc_no_values": ("「{column}」一列没有任何数值（{rows} 个客户都是空的）：ABC 分类需要每个客户的销售额；请检查表里有没有这一列（如 年销售额、年采购额）",
                            "'{column}' holds no value at all ({rows} customers, all empty): ABC "
                            "classes need each customer's sales; check that the table has this "
                            "column (e.g. 年销售额, annual sales)"),
    "error.parquet_needs_pyarrow": ("写 .parquet 需要 pyarrow：pip install pyarrow；或改写成 .csv",
                                    "Writing .parquet needs pyarrow: pip install pyarrow; or "
                                    "write .csv"),
    "error.abc_too_big_for_excel": ("{rows} 行放不进一个 Excel 工作表（上限 {limit} 行）：请写成 -o 文件名.csv 或 .parquet",
                                    "{rows} rows do not fit an Excel sheet (at most {limit}): "
                                    "write -o NAME.csv or .parquet"),
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
    "hw.error.zip_damaged": (
        "{file} 已损坏，无法解压；请让学生重新打包，或把作业文件直接放进一个文件夹再批改",
        "{file} is damaged and cannot be unpacked; have it zipped again, or put the files in a "
        "folder and grade the folder"),
    "hw.error.zip_encrypted": (
        "{file} 设了密码，无法解压；请去掉密码重新打包，或解压到一个文件夹后批改该文件夹",
        "{file} is password-protected; zip it again without a password, or unpack it into a "
        "folder and grade the folder"),
    "hw.error.output_inside": (
        "「{file}」在作业文件夹「{folder}」里面：成绩册和反馈不能写进学生交的作业中间，请换一个位置",
        "'{file}' is inside the submissions folder '{folder}': the gradebook and feedback must "
        "not be written among the submissions; choose another place"),
    "hw.error.rubric_points": (
        "{file} 第 {row} 行：分值「{value}」不是 0 或正数；请填写每项的分数（不计分的项请写 0 或把“启用”改为否）",
        "{file}, row {row}: the points '{value}' are not zero or a positive number; give each "
        "criterion its points (0, or 启用 = no, for one that does not count)"),
    "hw.error.other_exercise": (
        "{file} 交的是「{got}」，不是这次的「{want}」：这次作业计 0 分，未按另一份作业评分",
        "{file} is '{got}', not this exercise '{want}': 0 for this exercise; not graded as the "
        "other one"),
    "hw.warn.cover_other_student": (
        "{file}：文件名是 {named} 的，封面写的却是 {cover}；请核对是谁交的",
        "{file}: the file name says {named}, the cover says {cover}; check who handed it in"),
    "hw.sheet.class_list": ("名单", "Class list"),
    "cli.help_team_rules": ("另加团队规则（课程的排班题没有要求）：两班之间休息 11 小时、每周休息 1 天、最多连上 6 天",
                            "add the team rules (the course's exercise sets none): 11 hours between "
                            "shifts, a rest day a week, at most 6 days in a row"),
    "hw.csv_name": ("成绩", "grades"),
    "hw.col.status": ("状态", "Status"),
    "hw.col.files": ("文件", "Files"),
    "hw.status.handed_in": ("已交", "handed in"),
    "hw.status.missing": ("未交（0 分）", "not handed in (0)"),
    "hw.status.several": ("交了多份（取最高分，请核对）", "several files (best kept; check)"),
    "hw.status.not_on_list": ("不在名单上", "not on the class list"),
    "hw.cli.students": ("班级名单（学号、姓名、班级；csv 或 xlsx）：每名学生一行，未交的记 0 分",
                        "class list (student ID, name, class; csv or xlsx): a row per student, "
                        "0 for those who did not hand in"),
    "hw.error.check_failed": (
        "{file} 批改时出错（{detail}），这份没有评分，其他文件照常批改；请人工批改这份并把文件发给开发者",
        "{file} could not be graded ({detail}); the other files are graded as usual — grade this "
        "one by hand and send it to the developers"),
    "error.sheet_too_big": (
        "{file}「{sheet}」工作表的使用范围是 {ref}（{cells} 个单元格），多半是很远的某个单元格里有内容"
        "或格式；请删除表格以外多余的行和列后保存再试",
        "{file}, sheet '{sheet}': its used range is {ref} ({cells} cells), most likely a value or "
        "format in a far-away cell; delete the rows and columns beyond the table, save and try "
        "again"),
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
        "{where}：{column}「{value}」无法判断高低（用 1–5 分，或 高/低、强/弱、大/小）",
        "{where}: {column} '{value}' cannot be read as high or low (use a 1–5 score or "
        "high/low)"),
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
    "rule.target_fill": ("久未联系，补充到今天的电话量",
                         "not contacted for a long time: added to reach today's target"),
    "rule.policy_overdue": ("久未联系：按服务策略早该联系了，先打电话",
                            "not contacted for too long by the service policy: call first"),
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
    "error.value": ("「{name}」= {value} 不可用：应{rule}", "'{name}' = {value} is not usable: "
                    "it must be {rule}"),
    "error.choice": ("「{name}」= {value} 不可用：应为 {choices} 之一",
                     "'{name}' = {value} is not usable: it must be one of {choices}"),
    "value.rule.at_least": ("为不小于 {low} 的数", "a number not below {low}"),
    "value.rule.above": ("为大于 {low} 的数", "a number above {low}"),
    "value.rule.whole": ("为不小于 {low} 的整数", "a whole number not below {low}"),
    "value.rule.between": ("在 {low} 和 {high} 之间{ends}", "between {low} and {high}{ends}"),
    "value.ends.10": ("（不含 {low}）", " (not {low} itself)"),
    "value.ends.01": ("（不含 {high}）", " (not {high} itself)"),
    "value.ends.11": ("（不含 {low} 和 {high}）", " (neither {low} nor {high} itself)"),
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
    # an outbound campaign's working, clause by clause (直接预测法 / 目标导向推算法)
    "calls.dials_formula": ("拨打次数 = {records} 条名单 × {attempts} 次 = {dials} 次",
                            "dials = {records} records × {attempts} attempts = {dials}"),
    "calls.direct_contacts": ("接通本人 = {dials} 次 × 接通率 {rate} = {contacts} 次",
                              "right-party contacts = {dials} dials × contact rate {rate} = "
                              "{contacts}"),
    "calls.hours_formula": (
        "工时 = ({dials} 次拨打 × {dial_minutes} 分 + {contacts} 次接通 × {contact_minutes} 分通话) "
        "÷ 60 = {hours} 小时",
        "agent-hours = ({dials} dials × {dial_minutes} min + {contacts} contacts × "
        "{contact_minutes} min talk) ÷ 60 = {hours} h"),
    "calls.agents_formula": ("每天座席 = ⌈{hours} ÷ ({days} 天 × {hours_per_day} 小时)⌉ = {agents}",
                             "agents per day = ⌈{hours} ÷ ({days} days × {hours_per_day} h)⌉ "
                             "= {agents}"),
    "calls.goal_formula": (
        "需要接通本人 = {target} 单 ÷ 每次接通的成功率 {rate} = {contacts} 次；"
        "需要名单 = ⌈{contacts} ÷ 每条名单的接通率 {contact_rate}⌉ = {records} 条",
        "right-party contacts needed = {target} successes ÷ success rate per contact {rate} = "
        "{contacts}; records = ⌈{contacts} ÷ contact rate per record {contact_rate}⌉ = "
        "{records}"),
    "error.call_window": ("通话时段「{window}」应写成 09:00-11:30", "Call window '{window}' should look like 09:00-11:30"),
    "calls.plan_summary": ("{date} 计划拨打 {calls} 个电话（目标 {target} 个）",
                           "{date}: {calls} calls planned (target {target})"),
    "calls.shortfall": ("还差 {missing} 个（已补充 {suggestions} 个久未联系的客户，表里没有更多了）",
                        "{missing} short ({suggestions} long-uncontacted customers added; the "
                        "table has no more)"),
    "calls.filled": ("其中 {suggestions} 个是补充的久未联系客户", "{suggestions} of them are "
                     "long-uncontacted customers added to reach the target"),
    "sheet.calllist": ("今日电话清单", "Call list"),
    "sheet.callreport": ("电销日报", "Call report"),
    "sheet.selfcheck": ("每周自查", "Weekly self-check"),
    "sheet.campaign": ("外呼人力测算", "Campaign staffing"),
    "sheet.staffing": ("话务人力", "Hotline staffing"),
    "note.calllist": ("黄金时段 09:00–11:30、14:00–17:30；约见用二择一法：给出同一天的两个具体时间让客户选，并约定地点；"
                      "约好后结果选「已约见」，在「约定时间」填客户选的时间（如 12-01 10:15），下周计划会把它排成固定时间的拜访。"
                      "遇到录音电话就留言，结果选「留言」后，「等候回电」显示客户回电的两个时段。",
                      "Golden hours 09:00–11:30 and 14:00–17:30; for appointments offer two "
                      "concrete times on one day (two-choice method) and fix the place; once "
                      "agreed, pick 'appointment made' and type the chosen time under 'Agreed "
                      "time' (e.g. 12-01 10:15): the next plan routes it as a fixed visit. On a "
                      "voicemail leave the message: with the result 'voicemail left', 'Wait for "
                      "the call back' shows the two windows."),
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
                                       "{cell} ({agent}, {day}): unknown shift '{value}'; use a code of the legend, 09:00-17:00 or off"),
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
    "roster.off": ("休", "off"),  # a day off in the grid; either is read back (OFF_CODES)
    "roster.check_summary": ("共 {count} 处问题", "{count} violations"),
    "roster.no_solution": ("找不到排班（{status}）：{reasons}", "No roster found ({status}): {reasons}"),
    # --- progress bars in the terminal (salesops/progress.py; issue 14) ---------------------
    "progress.roster": ("排班求解", "Rostering"),
    "progress.grading": ("评分", "Grading"),
    "progress.routes": ("排路线", "Routing"),
    "progress.benchmark": ("{instance} 求解", "Solving {instance}"),
    "progress.best": ("目前最好 {value}", "best so far {value}"),
    "progress.write": ("写入 {file}", "Writing {file}"),
    "progress.read": ("读取 {file}", "Reading {file}"),
    "progress.check": ("检查 {file}", "Checking {file}"),
    # --- end of progress bars ------------------------------------------------------------
    "sheet.roster": ("排班表", "Roster"),
    "sheet.coverage": ("覆盖情况", "Coverage"),
    "sheet.heatmap": ("覆盖热力图", "Coverage heat map"),
    "sheet.legend": ("班次表", "Shift legend"),
    "note.roster": ("每格写班次代码（见“班次表”）、09:00-17:00 这样的时间或“休”；保存后用 salesops roster check 检查。",
                    "Write a shift code (see the legend), a time such as 09:00-17:00, or off in "
                    "each cell; check it with salesops roster check."),
    "note.heatmap": ("在岗人数减需要人数：红色 = 缺人，绿色 = 多人。",
                     "Agents on duty minus agents required: red = short, green = extra."),
    "note.legend": ("班次代码 = 开始-结束（整点）；“休”表示休息日。",
                    "Shift code = start-end (hours); off means a day off."),
    # visit routes (COURSE.md §7)
    "routes.summary": ("拜访计划：{visits} 次拜访，{days} 个工作日，共 {km} 公里；{unplanned} 个未能安排",
                       "Visit plan: {visits} visits over {days} working days, {km} km; {unplanned} not planned"),
    "routes.nothing_due": ("——按服务策略，这段时间的跟进计划里没有到期的拜访，也没有约好的拜访",
                           " — by the service policy no visit is due in this period, and no "
                           "appointment was made"),
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
    "ui.none": ("无", "none"),
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
    "readback.appointment_without_time": ("{where}结果是「已约见」，但{column}是空的：请填客户选的时间，如 12-01 10:15",
                                          "{where}the result is 'appointment made' but "
                                          "{column} is empty: type the time the customer "
                                          "chose, e.g. 12-01 10:15"),
    "readback.appointment_bad_time": ("{where}{column}「{value}」读不出日期和时间（可写 12-01 10:15 或 15:25）",
                                      "{where}{column} '{value}' is not a date and time "
                                      "(write 12-01 10:15 or 15:25)"),
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

# ---------------------------------------------------------------------------------------------
# homework (salesops.homework): exercises, rubric, assignment workbooks, grading
# ---------------------------------------------------------------------------------------------
CATALOGUE.update({
    "hw.ex.roster": ("三名客服排班", "Three-agent roster"),
    "hw.ex.customers": ("客户信息资料（表1-4）", "Customer-information table (Table 1-4)"),
    "hw.ex.abc": ("ABC 分类与服务策略", "ABC classes and service policy"),
    "hw.ex.selfcheck": ("每周电话量自查", "Weekly call self-check"),
    "hw.ex.funnel": ("漏斗补充", "Funnel replenishment"),
    "hw.ex.conversion": ("咨询成交率（42 与 29）", "Consultation conversion (42 vs 29)"),
    "hw.ex.script": ("电话销售脚本设计（中国移动）", "Telesales script (China Mobile)"),
    "hw.ex.complaint": ("投诉处理十步", "Ten steps of complaint handling"),
    "hw.src.roster": ("课程来源：客户服务与销售实务 任务二 思考题（呼叫中心排班）", "Course source: customer service and sales, task 2, exercise (call-centre roster)"),
    "hw.src.customers": ("课程来源：电话营销的准备工作 作业（P23 表1-4）", "Course source: preparing telesales, homework (p. 23, Table 1-4)"),
    "hw.src.abc": ("课程来源：售后服务与巩固老客户 ABC 分类管理", "Course source: after-sales service and keeping customers, ABC management"),
    "hw.src.selfcheck": ("课程来源：以客户为中心的电话销售大流程 电话量自查表", "Course source: customer-centred telesales, call-volume self-check"),
    "hw.src.funnel": ("课程来源：漏斗管理系统", "Course source: the funnel management system"),
    "hw.src.conversion": ("课程来源：《电子商务客户服务》项目四 任务情景（小李）", "Course source: e-commerce customer service, project 4 (Xiao Li)"),
    "hw.src.script": ("课程来源：客户服务与销售实务 作业：电话销售脚本设计", "Course source: customer service and sales, homework: telesales script"),
    "hw.src.complaint": ("课程来源：售后服务与巩固老客户 处理投诉的十个步骤", "Course source: after-sales service, the ten steps of handling a complaint"),
    "hw.instr.roster": ("三个客服要做到一周七天 9:00–23:00 都有人在线，每人一周工作时间不能超过 40 小时。\n在「排班表」里给甲、乙、丙每天填一个班次：早（09:00–17:00）、中（12:00–20:00）、晚（15:00–23:00），或写时间如 9-16，休息写「休」。\n需求：每天 14 小时 × 7 天 = 98 小时；能力：3 人 × 40 小时 = 120 小时。", "Three agents must be online 09:00–23:00 seven days a week; nobody works more than 40 hours a week.\nIn the Roster sheet give 甲, 乙 and 丙 one shift a day: 早 (09:00–17:00), 中 (12:00–20:00), 晚 (15:00–23:00), or a time such as 9-16; write 休 for a day off.\nDemand: 14 hours × 7 days = 98 hours; capacity: 3 agents × 40 hours = 120 hours."),
    "hw.instr.customers": ("按表1-4 的格式，收集 3 家开平本地电商企业的客户信息：客户名称、联系人、职务、手机或固定电话、地址、行业、主营产品、统一社会信用代码、客户来源。\n手机 11 位；固定电话写区号，如 0750-2212345；信用代码 18 位。", "In the format of Table 1-4, collect the customer information of 3 local e-commerce firms in Kaiping: name, contact, title, mobile or landline, address, industry, main products, unified social credit code, source.\nMobiles have 11 digits; landlines include the area code, e.g. 0750-2212345; credit codes have 18 characters."),
    "hw.instr.abc": ("80% 的销售额来自 20% 的客户。按年采购额从大到小排列：累计占比达到 80% 之前的客户是 A 类，达到 95% 之前的是 B 类，其余为 C 类。\n在「ABC分类」里给每个客户填类别，并在「服务策略」里写出 A、B 类每年拜访几次、调查信几封、管理层拜访几次。", "80% of sales come from 20% of customers. Rank by yearly purchases, largest first: customers until the cumulative share reaches 80% are A, until 95% B, the rest C.\nFill in each customer's class in the ABC sheet, and in the Service policy sheet how many visits, survey letters and management visits A and B customers get a year."),
    "hw.instr.selfcheck": ("目标：每天 200 个电话（周一至周五）。填写每天实际打出的电话数，算出每天的差额（实际 − 目标）和本周合计。", "Target: 200 calls a day, Monday to Friday. Fill in the calls made each day, each day's gap (made − target) and the week's totals."),
    "hw.instr.funnel": ("看「销售漏斗」中每一层的客户数：哪一层太少（少于上一层的一半）？应该花时间把哪一层的客户往下推动？在「答题」中选择。", "Look at the customers in each funnel layer: which layer is too thin (fewer than half the layer above)? Which layer's customers should you spend time moving down? Choose in the Answers sheet."),
    "hw.instr.conversion": ("小李服务了 42 个顾客，老员工只有 29 个咨询客户，但订单数远高于小李。算出两人的咨询成交率（订单数 ÷ 咨询人数），并回答谁的成交率高。", "Xiao Li served 42 customers; the veteran had only 29 consultations but far more orders. Compute each one's conversion (orders ÷ consultations) and say whose is higher."),
    "hw.instr.script": ("情景：你是中国移动的客服，向一位每月消费约 150 元的客户推荐 128 元/月的全球通套餐（全国通话 300 分钟、接听免费、5 元彩铃、30M 流量、2M 宽带或 60 小时随e行）。\n按陌生电话约访步骤写出对话脚本，并算出客户每月和每年节省多少元。二择一时给出同一天的两个时间。", "Situation: you are a China Mobile agent offering a 128 yuan/month plan to a customer who spends about 150 yuan a month (300 national minutes, free incoming calls, a 5 yuan ringtone, 30M data, 2M broadband or 60 h of mobile internet).\nWrite the script along the cold-call steps and compute what the customer saves a month and a year. In the two-choice step offer two times on the same day."),
    "hw.instr.complaint": ("案例：一位客户投诉收到的货物有破损，周五（2026-12-04）当天已为他换货解决。\n按处理投诉的十个步骤写出你每一步怎么说、怎么做，并写出回访电话的日期（解决后的下一个工作日）。", "Case: a customer complains that the goods arrived damaged; the goods were replaced the same day, Friday 2026-12-04.\nWrite what you say and do in each of the ten steps of handling a complaint, and the date of the follow-up call (the next working day after it was solved)."),
    "hw.crit.roster.coverage": ("每天 09:00–23:00 每半小时都有人在线", "Every half hour 09:00–23:00 covered every day"),
    "hw.crit.roster.max_hours": ("每人每周不超过 40 小时", "Nobody over 40 hours a week"),
    "hw.crit.roster.codes": ("班次代码都能识别", "Every shift code readable"),
    "hw.crit.roster.rest_hours": ("两班之间休息至少 11 小时（团队规则）", "At least 11 hours' rest between shifts (team rule)"),
    "hw.crit.roster.rest_day": ("每人每周至少休息一天（团队规则）", "A rest day every week (team rule)"),
    "hw.crit.customers.three_firms": ("至少 3 家企业", "At least 3 firms"),
    "hw.crit.customers.required": ("必填项齐全（名称、联系人、电话、地址、行业、主营产品）", "Required fields filled (name, contact, phone, address, industry, products)"),
    "hw.crit.customers.phones": ("手机和固定电话格式正确", "Mobiles and landlines valid"),
    "hw.crit.customers.credit_code": ("统一社会信用代码有效（GB 32100-2015 校验位）", "Credit codes valid (GB 32100-2015 check character)"),
    "hw.crit.customers.local": ("是开平本地企业（地址含开平）", "Local Kaiping firms (address in Kaiping)"),
    "hw.crit.abc.classes": ("每个客户的 A/B/C 类别正确", "Each customer's class correct"),
    "hw.crit.abc.policy_a": ("A 类服务策略（定期走访，每半年管理层拜访）", "A policy (regular visits, a management visit every half year)"),
    "hw.crit.abc.policy_b": ("B 类服务策略（每年拜访 1 次，每半年 1 封调查信）", "B policy (a visit a year, a survey letter every half year)"),
    "hw.crit.selfcheck.days": ("周一至周五每天都填了实际电话数", "Calls made filled in for Monday to Friday"),
    "hw.crit.selfcheck.total": ("本周合计计算正确", "Week's totals correct"),
    "hw.crit.selfcheck.gaps": ("每天的差额计算正确", "Each day's gap correct"),
    "hw.crit.funnel.thin_stage": ("找出太少的一层", "The thin layer found"),
    "hw.crit.funnel.source_stage": ("找出应推动的上一层", "The layer to move customers from"),
    "hw.crit.conversion.rates": ("两人的成交率计算正确", "Both conversion rates correct"),
    "hw.crit.conversion.better": ("判断谁的成交率高", "Whose conversion is higher"),
    "hw.crit.script.parts": ("脚本包含每个步骤", "Every step of the script written"),
    "hw.crit.script.saving": ("节省金额：每月 22 元、每年 264 元", "Saving: 22 yuan a month, 264 a year"),
    "hw.crit.script.two_choice": ("二择一：给出同一天的两个时间", "Two-choice: two times offered"),
    "hw.crit.script.wording": ("话术质量（教师评阅）", "Quality of the wording (teacher reads)"),
    "hw.crit.complaint.steps": ("十个步骤都写了", "All ten steps written"),
    "hw.crit.complaint.follow_up": ("回访日期：解决后的下一个工作日", "Follow-up call: the next working day"),
    "hw.crit.complaint.wording": ("处理话术质量（教师评阅）", "Quality of the handling (teacher reads)"),
    "hw.cover.student_id": ("学号", "Student ID"),
    "hw.cover.name": ("姓名", "Name"),
    "hw.cover.class_name": ("班级", "Class"),
    "hw.cover.exercise": ("作业编号", "Exercise ID"),
    "hw.cover.exercise_title": ("作业", "Exercise"),
    "hw.cover.submitted": ("提交日期", "Submitted on"),
    "hw.sheet.cover": ("封面", "Cover"),
    "hw.sheet.task": ("题目", "Task"),
    "hw.sheet.answers": ("答题", "Answers"),
    "hw.sheet.customers": ("客户信息表", "Customers"),
    "hw.sheet.abc": ("ABC分类", "ABC"),
    "hw.sheet.policy": ("服务策略", "Service policy"),
    "hw.sheet.conversion": ("咨询成交", "Conversion"),
    "hw.sheet.script": ("电话脚本", "Phone script"),
    "hw.sheet.complaint": ("投诉处理", "Complaint"),
    "hw.sheet.gradebook": ("成绩册", "Gradebook"),
    "hw.sheet.details": ("评分明细", "Details"),
    "hw.sheet.unreadable": ("无法读取", "Unreadable"),
    "hw.sheet.similar": ("相似提交", "Similar"),
    "hw.sheet.feedback": ("反馈", "Feedback"),
    "hw.sheet.rubric": ("评分标准", "Rubric"),
    "sheet.hw_rubric": ("评分标准", "Rubric"),
    "hw.note.cover": ("请填写学号、姓名、班级和提交日期；不要改作业编号。", "Fill in your student ID, name, class and the date; do not change the exercise ID."),
    "hw.note.customers": ("每行一家企业；手机、电话、信用代码按文本填写。", "One firm a row; type phones and credit codes as text."),
    "hw.note.selfcheck": ("差额 = 实际 − 目标；最后一行是本周合计。", "Gap = made − target; the last row is the week's total."),
    "hw.note.rubric": ("改分值或把「启用」改为 否，保存后用 --rubric 传给 salesops homework grade。", "Change points or set Enabled to no, save, and pass the file to salesops homework grade with --rubric."),
    "hw.note.gradebook": ("每个学生一行；评阅项（教师评阅）需要老师打分。", "One row per student; criteria marked 'teacher reads' are scored by the teacher."),
    "hw.note.similar": ("答案相同或几乎相同的提交，请老师查看。", "Submissions whose answers are identical or nearly so; for the teacher to look at."),
    "hw.col.field": ("项目", "Field"),
    "hw.col.value": ("内容", "Value"),
    "hw.col.task": ("题目与要求", "Task and rules"),
    "hw.col.question": ("问题", "Question"),
    "hw.col.answer": ("答案", "Answer"),
    "hw.col.products": ("主营产品", "Main products"),
    "hw.col.abc_class": ("类别", "Class"),
    "hw.col.visits_per_year": ("每年拜访次数", "Visits a year"),
    "hw.col.letters_per_year": ("每年调查信次数", "Survey letters a year"),
    "hw.col.management_per_year": ("每年管理层拜访次数", "Management visits a year"),
    "hw.col.stage": ("漏斗层", "Funnel layer"),
    "hw.col.count": ("客户数", "Customers"),
    "hw.col.agent": ("客服", "Agent"),
    "hw.col.agent_name": ("姓名", "Name"),
    "hw.col.consultations": ("咨询人数", "Consultations"),
    "hw.col.orders": ("订单数", "Orders"),
    "hw.col.conversion": ("成交率", "Conversion"),
    "hw.col.step": ("步骤", "Step"),
    "hw.col.text_script": ("话术", "What you say"),
    "hw.col.text_complaint": ("怎么说、怎么做", "What you say and do"),
    "hw.col.exercise": ("作业编号", "Exercise ID"),
    "hw.col.exercise_title": ("作业", "Exercise"),
    "hw.col.criterion": ("评分项编号", "Criterion ID"),
    "hw.col.criterion_title": ("评分项", "Criterion"),
    "hw.col.points": ("得分", "Points"),
    "hw.col.max_points": ("满分", "Max"),
    "hw.col.enabled": ("启用", "Enabled"),
    "hw.col.teacher": ("教师评阅", "Teacher reads"),
    "hw.col.passed": ("通过", "Passed"),
    "hw.col.message": ("说明", "Message"),
    "hw.col.cells": ("单元格", "Cells"),
    "hw.col.file": ("文件", "File"),
    "hw.col.score": ("总分", "Score"),
    "hw.col.max_score": ("满分", "Max score"),
    "hw.col.percent": ("得分率", "Percent"),
    "hw.col.feedback": ("反馈", "Feedback"),
    "hw.col.warnings": ("提醒", "Warnings"),
    "hw.col.reason": ("原因", "Reason"),
    "hw.col.file_a": ("文件 1", "File 1"),
    "hw.col.student_a": ("学生 1", "Student 1"),
    "hw.col.file_b": ("文件 2", "File 2"),
    "hw.col.student_b": ("学生 2", "Student 2"),
    "hw.col.share": ("相同比例", "Same share"),
    "hw.q.funnel.thin_stage": ("哪一层客户太少？", "Which layer is too thin?"),
    "hw.q.funnel.source_stage": ("应该把哪一层的客户往下推动？", "Which layer's customers should you move down?"),
    "hw.q.conversion.better": ("谁的咨询成交率高？", "Whose conversion is higher?"),
    "hw.q.script.saving_month": ("客户每月节省多少元？", "How many yuan does the customer save a month?"),
    "hw.q.script.saving_year": ("客户每年节省多少元？", "How many yuan a year?"),
    "hw.q.complaint.follow_up_date": ("回访电话在哪一天打？（日期）", "On which date is the follow-up call? (date)"),
    "hw.agent.xiaoli": ("小李（新客服）", "Xiao Li (new agent)"),
    "hw.agent.veteran": ("老员工", "Veteran"),
    "hw.step.script.identity": ("1 确认身份", "1 Confirm identity"),
    "hw.step.script.greeting": ("2 问好，自我介绍", "2 Greet and introduce yourself"),
    "hw.step.script.purpose": ("3 表明来意", "3 Say why you call"),
    "hw.step.script.offer": ("4 介绍套餐与优惠", "4 Present the plan and the saving"),
    "hw.step.script.two_choice": ("5 二择一敲定", "5 Two-choice close"),
    "hw.step.script.objection": ("6 拒绝处理（我很忙 / 不感兴趣）", "6 Handle refusal (busy / not interested)"),
    "hw.step.script.close": ("7 跟进确认", "7 Follow up and confirm"),
    "hw.step.complaint.empathise": ("1 表示理解和同情", "1 Show understanding"),
    "hw.step.complaint.listen": ("2 听完客户的全部陈述", "2 Hear the whole story"),
    "hw.step.complaint.agree": ("3 在可以认同的地方表示认同", "3 Agree where you can"),
    "hw.step.complaint.record": ("4 记录投诉内容", "4 Record the complaint"),
    "hw.step.complaint.own": ("5 承担责任，不推诿", "5 Own it"),
    "hw.step.complaint.fix_now": ("6 立即着手解决", "6 Start fixing it now"),
    "hw.step.complaint.choice": ("7 给出可选择的解决方案", "7 Agree a solution with a choice"),
    "hw.step.complaint.follow_up_call": ("8 解决后电话回访", "8 Follow-up call after it is solved"),
    "hw.step.complaint.letter": ("9 寄一封致谢/致歉信", "9 Send a letter"),
    "hw.step.complaint.lessons": ("10 总结教训，改进工作", "10 Learn the lesson"),
    "hw.total": ("合计", "Total"),
    "hw.yes": ("是", "yes"),
    "hw.no": ("否", "no"),
    "hw.teacher": ("待评", "teacher"),
    "hw.ok": ("正确", "correct"),
    "hw.ok.coverage": ("每天 {open} 每半小时都有人在线", "every half hour of {open} is covered every day"),
    "hw.ok.max_hours": ("每人每周都不超过 {max} 小时", "nobody works more than {max} hours"),
    "hw.ok.three_firms": ("共 {n} 家企业", "{n} firms"),
    "hw.ok.classes": ("10 个客户的类别都正确", "all ten classes are right"),
    "hw.teacher_reads": ("由老师评阅打分", "scored by the teacher"),
    "hw.missing_table": ("没有找到「{what}」（表头被改了或工作表被删了？）", "could not find '{what}' (were the headers changed or the sheet deleted?)"),
    "hw.source_sample": ("网店", "online shop"),
    "hw.sample.script.identity": ("您好，请问是王先生吗？", "Hello, is that Mr Wang?"),
    "hw.sample.script.greeting": ("王先生您好，打扰您两分钟，我是开平移动的客服小陈。", "Good morning Mr Wang, two minutes of your time: I am Chen from China Mobile Kaiping."),
    "hw.sample.script.purpose": ("为了回报老用户，我们下个月起为您下调话费资费。", "To thank long-standing customers we are lowering your tariff from next month."),
    "hw.sample.script.offer": ("您每月大约 150 元，升级全球通 128 元套餐后全国通话 300 分钟、接听免费，每月省 22 元，一年省 264 元。", "You spend about 150 yuan a month; the 128 yuan plan gives 300 national minutes and free incoming calls: 22 yuan a month, 264 a year saved."),
    "hw.sample.script.two_choice": ("您看明天上午 10:15 还是下午 3:25 我帮您确认办理？", "Shall I confirm it with you tomorrow at 10:15 or at 15:25?"),
    "hw.sample.script.objection": ("我理解您很忙，所以只占用您两分钟；办理不用跑营业厅。", "I understand you are busy, so this takes two minutes; no need to visit a shop."),
    "hw.sample.script.close": ("好的，明天上午 10:15 我再打给您确认，祝您愉快！", "Fine, I will call you tomorrow at 10:15 to confirm. Have a nice day!"),
    "hw.sample.complaint.empathise": ("非常抱歉货物破损给您添麻烦了，我完全理解您的心情。", "I am very sorry the goods arrived damaged; I understand how you feel."),
    "hw.sample.complaint.listen": ("请您把情况详细说一下，我认真听。", "Please tell me everything; I am listening."),
    "hw.sample.complaint.agree": ("您说得对，包装确实应该更结实。", "You are right, the packing should have been stronger."),
    "hw.sample.complaint.record": ("记录订单号、破损情况和照片。", "Record the order number, the damage and photos."),
    "hw.sample.complaint.own": ("这是我们的责任，由我负责跟进到底。", "This is our responsibility and I will see it through."),
    "hw.sample.complaint.fix_now": ("今天就为您安排换货。", "I am arranging the replacement today."),
    "hw.sample.complaint.choice": ("您希望换一件新的，还是退款？", "Would you like a new one or a refund?"),
    "hw.sample.complaint.follow_up_call": ("下周一打电话问新货是否完好。", "Call on Monday to ask whether the new goods are fine."),
    "hw.sample.complaint.letter": ("寄一封致歉信并附优惠券。", "Send a letter of apology with a voucher."),
    "hw.sample.complaint.lessons": ("改进包装，在例会上分享这次教训。", "Improve the packing and share the lesson at the team meeting."),
    "hw.feedback_folder": ("反馈", "feedback"),
    "hw.cli.homework": ("作业：发放、自查、全班评分", "homework: hand out, self-check, grade a class"),
    "hw.cli.list": ("列出课程的作业", "list the course's exercises"),
    "hw.cli.new": ("生成作业工作簿（一个学生或全班）", "write assignment workbooks (one student or a class)"),
    "hw.cli.exercise": ("作业编号，见 salesops homework list", "exercise ID, see salesops homework list"),
    "hw.cli.new_output": ("作业文件 .xlsx；配合 --students 时是文件夹", "assignment .xlsx; a folder with --students"),
    "hw.cli.students": ("班级名单（学号、姓名、班级；csv 或 xlsx）", "class list (student ID, name, class; csv or xlsx)"),
    "hw.cli.start": ("排班作业的第一天（周一，YYYY-MM-DD）", "first day of the roster week (a Monday, YYYY-MM-DD)"),
    "hw.cli.overwrite": ("替换已有文件（旧文件保留为备份）", "replace existing files (the old ones are kept as backups)"),
    "hw.cli.check": ("自查一份作业：对错、单元格和得分", "self-check one submission: what is right, the cells, the score"),
    "hw.cli.rubric": ("评分标准工作簿（salesops homework rubric 生成后修改）", "rubric workbook (write it with salesops homework rubric, then edit)"),
    "hw.cli.grade": ("评全班：文件夹或 zip → 成绩册 + 每人的反馈", "grade a class: folder or zip → gradebook + feedback per student"),
    "hw.cli.source": ("交上来的文件所在的文件夹或 zip", "folder or zip of the submissions"),
    "hw.cli.gradebook": ("成绩册 .xlsx", "gradebook .xlsx"),
    "hw.cli.feedback": ("反馈工作簿的文件夹（默认在成绩册旁边）", "folder for the feedback workbooks (default: beside the gradebook)"),
    "hw.cli.rubric_out": ("写出可修改的评分标准", "write the editable rubric"),
    "hw.ui.loaded": ("已生成示例班级：{n} 份作业", "Sample class ready: {n} submissions"),
    "hw.ui.uploaded": ("已上传 {n} 个文件", "{n} files uploaded"),
    "hw.ui.nothing": ("请先上传全班的作业（zip 或多个文件），或点「示例班级」", "Upload the class's files (a zip or several files) or press Sample class first"),
    "hw.ui.upload_class": ("上传全班作业（zip 或文件）", "Upload the class (zip or files)"),
    "hw.ui.sample_class": ("示例班级（40 人）", "Sample class (40)"),
    "hw.ui.grade": ("评分并生成成绩册", "Grade and write the gradebook"),
    "hw.ui.new": ("下载作业", "Download the exercise"),
    "hw.ui.upload_answer": ("上传做好的作业自查", "Upload your answer to check it"),
    "error.routes_engine": ("不支持的路线引擎「{engine}」；请用 auto、pyvrp 或 ortools", "unknown routing engine '{engine}'; use auto, pyvrp or ortools"),
    "calls.closed_day": ("{date} 不是工作日（周末或法定节假日）：按每周计划这天不打电话", "{date} is not a working day (weekend or public holiday): the weekly plan has no calls that day"),
    "plan.summary": ("{start} 至 {end}：{followups} 次跟进，其中 {visits} 次拜访、{calls} 个电话；{unplanned} 次拜访未能安排", "{start} to {end}: {followups} follow-ups, {visits} of them visits, {calls} calls; {unplanned} visits could not be planned"),
    "plan.cli.week": ("一周（或几周）的计划：跟单记录表、电话清单和拜访路线是同一个计划", "the week's plan (or several weeks): follow-ups, calls and routed visits as one plan"),
    "plan.cli.from": ("第一天，YYYY-MM-DD", "first day, YYYY-MM-DD"),
    "plan.cli.weeks": ("几周（默认 1）", "number of weeks (default 1)"),
    "plan.cli.calls": ("每天电话目标（默认 200）", "calls a day (default 200)"),
    "plan.cli.seconds": ("路线规划的时间上限（秒）", "time limit of the route planning (seconds)"),
    "plan.cli.calls_done": ("填好的今日电话清单（可多次给出）：结果为「已约见」的按约定时间排成固定拜访",
                            "a filled-in call list (may be given more than once): its "
                            "'appointment made' rows become visits at the agreed time"),
    "plan.cli.done": ("填好的跟单记录表（可多次给出）：已经做过的联系不再安排",
                      "a filled-in follow-up sheet (may be given more than once): contacts "
                      "already made are not planned again"),
    "plan.cli.output": ("写出本周工作簿 .xlsx", "write the week's workbook .xlsx"),
    "calls.binding_time": ("还差 {missing} 个：时间不够——按每个电话的时长需要 {needed} 分钟，黄金时间只有 {available} 分钟；请延长通话时段、增加坐席或缩短通话，而不是补充客户", "{missing} short: time is the limit — the calls need {needed} minutes, the golden hours hold {available}; extend the calling hours, add a caller or shorten the calls rather than adding customers"),
    "title.calllist": ("今日电话清单 · {date}（{weekday}）", "Call list · {date} ({weekday})"),
    "calls.voicemail": ("留言：我已为您空出 {day1} {start1}–{end1} 和 {day2} {start2}–{end2} 两个时段，请在这两个时段给我回电", "Voicemail: I have kept {day1} {start1}–{end1} and {day2} {start2}–{end2} free for you; please call me back in one of them"),
    "calls.target_too_long": ("（目标本身需要 {needed} 分钟，黄金时间只有 {available} 分钟）", "(the target itself needs {needed} minutes; the golden hours hold {available})"),
    "hw.blank": ("「{what}」还没有填写", "'{what}' has not been filled in"),
    "hw.rubric_intro": ("评分标准：", "How it is scored:"),
    "hw.summary_line": ("{mark} {title}（{points}/{max}）：{message}",
                        "{mark} {title} ({points}/{max}): {message}"),
    "hw.feedback_line": ("{title}：{message}", "{title}: {message}"),
    "hw.at_cell": ("{cell}：{message}", "{cell}: {message}"),
    "hw.rubric_line": ("· {title}（{points} 分）", "· {title} ({points} points)"),
    "hw.msg.roster_capacity": ("需求每周需要 {need} 小时；{agents} 名座席 × {max} 小时 = {have} 小时，不够", "the week needs {need} hours; {agents} agents × {max} hours = {have} hours is not enough"),
    "hw.msg.three_firms": ("只有 {n} 家企业，需要 3 家", "only {n} firms; 3 are needed"),
    "hw.msg.missing_field": ("{cell}：「{header}」没有填", "{cell}: '{header}' is empty"),
    "hw.msg.missing_phone": ("{cell}：第 {row} 行没有手机也没有固定电话", "{cell}: row {row} has neither a mobile nor a landline"),
    "hw.msg.not_local": ("{cell}：地址里没有「开平」", "{cell}: the address is not in Kaiping (开平)"),
    "hw.msg.abc_wrong": ("{cell}：{name} 的类别「{value}」不对", "{cell}: the class '{value}' of {name} is wrong"),
    "hw.msg.roster_agents": ("表里有 {n} 名座席，题目是 {want} 名：只按前 {want} 名评分，覆盖分按 {want}/{n} 计", "The grid has {n} agents; the exercise has {want}: only the first {want} are graded, and the coverage points are scaled by {want}/{n}"),
    "hw.msg.roster_days": ("只排了 {n} 天，题目要排一周 7 天：缺的天算没有人值班", "Only {n} days are planned; the exercise is a week of 7: the missing days count as uncovered"),
    "hw.msg.abc_missing": ("没有给「{name}」分类（题目给出的客户都要分类）", "{name} is not classified (every customer given must be)"),
    "hw.msg.policy_visits": ("{cell}：{cls} 类每年拜访次数「{value}」不符合课程的服务策略", "{cell}: {value} visits a year for class {cls} does not follow the course's policy"),
    "hw.msg.policy_management": ("{cell}：{cls} 类每年管理层拜访「{value}」不对（每半年一次）", "{cell}: {value} management visits a year for class {cls} is wrong (one every half year)"),
    "hw.msg.policy_letters": ("{cell}：{cls} 类每年调查信「{value}」不对（每半年一封）", "{cell}: {value} survey letters a year for class {cls} is wrong (one every half year)"),
    "hw.msg.made_missing": ("{cell}：实际电话数「{value}」不是整数", "{cell}: calls made '{value}' is not a whole number"),
    "hw.msg.five_days": ("只有 {n} 天，需要周一至周五", "only {n} days; Monday to Friday are needed"),
    "hw.msg.no_total": ("没有「合计」行", "there is no Total row"),
    "hw.msg.total_wrong": ("{cell}：合计「{value}」算错了", "{cell}: the total '{value}' is wrong"),
    "hw.msg.gap_wrong": ("{cell}：差额「{value}」不等于 实际 − 目标", "{cell}: the gap '{value}' is not made − target"),
    "hw.msg.thin_stage_wrong": ("{cell}：「{value}」不是太少的那一层（少于上一层的一半）", "{cell}: '{value}' is not the thin layer (fewer than half the layer above)"),
    "hw.msg.source_stage_wrong": ("{cell}：「{value}」不对：应推动的是太少那一层的上一层", "{cell}: '{value}' is wrong: move customers from the layer above the thin one"),
    "hw.msg.rate_wrong": ("{cell}：{agent} 的成交率「{value}」不对（订单数 ÷ 咨询人数）", "{cell}: the conversion '{value}' of {agent} is wrong (orders ÷ consultations)"),
    "hw.msg.better_wrong": ("「{value}」不对：比较的是成交率，不是咨询人数", "'{value}' is wrong: compare the conversion, not the consultations"),
    "hw.msg.step_empty": ("{cell}：「{step}」没有写（只有标点或一个字不算）", "{cell}: '{step}' is not written (punctuation or a single character is not an answer)"),
    "hw.msg.saving_month_wrong": ("{cell}：每月节省「{value}」不对（150 − 128）", "{cell}: the monthly saving '{value}' is wrong (150 − 128)"),
    "hw.msg.saving_year_wrong": ("{cell}：每年节省「{value}」不对（每月节省 × 12）", "{cell}: the yearly saving '{value}' is wrong (monthly × 12)"),
    "hw.msg.two_choice": ("{cell}：二择一要给出两个具体时间，如「明天上午 10:15 还是下午 3:25」", "{cell}: a two-choice offers two concrete times, e.g. 'tomorrow 10:15 or 15:25'"),
    "hw.msg.follow_up_wrong": ("{cell}：回访日期「{value}」不对：解决后的下一个工作日", "{cell}: the follow-up date '{value}' is wrong: the next working day after it was solved"),
    "hw.summary": ("{title} — {name}（{student_id}）：{score} / {max} 分", "{title} — {name} ({student_id}): {score} / {max} points"),
    "hw.all_right": ("全部正确", "everything is right"),
    "hw.class_summary": ("已评 {n} 份；{bad} 个文件无法读取；{similar} 对相似提交", "{n} graded; {bad} files unreadable; {similar} similar pairs"),
    "hw.warn.no_cover": ("{file}：封面上没有学号或姓名，按文件名认作 {name}（{student_id}）", "{file}: the cover gives no student ID or name; taken from the file name as {name} ({student_id})"),
    "hw.warn.other_exercise": ("{file}：交的是「{got}」，不是「{want}」", "{file}: this is '{got}', not '{want}'"),
    "hw.error.unknown_exercise": ("没有作业「{value}」；可用：{known}", "no exercise '{value}'; use one of: {known}"),
    "hw.error.not_homework": ("{file}：认不出是哪一次作业（没有封面，也没有作业的表格）", "{file}: not recognisable as a course exercise (no cover and none of the exercise's tables)"),
    "hw.error.not_a_table": ("{file}：不是表格文件（需要 .xlsx/.xls/.ods/.csv）", "{file}: not a spreadsheet (.xlsx/.xls/.ods/.csv needed)"),
    "hw.error.zip_too_big": ("{file}：解压后超过 {mb} MB，不读取", "{file}: unpacks to more than {mb} MB; not read"),
    "hw.error.rubric": ("{file}：没有找到评分标准表（作业编号、评分项编号、得分、启用）", "{file}: no rubric table found (exercise ID, criterion ID, points, enabled)"),
    "hw.error.rubric_row": ("{file} 第 {row} 行：「{value}」不对", "{file} row {row}: '{value}' is not valid"),
    "hw.error.class_list": ("{file}：没有找到学号和姓名两列", "{file}: no student ID and name columns found"),
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

# =============================================================================================
# Online customer service (seed 003, 《电子商务客户服务》项目四) — salesops/service.py
# One row per conversation; canonical key -> (zh header, en header), then accepted synonyms.
# =============================================================================================
CONSULTATION_COLUMNS: dict[str, tuple[str, str]] = {
    "agent": ("客服", "Agent"),
    "customer": ("顾客", "Customer"),
    "start_time": ("接入时间", "Start time"),
    "first_message_time": ("顾客首条消息", "First customer message"),
    "first_reply_time": ("首次回复", "First reply"),
    "converted": ("是否成交", "Converted"),
    "reason": ("未成交原因", "Reason not converted"),
    "rating": ("评分", "Rating"),
    "notes": ("备注", "Notes"),
}

CONSULTATION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "agent": ("客服人员", "客服姓名", "接待客服", "在线客服", "客服旺旺", "座席", "坐席",
              "agent name", "service agent", "staff"),
    "customer": ("顾客旺旺", "顾客昵称", "买家", "买家昵称", "买家旺旺", "客户", "客户名称",
                 "旺旺号", "buyer", "customer name", "customer id"),
    "start_time": ("开始时间", "咨询时间", "会话开始", "会话开始时间", "接待时间", "start",
                   "started", "started at"),
    "first_message_time": ("顾客首次发言", "首条消息时间", "顾客发言时间", "顾客首条消息时间",
                           "first message", "first message time", "customer first message"),
    "first_reply_time": ("首次回复时间", "客服首次回复", "首次响应时间", "首次响应", "回复时间",
                         "first reply time", "first response", "first response time"),
    "converted": ("成交", "成交情况", "是否下单", "成交/未成交", "顾客分类", "outcome",
                  "result", "ordered", "order"),
    "reason": ("原因", "未成交理由", "流失原因", "未购买原因", "reason", "lost reason",
               "reason not bought"),
    "rating": ("客户评价", "顾客评价", "评价", "服务评分", "评价分数", "满意度", "score",
               "satisfaction"),
    "notes": ("说明", "附注", "remarks", "comment", "comments", "note"),
}

CATALOGUE.update({f"service.col.{k}": v for k, v in CONSULTATION_COLUMNS.items()})
CATALOGUE.update({
    "service.col.first_response_seconds": ("首次响应（秒）", "First response (s)"),
    "service.col.within_standard": ("达标", "Within standard"),
    "service.col.consultations": ("咨询量", "Consultations"),
    "service.col.orders": ("成交单数", "Orders"),
    "service.col.conversion": ("成交率（成交÷咨询）", "Conversion (orders ÷ consultations)"),
    "service.col.median_first_response_seconds": ("首次响应中位数（秒）",
                                                  "Median first response (s)"),
    "service.col.within_standard_share": ("响应达标率", "Replies within standard"),
    "service.col.average_rating": ("平均评分", "Average rating"),
    "service.col.ratings": ("评价数", "Ratings"),
    "service.col.reason_label": ("未成交原因", "Reason not converted"),
    "service.col.count": ("顾客数", "Customers"),
    "service.col.share": ("占未成交比例", "Share of not converted"),
    "outcome.converted": ("成交", "Converted"),
    "outcome.not_converted": ("未成交", "Not converted"),
    "lost_reason.price": ("价格", "price"),
    "lost_reason.product": ("产品", "product"),
    "lost_reason.service": ("服务", "service"),
    "lost_reason.shipping": ("物流", "shipping"),
    "lost_reason.trust": ("信用/担心", "trust"),
    "lost_reason.thinking": ("再考虑", "thinking it over"),
    "lost_reason.other": ("其他", "other"),
    "lost_reason.none": ("未填写原因", "no reason given"),
    "sheet.consultations": ("咨询记录", "Consultations"),
    "sheet.service_agents": ("客服业绩", "Agents"),
    "sheet.service_reasons": ("未成交原因", "Reasons not converted"),
    "chart.service_agents": ("咨询量与成交单数", "Consultations and orders"),
    "chart.service_reasons": ("顾客为什么没有买", "Why customers did not buy"),
    "note.consultations": (
        "每次接待一行。顾客发出消息后 {seconds} 秒内必须有问候；每位顾客标“成交/未成交”，未成交写原因"
        "（价格还是产品……）；首次响应由公式计算。",
        "One row per conversation. Greet within {seconds} s of the customer's first message; "
        "tag every customer converted / not converted and say why not (price, product…); the "
        "first response is a formula."),
    "note.service_agents": (
        "成交率 = 成交单数 ÷ 咨询量（接待得多不等于卖得多）；响应达标率 = 首次回复在 {seconds} 秒内的会话占比。",
        "Conversion = orders ÷ consultations (serving more is not selling more); replies "
        "within standard = share of conversations answered within {seconds} s."),
    "service.agent_line": (
        "{agent}：咨询 {consultations} 个，成交 {orders} 单，成交率 {conversion}；首次响应中位数 "
        "{median} 秒，{seconds} 秒内回复 {within}；平均评分 {rating}",
        "{agent}: {consultations} consultations, {orders} orders, conversion {conversion}; "
        "median first response {median} s, within {seconds} s: {within}; average rating "
        "{rating}"),
    "service.lesson": (
        "{busy} 接待了 {busy_n} 个顾客却只成交 {busy_orders} 单，少于只有 {other_n} 个咨询的 {other}"
        "（{other_orders} 单）：要比成交率，不是接待量。",
        "{busy} served {busy_n} customers but closed only {busy_orders} orders, fewer than "
        "{other} with {other_n} consultations ({other_orders} orders): compare conversion, "
        "not volume."),
    "service.reasons_line": ("未成交原因：{reasons}", "Reasons not converted: {reasons}"),
    "problem.missing_agent": ("{where}没有客服姓名", "{where}: the agent is empty"),
    "problem.bad_datetime": (
        "{where}{column}「{value}」不是时间（可写 2026-11-20 10:02:15；接入时间写了日期时，其余两列可以只写 10:02:15）",
        "{where}, {column}: '{value}' is not a time (write 2026-11-20 10:02:15; once the start "
        "time has its date, the other two may be just 10:02:15)"),
    "problem.time_without_day": (
        "{where}{column}「{value}」只有时间，没有日期：接入时间要写日期和时间（如 2026-11-20 10:02:15），顾客首条消息和首次回复才可以只写时间",
        "{where}, {column}: '{value}' is a time without a date: the start time needs its date "
        "and time (2026-11-20 10:02:15) for the other two to be just a time"),
    "problem.bad_outcome": ("{where}{column}「{value}」看不出是否成交（写“成交”或“未成交”）",
                            "{where}, {column}: '{value}' does not say converted or not "
                            "(write converted / not converted)"),
    "problem.missing_outcome": ("{where}{column}是空的：请标明成交或未成交",
                                "{where}, {column} is empty: tag it converted or not"),
    "problem.bad_rating": ("{where}{column}「{value}」不是 1–5 分",
                           "{where}, {column}: '{value}' is not a 1–5 rating"),
    "problem.reply_before_message": ("{where}{column}「{value}」早于顾客的首条消息",
                                     "{where}, {column}: '{value}' is before the customer's "
                                     "first message"),
    "error.log_columns": (
        "{file}：找不到必需的列 {columns}（可用的表头如 {examples}）",
        "{file}: required columns {columns} are missing (headers such as {examples})"),
    "error.no_log_header": (
        "{where}：前 {rows} 行里找不到咨询记录的表头（需要“客服”和“是否成交”等列）",
        "{where}: no consultation-log header in the first {rows} rows ('Agent' and "
        "'Converted' columns are needed)"),
    "error.service_standard": ("响应标准 {value} 秒不可用：应为大于 0 的秒数",
                               "Response standard {value} s is not usable: give seconds above 0"),
    "cli.help_service": ("在线客服统计：咨询量、成交率、首次响应、评分、未成交原因",
                         "online service: consultations, conversion, first response, ratings, "
                         "reasons not converted"),
    "cli.help_standard_seconds": ("首次回复标准（秒，默认 10）",
                                  "first-reply standard in seconds (default 10)"),
    "cli.help_output": ("写入的 .xlsx 文件", "the .xlsx file to write"),
    "cli.help_overwrite": ("替换已有文件（旧文件备份为 *.bak.xlsx）",
                           "replace an existing file (the old one is kept as *.bak.xlsx)"),
})

#: words people write for 成交 / 未成交 (checked after the catalogue's own labels)
OUTCOME_SYNONYMS: dict[bool, tuple[str, ...]] = {
    True: ("成交", "已成交", "成交顾客", "成交客户", "已下单", "下单", "已购买", "购买", "是", "有",
           "yes", "y", "true", "1", "converted", "won", "bought", "ordered", "✓", "√", "✔"),
    False: ("未成交", "没成交", "不成交", "未成交顾客", "未成交客户", "未下单", "没下单", "未购买",
            "否", "无", "no", "n", "false", "0", "not converted", "lost", "×", "✗", "✘"),
}

#: words people write for why a customer did not buy (003: 价格还是产品的欠缺……)
LOST_REASON_SYNONYMS: dict[str, tuple[str, ...]] = {
    "price": ("价格", "价钱", "太贵", "太贵了", "贵", "嫌贵", "议价", "讲价", "能不能便宜一些",
              "能便宜点吗", "别的地方更便宜", "它真的值那么多钱吗", "价格高",
              "price", "too expensive", "expensive"),
    "product": ("产品", "商品", "产品欠缺", "款式", "质量", "尺码", "颜色", "缺货", "没货",
                "product", "quality", "out of stock"),
    "service": ("服务", "态度", "回复慢", "service", "slow reply"),
    "shipping": ("物流", "快递", "运费", "发货", "发货慢", "shipping", "delivery"),
    "trust": ("信用", "担心", "不放心", "信任", "怕假货", "担心质量", "trust", "worried"),
    "thinking": ("考虑", "再考虑", "考虑一下", "我要考虑一下", "再看看", "随便看看", "thinking",
                 "thinking it over", "later", "just looking"),
    "other": ("其他", "其它", "other"),
}

# =============================================================================================
# Complaint log (客户投诉登记表, seed 001: the ten steps) — salesops/complaints.py
# canonical key -> (zh header, en header), then accepted synonyms.
# =============================================================================================
COMPLAINT_STEPS = ("empathise", "listen", "agree", "record", "own", "fix_now", "solution",
                   "follow_up_call", "letter", "lessons")

COMPLAINT_COLUMNS: dict[str, tuple[str, str]] = {
    "complaint_id": ("投诉编号", "Complaint ID"),
    "received_date": ("受理日期", "Received"),
    "customer_id": ("客户编号", "Customer ID"),
    "name": ("客户", "Customer"),
    "contact_person": ("联系人", "Contact person"),
    "phone": ("电话", "Phone"),
    "channel": ("投诉方式", "Received by"),
    "issue": ("投诉内容", "Complaint"),
    "owner": ("处理人", "Handled by"),
    **{f"step_{k}": v for k, v in zip(COMPLAINT_STEPS, (
        ("①理解感受", "1 Empathise"), ("②听完经过", "2 Hear it all"),
        ("③尽量赞同", "3 Agree"), ("④记录", "4 Record"), ("⑤不推卸", "5 Own it"),
        ("⑥立即处理", "6 Fix now"), ("⑦给出选择", "7 Agree a choice"),
        ("⑧电话回访", "8 Follow-up call"), ("⑨写信", "9 Letter"),
        ("⑩总结教训", "10 Lessons")), strict=True)},
    "solution": ("解决方案", "Solution"),
    "solved_date": ("解决日期", "Solved"),
    "notes": ("备注", "Notes"),
}

COMPLAINT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "complaint_id": ("编号", "投诉单号", "序号", "id", "complaint no", "case id"),
    "received_date": ("投诉日期", "日期", "接到日期", "登记日期", "received date", "date"),
    "customer_id": ("客户代码", "customer code"),
    "name": ("客户名称", "顾客", "投诉人", "公司名称", "customer name", "company"),
    "contact_person": ("联系人姓名", "姓名", "contact", "contact name"),
    "phone": ("联系电话", "手机", "手机号", "phone number", "mobile", "tel"),
    "channel": ("方式", "渠道", "来源", "channel"),
    "issue": ("投诉事项", "问题", "抱怨内容", "内容", "issue", "problem", "description"),
    "owner": ("负责人", "处理人员", "跟进人", "业务员", "handler", "owner", "rep"),
    "step_empathise": ("理解感受", "表示理解", "1", "step 1", "empathise", "empathize"),
    "step_listen": ("听完经过", "听完整个经过", "倾听", "2", "step 2", "listen"),
    "step_agree": ("尽量赞同", "赞同", "3", "step 3", "agree"),
    "step_record": ("记录", "记录抱怨", "4", "step 4", "record"),
    "step_own": ("不推卸", "不推卸责任", "5", "step 5", "own it"),
    "step_fix_now": ("立即处理", "立刻解决", "6", "step 6", "fix now"),
    "step_solution": ("给出选择", "达成方案", "解决方案确认", "7", "step 7", "agree a solution"),
    "step_follow_up_call": ("电话回访", "电话追踪", "回访", "8", "step 8", "follow-up call"),
    "step_letter": ("写信", "致信", "感谢信", "9", "step 9", "letter"),
    "step_lessons": ("总结教训", "总结", "经验教训", "10", "step 10", "lessons", "lessons learned"),
    "solution": ("处理方案", "处理结果", "方案", "resolution"),
    "solved_date": ("解决时间", "处理完成日期", "结案日期", "solved date", "resolved",
                    "resolved date"),
    "notes": ("说明", "附注", "remarks", "comment", "comments", "note"),
}

#: what people put in a checklist cell for "done" / "not done"
TICK_SYNONYMS: dict[bool, tuple[str, ...]] = {
    True: ("✓", "√", "✔", "☑", "是", "已完成", "完成", "已做", "done", "yes", "y", "true", "1"),
    False: ("否", "未完成", "未做", "no", "n", "false", "0", "✗", "×", "☐"),
}

CATALOGUE.update({f"complaint.col.{k}": v for k, v in COMPLAINT_COLUMNS.items()})
CATALOGUE.update({
    "complaint.col.status": ("状态", "Status"),
    "complaint.col.steps_done": ("已完成步骤", "Steps done"),
    "complaint.col.solve_due": ("应解决日期", "Solve by"),
    "complaint.col.call_due": ("回访日期", "Call on"),
    "complaint.col.letter_due": ("寄信日期", "Letter by"),
    "complaint.col.overdue_text": ("逾期步骤", "Overdue steps"),
    "complaint.col.step_label": ("步骤", "Step"),
    "complaint.col.due": ("应完成日期", "Due"),
    "complaint.col.days_overdue": ("逾期天数", "Days overdue"),
    "complaint_status.open": ("处理中", "open"),
    "complaint_status.solved": ("已解决", "solved"),
    "complaint_status.closed": ("已结案", "closed"),
    "complaint_step.empathise": ("告诉他们，你很了解他们的感受", "tell them you understand how "
                                 "they feel"),
    "complaint_step.listen": ("听完整个经过，不要插嘴", "hear the whole story without "
                              "interrupting"),
    "complaint_step.agree": ("尽可能赞同他们的说法，绝不争辩或生气", "agree where you can; never "
                             "argue or get angry"),
    "complaint_step.record": ("把抱怨记录下来", "write the complaint down"),
    "complaint_step.own": ("不要推卸责任", "do not pass the buck"),
    "complaint_step.fix_now": ("立刻解决", "fix it now"),
    "complaint_step.solution": ("达成解决方案，尽量给客户一个选择", "agree a solution, with a "
                                "choice for the customer"),
    "complaint_step.follow_up_call": ("解决之后用电话做后续追踪", "a follow-up call after it is "
                                      "solved"),
    "complaint_step.letter": ("给顾客写一封信", "write the customer a letter"),
    "complaint_step.lessons": ("自问：我学到了什么？如何防止再发生？", "ask: what did I learn, how "
                               "do I prevent it?"),
    "rule.complaint_call": ("投诉解决后电话回访（第⑧步）", "follow-up call after the complaint "
                            "was solved (step 8)"),
    "rule.complaint_letter": ("投诉解决后寄信（第⑨步）", "letter after the complaint was solved "
                              "(step 9)"),
    "sheet.complaints": ("客户投诉登记表", "Complaint log"),
    "sheet.complaint_overdue": ("逾期步骤", "Overdue steps"),
    "sheet.complaint_contacts": ("回访与寄信计划", "Calls and letters"),
    "note.complaints": (
        "十个步骤每做完一步就在该列打 ✓；红色 = 已过应完成日期仍未打勾（①–⑤ 受理当天，⑥⑦ 应解决日期，"
        "⑧ 回访日期，⑨⑩ 寄信日期）。填好解决日期后再运行 salesops complaints，排出回访和寄信。",
        "Tick ✓ each of the ten steps when done; red = not ticked after its due date (1–5 the "
        "day received, 6–7 the solve-by date, 8 the call date, 9–10 the letter date). After "
        "filling in the solved date run salesops complaints again to plan the call and letter."),
    "complaints.summary": (
        "{complaints} 件投诉：处理中 {open} 件，已解决 {solved} 件，已结案 {closed} 件；{overdue} 个步骤逾期；"
        "计划回访 {calls} 次、寄信 {letters} 封",
        "{complaints} complaints: {open} open, {solved} solved, {closed} closed; {overdue} steps "
        "overdue; {calls} calls and {letters} letters planned"),
    "complaints.overdue_line": ("{who}：{step}（应在 {due} 前完成）",
                                "{who}: {step} (due {due})"),
    "problem.bad_tick": ("{where}{column}「{value}」看不出是否完成（打 ✓ 或留空）",
                         "{where}, {column}: '{value}' does not say done or not (tick ✓ or "
                         "leave it empty)"),
    "problem.solved_before_received": ("{where}{column}「{value}」早于受理日期",
                                       "{where}, {column}: '{value}' is before the day it "
                                       "was received"),
    "problem.missing_received": ("{where}{column}是空的：需要受理日期",
                                 "{where}, {column} is empty: the day it was received is "
                                 "needed"),
    "error.complaint_rule": ("投诉规则「{name}」= {value} 不可用：应为 0–30 的整数（工作日）",
                             "Complaint rule '{name}' = {value} is not usable: a whole number "
                             "of working days 0–30"),
    "cli.help_complaints": ("客户投诉登记表：十个步骤、逾期步骤、回访和寄信计划",
                            "complaint log: the ten steps, overdue steps, the call and letter "
                            "planned"),
    "cli.help_today": ("按哪一天判断逾期（默认今天）", "the day overdue is judged on (default "
                       "today)"),
})

# =============================================================================================
# KPIs and retention (seeds 001, 003, 004) — salesops/kpi.py
# =============================================================================================
CATALOGUE.update({
    "kpi.col.item": ("项目", "Item"),
    "kpi.col.value": ("数值", "Value"),
    "kpi.col.formula": ("计算方法", "How it is computed"),
    "kpi.col.source": ("出处", "Source"),
    "kpi.col.churn_rate": ("流失率", "Churn rate"),
    "kpi.col.lifetime_years": ("顾客生命周期（年）", "Customer lifetime (years)"),
    "kpi.col.annual_revenue": ("每位顾客年销售额", "Annual revenue per customer"),
    "kpi.col.margin": ("毛利率", "Margin"),
    "kpi.col.lifetime_value": ("顾客终生价值", "Lifetime value"),
    "kpi.col.versus_first": ("与第一行相比", "Versus the first row"),
    "kpi.col.standard": ("服务标准", "Service standard"),
    "kpi.col.measure": ("衡量方法", "Measure"),
    "kpi.col.target": ("目标", "Target"),
    "kpi.col.unit": ("单位", "Unit"),
    "kpi.col.actual": ("实际", "Actual"),
    "kpi.col.met": ("达标", "Met"),
    "kpi.col.period": ("期间", "Period"),
    "kpi.col.contacts": ("接待/联系数", "Contacts"),
    "kpi.col.orders": ("成交单数", "Orders"),
    "kpi.col.closing_rate": ("成交率", "Closing rate"),
    "kpi.col.closing_rate_change": ("成交率变化（百分点）", "Change (points)"),
    "kpi.col.cost": ("投入费用（元）", "Cost (yuan)"),
    "kpi.col.cost_per_extra_order": ("每多成交一单的费用", "Cost per extra order"),
    "kpi.col.customers_start": ("期初老顾客", "Customers at start"),
    "kpi.col.customers_kept": ("仍在购买", "Still buying"),
    "kpi.col.retention": ("保留率", "Retention"),
    "kpi.col.retention_change": ("保留率变化（百分点）", "Retention change (points)"),
    "kpi.col.improving": ("在改善吗", "Improving?"),
    "kpi.item.customers_before": ("上期购买的顾客", "Customers who bought last period"),
    "kpi.item.kept": ("两期都购买（保留）", "Bought in both periods (kept)"),
    "kpi.item.lost": ("本期未再购买（流失）", "Did not buy again (lost)"),
    "kpi.item.new": ("本期新顾客", "New this period"),
    "kpi.item.retention_rate": ("保留率", "Retention rate"),
    "kpi.item.churn_rate": ("流失率", "Churn rate"),
    "kpi.item.lifetime_years": ("预期顾客生命周期（年）", "Expected customer lifetime (years)"),
    "kpi.item.keep_cost": ("保住一位老顾客的费用", "Cost of keeping a customer"),
    "kpi.item.win_cost": ("开发一位新顾客的费用", "Cost of winning a new customer"),
    "kpi.item.cost_ratio": ("开发新顾客是维护老顾客的倍数", "Winning ÷ keeping"),
    "kpi.item.lost_customers": ("流失的顾客", "Customers lost"),
    "kpi.item.replace_cost": ("用新顾客补上的费用", "Cost of replacing them"),
    "kpi.item.keep_all_cost": ("把他们留住的费用", "Cost of keeping them"),
    "kpi.item.profit_before": ("现在的利润", "Profit now"),
    "kpi.item.retention_increase": ("老顾客增加（百分点）", "More customers kept (points)"),
    "kpi.item.profit_uplift": ("利润增长", "Profit rise"),
    "kpi.item.profit_after": ("增长后的利润", "Profit after"),
    "kpi.source.retention": ("《经销商培训》：保持客户率是否有所增加？", "Distributor training: has retention risen?"),
    "kpi.source.lifetime": ("《推销理论与技巧》：流失率 20% → 10%，生命周期增加到 10 年，终生价值增加一倍",
                            "Selling theory and skills: churn 20% → 10%: lifetime 10 years, lifetime value doubled"),
    "kpi.source.cost": ("《推销理论与技巧》：开发新客户是保住老顾客的 6 倍；19 美元 对 118 美元（美国管理学会）",
                        "Selling theory and skills: a new customer costs 6× keeping one; US$19 vs US$118"),
    "kpi.source.profit": ("《推销理论与技巧》：老顾客增加 5%，利润增长 25%（美国的调查）",
                          "Selling theory and skills: 5% more customers kept, 25% more profit (US survey)"),
    "kpi.formula.retention": ("两期都购买 ÷ 上期购买", "bought in both ÷ bought last period"),
    "kpi.formula.churn": ("1 − 保留率", "1 − retention"),
    "kpi.formula.lifetime": ("1 ÷ 流失率", "1 ÷ churn"),
    "kpi.formula.ltv": ("年销售额 × 毛利率 × 生命周期 = 年销售额 × 毛利率 ÷ 流失率",
                        "annual revenue × margin × lifetime = revenue × margin ÷ churn"),
    "kpi.formula.cost_ratio": ("开发费用 ÷ 维护费用", "winning cost ÷ keeping cost"),
    "kpi.formula.profit": ("利润增长 = 老顾客增加的百分点 × 25% ÷ 5", "profit rise = points "
                           "more kept × 25% ÷ 5"),
    "kpi.standard.store_greeting": ("顾客进店半分钟内询问是否需要帮助",
                                    "ask every customer entering the store within half a "
                                    "minute whether they need help"),
    "kpi.standard.online_reply": ("顾客发出消息后 10 秒内问候", "greet within 10 s of the "
                                  "customer's first online message"),
    "kpi.standard.email_ack": ("收到邮件 24 小时内确认收到", "acknowledge an e-mail within 24 h"),
    "kpi.measure.store_greeting": ("记录顾客进店到工作人员上前询问的时间差",
                                   "time from entering to being asked"),
    "kpi.measure.online_reply": ("咨询记录中首次回复时间的中位数", "median first reply in the "
                                 "consultation log"),
    "kpi.measure.email_ack": ("邮件收到到回复确认的时间", "time from receiving to "
                              "acknowledging"),
    "unit.seconds": ("秒", "s"),
    "unit.hours": ("小时", "h"),
    "kpi.yes": ("是", "yes"),
    "kpi.no": ("否", "no"),
    "kpi.lifetime_line": ("流失率 {churn} → 顾客生命周期 {years} 年，终生价值 {ltv}",
                          "churn {churn} → lifetime {years} years, lifetime value {ltv}"),
    "kpi.retention_line": ("上期 {before} 位顾客中 {kept} 位本期仍在购买：保留率 {retention}，流失率 "
                           "{churn}，预期生命周期 {years} 年；新顾客 {new} 位",
                           "{kept} of last period's {before} customers bought again: "
                           "retention {retention}, churn {churn}, expected lifetime {years} "
                           "years; {new} new"),
    "kpi.cost_line": ("开发一位新顾客 {win} 是保住一位老顾客 {keep} 的 {ratio:.1f} 倍",
                      "winning a customer ({win}) costs {ratio:.1f}× keeping one ({keep})"),
    "kpi.profit_line": ("老顾客增加 {points} 个百分点 → 利润增长 {uplift}：{before} → {after}",
                        "{points} points more kept → profit +{uplift}: {before} → {after}"),
    "kpi.period_line": ("{period}：成交率 {rate}（{change}），费用 {cost}，{per_order}",
                        "{period}: closing rate {rate} ({change}), cost {cost}, {per_order}"),
    "kpi.points": ("{value} 个百分点", "{value} points"),
    "kpi.per_order": ("每多成交一单 {value} 元", "{value} yuan per extra order"),
    "kpi.no_extra_orders": ("没有多成交", "no extra orders"),
    "kpi.rep_line": ("{owner}：成交率（比接通）{close}，成交转化率 {conversion}",
                     "{owner}: orders per connected call {close}, conversion {conversion}"),
    "kpi.trend_up": ("成交率连续 {n} 期上升：在改善", "closing rate up {n} periods in a row: "
                     "improving"),
    "kpi.trend_not_up": ("成交率最近一期没有上升", "the closing rate did not rise last period"),
    "sheet.kpi_retention": ("客户保留", "Retention"),
    "sheet.kpi_lifetime": ("顾客终生价值", "Lifetime value"),
    "sheet.kpi_costs": ("开发与维护成本", "Winning vs keeping"),
    "sheet.kpi_profit": ("保留率与利润", "Retention and profit"),
    "sheet.kpi_standards": ("服务标准", "Service standards"),
    "sheet.kpi_periods": ("期间对比", "Period comparison"),
    "sheet.kpi_reps": ("业务员成交率", "Conversion per rep"),
    "note.kpi_reps": ("比的是成交率，不是接待量（《电子商务客户服务》：小李 42 个咨询却比 29 个咨询的老员工成交少）。前四列来自电销日报的"
                      "“实际”行，后三列来自跟单记录表：填了反馈、意向或阶段的一行算一次跟进，阶段到“决定/实施”或“成交”"
                      "的客户算成交。",
                      "Compare conversion, not volume (E-commerce customer service: 42 consultations closed fewer orders "
                      "than 29). The first columns come from the call report's actual rows, "
                      "the last from the follow-up sheet: a row with feedback, intent or stage "
                      "is a contact; a customer at decided or won is a deal."),
    "hdr.reps.owner": ("业务员", "Rep"),
    "hdr.reps.dials": ("拨打（次）", "Dials"),
    "hdr.reps.connected": ("接通（次）", "Connected"),
    "hdr.reps.orders": ("成交单数", "Orders"),
    "hdr.reps.connect_rate": ("接通率", "Connect rate"),
    "hdr.reps.close_rate": ("成交率（比接通）", "Orders per connected call"),
    "hdr.reps.contacts": ("跟进次数", "Follow-ups made"),
    "hdr.reps.customers": ("跟进客户数", "Customers followed up"),
    "hdr.reps.won": ("成交客户数", "Customers won"),
    "hdr.reps.conversion": ("成交转化率", "Conversion"),
    "note.kpi_lifetime": ("改流失率、年销售额或毛利率，生命周期和终生价值由公式重新计算。",
                          "Change churn, revenue or margin; lifetime and lifetime value are "
                          "formulas."),
    "note.kpi_standards": ("服务标准要 SMART：细致、可测、基于行动、合乎实际、有时效（《经销商培训》）。填“实际”，"
                           "“达标”由公式判断。",
                           "Service standards are SMART (Distributor training): specific, measurable, action-"
                           "based, realistic, timed. Fill in the actual; 'met' is a formula."),
    "note.kpi_periods": ("《经销商培训》：成交率增加了吗？费用是多少？值得吗（机会成本）？在转好吗？",
                         "Distributor training: has the closing rate risen? at what cost? was it worth it "
                         "(opportunity cost)? is it improving?"),
    "error.kpi_periods": ("期间对比需要列：{columns}", "The period comparison needs columns: "
                          "{columns}"),
    "error.kpi_no_customer_column": ("{which} 没有客户编号或客户名称列",
                                     "{which} has no customer ID or customer name column"),
    "cli.help_kpi": ("KPI 与客户保留：保留率、流失率、生命周期、终生价值、6 倍成本、+5% 保留 → +25% 利润、"
                     "服务标准、期间对比",
                     "KPIs and retention: retention, churn, lifetime, lifetime value, the 6× "
                     "cost, +5% retention → +25% profit, service standards, periods"),
    "cli.help_before": ("上一期的客户表", "last period's customer table"),
    "cli.help_after": ("本期的客户表", "this period's customer table"),
    "cli.help_churn": ("流失率（默认 0.2，课程的“一般情况”）",
                       "churn rate (default 0.2, the course's typical churn)"),
    "cli.help_margin": ("毛利率（默认 0.3）", "margin (default 0.3)"),
    "cli.help_revenue": ("每位顾客年销售额（元）", "annual revenue per customer (yuan)"),
    "cli.help_profit": ("现在的利润（元）", "profit now (yuan)"),
    "cli.help_retention_increase": ("老顾客增加多少（0.05 = 5 个百分点）",
                                    "how much more retention (0.05 = 5 points)"),
    "cli.help_periods": ("期间对比表（期间、接待/联系数、成交单数、费用，可选期初老顾客、仍在购买）",
                         "period table (period, contacts, orders, cost; optional customers "
                         "at start, still buying)"),
})

#: headers people write in a period table (期间对比)
KPI_PERIOD_COLUMNS: dict[str, tuple[str, str]] = {
    "period": CATALOGUE["kpi.col.period"], "contacts": CATALOGUE["kpi.col.contacts"],
    "orders": CATALOGUE["kpi.col.orders"], "cost": CATALOGUE["kpi.col.cost"],
    "customers_start": CATALOGUE["kpi.col.customers_start"],
    "customers_kept": CATALOGUE["kpi.col.customers_kept"],
}
KPI_PERIOD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "period": ("月份", "季度", "周", "month", "quarter", "week"),
    "contacts": ("咨询量", "接待量", "联系数", "拨打", "consultations", "calls"),
    "orders": ("成交", "订单数", "成交数", "won"),
    "cost": ("费用", "投入", "成本", "培训费用", "促销费用", "spend"),
    "customers_start": ("期初顾客", "老顾客数", "customers"),
    "customers_kept": ("保留顾客", "回购顾客", "kept", "retained"),
}

# =============================================================================================
# Notebook panels 07–09 (online service, complaints, KPIs) — salesops/widgets/
# =============================================================================================
CATALOGUE.update({
    "ui.standard_seconds": ("首次回复标准（秒）", "Reply standard (s)"),
    "ui.export_service": ("导出在线客服工作簿", "Export service workbook"),
    "ui.today": ("按此日判断逾期", "Judge overdue on"),
    "ui.export_complaints": ("导出客户投诉登记表", "Export complaint log"),
    "ui.churn": ("现在的流失率", "Churn now"),
    "ui.churn_improved": ("改善后的流失率", "Churn improved"),
    "ui.margin": ("毛利率", "Margin"),
    "ui.revenue": ("每位顾客年销售额", "Revenue/customer"),
    "ui.profit": ("现在的利润", "Profit now"),
    "ui.retention_increase": ("老顾客增加", "Retention up"),
    "ui.export_kpi": ("导出 KPI 工作簿", "Export KPI workbook"),
    "complaint.col.date": ("日期", "Date"),
    "complaint.col.contact_channel": ("方式", "Channel"),
    "complaint.col.purpose": ("目的", "Purpose"),
})

# =============================================================================================
# Tracker column headers — salesops/trackers.py, through header_pair(key, context).
# ``hdr.<key>`` is a column's usual header; ``hdr.<context>.<key>`` a sheet's own header for
# it (context = the tracker's name, or "abc" for both ABC sheets). Panels use the same keys.
# =============================================================================================
CATALOGUE.update({
    # abc_tracker (ABC)
    "hdr.abc_rank": ("排名", "Rank"),
    "hdr.name": ("客户", "Customer"),
    "hdr.annual_sales": ("销售额", "Sales"),
    "hdr.abc_share": ("占比", "Share"),
    "hdr.abc_cum_share": ("累计占比", "Cumulative share"),
    "hdr.abc.abc_class": ("类别", "Class"),
    "hdr.service": ("服务策略", "Service policy"),
    # abc_summary_tracker (ABC 汇总)
    "hdr.customers": ("客户数", "Customers"),
    "hdr.customer_share": ("客户占比", "Share of customers"),
    "hdr.abc.value": ("销售额", "Sales"),
    "hdr.value_share": ("销售额占比", "Share of sales"),
    # funnel_tracker (销售漏斗)
    "hdr.funnel.label": ("阶段", "Stage"),
    "hdr.funnel.count": ("客户数", "Customers"),
    "hdr.funnel.share": ("占比", "Share"),
    "hdr.thin_text": ("提醒", "Warning"),
    "hdr.stale": ("久未联系", "Stale"),
    "hdr.funnel.value": ("金额", "Value"),
    "hdr.weighted_value": ("加权金额", "Weighted value"),
    # followup_tracker (跟单记录表)
    "hdr.phone": ("电话", "Phone"),
    "hdr.abc_class": ("等级", "Class"),
    "hdr.channel": ("方式", "Channel"),
    "hdr.content": ("内容", "Content"),
    "hdr.feedback": ("反馈", "Feedback"),
    "hdr.intent": ("意向程度", "Intent"),
    "hdr.stage": ("阶段", "Stage"),
    "hdr.next_contact_date": ("下次跟进日期", "Next follow-up"),
    "hdr.next_step": ("下一步", "Next step"),
    "hdr.followup.owner": ("跟进人", "Owner"),
    # call_list_tracker (今日电话清单)
    "hdr.slot": ("时间", "Time"),
    "hdr.priority": ("优先级", "Priority"),
    "hdr.purpose": ("目的", "Purpose"),
    "hdr.appointment_1": ("约见时间一", "Appointment option 1"),
    "hdr.appointment_2": ("约见时间二", "Appointment option 2"),
    "hdr.agreed": ("约定时间", "Agreed time"),
    "hdr.result": ("结果", "Result"),
    "hdr.notes": ("备注", "Notes"),
    # call_report_tracker (电销日报)
    "hdr.date": ("日期", "Date"),
    "hdr.owner": ("业务员", "Rep"),
    "hdr.callreport.kind": ("类型", "Plan/actual"),
    "hdr.dials": ("拨打", "Dials"),
    "hdr.connected": ("接通", "Connected"),
    "hdr.connect_rate": ("接通率", "Connect rate"),
    "hdr.effective": ("有效通话", "Effective calls"),
    "hdr.talk_minutes": ("通话时长（分钟）", "Talk minutes"),
    "hdr.interested": ("意向", "Interested"),
    "hdr.invited": ("邀约", "Appointments"),
    "hdr.orders": ("成交单数", "Orders"),
    "hdr.order_value": ("成交金额", "Order value"),
    "hdr.close_rate": ("成交率（比接通）", "Orders per connected call"),
    # self_check_tracker (每周自查)
    "hdr.weekday": ("星期", "Weekday"),
    "hdr.target": ("目标", "Target"),
    "hdr.made": ("实际", "Made"),
    "hdr.gap": ("差额", "Gap"),
    # campaign_tracker (外呼人力测算)
    "hdr.method_label": ("方法", "Method"),
    "hdr.successes": ("目标成功数", "Target successes"),
    "hdr.records": ("名单数", "Records"),
    "hdr.campaign.dials": ("拨打次数", "Dials"),
    "hdr.contacts": ("接通本人（次）", "Right-party contacts"),
    "hdr.agent_hours": ("工时（小时）", "Agent-hours"),
    "hdr.days": ("天数", "Days"),
    "hdr.agents_per_day": ("每天座席", "Agents per day"),
    "hdr.campaign.formula": ("计算过程", "How it was computed"),
    # staffing_tracker (话务人力)
    "hdr.interval_start": ("时段开始", "Interval start"),
    "hdr.calls": ("来电量", "Calls"),
    "hdr.aht_seconds": ("平均处理时长（秒）", "AHT (s)"),
    "hdr.traffic": ("话务量（Erl）", "Traffic (Erl)"),
    "hdr.required_agents": ("需要座席", "Agents required"),
    "hdr.scheduled_agents": ("排班人数", "Agents scheduled"),
    "hdr.service_level": ("服务水平", "Service level"),
    "hdr.asa_seconds": ("平均应答（秒）", "ASA (s)"),
    "hdr.occupancy": ("占用率", "Occupancy"),
    "hdr.binding_text": ("决定因素", "Set by"),
    # roster_grid_tracker (排班表)
    "hdr.agent": ("姓名", "Name"),
    "hdr.hours": ("周工时", "Hours"),
    "hdr.rest_days": ("休息天数", "Rest days"),
    # roster_coverage_tracker (覆盖)
    "hdr.start": ("开始", "Start"),
    "hdr.end": ("结束", "End"),
    "hdr.required": ("需要", "Required"),
    "hdr.scheduled": ("在岗", "Scheduled"),
    "hdr.short": ("缺口", "Short"),
    # roster_heatmap_tracker
    "hdr.heatmap.slot": ("时段", "Time"),
    # shift_legend_tracker (班次表)
    "hdr.code": ("代码", "Code"),
    "hdr.break_minutes": ("休息（分钟）", "Break (min)"),
    "hdr.legend.hours": ("计薪小时", "Paid hours"),
    # visit_plan_tracker (拜访计划表)
    "hdr.time": ("时间", "Time"),
    "hdr.order": ("顺序", "Order"),
    "hdr.address": ("地址", "Address"),
    "hdr.next_visit": ("下次拜访", "Next visit"),
    "hdr.rep": ("业务员", "Rep"),
    "hdr.travel_km": ("路程（公里）", "Travel (km)"),
    # visit_days_tracker (每日路线汇总)
    "hdr.visits": ("拜访数", "Visits"),
    "hdr.km": ("公里", "km"),
    "hdr.driving_minutes": ("行车（分钟）", "Driving (min)"),
    "hdr.visitdays.start": ("出发", "Leave"),
    "hdr.visitdays.end": ("返回", "Back"),
    "hdr.working_minutes": ("工作（分钟）", "Working (min)"),
    "hdr.lunch": ("午休", "Lunch"),
    # unplanned_tracker (未安排客户)
    "hdr.reason": ("原因", "Reason"),
})

# =============================================================================================
# Tracker chart titles, dropdown values and day-total lines — salesops/trackers.py
# =============================================================================================
CATALOGUE.update({
    "chart.abc_pareto": ("帕累托图：销售额与累计占比", "Pareto: sales and cumulative share"),
    "chart.abc_summary": ("各类客户数与销售额占比", "Share of customers and of sales"),
    "chart.funnel": ("销售漏斗", "Sales funnel"),
    "chart.staffing": ("来电量与需要座席", "Calls and agents required"),
    "report_kind.plan": ("计划", "plan"),
    "report_kind.actual": ("实际", "actual"),
})

# =============================================================================================
# Command-line help — salesops/cli.py (built in the language of --lang)
# =============================================================================================
CATALOGUE.update({
    "cli.description": ("salesops 命令行：和笔记本相同的功能，供脚本和批改使用",
                        "The salesops command line: the same functions as the notebooks, "
                        "for scripts and graders"),
    "cli.help_workdays": ("调休上班日，逗号分隔，如 2027-02-20,2027-09-26（chinesecalendar "
                          "尚未收录的年份需要）",
                          "make-up working days (weekend days declared working days), comma separated, e.g. "
                          "2027-02-20,2027-09-26 — needed for years chinesecalendar does not "
                          "cover yet"),
    "cli.help_holidays": ("另加的休息日，逗号分隔", "extra days off, comma separated"),
    # options without a help of their own (salesops/cli.py _fill_help: cli.opt.<dest>)
    "cli.help_kpi_followups": ("填好的跟单记录表（salesops 导出的 followup.xlsx）：每个业务员的成交转化率",
                               "the filled-in follow-up sheet (followup.xlsx from salesops): "
                               "conversion per rep"),
    "cli.help_kpi_call_report": ("填好的电销日报（salesops 导出的 calls.xlsx）：每个业务员的接通率和成交率",
                                 "the filled-in call report (calls.xlsx from salesops): connect "
                                 "and close rates per rep"),
    # the answer box at the end of each notebook (salesops/widgets/exercise.py)
    "exercise.placeholder": ("你的答案", "your answer"),
    "exercise.check": ("检查", "Check"),
    "exercise.empty": ("请先填写答案", "Type your answer first"),
    "exercise.number_only": ("只填数字（例如 180），不要写单位", "Type the number only (e.g. 180), "
                             "without a unit"),
    "exercise.right": ("✓ 正确", "✓ Correct"),
    "exercise.wrong": ("✗ 再想想", "✗ Not yet — try again"),
    "cli.opt.help": ("显示本帮助并退出", "show this help and exit"),
    "cli.opt.file": ("输入文件（.xlsx / .xls / .ods / .csv）", "input file (.xlsx / .xls / .ods / .csv)"),
    "cli.opt.file_roster": ("填好的排班表（salesops 导出的空白排班表）",
                            "a filled-in roster grid (the blank grid salesops exports)"),
    "cli.opt.file_curtois": ("Curtois & Qu 排班基准实例（.ros / .xml）",
                             "a Curtois & Qu rostering benchmark instance (.ros / .xml)"),
    "cli.opt.file_solomon": ("Solomon VRPTW 基准实例（.txt）", "a Solomon VRPTW instance (.txt)"),
    "cli.opt.output": ("输出的 Excel 文件（.xlsx）", "the Excel file to write (.xlsx)"),
    "cli.opt.overwrite": ("替换已有的输出文件（旧文件保留为 *.bak1.xlsx …）",
                          "replace an existing output file (the old one is kept as *.bak1.xlsx …)"),
    "cli.opt.template": ("用自己的 Excel 模板（字体、颜色）", "your own Excel template (fonts, colours)"),
    "cli.opt.sheet": ("读取哪个工作表（默认第一个）", "which sheet to read (default: the first)"),
    "cli.opt.basis": ("ABC 按什么累计：value 金额、count 客户数、amount 同 value",
                      "what ABC accumulates: value (sales), count (customers), amount (= value)"),
    "cli.opt.weeks": ("计划几周（默认 {default}）", "how many weeks to plan (default {default})"),
    "cli.opt.date": ("哪一天（YYYY-MM-DD）", "which day (YYYY-MM-DD)"),
    "cli.opt.start": ("第一天（YYYY-MM-DD）", "the first day (YYYY-MM-DD)"),
    "cli.opt.days": ("天数（默认 {default}）", "number of days (default {default})"),
    "cli.opt.seconds": ("求解时间上限，秒（默认 {default}）",
                        "solver time limit in seconds (default {default})"),
    "cli.opt.engine": ("路线求解器（默认 {default}）", "routing engine (default {default})"),
    "cli.opt.calls_per_day": ("每天打多少个电话（默认 {default}，课程标准）",
                              "calls a day (default {default}, the course's standard)"),
    "cli.opt.max_hours": ("每人每周最多工时（默认 {default}）",
                          "most hours a week per agent (default {default})"),
    "cli.opt.min_rest_hours": ("两个班之间至少休息几小时（默认 {default}）",
                               "least hours of rest between two shifts (default {default})"),
    "cli.opt.calls": ("时段内的来电数", "calls offered in the interval"),
    "cli.opt.interval_minutes": ("时段长度，分钟（默认 {default}）",
                                 "interval length in minutes (default {default})"),
    "cli.opt.aht_seconds": ("平均处理时长，秒（通话 + 保持 + 话后处理）",
                            "average handling time in seconds (talk + hold + wrap-up)"),
    "cli.opt.target_sl": ("服务水平目标：在目标秒数内接起的比例（默认 {default}）",
                          "service-level target: share answered within the target seconds "
                          "(default {default})"),
    "cli.opt.target_seconds": ("服务水平的目标秒数（默认 {default}）",
                               "the service level's target seconds (default {default})"),
    "cli.opt.max_occupancy": ("座席占用率上限（如 0.85）", "upper limit on agent occupancy (e.g. 0.85)"),
    "cli.opt.max_asa_seconds": ("平均应答速度上限，秒", "upper limit on the average speed of answer, seconds"),
    "cli.opt.shrinkage": ("不在电话上的时间比例（休息、培训、缺勤；默认 {default}）",
                          "share of paid time off the phone (breaks, training, absence; "
                          "default {default})"),
    "cli.opt.patience_seconds": ("来电者平均耐心，秒（给出时按 Erlang A 计算放弃）",
                                 "callers' mean patience in seconds (Erlang A with hang-ups)"),
    "cli.opt.records": ("名单条数（直接推算法）", "records on the list (direct method)"),
    "cli.opt.target_successes": ("想要的成功数（目标导向推算法）",
                                 "successes wanted (goal-oriented method)"),
    "cli.opt.success_rate": ("每次接通的成功率（默认 {default}）",
                             "success rate per contact (default {default})"),
    "cli.opt.contact_rate": ("接通本人的比例", "right-party contact rate"),
    "cli.opt.attempts_per_record": ("每条名单平均拨打次数（默认 {default}）",
                                    "average dial attempts per record (default {default})"),
    "cli.opt.dial_minutes": ("每次拨打的分钟数（默认 {default}）",
                             "minutes per dial attempt (default {default})"),
    "cli.opt.contact_minutes": ("每次接通另加的分钟数（默认 {default}）",
                                "extra minutes per contact (default {default})"),
    "cli.opt.hours_per_agent_day": ("每人每天工作小时（默认 {default}）",
                                    "working hours per agent a day (default {default})"),
    "cli.help_lang": ("表头和提示的语言（默认 zh）", "language of headers and messages (default zh)"),
    "cli.help_json": ("输出 JSON，供脚本使用", "print JSON for scripts"),
    "cli.help_demo": ("用示例数据生成全部跟踪表", "build every tracker from the sample data"),
    "cli.help_out": ("输出文件夹（默认 out）", "output folder (default: out)"),
    "cli.help_demo_overwrite": ("替换已有文件（旧文件保留为 *.bak1.xlsx、*.bak2.xlsx ……，最多五份）",
                                "replace existing files (the old ones are kept as *.bak1.xlsx, "
                                "*.bak2.xlsx …, the newest five)"),
    "cli.help_template": ("改过样式的 tracker.xlsx 模板", "a restyled tracker.xlsx"),
    "cli.help_customers": ("客户信息表", "customer-information table"),
    "cli.help_customers_check": ("列出文件中的问题", "list the problems of a file"),
    "cli.help_customers_clean": ("写出整理后的客户表和问题清单",
                                 "write the normalised table with a problems sheet"),
    "cli.help_abc": ("ABC 分类、帕累托图、销售漏斗", "ABC classes, Pareto chart, funnel"),
    "cli.help_cutoffs": ("A、B 的分界，如 0.8,0.95（按金额）、0.2,0.5（按客户数）或金额",
                         "A,B cut-offs, e.g. 0.8,0.95 (value), 0.2,0.5 (count) or amounts"),
    "cli.help_followup": ("跟进计划和跟单记录表", "follow-up schedule and 跟单记录表"),
    "cli.help_calls": ("电话量：Erlang 人力、电话计划、外呼活动",
                       "call volume: Erlang staffing, call plans, campaigns"),
    "cli.help_erlang": ("一个时段需要的座席（Erlang C，或考虑放弃的 Erlang A）",
                        "agents for one interval (Erlang C, or A with patience)"),
    "cli.help_agents_given": ("评估给定的座席人数，而不是推算人数",
                              "evaluate this head count instead of sizing"),
    "cli.help_calls_plan": ("当天的电话清单和电话计划工作簿",
                            "the day's call list and the call-plan workbook"),
    "cli.help_campaign": ("外呼人力：--records（直接推算）或 --target-successes（目标导向）",
                          "outbound staffing: --records (direct) or --target-successes "
                          "(goal-oriented)"),
    "cli.help_roster": ("排班：生成、检查、基准测试", "shift rosters: build, check, benchmark"),
    "cli.help_open": ("需要覆盖的营业时间", "opening hours to cover"),
    "cli.help_roster_build": ("覆盖营业时间的排班表", "a roster covering the opening hours"),
    "cli.help_agent_names": ("姓名，逗号分隔", "names, comma separated"),
    "cli.help_roster_start": ("第一天（默认下周一）", "first day (default: next Monday)"),
    "cli.help_roster_check": ("检查手工排班表的问题", "violations of a hand-made roster grid"),
    "cli.help_roster_benchmark": ("求解 Curtois & Qu 算例", "solve a Curtois & Qu instance"),
    "cli.help_routes": ("拜访路线规划", "visit route planning"),
    "cli.help_routes_plan": ("规划拜访并写出拜访计划表", "plan visits and write 拜访计划表"),
    "cli.help_reps": ("业务员人数（默认：文件中的业务员）",
                      "number of reps (default: the owners in the file)"),
    "cli.help_rep_names": ("业务员姓名，逗号分隔", "rep names, comma separated"),
    "cli.help_solomon": ("求解 Solomon VRPTW 算例", "solve a Solomon VRPTW instance"),
})

# =============================================================================================
# Separators inside sentences (a list of names, clauses) — every module that joins texts
# =============================================================================================
CATALOGUE.update({
    "sep.list": ("、", ", "),
    "sep.clause": ("；", "; "),
})

# =============================================================================================
# Tracker specs that do not fit together (a programming slip, said in the user's language)
# and the summary of a read-back tracker — salesops/excel.py
# =============================================================================================
CATALOGUE.update({
    "error.column_kind": ("未知的列类型 {kind}，可用：{kinds}",
                          "unknown column kind {kind}; use one of {kinds}"),
    "error.column_highlight": ("未知的突出显示 {highlight}，可用：{highlights}",
                               "unknown highlight {highlight}; use one of {highlights}"),
    "error.column_header": ("列 {column} 需要表头 header=(中文, 英文)",
                            "column {column} needs a header=(zh, en)"),
    "error.chart_kind": ("未知的图表类型 {kind}", "unknown chart kind {kind}"),
    "error.chart_line": ("帕累托图需要 line=（累计占比列）", "a pareto chart needs line="),
    "error.formula_column": ("公式 {formula} 用到了不存在的列 {columns}",
                             "formula {formula} names an unknown column {columns}"),
    "error.chart_columns": ("图表「{chart}」用到了表中没有的列",
                            "chart '{chart}' uses columns not in the tracker"),
    "error.key_column": ("关键列 {column} 不在表的列中", "key column {column} is not among "
                         "the tracker's columns"),
    "change.summary": ("{file}「{sheet}」：{rows} 行 — {added} {added_label}，{edited} "
                       "{edited_label}，{deleted} {deleted_label}",
                       "{file}, sheet '{sheet}': {rows} rows — {added} {added_label}, "
                       "{edited} {edited_label}, {deleted} {deleted_label}"),
    "change.summary_problems": ("，{count} {label}", ", {count} {label}"),
})

# =============================================================================================
# Calendar, sample data and check-character errors; a file's sheet in a reading message —
# salesops/calendar.py, datasets.py, parsing.py, tables.py
# =============================================================================================
CATALOGUE.update({
    "error.calendar_weekend": ("周末只能是 0（周一）到 6（周日）：{weekend}",
                               "weekend days are 0 (Monday) .. 6 (Sunday): {weekend}"),
    "error.calendar_clash": ("这些日期既是休息日又是调休上班日：{dates}",
                             "dates both holiday and workday: {dates}"),
    "error.calendar_day": ("下班时间 {end} 不在上班时间 {start} 之后",
                           "day_end {end} is not after day_start {start}"),
    "error.unknown_dataset": ("没有示例数据 {name}，可用：{names}",
                              "unknown data set {name}; available: {names}"),
    "error.credit_code_first17": ("需要 17 个取自 {alphabet} 的字符，收到 {value}",
                                  "need 17 characters from {alphabet}, got {value}"),
    "where.file_sheet": ("{file}「{sheet}」", "{file}, sheet '{sheet}'"),
})

# =============================================================================================
# Notebook panels 02–05: the headers of the tables they show (beside the tracker headers
# above) and the names of roster rules — salesops/widgets/
# =============================================================================================
CATALOGUE.update({
    "hdr.days_worked": ("上班天数", "Days worked"),
    "hdr.weekend_shifts": ("周末班次", "Weekend shifts"),
    "hdr.late_shifts": ("晚班次数", "Late shifts"),
    "hdr.max_hours": ("工时上限", "Hour limit"),
    "hdr.day": ("第几天", "Day"),
    "hdr.missing": ("缺少人数", "Missing"),
    "hdr.cell": ("单元格", "Cell"),
    "hdr.rule": ("规则", "Rule"),
    "roster_rule.unknown_shift": ("看不懂的班次", "unknown shift"),
    "roster_rule.uncovered": ("无人值班", "uncovered"),
    "roster_rule.over_max_hours": ("超过工时上限", "over the hour limit"),
    "roster_rule.under_min_hours": ("低于最少工时", "under the minimum hours"),
    "roster_rule.rest_too_short": ("两班间休息太短", "rest too short"),
    "roster_rule.no_rest_day": ("没有休息日", "no day off"),
    "roster_rule.too_many_consecutive_days": ("连续上班太多天", "too many days in a row"),
})
CATALOGUE.update({
    "ui.labelled": ("{label}：{text}", "{label}: {text}"),
})

# =============================================================================================
# Sample names made by the demo — salesops/demo.py
# =============================================================================================
CATALOGUE.update({
    "demo.agent": ("座席{n}", "Agent {n}"),
})

# =============================================================================================
# Roster solver status, for roster.summary / roster.no_solution ({status}): salesops/roster.py
# keeps the solver's status code and says it in words through t(f"roster.status.{status}").
# =============================================================================================
CATALOGUE.update({
    "roster.summary_agent": ("  {agent}：{hours} 小时，休 {rest_days} 天",
                             "  {agent}: {hours} h, {rest_days} days off"),
    "roster.status.optimal": ("最优", "optimal"),
    "roster.status.feasible": ("可行，未证明最优", "feasible, not proven optimal"),
    "roster.status.infeasible": ("无解", "infeasible"),
    "roster.status.model_invalid": ("模型无效", "invalid model"),
    "roster.status.unknown": ("时间内未找到", "not found in the time limit"),
})

# =============================================================================================
# Telesales script, cold-call steps, prepared answers — salesops/telesales.py (issue 13,
# items 4–5; seeds 000 and 003). The course's own words where it gives them.
# =============================================================================================
CATALOGUE.update({
    "sheet.phone_script": ("电话脚本", "Phone script"),
    "sheet.cold_call": ("陌生电话步骤", "Cold-call steps"),
    "hdr.script.label": ("步骤", "Step"),
    "hdr.script.speaker": ("谁说", "Who"),
    "hdr.script.text": ("话术", "What is said"),
    "speaker.agent": ("座席", "agent"),
    "speaker.customer": ("客户", "customer"),
    "hdr.script.note": ("要点", "Point"),
    "hdr.cold.kind": ("类型", "Kind"),
    "hdr.cold.order": ("序号", "No."),
    "hdr.cold.label": ("步骤 / 客户说", "Step / customer says"),
    "hdr.cold.say": ("话术", "What you say"),
    "hdr.cold.source": ("出处", "Source"),
    "cold_kind.step": ("步骤", "step"),
    "cold_kind.answer": ("拒绝应对", "prepared answer"),
    "cold_kind.voicemail": ("录音留言", "voicemail"),
    "note.phone_script": (
        "情景（作业：电话销售脚本设计）：中国移动客服向每月消费约 {old} 元的客户推荐 {new} 元/月的全球通套餐。"
        "{saving}。二择一：同一天上午、下午两个时间。",
        "Situation (homework: design a telesales script): a China Mobile agent offers a {new} "
        "yuan/month plan to a customer who spends about {old} yuan a month. {saving}. "
        "Two-choice: a morning and an afternoon time on one day."),
    "note.cold_call": (
        "陌生电话约访：确认身份 → 问好、自我介绍 → 表明来意 → 二择一敲定时间 → 拒绝处理 → 再二择一 → 跟进；"
        "约访的目的是约定面谈的时间和地点，两分钟左右挂断；拒绝应对话术要事先准备、经常演练。",
        "Cold call: confirm identity → greet and introduce → purpose → two-choice → handle "
        "refusal → two-choice again → follow up; the call fixes the time and place of a "
        "meeting and ends after about two minutes; prepare the answers to refusals and "
        "practise them."),
    "telesales.saving_formula": ("每月节省 = {old} − {new} = {monthly} 元；每年节省 = {monthly} × 12 = {yearly} 元",
                                 "saving a month = {old} − {new} = {monthly} yuan; a year = "
                                 "{monthly} × 12 = {yearly} yuan"),
    "error.script_no_saving": ("新套餐 {new} 元不比原来的 {old} 元便宜：脚本说的是给客户省钱",
                               "the new plan ({new} yuan) is not cheaper than the old spend "
                               "({old} yuan): the script promises a saving"),
    # the China Mobile script (seed 000 作业), one part a row
    "telesales.cm.identity.agent": ("早上好，请问是机主王先生吗？", "Good morning, am I speaking with Mr Wang, the account holder?"),
    "telesales.cm.identity.customer": ("是我，什么事？", "Yes, speaking. What is it?"),
    "telesales.cm.greeting.agent": ("王先生您好，您现在接听的是开平移动公司的免费电话，\n我是客服小陈，打扰您两分钟。",
        "Good morning Mr Wang, this is a free call from China Mobile Kaiping;\nI am Chen from customer service, two minutes of your time."),
    "telesales.cm.greeting.customer": ("您说。", "Go ahead."),
    "telesales.cm.purpose.agent": ("今天给您电话是有一个好消息要通知您：\n为了回报您这样的老用户，从下个月开始对您的话费资费进行下调，\n直接帮您升级为全国范围内都不收漫游费的全球通融合优惠套餐。",
        "I am calling with good news:\nto thank long-standing customers like you, we are lowering your tariff from next month\nand moving you to the Global Link (Quanqiutong) plan with no roaming charges anywhere in China."),
    "telesales.cm.purpose.customer": ("你们帮我升级什么？", "Moving me to what?"),
    "telesales.cm.offer.agent": ("我看了您的消费记录，以前每个月大概在 {old} 元左右，对吧？\n从下个月开始您只需要 {new} 元每月，就可以在全国范围内免费打电话 300 分钟，\n全国接听全部免费；每月还免费赠送 5 元彩铃和 30M 手机上网流量，\n另外免费赠送 2M 不限时有线宽带或 60 小时随e行上网。\n算下来您每月省 {monthly} 元，一年省 {yearly} 元。",
        "Your bills show about {old} yuan a month, right?\nFrom next month you pay only {new} yuan a month for 300 free national minutes,\nand every incoming call in China is free; you also get a 5 yuan ringtone and 30M of mobile data each month,\nplus 2M unlimited broadband or 60 hours of mobile internet.\nThat saves you {monthly} yuan a month, {yearly} yuan a year."),
    "telesales.cm.offer.customer": ("还有吗？", "Anything else?"),
    "telesales.cm.two_choice.agent": ("办理非常简单。\n您看是明天上午 {morning} 还是下午 {afternoon}，我给您回电确认办理？",
        "Switching is simple.\nShall I call you back to confirm tomorrow at {morning} or at {afternoon}?"),
    "telesales.cm.two_choice.customer": ("那就上午吧。", "The morning, then."),
    "telesales.cm.objection.agent": ("我理解，正因为您很忙，所以只占用您两分钟；\n办理不用跑营业厅，我在电话里就帮您调好。",
        "I understand; precisely because you are busy this takes two minutes,\nand you need not go to a shop: I set it up on the phone."),
    "telesales.cm.objection.customer": ("我很忙。", "I am very busy."),
    "telesales.cm.close.agent": ("好的王先生，那就明天上午 {morning} 我再打给您确认，\n所有优惠从下个月开始您就可以享受到。祝您愉快，再见！",
        "Fine, Mr Wang: I will call you tomorrow at {morning} to confirm,\nand every benefit starts next month. Have a nice day, goodbye!"),
    "telesales.cm.close.customer": ("好的。", "All right."),
    "telesales.note.identity": ("先确认接电话的是本人", "first make sure the right person is on the line"),
    "telesales.note.greeting": ("开场白要在几十秒内吸引客户，否则客户会挂断（《电话销售大流程》）", "the opening must win the customer within seconds, or they hang up (The telesales process)"),
    "telesales.note.purpose": ("说明来意，不要在电话里过多谈论产品（《网络客户服务》）", "say why you call; do not talk too much about the product on the phone (Online customer service)"),
    "telesales.note.two_choice": ("二择一法：同一天的两个具体时间让客户选", "two-choice method: two concrete times on one day"),
    "telesales.note.objection": ("事先准备拒绝应对话术（见「陌生电话步骤」）", "prepare answers to refusals (see the Cold-call steps sheet)"),
    "telesales.note.close": ("跟进确认时间；两分钟左右挂断电话", "confirm the time; hang up after about two minutes"),
    # 陌生电话约访接触步骤 (seed 000, the 汪先生 example)
    "telesales.step.identity": ("确认身份", "Confirm identity"),
    "telesales.step.greeting": ("问好，自我介绍", "Greet and introduce yourself"),
    "telesales.step.purpose": ("表明来意", "Say why you call"),
    "telesales.step.two_choice": ("二择一法敲定时间", "Two-choice: fix the time"),
    "telesales.step.objection": ("拒绝处理", "Handle the refusal"),
    "telesales.step.two_choice_again": ("二择一法敲定时间", "Two-choice again"),
    "telesales.step.follow_up": ("跟进", "Follow up"),
    "telesales.cold.identity": ("请问是汪先生吗？", "Is that Mr Wang?"),
    "telesales.cold.greeting": ("汪先生您好，打扰您几分钟时间，我是……", "Good morning Mr Wang, a few minutes of your time: I am …"),
    "telesales.cold.purpose": ("汪先生，我有一个很好的国际市场拓展计划要与您分享，\n这个计划帮助了很多像您这样的企业，对您也一定有很大的帮助，\n因此我想和您当面探讨。",
        "Mr Wang, I have a very good plan for growing in international markets to share with you;\nit has helped many firms like yours and will surely help you too,\nso I would like to discuss it with you in person."),
    "telesales.cold.two_choice": ("不知汪先生您明天上午 {morning} 或下午 {afternoon}，哪个时间比较方便？",
                                  "Mr Wang, which suits you better: tomorrow at {morning} or at {afternoon}?"),
    "telesales.cold.objection": ("客户说「我很忙」「我不感兴趣」……：用下面准备好的拒绝应对话术",
                                 "The customer says 'I am busy', 'not interested' …: answer with the prepared answers below"),
    "telesales.cold.two_choice_again": ("不知您明天上午 {morning} 还是下午 {afternoon} 哪个时间更方便呢？",
                                        "Would tomorrow at {morning} or at {afternoon} be better for you?"),
    "telesales.cold.follow_up": ("谢谢汪先生，那就明天上午 {morning} 在您办公室，不见不散。",
                                 "Thank you Mr Wang: tomorrow at {morning} in your office, then. See you there."),
    "telesales.src.000": ("《网络客户服务》第一单元 任务二：陌生电话约访接触步骤", "Online customer service, unit 1, task 2: cold-call steps"),
    "telesales.src.003": ("《电子商务客户服务》项目四：处理顾客异议", "E-commerce customer service, project 4: handling objections"),
    "telesales.says.busy": ("我很忙", "I am very busy"),
    "telesales.answer.busy": ("谢谢，正因为您很忙，所以我一定要跟您预约。", "Thank you; precisely because you are busy I must make an appointment with you."),
    "telesales.says.not_interested": ("我不感兴趣", "I am not interested"),
    "telesales.answer.not_interested": ("谢谢，您的观点我了解。在您还没有了解我们的服务之前，我不敢要求您有兴趣，\n我们只是想看您的公司、产品是否比我们已在合作的您的同行有优势，\n希望能有幸和您见面。",
        "Thank you, I understand. Before you know our service I would not ask you to be interested;\nwe only want to see whether your company and products have an edge over the firms in your trade we already work with,\nand hope to have the chance to meet you."),
    "telesales.says.think_it_over": ("我要考虑一下", "I need to think it over"),
    "telesales.answer.think_it_over": ("时间就是金钱。机不可失，失不再来。", "Time is money; a chance missed does not come back."),
    "telesales.says.too_expensive": ("太贵了", "It is too expensive"),
    "telesales.answer.too_expensive": ("一分钱一分货，其实一点也不贵。", "You get what you pay for; it is not expensive at all."),
    "telesales.says.bad_market": ("市场不景气", "The market is bad"),
    "telesales.answer.bad_market": ("不景气时买入，景气时卖出。", "Buy when the market is down, sell when it is up."),
    "telesales.says.cheaper": ("能不能便宜一些", "Can you make it cheaper?"),
    "telesales.answer.cheaper": ("价格是价值的体现，便宜无好货。", "The price reflects the value; cheap goods are not good goods."),
    "telesales.says.cheaper_elsewhere": ("别的地方更便宜", "It is cheaper elsewhere"),
    "telesales.answer.cheaper_elsewhere": ("服务有价。现在假货泛滥。", "Service has its price, and fakes are everywhere."),
    "telesales.says.worth_it": ("它真的值那么多钱吗？", "Is it really worth that much?"),
    "telesales.answer.worth_it": ("怀疑是奸细，怀疑的背后就是肯定。", "Doubt is a spy: behind doubt there is a yes."),
    "telesales.says.no": ("不，我不要", "No, I do not want it"),
    "telesales.answer.no": ("我的字典里没有“不”字。", "There is no 'no' in my dictionary."),
    "telesales.voicemail_label": ("录音电话：留言", "Voicemail: leave a message"),
    "telesales.voicemail": ("您好，×先生，我是××公司的××，我这里有份对您的外贸规划相当有帮助的信息，\n我已经为您空下明天下午 {start1} 到 {end1} 以及后天上午 {start2} 到 {end2} 的时段，\n请您务必在这两个时段和我联络，我的电话是……（再重复一次），\n我会等您的电话，谢谢，再见！\n（这样留言，回电率达 50% 以上）",
        "Hello Mr …, this is … of … I have information that will help your export plans a great deal.\nI have kept tomorrow {start1}–{end1} and the day after {start2}–{end2} free for you:\nplease call me in one of these windows; my number is … (say it twice).\nI will wait for your call. Thank you, goodbye!\n(Messages like this are returned more than half the time.)"),
})

# =============================================================================================
# Call list: place, voicemail and call-back columns — salesops/trackers.py call_list_tracker
# (issue 13 item 4; seed 000: 约定面谈时间和地点, 录音电话留言)
# =============================================================================================
CATALOGUE.update({
    "hdr.meeting_place": ("约见地点", "Meeting place"),
    "hdr.voicemail": ("留言（录音电话时）", "Voicemail to leave"),
    "hdr.callback": ("等候回电", "Wait for the call back"),
    "call_result.voicemail": ("留言", "voicemail left"),
    "calls.callback_windows": ("{day1} {start1}–{end1}；{day2} {start2}–{end2}",
                               "{day1} {start1}–{end1}; {day2} {start2}–{end2}"),
})

# =============================================================================================
# Funnel: the count ratio said for what it is, and movement between weekly snapshots —
# salesops/funnel.py funnel_movement (issue 13, smaller differences)
# =============================================================================================
CATALOGUE.update({
    "hdr.ratio_to_previous": ("相邻阶段人数比（本层 ÷ 上一层）", "Ratio to the previous stage's count"),
    "funnel.movement_line": ("{stage}：期初 {start} 人，{moved} 人进入下一阶段（{rate}）",
                             "{stage}: {start} at the start, {moved} moved to the next stage ({rate})"),
    "error.funnel_snapshots": ("阶段流动需要至少两份不同日期的客户表，收到 {count} 份",
                               "movement needs at least two dated snapshots of the table; got {count}"),
    "error.funnel_snapshot_columns": ("{date} 的客户表缺少列：{columns}",
                                      "the snapshot of {date} lacks the columns {columns}"),
    "error.funnel_snapshot_key": ("{date} 的客户表中「{column}」为空或重复：{values}",
                                  "the snapshot of {date} has empty or repeated '{column}': {values}"),
})

# =============================================================================================
# Prospect classes on the command line and in the customer panel — salesops/cli.py
# (_add_prospects_parser), salesops/widgets/start.py (seed 000 任务三: 成熟/希望/潜在)
# =============================================================================================
CATALOGUE.update({
    "cli.help_prospects": ("准客户分类：按购买欲望 × 购买能力分为成熟、希望、潜在客户",
                           "prospect classes: mature, hopeful, potential from purchase desire × "
                           "purchasing power"),
    "cli.help_sheet": ("要读的工作表（默认：第一个有表头的工作表）",
                       "the sheet to read (default: the first with a header row)"),
    "cli.help_prospect_threshold": ("多少分算“高”（默认 3，1–5 分制）",
                                    "lowest score that counts as high (default 3 on 1–5)"),
    "cli.prospect_line": ("第 {row} 行 {name}：{label}", "row {row} {name}: {label}"),
    "cli.prospect_counts": ("成熟客户 {mature} 个，希望客户 {hopeful} 个，潜在客户 {potential} 个，未能判断 {unknown} 个",
                            "{mature} mature, {hopeful} hopeful, {potential} potential, "
                            "{unknown} not judged"),
    "prospect.unknown": ("未能判断", "not judged"),
    "ui.prospects_title": ("准客户分类（陌生拜访：购买欲望 × 购买能力）",
                           "Prospect classes (cold visits: purchase desire × purchasing power)"),
    "ui.prospects_missing": ("这张表没有「购买欲望」和「购买能力」两列，无法分成熟、希望、潜在客户",
                             "This table has no purchase-desire and purchasing-power columns: "
                             "no prospect classes"),
    "ui.sample_prospects": ("示例：陌生拜访准客户", "Sample: cold-visit prospects"),
})
