"""The self-contained HTML report: swimlanes, stance counts over time, table, changes."""
