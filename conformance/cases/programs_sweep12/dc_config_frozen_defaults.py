from dataclasses import dataclass, field, replace, fields, FrozenInstanceError
from typing import Optional, Tuple


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3
    backoff: float = 0.5
    retry_on: Tuple[str, ...] = ("timeout", "503")

    def __post_init__(self):
        if self.attempts < 1:
            raise ValueError("attempts must be >= 1")
        object.__setattr__(self, "retry_on", tuple(sorted(self.retry_on)))

    def delays(self):
        return [round(self.backoff * 2 ** i, 3) for i in range(self.attempts - 1)]


@dataclass(frozen=True)
class ServiceConfig:
    name: str
    url: str
    timeout: float = 10.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    tags: frozenset = frozenset()
    owner: Optional[str] = None


base = ServiceConfig("users", "http://users.internal")
fast = replace(base, timeout=1.5, retry=replace(base.retry, attempts=5, backoff=0.1))
print(base)
print(fast)
print(base.retry.delays(), fast.retry.delays(), base == replace(fast, timeout=10.0, retry=RetryPolicy()))
print(hash(base) == hash(ServiceConfig("users", "http://users.internal")), len({base, fast, base}))
print([f.name for f in fields(ServiceConfig)], [f.default for f in fields(RetryPolicy)])
try:
    base.timeout = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    RetryPolicy(attempts=0)
except ValueError as e:
    print("ValueError:", e)
print(RetryPolicy(retry_on=("b", "a")).retry_on, {c.name: c.timeout for c in (base, fast)})
