"""One cog a feature, each a discord.py extension (`setup(bot)`) and a thin layer over the answer service."""
