class Config:
    defaults = {"debug": False, "level": 1}

    def __init__(self, **values):
        self.values = {**self.defaults, **values}

    @classmethod
    def from_pairs(cls, pairs):
        return cls(**dict(pairs))

    @staticmethod
    def parse_bool(text):
        return text.lower() in ("1", "yes", "true")

    def get(self, key):
        return self.values[key]


c = Config.from_pairs([("level", 3)])
print(c.values, Config.parse_bool("Yes"))
print(Config.get("debug"))
