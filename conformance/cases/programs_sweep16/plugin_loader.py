import abc, inspect, json, re, types
from dataclasses import dataclass, field, fields, asdict
from typing import ClassVar, Protocol, runtime_checkable, get_type_hints, Optional

class PluginError(Exception):
    pass

class Plugin(abc.ABC):
    registry: ClassVar[dict] = {}
    name: ClassVar[str] = ""
    def __init_subclass__(cls, *, key=None, **kw):
        super().__init_subclass__(**kw)
        if inspect.isabstract(cls):
            return
        k = key or re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()
        if k in Plugin.registry:
            raise PluginError(f"duplicate plugin key {k!r}")
        cls.name = k
        Plugin.registry[k] = cls
    @abc.abstractmethod
    def run(self, payload: dict) -> dict: ...
    def describe(self):
        return f"{self.name}: {inspect.getdoc(self) or 'no doc'}"

class Upper(Plugin):
    """Uppercases string values."""
    def run(self, payload):
        return {k: v.upper() if isinstance(v, str) else v for k, v in payload.items()}
class StripKeys(Plugin, key="strip"):
    """Removes private keys."""
    prefix = "_"
    def run(self, payload):
        return {k: v for k, v in payload.items() if not k.startswith(self.prefix)}
class CountWords(Plugin):
    def run(self, payload):
        return {**payload, "words": sum(len(str(v).split()) for v in payload.values())}
class Half(Plugin):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError", e)
try:
    class Upper2(Plugin, key="upper"):
        def run(self, p): return p
except PluginError as e:
    print("PluginError", e)
print(sorted(Plugin.registry), [c.__name__ for c in Plugin.registry.values()])
pipeline = [Plugin.registry[k]() for k in ["strip", "upper", "count_words"]]
data = {"title": "hello plugin world", "_secret": "x", "n": 3}
for p in pipeline:
    data = p.run(data)
    print(p.describe(), "=>", json.dumps(data, sort_keys=True))
print(isinstance(pipeline[0], Plugin), issubclass(Upper, abc.ABC), inspect.isabstract(Half), sorted(Half.__abstractmethods__))

@runtime_checkable
class HasRun(Protocol):
    def run(self, payload: dict) -> dict: ...
class Duck:
    def run(self, payload): return payload
print(isinstance(Duck(), HasRun), isinstance(object(), HasRun))
Plugin.register(Duck)
print(isinstance(Duck(), Plugin), issubclass(Duck, Plugin))

@dataclass
class Settings:
    name: str
    retries: int = 3
    ratio: float = 0.5
    tags: list = field(default_factory=list)
    parent: Optional[str] = None
    def validate(self):
        hints = get_type_hints(type(self))
        errs = []
        for f in fields(self):
            v = getattr(self, f.name)
            t = hints[f.name]
            origin = getattr(t, "__origin__", None)
            if origin is not None:
                t = tuple(a for a in t.__args__ if a is not type(None))
            if not isinstance(v, t if isinstance(t, tuple) else (t,)) and v is not None:
                errs.append(f"{f.name}: expected {getattr(t, '__name__', t)}, got {type(v).__name__}")
        return errs
for raw in ['{"name": "a"}', '{"name": "b", "retries": "3"}', '{"name": 1, "ratio": 1, "tags": {}}', '{"nam": "x"}']:
    try:
        s = Settings(**json.loads(raw))
        print(asdict(s), s.validate())
    except TypeError as e:
        print("TypeError", e)
ns = types.SimpleNamespace(**{"a": 1, "b": [2]})
print(ns, ns == types.SimpleNamespace(a=1, b=[2]), vars(ns), sorted(inspect.signature(Settings).parameters))
print(inspect.getmembers(Upper, inspect.isfunction)[0][0], [n for n, _ in inspect.getmembers(StripKeys) if not n.startswith("__")][:6])
