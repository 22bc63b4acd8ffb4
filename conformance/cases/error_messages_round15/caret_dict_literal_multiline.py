config = None
settings = {
    "debug": True,
    "level": config.level,
    "name": "app",
}
