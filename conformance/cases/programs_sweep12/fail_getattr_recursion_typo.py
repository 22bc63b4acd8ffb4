class Settings:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        try:
            return self._vals[name]
        except KeyError:
            raise AttributeError(name)


s = Settings(debug=True, level=3)
print(type(s).__name__, sorted(vars(s)))
print(s.debug)
