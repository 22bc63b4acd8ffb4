class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin, name="upper", priority=2):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, priority=1):
    def run(self, text):
        return text[::-1]


class Strip(Plugin, name="strip", priority=5):
    def run(self, text):
        return text.strip()


class Broken(Plugin):
    pass


def pipeline(text, names):
    plugins = sorted((Plugin.registry[n]() for n in names), key=lambda p: -p.priority)
    for p in plugins:
        text = p.run(text)
        print(f"  after {p.plugin_name:8}: {text!r}")
    return text


print(sorted(Plugin.registry))
print(pipeline("  hello moat  ", ["upper", "reverse", "strip"]))
try:
    pipeline("x", ["broken"])
except NotImplementedError:
    print("broken plugin has no run()")
print(issubclass(Upper, Plugin), Upper.plugin_name, Broken.plugin_name, Broken.priority)
