"""The left and middle panes: the sidebar, the list pane, its table models, views and saved
searches.
"""
