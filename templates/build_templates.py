"""Build ``templates/tracker.xlsx``, the style template every salesops tracker is written from.

Run ``python templates/build_templates.py`` after changing the defaults below. Teachers and
teams do not need this script: they open ``tracker.xlsx`` in Excel or WPS, restyle the sample
cells in column B (font, size, colour, fill, borders, alignment), change the title text (keep
``{title}`` where the sheet's own title goes) and save. Point salesops at the copy with
``write_trackers(..., template=PATH)`` or ``salesops demo --template PATH``.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
FONT = "微软雅黑"  # Microsoft YaHei: on every Chinese Windows; WPS and LibreOffice substitute


def build(path: Path = HERE / "tracker.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "样式 Style"
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 60
    thin = Side(style="thin", color="BFBFBF")
    ws["A1"] = "salesops 跟踪表模板 / tracker template"
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    ws["C1"] = ("改 B 列单元格的字体、颜色、填充、对齐即可改变所有跟踪表的样式；"
                "B3 的文字是标题，{title} 处填入各表标题。/ Restyle the cells in column B to "
                "restyle every tracker; B3's text is the title, {title} is replaced by the "
                "sheet's title.")
    ws["C1"].alignment = Alignment(wrap_text=True, vertical="top")
    rows = [
        ("标题 Title (B3)", "{title}",
         Font(name=FONT, bold=True, size=16, color="1F3864"), None, None),
        ("生成时间行 Generated-at line (B4)", "生成时间：2026-11-22 09:00",
         Font(name=FONT, italic=True, size=9, color="7F7F7F"), None, None),
        ("表头 Header (B5)", "客户名称",
         Font(name=FONT, bold=True, size=11, color="FFFFFF"),
         PatternFill("solid", start_color="2F5597", end_color="2F5597"),
         Border(bottom=thin)),
        ("正文 Body (B6)", "开平市示例贸易有限公司", Font(name=FONT, size=10), None, None),
        ("表格样式 Excel table style (B7)", "TableStyleMedium2", Font(name=FONT, size=10),
         None, None),
        ("逾期 Overdue fill (B8)", "逾期 overdue", Font(name=FONT, size=10, color="9C0006"),
         PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE"), None),
        ("本周到期 Due this week fill (B9)", "本周 this week",
         Font(name=FONT, size=10, color="9C5700"),
         PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C"), None),
    ]
    for i, (label, value, font, fill, border) in enumerate(rows, start=3):
        ws.cell(row=i, column=1, value=label).font = Font(name=FONT, size=10, color="595959")
        cell = ws.cell(row=i, column=2, value=value)
        cell.font = font
        if fill is not None:
            cell.fill = fill
        if border is not None:
            cell.border = border
        cell.alignment = Alignment(vertical="center")
    ws.row_dimensions[3].height = 26
    ws["B5"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["C7"] = ("Excel 内置表格样式名，如 TableStyleLight9、TableStyleMedium2、"
                "TableStyleMedium9 / a built-in Excel table style name")
    ws["C3"] = "例：开平职业技术学校 · {title} / e.g. Kaiping Vocational School · {title}"
    wb.save(path)
    return path


if __name__ == "__main__":
    print(build())
