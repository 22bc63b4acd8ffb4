class ConfigError(Exception):
    def __str__(self):
        raise RuntimeError("no str")


raise ConfigError("x")
