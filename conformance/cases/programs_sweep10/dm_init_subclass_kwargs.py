class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin, name="a", priority=3): pass
class Beta(Plugin, priority=1): pass
class Gamma(Beta): pass
for k, v in sorted(Plugin.registry.items(), key=lambda kv: kv[1].priority):
    print(k, v.__name__, v.priority)
try:
    class Bad(Plugin, colour="red"): pass
except TypeError as e:
    print("TypeError", e)
