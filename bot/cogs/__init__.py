"""One cog a feature; each is a thin layer over the answer service."""
