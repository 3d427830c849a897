"""The statistics window (View ▸ Statistics): a year's numbers, charts, calendar and goals.

Loaded when the window first opens it, never at start-up (``benchmarks/gui_startup.py``): the
figures come from ``readinglog.stats`` on the view's own thread, and the charts are painted
with QPainter (QtCharts is not part of PySide6-Essentials; importing it took longer than the
whole view, see the issue's notes).

stats_window   the window: year picker, headline numbers, charts, calendar, goals, entry list
loader         what one period shows, read off the GUI thread (plain values)
bar_chart      one ``stats.charts.BarChart`` painted; arrows move between bars, Enter lists
calendar_view  a year of days coloured by how much was logged; arrows move, Enter lists
goals_panel    the year's goals with progress bars and pace, and the Set goals dialog
"""
