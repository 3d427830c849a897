"""The statistics window (View ▸ Statistics): a year's numbers, charts, calendar and goals.

Loaded when the window first opens it, never at start-up (``benchmarks/gui_startup.py``): the
figures come from ``readinglog.stats`` on the view's own thread, and the charts are painted
with QPainter. QtCharts was measured against it (offscreen, the app's modules loaded, 5 runs):
importing it took 4-14 ms and its first 12-bar chart 14-46 ms; this module (with
``stats.charts``) 29-51 ms and its first chart 19-35 ms. About the same, then, a few tens of
ms once; but QtCharts is not in PySide6-Essentials: PySide6-Addons is a 175 MB wheel (422 MB
installed) to ship for six bar charts whose clicks, keys, theme colours and CJK labels are
ours to decide anyway.

stats_window   the window: year picker, headline numbers, charts, calendar, goals, entry list
loader         what one period shows, read off the GUI thread (plain values), and what a click
               on a bar or a day lists
headline       the period's numbers in a row, and the top lists
bar_chart      one ``stats.charts.BarChart`` painted; arrows move between bars, Enter lists
calendar_view  a year of days coloured by how much was logged; arrows move, Enter lists
goals_panel    the year's goals with progress bars and pace, and the Set goals dialog
"""
