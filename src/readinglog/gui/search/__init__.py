"""Full-text search in the window: the box, the results, how a hit is drawn, the index keeper, the
options.
"""
