# Plugins register themselves through __init_subclass__ keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is None:
            raise TypeError(f"{cls.__name__} needs a name=")
        if name in Plugin.registry:
            raise ValueError(f"duplicate plugin name {name!r}")
        cls.plugin_name, cls.priority = name, priority
        Plugin.registry[name] = cls

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin, name="upper", priority=2):
    def run(self, text):
        return text.upper()


class Strip(Plugin, name="strip", priority=5):
    def run(self, text):
        return text.strip()


class Exclaim(Upper, name="exclaim", priority=1):
    def run(self, text):
        return super().run(text) + "!"


def pipeline(text):
    for cls in sorted(Plugin.registry.values(), key=lambda c: -c.priority):
        text = cls().run(text)
        print(f"  {cls.plugin_name:8} -> {text!r}")
    return text


print(sorted(Plugin.registry), pipeline("  hello  "))
for attempt in ("missing", "dup", "unknown kw"):
    try:
        if attempt == "missing":
            class NoName(Plugin):
                pass
        elif attempt == "dup":
            class Again(Plugin, name="strip"):
                pass
        else:
            class Extra(Plugin, name="extra", colour="red"):
                pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sorted(Plugin.registry))
try:
    Plugin().run("x")
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
