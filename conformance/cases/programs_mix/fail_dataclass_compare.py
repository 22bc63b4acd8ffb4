from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    deps: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Config:
    retries: int = 3


tasks = [Task(2, "write"), Task(1, "plan"), Task(3, "ship", ["write"])]
print([t.name for t in sorted(tasks)])
print(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
cfg = Config()
print(cfg, hash(cfg) == hash(Config(3)))
tasks.append(Task(None, "later"))
print([t.name for t in sorted(tasks)])
