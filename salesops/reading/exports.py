"""Headers written by the tools people export their tables from, each with its source.

A customer table often comes out of a CRM, a consultation log out of a shop's customer-service
back office. The readers accept the headers those tools write, looked up in public
documentation or, where the vendor publishes none, in public code that reads the tool's
files (the source says which). Only names with a source are listed; what was looked for and
not found is said in ``docs/reading.md``.

- Chat tools (千牛/赤兔, 抖店飞鸽, 拼多多, 企业微信 微信客服): their per-conversation export
  headers are not published; what is sourced is how they name the agent and the customer.
  Variants such as 客服首次回复时间 or 咨询开始时间 are read by the reading layer's rule for a
  header that contains a known name (:func:`~salesops.reading.headers.match_header`).
- CRMs (纷享销客, 销售易, Salesforce, HubSpot, Odoo): customer name, owner, phone, address
  parts, revenue, last and next contact, created date, ID.

Examples
--------
>>> export_synonyms("customers")["last_contact_date"][:3]
('最后跟进时间', '最新活动记录时间', 'LastActivityDate')
>>> "客服昵称" in export_synonyms("consultations")["agent"]
True
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EXPORT_HEADERS", "export_synonyms", "with_exports"]

_FX = ("纷享销客 AccountObj 字段表：github.com/zzj-custom/blog-vitepress "
       "docs/fxiaoke/analysis/index.md")
_XSY = ("销售易 account 字段（apiKey↔label）：公开代码 github.com/ivanyang1984/javademo "
        "springboot-api/src/main/java/com/vphoto/demo/springboot/model/crm/VPXSYAccount.java 及其"
        "元数据说明")
_SF = ("Salesforce Field Reference, Account / Contact: developer.salesforce.com/docs/atlas.en-us."
       "226.0.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Account.htm（标签和 API 名"
       "都可能作表头）")
_SF204 = ("Salesforce Field Reference (204.0), Account: developer.salesforce.com/docs/atlas.en-us."
          "204.0.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Account.htm")
_HS = ("HubSpot 默认属性（一个真实账户的属性导出）：github.com/hairsolutionsco/automations_hub "
       "hubspot/objects/companies/properties.md、contacts/properties.md")
_ODOO = ("Odoo res.partner 字段（odoo/odoo odoo/addons/base/models/res_partner.py；导出时表头为"
         "字段标签，由 odoo/fields.py 按字段名首字母大写生成）")
_QN = "千牛/赤兔 客服数据导出的导入代码（公开代码，表头「旺旺」）"
_DD = "抖店飞鸽 客服数据表结构（公开代码，字段注释「客服昵称」「账号名称」）"
_PDD = "拼多多 客服数据的再导出（公开代码：{ header: '客服账号', key: 'servicer' }）"
_WECOM = ("企业微信 微信客服 kf/sync_msg 返回字段（公开 SDK github.com/36625090/wechat "
          "work/kf/syncmsg/message.go：servicer_userid 接待客服 userID、external_userid 客户 "
          "UserID）")

#: (header as the tool writes it, canonical column, source) per table kind
EXPORT_HEADERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "customers": (
        ("客户名称", "name", _FX), ("省", "province", _FX),
        ("市", "city", _FX), ("区", "district", _FX),
        ("最后跟进时间", "last_contact_date", _FX), ("下次跟进时间", "next_contact_date", _FX),
        ("创建时间", "created_date", _FX), ("客户编号", "customer_id", _FX),
        ("客户所有人", "owner", _XSY), ("省份", "province", _XSY), ("详细地址", "address", _XSY),
        ("销售额", "annual_sales", _XSY), ("最新活动记录时间", "last_contact_date", _XSY),
        ("创建日期", "created_date", _XSY),
        ("Account Name", "name", _SF), ("Account Phone", "mobile", _SF),
        ("BillingStreet", "address", _SF), ("Billing Street", "address", _SF),
        ("BillingCity", "city", _SF), ("Billing City", "city", _SF),
        ("BillingState", "province", _SF), ("Billing State/Province", "province", _SF),
        ("AnnualRevenue", "annual_sales", _SF), ("Annual Revenue", "annual_sales", _SF),
        ("Account ID", "customer_id", _SF), ("CreatedDate", "created_date", _SF),
        ("Created Date", "created_date", _SF), ("LastActivityDate", "last_contact_date", _SF204),
        ("Last Activity", "last_contact_date", _SF204), ("OwnerId", "owner", _SF204),
        ("Account Owner", "owner", _SF204), ("Account Number", "customer_id", _SF204),
        ("Record ID", "customer_id", _HS), ("Company name", "name", _HS),
        ("Phone Number", "mobile", _HS), ("Mobile Phone Number", "mobile", _HS),
        ("Street Address", "address", _HS), ("State/Region", "province", _HS),
        ("Last Activity Date", "last_contact_date", _HS),
        ("Last Contacted", "last_contact_date", _HS),
        ("Next Activity Date", "next_contact_date", _HS), ("Company owner", "owner", _HS),
        ("Contact owner", "owner", _HS), ("Create Date", "created_date", _HS),
        ("Street", "address", _ODOO), ("State", "province", _ODOO),
        ("Salesperson", "owner", _ODOO), ("Mobile", "mobile", _ODOO),
    ),
    "consultations": (
        ("旺旺", "agent", _QN), ("客服昵称", "agent", _DD), ("账号名称", "agent", _DD),
        ("客服账号", "agent", _PDD), ("servicer_userid", "agent", _WECOM),
        ("external_userid", "customer", _WECOM),
    ),
}


def export_synonyms(kind: str) -> dict[str, tuple[str, ...]]:
    """Canonical column → the headers export tools write for it, for table ``kind``."""
    out: dict[str, tuple[str, ...]] = {}
    for header, canonical, _source in EXPORT_HEADERS.get(kind, ()):
        out[canonical] = (*out.get(canonical, ()), header)
    return out


def with_exports(synonyms: Mapping[str, tuple[str, ...]], kind: str
                 ) -> dict[str, tuple[str, ...]]:
    """``synonyms`` with the export tools' headers of ``kind`` after each column's own."""
    extra = export_synonyms(kind)
    return {key: (*synonyms.get(key, ()), *extra.get(key, ()))
            for key in dict.fromkeys([*synonyms, *extra])}
