class Config:
    debug = False
    levels = []

    def enable(self):
        self.debug = True

    def add_level(self, name):
        self.levels.append(name)


a, b = Config(), Config()
a.enable()
a.add_level("info")
print(a.debug, b.debug, Config.debug)
print(a.levels, b.levels, Config.levels is a.levels)
b.levels = ["own"]
print(a.levels, b.levels, Config.levels)
del b.levels
print(b.levels)
Config.debug = True
print(b.debug, a.debug)
print("debug" in a.__dict__, "debug" in b.__dict__, sorted(a.__dict__))
