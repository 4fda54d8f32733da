"""Required content: the ten elements of a review report, and how well the analysis explains."""
