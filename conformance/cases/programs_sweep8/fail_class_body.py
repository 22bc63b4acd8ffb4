class Config:
    defaults = {"a": 1, "b": 2}
    keys = [k.upper() for k in defaults]
    total = sum(defaults.values())
    ratio = defaults["a"] / (total - 3)
