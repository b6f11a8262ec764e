"""Excel templates shipped with salesops (installed as ``salesops._templates``).

``tracker.xlsx`` is built by ``templates/build_templates.py`` and may be restyled in Excel/WPS.
"""
