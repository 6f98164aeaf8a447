"""Stage 4, analysis: co-occurrence of topics, meeting counts, speakers, figures and the report."""
