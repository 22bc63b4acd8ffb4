DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "workers": 4}


class Config:
    def __init__(self, **overrides):
        unknown = set(overrides) - set(DEFAULTS)
        if unknown:
            print("ignoring", sorted(unknown))
        self.values = {**DEFAULTS, **{k: v for k, v in overrides.items() if k in DEFAULTS}}

    def __getattr__(self, name):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(f"config has no option {name!r}") from None


cfg = Config(port=9000, verbose=True)
print(cfg.host, cfg.port, cfg.debug, cfg.workers)
print(sorted(cfg.values.items()))
timeout = cfg.values.get("timeout", 30)
print("timeout", timeout)
print(cfg.wrokers)
