"""Input widgets the dialogs and panes share: rating stars, tag and entry completion, form
fields.
"""
