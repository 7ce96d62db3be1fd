"""Pure rules of the tracker: vocabulary, dates, event models and the projection fold.

Nothing here imports SQLAlchemy or click.
"""
