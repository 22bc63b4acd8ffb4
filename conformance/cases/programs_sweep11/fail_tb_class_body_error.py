class Settings:
    DEFAULTS = {"a": 1}
    A = DEFAULTS["a"]
    B = DEFAULTS["b"]


print(Settings.A)
