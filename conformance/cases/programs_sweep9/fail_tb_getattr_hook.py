class Settings:
    _defaults = {"debug": False, "level": 3}
    def __getattr__(self, name):
        try:
            return self._defaults[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

s = Settings()
print(s.debug, s.level)
print(s.verbose)
